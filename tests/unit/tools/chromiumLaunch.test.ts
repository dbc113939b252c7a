// Chromium keeps only the last `--disable-features` it is given, so the one in scripts/chromiumLaunch.ts replaces
// playwright-core's own list: it must still hold every feature the installed playwright-core turns off.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test } from 'vitest';
import { CHROMIUM_FLAGS, PLAYWRIGHT_DISABLED_FEATURES } from '../../../scripts/chromiumLaunch';

test('our --disable-features keeps every feature playwright-core turns off, and is the only one we pass', () => {
  const require = createRequire(import.meta.url);
  const bundle = readFileSync(path.join(path.dirname(require.resolve('playwright-core')), 'lib/coreBundle.js'), 'utf8');
  const list = /disabledFeatures = \[([\s\S]*?)\]\.filter/.exec(bundle)?.[1];
  expect(
    list,
    "playwright-core's disabledFeatures list was not found: read chromiumSwitches in its bundle",
  ).toBeTruthy();
  const theirs = [...list!.matchAll(/^\s*"([^"]+)"/gm)].map((m) => m[1]);
  expect(theirs.length).toBeGreaterThan(5);
  expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(theirs);

  const ours = CHROMIUM_FLAGS.filter((f) => f.startsWith('--disable-features='));
  expect(ours).toHaveLength(1);
  expect(ours[0].slice('--disable-features='.length).split(',')).toEqual(expect.arrayContaining(theirs));
});
