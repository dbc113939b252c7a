// `npm run check [FILES…] [--json] [--paths N] [--walks N] [--cold-read DIR [--seed N]]`: check stories before
// they ship. Prints `FILE:LINE: error|warning: message`, then one summary line per story; exit 0 when there are no
// errors (warnings allowed), 1 when any story has an error, 2 for bad usage (or a --cold-read folder that cannot
// be written). With no FILES, checks every story in stories/. `--cold-read DIR` also writes an options-only
// reading pack and its key (coldRead.ts); `--cold-read DIR --score ANSWERS…` scores readers' answers against it.
import fs from 'node:fs';
import path from 'node:path';
import { checkStory, type CheckOptions, type StoryCheck } from '../ink/checkStory';
import { formatSummary } from '../ink/checkSummary';
import { plainFix } from '../ink/plainFixes';
import { checkContentFolder } from '../ink/contentChecks';
import { diagnosticForTerminal, forTerminal } from './terminalText';
import { readIncludedFiles, readStoryFiles, storyIds } from '../ink/storyFiles';
import { processIo, readArgs, runWhenScript, UsageError, wholeNumber, type CommandIo } from './commandLine';
import {
  buildAnswerKey,
  cannotWrite,
  COLD_READ_SEED,
  PACK_FILES,
  packWritten,
  readKey,
  scoreReaders,
  scoreText,
  writePack,
  type StorySource,
} from './coldRead';

const USAGE =
  'usage: npm run check -- [FILE.ink …] [--json] [--paths N] [--walks N] [--cold-read DIR [--seed N]]\n' +
  '       npm run check -- --cold-read DIR --score ANSWERS [--score ANSWERS …]';

interface Args {
  files: string[];
  json: boolean;
  options: CheckOptions;
  /** The folder for the cold-read pack, or null. */
  coldRead: string | null;
  seed: number;
  /** Readers' answer files to score against the pack in `coldRead` (nothing is played then). */
  score: string[];
}

function readCheckArgs(argv: readonly string[]): Args {
  const { values, positionals } = readArgs(
    argv,
    {
      json: { type: 'boolean' },
      paths: { type: 'string' },
      walks: { type: 'string' },
      'cold-read': { type: 'string' },
      seed: { type: 'string' },
      score: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (values.help) throw new UsageError(USAGE);
  const options: CheckOptions = {};
  if (values.paths !== undefined) options.maxPaths = wholeNumber('--paths', values.paths);
  if (values.walks !== undefined) options.maxWalks = wholeNumber('--walks', values.walks);
  const coldRead = values['cold-read'] ?? null;
  const score = values.score ?? [];
  if (coldRead === null && values.seed !== undefined)
    throw new UsageError(`--seed shuffles the --cold-read pack\n${USAGE}`);
  if (coldRead === null && score.length)
    throw new UsageError(`--score needs --cold-read DIR (the pack it scores)\n${USAGE}`);
  if (score.length && positionals.length) {
    // The likeliest slip is two readers after one --score (`--score a.md b.md`): the second reads as a story.
    const answerFiles = positionals.filter((file) => !file.endsWith('.ink'));
    throw new UsageError(
      answerFiles.length === positionals.length
        ? `${answerFiles.join(', ')}: put --score before each reader's answers (--score ${[...score, ...answerFiles].join(' --score ')})`
        : '--score reads the pack already in the --cold-read folder and plays nothing: give no story files',
    );
  }
  for (const file of score) if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file`);
  for (const file of positionals) {
    if (!file.endsWith('.ink')) throw new UsageError(`${file}: check reads .ink files`);
    if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file`);
  }
  const seed = values.seed === undefined ? COLD_READ_SEED : wholeNumber('--seed', values.seed);
  return { files: positionals, json: values.json ?? false, options, coldRead, seed, score };
}

/** Each file with the files its INCLUDEs name (never the whole folder beneath it). */
function sourcesOf(files: string[]): StorySource[] {
  return files.map((file) => {
    const dir = path.dirname(file);
    const main = path.basename(file);
    // Name files as the person typed them, so a path in a message can be pasted straight back.
    return { files: readIncludedFiles(dir, main), main, displayPrefix: dir === '.' ? '' : `${dir}/` };
  });
}

