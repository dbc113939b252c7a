// Saves that survive, by keyboard only: three named slots, a save as a file and back, and every fault we can
// inject (corrupt JSON, another format version, a story this theatre lacks, an edited story, storage that
// throws, storage that is full) ends in the promised message with nothing lost: not the other saves, not the
// learner's debrief answers.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import {
  cleanPage,
  downloadedText,
  expectNoAxeViolations,
  launchBrowser,
  newPage,
  stageHiddenEarlier,
  urlFor,
} from './support/browser';
import { heardSaid, hearStatus } from './support/heardSaid';
import {
  beginFirstStory,
  chooseFile,
  choiceTexts,
  closeDialog,
  focusedInfo,
  openSiteDialog,
  pressUntil,
  takeChoice,
  watchFileChoosers,
} from './support/theatreKeys';

// Saves are this file's subject, not the stage or motion: it plays as a learner who hid the stage and asked for less
// movement (a page with the stage costs about twice the CPU to open and play). The stage's own tests keep it on.
const QUIET = { reducedMotion: 'reduce' as const, tab: { name: 'stage hidden', initScripts: [stageHiddenEarlier] } };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ANSWERS = JSON.stringify({ version: 1, feelings: 'Unsettled, then clearer.' });

/** Like newPage, but in a context the test prepared (init scripts that break storage). */
async function pageIn(context: BrowserContext, pagePath: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/favicon\.ico/.test(msg.location().url)) errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  watchFileChoosers(page);
  await page.goto(urlFor(inject('baseUrl'), pagePath));
  return { page, errors };
}

/** Everything the game keeps on this device, as a plain object (for "nothing lost" comparisons). */
async function stored(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      if (k.startsWith('allyship:')) out[k] = localStorage.getItem(k)!;
    }
    return out;
  });
}

async function storyId(page: Page): Promise<string> {
  return page.evaluate(() => new URLSearchParams(location.search).get('story')!);
}

/** In the open Saved places dialog: Tab to a slot's button and press it. */
async function pressSlot(page: Page, slot: number, action: string): Promise<void> {
  await pressUntil(page, 'Tab', (f) => f.slot === String(slot) && f.action === action);
  await page.keyboard.press('Enter');
}

/** In the open Saved places dialog: choose a file for "Load a saved place from a file", by keyboard. */
async function loadFile(page: Page, name: string, text: string): Promise<void> {
  await chooseFile(page, 'save-file-input', { name, text });
}

async function exportFrom(page: Page, predicate: Parameters<typeof pressUntil>[2], key: 'Tab' | 'Shift+Tab' = 'Tab') {
  await pressUntil(page, key, predicate);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return { name: download.suggestedFilename(), text: await downloadedText(download) };
}

/** Play the first story one choice in; returns what is on offer after that choice. */
async function oneChoiceIn(page: Page): Promise<{ id: string; first: string[]; afterOne: string[] }> {
  watchFileChoosers(page);
  await page.locator('h1').first().waitFor();
  await beginFirstStory(page);
  const first = await choiceTexts(page);
  await takeChoice(page, 1);
  return { id: await storyId(page), first, afterOne: await choiceTexts(page) };
}

