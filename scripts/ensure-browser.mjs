#!/usr/bin/env node
// `pretest`: the e2e tests need Debian's chromium (Playwright's own browser download is not available
// on the build machines) and pdftotext (poppler-utils) for the PDF checks. A no-op when both are there.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

// Same choice as tests/e2e/support/browser.ts: CHROMIUM_PATH when set, else Debian's binary or wrapper.
const chromiumCandidates = process.env.CHROMIUM_PATH
  ? [process.env.CHROMIUM_PATH]
  : ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

function onPath(cmd) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir, cmd), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function missingPackages() {
  const missing = [];
  if (!chromiumCandidates.some((p) => existsSync(p))) missing.push('chromium');
  if (!onPath('pdftotext')) missing.push('poppler-utils');
  return missing;
}

const missing = missingPackages();
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;

if (!isRoot) {
  console.error(
    [
      `ensure-browser: the browser tests need ${missing.join(' and ')}, which ${missing.length > 1 ? 'are' : 'is'} not installed.`,
      `Install it as root (Debian/Ubuntu), then run the tests again:`,
      ``,
      `  sudo sh -c '${command}'`,
      ``,
      `(CHROMIUM_PATH, if set, must name an existing chromium binary.) Unit tests alone: npm run test:unit`,
    ].join('\n'),
  );
  process.exit(1);
}

console.log(`ensure-browser: installing ${missing.join(' ')} (running: ${command})`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...missing]]) {
  const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (run.status !== 0) {
    console.error(`ensure-browser: 'apt-get ${args.join(' ')}' failed (exit ${run.status ?? run.signal}).`);
    process.exit(1);
  }
}

const still = missingPackages();
if (still.length > 0) {
  console.error(`ensure-browser: still missing after install: ${still.join(' ')}`);
  process.exit(1);
}
const version = execFileSync(
  chromiumCandidates.find((p) => existsSync(p)),
  ['--version'],
  { encoding: 'utf8' },
).trim();
console.log(`ensure-browser: ready (${version})`);
