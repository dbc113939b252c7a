// A room vote, turned into what the room may see. The room sees proportions, never counts, and any option
// fewer than three people chose shows as "a few", so a lone voter cannot be picked out. "I'd rather not say"
// is a real answer but not a vote: it is left out of the proportions and shown on its own line.
// "Majority" here means the option most people chose (a plurality); the facilitator breaks ties.

/** Below this many people an option (or "rather not say") shows as "a few". */
const FEW_BELOW = 3;
export const A_FEW = 'a few';
const NONE = 'none';

export interface VoteCounts {
  /** People per option, in the order the options were offered. */
  counts: number[];
  /** People who would rather not say. */
  ratherNot: number;
}

interface TalliedOption {
  index: number;
  count: number;
  /** Share of the people who chose an option (0..1); 0 when nobody chose any option. */
  share: number;
  /** Whole percentage, rounded (equal counts always show equal percentages). */
  percent: number;
  /** True when 1 or 2 people chose it: the room sees "a few" and no proportion. */
  few: boolean;
  /** What the room sees: "40%", "a few" or "none". */
  shown: string;
}

export interface Tally {
  options: TalliedOption[];
  /** People who chose an option. */
  answered: number;
  ratherNot: { count: number; few: boolean; shown: string | null };
  /** Everyone who took part, including "rather not say". */
  total: number;
}

/** Counts must be whole and not negative; anything else is a typing slip the screen should catch first. */
export function isValidCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 100_000;
}

/**
 * Whole percentages, each rounded on its own. They may add up to 99 or 101; forcing 100 would show a tie as
 * 46% against 45%, and a room would read a winner into that.
 */
export function wholePercents(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total === 0 ? 0 : Math.round((c * 100) / total)));
}

function shownFor(count: number, percent: number): { few: boolean; shown: string } {
  if (count === 0) return { few: false, shown: NONE };
  if (count < FEW_BELOW) return { few: true, shown: A_FEW };
  return { few: false, shown: `${percent}%` };
}

export function tallyVotes(votes: VoteCounts): Tally {
  if (!votes.counts.every(isValidCount) || !isValidCount(votes.ratherNot)) {
    throw new RangeError('vote counts must be whole numbers of people, 0 or more');
  }
  const answered = votes.counts.reduce((a, b) => a + b, 0);
  const percents = wholePercents(votes.counts);
  const options = votes.counts.map((count, index) => ({
    index,
    count,
    share: answered === 0 ? 0 : count / answered,
    percent: percents[index]!,
    ...shownFor(count, percents[index]!),
  }));
  const total = answered + votes.ratherNot;
  const rather = votes.ratherNot;
  const ratherPercent = total === 0 ? 0 : Math.round((rather * 100) / total);
  return {
    options,
    answered,
    ratherNot: {
      count: rather,
      few: rather > 0 && rather < FEW_BELOW,
      shown: rather === 0 ? null : rather < FEW_BELOW ? A_FEW : `${ratherPercent}% of the room`,
    },
    total,
  };
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
/** A small count as a word ("three"), a larger one as digits: how the room's and the curtain call's sentences count. */
export const inWords = (n: number): string => NUMBER_WORDS[n] ?? String(n);

/**
 * The vote's shape in one line the room may see, so a small room whose every bar reads "a few" still learns
 * whether it split. It never says more than the bars do: an option is named as leading only when three or more
 * chose it (its bar already shows a proportion). When no option reached three, naming the one ahead would tell
 * the room that each of the others was one person's choice, so the line says only how far the room spread.
 * Null when one or two people chose an option: any word about the split would say how they voted.
 * The one wording of a vote's shape: the session summary says the same (sessionRecord.ts), so a 2-to-1 vote of
 * three reads as a spread everywhere, never as "most of the room".
 */
export function shapeWords(tally: Tally): string | null {
  if (tally.answered === 0) return 'Nobody chose an option.';
  if (tally.answered < FEW_BELOW) return null;
  const chosen = tally.options.filter((o) => o.count > 0);
  const top = Math.max(...chosen.map((o) => o.count));
  if (top < FEW_BELOW) {
    const n = chosen.length;
    return `The room spread across ${inWords(n)} options; no option was chosen by more than two people.`;
  }
  const leaders = chosen.filter((o) => o.count === top).map((o) => o.index + 1);
  if (leaders.length > 1)
    return `Options ${leaders.slice(0, -1).join(', ')} and ${leaders[leaders.length - 1]} drew level, with the most votes.`;
  const lead = chosen.find((o) => o.count === top)!;
  // Every bar but one reads "none": the bars already say it, and "most" would be less than the truth.
  if (chosen.length === 1)
    return tally.ratherNot.count === 0
      ? `The whole room chose option ${lead.index + 1}.`
      : `Everyone who chose an option chose option ${lead.index + 1}.`;
  if (lead.share >= 0.75) return `Most of the room chose option ${lead.index + 1}.`;
  if (lead.share > 0.5) return `More than half the room chose option ${lead.index + 1}.`;
  return `Option ${lead.index + 1} had the most votes, but the room split: no option had more than half.`;
}

/**
 * For the facilitator only: votes that add up to more than the people they counted in the room. Without accounts
 * nothing stops one person voting from two browsers (or by phone and by hand); a head count catches it.
 */
export function tooManyVotesWords(votes: number, roomSize: number | null | undefined): string | null {
  if (!roomSize || votes <= roomSize) return null;
  return `${votes} votes from ${roomSize} people in the room: someone may have voted twice (from two browsers, or by phone and by hand). Check, or ask the room to vote again.`;
}

export type Leading = { kind: 'none' } | { kind: 'clear'; index: number } | { kind: 'tie'; indexes: number[] };

/** Which option the room chose: the one with the most votes, a tie the facilitator must break, or none. */
export function leadingOption(counts: readonly number[]): Leading {
  const top = Math.max(0, ...counts);
  if (top === 0) return { kind: 'none' };
  const indexes = counts.flatMap((c, i) => (c === top ? [i] : []));
  return indexes.length === 1 ? { kind: 'clear', index: indexes[0]! } : { kind: 'tie', indexes };
}

/** Plain words for the presenter: "Option 2 has the most votes", "A tie between options 1 and 3". */
export function leadingWords(leading: Leading): string {
  if (leading.kind === 'none') return 'Nobody has chosen an option yet.';
  if (leading.kind === 'clear') return `Option ${leading.index + 1} has the most votes.`;
  const names = leading.indexes.map((i) => String(i + 1));
  const list =
    names.length === 2
      ? `${names[0]} and ${names[1]}`
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `A tie between options ${list}. You decide which plays.`;
}
