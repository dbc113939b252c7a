import { describe, expect, it } from 'vitest';
import { BRIEF_NOTE_WORDS, briefNote } from '../../../src/facilitation/briefNote';

describe('a note in the one-page facilitator brief', () => {
  it('a one-sentence note prints whole', () => {
    expect(briefNote('Esther does her own talking.')).toEqual({
      text: 'Esther does her own talking.',
      shortened: false,
    });
  });

  it('a longer note prints its first sentence and says it was shortened', () => {
    const note = 'Next of kin gives no right to decide. A registered Lasting Power of Attorney does (MCA s9).';
    expect(briefNote(note)).toEqual({ text: 'Next of kin gives no right to decide.', shortened: true });
  });

  it('a sentence does not end inside a citation or a decimal ("s1(3)", "2.5")', () => {
    const note = 'The Act asks for all practicable help (s1(3)) and 2.5 hours is not a rule. Then more.';
    expect(briefNote(note).text).toBe('The Act asks for all practicable help (s1(3)) and 2.5 hours is not a rule.');
  });

  it(`a first sentence longer than ${BRIEF_NOTE_WORDS} words is cut at a word, with an ellipsis`, () => {
    const long = Array.from({ length: 50 }, (_, i) => `word${i},`).join(' ') + ' end.';
    const { text, shortened } = briefNote(long);
    expect(shortened).toBe(true);
    expect(text.endsWith(`word${BRIEF_NOTE_WORDS - 1}…`)).toBe(true);
    expect(text.split(' ')).toHaveLength(BRIEF_NOTE_WORDS);
  });
});
