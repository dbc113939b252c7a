// A participant's reflective account outlives the room it was written in, in real Chromium against two real room
// servers started in turn on one port (the same laptop next week: `npm run room` keeps port 8787). The phone joins
// the second room and the first account is kept aside, to read, save or email; the phone's own controls delete an
// account, each after asking; nothing else ever does.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { startRoom, type RunningRoom } from '../../src/roomServer/startRoom';
import { downloadedText, expectNoAxeViolations, launchBrowser } from './support/browser';
import { openPresenter } from './support/roomForTests';
import { clickOn as click, pageText as text, endPhoneRoom } from './support/roomPages';

const WEEK_ONE = 'What I learned in week one, not saved before the room ended.';
const WEEK_TWO = 'Week two: ask the person first.';

let browser: Browser;
const rooms: RunningRoom[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const room of rooms) await room.close();
});

/** Everything the phone keeps, as one string. */
const kept = (phone: Page) =>
  phone.evaluate(() =>
    Object.keys(localStorage)
      .map((k) => `${k}=${localStorage.getItem(k)}`)
      .join('\n'),
  );

/** A room on the given port (0: any free one), its presenter at the debrief of `story`, and the phone joined. */
async function roomAtDebrief(
  port: number,
  story: string,
  phone: Page,
): Promise<{ room: RunningRoom; presenter: Page }> {
  const room = await startRoom({ port, host: '127.0.0.1', distDir: inject('distDir') });
  rooms.push(room);
  const presenter = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await openPresenter(presenter, room, story);
  await phone.goto(room.joinAddress);
  await expect.poll(() => text(phone, '#phone-heading')).toBe('Waiting for a vote');
  await click(presenter, '[data-key="start"]');
  await click(presenter, '[data-key="end"]');
  await click(presenter, '[data-key="end-yes"]');
  await expect.poll(() => text(phone, '#phone-heading')).toBe('The group debrief');
  return { room, presenter };
}

test('a phone that joins next week’s room keeps last week’s account aside, and deletes an account only when asked', async () => {
  const phone = await (
    await browser.newContext({ viewport: { width: 375, height: 812 }, acceptDownloads: true })
  ).newPage();
  const errors: string[] = [];
  phone.on('pageerror', (err) => errors.push(err.message));

  // Week one: the participant writes, and the room ends before they save it.
  const one = await roomAtDebrief(0, 'sitting-in-reception', phone);
  await phone.fill('#account-learned', WEEK_ONE);
  await endPhoneRoom(one.presenter);
  await expect.poll(() => text(phone, '#phone-heading')).toBe('The workshop has ended');
  await one.presenter.context().close();
  await one.room.close();

  // Week two, same laptop, same port (so the same storage on the phone), another story and a new code.
  const two = await roomAtDebrief(one.room.port, 'next-of-kin', phone);
  expect(two.room.code).not.toBe(one.room.code);
  // This room's account starts empty; last week's is kept below it, whole.
  expect(await phone.inputValue('#account-learned')).toBe('');
  const earlier = phone.locator('.phone-earlier');
  expect(await text(phone, '#earlier-heading')).toBe('Your reflective account from an earlier workshop');
  expect(await earlier.locator('h3').textContent()).toMatch(/^Sitting in Reception, \d{1,2} \w+ \d{4}$/);
  await earlier.getByText('Read it').click();
  expect(await earlier.locator('pre').textContent()).toContain(WEEK_ONE);
  expect(await kept(phone)).toContain(WEEK_ONE);
  const [download] = await Promise.all([
    phone.waitForEvent('download'),
    earlier.getByText('Save it as a file').click(),
  ]);
  expect(download.suggestedFilename()).toBe('reflective-account-sitting-in-reception.txt');
  expect(await downloadedText(download)).toContain(WEEK_ONE);
  await expectNoAxeViolations(phone);
  await phone.screenshot({ path: 'test-results/phone-earlier-account-375.png', fullPage: true });

  // A commitment typed on the presenter redraws the room's part: the earlier account stays open where it was.
  await phone.fill('#account-learned', WEEK_TWO);
  await click(two.presenter, '#commitment');
  await two.presenter.fill('#commitment', 'Ask before telling anyone');
  await two.presenter.press('#commitment', 'Enter');
  await expect.poll(() => text(phone, '[data-account-facts]')).toContain('Ask before telling anyone');
  expect(await earlier.locator('details').getAttribute('open')).not.toBeNull();
  await phone.bringToFront();

  // Deleting this week's account asks first; "No" keeps every word.
  await phone.getByRole('button', { name: 'Delete my account from this phone' }).click();
  const question = phone.getByRole('group', { name: /Delete your reflective account from this phone\?/ });
  expect(await question.isVisible()).toBe(true);
  expect(await phone.evaluate(() => document.activeElement?.textContent)).toBe('No, keep it');
  await expectNoAxeViolations(phone);
  await phone.screenshot({ path: 'test-results/phone-delete-question-375.png', fullPage: true });
  await question.getByRole('button', { name: 'No, keep it' }).click();
  expect(await phone.inputValue('#account-learned')).toBe(WEEK_TWO);
  expect(await kept(phone)).toContain(WEEK_TWO);

  // "Yes" deletes this week's words from the screen and the phone, and leaves last week's alone.
  await phone.getByRole('button', { name: 'Delete my account from this phone' }).click();
  await question.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect.poll(() => text(phone, '[role="status"].phone-in')).toBe('Your account is deleted from this phone.');
  expect(await phone.inputValue('#account-learned')).toBe('');
  expect(await kept(phone)).not.toContain(WEEK_TWO);
  expect(await kept(phone)).toContain(WEEK_ONE);

  // Last week's has its own delete, which asks too.
  await earlier.getByRole('button', { name: 'Delete it from this phone' }).click();
  await earlier.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect.poll(() => earlier.count()).toBe(0);
  expect(await kept(phone)).not.toContain(WEEK_ONE);
  expect(await text(phone, '[role="status"].phone-in')).toBe('That account is deleted from this phone.');
  expect(errors).toEqual([]);
  await two.presenter.context().close();
});
