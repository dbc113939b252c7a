// `npm run check [FILES…] [--json] [--paths N] [--walks N]`: check stories before they ship.
// Prints `FILE:LINE: error|warning: message`, then one summary line per story; exit 0 when there are no errors
// (warnings allowed), 1 when any story has an error, 2 for bad usage. With no FILES, checks every story in stories/.
import fs from 'node:fs';
import path from 'node:path';
import { checkStory, formatSummary, type CheckOptions, type StoryCheck } from '../ink/checkStory';
import { formatDiagnostic } from '../ink/compileInk';
import { forTerminal } from './terminalText';
import { readIncludedFiles, readStoryFiles, storyIds } from '../ink/storyFiles';

const USAGE = 'usage: npm run check -- [FILE.ink …] [--json] [--paths N] [--walks N]';

class UsageError extends Error {}

interface Args {
  files: string[];
  json: boolean;
  options: CheckOptions;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], json: false, options: {} };
  const whole = (flag: string, v: string | undefined): number => {
    if (v === undefined || !/^\d+$/.test(v))
      throw new UsageError(`${flag} needs a whole number (got ${v ?? 'nothing'})`);
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--paths') args.options.maxPaths = whole(a, argv[++i]);
    else if (a === '--walks') args.options.maxWalks = whole(a, argv[++i]);
    else if (a === '--help' || a === '-h') throw new UsageError(USAGE);
    else if (a.startsWith('-')) throw new UsageError(`unknown flag ${a}\n${USAGE}`);
    else if (!a.endsWith('.ink')) throw new UsageError(`${a}: check reads .ink files`);
    else if (!fs.existsSync(a)) throw new UsageError(`${a}: no such file`);
    else args.files.push(a);
  }
  return args;
}

/** Each file with the files its INCLUDEs name (never the whole folder beneath it). */
function checkFiles(files: string[], options: CheckOptions): StoryCheck[] {
  return files.map((file) => {
    const dir = path.dirname(file);
    const main = path.basename(file);
    const sources = readIncludedFiles(dir, main);
    // Name files as the person typed them, so a path in a message can be pasted straight back.
    return checkStory(sources, main, { ...options, displayPrefix: dir === '.' ? '' : `${dir}/` });
  });
}

export function main(argv: string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  const started = performance.now();
  let checks: StoryCheck[];
  if (args.files.length) checks = checkFiles(args.files, args.options);
  else {
    const sources = readStoryFiles('stories');
    checks = storyIds(sources).map((id) =>
      checkStory(sources, `${id}.ink`, { ...args.options, displayPrefix: 'stories/' }),
    );
    if (!checks.length) {
      process.stderr.write('no stories found in stories/\n');
      return 2;
    }
  }
  const errors = checks.reduce((n, c) => n + c.errors, 0);
  const warnings = checks.reduce((n, c) => n + c.warnings, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (args.json) {
    const report = checks.map(({ json: _json, ...rest }) => rest);
    process.stdout.write(
      `${JSON.stringify({ stories: report, errors, warnings, seconds: Number(seconds) }, null, 2)}\n`,
    );
  } else {
    for (const check of checks) {
      for (const d of check.diagnostics) process.stdout.write(`${forTerminal(formatDiagnostic(d))}\n`);
      process.stdout.write(`${formatSummary(check)}\n`);
    }
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    process.stdout.write(
      `${plural(checks.length, 'story')} checked in ${seconds} s: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`.replace(
        'storys',
        'stories',
      ),
    );
  }
  return errors > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
