// The check command as an author meets it: compiler-style lines, a summary per story, and the exit code. It runs
// in-process (its main, with the output captured); one test runs it through tsx, as `npm run check` does.
import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { runCheck as run } from './runCheck';

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

  it("prints the fix in plain words under ink's own message, as the author page shows it, and in --json", () => {
    const { out } = run('tests/fixtures/check/compile-error.ink');
    expect(out).toContain(
      "tests/fixtures/check/compile-error.ink:4: error: Divert target not found: '-> nowhere_at_all'\n  What to do: Nothing in the story is called “nowhere_at_all”",
    );
    const report = JSON.parse(run('tests/fixtures/check/compile-error.ink', '--json').out);
    expect(report.stories[0].diagnostics[0].fix).toContain('Nothing in the story is called “nowhere_at_all”');
  });

  it('exits 0 when there are warnings but no errors, and 2 for bad usage', () => {
    expect(run('tests/fixtures/check/coverage.ink').code).toBe(0);
    const bad = run('--frobnicate');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown flag --frobnicate');
    expect(run('--walks').err).toContain('--walks needs a value');
    expect(run('--paths', 'many').err).toContain('--paths needs a whole number (got many)');
    expect(run('tests/fixtures/play/good.json').err).toContain('check reads .ink files');
    expect(run('tests/fixtures/check/nothing-here.ink').err).toContain('no such file');
  });

  it("reports ink's runtime warnings at the line that reads the variable, with the command that shows them", () => {
    const { code, out } = run('tests/fixtures/check/runtime-warning.ink');
    expect(code).toBe(0);
    // Line 6 reads `seen` (before: line 4, its knot's first line).
    expect(out).toMatch(
      /^tests\/fixtures\/check\/runtime-warning\.ink:6: warning: runtime warning: Variable not found: 'seen'.*\(in hall\); to see it: npm run play -- tests\/fixtures\/check\/runtime-warning\.ink --choices 1$/m,
    );
  });

  it('--json gives the same findings as data', () => {
    const { code, out } = run('tests/fixtures/check/compile-error.ink', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ errors: 1, warnings: 0 });
    expect(report.stories[0].diagnostics[0]).toMatchObject({ code: 'compile', line: 4, severity: 'error' });
  });

  // A generous limit: tsx starting on a busy machine (a hang still fails).
  it(
    'does not run when imported (only when run as a script), and runs as one through tsx',
    { timeout: 60_000 },
    async () => {
      vi.resetModules();
      const written = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      try {
        await import('../../../src/cli/check');
        expect(written).not.toHaveBeenCalled();
      } finally {
        written.mockRestore();
      }
      const r = spawnSync('node_modules/.bin/tsx', ['src/cli/check.ts', 'tests/fixtures/check/compile-error.ink'], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('tests/fixtures/check/compile-error.ink:4: error:');
    },
  );
});
