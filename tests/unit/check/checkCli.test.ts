// The command itself, run as an author runs it: compiler-style lines, a summary per story, and the exit code.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => {
  const result = spawnSync('npx', ['tsx', 'src/cli/check.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

describe('npm run check', () => {
  it('exits 1 on any error, printing FILE:LINE: error: … and a summary line for each story', () => {
    const { code, out } = run('tests/fixtures/check/good.ink', 'tests/fixtures/check/compile-error.ink');
    expect(code).toBe(1);
    const lines = out.trim().split('\n');
    expect(lines).toContain(
      "tests/fixtures/check/compile-error.ink:4: error: Divert target not found: '-> nowhere_at_all'",
    );
    expect(
      lines.some((l) =>
        /^tests\/fixtures\/check\/good\.ink: 2 decisions .* 4 paths \(every path played\), 2 of 2 endings reached, largest save \d+ of 4,096 characters; 0 errors, 0 warnings$/.test(
          l,
        ),
      ),
    ).toBe(true);
    expect(lines.at(-1)).toMatch(/^2 stories checked in [\d.]+ s: 1 error, 0 warnings$/);
  });

  it('exits 0 when there are warnings but no errors, and 2 for bad usage', () => {
    expect(run('tests/fixtures/check/coverage.ink').code).toBe(0);
    const bad = run('--frobnicate');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown flag --frobnicate');
  });
});
