// Option craft (authoring-contract.md): a decision teaches only when each option is something a capable,
// well-meaning professional might do, so the harm is not given away by the best option being the only careful,
// long one. `check` reports these as warnings (advice, never errors: `check` still exits 0) and measures how long
// a story is to play.
import { bestOption, bestOptions } from '../engine/optionOutcomes';
import type { OptionOutcome } from '../engine/types';
import { LEARNER_ID } from '../engine/contract/index.ts';
import { diagnostic, type CheckCode, type CheckDiagnostic } from './checkDiagnostics';
import { peopleInMove } from './sourceChecks';

/** One decision as the walks met it: where it is written, and its options resolved in the context met. */
export interface DecisionSighting {
  file: string;
  line: number | null;
  options: OptionOutcome[];
  /** Where each option is written, by its index among the options offered (null where unknown). */
  optionLines?: (number | null)[];
}

/** Where an option is written: its file and line (null where unknown). */
interface OptionPlace {
  file: string;
  line: number | null;
}

/**
 * A pattern over several decisions, said at the first of the options it counted (so an editor jumps there, as
 * for every message check prints) and naming the others: "here and at lines 40 and 64". `what` ends where the
 * lines go: "(more than 40 %" gets "; here and at …)". With no line known, it is said of the file.
 */
