// Nothing the learner writes is lost (issue 17): a story played three times, in two tabs, across a republished
// build, with storage full half-way, and every word they wrote is found: in this playthrough's curtain call or
// among "your earlier reflections". An opened story file never touches a shipped story's saved place.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { storyFileText } from '../../src/engine/storyFile';
import { launchBrowser, stageHiddenEarlier, urlFor } from './support/browser';
import { playToEnd } from './support/playToEnd';

const S1 = 'sitting-in-reception';
let browser: Browser;
let republished: string;
/**
 * Each test's device: a learner who has asked for less movement and hid the stage. The words kept are the subject
 * here, and the plays cost far less CPU and time without a smooth scroll after each choice and the stage (both
 * have their own tests: learnerFlow, theatre, stage).
 */
async function device(): Promise<BrowserContext> {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  await context.addInitScript(stageHiddenEarlier);
  return context;
}

/** A copy of the build with S1 republished: a typo fixed in its summary, so its JSON and its hash change. */
async function republish(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'allyship-republished-'));
  await cp(inject('distDir'), dir, { recursive: true });
  const storyFile = path.join(dir, 'stories', `${S1}.json`);
  const json = (await readFile(storyFile, 'utf8')).replace('summary: You go with', 'summary: You go along with');
  const manifest = JSON.parse(await readFile(path.join(dir, 'stories', 'manifest.json'), 'utf8')) as {
    stories: { id: string; hash: string }[];
  };
  const oldHash = manifest.stories.find((s) => s.id === S1)!.hash;
  const newHash = createHash('sha256').update(json).digest('hex');
  await writeFile(storyFile, json);
  // Every file that carries the old hash (the manifest, and the bundle that embeds it) carries the new one.
  const files = async (d: string): Promise<string[]> =>
    (await readdir(d, { withFileTypes: true })).flatMap((e) => (e.isDirectory() ? [] : [path.join(d, e.name)]));
  for (const file of [...(await files(path.join(dir, 'assets'))), path.join(dir, 'stories', 'manifest.json')]) {
    const text = await readFile(file, 'utf8');
    if (text.includes(oldHash)) await writeFile(file, text.replaceAll(oldHash, newHash));
  }
  return dir;
}

beforeAll(async () => {
  browser = await launchBrowser();
  republished = await republish();
});
afterAll(async () => {
  await browser?.close();
  if (republished) await rm(republished, { recursive: true, force: true });
});

/** From now on this device is served the republished build (same origin, so the same storage). */
async function serveRepublished(context: BrowserContext): Promise<void> {
  const base = inject('baseUrl');
  await context.route(`${base}/**`, async (route) => {
    const url = new URL(route.request().url());
    let file = path.join(republished, decodeURIComponent(url.pathname));
    if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    try {
      const body = readFileSync(file);
      const type = file.endsWith('.js')
        ? 'text/javascript'
        : file.endsWith('.json')
          ? 'application/json'
          : file.endsWith('.html')
            ? 'text/html'
            : file.endsWith('.css')
              ? 'text/css'
              : 'application/octet-stream';
      await route.fulfill({ body, contentType: type });
    } catch {
      await route.continue();
    }
  });
}

async function openPage(context: BrowserContext, pagePath: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/favicon\.ico/.test(msg.location().url)) errors.push(`console: ${msg.text()}`);
  });
  await page.goto(urlFor(inject('baseUrl'), pagePath));
  return { page, errors };
}

const shownPart = (page: Page) => page.locator('.debrief-part:not([hidden])');

/**
 * How many steps the story's kept place has. The game keeps a choice's place just after the frame with the next
 * words is painted (src/ui/autosave.ts), so a test that reads or breaks storage the moment the words show must
 * first wait for it: on a quiet machine the test is quicker than the paint.
 */
async function keptSteps(page: Page): Promise<number> {
  const text = await page.evaluate((key) => localStorage.getItem(key), `allyship:save:auto:${S1}`);
  return text === null ? 0 : (JSON.parse(text) as { path: unknown[] }).path.length;
}

async function curtainCall(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Take your curtain call' }).click();
  await shownPart(page).waitFor();
}

/** The Pause part's box (the first part of a scored story's curtain call). */
const feelings = (page: Page) => page.getByLabel('How are you left feeling? (optional)');

async function earlierWords(page: Page): Promise<string[]> {
  return page.locator('.debrief-earlier dd').allTextContents();
}

