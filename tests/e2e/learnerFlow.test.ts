// The learner's flow at 1280×800, 375×812 and with text at 200 %: Begin on the first screen of the foyer, the
// text that just happened at the top of the window after every choice, and "Start again" that can be taken back.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanPage, launchBrowser } from './support/browser';

const S1 = 'sitting-in-reception';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Where an element sits in the window, once any smooth scroll has settled (still for 18 frames, about 300 ms). */
async function settledTop(page: Page, selector: string): Promise<{ top: number; height: number }> {
  return page.evaluate(
    (sel) =>
      new Promise<{ top: number; height: number }>((resolve) => {
        let last = NaN;
        let still = 0;
        let frames = 0;
        const look = () => {
          const top = document.querySelector(sel)!.getBoundingClientRect().top;
          still = top === last ? still + 1 : 0;
          last = top;
          if (still >= 18 || ++frames > 240) resolve({ top, height: window.innerHeight });
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
    selector,
  );
}

describe('the foyer', () => {
  for (const size of [...SIZES, { width: 1280, height: 800, text: 200 }]) {
    const label = `${size.width}×${size.height}${'text' in size ? ' at 200 % text' : ''}`;
    test(`Begin is on the first screen at ${label}, and so is Continue once there is a saved place`, async () => {
      const { page, errors } = await cleanPage(browser, '/', { viewport: size });
      if ('text' in size) {
        // Let the first load finish (its lazy chunks) before the reload, so nothing is cut off mid-download.
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => {
          const key = Object.keys(localStorage).find((k) => k.endsWith('settings')) ?? 'allyship:settings';
          const current = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
          localStorage.setItem(key, JSON.stringify({ ...current, textSize: 200 }));
        });
        await page.reload();
      }
      const begin = page.locator('.production button[data-story]').first();
      await begin.waitFor();
      const box = (await begin.boundingBox())!;
      expect(box.y + box.height, 'Begin below the fold').toBeLessThanOrEqual(size.height);
      await begin.click();
      await page.locator('.choice').first().click();
      // Let the stage and the curtain call's code (fetched in idle time after a choice) finish loading, so leaving
      // the page does not abort a download mid-way (a fresh clone's CI failed once on exactly that).
      await page.waitForLoadState('networkidle');
      await page.waitForFunction(() => performance.getEntriesByName('later-code-fetched').length > 0);
      await page.goto(page.url().replace(/\?.*$/, ''));
      const carryOn = page.locator('.continue-strip button');
      await carryOn.waitFor();
      const cBox = (await carryOn.boundingBox())!;
      expect(cBox.y + cBox.height, 'Continue below the fold').toBeLessThanOrEqual(size.height);
      expect(await carryOn.textContent()).toContain('Continue where you left off');
      expect(errors, errors.join('\n')).toEqual([]);
    });
  }
});

describe('reading', () => {
  for (const size of SIZES) {
    test(`after each choice the first new line is in the top third of the window at ${size.width}×${size.height}`, async () => {
      const { page, errors } = await cleanPage(browser, `/?story=${S1}`, { viewport: size });
      await page.locator('.choice').first().waitFor();
      for (let i = 0; i < 5 && (await page.locator('.end-card').count()) === 0; i++) {
        const before = await page.locator('.passage').count();
        await page.locator('.choice').first().click();
        await page.waitForFunction((n) => document.querySelectorAll('.passage').length > n, before);
        // Focus moves in the frame that first paints the new words (afterPaint.ts), a moment after they are in.
        await page
          .waitForFunction(() => document.activeElement?.classList.contains('line'), undefined, { timeout: 5_000 })
          .catch(() => null);
        const focused = await page.evaluate(() => document.activeElement?.classList.contains('line') ?? false);
        expect(focused, 'focus on the first new line').toBe(true);
        await page.evaluate(() => document.activeElement?.setAttribute('data-just-shown', String(Date.now())));
        const { top, height } = await settledTop(page, '[data-just-shown]');
        expect(top, `choice ${i + 1}`).toBeGreaterThanOrEqual(0);
        expect(top, `choice ${i + 1}`).toBeLessThanOrEqual(height / 3);
        await page.evaluate(() => document.querySelector('[data-just-shown]')?.removeAttribute('data-just-shown'));
      }
      expect(errors).toEqual([]);
    });
  }

  test('Start again can be taken back: the place and the autosave return', async () => {
    const { page, errors } = await cleanPage(browser, `/?story=${S1}`);
    await page.locator('.choice').first().waitFor();
    for (let i = 0; i < 2; i++) {
      const before = await page.locator('.chosen').count();
      await page.locator('.choice').first().click();
      // The place is read as the learner sees it: the words with what the frame that paints them adds (the stage's
      // facts in words, dressed just before that frame) and focus on the first new line, as a replay draws it whole.
      await page.waitForFunction((n) => {
        const chosen = document.querySelectorAll('.chosen');
        const focused = document.activeElement;
        return (
          chosen.length > n &&
          !!focused?.matches('.transcript .line') &&
          !!(chosen[chosen.length - 1]!.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING)
        );
      }, before);
    }
    const lines = () => page.locator('.transcript .line').allTextContents();
    const place = await lines();
    await page.getByRole('button', { name: 'Start again' }).click();
    // Back at the opening: the notice offers the way back, and nothing chosen is on the page.
    await page.locator('.undo-notice').waitFor();
    expect(await page.locator('.chosen').count()).toBe(0);
    expect(await lines()).not.toEqual(place);
    await page.getByRole('button', { name: 'Undo: go back to where I was' }).click();
    expect(await lines()).toEqual(place);
    // The autosave is the restored place: a reload resumes there.
    await page.reload();
    await page.locator('.transcript .line').first().waitFor();
    expect(await lines()).toEqual(place);
    expect(errors).toEqual([]);
  });
});
