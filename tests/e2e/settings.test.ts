// Settings, by keyboard only: reachable from every screen through the site bar, a real modal dialog, each
// setting visibly does what it says and is still there after a reload; 200 % text reflows at 320 px; high
// contrast passes axe's colour-contrast; number keys switched off do nothing; "Read the last passage again".
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { sha256 } from '../../src/ink/buildStory';
import { storyFileText } from '../../src/engine/storyFile';
import { cleanPage, expectNoAxeViolations, launchBrowser } from './support/browser';
import {
  beginFirstStory,
  chooseFile,
  chooseRadio,
  closeDialog,
  focusedInfo,
  openSiteDialog,
  pressUntil,
  tabToControl,
  takeChoice,
  watchFileChoosers,
} from './support/theatreKeys';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function looks(page: Page) {
  return page.evaluate(() => {
    const html = document.documentElement;
    const body = getComputedStyle(document.body);
    return {
      fontSize: parseFloat(getComputedStyle(html).fontSize),
      lineHeight: parseFloat(body.lineHeight) / parseFloat(body.fontSize),
      background: getComputedStyle(html).backgroundColor,
      fontFamily: body.fontFamily,
      reducedMotion: html.dataset.reducedMotion,
    };
  });
}

async function noSidewaysScroll(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => {
    const s = document.scrollingElement!;
    return { scrollWidth: s.scrollWidth, clientWidth: s.clientWidth };
  });
}

test('the settings dialog opens from the site bar, traps focus, closes with Esc and gives focus back', async () => {
  const { page, errors } = await cleanPage(browser, '/');
  await page.locator('h1').first().waitFor();
  await openSiteDialog(page, 'settings');
  expect(
    await page.locator('#settings-dialog').evaluate((d) => (d as HTMLDialogElement).open && d.matches(':modal')),
  ).toBe(true);
  expect((await focusedInfo(page)).name).toBe('Settings');
  await expectNoAxeViolations(page, '#settings-dialog');

  // Tab all the way round: focus never leaves the dialog (the page behind is inert).
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => {
      const a = document.activeElement;
      return !a || a === document.body || !!a.closest('#settings-dialog');
    });
    expect(inside).toBe(true);
  }
  await closeDialog(page);
  expect((await focusedInfo(page)).id).toBe('settings-button');
  expect(errors).toEqual([]);
});

