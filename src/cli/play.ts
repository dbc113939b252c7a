// Headless play: `npm run play -- FILE [--choices 2,1,3] [--walk SEED] [--json] [--seed N]`.
// The contract the tests and CI use (authoring-contract.md "Headless play"): exit 0 played, 1 runtime error,
// 2 compile or tag error, 3 bad usage.
import fs from 'node:fs';
import { Playthrough, type Passage } from '../engine/playthrough';
import { seededRandom } from '../engine/seededRandom';
import { formatDiagnostic } from '../ink/compileInk';
import { EXPLORE_DEFAULTS } from '../ink/exploreStory';
import { loadStory } from './loadStory';
import { forTerminal } from './terminalText';
import { playReport } from '../engine/playReport';
import { parsePromptLibrary } from '../engine/debrief/promptLibrary';
import promptsData from '../content/prompts.json';
import type { StoryLine } from '../engine/types';

interface Args {
  file: string;
  choices: number[] | null;
  walk: number | null;
  json: boolean;
  seed: number;
}

class UsageError extends Error {}

const USAGE = 'usage: npm run play -- FILE [--choices 2,1,3] [--walk SEED] [--json] [--seed N]';

function parseArgs(argv: string[]): Args {
  const args: Args = { file: '', choices: null, walk: null, json: false, seed: 0 };
  const whole = (flag: string, v: string | undefined): number => {
    if (v === undefined || !/^-?\d+$/.test(v))
      throw new UsageError(`${flag} needs a whole number (got ${v ?? 'nothing'})`);
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--choices') {
      const v = argv[++i];
      if (!v || !/^\d+(,\d+)*$/.test(v))
        throw new UsageError(`--choices needs numbers separated by commas, e.g. 2,1,3 (got ${v ?? 'nothing'})`);
      args.choices = v.split(',').map(Number);
    } else if (a === '--walk') args.walk = whole('--walk', argv[++i]);
    else if (a === '--seed') args.seed = whole('--seed', argv[++i]);
    else if (a === '--help' || a === '-h') throw new UsageError(USAGE);
    else if (a.startsWith('-')) throw new UsageError(`unknown flag ${a}\n${USAGE}`);
    else if (!args.file) args.file = a;
    else throw new UsageError(`one story file at a time (got ${args.file} and ${a})`);
  }
  if (!args.file) throw new UsageError(USAGE);
  if (!fs.existsSync(args.file)) throw new UsageError(`${args.file}: no such file`);
  return args;
}

/** Numbers typed on standard input, one per line (read all at once: the input is a pipe or a terminal). */
function stdinChoices(): number[] {
  if (process.stdin.isTTY) return [];
  let text = '';
  try {
    text = fs.readFileSync(0, 'utf8');
  } catch {
    return [];
  }
  const out: number[] = [];
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (t === '') continue;
    if (!/^\d+$/.test(t)) throw new UsageError(`expected a choice number, got "${t}"`);
    out.push(Number(t));
  }
  return out;
}

async function interactiveChoice(n: number): Promise<number | null> {
  const readline = await import('node:readline/promises');
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (;;) {
      const answer = (await rl.question(`> `)).trim();
      if (answer === '') return null;
      const k = Number(answer);
      if (Number.isInteger(k) && k >= 1 && k <= n) return k;
      process.stdout.write(`Type a number from 1 to ${n}.\n`);
    }
  } finally {
    rl.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 3;
  }
  const story = loadStory(args.file);
  const errors = story.diagnostics.filter((d) => d.severity === 'error');
  for (const d of story.diagnostics.filter((d) => d.severity === 'warning'))
    process.stderr.write(`${forTerminal(formatDiagnostic(d))}\n`);
  if (errors.length || !story.json) {
    for (const d of errors) process.stderr.write(`${forTerminal(formatDiagnostic(d))}\n`);
    return 2;
  }

  const playthrough = new Playthrough(story.json, { storyId: story.id, seed: args.seed });
  const headerErrors = story.files ? [] : playthrough.headerProblems.filter((p) => p.severity === 'error');
  if (headerErrors.length) {
    for (const p of headerErrors) process.stderr.write(`${args.file}: error: ${p.message}\n`);
    return 2;
  }

  let queued: number[];
  try {
    queued = args.choices ?? (args.walk === null ? stdinChoices() : []);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 3;
  }
  const interactive = args.choices === null && args.walk === null && process.stdin.isTTY && !args.json;
  const random = args.walk === null ? null : seededRandom(args.walk);
  const shown: StoryLine[] = [];
  const out = (s: string) => {
    if (!args.json) process.stdout.write(`${forTerminal(s)}\n`);
  };

  const show = (p: Passage) => {
    for (const line of p.lines) {
      if (line.hidden) continue;
      shown.push(line);
      out(line.text);
    }
  };

  let passage = playthrough.start();
  show(passage);
  let usageError: string | null = null;
  let walkError: string | null = null;
  let taken = 0;
  while (!passage.ended && !passage.error) {
    passage.choices.forEach((c, i) => out(`${i + 1}: ${c.text}`));
    // A walk picks for ever in a story that only loops back (a lone sticky choice): stop where check stops.
    if (random && !queued.length && taken >= EXPLORE_DEFAULTS.maxChoicesPerWalk) {
      walkError = `--walk stopped after ${taken} choices without reaching an end: the story probably loops back to the same choices for ever`;
      break;
    }
    taken++;
    let pick: number | null = null;
    if (queued.length) pick = queued.shift()!;
    else if (random) pick = 1 + Math.floor(random() * passage.choices.length);
    else if (interactive) pick = await interactiveChoice(passage.choices.length);
    if (pick === null) break;
    if (pick < 1 || pick > passage.choices.length) {
      usageError = `choice ${pick} is out of range 1..${passage.choices.length}`;
      break;
    }
    passage = playthrough.choose(pick - 1);
    show(passage);
  }

  const error = passage.error;
  if (error) {
    process.stderr.write(
      forTerminal(`${args.file}: runtime error: ${error.message}${error.where ? ` (at ${error.where})` : ''}`) + '\n',
    );
  }
  if (walkError) process.stderr.write(`${forTerminal(`${args.file}: error: ${walkError}`)}\n`);
  if (args.json) {
    const result = playReport({
      story: story.id,
      title: playthrough.header.title,
      ended: passage.ended,
      error: error ? error.message : walkError,
      lines: shown,
      log: playthrough.log,
      header: playthrough.header,
      library: parsePromptLibrary(promptsData),
    });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  }
  if (usageError) {
    process.stderr.write(`${usageError}\n`);
    return 3;
  }
  return error || walkError ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`play: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
