// A story file opened in the foyer is vetted in a worker, then played on the page's own thread, like a shipped
// story (issue 17; why not in the worker: AUTHORING.md, "Opened story files"). A crafted file that passes the vet
// and runs away later, each way it can, must be stopped by the game's limits within about a second, with the
// error panel naming the file, and the tab must keep answering: never frozen, never crashed.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { storyFileText } from '../../src/engine/storyFile';
import { compileInk } from '../../src/ink/compileInk';
import { storyHash } from '../../src/ink/storyHash';
import { launchBrowser, newPage } from './support/browser';

const FIXTURE = 'tests/fixtures/untrusted/late-handover.ink';
/** "About a second": the game's limit per passage and per task is 1 s; the rest is drawing, on a busy machine. */
const LONGEST_FREEZE_MS = 2_500;

let browser: Browser;
let file: Buffer;
beforeAll(async () => {
  browser = await launchBrowser();
  const { json } = compileInk({ 'late-handover.ink': readFileSync(FIXTURE, 'utf8') }, 'late-handover.ink');
  const text = storyFileText({
    id: 'late-handover',
    title: 'The late handover',
    json: json!,
    hash: await storyHash(json!),
  });
  file = Buffer.from(text);
});
afterAll(async () => {
  await browser?.close();
});

async function openCraftedFile(): Promise<{ page: Page; errors: string[] }> {
  const opened = await newPage(browser, '/');
  await opened.page.locator('#story-file-input').waitFor({ state: 'attached' });
  await opened.page
    .locator('#story-file-input')
    .setInputFiles({ name: 'late-handover.story.json', mimeType: 'application/json', buffer: file });
  // It passed the vet: the story opens and offers its first choice.
  await opened.page.locator('.choice').first().waitFor({ timeout: 30_000 });
  return opened;
}

/** From now on, the longest frame the page's thread was held for (Long Animation Frames: script and drawing). */
async function watchFrames(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { longestFrame: number; watching?: boolean };
    w.longestFrame = 0;
    if (w.watching) return;
    w.watching = true;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longestFrame = Math.max(w.longestFrame, entry.duration);
    }).observe({ type: 'long-animation-frame' });
  });
  return async () => {
    // Let the observer hear about the last frame before reading it.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
    return page.evaluate(() => (window as unknown as { longestFrame: number }).longestFrame);
  };
}

/** The tab still answers: Settings opens its dialog, and Escape closes it. */
async function answersClicks(page: Page): Promise<void> {
  await page.locator('#settings-button').click();
  await page.locator('dialog[open]').waitFor({ timeout: 5_000 });
  await page.keyboard.press('Escape');
  await page.locator('dialog[open]').waitFor({ state: 'detached', timeout: 5_000 });
}

async function expectStopped(page: Page, problem: RegExp): Promise<void> {
  const panel = page.locator('.transcript .error-panel');
  await panel.waitFor({ timeout: 30_000 });
  const details = await panel.locator('.error-details').textContent();
  expect(details).toContain('Story: The late handover (late-handover.ink)');
  expect(details).toMatch(problem);
}

const RUNAWAYS: [choice: string, problem: RegExp][] = [
  ['Read every note', /showed more than 100,000 characters without offering a choice/],
  ['Copy the notes out', /made a piece of text longer than 100,000 characters/],
  ['Leave a word at each bed', /piled up more than 500 pieces of text without ending a line/],
];

for (const [choice, problem] of RUNAWAYS) {
  test(`“${choice}” runs away on the page's thread: stopped within about a second, named, and the tab answers`, async () => {
    const { page, errors } = await openCraftedFile();
    const longestFrame = await watchFrames(page);
    await page.getByRole('button', { name: choice }).click();
    await expectStopped(page, problem);
    const longest = await longestFrame();
    console.log(`opened file, “${choice}”: longest frame ${Math.round(longest)} ms`);
    expect(longest).toBeLessThan(LONGEST_FREEZE_MS);
    await answersClicks(page);
    expect(errors).toEqual([]);
  });
}

test('many slow passages replayed at once (Start again, then Undo) are stopped within about a second', async () => {
  const { page, errors } = await openCraftedFile();
  await page.getByRole('button', { name: 'Do the rounds' }).click();
  // Each round is slow but inside the limits; 30 of them, replayed in one go, take seconds without the task limit.
  for (let round = 1; round <= 30; round++) {
    await page.locator('.transcript p', { hasText: `Round ${round}:` }).waitFor();
    await page.getByRole('button', { name: 'Next bed' }).click();
  }
  await page.locator('.transcript p', { hasText: 'Round 31:' }).waitFor();
  await page.getByRole('button', { name: 'Start again' }).click();
  const longestFrame = await watchFrames(page);
  await page.getByRole('button', { name: 'Undo: go back to where I was' }).click();
  await expectStopped(page, /to play in one go/);
  // Stopped by a limit, not changed since: the error panel explains, with no "this story has changed" notice.
  expect(await page.locator('.transcript .notice', { hasText: 'has changed' }).count()).toBe(0);
  const longest = await longestFrame();
  console.log(`opened file, replay of 31 slow passages: longest frame ${Math.round(longest)} ms`);
  expect(longest).toBeLessThan(LONGEST_FREEZE_MS);
  await answersClicks(page);
  expect(errors).toEqual([]);
});