test('three playthroughs, two tabs, a republish and storage full half-way: every word is found', async () => {
  const context = await device();
  try {
    // 1. First playthrough: words in the Pause box.
    const { page, errors } = await openPage(context, `/?story=${S1}`);
    await playToEnd(page, 'first');
    await curtainCall(page);
    await feelings(page).fill('First time: uneasy.');
    expect(await page.locator('.debrief-earlier').isHidden()).toBe(true);

    // 2. The story is republished (a typo fixed in its summary). The same playthrough's words are still there.
    //    A reload opens the curtain call again, at the part the learner was on.
    await serveRepublished(context);
    await page.reload();
    await shownPart(page).waitFor();
    expect(await feelings(page).inputValue()).toBe('First time: uneasy.');

    // 3. A second tab opens the same curtain call; each tab writes into a different box, and both are kept.
    const second = await openPage(context, `/?story=${S1}`);
    await shownPart(second.page).waitFor();
    await second.page.getByRole('button', { name: 'Continue to part 2' }).click();
    await feelings(page).fill('First time: uneasy, then clearer.');
    await second.page.reload();
    await shownPart(second.page).waitFor();
    await second.page.getByRole('button', { name: 'Back to part 1' }).click();
    expect(await feelings(second.page).inputValue()).toBe('First time: uneasy, then clearer.');
    await second.page.close();

    // 4. Start again, along another path: a new playthrough starts with empty boxes, the first one's words are
    //    among "your earlier reflections".
    await page.goto(urlFor(inject('baseUrl'), `/?story=${S1}&fresh=1`));
    await playToEnd(page, 'last');
    await curtainCall(page);
    expect(await feelings(page).inputValue()).toBe('');
    expect(await earlierWords(page)).toContain('First time: uneasy, then clearer.');
    await feelings(page).fill('Second time: I waited.');

    // 5. Storage fills up half-way through the third playthrough: the learner is told in words, and what was
    //    already kept stays.
    await page.goto(urlFor(inject('baseUrl'), `/?story=${S1}&fresh=1`));
    const taken = await playToEnd(page, 'first');
    // The end is kept before storage fills (what was already kept stays; this is the place a fresh page opens).
    await expect.poll(() => keptSteps(page)).toBe(taken);
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Setting the value exceeded the quota.', 'QuotaExceededError');
      };
    });
    await curtainCall(page);
    await feelings(page).fill('Third time: not kept.');
    await expect.poll(() => page.locator('.debrief-notice').textContent()).toContain('cannot be kept on this device');
    expect(await earlierWords(page)).toEqual(
      expect.arrayContaining(['First time: uneasy, then clearer.', 'Second time: I waited.']),
    );

    // 6. A fresh page (storage working again): both earlier playthroughs are still there.
    const fresh = await openPage(context, `/?story=${S1}`);
    await fresh.page.locator('.end-card').waitFor();
    await curtainCall(fresh.page);
    expect(await earlierWords(fresh.page)).toEqual(
      expect.arrayContaining(['First time: uneasy, then clearer.', 'Second time: I waited.']),
    );
    // Deleting them is the learner's choice, and asks first.
    const first = fresh.page.locator('.debrief-earlier details', { hasText: 'Second time: I waited.' });
    await first.locator('summary').click();
    await first.getByRole('button', { name: 'Delete these reflections' }).click();
    await first.getByRole('button', { name: 'Yes, delete them' }).click();
    await fresh.page.reload();
    await shownPart(fresh.page).waitFor();
    expect(await earlierWords(fresh.page)).not.toContain('Second time: I waited.');
    expect(await earlierWords(fresh.page)).toContain('First time: uneasy, then clearer.');
    expect([...errors, ...second.errors, ...fresh.errors]).toEqual([]);
  } finally {
    await context.close();
  }
});

test('two tabs typing into different boxes of one curtain call both keep their words', async () => {
  const context = await device();
  try {
    const a = await openPage(context, `/?story=${S1}`);
    await playToEnd(a.page, 'first');
    await curtainCall(a.page);
    // Opened in another tab, the curtain call opens at the part kept last (A's Pause).
    const b = await openPage(context, `/?story=${S1}`);
    await shownPart(b.page).waitFor();
    // Tab B opened before tab A typed: B's copy in memory is stale, and must not overwrite A's words.
    await feelings(a.page).fill('Written in tab A.');
    await b.page.getByRole('button', { name: 'Continue to part 2' }).click();
    for (let i = 0; i < 4; i++)
      await shownPart(b.page)
        .getByRole('button', { name: /^Continue to part/ })
        .click();
    await b.page.getByLabel('What I learned').fill('Written in tab B.');
    // A third tab opens at the part kept last, B's Record.
    const c = await openPage(context, `/?story=${S1}`);
    await shownPart(c.page).waitFor();
    expect(await c.page.getByLabel('What I learned').inputValue()).toBe('Written in tab B.');
    for (let i = 0; i < 5; i++)
      await shownPart(c.page)
        .getByRole('button', { name: /^Back to part/ })
        .click();
    expect(await feelings(c.page).inputValue()).toBe('Written in tab A.');
    expect([...a.errors, ...b.errors, ...c.errors]).toEqual([]);
  } finally {
    await context.close();
  }
});

test('an opened story file with a shipped story’s id never touches that story’s saved place', async () => {
  const context = await device();
  try {
    const { page, errors } = await openPage(context, `/?story=${S1}`);
    await page.locator('.choice').first().waitFor();
    for (let i = 0; i < 4; i++) {
      const taken = await page.locator('.transcript .chosen').count();
      await page.locator('.choice').first().click();
      await page.waitForFunction((n) => document.querySelectorAll('.transcript .chosen').length > n, taken);
    }
    const savedPlace = () => page.evaluate((key) => localStorage.getItem(key), `allyship:save:auto:${S1}`);
    await expect.poll(() => keptSteps(page)).toBe(4);
    const before = await savedPlace();
    const offered = await page.locator('.choice-text').allTextContents();
    expect(JSON.parse(before!).path).toHaveLength(4);

    // An author's edited copy of the shipped story, exported under the same id.
    const json = readFileSync(path.join(inject('distDir'), 'stories', `${S1}.json`), 'utf8');
    const file = storyFileText({ id: S1, title: 'My copy of Sitting in Reception', json, hash: 'f'.repeat(64) });
    await page.goto(urlFor(inject('baseUrl'), '/'));
    await page.locator('#story-file-input').setInputFiles({
      name: `${S1}.story.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await page.locator('.choice').first().waitFor();
    expect(await page.locator('.play-title').textContent()).toBe('My copy of Sitting in Reception');
    await playToEnd(page, 'last');
    await curtainCall(page);
    await feelings(page).fill('About my copy.');
    expect(await savedPlace()).toBe(before);

    // The shipped story still resumes where the learner left it, four choices in.
    await page.goto(urlFor(inject('baseUrl'), `/?story=${S1}`));
    await page.locator('.choice').first().waitFor();
    expect(await page.locator('.choice-text').allTextContents()).toEqual(offered);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
