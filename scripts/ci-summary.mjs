#!/usr/bin/env node
// CI's closing line: `N passed, N failed` from vitest's JSON report (vitest's own summary is not in that form).
// Usage: node scripts/ci-summary.mjs <results.json> [vitest exit code] [--typecheck CODE] [--lint CODE]
// Exits non-zero if a test failed, a test file crashed, vitest failed, no test ran at all, a test was skipped or
// left as a todo (a test that can vanish quietly hides what it was written for), or the type check or lint failed.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { typecheck: { type: 'string', default: '0' }, lint: { type: 'string', default: '0' } },
});
const [file = 'test-results/results.json', vitestExit = '0'] = positionals;

let passed = 0;
let failed = 0;
const problems = [];
try {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  // A file that fails to import or whose hooks throw has no failed test of its own: count it, or a
  // broken file would vanish from the closing line.
  for (const suite of report.testResults ?? []) {
    const failedInside = (suite.assertionResults ?? []).some((t) => t.status === 'failed');
    if (suite.status === 'failed' && !failedInside) {
      failed += 1;
      problems.push(`test file failed outside any test: ${suite.name}`);
    }
    for (const t of suite.assertionResults ?? []) {
      if (t.status === 'skipped' || t.status === 'pending' || t.status === 'todo') {
        failed += 1;
        problems.push(`test ${t.status}, so it tested nothing: ${suite.name} > ${t.fullName ?? t.title}`);
      }
    }
  }
  if ((report.numTotalTests ?? 0) === 0) problems.push('no test ran');
} catch (err) {
  problems.push(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
}
if (vitestExit !== '0') problems.push(`vitest exited with ${vitestExit}`);
if (values.typecheck !== '0')
  problems.push(`the type check failed (npm run typecheck exited with ${values.typecheck})`);
if (values.lint !== '0') problems.push(`lint failed (npm run lint exited with ${values.lint})`);

// stdout, like the closing line, so that the closing line is certainly the last one printed.
for (const p of problems) console.log(`ci-summary: ${p}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
