// `npm run check | head` (and play's): a reader that stops early closes the pipe; the command must end quietly with
// its own exit code, not print Node's stack trace for a write to a closed pipe (EPIPE), which reads as a crash.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const tsx = 'node_modules/.bin/tsx';

/**
 * Runs the command into a reader that has already gone (`true` reads nothing: the race `head` leaves, made certain),
 * and gives its exit code (pipefail) and what it wrote to standard error.
 */
function intoClosedPipe(command: string): { status: number | null; stderr: string } {
  const r = spawnSync(
    'bash',
    [
      '-c',
      `set -o pipefail; ${tsx} ${command} 2>/tmp/closedPipe.$$ | true; s=$?; cat /tmp/closedPipe.$$ >&2; rm -f /tmp/closedPipe.$$; exit $s`,
    ],
    {
      encoding: 'utf8',
    },
  );
  return { status: r.status, stderr: r.stderr };
}

describe('output piped into a reader that stops early', () => {
  it('check on every story ends quietly with its own exit code', { timeout: 120_000 }, () => {
    const r = intoClosedPipe('src/cli/check.ts');
    expect(r.stderr).not.toMatch(/EPIPE|node:events|Unhandled/);
    expect(r.status).toBe(0);
  });

  it('play --json ends quietly too', { timeout: 60_000 }, () => {
    const r = intoClosedPipe('src/cli/play.ts stories/sitting-in-reception.ink --walk 1 --json');
    expect(r.stderr).not.toMatch(/EPIPE|node:events|Unhandled/);
    expect(r.status).toBe(0);
  });
});
