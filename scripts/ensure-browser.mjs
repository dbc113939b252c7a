#!/usr/bin/env node
// `pretest`: the e2e tests need Debian's chromium and firefox-esr (neither Playwright's nor Puppeteer's own browser
// downloads are available on the build machines), WebKitGTK's WebKitWebDriver (webkit2gtk-driver) with a virtual
// display for it (xvfb: WebKitGTK 2.50 has no headless mode), and pdftotext (poppler-utils) for the PDF checks. A
// no-op when all are there.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

// Same choice as tests/e2e/support/browser.ts: CHROMIUM_PATH when set, else Debian's binary or wrapper.
const chromiumCandidates = process.env.CHROMIUM_PATH
  ? [process.env.CHROMIUM_PATH]
  : ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];
// Same choice as scripts/firefoxLaunch.ts: FIREFOX_PATH when set, else Debian's binary or its link.
const firefoxCandidates = process.env.FIREFOX_PATH
  ? [process.env.FIREFOX_PATH]
  : ['/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr'];
// Same choice as scripts/webkitLaunch.ts: WEBKIT_DRIVER_PATH when set, else the driver on the PATH.
const webkitDriverFound = () =>
  process.env.WEBKIT_DRIVER_PATH ? existsSync(process.env.WEBKIT_DRIVER_PATH) : onPath('WebKitWebDriver');

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
  if (!firefoxCandidates.some((p) => existsSync(p))) missing.push('firefox-esr');
  if (!webkitDriverFound()) missing.push('webkit2gtk-driver');
  if (!onPath('Xvfb')) missing.push('xvfb');
  if (!onPath('pdftotext')) missing.push('poppler-utils');
  return missing;
}

/** "a", "a and b", "a, b and c". */
function listed(names) {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
}

const missing = missingPackages();
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;

if (!isRoot) {
  console.error(
    [
      `ensure-browser: the browser tests need ${listed(missing)}, which ${missing.length > 1 ? 'are' : 'is'} not installed.`,
      `Install ${missing.length > 1 ? 'them' : 'it'} as root (Debian), then run the tests again:`,
      ``,
      `  sudo sh -c '${command}'`,
      ``,
      `(CHROMIUM_PATH, FIREFOX_PATH and WEBKIT_DRIVER_PATH, if set, must name existing binaries.) Unit tests alone: npm run test:unit`,
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
const versions = [chromiumCandidates, firefoxCandidates].map((candidates) =>
  execFileSync(
    candidates.find((p) => existsSync(p)),
    ['--version'],
    { encoding: 'utf8' },
  ).trim(),
);
console.log(`ensure-browser: ready (${versions.join(', ')})`);
