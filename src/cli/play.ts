// Headless play: `npm run play -- FILE [--choices 2,1,3] [--walk SEED] [--json] [--seed N]`.
// The contract the tests and CI use (authoring-contract.md "Headless play"): exit 0 played, 1 runtime error,
// 2 compile or tag error, 3 bad usage.
import fs from 'node:fs';
import path from 'node:path';
import { Playthrough } from '../engine/playthrough';
import { followPassage } from '../engine/heardPassage';
import { seededRandom } from '../engine/seededRandom';
import { EXPLORE_DEFAULTS } from '../ink/exploreStory';
import { loadStory } from './loadStory';
import { diagnosticForTerminal, forTerminal } from './terminalText';
import { playReport } from '../engine/playReport';
import { speakerLabel } from '../engine/speakerLabel';
import { displayName } from '../engine/debrief/debriefSources';
import { parsePromptLibrary, type PromptLibrary } from '../engine/debrief/promptLibrary';
import { checkContentFolder, CONTENT_DIR } from '../ink/contentChecks';
import type { Diagnostic, StoryLine } from '../engine/types';
import { runtimeError, runtimeWarning } from '../ink/runtimeMessages';
import { plainFix } from '../ink/plainFixes';
import { processIo, readArgs, runWhenScript, UsageError, wholeNumber, type CommandIo } from './commandLine';

interface Args {
  file: string;
  choices: number[] | null;
  walk: number | null;
  json: boolean;
  seed: number;
}

/** What play cannot show, and check does: it plays every path (authoring-contract.md, "Option craft"). */
const ONE_PATH =
  'That was one path. To see what only every path shows (option craft, endings no path reaches, whether the story fills 10 to 15 minutes):';

const USAGE = 'usage: npm run play -- FILE [--choices 2,1,3] [--walk SEED] [--json] [--seed N]';

