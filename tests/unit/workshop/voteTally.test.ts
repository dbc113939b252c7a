// Room votes: proportions the room can see, "a few" for options fewer than three people chose, "I'd rather
// not say" kept out of the proportions and shown on its own line, and the majority (most votes) or a tie.
import { describe, expect, it } from 'vitest';
import {
  A_FEW,
  leadingOption,
  leadingWords,
  shapeWords,
  tallyVotes,
  wholePercents,
} from '../../../src/facilitation/voteTally';

describe('tallyVotes', () => {
  it('shows proportions of the people who chose an option', () => {
    const t = tallyVotes({ counts: [6, 4, 10], ratherNot: 0 });
    expect(t.options.map((o) => o.shown)).toEqual(['30%', '20%', '50%']);
    expect(t.options.map((o) => o.share)).toEqual([0.3, 0.2, 0.5]);
    expect(t.answered).toBe(20);
    expect(t.ratherNot.shown).toBeNull();
  });

  it('shows an option chosen by one or two people as "a few", with no proportion', () => {
    const t = tallyVotes({ counts: [1, 2, 3, 14], ratherNot: 0 });
    expect(t.options.map((o) => o.shown)).toEqual([A_FEW, A_FEW, '15%', '70%']);
    expect(t.options.map((o) => o.few)).toEqual([true, true, false, false]);
  });

  it('shows three people as a proportion, and nobody as "none"', () => {
    const t = tallyVotes({ counts: [3, 0], ratherNot: 0 });
    expect(t.options.map((o) => o.shown)).toEqual(['100%', 'none']);
    expect(t.options[1]!.few).toBe(false);
  });

  it('a lone voter is "a few", even when they are the whole room', () => {
    expect(tallyVotes({ counts: [0, 1, 0], ratherNot: 0 }).options[1]!.shown).toBe(A_FEW);
  });

  it('leaves "I’d rather not say" out of the proportions and shows it separately', () => {
    const t = tallyVotes({ counts: [5, 5], ratherNot: 10 });
    expect(t.options.map((o) => o.shown)).toEqual(['50%', '50%']);
    expect(t.answered).toBe(10);
    expect(t.total).toBe(20);
    expect(t.ratherNot).toEqual({ count: 10, few: false, shown: '50% of the room' });
  });

  it('shows one or two people who would rather not say as "a few"', () => {
    expect(tallyVotes({ counts: [5, 5], ratherNot: 2 }).ratherNot.shown).toBe(A_FEW);
  });

  it('copes with a room where everyone would rather not say', () => {
    const t = tallyVotes({ counts: [0, 0], ratherNot: 7 });
    expect(t.options.map((o) => o.shown)).toEqual(['none', 'none']);
    expect(t.ratherNot.shown).toBe('100% of the room');
  });

  it('refuses counts that are not whole numbers of people', () => {
    expect(() => tallyVotes({ counts: [1.5, 2], ratherNot: 0 })).toThrow(RangeError);
    expect(() => tallyVotes({ counts: [-1, 2], ratherNot: 0 })).toThrow(RangeError);
    expect(() => tallyVotes({ counts: [1, 2], ratherNot: Number.NaN })).toThrow(RangeError);
  });
});

describe('wholePercents', () => {
  it('shows a tie as a tie, even when the percentages do not add up to 100', () => {
    expect(wholePercents([1, 1, 1])).toEqual([33, 33, 33]);
    expect(wholePercents([5, 5, 1])).toEqual([45, 45, 9]);
    expect(wholePercents([0, 0])).toEqual([0, 0]);
  });
});

describe('leadingOption', () => {
  it('finds the option most people chose', () => {
    expect(leadingOption([2, 7, 5])).toEqual({ kind: 'clear', index: 1 });
  });

  it('reports a tie for the facilitator to break', () => {
    expect(leadingOption([4, 1, 4])).toEqual({ kind: 'tie', indexes: [0, 2] });
    expect(leadingWords({ kind: 'tie', indexes: [0, 2] })).toMatch(/tie between options 1 and 3/);
  });

  it('reports nothing when nobody chose an option', () => {
    expect(leadingOption([0, 0])).toEqual({ kind: 'none' });
    expect(leadingOption([])).toEqual({ kind: 'none' });
  });
});

// Session 14: in a room of 8 to 12 every bar can read "a few"; a line in words says the vote's shape, never more
// than the bars do (an option named as leading only when three or more chose it).
describe('shapeWords', () => {
  const shape = (counts: number[], ratherNot = 0) => shapeWords(tallyVotes({ counts, ratherNot }));

  it('says a small room spread out when every bar reads "a few", without naming the option ahead', () => {
    expect(shape([2, 1, 2, 1, 1])).toBe(
      'The room spread across five options; no option was chosen by more than two people.',
    );
    // 2 against 1, 1: naming option 1 would tell the room each of the others was one person's choice.
    const words = shape([2, 1, 1, 0])!;
    expect(words).not.toMatch(/option 1|most/i);
    expect(words).toContain('three options');
  });

  it('names the option ahead once three or more chose it, and whether the room split or agreed', () => {
    expect(shape([3, 2, 2, 1])).toBe('Option 1 had the most votes, but the room split: no option had more than half.');
    expect(shape([1, 5, 2])).toBe('More than half the room chose option 2.');
    expect(shape([0, 1, 9])).toBe('Most of the room chose option 3.');
    expect(shape([4, 4, 1])).toBe('Options 1 and 2 drew level, with the most votes.');
  });

  // FACIL3: every bar but one reads "none": "most of the room" would be less than the truth.
  it('a unanimous room: the whole room, or everyone who chose an option when some would rather not say', () => {
    expect(shape([0, 3, 0])).toBe('The whole room chose option 2.');
    expect(shape([0, 3, 0], 1)).toBe('Everyone who chose an option chose option 2.');
  });

  it('says nothing when only one or two chose an option, and that nobody did when nobody did', () => {
    expect(shape([0, 2, 0], 6)).toBeNull();
    expect(shape([1, 0])).toBeNull();
    expect(shape([0, 0], 5)).toBe('Nobody chose an option.');
  });
});
