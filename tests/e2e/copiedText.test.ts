// What a learner copies, or finds with Ctrl+F, is what they see. Words said to a screen reader and not shown
// ("Begin: Sitting in Reception" on a button whose face says "Begin", now its aria-label; "Dawn, to you:" on a line
// that shows "Dawn:", now the stylesheet's words: shownAndSaid in src/ui/dom.ts) were a hidden text node, so a copied line read "Dawn: Dawn, to you:Hello" and the
// foyer's find-in-page found "Begin" twice on each story's card. Here, in real Chromium: the whole foyer and a story's
// transcript copied to the clipboard (Ctrl+A or a triple click, then Ctrl+C), window.find (the find-in-page search),
// and the names Chromium gives a screen reader, which still say the words in full.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cleanPage, launchBrowser } from './support/browser';
import { playToEnd } from './support/playToEnd';

const TITLE = 'Sitting in Reception';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Ctrl+C, and what the clipboard then holds. */
async function copied(page: Page): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.keyboard.press('Control+C');
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Whether find-in-page (window.find, case as given) finds `words` anywhere on the page, from the top. */
function found(page: Page, words: string): Promise<boolean> {
  return page.evaluate((w) => {
    getSelection()?.removeAllRanges();
    // Chromium's window.find (not in the DOM's types): case-sensitive, forwards, wrapping to the top.
    return (
      window as unknown as { find(w: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean }
    ).find(w, true, false, true);
  }, words);
}

// A limit that catches a hang, not a speed goal: a whole story played on a shared machine.
test(
  'copying the foyer or a story line gives the words shown, once; find-in-page finds only them; names stay whole',
  { timeout: 120_000 },
  async () => {
    const { page, errors } = await cleanPage(browser, '/', { reducedMotion: 'reduce' });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    await page.locator('.playbill').waitFor();

    // The foyer: the story's button is named in full for a screen reader, and copied and found as its face shows.
    await expect.poll(() => page.getByRole('button', { name: `Begin: ${TITLE}`, exact: true }).count()).toBe(1);
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Control+A');
    const foyer = await copied(page);
    expect(foyer).toContain(TITLE);
    expect(foyer).toMatch(/^Begin$/m);
    expect(foyer).not.toContain('Begin: ');
    expect(foyer).not.toContain('BeginBegin');
    expect(await found(page, 'Begin')).toBe(true);
    expect(await found(page, `Begin: ${TITLE}`)).toBe(false);

    // A story to its end: some of its lines are said to someone ("Dawn, to you: …").
    await page.locator('button[data-story="sitting-in-reception"]').first().click();
    await playToEnd(page);
    const toSomeone = page.locator('.transcript p.line:has([data-said])');
    expect(await toSomeone.count()).toBeGreaterThan(0);
    // A screen reader is still given whom each is said to.
    const said = await page.locator('.transcript').ariaSnapshot();
    expect(said).toMatch(/paragraph: "?Dawn, to you: \S/);

    // One such line, triple-clicked and copied: its speaker as shown and its words, once.
    const line = page.locator('.transcript p.line:has([data-said]):not(:has(.visually-hidden))').first();
    const shown = (await line.locator('.speaker [aria-hidden="true"]').textContent()) ?? '';
    const words = await line.evaluate((p) =>
      [...p.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join(''),
    );
    expect(shown).toMatch(/^\S.*: $/);
    await line.scrollIntoViewIfNeeded();
    await line.click({ clickCount: 3, position: { x: 4, y: 8 } });
    expect((await page.evaluate(() => getSelection()?.toString() ?? '')).trim()).toBe(`${shown}${words}`.trim());
    expect((await copied(page)).trim()).toBe(`${shown}${words}`.trim());

    // The whole transcript, selected and copied: every line to someone reads as it shows, none says to whom.
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.transcript')!);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    const transcript = await copied(page);
    expect(transcript).not.toMatch(/, to (you|[A-Z][a-z]+):/);
    expect(transcript).toContain(`${shown}${words}`);
    expect(await found(page, ', to you:')).toBe(false);

    expect(errors).toEqual([]);
  },
);
