// Untrusted ink runs in a worker the page stops (issue 17): a crafted story that would hold the main thread for
// minutes leaves the tab usable, and ends in a message naming the file, in the author preview and in the foyer.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { storyFileText } from '../../src/engine/storyFile';
import { storyHash } from '../../src/ink/storyHash';
import { compileInk } from '../../src/ink/compileInk';
import { launchBrowser, newPage } from './support/browser';

const LOOP = 'tests/fixtures/untrusted/output-loop.ink';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The page answers while the story is being worked on: its main thread is free (a limit that catches a freeze). */
async function staysResponsive(page: Page): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const answered = await Promise.race([
      page.evaluate(() => document.title).then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000)),
    ]);
    expect(answered).toBe(true);
    await page.waitForTimeout(500);
  }
}

test('the author preview checks a runaway story in a worker: the page stays usable, and Stop stops it', async () => {
  const { page, errors } = await newPage(browser, '/author.html');
  await page.setInputFiles('#ink-files', [
    { name: 'output-loop.ink', mimeType: 'text/plain', buffer: readFileSync(LOOP) },
  ]);
  await page.locator('#stop-check').waitFor();
  await staysResponsive(page);
  await page.locator('#stop-check').click();
  const alert = page.locator('.check-errors h3');
  await alert.waitFor();
  expect(await alert.textContent()).toBe('“output-loop.ink” was stopped before it finished.');
  expect(await page.locator('.author-layout').isHidden()).toBe(true);
  expect(errors).toEqual([]);
});

test('left alone, the check is stopped at its time limit with a message naming the file', async () => {
  const { page, errors } = await newPage(browser, '/author.html');
  await page.setInputFiles('#ink-files', [
    { name: 'output-loop.ink', mimeType: 'text/plain', buffer: readFileSync(LOOP) },
  ]);
  const alert = page.locator('.check-errors h3');
  await alert.waitFor({ timeout: 60_000 });
  expect(await alert.textContent()).toMatch(/^“output-loop\.ink” took longer than 20 seconds, so it was stopped/);
  expect(errors).toEqual([]);
});

test('an opened story file that runs away is stopped in its worker, and the foyer names the file', async () => {
  const { json } = compileInk({ 'loop.ink': readFileSync(LOOP, 'utf8') }, 'loop.ink');
  const text = storyFileText({ id: 'loop', title: 'Loop', json: json!, hash: await storyHash(json!) });
  const { page, errors } = await newPage(browser, '/');
  await page.locator('#story-file-input').waitFor({ state: 'attached' });
  await page
    .locator('#story-file-input')
    .setInputFiles({ name: 'loop.story.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await staysResponsive(page);
  const problem = page.locator('.open-story-file .save-problem');
  await problem.filter({ hasText: 'loop.story.json' }).waitFor({ timeout: 60_000 });
  expect(await problem.textContent()).toMatch(/“loop\.story\.json” took longer than 20 seconds/);
  // Still the foyer, still working.
  expect(await page.locator('button[data-story]').count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
