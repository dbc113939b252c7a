// `npm run check -- [FILES…] --cold-read DIR [--seed N]`: a reading pack that tests issue 16's bar, "a keen
// learner who has not read the spec cannot tell the best option by its wording". A colleague who has not played
// the story gets only each decision's options, shuffled, with no scene, and picks the best; the author compares
// their letters with the key. Picking at random finds a best option in (the sum over decisions of best options ÷
// options) decisions: a decision most readers get right, well above that, is a tell.
//
// Each decision point (where a choice is written) is listed once, in one version: options that differ by path (one
// offered only after an earlier choice, a label that changes) are versions of one point, and a learner only ever
// meets one of them. A pack that showed both would give away, in the difference, what play never shows.
//
// The decisions are the ones check's own walks meet (exploreStory, with check's options: the same paths), and
// each option's scores are the ones the walk resolved it to in its context (DecisionRecord.options); the best
// are bestOptions' (the authors'-tools order). Nothing here scores an option again.
//
// `--score ANSWERS…` compares readers' answer files with DIR/answer-key.json and plays nothing.
import fs from 'node:fs';
import path from 'node:path';
import { exploreStory, type ExploreOptions } from '../ink/exploreStory';
import { validateStory } from '../ink/validateStory';
import { bestOptions } from '../engine/optionOutcomes';
import { seededRandom, textSeed } from '../engine/seededRandom';
import type { OptionOutcome } from '../engine/types';

/** The seed the options are shuffled with when no --seed is given: reruns give the same pack. */
export const COLD_READ_SEED = 1;

/** One story to read, as check reads it: its files, the main one among them, and how its path is shown. */
export interface StorySource {
  files: Record<string, string>;
  main: string;
  displayPrefix: string;
}

/** An option in the key: its letter in the reader's pack, its text, and what it resolved to in one context. */
interface KeyOption {
  letter: string;
  text: string;
  acts: string[];
  voice: number;
  power: number;
  courage: number;
}

/** One context a decision was met in (one per story and best): where, how to get there, and the scores there. */
interface KeyContext {
  /** The story file (as check names it). */
  story: string;
  /** The file and line the decision's options are written at (an INCLUDEd file, perhaps). */
  file: string;
  line: number | null;
  /** The moment the debrief names the decision by, on the path shown. */
  moment: string | null;
  /** The choices that reach it from the start (`npm run play -- STORY --choices …`), "" for the first. */
  choices: string;
  best: string[];
  /** In letter order. */
  options: KeyOption[];
}

/**
 * A version of a decision point the pack does not show: the same place in the story, other options (one offered
 * only after an earlier choice, a label that changes). Its options keep the pack's letters where the pack has
 * them; the rest get the letters after the pack's, and `inPack: false`.
 */
interface KeyVersion {
  /** How many of check's walks met this version. */
  walks: number;
  /** Every letter that is best in some context. */
  best: string[];
  bestDependsOnPath: boolean;
  /** In letter order. */
  options: { letter: string; text: string; inPack: boolean }[];
  contexts: KeyContext[];
}

interface KeyDecision {
  id: string;
  /** Every letter that is best in some context of the version shown: what a reader is counted right for. */
  best: string[];
  /** True when the best of the version shown differs between the contexts it was met in. */
  bestDependsOnPath: boolean;
  /** The options as the reader sees them, in letter order: the version shown. */
  options: { letter: string; text: string }[];
  /** The version shown's contexts. */
  contexts: KeyContext[];
  /** How many of check's walks met the version shown. */
  walks: number;
  /** The decision point's other versions, most-met first: not in this pack. */
  otherVersions: KeyVersion[];
}

export interface AnswerKey {
  seed: number;
  stories: string[];
  /** Decision points in the pack, each shown once, in one version. */
  decisions: number;
  /** Decision points that have versions the pack does not show. */
  withOtherVersions: number;
  /** Decisions a reader picking at random gets right, on average (the versions shown only). */
  chance: number;
  key: KeyDecision[];
}

/** A story the pack leaves out, and why (it does not compile, or it is not scored). */
export interface LeftOut {
  story: string;
  reason: string;
}

