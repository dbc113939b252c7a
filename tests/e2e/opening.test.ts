// Issue 20: a story opened by its link shows the opening the build drew before the game's code arrives, and the
// engine takes it over without the learner noticing: the same words and nodes, focus kept on the very same line,
// no scroll, nothing announced, and a choice pressed before the engine was ready is taken once it is.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser, urlFor } from './support/browser';

const S1 = 'sitting-in-reception';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page whose story JSON is held back until `release()`, so the engine cannot take over before then. */
async function heldBack(
  storyId: string,
  pagePath = `/?story=${storyId}`,
): Promise<{ context: BrowserContext; page: Page; errors: string[]; release(): void }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(`**/stories/${storyId}.json`, async (route) => {
    await held;
    await route.continue();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(urlFor(inject('baseUrl'), pagePath));
  return { context, page, errors, release };
}

const marked = (page: Page, name: string) =>
  page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 30_000 });

/** #main as markup, without what the stage draws into its box once it boots (after the words, on its own time). */
const mainHtml = (page: Page) =>
  page.evaluate(() => {
    const main = document.getElementById('main')!.cloneNode(true) as HTMLElement;
    const box = main.querySelector('.stage-box');
    box?.replaceChildren();
    box?.removeAttribute('data-stage');
    return main.outerHTML;
  });

test('S1: the drawn opening is on screen before the engine, and the engine takes over exactly that', async () => {
  const { context, page, errors, release } = await heldBack(S1);
  await marked(page, 'first-text');
  // The site bar comes with the game's code, above the story (the page keeps the reading place when it does).
  await page.locator('#site-bar nav').waitFor();
  const drawnHtml = await mainHtml(page);
  const drawn = await page.evaluate(() => {
    // A mark on the focused node itself: it must still be the focused node after the take-over.
    (document.activeElement as HTMLElement & { keep?: boolean }).keep = true;
    return {
      title: document.title,
      focused: document.activeElement!.textContent,
      y: scrollY,
      live: document.getElementById('status')!.textContent,
      engine: performance.getEntriesByName('story-ready').length,
      data: document.querySelectorAll('script[type="application/json"]').length,
    };
  });
  expect(drawn.engine).toBe(0);
  // Read once and gone: the other stories' openings are no weight on the page.
  expect(drawn.data).toBe(0);
  expect(drawnHtml).toContain('Ten past nine.');
  expect(drawnHtml).toContain('Walk to the surgery with Esther');
  expect(drawn.title).toBe('Sitting in Reception — The Allyship Theatre');
  await expectNoAxeViolations(page);

  release();
  await marked(page, 'story-ready');
  const afterHtml = await mainHtml(page);
  const after = await page.evaluate(() => ({
    same: (performance.getEntriesByName('opening-taken-over')[0] as PerformanceMark).detail.same,
    kept: (document.activeElement as HTMLElement & { keep?: boolean }).keep === true,
    y: scrollY,
    live: document.getElementById('status')!.textContent,
    lines: [...document.querySelectorAll('.transcript p.line')].map((p) => p.textContent),
  }));
  expect(after.same).toBe(true);
  expect(afterHtml).toBe(drawnHtml);
  expect(after.kept).toBe(true);
  expect(after.y).toBe(drawn.y);
  expect(after.live).toBe(drawn.live);
  expect(new Set(after.lines).size).toBe(after.lines.length);
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
  await context.close();
});

test('S1: a choice pressed before the engine is ready is taken once it is, once', async () => {
  const { context, page, errors, release } = await heldBack(S1);
  await marked(page, 'first-text');
  // Twice, as an impatient double click: it is one choice.
  await page.locator('.choice').first().click();
  await page.locator('.choice').first().click();
  expect(await page.locator('.chosen').count()).toBe(0);
  release();
  await page.locator('.chosen').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.passage').length === 2);
  const state = await page.evaluate(() => ({
    chosen: [...document.querySelectorAll('.chosen')].map((p) => p.textContent),
    lines: [...document.querySelectorAll('.transcript p.line')].map((p) => p.textContent),
    focusedIsNew: document.activeElement === document.querySelectorAll('.passage')[1]?.querySelector('p.line'),
  }));
  expect(state.chosen).toEqual(['You chose: Walk to the surgery with Esther']);
  expect(new Set(state.lines).size).toBe(state.lines.length);
  expect(state.focusedIsNew).toBe(true);
  // The choice was kept as the learner's place.
  const saved = await page.evaluate((id) => localStorage.getItem(`allyship:save:auto:${id}`), S1);
  expect(JSON.parse(saved!).path).toHaveLength(1);
  expect(errors).toEqual([]);
  await context.close();
});

test('every shipped story: the drawn opening is exactly what the engine shows', async () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(inject('distDir'), 'stories/manifest.json'), 'utf8')) as {
    stories: { id: string }[];
  };
  expect(manifest.stories.length).toBeGreaterThan(0);
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  // One tab visits each story in turn: a navigation starts a fresh document (its own performance marks, nothing of
  // the last story's page left), and costs about half of a new tab's CPU (no new renderer process or window).
  // The stories shared one context's storage before too; none of them reads sessionStorage on the play page.
  const page = await context.newPage();
  let errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const { id } of manifest.stories) {
    errors = [];
    await page.goto(urlFor(inject('baseUrl'), `/?story=${id}`));
    await marked(page, 'story-ready');
    const same = await page.evaluate(
      () => (performance.getEntriesByName('opening-taken-over')[0] as PerformanceMark | undefined)?.detail?.same,
    );
    expect({ id, same, errors }).toEqual({ id, same: true, errors: [] });
  }
  await context.close();
});

test('a resumed save does not get the drawn opening: the engine shows the learner their place', async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(urlFor(inject('baseUrl'), `/?story=${S1}`));
  await marked(page, 'story-ready');
  await page.locator('.choice').first().click();
  await page.locator('.chosen').waitFor();
  await page.reload();
  await marked(page, 'story-ready');
  const state = await page.evaluate(() => ({
    drawn: performance.getEntriesByName('opening-taken-over').length,
    // A resume replays the passages (the "You chose" lines belong to the live choice only).
    passages: document.querySelectorAll('.passage').length,
  }));
  expect(state).toEqual({ drawn: 0, passages: 2 });
  await context.close();
});

test('the openings travel as data: the page still runs no inline script and keeps its Content-Security-Policy', () => {
  const html = fs.readFileSync(path.join(inject('distDir'), 'index.html'), 'utf8');
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src &#39;self&#39;;/);
  const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
  expect(scripts.some((attrs) => attrs.includes('application/json'))).toBe(true);
  for (const attrs of scripts) expect(attrs.includes(' src=') || attrs.includes('type="application/json"')).toBe(true);
  // Nothing a story says can close its data element early.
  for (const m of html.matchAll(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/g))
    expect(m[1]).not.toContain('<');
});
