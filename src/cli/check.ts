// `npm run check [FILES…] [--json] [--paths N] [--walks N]`: check stories before they ship.
// Prints `FILE:LINE: error|warning: message`, then one summary line per story; exit 0 when there are no errors
// (warnings allowed), 1 when any story has an error, 2 for bad usage. With no FILES, checks every story in stories/.
import fs from 'node:fs';
import path from 'node:path';
import { checkStory, formatSummary, type CheckOptions, type StoryCheck } from '../ink/checkStory';
import { formatDiagnostic } from '../ink/compileInk';
import { forTerminal } from './terminalText';
import { readIncludedFiles, readStoryFiles, storyIds } from '../ink/storyFiles';
import { isRunAsScript, processIo, readArgs, UsageError, wholeNumber, type CommandIo } from './commandLine';

const USAGE = 'usage: npm run check -- [FILE.ink …] [--json] [--paths N] [--walks N]';

interface Args {
  files: string[];
  json: boolean;
  options: CheckOptions;
}

function readCheckArgs(argv: readonly string[]): Args {
  const { values, positionals } = readArgs(
    argv,
    {
      json: { type: 'boolean' },
      paths: { type: 'string' },
      walks: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (values.help) throw new UsageError(USAGE);
  const options: CheckOptions = {};
  if (values.paths !== undefined) options.maxPaths = wholeNumber('--paths', values.paths);
  if (values.walks !== undefined) options.maxWalks = wholeNumber('--walks', values.walks);
  for (const file of positionals) {
    if (!file.endsWith('.ink')) throw new UsageError(`${file}: check reads .ink files`);
    if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file`);
  }
  return { files: positionals, json: values.json ?? false, options };
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

export function main(argv: readonly string[], io: CommandIo = processIo): number {
  let args: Args;
  try {
    args = readCheckArgs(argv);
  } catch (e) {
    io.err(`${(e as Error).message}\n`);
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
      io.err('no stories found in stories/\n');
      return 2;
    }
  }
  const errors = checks.reduce((n, c) => n + c.errors, 0);
  const warnings = checks.reduce((n, c) => n + c.warnings, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (args.json) {
    const report = checks.map(({ json: _json, knots: _knots, ...rest }) => rest);
    io.out(`${JSON.stringify({ stories: report, errors, warnings, seconds: Number(seconds) }, null, 2)}\n`);
  } else {
    for (const check of checks) {
      for (const d of check.diagnostics) io.out(`${forTerminal(formatDiagnostic(d))}\n`);
      io.out(`${formatSummary(check)}\n`);
    }
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    io.out(
      `${plural(checks.length, 'story')} checked in ${seconds} s: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`.replace(
        'storys',
        'stories',
      ),
    );
  }
  return errors > 0 ? 1 : 0;
}

if (isRunAsScript(import.meta.url)) process.exitCode = main(process.argv.slice(2));
