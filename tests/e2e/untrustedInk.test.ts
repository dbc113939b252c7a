// Untrusted ink runs in a worker the page stops (issue 17): a crafted story that would hold the main thread for
// minutes leaves the tab usable, and ends in a message naming the file, in the author preview and in the foyer.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { storyFileText } from '../../src/engine/storyFile';
import { storyHash } from '../../src/ink/storyHash';
import { compileInk } from '../../src/ink/compileInk';
import { cleanPage, launchBrowser } from './support/browser';
import { watchFrames } from './support/watchFrames';

const LOOP = 'tests/fixtures/untrusted/output-loop.ink';
// Each passage is inside the runner's limits, but walking it to its (missing) endings takes about a minute.
const ENDLESS = 'tests/fixtures/untrusted/endless-rota.ink';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A limit that catches a freeze (a story on the page's own thread holds it for many seconds), not a speed goal. */
const FREEZE_MS = 5_000;

test('the author preview checks a runaway story off the page: it stays usable, and the error names the file', async () => {
  const { page, errors } = await cleanPage(browser, '/author.html');
  const longestGap = await watchFrames(page);
  await page.setInputFiles('#ink-files', [
    { name: 'output-loop.ink', mimeType: 'text/plain', buffer: readFileSync(LOOP) },
  ]);
  const list = page.locator('.check-errors');
  await list.waitFor({ timeout: 60_000 });
  expect(await list.textContent()).toContain('output-loop.ink');
  expect(await longestGap()).toBeLessThan(FREEZE_MS);
  expect(errors).toEqual([]);
});

test('a story that never lets its worker finish is stopped at the time limit; the page answers clicks meanwhile', async () => {
  // The limit is UNTRUSTED_TIME_LIMIT_MS (20 s); the author page's address may only shorten it, so the test does.
  const limitMs = 3_000;
  const { page, errors } = await cleanPage(browser, `/author.html?time-limit-ms=${limitMs}`);
  const workers: { closed: boolean }[] = [];
  page.on('worker', (worker) => {
    const seen = { closed: false };
    workers.push(seen);
    worker.on('close', () => (seen.closed = true));
  });
  // Whether the check was still running when the Settings button answered a click.
  await page.evaluate(() => {
    document.querySelector('#settings-button')!.addEventListener('click', () => {
      (window as unknown as { clickedWhileChecking: boolean }).clickedWhileChecking =
        document.querySelector<HTMLElement>('.checking')?.hidden === false;
    });
  });
  const started = Date.now();
  await page.setInputFiles('#ink-files', [
    { name: 'endless-rota.ink', mimeType: 'text/plain', buffer: readFileSync(ENDLESS) },
  ]);
  await page.locator('.checking').waitFor();
  await page.locator('#settings-button').click();
  await page.locator('dialog[open]').waitFor();
  expect(await page.evaluate(() => (window as unknown as { clickedWhileChecking: boolean }).clickedWhileChecking)).toBe(
    true,
  );
  await page.keyboard.press('Escape');

  const message = page.locator('.check-errors h3');
  await message.waitFor({ timeout: 30_000 });
  const elapsed = Date.now() - started;
  expect(await message.textContent()).toBe(
    '“endless-rota.ink” took longer than 3 seconds, so it was stopped. The usual cause is a loop with no way out: one that never reaches a choice or an END, or choices that always lead back round. Give it a way to an END, then open the file again.',
  );
  // Stopped by the limit (the story itself would run for about a minute), and the worker is gone.
  expect(elapsed).toBeGreaterThanOrEqual(limitMs);
  expect(elapsed).toBeLessThan(15_000);
  await expect.poll(() => workers.length > 0 && workers.every((w) => w.closed), { timeout: 10_000 }).toBe(true);
  expect(page.workers()).toEqual([]);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('endless-rota.ink');
  expect(errors).toEqual([]);
});

test('Stop checking ends a long check at once (the worker is terminated), with a message naming the file', async () => {
  // A story long enough that compiling it takes seconds: the check is still running when Stop is pressed.
  const long = Array.from({ length: 40_000 }, (_, i) => `Line ${i} of a very long story.`).join('\n') + '\n-> END\n';
  const { page, errors } = await cleanPage(browser, '/author.html');
  const longestGap = await watchFrames(page);
  await page.setInputFiles('#ink-files', [{ name: 'long.ink', mimeType: 'text/plain', buffer: Buffer.from(long) }]);
  await page.locator('#stop-check').click();
  const alert = page.locator('.check-errors h3');
  await alert.waitFor();
  expect(await alert.textContent()).toBe('“long.ink” was stopped before it finished.');
  expect(await longestGap()).toBeLessThan(FREEZE_MS);
  expect(errors).toEqual([]);
});

test('an opened story file that runs away is walked in its worker first, and ends in an error naming it', async () => {
  const { json } = compileInk({ 'loop.ink': readFileSync(LOOP, 'utf8') }, 'loop.ink');
  const text = storyFileText({ id: 'loop', title: 'Loop', json: json!, hash: await storyHash(json!) });
  const { page, errors } = await cleanPage(browser, '/');
  await page.locator('#story-file-input').waitFor({ state: 'attached' });
  const longestGap = await watchFrames(page);
  await page
    .locator('#story-file-input')
    .setInputFiles({ name: 'loop.story.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const panel = page.locator('.transcript .error-panel');
  // Walked in the worker under the runner's limits, then played: the loop is stopped with the error panel, which
  // names the file's own story id.
  await panel.waitFor({ timeout: 60_000 });
  expect(await panel.locator('.error-details').textContent()).toContain('Story: Loop (loop.ink)');
  expect(await longestGap()).toBeLessThan(FREEZE_MS);
  expect(errors).toEqual([]);
});