test('every setting changes what it says and survives a reload', async () => {
  const { page, errors } = await cleanPage(browser, '/', { reducedMotion: 'no-preference' });
  await page.locator('h1').first().waitFor();
  const before = await looks(page);
  expect(before.reducedMotion).toBe('false');

  await openSiteDialog(page, 'settings');
  await chooseRadio(page, 'textSize', 200);
  await chooseRadio(page, 'lineSpacing', 'wider');
  await chooseRadio(page, 'theme', 'contrast');
  await chooseRadio(page, 'font', 'opendyslexic');
  await chooseRadio(page, 'motion', 'reduce');
  await tabToControl(page, 'setting-stage');
  await page.keyboard.press('Space');
  await tabToControl(page, 'setting-shortcuts');
  await page.keyboard.press('Space');

  const after = await looks(page);
  expect(after.fontSize).toBeCloseTo(before.fontSize * 2, 0);
  expect(after.lineHeight).toBeGreaterThan(before.lineHeight + 0.4);
  expect(after.background).toBe('rgb(0, 0, 0)');
  expect(before.background).not.toBe('rgb(0, 0, 0)');
  expect(after.fontFamily).toMatch(/^"?OpenDyslexic/);
  expect(before.fontFamily).toMatch(/^"?Atkinson Hyperlegible/);
  expect(after.reducedMotion).toBe('true');
  // High contrast, 200 % text, the dialog open: still no axe violations (colour contrast included).
  await expectNoAxeViolations(page, '#settings-dialog');
  await closeDialog(page);

  await page.reload();
  await page.locator('h1').first().waitFor();
  expect(await looks(page)).toEqual(after);
  await openSiteDialog(page, 'settings');
  for (const id of [
    'setting-textSize-200',
    'setting-lineSpacing-wider',
    'setting-theme-contrast',
    'setting-font-opendyslexic',
    'setting-motion-reduce',
  ]) {
    expect(await page.locator(`#${id}`).isChecked()).toBe(true);
  }
  expect(await page.locator('#setting-stage').isChecked()).toBe(false);
  expect(await page.locator('#setting-shortcuts').isChecked()).toBe(false);
  await closeDialog(page);

  // Stage off: the play screen shows the words only.
  await beginFirstStory(page);
  expect(await page.locator('.stage-box').isHidden()).toBe(true);
  expect(await page.locator('.stage-box canvas').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('reduced motion follows the system until the learner chooses', async () => {
  const { page } = await cleanPage(browser, '/', { reducedMotion: 'reduce' });
  await page.locator('h1').first().waitFor();
  expect((await looks(page)).reducedMotion).toBe('true');
  await openSiteDialog(page, 'settings');
  expect(await page.locator('#setting-motion-system').isChecked()).toBe(true);
  await chooseRadio(page, 'motion', 'full');
  expect((await looks(page)).reducedMotion).toBe('false');
});

test('the stage switch applies live on the play screen', async () => {
  const { page, errors } = await cleanPage(browser, '/');
  await page.locator('h1').first().waitFor();
  await beginFirstStory(page);
  // The stage has drawn: its canvas, or the still of its last frame that stands in once its loop sleeps.
  const drawn = page.locator('.stage-box :is(canvas, .stage-still):visible').first();
  await drawn.waitFor();

  await openSiteDialog(page, 'settings');
  await tabToControl(page, 'setting-stage');
  await page.keyboard.press('Space');
  expect(await page.locator('.stage-box').isHidden()).toBe(true);
  // Phaser removes its canvas at its next step, so wait for it to go rather than expecting it gone at once.
  await page.locator('.stage-box canvas').waitFor({ state: 'detached' });

  await page.keyboard.press('Space');
  await drawn.waitFor();
  expect(await page.locator('.stage-box').isVisible()).toBe(true);
  await closeDialog(page);
  expect(errors).toEqual([]);
});

test('200 % text at 320 px wide: no sideways scrolling on the foyer, the play screen and the dialogs', async () => {
  const { page, errors } = await cleanPage(browser, '/', { viewport: { width: 320, height: 640 } });
  await page.locator('h1').first().waitFor();
  await openSiteDialog(page, 'settings');
  await chooseRadio(page, 'textSize', 200);
  let size = await noSidewaysScroll(page);
  expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
  const dialogFits = await page
    .locator('#settings-dialog')
    .evaluate((d) => d.scrollWidth <= d.clientWidth && d.getBoundingClientRect().right <= window.innerWidth);
  expect(dialogFits).toBe(true);
  await closeDialog(page);

  size = await noSidewaysScroll(page);
  expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
  expect(size.clientWidth).toBeLessThanOrEqual(320);

  await beginFirstStory(page);
  await page.locator('.choices button').first().waitFor();
  size = await noSidewaysScroll(page);
  expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
  await takeChoice(page, 1);
  size = await noSidewaysScroll(page);
  expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);

  await openSiteDialog(page, 'saves');
  size = await noSidewaysScroll(page);
  expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
  await closeDialog(page);
  expect(errors).toEqual([]);
});

test('200 % text on a phone: the skip link, on two lines, is out of sight until focused, then wholly in view', async () => {
  // It hung over "The Allyship Theatre" at the top of every page, unfocused (session 15's journey at 375 × 812).
  const { page, errors } = await cleanPage(browser, '/', { viewport: { width: 375, height: 812 } });
  await page.locator('h1').first().waitFor();
  await openSiteDialog(page, 'settings');
  await chooseRadio(page, 'textSize', 200);
  await closeDialog(page);
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  const skip = page.locator('.skip-link');
  const place = () =>
    skip.evaluate((link) => {
      const r = link.getBoundingClientRect();
      return {
        top: r.top,
        bottom: r.bottom,
        lines: Math.round(r.height / parseFloat(getComputedStyle(link).lineHeight)),
      };
    });
  const hidden = await place();
  expect(hidden.lines).toBeGreaterThanOrEqual(2);
  expect(hidden.bottom).toBeLessThanOrEqual(0);
  await skip.focus();
  const shown = await place();
  expect(shown.top).toBeGreaterThanOrEqual(0);
  expect(shown.bottom).toBeLessThanOrEqual(812);
  expect(errors).toEqual([]);
});

test('OpenDyslexic at 200 % text on a 320 px screen: the playbill, every story’s details opened, needs no sideways scrolling', async () => {
  const { page, errors } = await cleanPage(browser, '/', { viewport: { width: 320, height: 640 } });
  await page.locator('h1').first().waitFor();
  await openSiteDialog(page, 'settings');
  await chooseRadio(page, 'textSize', 200);
  await chooseRadio(page, 'font', 'opendyslexic');
  await closeDialog(page);
  // "What you will practise, and who wrote it": words such as "internationally" are wider than a card in this font
  // at this size; they must break inside it, not widen the page.
  const more = page.locator('.production-more summary');
  for (let i = 0; i < (await more.count()); i++) await more.nth(i).click();
  const size = await noSidewaysScroll(page);
  expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
  expect(errors).toEqual([]);
});

test('high contrast passes axe-core on the foyer and the play screen', async () => {
  const { page, errors } = await cleanPage(browser, '/');
  await page.locator('h1').first().waitFor();
  await openSiteDialog(page, 'settings');
  await chooseRadio(page, 'theme', 'contrast');
  await closeDialog(page);
  await expectNoAxeViolations(page);
  await beginFirstStory(page);
  await page.locator('.choices button').first().waitFor();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('number keys choose only while shortcuts are on', async () => {
  const { page, errors } = await cleanPage(browser, '/');
  await page.locator('h1').first().waitFor();
  await openSiteDialog(page, 'settings');
  await tabToControl(page, 'setting-shortcuts');
  await page.keyboard.press('Space');
  await closeDialog(page);

  await beginFirstStory(page);
  await page.locator('.choices button').first().waitFor();
  // Focus is in the story (the first line), where the shortcut would act if it were on.
  expect(await page.evaluate(() => !!document.activeElement?.closest('.play'))).toBe(true);
  await page.keyboard.press('1');
  // The key handler runs before the key press returns: had it acted, a choice would be in the transcript now.
  expect(await page.locator('.transcript .chosen').count()).toBe(0);

  const inStory = await focusedInfo(page);
  await openSiteDialog(page, 'settings');
  await tabToControl(page, 'setting-shortcuts');
  await page.keyboard.press('Space');
  await closeDialog(page);
  // Back into the story text, then the same key chooses.
  await pressUntil(page, 'Tab', (f) => f.tag === 'button' && /^1(?!\d)/.test(f.name));
  await page.keyboard.press('1');
  await page.locator('.transcript .chosen').first().waitFor();
  expect(await page.locator('.transcript .chosen').count()).toBe(1);
  expect(inStory.tag).toBe('p');
  expect(errors).toEqual([]);
});

test('"Read the last passage again" puts focus on the first paragraph of the latest passage', async () => {
  const { page, errors } = await cleanPage(browser, '/');
  await page.locator('h1').first().waitFor();
  await beginFirstStory(page);
  await takeChoice(page, 1);
  // Move away from the story text, to the choices.
  await pressUntil(page, 'Tab', (f) => f.tag === 'button' && /^1(?!\d)/.test(f.name));
  await pressUntil(page, 'Shift+Tab', (f) => f.name === 'Read the last passage again');
  await page.keyboard.press('Enter');
  const focus = await page.evaluate(() => {
    const passages = document.querySelectorAll('.transcript .passage');
    const last = passages[passages.length - 1];
    return { isFirstOfLast: document.activeElement === last.querySelector('p'), tag: document.activeElement?.tagName };
  });
  expect(focus).toEqual({ isFirstOfLast: true, tag: 'P' });
  expect(errors).toEqual([]);
});

test('the settings are on every screen: the play screen and the accessibility statement', async () => {
  const { page, errors } = await cleanPage(browser, '/');
  await page.locator('h1').first().waitFor();
  await beginFirstStory(page);
  await openSiteDialog(page, 'settings');
  await chooseRadio(page, 'font', 'system');
  await closeDialog(page);

  await pressUntil(page, 'Shift+Tab', (f) => f.tag === 'a' && f.name === 'Accessibility');
  await Promise.all([page.waitForURL(/accessibility\.html$/), page.keyboard.press('Enter')]);
  await page.locator('h1').waitFor();
  expect(await page.evaluate(() => document.documentElement.dataset.font)).toBe('system');
  await expectNoAxeViolations(page);
  await openSiteDialog(page, 'settings');
  await chooseRadio(page, 'font', 'atkinson');
  await expectNoAxeViolations(page, '#settings-dialog');
  await closeDialog(page);
  expect(errors).toEqual([]);
});

test('the settings are there after the curtain falls, on the curtain call', async () => {
  // A one-choice story, opened as a story file, reaches the curtain call quickly.
  const source = await readFile(path.resolve(import.meta.dirname, '../fixtures/play/good.ink'), 'utf8');
  const { json } = compileInk({ 'good.ink': source }, 'good.ink');
  const file = storyFileText({ id: 'good', title: 'A Good Story', json: json!, hash: sha256(json!) });
  const { page, errors } = await cleanPage(browser, '/');
  watchFileChoosers(page);
  await page.locator('h1').first().waitFor();
  await chooseFile(page, 'story-file-input', { name: 'good.story.json', text: file });
  await takeChoice(page, 1);
  await pressUntil(page, 'Tab', (f) => f.name === 'Take your curtain call');
  await page.keyboard.press('Enter');
  await page.locator('h1', { hasText: 'Curtain call' }).waitFor();

  await openSiteDialog(page, 'settings');
  await chooseRadio(page, 'theme', 'dark');
  await closeDialog(page);
  expect((await focusedInfo(page)).id).toBe('settings-button');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await page.locator('h1', { hasText: 'Curtain call' }).count()).toBe(1);
  expect(errors).toEqual([]);
});