function readPlayArgs(argv: readonly string[]): Args {
  const { values, positionals } = readArgs(
    argv,
    {
      choices: { type: 'string' },
      walk: { type: 'string' },
      json: { type: 'boolean' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (values.help) throw new UsageError(USAGE);
  let choices: number[] | null = null;
  if (values.choices !== undefined) {
    if (!/^\d+(,\d+)*$/.test(values.choices))
      throw new UsageError(`--choices needs numbers separated by commas, e.g. 2,1,3 (got ${values.choices})`);
    choices = values.choices.split(',').map(Number);
  }
  const [file, extra] = positionals;
  if (file === undefined) throw new UsageError(USAGE);
  if (extra !== undefined) throw new UsageError(`one story file at a time (got ${file} and ${extra})`);
  if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file`);
  return {
    file,
    choices,
    walk: values.walk === undefined ? null : wholeNumber('--walk', values.walk, { negative: true }),
    json: values.json ?? false,
    seed: values.seed === undefined ? 0 : wholeNumber('--seed', values.seed, { negative: true }),
  };
}

/** Numbers given on standard input, one per line (read all at once: the input is a pipe or a file). */
function inputChoices(text: string | null): number[] {
  const out: number[] = [];
  for (const line of (text ?? '').split(/\r?\n/)) {
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

export async function main(argv: readonly string[], io: CommandIo = processIo): Promise<number> {
  let args: Args;
  try {
    args = readPlayArgs(argv);
  } catch (e) {
    io.err(`${(e as Error).message}\n`);
    return 3;
  }
  const story = loadStory(args.file);
  const errors = story.diagnostics.filter((d) => d.severity === 'error');
  const report = (d: Diagnostic) => io.err(diagnosticForTerminal(d));
  story.diagnostics.filter((d) => d.severity === 'warning').forEach(report);
  if (errors.length || !story.json) {
    errors.forEach(report);
    return 2;
  }

  const playthrough = new Playthrough(story.json, { storyId: story.id, seed: args.seed });

  let queued: number[];
  try {
    queued = args.choices ?? (args.walk === null ? inputChoices(io.input()) : []);
  } catch (e) {
    io.err(`${(e as Error).message}\n`);
    return 3;
  }
  const interactive = args.choices === null && args.walk === null && io.interactive && !args.json;
  const random = args.walk === null ? null : seededRandom(args.walk);
  const shown: StoryLine[] = [];
  const out = (s: string) => {
    if (!args.json) io.out(`${forTerminal(s)}\n`);
  };

  // The story is heard on the performance's stream, like every other listener: each line as it is told, and the
  // passage now on offer (engine/heardPassage.ts) for the options and the end.
  // Each runtime warning once, as `FILE:LINE: warning:` on standard error, as check reports it.
  const warned = new Set<string>();
  playthrough.events.on('warning', (raw) => {
    if (warned.has(raw)) return;
    warned.add(raw);
    report(runtimeWarning(raw, args.file, story.map));
  });
  // Who speaks, and to whom, is printed before a spoken line as the game shows it (Dawn: …), so a terminal
  // playthrough reads as the learner's page does; a line that names its own speaker is printed as written.
  const nameOf = (id: string) => displayName(id, playthrough.header.cast);
  playthrough.events.on('line', (line) => {
    if (line.hidden) return;
    shown.push(line);
    const label = speakerLabel(line, nameOf);
    const to = label && line.to ? ` (to ${line.to === 'you' ? 'you' : nameOf(line.to)})` : '';
    out(label ? `${label}${to}: ${line.text}` : line.text);
  });
  const heard = followPassage(playthrough);

  playthrough.start();
  let passage = heard.now();
  let usageError: string | null = null;
  let walkError: string | null = null;
  let taken = 0;
  const picked: number[] = [];
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
    picked.push(pick);
    playthrough.choose(pick - 1);
    passage = heard.now();
  }

  const error = passage.error;
  if (error) {
    // At the line that caused it, as check names it (runtimeMessages.ts), without ink's own "RUNTIME ERROR:"
    // prefix, so the line says "runtime error" once; the fix in plain words under it.
    // The contract's form (authoring-contract.md, "Headless play"): FILE:LINE: runtime error: …, no "error:" before it.
    const d = runtimeError(error, args.file, story.map);
    const fix = plainFix(d.message);
    io.err(
      forTerminal(
        `${d.file}${d.line !== null ? `:${d.line}` : ''}: ${d.message}\n${fix ? `  What to do: ${fix}\n` : ''}`,
      ),
    );
  }
  if (walkError) io.err(`${forTerminal(`${args.file}: error: ${walkError}`)}\n`);
  // The end, said on standard error (standard output is the story's own text): how to replay the path, and how to
  // see what each choice came to and the curtain call's questions for it.
  if (passage.ended && !args.json) {
    const replay = `npm run play -- ${args.file}${picked.length ? ` --choices ${picked.join(',')}` : ''}`;
    io.err(
      forTerminal(
        `The end. To see what each choice came to and the curtain call's questions for this path: ${replay} --json\n`,
      ),
    );
  }
  // What one path cannot show, said after every run of an .ink story that played (text and --json; on standard
  // error, so the story's text and the JSON stay as they are). Always, rather than only "when the story has not been
  // checked since it changed": play would need a record kept between runs for that (check writing a file into the
  // project on every run, CI's included), and a record goes stale in ways a line on the screen cannot explain. The
  // sentence is true whether or not check has been run, and costs one line.
  if (!usageError && args.file.endsWith('.ink')) io.err(forTerminal(`${ONE_PATH} npm run check -- ${args.file}\n`));
  // The curtain call's questions, read when asked for: a slip in prompts.json is named at its line, not thrown.
  let library: PromptLibrary | null = null;
  if (args.json) {
    const problems = checkContentFolder().filter((d) => d.file.endsWith('prompts.json'));
    for (const d of problems) io.err(diagnosticForTerminal(d));
    if (problems.length === 0)
      library = parsePromptLibrary(JSON.parse(fs.readFileSync(path.join(CONTENT_DIR, 'prompts.json'), 'utf8')));
  }
  if (args.json && library) {
    const result = playReport({
      story: story.id,
      title: playthrough.header.title,
      ended: passage.ended,
      error: error ? error.message : walkError,
      lines: shown,
      log: playthrough.log,
      header: playthrough.header,
      library,
    });
    io.out(`${JSON.stringify(result, null, 2)}\n`);
  }
  if (usageError) {
    io.err(`${usageError}\n`);
    return 3;
  }
  return error || walkError || (args.json && !library) ? 1 : 0;
}

runWhenScript(import.meta.url, 'play', main);
