// "Your reflections" from the site bar (issue 17): every word a learner wrote in a curtain call is reachable from
// the foyer, story by story and playthrough by playthrough, without playing a story to its end again. Read only,
// by keyboard; deleting asks first and can be undone straight after. (Writing the answers is answersKept.test.ts.)
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cleanPage, downloadedText, expectNoAxeViolations, launchBrowser, newPage, tabUntil } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const S1 = 'sitting-in-reception';
const FIRST = `allyship:debrief:${S1}:p1`;
const SECOND = `allyship:debrief:${S1}:p2`;
const OPENED = 'allyship:debrief:opened-my-outing:p3';

/** What curtain calls would have kept: two playthroughs of one story (a republish between) and an opened file's. */
async function seedAnswers(page: Page): Promise<void> {
  // Let the first load finish (the game's lazy chunks) before the reload, so nothing is cut off mid-download.
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    ({ FIRST, SECOND, OPENED }) => {
      const day = Date.UTC(2026, 11, 1, 10);
      localStorage.setItem(
        FIRST,
        JSON.stringify({
          playthrough: 'p1',
          savedAt: day,
          feelings: 'Uneasy at the desk, <b>then</b> clearer.',
          commitments: { self: ['credit-by-name'] },
        }),
      );
      localStorage.setItem(
        SECOND,
        JSON.stringify({
          playthrough: 'p2',
          savedAt: day + 86_400_000,
          prompts: { one: 'I waited for Esther to answer.' },
          questions: { one: 'Whose voice did you make room for?' },
          account: { learned: 'Turn to the person first.' },
        }),
      );
      localStorage.setItem(
        OPENED,
        JSON.stringify({ playthrough: 'p3', savedAt: day - 86_400_000, account: { impact: 'From my own story.' } }),
      );
    },
    { FIRST, SECOND, OPENED },
  );
  await page.reload();
}

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

test('from the foyer, by keyboard: every story’s reflections, each playthrough readable, deleted only when asked, and undone', async () => {
  const { page, errors } = await cleanPage(browser, '/');
  await seedAnswers(page);
  await page.locator('.playbill').waitFor();

  // The foyer says where they are, after the playbill (so Begin stays on the first screen).
  expect(await page.locator('.foyer-reflections p').textContent()).toBe(
    'What you wrote in the curtain call of 2 stories is kept on this device until you delete it. Read your reflections',
  );
  await tabUntil(page, (el) => el.name === 'Read your reflections', 120);
  await page.keyboard.press('Enter');
  const dialog = page.locator('#reflections-dialog');
  await dialog.waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('reflections-dialog-title');
  // Stories newest first, each playthrough folded under when it was written.
  expect(await dialog.locator('h3').allTextContents()).toEqual([
    'Sitting in Reception',
    'A story opened from a file (my-outing)',
  ]);
  const reception = dialog.locator('.reflections-story').first();
  expect(await reception.locator('summary').allTextContents()).toEqual([
    'Written on 2 December 2026',
    'Written on 1 December 2026',
  ]);

  // Open the older one by keyboard: the learner's words, as text, with the question asked and the commitment named.
  await tabUntil(page, (el) => el.tag === 'summary' && el.name === 'Written on 1 December 2026');
  await page.keyboard.press('Enter');
  const older = reception.locator('details').nth(1);
  expect(await older.locator('dd').allTextContents()).toEqual([
    'Uneasy at the desk, <b>then</b> clearer.',
    'Credit ideas by name in the next team meeting, including ideas from people who are not in the room.',
  ]);
  expect(await older.locator('b').count()).toBe(0);
  await reception.locator('details').first().locator('summary').press('Enter');
  expect(await reception.locator('details').first().locator('dt').allTextContents()).toEqual([
    'Whose voice did you make room for?',
    'What I learned',
  ]);
  await expectNoAxeViolations(page, '#reflections-dialog');

  // Delete asks first, with focus on No: Enter pressed twice keeps them.
  await tabUntil(page, (el) => el.name === 'Delete these reflections');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('No, keep them');
  await expectNoAxeViolations(page, '#reflections-dialog');
  await page.keyboard.press('Enter');
  expect(await stored(page, SECOND)).not.toBeNull();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delete these reflections');

  // Yes, a deliberate step back from No, deletes at once (the device no longer holds them), and Undo puts them back
  // as they were.
  const before = await stored(page, SECOND);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Yes, delete them');
  await page.keyboard.press('Enter');
  expect(await stored(page, SECOND)).toBeNull();
  expect(await reception.locator('[role="status"]').textContent()).toBe(
    'Deleted what you wrote on 2 December 2026. Undo',
  );
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
  await expectNoAxeViolations(page, '#reflections-dialog');
  await page.keyboard.press('Enter');
  expect(await stored(page, SECOND)).toBe(before);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Written on 2 December 2026');

  // Deleted for good: gone after the dialog is closed and opened again, and the other playthrough stays.
  await reception.getByRole('button', { name: 'Delete these reflections' }).first().click();
  await reception.getByRole('button', { name: 'Yes, delete them' }).click();
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Read your reflections');
  await page.locator('.foyer-reflections button').click();
  expect(await dialog.locator('.reflections-story').first().locator('summary').allTextContents()).toEqual([
    'Written on 1 December 2026',
  ]);
  expect(await stored(page, FIRST)).not.toBeNull();
  expect(await stored(page, OPENED)).not.toBeNull();
  expect(errors).toEqual([]);
});