test('three slots: save here, load (the path replayed), still there after a reload, delete', async () => {
  const { page, errors } = await cleanPage(browser, '/', QUIET);
  const { afterOne } = await oneChoiceIn(page);
  const title = (await page.locator('.play-title').textContent())!.trim();

  await openSiteDialog(page, 'saves');
  await pressSlot(page, 1, 'save');
  await page.locator('#saves-dialog .save-message', { hasText: 'Saved in slot 1.' }).waitFor();
  const slot = page.locator('#saves-dialog .slot').first();
  const facts = await slot.locator('dd').allTextContents();
  expect(facts[0]).toBe(title);
  expect(facts[1]).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}$/);
  expect(facts[2]).not.toBe('The beginning');
  expect(facts[2].length).toBeGreaterThan(0);
  // Focus stays on the slot's button, now "Save over this".
  expect(await focusedInfo(page)).toMatchObject({ slot: '1', action: 'save' });
  await expectNoAxeViolations(page, '#saves-dialog');
  await closeDialog(page);

  await takeChoice(page, 1);
  expect(await choiceTexts(page)).not.toEqual(afterOne);

  await openSiteDialog(page, 'saves');
  await pressSlot(page, 1, 'load');
  await page.waitForFunction(
    () => !document.querySelector('dialog[open]') && document.querySelectorAll('.choices button').length > 0,
  );
  expect(await choiceTexts(page)).toEqual(afterOne);

  await page.reload();
  await page.locator('.transcript .line').first().waitFor();
  await openSiteDialog(page, 'saves');
  expect(await page.locator('#saves-dialog .slot').first().locator('dd').first().textContent()).toBe(title);
  await pressSlot(page, 1, 'delete');
  // The confirmation starts on "Keep it": a second Enter by mistake loses nothing.
  expect((await focusedInfo(page)).action).toBe('keep');
  await pressUntil(page, 'Shift+Tab', (f) => f.action === 'confirm-delete');
  await page.keyboard.press('Enter');
  await page.locator('#saves-dialog .save-message', { hasText: 'Slot 1 is now empty.' }).waitFor();
  expect(await page.locator('#saves-dialog .slot').first().textContent()).toContain('Nothing kept in this slot.');
  // Empty slots never read as "nothing is saved": the automatic save is listed above them.
  expect(await page.locator('#saves-dialog .slot-automatic').textContent()).toContain(title);
  expect(await page.evaluate(() => localStorage.getItem('allyship:save:slot:1'))).toBeNull();
  expect(errors).toEqual([]);
});

test('a choice is kept even when the page is left at once: the autosave waits for the paint, never for a close', async () => {
  const S1 = 'sitting-in-reception';
  const key = `allyship:save:auto:${S1}`;
  const { page, errors } = await cleanPage(browser, `/?story=${S1}`, QUIET);
  await page.waitForFunction(() => performance.getEntriesByName('story-ready').length > 0);
  // In one task: the choice, then the page being left (pagehide), before any frame is painted.
  const kept = await page.evaluate((k) => {
    const before = JSON.parse(localStorage.getItem(k) ?? '{"path":[]}').path.length;
    document.querySelector<HTMLButtonElement>('.choice')!.click();
    const atClick = JSON.parse(localStorage.getItem(k) ?? '{"path":[]}').path.length;
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    return { before, atClick, leaving: JSON.parse(localStorage.getItem(k)!).path.length };
  }, key);
  // Not written before the words (that is the point), and written when the page goes.
  expect(kept).toEqual({ before: 0, atClick: 0, leaving: 1 });
  // And for real: a second choice, then a reload in the same task; the story resumes after both choices.
  const reloaded = page.waitForEvent('load');
  const second = await page.evaluate(() => {
    const button = document.querySelector<HTMLButtonElement>('.choice')!;
    const text = button.querySelector('.choice-text')!.textContent;
    button.click();
    location.reload();
    return text;
  });
  await reloaded;
  await page.waitForFunction(() => performance.getEntriesByName('story-ready').length > 0);
  const path = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key))!).path;
  expect(path.map((step: { text: string }) => step.text)).toEqual([expect.any(String), second]);
  // The reload may cut short a file still arriving (the stage's): that is the test leaving, not the game failing.
  const real = errors.filter((e) => !/^request failed: .* \(net::ERR_ABORTED\)$/.test(e));
  expect(real, real.join('\n')).toEqual([]);
});

