// Session 17: the curtain call names a person the same way everywhere (AUTHORING.md "How the curtain call names
// people"): in full the first time it names them, then by the first word of an untitled name; a titled name whole.
// Before, the library's questions said "Esther Mensah" every time and the authors' "Esther".
import { describe, expect, it } from 'vitest';
import type { CastMember } from '../../../src/engine/contract/index.ts';
import { NamesAsRead, calledBy, sameButForNames, shortName } from '../../../src/engine/debrief/curtainCallNames';

const person = (id: string, name: string): CastMember => ({ id, name, facets: [] });
const S1_CAST = [
  person('esther', 'Esther Mensah'),
  person('dawn', 'Dawn'),
  person('shah', 'Dr Shah'),
  person('mrs_lee', 'Mrs Lee'),
];

describe('the short name', () => {
  it('is the first word of an untitled name, and a one-word or titled name whole', () => {
    expect(shortName('Esther Mensah')).toBe('Esther');
    expect(shortName('Dawn')).toBe('Dawn');
    expect(shortName('Mrs Lee')).toBe('Mrs Lee');
    expect(shortName('Dr Owen Price')).toBe('Dr Owen Price');
    expect(shortName('Pastor Ruth Campbell')).toBe('Pastor Ruth Campbell');
    expect(shortName('Cllr Nasreen Begum')).toBe('Cllr Nasreen Begum');
  });

  it('is the full name for two people whose names start with the same word, so neither is named ambiguously', () => {
    const cast = [person('sarah_k', 'Sarah Kaur'), person('sarah_o', 'Sarah Obi'), person('ben', 'Ben Hall')];
    expect(cast.map((member) => calledBy(member.id, cast))).toEqual(['Sarah Kaur', 'Sarah Obi', 'Ben']);
  });
});

describe('one reading of the curtain call', () => {
  it('names a person in full the first time, in the game’s words or the author’s, then by the short name', () => {
    const names = new NamesAsRead(S1_CAST);
    expect(names.name('What Esther noticed')).toBe('What Esther Mensah noticed');
    expect(names.name('Esther had asked you not to explain her ears.')).toBe(
      'Esther had asked you not to explain her ears.',
    );
    expect(names.name('What Dawn noticed')).toBe('What Dawn noticed');
  });

  it('counts a full name already written as the first time, and leaves it as written', () => {
    const names = new NamesAsRead(S1_CAST);
    expect(names.name('Esther Mensah, Dawn and Mrs Lee')).toBe('Esther Mensah, Dawn and Mrs Lee');
    expect(names.name('You asked Esther, and she answered.')).toBe('You asked Esther, and she answered.');
  });

  it('never changes a quotation (a moment’s label, an option) and does not count it as naming the person', () => {
    const names = new NamesAsRead(S1_CAST);
    expect(names.name('At “Passing on Esther’s message”, what did Esther’s note say?')).toBe(
      'At “Passing on Esther’s message”, what did Esther Mensah’s note say?',
    );
  });

  it('matches whole words only: "Jo" is not in "Joy" or "Jordan"', () => {
    const names = new NamesAsRead([person('jo', 'Jo Harris'), person('joy', 'Joy Adeyemi')]);
    expect(names.name('Joy saw Jordan and Jo.')).toBe('Joy Adeyemi saw Jordan and Jo Harris.');
    expect(names.name('Jo and Joy')).toBe('Jo and Joy');
  });
});

it('a question that differs from the one kept beside an answer only in how it names someone is the same question', () => {
  expect(sameButForNames('What did Esther Mensah notice?', 'What did Esther notice?', S1_CAST)).toBe(true);
  expect(sameButForNames('What did Esther notice?', 'What did Dawn notice?', S1_CAST)).toBe(false);
});
