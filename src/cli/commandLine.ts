// What `play` and `check` share as commands: their arguments read with node:util's parseArgs (errors worded for
// an author, with the usage line), where their output goes (the process, or a test that calls `main` in-process
// and reads what was written), and running `main` only when the file is run as a script, never on import.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Bad usage: the message is shown as it is, and the command exits with its usage code. */
export class UsageError extends Error {}

/** Where a command writes and what it reads; a test passes its own to run a command in-process. */
export interface CommandIo {
  /** Standard output (whole lines, each with its newline). */
  out(text: string): void;
  /** Standard error. */
  err(text: string): void;
  /** Standard input, read whole, or null when it is a terminal (nothing piped in). */
  input(): string | null;
  /** A person is typing at a terminal (so a command may ask as it goes). */
  interactive: boolean;
}

export const processIo: CommandIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  input: () => {
    if (process.stdin.isTTY) return null;
    try {
      return fs.readFileSync(0, 'utf8');
    } catch {
      return null;
    }
  },
  interactive: Boolean(process.stdin.isTTY),
};

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The arguments, read strictly: an unknown flag or a flag with no value is a UsageError naming it. A negative
 * number after a flag that takes a value (`--walk -5`) is that flag's value, as people expect.
 */
export function readArgs<const O extends Options>(argv: readonly string[], options: O, usage: string) {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : null;
    if (name !== null && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      args.push(`${arg}=${next}`);
      i++;
    } else args.push(arg);
  }
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const flag = /'(-[^' ]+)/.exec((e as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown flag ${flag}\n${usage}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`${flag} needs a value\n${usage}`);
    throw new UsageError(`${(e as Error).message}\n${usage}`);
  }
}

/** A whole number given to `flag` (`--walks 5`), or a UsageError saying what was given. */
export function wholeNumber(flag: string, value: string, opts: { negative?: boolean } = {}): number {
  if (!(opts.negative ? /^-?\d+$/ : /^\d+$/).test(value)) {
    throw new UsageError(`${flag} needs a whole number (got ${value})`);
  }
  return Number(value);
}

/**
 * Output piped into something that stops reading early (`npm run check | head`): end quietly with the command's own
 * exit code, as other commands do, instead of Node's stack trace for a write to a closed pipe (EPIPE).
 */
function endQuietlyWhenOutputCloses(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}

/** True when the module at `moduleUrl` is the script node (or tsx) was asked to run, not an import. */
function isRunAsScript(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  const self = fileURLToPath(moduleUrl);
  const given = path.resolve(script);
  return given === self || given === self.replace(/\.ts$/, '') || `${given}.ts` === self;
}

/**
 * Runs a command's `main` with the process's arguments when its module is the script being run (never on import, so
 * tests call `main` in-process), and exits with its code. A failure nobody caught is one line naming the command,
 * not a stack trace.
 */
export function runWhenScript(
  moduleUrl: string,
  command: string,
  main: (argv: string[]) => number | Promise<number>,
): void {
  if (!isRunAsScript(moduleUrl)) return;
  endQuietlyWhenOutputCloses();
  Promise.resolve()
    .then(() => main(process.argv.slice(2)))
    .then(
      (code) => process.exit(code),
      (e) => {
        process.stderr.write(`${command}: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exit(1);
      },
    );
}