/** `--cold-read DIR --score ANSWERS…`: each reader against the pack's key. */
function scoreAnswers(dir: string, answerFiles: string[], json: boolean, io: CommandIo): number {
  const key = readKey(dir);
  if (typeof key === 'string') {
    io.err(`${key}\n`);
    return 2;
  }
  const readers = answerFiles.map((file) => ({ name: file, text: fs.readFileSync(file, 'utf8') }));
  const scored = scoreReaders(key, readers);
  if (json) io.out(`${JSON.stringify({ decisions: key.decisions, chance: key.chance, ...scored }, null, 2)}\n`);
  else io.out(forTerminal(scoreText(key, scored)));
  return 0;
}

export function main(argv: readonly string[], io: CommandIo = processIo): number {
  let args: Args;
  try {
    args = readCheckArgs(argv);
  } catch (e) {
    io.err(`${(e as Error).message}\n`);
    return 2;
  }
  if (args.coldRead !== null && args.score.length) return scoreAnswers(args.coldRead, args.score, args.json, io);
  // Said before anything is played: an author who named a folder they cannot write to hears so at once.
  const unwritable = args.coldRead === null ? null : cannotWrite(args.coldRead);
  if (unwritable) {
    io.err(`${unwritable}\n`);
    return 2;
  }
  const started = performance.now();
  let sources: StorySource[];
  if (args.files.length) sources = sourcesOf(args.files);
  else {
    const files = readStoryFiles('stories');
    sources = storyIds(files).map((id) => ({ files, main: `${id}.ink`, displayPrefix: 'stories/' }));
    if (!sources.length) {
      io.err('no stories found in stories/\n');
      return 2;
    }
  }
  const checks: StoryCheck[] = sources.map((s) =>
    checkStory(s.files, s.main, { ...args.options, displayPrefix: s.displayPrefix }),
  );
  const content = checkContentFolder();
  const errors = checks.reduce((n, c) => n + c.errors, content.length);
  const warnings = checks.reduce((n, c) => n + c.warnings, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  let pack: ReturnType<typeof buildAnswerKey> | null = null;
  let unwritten: string | null = null;
  if (args.coldRead !== null) {
    pack = buildAnswerKey(sources, args.options, args.seed);
    try {
      writePack(args.coldRead, pack.key);
    } catch (e) {
      unwritten = `--cold-read: cannot write the reading pack to ${args.coldRead}: ${(e as Error).message}`;
      pack = null;
    }
  }
  if (args.json) {
    // Each diagnostic with its plain fix, where ink's words are its own ("What to do" in the terminal and page).
    const report = checks.map(({ json: _json, places: _places, ...rest }) => ({
      ...rest,
      diagnostics: rest.diagnostics.map((d) => {
        const fix = plainFix(d.message);
        return fix ? { ...d, fix } : d;
      }),
    }));
    const coldRead = pack && {
      files: PACK_FILES.map((f) => path.join(args.coldRead!, f)),
      decisions: pack.key.decisions,
      withOtherVersions: pack.key.withOtherVersions,
      chance: pack.key.chance,
      leftOut: pack.leftOut,
    };
    io.out(
      `${JSON.stringify({ stories: report, ...(content.length ? { content } : {}), errors, warnings, seconds: Number(seconds), ...(coldRead ? { coldRead } : {}) }, null, 2)}\n`,
    );
  } else {
    for (const d of content) io.out(diagnosticForTerminal(d));
    for (const check of checks) {
      for (const d of check.diagnostics) io.out(diagnosticForTerminal(d));
      io.out(`${formatSummary(check)}\n`);
    }
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    io.out(
      `${plural(checks.length, 'story')} checked in ${seconds} s: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`.replace(
        'storys',
        'stories',
      ),
    );
    if (pack) io.out(forTerminal(packWritten(args.coldRead!, pack.key, pack.leftOut)));
  }
  if (unwritten) {
    io.err(`${unwritten}\n`);
    return 2;
  }
  return errors > 0 ? 1 : 0;
}

runWhenScript(import.meta.url, 'check', main);