function atFirstOf(
  code: CheckCode,
  file: string,
  places: readonly OptionPlace[],
  what: (lines: string) => string,
): CheckDiagnostic {
  const known = places
    .filter((p): p is { file: string; line: number } => p.line !== null)
    .sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  const first = known[0];
  if (!first) return diagnostic(code, file, null, 'warning', what(''));
  const others = [...new Set(known.slice(1).map((p) => (p.file === first.file ? `${p.line}` : `${p.file}:${p.line}`)))];
  const lines =
    others.length === 0
      ? ''
      : `; here and at line${others.length === 1 ? '' : 's'} ${others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} and ${others.at(-1)}`}`;
  return diagnostic(code, first.file, first.line, 'warning', what(lines));
}

/** Where the option at `i` of a decision's options is written (its own line, or the decision's). */
const optionLine = (d: DecisionSighting, i: number): number | null =>
  d.optionLines?.[d.options[i]?.index ?? -1] ?? d.line;
const optionPlace = (d: DecisionSighting, i: number): OptionPlace => ({ file: d.file, line: optionLine(d, i) });

/** A path's length: how many decisions and words a learner meets on it (from one finished walk). */
export interface PathLength {
  decisions: number;
  words: number;
}

export interface CraftSummary {
  /** Decisions on one path over the finished walks: the fewest and the median. */
  pathDecisions: { min: number; median: number };
  /** Words read on the median path (its lines and the options on offer). */
  medianWords: number;
  /** Minutes to play the median path, at the reading pace and thinking time below. */
  medianMinutes: number;
}

/** The share of decisions whose best option is also the longest, above which the pattern gives the answer away. */
const BEST_IS_LONGEST_SHARE = 0.4;
/** An option more than this many times the length of the shortest beside it stands out by length alone. */
const LENGTH_RATIO = 3;
/**
 * The share of decisions above which a pattern a learner can spot without reading the scene gives the answer
 * away: picking by ally wording, or always picking the same kind of act.
 */
const TELL_SHARE = 0.4;
/** A wording player must also beat blind chance by this many decisions before it counts as a tell. */
const TELL_MARGIN = 1.5;
/** The share of decisions in which one act may be the best option's before "always pick that act" wins. */
const SAME_BEST_ACT_SHARE = 0.5;
/**
 * The words a reader who has learnt "allyship means asking her what she wants, together" scans for
 * (scenarios.md, "Option craft": the first drafts' best option was the one with most "ask / her / wants /
 * together" words in 20 of 26 decisions), and the words the same reader takes as a warning ("for her",
 * "yourself", "herself": doing it for someone, or leaving it to them alone). The reviewers of the second drafts
 * picked the best option by exactly this reading in 20 of 21 decisions. Harmful options should carry the caring
 * words as often as good ones, and some best options should act without asking where the duty is plain.
 */
const ALLY_WORDS =
  /\b(ask\w*|want\w*|wish\w*|together|with|let|hear\w*|invit\w*|own|choos\w*|choice\w*|decid\w*|their words|her words|his words)\b/giu;
const WARNING_WORDS = /\b(for (?:her|him|them)|yourself|herself|himself|themselves|instead|quietly|just)\b/giu;
/** A best option at one place in the list in more than this share of decisions can be picked by where it sits. */
const SAME_PLACE_SHARE = 0.5;
/**
 * Reading pace for the minutes estimate, as scenarios.md's "Depth" states it: 200 words a minute (slower than
 * the adult average for silent reading, about 240, because a learner reads a scene carefully and many read in a
 * second language); each decision adds THINKING_SECONDS to weigh the options.
 */
const WORDS_PER_MINUTE = 200;
const THINKING_SECONDS = 20;

const visible = (o: OptionOutcome): number => o.text.trim().length;
/** How caring an option sounds to a reader who skims: caring words in, warning words out. */
const allyWords = (o: OptionOutcome): number =>
  (o.text.match(ALLY_WORDS)?.length ?? 0) - (o.text.match(WARNING_WORDS)?.length ?? 0);

/** The value seen most often (the first seen on a tie), and how many times: a pattern a learner could learn. */
function commonest<T>(values: readonly T[]): { value: T; count: number } | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let top: { value: T; count: number } | null = null;
  for (const [value, count] of counts) if (!top || count > top.count) top = { value, count };
  return top;
}

/**
 * How often a reader who picks the option with most ally words picks a best-scoring one (a tie among the wordiest
 * counts as the share of them that are best), beside blind chance (the share of options that are best).
 */
function wordingPlayer(decisions: readonly DecisionSighting[]): { hits: number; chance: number } {
  let hits = 0;
  let chance = 0;
  for (const d of decisions) {
    const best = new Set(bestOptions(d.options));
    const counts = d.options.map(allyWords);
    const most = Math.max(...counts);
    const picked = d.options.filter((_, i) => counts[i] === most).map((o) => o.index);
    hits += picked.filter((i) => best.has(d.options.findIndex((o) => o.index === i))).length / picked.length;
    chance += best.size / d.options.length;
  }
  return { hits, chance };
}

/**
 * How someone is, said as a fact: "she is", "he's", "they can't", "there's". A reason about a person or the
 * situation starts like this ("since he's new", "as there's a queue", "Let Dawn finish. She is busy").
 */
const saysHowThingsAre = (who: string) =>
  `(?:${who})(?:'s|'re|’s|’re| is| isn't| are| aren't| was| wasn't| has| hasn't| needs?| can't| cannot| won't| doesn't| don't| does| may| might| must)\\b`;
/**
 * An option that states its own excuse (scenarios.md, "No tells": "She is busy, and there is a queue", "because of
 * his dementia", "save him the struggle", "go easy on her spelling"). Drawn from those and from the first drafts
 * (tests/fixtures/s1-first-draft: "Let Dawn finish. She is busy, and there is a queue"; "Stay out of it. She isn't
 * your client"). A reason the option gives itself is read as the story's verdict: the learner picks it, or avoids
 * it, without weighing the scene. What stays out, so the rule does not cry wolf: words in quotation marks (what the
 * learner says to someone is the act itself); a reason told to someone by name ("Tell Diane no because Chiamaka ran
 * a ward"); "since" and "as" of time or manner ("ask what's changed since they wrote it", ", as a direct award"); a
 * purpose with no person as its subject ("so his questions lead it").
 */
const EXCUSES: readonly RegExp[] = [
  /\bbecause of\b/iu,
  /,\s*(?:because|since|seeing as|given that)\b/iu,
  /\bbecause\s+(?:she|he|they|there|it|you|we)\b/iu,
  // Not "it": "leave it as it is" is manner, not a reason.
  new RegExp(`\\b(?:since|as|seeing as)\\s+${saysHowThingsAre('she|he|they|there')}`, 'iu'),
  /\bso(?: that)?\s+(?:she|he|they|there|nobody|no one|everyone)\b/iu,
  new RegExp(`[.!?;]\\s+${saysHowThingsAre('she|he|they|there|it')}`, 'iu'),
  /\b(?:save|spare)\s+(?:him|her|them)\b|\bgo easy on\b/iu,
];
const QUOTED = /"[^"]*"|“[^”]*”/gu;

/** The words of an option that give its own excuse ("She is busy"), or null: quoted speech is the act itself. */
function statedExcuse(text: string): string | null {
  const unquoted = text.replace(QUOTED, (q) => ' '.repeat(q.length));
  for (const excuse of EXCUSES) {
    const m = excuse.exec(unquoted);
    if (!m) continue;
    // From the clue to the end of its clause, so the author sees the reason itself.
    const from = m.index + (/^[,.!?;]/.test(m[0]) ? 1 : 0);
    const rest = text.slice(from).trim();
    return rest.length > 60 ? `${rest.slice(0, 57).trimEnd()}…` : rest;
  }
  return null;
}

const harms = (o: OptionOutcome): boolean => o.voice < 0 || o.power < 0 || o.courage < 0;
const withThem = (o: OptionOutcome): boolean => o.voice >= 1 && o.power >= 1;

/**
 * The warnings for a scored story's decisions (each decision once, as first met). `cast`: the ids the header
 * declares, when known; a move naming anyone else is a slip reported at its line (cast-undeclared).
 */
export function optionCraftWarnings(
  file: string,
  decisions: readonly DecisionSighting[],
  cast: ReadonlySet<string> | null = null,
): CheckDiagnostic[] {
  const namesStranger = (o: OptionOutcome): boolean =>
    cast !== null && o.moves.some((m) => peopleInMove(m).some((id) => id !== LEARNER_ID && !cast.has(id)));
  const out: CheckDiagnostic[] = [];
  let judged = 0;
  let bestIsLongest = 0;
  const longestBestPlaces: OptionPlace[] = [];
  for (const d of decisions) {
    if (d.options.length < 2) continue;
    judged++;
    // An option whose move: is missing or misspelt scores nothing, and one whose move names someone not in the
    // cast scores a stranger (absent, so relaying to them reads as advocacy): each is reported at its line, and
    // judging the decision's range with it would only echo that slip as a second warning.
    const unscored = d.options.some((o) => o.moves.length === 0 || namesStranger(o));
    if (!unscored && !d.options.some(harms))
      out.push(
        diagnostic(
          'craft-no-harm',
          d.file,
          d.line,
          'warning',
          'no option of this decision scores below 0: add one a well-meaning professional might take that speaks for, over or past someone, so the choice is a real one',
        ),
      );
    if (!unscored && !d.options.some(withThem))
      out.push(
        diagnostic(
          'craft-no-with',
          d.file,
          d.line,
          'warning',
          'no option of this decision scores +1 or more on both voice and power: offer one that keeps the person heard and the decision with them',
        ),
      );
    const lengths = d.options.map(visible);
    const longest = Math.max(...lengths);
    const shortest = Math.min(...lengths);
    if (shortest > 0 && longest > LENGTH_RATIO * shortest) {
      const longLine = optionLine(d, lengths.indexOf(longest));
      const shortLine = optionLine(d, lengths.indexOf(shortest));
      out.push(
        diagnostic(
          'craft-length',
          d.file,
          longLine,
          'warning',
          `this option is ${longest} characters and another of the same decision${shortLine !== null && shortLine !== longLine ? ` (line ${shortLine})` : ''} ${shortest}: more than ${LENGTH_RATIO} times as long, it stands out by its length alone; shorten it (a reason it gives for itself can go into the scene, or into what follows the choice), or give the others their own detail`,
        ),
      );
    }
    d.options.forEach((o, i) => {
      const excuse = statedExcuse(o.text);
      if (excuse === null) return;
      out.push(
        diagnostic(
          'craft-excuse',
          d.file,
          optionLine(d, i),
          'warning',
          `this option gives its own reason ("${excuse}"): a learner takes a reason in the option as the story's verdict, and picks the option or avoids it without weighing the scene; put the reason in the scene, said by a person there before the choice ("I'm on my own on the desk today," Dawn says), and let the option say only what the learner does`,
        ),
      );
    });
    const best = bestOption(d.options);
    if (lengths[best] === longest) {
      bestIsLongest++;
      longestBestPlaces.push(optionPlace(d, best));
    }
  }
  if (judged > 0 && bestIsLongest / judged > BEST_IS_LONGEST_SHARE) {
    out.push(
      atFirstOf(
        'craft-best-longest',
        file,
        longestBestPlaces,
        (lines) =>
          `in ${bestIsLongest} of ${judged} decisions the best-scoring option is also the longest (more than ${BEST_IS_LONGEST_SHARE * 100} %${lines}): learners can pick it by its length; give harmful options their own care and detail`,
      ),
    );
  }
  const judgedDecisions = decisions.filter((d) => d.options.length >= 2);
  const { hits, chance } = wordingPlayer(judgedDecisions);
  if (judged > 0 && hits / judged > TELL_SHARE && hits >= chance + TELL_MARGIN) {
    out.push(
      diagnostic(
        'craft-wording-tell',
        file,
        null,
        'warning',
        `a reader who picks the option with most caring words ("ask", "with", "wants", "together"; less "for her", "yourself") picks a best-scoring one in ${round(hits)} of ${judged} decisions (blind chance: ${round(chance)}): give the harmful options the same caring words, and let some best options do something other than ask`,
      ),
    );
  }
  // The act that is among the best option's acts in most decisions; the place in the list the best sits most.
  const same = commonest(
    judgedDecisions.flatMap((d) => [...new Set(d.options[bestOption(d.options)]!.acts.map((a) => a.act))]),
  );
  if (same && judged > 2 && same.count / judged > SAME_BEST_ACT_SHARE) {
    const where = judgedDecisions
      .filter((d) => d.options[bestOption(d.options)]!.acts.some((a) => a.act === same.value))
      .map((d) => optionPlace(d, bestOption(d.options)));
    out.push(
      atFirstOf(
        'craft-same-best-act',
        file,
        where,
        (lines) =>
          `the best-scoring option is ${same.value} in ${same.count} of ${judged} decisions (more than ${SAME_BEST_ACT_SHARE * 100} %${lines}): a learner who always picks that kind of act wins without reading the scene; let the best move differ with the situation (remove a barrier, refuse now and then ask, repair, step back, advocate with the person's known wishes)`,
      ),
    );
  }
  const place = commonest(judgedDecisions.map((d) => bestOption(d.options)));
  if (place && judged > 2 && place.count / judged > SAME_PLACE_SHARE) {
    const where = judgedDecisions
      .filter((d) => bestOption(d.options) === place.value)
      .map((d) => optionPlace(d, place.value));
    out.push(
      atFirstOf(
        'craft-best-place',
        file,
        where,
        (lines) =>
          `the best-scoring option is option ${place.value + 1} in ${place.count} of ${judged} decisions (more than ${SAME_PLACE_SHARE * 100} %${lines}): a learner can pick it by where it sits; vary the order of the options`,
      ),
    );
  }
  return out;
}

const round = (n: number): string => (Math.round(n * 10) / 10).toLocaleString('en-GB');

/** Path lengths over the finished walks: fewest and median decisions, and the median path's words and minutes. */
export function craftSummary(paths: readonly PathLength[]): CraftSummary | null {
  if (paths.length === 0) return null;
  const sorted = [...paths].sort((a, b) => a.decisions - b.decisions || a.words - b.words);
  // The lower middle on an even count, so the median is a path someone can actually play.
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const minutes = median.words / WORDS_PER_MINUTE + (median.decisions * THINKING_SECONDS) / 60;
  return {
    pathDecisions: { min: sorted[0]!.decisions, median: median.decisions },
    medianWords: median.words,
    medianMinutes: Math.round(minutes * 10) / 10,
  };
}