test('a save exported to a file loads in a fresh browser and resumes at the same place', async () => {
  const { page, errors } = await cleanPage(browser, '/', QUIET);
  const { afterOne, id } = await oneChoiceIn(page);
  await openSiteDialog(page, 'saves');
  const file = await exportFrom(page, (f) => f.action === 'export');
  expect(file.name).toMatch(new RegExp(`^allyship-save-${id}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const save = JSON.parse(file.text);
  expect(save).toMatchObject({ format: 1, storyId: id });
  expect(save.path).toHaveLength(1);

  const fresh = await newPage(browser, '/');
  watchFileChoosers(fresh.page);
  await fresh.page.locator('h1').first().waitFor();
  await openSiteDialog(fresh.page, 'saves');
  await loadFile(fresh.page, file.name, file.text);
  await fresh.page.locator('.choices button').first().waitFor();
  expect(await storyId(fresh.page)).toBe(id);
  expect(await choiceTexts(fresh.page)).toEqual(afterOne);
  expect(errors).toEqual([]);
  expect(fresh.errors).toEqual([]);
});

test('bad save files are refused in plain words, and nothing on the device changes', async () => {
  const { page, errors } = await cleanPage(browser, '/', QUIET);
  const { afterOne, id } = await oneChoiceIn(page);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`allyship:debrief:${id}`, ANSWERS]);
  await openSiteDialog(page, 'saves');
  await pressSlot(page, 2, 'save');
  await page.locator('#saves-dialog .save-message', { hasText: 'Saved in slot 2.' }).waitFor();
  const before = await stored(page);

  const good = { format: 1, storyId: id, storyHash: '', seed: 0, path: [] };
  const cases: [string, string, RegExp][] = [
    ['damaged.json', '{"format":1,"storyId":', /“damaged\.json” could not be used: the saved place is not readable/],
    ['old.json', JSON.stringify({ ...good, format: 2 }), /made by a different version of the game \(format 2\)/],
    [
      'elsewhere.json',
      JSON.stringify({ ...good, storyId: 'no-such-story' }),
      /story called “no-such-story”, which is not in this theatre/,
    ],
    [
      'odd.json',
      JSON.stringify({ ...good, path: [{ index: 0, text: 'x', extra: true }] }),
      /does not have the shape the game expects/,
    ],
  ];
  for (const [name, text, message] of cases) {
    await loadFile(page, name, text);
    const problem = page.locator('#saves-dialog .save-problem');
    await problem.filter({ hasText: message }).waitFor();
    expect(await problem.getAttribute('role')).toBe('alert');
    // Still in the dialog, still in the story where we were, and every stored thing exactly as it was.
    expect(await page.locator('#saves-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await stored(page)).toEqual(before);
  }
  await closeDialog(page);
  expect(await choiceTexts(page)).toEqual(afterOne);
  expect(errors).toEqual([]);
});

test('a damaged or out-of-date automatic save is set aside, never deleted, and the learner is told', async () => {
  const { page, errors } = await cleanPage(browser, '/', QUIET);
  const { id } = await oneChoiceIn(page);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`allyship:debrief:${id}`, ANSWERS]);

  for (const [damaged, message] of [
    ['{"format":1,"path":[', /not readable/],
    [
      JSON.stringify({ format: 7, storyId: id, storyHash: '', seed: 0, path: [] }),
      /different version of the game \(format 7\)/,
    ],
  ] as const) {
    // The game writes a place still waiting to be written when the page goes (afterPaint.ts). Have it do so now:
    // otherwise, on a busy machine, the reload below wrote the waiting place over the damaged save put in its
    // place, the page found a good save, and the test waited 30 s for a notice that rightly never came.
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`allyship:save:auto:${id}`, damaged]);
    await page.reload();
    const notice = page.locator('.transcript .notice', { hasText: 'Your saved place could not be used' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(message);
    expect(await notice.textContent()).toContain('The old save has been kept aside.');
    // The story still plays from the beginning.
    await page.locator('.choices button').first().waitFor();
    const after = await stored(page);
    expect(
      Object.entries(after).some(([k, v]) => k.startsWith(`allyship:save:set-aside:${id}:`) && v === damaged),
    ).toBe(true);
    expect(after[`allyship:debrief:${id}`]).toBe(ANSWERS);
  }
  // A reload while the stage's script is still loading cancels that request: the test's doing, not the game's.
  expect(errors.filter((e) => !/request failed: .*startStage.*ERR_ABORTED/.test(e))).toEqual([]);
});

test('a save from an edited story resumes up to the first choice that no longer matches, and says so', async () => {
  const { page, errors } = await cleanPage(browser, '/', QUIET);
  const { afterOne, first, id } = await oneChoiceIn(page);
  const edited = {
    format: 1,
    storyId: id,
    storyHash: 'an-older-version',
    seed: 0,
    path: [
      { index: 0, text: first[0] },
      { index: 0, text: 'An option this story no longer has' },
    ],
  };

  // From a file…
  await openSiteDialog(page, 'saves');
  await loadFile(page, 'older.json', JSON.stringify(edited));
  const notice = page.locator('.transcript .notice', { hasText: 'This story has changed since your last visit' });
  await notice.waitFor();
  expect(await choiceTexts(page)).toEqual(afterOne);

  // …and from a slot written by an older version of the story.
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key, value),
    [
      'allyship:save:slot:3',
      JSON.stringify({ save: edited, title: 'Older', savedAt: new Date().toISOString(), moment: 'Before the edit' }),
    ],
  );
  await openSiteDialog(page, 'saves');
  expect(await page.locator('#saves-dialog .slot').nth(2).textContent()).toContain('Before the edit');
  await pressSlot(page, 3, 'load');
  await notice.waitFor();
  expect(await choiceTexts(page)).toEqual(afterOne);
  expect(errors).toEqual([]);
});

test('storage that throws (a private window): the game plays, says once that progress will not be kept, and offers the file', async () => {
  const context = await browser.newContext();
  await context.addInitScript(hearStatus);
  await context.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.getItem = refuse;
    Storage.prototype.setItem = refuse;
    Storage.prototype.removeItem = refuse;
  });
  const { page, errors } = await pageIn(context, '/');
  const { afterOne, id } = await oneChoiceIn(page);
  const notice = page.locator('.storage-notice');
  expect(await notice.count()).toBe(1);
  expect(await notice.textContent()).toContain('not letting the game keep anything');
  expect(await notice.textContent()).toContain('your progress will not be kept');
  await expectNoAxeViolations(page);

  await takeChoice(page, 1);
  const file = await exportFrom(page, (f) => f.tag === 'button' && f.name === 'Save your place to a file', 'Shift+Tab');
  expect(JSON.parse(file.text)).toMatchObject({ format: 1, storyId: id });
  expect(JSON.parse(file.text).path).toHaveLength(2);

  // Slots still work for this visit (kept in memory).
  await openSiteDialog(page, 'saves');
  await pressSlot(page, 1, 'save');
  await closeDialog(page);
  await openSiteDialog(page, 'saves');
  await loadFile(page, file.name, file.text);
  await page.locator('.choices button, .end-card').first().waitFor();
  await openSiteDialog(page, 'saves');
  await pressSlot(page, 1, 'load');
  await page.waitForFunction(() => !document.querySelector('dialog[open]'));
  await page.locator('.choices button, .end-card').first().waitFor();

  const said = await heardSaid(page);
  expect(said.filter((s) => s.includes('will not be kept'))).toHaveLength(1);
  expect(afterOne.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('storage that is full: saves already there still load, nothing is overwritten or lost, the file is offered', async () => {
  const context = await browser.newContext();
  const { page, errors } = await pageIn(context, '/');
  const { afterOne, id } = await oneChoiceIn(page);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`allyship:debrief:${id}`, ANSWERS]);
  const before = await stored(page);

  await context.addInitScript(hearStatus);
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Setting the value exceeded the quota.', 'QuotaExceededError');
    };
  });
  await page.goto(page.url().replace(/\?.*$/, ''));
  await page.locator('h1').first().waitFor();
  const notice = page.locator('.storage-notice');
  await notice.filter({ hasText: 'storage is full' }).waitFor();
  expect(await notice.textContent()).toContain('your progress will not be kept');

  // The automatic save written before the storage filled up is still offered, and resumes.
  await pressUntil(page, 'Tab', (f) => f.tag === 'button' && f.name.startsWith('Continue where you left off'));
  await page.keyboard.press('Enter');
  await page.locator('.choices button').first().waitFor();
  expect(await choiceTexts(page)).toEqual(afterOne);
  await takeChoice(page, 1);

  const file = await exportFrom(page, (f) => f.tag === 'button' && f.name === 'Save your place to a file', 'Shift+Tab');
  expect(JSON.parse(file.text).path).toHaveLength(2);
  // Nothing on the device was lost or overwritten: the debrief answers and the earlier save are as they were. (The
  // play's clock, ui/autosave.ts countActiveTime, stopped as the first page went, while storage still had room.)
  const withoutClock = (kept: Record<string, string>) =>
    Object.fromEntries(Object.entries(kept).filter(([key]) => !key.startsWith('allyship:active:')));
  const after = await stored(page);
  expect(withoutClock(after)).toEqual(withoutClock(before));
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  const said = await heardSaid(page);
  expect(said.filter((s) => s.includes('will not be kept'))).toHaveLength(1);
  expect(errors).toEqual([]);
  await context.close();
});