test('Saved places, on every screen, leads there too; with nothing written yet it says where reflections come from', async () => {
  const { page, errors } = await cleanPage(browser, '/');
  await page.locator('.playbill').waitFor();
  expect(await page.locator('.foyer-reflections').count()).toBe(0);
  await page.locator('#saves-button').click();
  await page.locator('#saves-dialog').getByRole('button', { name: 'Read your reflections' }).click();
  const dialog = page.locator('#reflections-dialog');
  await dialog.waitFor();
  // One dialog at a time; closing this one takes focus back to Saved places in the site bar.
  expect(await page.locator('#saves-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('reflections-dialog-title');
  expect(await dialog.locator('.reflections').textContent()).toBe(
    'Nothing written yet. What you write in a story’s curtain call, after its ending, is kept here on this device.',
  );
  await expectNoAxeViolations(page, '#reflections-dialog');
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('saves-button');
  expect(errors).toEqual([]);
});

test('the foyer’s reflections follow a delete, an undo and another tab’s write, in place, focus kept', async () => {
  const { page, errors } = await cleanPage(browser, '/');
  await page.waitForLoadState('networkidle');
  const answers = { playthrough: 'p1', savedAt: Date.UTC(2026, 11, 1, 10), feelings: 'Clearer by the end.' };
  await page.evaluate(({ FIRST, answers }) => localStorage.setItem(FIRST, JSON.stringify(answers)), { FIRST, answers });
  await page.reload();
  const note = page.locator('.foyer-reflections p');
  const kept = 'What you wrote in the curtain call of one story is kept on this device until you delete it. ';
  const nothingLeft = 'Nothing you wrote in a curtain call is kept on this device now. ';
  expect(await note.textContent()).toBe(`${kept}Read your reflections`);
  const heading = await page.locator('.foyer-reflections h2').elementHandle();

  // Delete the only playthrough from the dialog opened from the foyer: the foyer behind says so at once.
  await page.locator('.foyer-reflections button').click();
  const dialog = page.locator('#reflections-dialog');
  await dialog.locator('summary').click();
  await dialog.getByRole('button', { name: 'Delete these reflections' }).click();
  await dialog.getByRole('button', { name: 'Yes, delete them' }).click();
  expect(await note.textContent()).toBe(`${nothingLeft}Read your reflections`);
  // Undo brings it back, still in the dialog, with focus where the undo put it.
  await page.keyboard.press('Enter');
  expect(await stored(page, FIRST)).not.toBeNull();
  expect(await note.textContent()).toBe(`${kept}Read your reflections`);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Written on 1 December 2026');

  // Deleted again and the dialog closed: nothing left, focus back on the same button, the section not redrawn.
  await dialog.getByRole('button', { name: 'Delete these reflections' }).click();
  await dialog.getByRole('button', { name: 'Yes, delete them' }).click();
  await page.keyboard.press('Escape');
  expect(await note.textContent()).toBe(`${nothingLeft}Read your reflections`);
  expect(await page.evaluate(() => document.activeElement?.closest('.foyer-reflections') !== null)).toBe(true);
  expect(await heading?.evaluate((h) => h.isConnected)).toBe(true);

  // Another tab writes: this foyer follows (the browser's storage event), focus untouched.
  const other = await page.context().newPage();
  await other.goto(page.url());
  await other.evaluate(({ FIRST, answers }) => localStorage.setItem(FIRST, JSON.stringify(answers)), {
    FIRST,
    answers,
  });
  await other.close();
  await expect.poll(() => note.textContent()).toBe(`${kept}Read your reflections`);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Read your reflections');
  expect(errors).toEqual([]);
});

test('saved text that cannot be read is said in words, shown exactly as stored, and can be copied or saved as a file', async () => {
  const { page, errors } = await newPage(browser, '/');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.waitForLoadState('networkidle');
  // A record cut short mid-write (never opened since), and one a curtain call found damaged and set aside.
  const cutShort = '{"playthrough":"p9","feelings":"I stayed with Esther <b>until</b> she had finished';
  const setAside = 'Account:\nturn to the person first. 🙂';
  const SET_ASIDE = `allyship:debrief-set-aside:opened-my-outing:p3:${Date.UTC(2026, 11, 2, 9)}`;
  await page.evaluate(
    ({ FIRST, cutShort, SET_ASIDE, setAside }) => {
      localStorage.setItem(FIRST, cutShort);
      localStorage.setItem(SET_ASIDE, setAside);
    },
    { FIRST, cutShort, SET_ASIDE, setAside },
  );
  await page.reload();
  // The foyer says so, though no reflection can be read.
  expect(await page.locator('.foyer-reflections p').textContent()).toBe(
    'Some saved text could not be read; nothing has been deleted, and you can copy it or save it as a file there. Read your reflections',
  );
  await page.locator('.foyer-reflections button').click();
  const section = page.locator('#reflections-dialog .reflections-unreadable');
  await section.waitFor();
  expect(await section.locator('h3').textContent()).toBe('Some saved text could not be read');
  expect(await section.locator('p').first().textContent()).toBe(
    '2 pieces of text saved on this device could not be read as your reflections. They may have been damaged, or written by a different version of the game. Nothing has been deleted: here they are exactly as they were saved, so you can copy them or save them as a file.',
  );
  expect(await section.locator('label').allTextContents()).toEqual([
    'A story opened from a file (my-outing), put aside on 2 December 2026',
    'Sitting in Reception',
  ]);
  // Exactly as stored, as text: markup stays characters.
  expect(
    await section.locator('textarea').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value)),
  ).toEqual([setAside, cutShort]);
  expect(await section.locator('b').count()).toBe(0);
  await expectNoAxeViolations(page, '#reflections-dialog');

  await section.getByRole('button', { name: 'Copy this text' }).nth(1).click();
  await section.locator('[role="status"]', { hasText: 'Copied.' }).waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(cutShort);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Save all of it as a text file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^allyship-saved-text-\d{4}-\d{2}-\d{2}\.txt$/);
  const text = await downloadedText(download);
  expect(text).toContain(cutShort);
  expect(text).toContain(setAside);
  expect(text).toContain('Sitting in Reception');
  // Nothing was changed on the device by reading it.
  expect(await stored(page, FIRST)).toBe(cutShort);
  expect(await stored(page, SET_ASIDE)).toBe(setAside);
  expect(errors).toEqual([]);
});
