// Every page starts without storage (issue 17): blocked, full or throwing storage, injected in real Chromium,
// and each page (foyer, play, workshop presenter and projector, author preview, the Script, the accessibility
// statement) still draws, runs from memory and says so once, in words. The workshop used to be a blank page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanPage, launchBrowser } from './support/browser';
import { heardSaid, hearStatus, waitToHear } from './support/heardSaid';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const FAULTS = {
  blocked: () => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  },
  full: () => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Setting the value exceeded the quota.', 'QuotaExceededError');
    };
  },
  throwing: () => {
    const refuse = () => {
      throw new Error('Storage refused');
    };
    Storage.prototype.getItem = refuse;
    Storage.prototype.setItem = refuse;
    Storage.prototype.removeItem = refuse;
  },
} as const;

/** A page, what it must show once drawn, and whether it keeps anything (and so must say it cannot). */
const PAGES: { path: string; ready: string; keeps: boolean }[] = [
  { path: '/', ready: 'button[data-story]', keeps: true },
  { path: '/?story=sitting-in-reception', ready: '.choice', keeps: true },
  { path: '/workshop.html', ready: '#plan-heading', keeps: true },
  { path: '/projector.html', ready: '[data-room], .room', keeps: false },
  { path: '/author.html', ready: 'h1', keeps: true },
  { path: '/script.html', ready: '#script-cards > *', keeps: true },
  { path: '/accessibility.html', ready: '#settings-button', keeps: true },
];

/** A page whose every document starts with the fault: one reused tab for each fault (cleanPage). */
const faultyPage = (fault: keyof typeof FAULTS, pagePath: string) =>
  cleanPage(browser, pagePath, { tab: { name: fault, initScripts: [FAULTS[fault], hearStatus] } });

describe.each(Object.keys(FAULTS) as (keyof typeof FAULTS)[])('storage %s', (fault) => {
  test.each(PAGES)('$path draws, runs from memory and says so once', async ({ path: pagePath, ready, keeps }) => {
    const { page, errors } = await faultyPage(fault, pagePath);
    await page.locator(ready).first().waitFor();
    expect(await page.locator('.safety-net').count()).toBe(0);
    if (keeps) {
      const notice = page.locator('.storage-notice:not([hidden])');
      await notice.first().waitFor();
      expect(await notice.count()).toBe(1);
      expect(await notice.textContent()).toMatch(/will not be kept|only until you close the page|will lose/);
      // Said once to a screen reader too (the live region), however many writes failed: the page's writes fail
      // as it starts, so a repeat would be said in the same moment as the first.
      await waitToHear(page, /close the page|lose the session/);
      const said = await heardSaid(page);
      expect(said.filter((s) => /close the page|lose the session/.test(s))).toHaveLength(1);
    }
    expect(errors).toEqual([]);
  });
});

/** Focus moves and what the polite live region says, in the order they happen, in `window.__heard`. */
function recordHeard(): void {
  const heard: string[] = [];
  (window as unknown as { __heard: string[] }).__heard = heard;
  document.addEventListener('focusin', (e) => heard.push(`focus: ${(e.target as HTMLElement).textContent}`), true);
  document.addEventListener('DOMContentLoaded', () => {
    const region = document.getElementById('status');
    if (region)
      new MutationObserver(() => region.textContent && heard.push(`said: ${region.textContent}`)).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
  });
}

test('storage full: the notice is said after the foyer has put focus on its heading, not just before (a focus move cuts speech short)', async () => {
  const { page, errors } = await cleanPage(browser, '/', {
    tab: { name: 'full, heard', initScripts: [FAULTS.full, recordHeard] },
  });
  await page.waitForFunction(() =>
    (window as unknown as { __heard: string[] }).__heard.some((s) => s.startsWith('said: ')),
  );
  const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
  const focused = heard.indexOf('focus: The Allyship Theatre');
  const said = heard.findIndex((s) => /^said: .*storage is full/.test(s));
  expect(focused, heard.join('\n')).toBeGreaterThan(-1);
  expect(said, heard.join('\n')).toBeGreaterThan(focused);
  expect(errors).toEqual([]);
});

test('the workshop runs a session from memory when storage is full: choose a story, start, move on', async () => {
  const { page, errors } = await faultyPage('full', '/workshop.html');
  await page.locator('[data-key^="story-"]').first().click();
  await page.locator('[data-key="start"]').waitFor();
  await page.locator('[data-key="start"]').click();
  await page.locator('#session-heading').waitFor();
  expect(await page.locator('.storage-notice').count()).toBe(1);
  expect(errors).toEqual([]);
});
