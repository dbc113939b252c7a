// S1 played to an ending in real Chromium: by keyboard alone and by mouse, focus kept in place after every
// choice, resumed from an autosave after a reload, and no accessibility violations on foyer, play and end.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cleanPage, expectNoAxeViolations, launchBrowser } from './support/browser';

const S1 = 'sitting-in-reception';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function focusedParagraphIsNew(page: Page, before: number): Promise<boolean> {
  return page.evaluate((count) => {
    const focused = document.activeElement;
    const paragraphs = [...document.querySelectorAll('.transcript p.line')];
    const at = paragraphs.indexOf(focused as Element);
    return at >= count;
  }, before);
}

test('keyboard only: from the foyer to the end of S1, focus on the first new paragraph after each choice', async () => {
  const { page, errors } = await cleanPage(browser, '/');
  await page.locator('h1').waitFor();
  await expectNoAxeViolations(page);
  // Tab to the story's Begin button and press Enter.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const story = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.story ?? null);
    if (story === S1) break;
  }
  await page.keyboard.press('Enter');
  await page.locator('.choice').first().waitFor();
  await expectNoAxeViolations(page);

  let steps = 0;
  while ((await page.locator('.end-card').count()) === 0 && steps < 30) {
    const before = await page.locator('.transcript p.line').count();
    // Number keys act while focus is in the story: press 1 for the first option.
    await page.keyboard.press('1');
    await page.waitForFunction(
      (n) => document.querySelectorAll('.transcript p.line').length > n || !!document.querySelector('.end-card'),
      before,
    );
    // Focus moves in the frame that first paints the new words (afterPaint.ts), a moment after they are in the page.
    if ((await page.locator('.end-card').count()) === 0)
      await expect.poll(() => focusedParagraphIsNew(page, before), { timeout: 5_000 }).toBe(true);
    steps++;
  }
  await expect.poll(() => page.locator('.end-card h2').textContent()).toBe('The curtain falls');
  expect(steps).toBeGreaterThanOrEqual(3);
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('mouse: clicking choices plays S1 to an ending, and Tab/Enter works on a choice button', async () => {
  const { page, errors } = await cleanPage(browser, `/?story=${S1}`);
  await page.locator('.choice').first().waitFor();
  // One choice by Tab and Enter, to prove the buttons are reachable without number keys.
  await page.locator('.choice').first().focus();
  await page.keyboard.press('Enter');
  let steps = 1;
  while ((await page.locator('.end-card').count()) === 0 && steps < 30) {
    const choices = page.locator('.choice');
    await choices.first().waitFor();
    await choices.last().click();
    steps++;
  }
  expect(await page.locator('.end-card').count()).toBe(1);
  expect(errors).toEqual([]);
});

test('a reload resumes from the autosave at the same decision', async () => {
  const { page, errors } = await cleanPage(browser, `/?story=${S1}`);
  await page.locator('.choice').first().waitFor();
  await page.locator('.choice').first().click();
  await page.locator('.choice').nth(1).click();
  const choicesBefore = await page.locator('.choice-text').allTextContents();
  const linesBefore = await page.locator('.transcript p.line').count();
  await page.reload();
  await page.locator('.choice').first().waitFor();
  expect(await page.locator('.choice-text').allTextContents()).toEqual(choicesBefore);
  expect(await page.locator('.transcript p.line').count()).toBe(linesBefore);
  // The foyer offers to continue.
  await page.getByRole('button', { name: 'Back to the foyer' }).click();
  await expect
    .poll(() => page.locator(`button[data-story="${S1}"]`).first().textContent())
    .toContain('Continue where you left off');
  expect(errors).toEqual([]);
});
