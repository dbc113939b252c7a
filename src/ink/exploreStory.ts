// Play a story many times, the way the game plays it (a real Playthrough, so `last_act` is set and the
// consequences that depend on it run), to find what an author cannot see by reading: knots no path reaches,
// options never offered, endings never reached, runtime errors, and the longest save.
//
// Every path is played when there are few enough; otherwise seeded walks that prefer the options taken least,
// so a handful of walks covers every option. Measured on the shipped stories (1,280 to 2,592 complete paths
// each): playing every path costs 0.8 to 1.5 s a story even with ink's state copied rather than replayed, and
// 10 to 25 s through Playthrough.resume, so `check` (3 s for all of them) enumerates only small stories.
//
// A walk hears the story on the playthrough's stream, as the game does (engine/heardPassage.ts); what only the
// checker needs and no audience does (which choice point in the source each option is, its raw tags, the
// containers entered) it reads off ink through its probe, as a tool looking at the runner from outside. The path
// counter below drives a bare StoryRunner for the same reason: it only counts, nobody is told a story.
import { Playthrough } from '../engine/playthrough';
import { followPassage, type HeardPassage } from '../engine/heardPassage';
import type { DecisionLog } from '../engine/types';
import { RUNAWAY_KINDS, StoryRunner, type RunErrorKind } from '../engine/storyRunner';
import { seededRandom } from '../engine/seededRandom';
import { storyClock } from '../engine/playedStory';
import type { SaveEnvelope } from '../engine/types';
import { inkProbe, type InkProbe } from './inkProbe';

export interface ExploreOptions {
  storyId: string;
  /** Play every path when a story has at most this many complete paths. */
  maxPaths?: number;
  /** Never play more walks than this. */
  maxWalks?: number;
  /** Stop walking after this many walks in a row find nothing new. */
  patience?: number;
  /** Seeds the walks' choices (not ink's own RANDOM, which is always seeded 0, as in `play`). */
  seed?: number;
  /** A walk that makes this many choices without ending is stopped and reported. */
  maxChoicesPerWalk?: number;
  /**
   * Milliseconds of the story's time (storyClock) all the walks together may take. A story whose every passage is
   * slow but inside the runner's limits could otherwise keep `check` walking for hours; past this, walking stops
   * and the exploration says so (`outOfTime`). The author preview's worker is stopped after the same 20 s.
   */
  timeBudgetMs?: number;
  /**
   * The story's knots and stitches ("knot", "knot.stitch"). A walk that reaches a new one is progress; without
   * the list, any new container counts, which keeps walking for every {…} branch of text.
   */
  knots?: readonly string[];
}

export const EXPLORE_DEFAULTS = {
  maxPaths: 60,
  maxWalks: 150,
  patience: 5,
  seed: 1,
  maxChoicesPerWalk: 400,
  timeBudgetMs: 20_000,
  knots: [],
} as const;

// Counting paths costs ink's state copied at every choice, so only stories with few options are counted at all.
const MAX_OPTIONS_TO_COUNT = 16;

interface StepRecord {
  /** The choice points on offer (keys of StoryMap.choices), in the order shown. */
  offered: string[];
  /** The tags of each option on offer. */
  tags: string[][];
  isDecision: boolean;
  /** 0-based index taken. */
  chosen: number;
}

/** `out-of-time`: the exploration's time budget ran out during this walk. */
type WalkOutcome = 'ended' | 'error' | 'too-long' | 'out-of-time';

export interface WalkRecord {
  steps: StepRecord[];
  log: DecisionLog;
  save: SaveEnvelope;
  outcome: WalkOutcome;
  /** `at`: the compiled path of the content ink was running (StoryRunError.at), which names the author's line. */
  error: { message: string; where: string | null; at: string | null; kind: RunErrorKind } | null;
  /** The container ink was in when the story ended (see StoryMap endings), null unless it ended. */
  endedIn: string | null;
  /** Knots and stitches (or, with no list of knots, containers) entered on this walk and on no earlier one. */
  newPlaces: number;
  /** ink's runtime warnings on this walk, each once, as ink worded them. */
  warnings: string[];
  /** Words a learner reads on this walk: the lines shown and the options on offer at each choice. */
  words: number;
}

export interface Exploration {
  mode: 'every-path' | 'walks';
  walks: WalkRecord[];
  /** Every container any walk entered. */
  visited: Set<string>;
  /** The time budget ran out before the walks were done: what was not reached may simply not have been tried. */
  outOfTime: boolean;
  timeBudgetMs: number;
}

type Chooser = (passage: HeardPassage, offered: string[], step: number) => number;

