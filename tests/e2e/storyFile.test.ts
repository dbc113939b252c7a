// Publishing without Node: a story exported by the author preview opens from disk in the foyer, plays to its end
// and has its curtain call, like a shipped story.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { readStoryFiles } from '../../src/ink/storyFiles';
import { storyFileText } from '../../src/engine/storyFile';
import { storyHash } from '../../src/ink/storyHash';
import { expectNoAxeViolations, launchBrowser, newPage } from './support/browser';
import { playToEnd } from './support/playToEnd';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('an exported story file opens from the foyer, plays to the end and leads into the curtain call', async () => {
  const { json } = compileInk(readStoryFiles('stories'), 'template.ink');
  const text = storyFileText({ id: 'my-outing', title: 'My outing', json: json!, hash: await storyHash(json!) });
  const { page, errors } = await newPage(browser, '/');
  await page.locator('#story-file-input').waitFor({ state: 'attached' });
  await page
    .locator('#story-file-input')
    .setInputFiles({ name: 'my-outing.story.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.locator('.choice').first().waitFor();
  expect(await page.locator('.play-title').textContent()).toBe('My outing');
  await playToEnd(page);
  await page.getByRole('button', { name: 'Take your curtain call' }).click();
  await page.locator('.debrief-title').waitFor();
  expect(await page.locator('.debrief-title').textContent()).toBe('Curtain call: My outing');
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});
