// Session 17: the curtain call names a person the same way everywhere (AUTHORING.md "How the curtain call names
// people"): in full the first time it names them, then by the first word of an untitled name; a titled name whole.
// Before, the library's questions said "Esther Mensah" every time and the authors' "Esther".
import { describe, expect, it } from 'vitest';
import type { CastMember } from '../../../src/engine/contract/index.ts';
import { NamesAsRead, calledBy, sameButForNames, shortName } from '../../../src/engine/debrief/curtainCallNames';
import { namesAsTheStorySaysThem } from '../../../src/engine/titledNames';

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

describe('a titled name after the first time (session 18): the form the story’s own words use most', () => {
  const said = (name: string, texts: string[]) => calledBy('p', namesAsTheStorySaysThem([person('p', name)], texts));

  it('is the title with the name the story says after it, counted from the story’s lines', () => {
    expect(
      said('Dr Owen Price', ['Dr Price reads the screen.', 'Dr Price turns to Tom.', 'Dr Owen Price, registrar.']),
    ).toBe('Dr Price');
    expect(
      said('Pastor Ruth Campbell', [
        'Pastor Ruth waits.',
        'Pastor Campbell is not a name anyone uses; Pastor Ruth is.',
      ]),
    ).toBe('Pastor Ruth');
  });

  // Educator read 18b, MUST 1: "Matron" alone made the one senior Black woman her job, beside "Dr Price".
  it('is never the title alone, however often the story says it: a short form keeps a word of the name', () => {
    expect(said('Matron Grace Okonjo', ['Matron looks up.', '"Thank you, Matron."', 'Matron Okonjo nods.'])).toBe(
      'Matron Okonjo',
    );
    expect(said('Matron Grace Okonjo', ['Matron.', 'Matron.', 'Matron.', 'Matron Grace Okonjo.'])).toBe(
      'Matron Grace Okonjo',
    );
    expect(said('Dr Owen Price', ['Dr!', 'Dr.', 'Dr Price waits.'])).toBe('Dr Price');
  });

  it('does not read “the matron” or a title before another name as the title alone', () => {
    expect(said('Matron Grace Okonjo', ['The matron is busy.', 'Ask the Matron.', 'Matron Okonjo nods.'])).toBe(
      'Matron Okonjo',
    );
    expect(said('Dr Owen Price', ['Dr Shah calls.', 'Dr Shah again.', 'Dr Price waits.'])).toBe('Dr Price');
  });

  it('stays whole where the story never shortens it, or says the full name as often', () => {
    expect(said('Dr Owen Price', ['Nobody names him here.'])).toBe('Dr Owen Price');
    expect(said('Dr Owen Price', ['Dr Owen Price arrives.', 'Dr Price sits.'])).toBe('Dr Owen Price');
    expect(said('Mrs Lee', ['Mrs Lee waits.'])).toBe('Mrs Lee');
  });

  it('counts a full name once, not also as the shorter forms inside it', () => {
    expect(said('Dr Owen Price', ['Dr Owen Price.', 'Dr Owen Price.', 'Dr Owen.'])).toBe('Dr Owen Price');
  });

  it('leaves untitled names to the first-word rule', () => {
    expect(said('Gareth Hughes', ['Gareth Hughes.', 'Gareth Hughes.'])).toBe('Gareth');
  });

  it('is named in full where a reading first names them, then as the story says them', () => {
    const cast = namesAsTheStorySaysThem([person('price', 'Dr Owen Price')], ['Dr Price.', 'Dr Price.']);
    const names = new NamesAsRead(cast);
    expect(names.name('What Dr Price noticed')).toBe('What Dr Owen Price noticed');
    expect(names.name('How did Dr Price hear it?')).toBe('How did Dr Price hear it?');
    expect(sameButForNames('What did Dr Owen Price notice?', 'What did Dr Price notice?', cast)).toBe(true);
  });

  it('names in full, once, a person the author calls by another of their titled forms', () => {
    const cast = namesAsTheStorySaysThem(
      [person('okonjo', 'Matron Grace Okonjo')],
      ['Matron Okonjo.', 'Matron Okonjo.'],
    );
    const names = new NamesAsRead(cast);
    expect(names.name('What did Matron say to you?')).toBe('What did Matron Grace Okonjo say to you?');
    expect(names.name('What Matron Okonjo noticed')).toBe('What Matron Okonjo noticed');
  });
});
