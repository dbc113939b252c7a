// A workshop session is never thrown away, in real Chromium: "Start a new session" asks first in a real dialog,
// reached and answered by keyboard, and sets the old session aside; the plan screen lists it and brings it back
// where it was. A session whose story has left the theatre is set aside too, not cleared.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { inject } from 'vitest';
import { expectNoAxeViolations, launchBrowser, tabUntil, urlFor } from './support/browser';

const STORY = 'sitting-in-reception';
const COMMITMENT = 'Speak to the person, not about them';
const SESSION = 'allyship:workshop:session';
const SET_ASIDE = 'allyship:workshop:set-aside:';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every workshop key in this browser, with its text. */
const stored = (p: Page) =>
  p.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith('allyship:workshop:')) out[key] = localStorage.getItem(key)!;
    }
    return out;
  });
const setAside = async (p: Page) =>
  Object.entries(await stored(p)).filter(([k]) => k.startsWith('allyship:workshop:set-aside:'));
const text = (p: Page, selector: string) =>
  p.evaluate((sel) => (document.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim(), selector);

test('Start a new session asks first, sets the session aside, and the plan screen brings it back where it was', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const p = await context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (err) => errors.push(err.message));
  await p.goto(urlFor(inject('baseUrl'), `/workshop.html?story=${STORY}`));
  await p.locator('#vote-1').waitFor();
  // Nothing set aside yet: the plan screen has no list.
  expect(await p.locator('#set-aside-heading').count()).toBe(0);

  // Straight to the debrief, and a commitment the room agreed.
  await p.click('[data-key="start"]');
  await p.click('[data-key="end"]');
  await p.click('[data-key="end-yes"]');
  await p.fill('#commitment', COMMITMENT);
  await p.press('#commitment', 'Enter');
  await expect.poll(async () => (await stored(p))[SESSION] ?? '').toContain(COMMITMENT);
  const session = (await stored(p))[SESSION]!;

  // By keyboard: Tab to "Start a new session"; Enter asks, with the safe answer focused, and Esc keeps everything.
  await p.locator('[data-key="print-takeaway"]').focus();
  await tabUntil(p, (f) => f.name === 'Start a new session');
  await p.keyboard.press('Enter');
  const dialog = p.locator('dialog[open]');
  await dialog.waitFor();
  expect(await dialog.getByRole('heading').textContent()).toBe('Start a new session?');
  expect(await dialog.textContent()).toContain(
    '“Sitting in Reception” is set aside on this browser, not deleted: you can bring it back from the plan screen, under “Sessions set aside”.',
  );
  expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Keep this session');
  await expectNoAxeViolations(p);
  await p.screenshot({ path: 'test-results/new-session-dialog-1280.png' });
  await p.keyboard.press('Escape');
  expect(await dialog.count()).toBe(0);
  expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Start a new session');
  expect((await stored(p))[SESSION]).toBe(session);
  expect(await setAside(p)).toEqual([]);
  // Enter on "Keep this session" keeps it too.
  await p.keyboard.press('Enter');
  await p.keyboard.press('Enter');
  expect(await dialog.count()).toBe(0);
  expect((await stored(p))[SESSION]).toBe(session);

  // Asked again, and this time yes: a new session starts and the old one is set aside whole.
  await p.keyboard.press('Enter');
  await dialog.waitFor();
  await p.keyboard.press('Tab');
  expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Set it aside and start a new session');
  await p.keyboard.press('Enter');
  await p.locator('#set-aside-heading').waitFor();
  expect(await p.evaluate(() => document.activeElement?.id)).toBe('plan-heading');
  expect((await stored(p))[SESSION]).toBeUndefined();
  expect((await setAside(p)).map(([, v]) => v)).toEqual([session]);
  expect(await text(p, '.ws-set-aside li strong')).toBe('Sitting in Reception');
  expect(await text(p, '.ws-set-aside li .ws-hint')).toMatch(
    /^In the debrief, started \d{1,2} \w+ \d{4} at \d\d:\d\d; set aside \d{1,2} \w+ \d{4} at \d\d:\d\d\.$/,
  );
  await expectNoAxeViolations(p);
  await p.screenshot({ path: 'test-results/sessions-set-aside-1280.png', fullPage: true });

  // The list is there on the next visit; "Bring it back" returns the session to the debrief with its commitment.
  // (Opened without a story chosen: a plan chosen meanwhile would be set aside in its place, as the next test shows.)
  await p.goto(urlFor(inject('baseUrl'), '/workshop.html'));
  await p.locator('#set-aside-heading').waitFor();
  await p.getByRole('button', { name: 'Bring it back: Sitting in Reception' }).click();
  await p.locator('#commitment').waitFor();
  expect(await text(p, '.ws-commitments')).toContain(COMMITMENT);
  expect((await stored(p))[SESSION]).toBe(session);
  expect(await setAside(p)).toEqual([]);

  // Its story leaves the theatre: on the next load the session is set aside, not cleared, and the list says why it
  // cannot come back yet.
  const gone = session.replace(`"storyId":"${STORY}"`, '"storyId":"a-story-since-removed"');
  expect(gone).not.toBe(session);
  await p.evaluate(([key, value]) => localStorage.setItem(key!, value!), [SESSION, gone]);
  await p.goto(urlFor(inject('baseUrl'), '/workshop.html'));
  await p.locator('#set-aside-heading').waitFor();
  expect(await text(p, '.notice')).toContain('The last one is set aside below.');
  expect((await stored(p))[SESSION]).toBeUndefined();
  expect((await setAside(p)).map(([, v]) => v)).toEqual([gone]);
  expect(await text(p, '.ws-set-aside li strong')).toBe('A story no longer in this theatre (a-story-since-removed)');
  expect(await text(p, '.ws-set-aside li')).toContain(
    'It can be brought back once its story is in this theatre again.',
  );
  expect(await p.getByRole('button', { name: /^Bring it back/ }).count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('a session set aside while another is planned: bringing it back sets the planned one aside, so nothing goes', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const p = await context.newPage();
  await p.goto(urlFor(inject('baseUrl'), `/workshop.html?story=${STORY}`));
  await p.locator('#vote-1').waitFor();
  await p.click('[data-key="start"]');
  await p.locator('[data-key="next"]').waitFor();
  const started = (await stored(p))[SESSION]!;
  // Set aside (as Start a new session does), then a new plan with its first room vote switched off.
  await p.evaluate(
    ([key, value]) => {
      localStorage.setItem(`${key}1765000000000`, value!);
      localStorage.removeItem('allyship:workshop:session');
    },
    [SET_ASIDE, started],
  );
  await p.goto(urlFor(inject('baseUrl'), `/workshop.html?story=${STORY}`));
  await p.locator('#vote-1').waitFor();
  await p.uncheck('#vote-1');
  await expect.poll(async () => (await stored(p))[SESSION] ?? '').toMatch(/"screen":"plan"/);
  const planned = (await stored(p))[SESSION]!;
  await p.getByRole('button', { name: 'Bring it back: Sitting in Reception' }).click();
  await p.locator('[data-key="next"]').waitFor();
  expect((await stored(p))[SESSION]).toBe(started);
  expect((await setAside(p)).map(([, v]) => v)).toEqual([planned]);
  await context.close();
});

test('a session set aside can be deleted for good: asked first, by keyboard, saying what goes; Esc or "Keep it" keeps it', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const p = await context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (err) => errors.push(err.message));
  await p.goto(urlFor(inject('baseUrl'), `/workshop.html?story=${STORY}`));
  await p.locator('#vote-1').waitFor();
  await p.click('[data-key="start"]');
  await p.locator('[data-key="next"]').waitFor();
  const started = (await stored(p))[SESSION]!;
  // Two sessions set aside (the newer with a commitment), and a plan on screen now.
  const older = started;
  const newer = started.replace('"commitments":[]', `"commitments":["${COMMITMENT}"]`);
  expect(newer).not.toBe(older);
  await p.evaluate(
    ([key, a, b]) => {
      localStorage.setItem(`${key}1765000000000`, a!);
      localStorage.setItem(`${key}1765000600000`, b!);
      localStorage.removeItem('allyship:workshop:session');
    },
    [SET_ASIDE, older, newer],
  );
  await p.goto(urlFor(inject('baseUrl'), `/workshop.html?story=${STORY}`));
  await p.locator('#set-aside-heading').waitFor();
  expect(await text(p, '#set-aside-heading ~ p')).toBe(
    'Kept on this browser until you delete one. Bringing one back sets aside the session you have now, so you can swap back.',
  );
  const planned = (await stored(p))[SESSION];
  const deletes = p.getByRole('button', { name: 'Delete: Sitting in Reception' });
  expect(await deletes.count()).toBe(2);
  // Two sessions of one story read apart by screen reader: each button is named with when it was set aside (ten
  // minutes apart here), as the line under its title says.
  const SET_ASIDE_NAME = /^Delete: Sitting in Reception, set aside \d{1,2} \w+ \d{4} at \d\d:\d\d$/;
  const names = await deletes.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')!));
  for (const name of names) expect(name).toMatch(SET_ASIDE_NAME);
  expect(new Set(names).size).toBe(2);
  const bringBacks = await p
    .getByRole('button', { name: 'Bring it back: Sitting in Reception' })
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')!));
  expect(bringBacks).toEqual(names.map((n) => n.replace(/^Delete:/, 'Bring it back:')));
  for (const [i, hint] of (await p.locator('.ws-set-aside li .ws-hint').allTextContents()).entries())
    expect(hint).toContain(names[i]!.replace(/^Delete: Sitting in Reception, /, ''));

  // By keyboard: Tab to the first Delete (the newer session); Enter asks, saying what goes, with "Keep it" focused.
  await p.getByRole('button', { name: 'Bring it back: Sitting in Reception' }).first().focus();
  await tabUntil(p, (f) => f.name === names[0]);
  await p.keyboard.press('Enter');
  const dialog = p.locator('dialog[open]');
  await dialog.waitFor();
  expect(await dialog.getByRole('heading').textContent()).toBe('Delete this session for good?');
  const words = await text(p, 'dialog[open] p');
  expect(words).toMatch(
    /^This deletes “Sitting in Reception” \(set aside \d{1,2} \w+ \d{4} at \d\d:\d\d\) from this browser\. /,
  );
  expect(words).toContain(
    'Its plan, the path the room took, every vote and its counts, and everything you typed (the room’s own moves, the commitments and the head count) will be gone. You cannot undo this. To keep a summary, bring the session back first, then print or download it.',
  );
  expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Keep it');
  await expectNoAxeViolations(p);
  await p.screenshot({ path: 'test-results/delete-session-dialog-1280.png' });
  await p.setViewportSize({ width: 375, height: 812 });
  await p.screenshot({ path: 'test-results/delete-session-dialog-375.png' });
  await p.setViewportSize({ width: 1280, height: 800 });
  // Esc keeps it, and focus is back on the button that asked.
  await p.keyboard.press('Escape');
  expect(await dialog.count()).toBe(0);
  expect(await p.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(names[0]);
  expect((await setAside(p)).length).toBe(2);
  // Enter by reflex on "Keep it" keeps it too.
  await p.keyboard.press('Enter');
  await dialog.waitFor();
  await p.keyboard.press('Enter');
  expect(await dialog.count()).toBe(0);
  expect((await setAside(p)).length).toBe(2);

  // Asked again, and yes: the newer session goes for good, the older stays, and so does the plan on screen.
  await p.keyboard.press('Enter');
  await dialog.waitFor();
  await p.keyboard.press('Tab');
  expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Delete it for good');
  await p.keyboard.press('Enter');
  await expect.poll(async () => (await setAside(p)).map(([, v]) => v)).toEqual([older]);
  expect((await stored(p))[SESSION]).toBe(planned);
  expect(await text(p, '.ws-panel:has(#set-aside-heading) .notice')).toBe('That session is deleted from this browser.');
  expect(await deletes.count()).toBe(1);
  // Focus stays in the list, on the one left.
  expect(await p.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(names[1]);
  await p.screenshot({ path: 'test-results/session-deleted-1280.png' });

  // The last one deleted: the list goes, and focus goes to the plan.
  await p.keyboard.press('Enter');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Delete it for good' }).click();
  await expect.poll(() => setAside(p)).toEqual([]);
  expect(await p.locator('#set-aside-heading').count()).toBe(0);
  expect(await p.evaluate(() => document.activeElement?.id)).toBe('plan-heading');
  expect(await text(p, '.notice')).toBe('That session is deleted from this browser.');
  await p.screenshot({ path: 'test-results/last-session-deleted-1280.png' });
  expect((await stored(p))[SESSION]).toBe(planned);
  // Gone for good: a reload does not bring it back.
  await p.reload();
  await p.locator('#vote-1').waitFor();
  expect(await p.locator('#set-aside-heading').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