interface Sighting {
  story: string;
  storyOrder: number;
  /** Which of the story's walks met it. */
  walk: number;
  file: string;
  line: number | null;
  /**
   * Where its options are written: each option's file and line, and the ink container its choice sits in (a
   * choice point's weave). Two sightings sharing any of these are one decision point.
   */
  places: string[];
  moment: string | null;
  choices: number[];
  options: OptionOutcome[];
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A version of a decision point is the options it offers: the same option texts are the same version. */
const decisionKey = (texts: readonly string[]): string => [...texts].sort().join('\u0000');

/** The option texts in the reader's order: sorted (so the order met does not matter), then shuffled by seed. */
function shuffled(texts: readonly string[], seed: number): string[] {
  const out = [...texts].sort();
  // A decision's own seed, so adding a decision elsewhere leaves this one's letters as they were.
  const random = seededRandom((textSeed(decisionKey(texts)) ^ Math.imul(seed, 0x9e3779b1)) >>> 0);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Every decision (two options or more) each walk met, where it is written, and the path that reached it. */
function sightings(
  source: StorySource,
  storyOrder: number,
  options: Omit<ExploreOptions, 'storyId'>,
): Sighting[] | LeftOut {
  const story = source.displayPrefix + source.main;
  const validated = validateStory(source.files, source.main, source.displayPrefix);
  if (!validated.json) return { story, reason: 'it does not compile' };
  const knots = validated.map.knots.filter((k) => !k.isFunction).map((k) => k.path);
  const id = source.main.replace(/^.*\//, '').replace(/\.ink$/, '');
  const exploration = exploreStory(validated.json, { knots, ...options, storyId: id });
  if (!(exploration.walks[0]?.log.scored ?? validated.scored))
    return { story, reason: 'it is not scored, so no option is best' };
  const out: Sighting[] = [];
  exploration.walks.forEach((walk, w) => {
    let k = 0;
    walk.steps.forEach((step, j) => {
      if (!step.isDecision) return;
      const record = walk.log.decisions[k++];
      if (!record || record.options.length < 2) return;
      // Named, as check names a decision, by the first line among its options.
      const places = step.offered.flatMap((p) => validated.map.choices.get(p) ?? []);
      const first = places.reduce<(typeof places)[number] | undefined>(
        (a, b) => (a === undefined || (b.line ?? Infinity) < (a.line ?? Infinity) ? b : a),
        undefined,
      );
      out.push({
        story,
        storyOrder,
        walk: w,
        file: first?.file ?? story,
        line: first?.line ?? null,
        places: [
          ...places.filter((p) => p.line !== null).map((p) => `${p.file}:${p.line}`),
          ...step.offered.map((p) => `${story}\u0000${p.replace(/\.[^.]*$/, '')}`),
        ],
        moment: record.moment,
        choices: walk.steps.slice(0, j).map((s) => s.chosen + 1),
        options: record.options,
      });
    });
  });
  return out;
}

/** The sightings grouped into decision points: sightings that share a place (a line, a choice's container). */
function decisionPoints(all: readonly Sighting[]): Sighting[][] {
  const parent = all.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const owner = new Map<string, number>();
  all.forEach((s, i) => {
    for (const place of s.places) {
      const other = owner.get(place);
      if (other === undefined) owner.set(place, i);
      else parent[root(i)] = root(other);
    }
  });
  const groups = new Map<number, Sighting[]>();
  all.forEach((s, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), s]));
  return [...groups.values()];
}

/** One context per story and best: the shortest path to it shows it (its scores, its moment). */
function contextsOf(list: readonly Sighting[], letterOf: (text: string) => string): KeyContext[] {
  const contexts = new Map<string, KeyContext & { steps: number }>();
  for (const s of list) {
    const best = bestOptions(s.options)
      .map((i) => letterOf(s.options[i]!.text))
      .sort();
    const id = `${s.story}\u0000${best.join('')}`;
    const before = contexts.get(id);
    if (before && before.steps <= s.choices.length) continue;
    contexts.set(id, {
      story: s.story,
      file: s.file,
      line: s.line,
      moment: s.moment,
      choices: s.choices.join(','),
      best,
      options: s.options
        .map((o) => ({
          letter: letterOf(o.text),
          text: o.text,
          acts: o.acts.map((a) => a.act),
          voice: o.voice,
          power: o.power,
          courage: o.courage,
        }))
        .sort((a, b) => a.letter.localeCompare(b.letter)),
      steps: s.choices.length,
    });
  }
  return [...contexts.values()].map(({ steps: _steps, ...c }) => c);
}

const bestOf = (contexts: readonly KeyContext[]) => ({
  best: [...new Set(contexts.flatMap((c) => c.best))].sort(),
  bestDependsOnPath: new Set(contexts.map((c) => c.best.join(''))).size > 1,
});

/**
 * The pack's key: each decision point once, in one version, its options lettered, and each context's best and
 * scores; the point's other versions listed as not in the pack. A learner never meets two versions of one
 * decision, so a reader who saw both would learn from the difference what play never shows.
 *
 * The version shown is the one met on the most walks (ties: the first met) with the default seed; seed N shows
 * each point's Nth most-met version, counting round again when it has fewer, so packs with seeds 1, 2, 3… show
 * every version between them.
 */
export function buildAnswerKey(
  sources: readonly StorySource[],
  options: Omit<ExploreOptions, 'storyId'> = {},
  seed = COLD_READ_SEED,
): { key: AnswerKey; leftOut: LeftOut[] } {
  const leftOut: LeftOut[] = [];
  const all: Sighting[] = [];
  sources.forEach((source, i) => {
    const met = sightings(source, i, options);
    if (Array.isArray(met)) all.push(...met);
    else leftOut.push(met);
  });
  // Story by story, in the order the stories were given, then by where the decision is written.
  const earlier = (a: Sighting, b: Sighting): number =>
    a.storyOrder - b.storyOrder ||
    a.file.localeCompare(b.file) ||
    (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER);
  const first = (list: Sighting[]) => list.reduce((a, b) => (earlier(b, a) < 0 ? b : a));
  const points = decisionPoints(all).sort((a, b) => earlier(first(a), first(b)));
  const width = Math.max(2, String(points.length).length);
  const decisions: KeyDecision[] = points.map((list, n) => {
    // Its versions, in the order first met; then the most-met first (a stable sort keeps ties in that order).
    const byVersion = new Map<string, Sighting[]>();
    for (const s of list) {
      const version = decisionKey(s.options.map((o) => o.text));
      byVersion.set(version, [...(byVersion.get(version) ?? []), s]);
    }
    const walksOf = (met: readonly Sighting[]) => new Set(met.map((s) => `${s.storyOrder}:${s.walk}`)).size;
    const versions = [...byVersion.values()]
      .map((met) => ({ met, walks: walksOf(met) }))
      .sort((a, b) => b.walks - a.walks);
    const rank = (((seed - 1) % versions.length) + versions.length) % versions.length;
    const shown = versions[rank]!;
    const texts = shuffled(
      shown.met[0]!.options.map((o) => o.text),
      seed,
    );
    // Options only other versions have: the letters after the pack's, in text order.
    const extra = [...new Set(list.flatMap((s) => s.options.map((o) => o.text)))]
      .filter((t) => !texts.includes(t))
      .sort();
    const lettered = [...texts, ...extra];
    const letterOf = (text: string) => LETTERS[lettered.indexOf(text)] ?? '?';
    const contexts = contextsOf(shown.met, letterOf);
    return {
      id: `D${String(n + 1).padStart(width, '0')}`,
      ...bestOf(contexts),
      options: texts.map((text, i) => ({ letter: LETTERS[i]!, text })),
      contexts,
      walks: shown.walks,
      otherVersions: versions
        .filter((v) => v !== shown)
        .map((v) => {
          const vContexts = contextsOf(v.met, letterOf);
          return {
            walks: v.walks,
            ...bestOf(vContexts),
            options: v.met[0]!.options.map((o) => ({
              letter: letterOf(o.text),
              text: o.text,
              inPack: texts.includes(o.text),
            })).sort((a, b) => a.letter.localeCompare(b.letter)),
            contexts: vContexts,
          };
        }),
    };
  });
  const chance = decisions.reduce((sum, d) => sum + d.best.length / d.options.length, 0);
  return {
    key: {
      seed,
      stories: sources.map((s) => s.displayPrefix + s.main).filter((s) => !leftOut.some((l) => l.story === s)),
      decisions: decisions.length,
      withOtherVersions: decisions.filter((d) => d.otherVersions.length).length,
      chance: Math.round(chance * 100) / 100,
      key: decisions,
    },
    leftOut,
  };
}

const oneDecimal = (n: number): string =>
  n.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "6.1 of 23": what picking at random gets right. */
const chanceLine = (key: AnswerKey): string => `${oneDecimal(key.chance)} of ${key.decisions}`;

/** What the reader is given: how to read it, then the decisions with their lettered options, and nothing else. */
function optionsOnly(key: AnswerKey): string {
  const out = [
    '# Which would you do? Options only',
    '',
    `Below are ${key.decisions} decisions from a training game about allyship in health and social care: backing`,
    "people up so they're heard, rather than speaking over them or for them.",
    '',
    'For each decision, pick the **one** option you think is best practice: the one an experienced trainer would',
    "call the best thing to do. You don't see the scene on purpose. This tests the wording, not you: if the best",
    "option can be spotted from its words alone, that's something for the writer to fix.",
    '',
    "Guess when you aren't sure; give one letter for every decision. Please don't play the game or ask about it",
    'first. Write your answers one to a line, like this:',
    '',
    '```',
    'D01 B',
    'D02 A',
    '```',
    '',
    'Then, if you like, say which decisions felt easy, and what in the wording gave the answer away.',
  ];
  for (const d of key.key) {
    out.push('', `## ${d.id}`, '');
    for (const o of d.options) out.push(`- **${o.letter}.** ${o.text}`);
  }
  return `${out.join('\n')}\n`;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');
const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
const lettersText = (letters: readonly string[]): string =>
  letters.length <= 1 ? (letters[0] ?? '') : `${letters.slice(0, -1).join(', ')} and ${letters.at(-1)}`;

function replay(c: KeyContext): string {
  return c.choices
    ? `To replay it: \`npm run play -- ${c.story} --choices ${c.choices}\``
    : `It's the story's first decision: \`npm run play -- ${c.story}\``;
}

/** A context's heading and its options table: the letters, texts, acts and scores, the best marked. */
function contextText(c: KeyContext, inPack: (letter: string) => boolean = () => true): string[] {
  const out = [
    '',
    `${c.file}${c.line === null ? '' : `, line ${c.line}`}${c.moment ? `, moment "${c.moment}"` : ''}. Best here: ${lettersText(c.best)}. ${replay(c)}`,
    '',
    '| letter | option | acts | voice | power | courage |',
    '|---|---|---|---|---|---|',
  ];
  for (const o of c.options) {
    const mark = c.best.includes(o.letter) ? `**${o.letter}** (best)` : o.letter;
    const absent = inPack(o.letter) ? '' : ' (not in this pack)';
    out.push(
      `| ${mark}${absent} | ${cell(o.text)} | ${o.acts.join(', ')} | ${signed(o.voice)} | ${signed(o.power)} | ${signed(o.courage)} |`,
    );
  }
  return out;
}

const walksText = (n: number): string => `${n} walk${n === 1 ? '' : 's'}`;

/** How the pack chose the versions it shows, for the key. */
function versionsLine(key: AnswerKey): string {
  const which =
    key.seed === COLD_READ_SEED
      ? "the version met on the most of check's walks (on a tie, the first met)"
      : `with seed ${key.seed}, its ${ordinal(key.seed)} most-met version (counting round again when it has fewer)`;
  return (
    `${key.withOtherVersions} of the ${key.decisions} decision points ${key.withOtherVersions === 1 ? 'has' : 'have'} other versions (an option offered only on some ` +
    `paths, a label that changes). A learner never meets two versions of one decision, so the pack shows each point ` +
    `once: ${which}. The others are listed under it, not in this pack; \`--seed 2\`, \`--seed 3\`… show them.`
  );
}

function ordinal(n: number): string {
  const tens = Math.abs(n) % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][Math.abs(n) % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The author's key: per decision its story, line, moment, best letters, and each option's acts and scores. */
function answerKeyText(key: AnswerKey): string {
  const out = [
    '# Cold read: the answer key',
    '',
    "For the author, not the reader: don't hand this over with options-only.md.",
    '',
    `Stories: ${key.stories.join(', ')}. Options shuffled with seed ${key.seed}. ${key.decisions} decision points; picking at`,
    `random finds a best option in ${chanceLine(key)} (the sum over decisions of best options ÷ options, the versions shown only).`,
    '',
    versionsLine(key),
    '',
    'A decision whose best depends on the path (the same options, met in different scenes) counts a reader right for',
    'any letter that is best on some path.',
    '',
    '| decision | best | story | line | moment | other versions |',
    '|---|---|---|---|---|---|',
  ];
  for (const d of key.key) {
    const c = d.contexts[0]!;
    const best = d.bestDependsOnPath ? `${lettersText(d.best)} (depends on the path)` : lettersText(d.best);
    // The line's own file only when it is not the story's (an INCLUDEd part).
    const at = c.file === c.story ? String(c.line ?? '') : `${c.file}${c.line === null ? '' : `:${c.line}`}`;
    const others = d.otherVersions?.length ?? 0;
    out.push(`| ${d.id} | ${best} | ${c.story} | ${at} | ${cell(c.moment ?? '')} | ${others || ''} |`);
  }
  for (const d of key.key) {
    const others = d.otherVersions ?? [];
    out.push('', `## ${d.id}: best ${lettersText(d.best)}`);
    if (others.length)
      out.push(
        '',
        `The version in this pack, met on ${walksText(d.walks)}. ${others.length === 1 ? 'One other version' : `${others.length} other versions`} below, not in this pack.`,
      );
    if (d.bestDependsOnPath)
      out.push('', `The best depends on the path: the same options are met in ${d.contexts.length} contexts below.`);
    for (const c of d.contexts) out.push(...contextText(c));
    others.forEach((v, i) => {
      const inPack = (letter: string) => v.options.find((o) => o.letter === letter)?.inPack ?? false;
      const missing = d.options.filter((o) => !v.options.some((p) => p.letter === o.letter)).map((o) => o.letter);
      const added = v.options.filter((o) => !o.inPack).map((o) => o.letter);
      const differs = [
        ...(added.length ? [`offers ${lettersText(added)}, not in this pack`] : []),
        ...(missing.length ? [`has no ${lettersText(missing)}`] : []),
      ];
      out.push(
        '',
        `### ${d.id}, version ${i + 2}: not in this pack`,
        '',
        `Met on ${walksText(v.walks)}; options ${lettersText(v.options.map((o) => o.letter))}${differs.length ? ` (${differs.join('; ')})` : ''}. Best ${lettersText(v.best)}${v.bestDependsOnPath ? ' (depends on the path)' : ''}.`,
      );
      for (const c of v.contexts) out.push(...contextText(c, inPack));
    });
  }
  return `${out.join('\n')}\n`;
}

/**
 * Make DIR (and its parents) and prove it can be written, before any story is played: an author who named a
 * folder they cannot write to hears so at once. Returns the problem in plain words, or null.
 */
export function cannotWrite(dir: string): string | null {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.cold-read-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
    return null;
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'you may not write there'
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? 'it, or a folder above it, is a file'
          : (e as Error).message;
    return `--cold-read: cannot write the reading pack to ${dir}: ${why}; name a folder you can write to`;
  }
}

/** The three files of the pack, written into `dir`. */
export const PACK_FILES = ['options-only.md', 'answer-key.md', 'answer-key.json'] as const;

export function writePack(dir: string, key: AnswerKey): void {
  fs.writeFileSync(path.join(dir, PACK_FILES[0]), optionsOnly(key));
  fs.writeFileSync(path.join(dir, PACK_FILES[1]), answerKeyText(key));
  fs.writeFileSync(path.join(dir, PACK_FILES[2]), `${JSON.stringify(key, null, 2)}\n`);
}

/** "44 decision points, 12 with other versions not shown". */
const pointsLine = (key: AnswerKey): string =>
  `${key.decisions} decision point${key.decisions === 1 ? '' : 's'}, ${key.withOtherVersions ?? 0} with other versions not shown`;

/** What the terminal says once the pack is written. */
export function packWritten(dir: string, key: AnswerKey, leftOut: readonly LeftOut[]): string {
  const lines = leftOut.map((l) => `cold read: left out ${l.story}: ${l.reason}`);
  const where = (f: string) => path.join(dir, f);
  lines.push(
    `cold read: wrote ${where(PACK_FILES[0])} (${pointsLine(key)}), ${where(PACK_FILES[1])} and ${where(PACK_FILES[2])}. Hand options-only.md to a colleague who hasn't played the story; compare their letters with answer-key.md (or npm run check -- --cold-read ${dir} --score THEIR-ANSWERS). Picking at random gets ${chanceLine(key)}.`,
  );
  return `${lines.join('\n')}\n`;
}

// --- Scoring readers' answers -----------------------------------------------------------------------------------

/**
 * A reader's answers, from whatever they wrote: "D01 B" lines, "D01: b", or JSON like {"D01": "B"}. Each
 * decision's first answer counts. Keyed by decision number.
 */
function readAnswers(text: string): Map<number, string> {
  const answers = new Map<number, string>();
  for (const m of text.matchAll(/\bD0*(\d+)\b[^A-Za-z0-9\n]*([A-Za-z])\b/g)) {
    const n = Number(m[1]);
    if (!answers.has(n)) answers.set(n, m[2]!.toUpperCase());
  }
  return answers;
}

interface ReaderScore {
  name: string;
  right: number;
  blank: number;
  /** Decision ids answered right. */
  hits: string[];
}

/** Each reader's count of best options found, and the decisions more than half the readers got right. */
export function scoreReaders(
  key: AnswerKey,
  readers: readonly { name: string; text: string }[],
): { readers: ReaderScore[]; mostRight: { id: string; right: number; chance: number }[] } {
  const scores = readers.map(({ name, text }) => {
    const answers = readAnswers(text);
    const hits: string[] = [];
    let blank = 0;
    for (const d of key.key) {
      const letter = answers.get(Number(d.id.slice(1)));
      if (letter === undefined) blank++;
      else if (d.best.includes(letter)) hits.push(d.id);
    }
    return { name, right: hits.length, blank, hits };
  });
  const mostRight = key.key.flatMap((d) => {
    const right = scores.filter((s) => s.hits.includes(d.id)).length;
    return right * 2 > scores.length ? [{ id: d.id, right, chance: d.best.length / d.options.length }] : [];
  });
  return { readers: scores, mostRight };
}

/** The scores as the terminal shows them. */
export function scoreText(key: AnswerKey, scored: ReturnType<typeof scoreReaders>): string {
  const out = [`cold read: ${key.decisions} decisions; picking at random gets ${chanceLine(key)}`];
  for (const r of scored.readers)
    out.push(`${r.name}: ${r.right} of ${key.decisions} on a best option${r.blank ? ` (${r.blank} left blank)` : ''}`);
  const n = scored.readers.length;
  if (scored.mostRight.length) {
    out.push(
      `found by more than half the readers (${n === 1 ? 'one reader is only a hint: ask two or three more' : `${n} readers`}); look at these first:`,
    );
    for (const m of scored.mostRight) {
      const d = key.key.find((k) => k.id === m.id)!;
      const c = d.contexts[0]!;
      const odds = `${Math.round(m.chance * 100)} % by chance`;
      out.push(
        `  ${m.id} (${c.file}${c.line === null ? '' : `:${c.line}`}${c.moment ? `, "${c.moment}"` : ''}): ${m.right} of ${n}, ${odds}`,
      );
    }
  } else out.push('no decision was found by more than half the readers');
  return `${out.join('\n')}\n`;
}

/** The key written with the pack in `dir`, or a message saying what is wrong. */
export function readKey(dir: string): AnswerKey | string {
  const file = path.join(dir, PACK_FILES[2]);
  try {
    const key = JSON.parse(fs.readFileSync(file, 'utf8')) as AnswerKey;
    if (!Array.isArray(key.key)) throw new Error('it holds no decisions');
    return key;
  } catch (e) {
    const code = (e as { code?: string }).code;
    return code === 'ENOENT'
      ? `--score: there is no ${file}: make the pack first (npm run check -- FILES --cold-read ${dir})`
      : `--score: cannot read ${file}: ${(e as Error).message}`;
  }
}
