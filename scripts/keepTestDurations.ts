// `npm run test:durations`: keeps each test file's duration from the last `.ci/run` (its JSON report,
// test-results/results.json) in tests/support/fileDurations.json, which the suite's start order reads where Vitest
// has no durations of its own, as on the fresh clone CI runs on. Without them every file counts the same there, and
// the longest file (the every-path walk) can start last and hold the whole run up.
import fs from 'node:fs';
import path from 'node:path';

const report = process.argv[2] ?? 'test-results/results.json';
const out = 'tests/support/fileDurations.json';

interface FileResult {
  name: string;
  startTime: number;
  endTime: number;
}

if (!fs.existsSync(report)) {
  console.error(`${report} not found: run .ci/run first (it writes the JSON report), or name the report to read.`);
  process.exit(1);
}
const results = (JSON.parse(fs.readFileSync(report, 'utf8')) as { testResults: FileResult[] }).testResults;
const kept: Record<string, number> = {};
for (const r of results) {
  const file = path.relative(process.cwd(), r.name).split(path.sep).join('/');
  const project = /^tests\/(unit|stories|e2e)\//.exec(file)?.[1];
  if (project) kept[`${project}:${file}`] = Math.round(r.endTime - r.startTime);
}
const sorted = Object.fromEntries(Object.entries(kept).sort(([a], [b]) => a.localeCompare(b)));
fs.writeFileSync(out, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`${out}: ${Object.keys(sorted).length} files`);