/** The story's global variables, read from the compiled JSON's declarations ("VAR=": "name"). */
function variableNames(json: string): string[] {
  return [...new Set([...json.matchAll(/"VAR=":\s*"([^"]+)"/g)].map((m) => m[1]))];
}

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** What a learner reads of one passage: its shown lines, and every option on offer (all are read to choose). */
function wordsIn(passage: HeardPassage): number {
  let n = 0;
  for (const line of passage.lines) if (!line.hidden) n += countWords(line.text);
  for (const choice of passage.choices) n += countWords(choice.text);
  return n;
}

/** The options, with the clock: true once the exploration's time budget has run out. */
type Walking = Required<ExploreOptions> & { outOfTime(): boolean };

function playOne(json: string, o: Walking, probe: InkProbe, choose: Chooser, seen: Set<string>): WalkRecord {
  const { storyId, maxChoicesPerWalk: maxChoices } = o;
  probe.reset();
  const playthrough = new Playthrough(json, { storyId, seed: 0, watcher: probe });
  const steps: StepRecord[] = [];
  const warnings = new Set<string>();
  playthrough.events.on('warning', (warning) => warnings.add(warning));
  const heard = followPassage(playthrough);
  playthrough.start();
  let passage = heard.now();
  let outcome: WalkOutcome = 'ended';
  let words = wordsIn(passage);
  while (!passage.ended && !passage.error) {
    if (steps.length >= maxChoices) {
      outcome = 'too-long';
      break;
    }
    if (o.outOfTime()) {
      outcome = 'out-of-time';
      break;
    }
    const options = probe.offered();
    const offered = options.map((c) => c.sourcePath);
    const chosen = choose(passage, offered, steps.length);
    steps.push({ offered, tags: options.map((c) => c.tags), isDecision: passage.isDecision, chosen });
    playthrough.choose(chosen);
    passage = heard.now();
    words += wordsIn(passage);
  }
  if (passage.error) outcome = 'error';
  let newPlaces = 0;
  const landmarks = o.knots.length ? new Set(o.knots) : null;
  for (const path of probe.visited) {
    if (!seen.has(path)) {
      seen.add(path);
      if (!landmarks || landmarks.has(path)) newPlaces++;
    }
  }
  return {
    steps,
    log: playthrough.log,
    save: playthrough.save,
    outcome,
    error: passage.error
      ? { message: passage.error.message, where: passage.error.where, at: passage.error.at, kind: passage.error.kind }
      : null,
    endedIn: outcome === 'ended' ? probe.lastContainer : null,
    newPlaces,
    warnings: [...warnings],
    words,
  };
}

/**
 * How many complete paths the story has, or null when there are more than `limit` (or a path fails, which the
 * walks will then report). A quick count on ink alone, copying its state at each choice: it does not set
 * `last_act`, so it is only used to decide whether to play every path.
 */
function countPaths(json: string, limit: number, outOfTime: () => boolean): number | null {
  const runner = new StoryRunner(json, { seed: 0 });
  let paths = 0;
  let nodes = 0;
  const visit = (): boolean => {
    if (++nodes > limit * 4 || outOfTime()) return false;
    const result = runner.continueToChoice();
    if (result.error) return false;
    if (result.choices.length === 0) return ++paths <= limit;
    const saved = runner.story.state.ToJson();
    for (let i = 0; i < result.choices.length; i++) {
      if (i > 0) runner.story.state.LoadJson(saved);
      runner.choose(i);
      if (!visit()) return false;
    }
    return true;
  };
  return visit() ? paths : null;
}

function everyPath(
  json: string,
  o: Walking,
  probe: InkProbe,
  seen: Set<string>,
): { walks: WalkRecord[]; complete: boolean } {
  const walks: WalkRecord[] = [];
  let prefix: number[] = [];
  for (;;) {
    const walk = playOne(json, o, probe, (_p, _o, step) => prefix[step] ?? 0, seen);
    walks.push(walk);
    // last_act can change what is on offer, so the quick count may be short: give up rather than run long.
    if (walks.length >= o.maxPaths * 2 || o.outOfTime()) return { walks, complete: false };
    // The next path: the last step that still has an untried option takes it; after it, first options.
    let j = walk.steps.length - 1;
    while (j >= 0 && walk.steps[j].chosen + 1 >= walk.steps[j].offered.length) j--;
    if (j < 0) return { walks, complete: true };
    prefix = [...walk.steps.slice(0, j).map((s) => s.chosen), walk.steps[j].chosen + 1];
  }
}

function guidedWalks(
  json: string,
  o: Walking,
  probe: InkProbe,
  seen: Set<string>,
  startWith: WalkRecord[],
): WalkRecord[] {
  const walks = [...startWith];
  const random = seededRandom(o.seed);
  const taken = new Map<string, number>();
  const endings = new Set<string>();
  const troubles = new Set<string>();
  const note = (walk: WalkRecord): boolean => {
    // A new kind of trouble is news once; the same error or endless loop again is not.
    const trouble = walk.outcome === 'ended' ? null : `${walk.outcome}:${walk.error?.message ?? ''}`;
    let fresh = walk.newPlaces > 0 || (trouble !== null && !troubles.has(trouble));
    if (trouble !== null) troubles.add(trouble);
    for (const step of walk.steps) {
      const key = step.offered[step.chosen] ?? '';
      if (!taken.has(key)) fresh = true;
      taken.set(key, (taken.get(key) ?? 0) + 1);
    }
    if (walk.endedIn !== null && !endings.has(walk.endedIn)) {
      endings.add(walk.endedIn);
      fresh = true;
    }
    return fresh;
  };
  for (const walk of walks) note(walk);
  // Endings and late branches often turn on what the story has counted (trust, who spoke), not on any one
  // option. So prefer the option least taken from the story's present state (its variables): walks then fan
  // out over the combinations that matter instead of repeating the common ones. Among equals, pick at random
  // (seeded, so runs repeat exactly).
  const names = variableNames(json);
  const fromState = new Map<string, number>();
  const leastTaken: Chooser = (passage, offered) => {
    const state = names.map((n) => String(probe.variable(n))).join('|');
    let best: number[] = [];
    let fewest = Infinity;
    passage.choices.forEach((_c, i) => {
      const option = offered[i] ?? `#${i}`;
      const n = (taken.get(option) ?? 0) * 1000 + (fromState.get(`${option}@${state}`) ?? 0);
      if (n < fewest) {
        fewest = n;
        best = [i];
      } else if (n === fewest) best.push(i);
    });
    const pick = best[Math.floor(random() * best.length)] ?? 0;
    const key = `${offered[pick] ?? `#${pick}`}@${state}`;
    fromState.set(key, (fromState.get(key) ?? 0) + 1);
    return pick;
  };
  // A story that ran away (a loop, a runaway string) is stuck at that point on every walk that reaches it, and
  // each such walk costs up to the time budget: report it once and stop exploring. A walk that made the most
  // choices a walk may make is given one more try (least-taken options may find the way out); after a second,
  // the choices probably loop for ever (a lone sticky choice) and more walks would only take longer.
  const ranAway = () =>
    walks.some((w) => w.error !== null && RUNAWAY_KINDS.includes(w.error.kind)) ||
    walks.filter((w) => w.outcome === 'too-long').length >= 2;
  let fruitless = 0;
  // At least one walk, however little time is left: it shows the author where the story is slow.
  while (walks.length < o.maxWalks && fruitless < o.patience && !ranAway() && (walks.length === 0 || !o.outOfTime())) {
    const walk = playOne(json, o, probe, leastTaken, seen);
    walks.push(walk);
    fruitless = note(walk) ? 0 : fruitless + 1;
  }
  // One more walk for the save's size: the longest option texts make the longest save.
  const longest: Chooser = (passage) =>
    passage.choices.reduce((best, c, i) => (c.text.length > passage.choices[best].text.length ? i : best), 0);
  if (!ranAway() && !o.outOfTime()) walks.push(playOne(json, o, probe, longest, seen));
  return walks;
}

/** Explore a compiled story: every path when few enough, else guided walks. */
export function exploreStory(json: string, options: ExploreOptions): Exploration {
  const timeBudgetMs = options.timeBudgetMs ?? EXPLORE_DEFAULTS.timeBudgetMs;
  const deadline = storyClock() + timeBudgetMs;
  let cut = false;
  const outOfTime = () => (cut ||= storyClock() > deadline);
  const o: Walking = { ...EXPLORE_DEFAULTS, ...options, outOfTime };
  const probe = inkProbe();
  const seen = new Set<string>();
  let start: WalkRecord[] = [];
  // A choice point appears in the compiled JSON as {"*": …}.
  const optionCount = json.match(/\{"\*":/g)?.length ?? 0;
  if (o.maxPaths > 0 && optionCount <= MAX_OPTIONS_TO_COUNT && countPaths(json, o.maxPaths, outOfTime) !== null) {
    const all = everyPath(json, o, probe, seen);
    if (all.complete) return { mode: 'every-path', walks: all.walks, visited: seen, outOfTime: false, timeBudgetMs };
    start = all.walks;
  }
  const walks = guidedWalks(json, o, probe, seen, start);
  return { mode: 'walks', walks, visited: seen, outOfTime: cut, timeBudgetMs };
}
