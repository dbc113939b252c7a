// When the room's network fails, in real Chromium against the real room server on 127.0.0.1: a phone whose tap
// cannot reach the room says so on its screen (not only to a screen reader), and when the room server stops
// mid-vote the presenter is told what to do, the projector stops showing a QR code nobody can use, and phones
// say they have lost touch. Each page says what to do next. With the server stopped, the presenter and the projector
// still reload (the browser keeps them: src/ui/workshop/offlineWorker.ts) to the session where it was, and a projector
// window first opened then still opens. A server that hangs (accepts, then never answers) is met the same way,
// without waiting for the browser's own limit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { startRoom } from '../../src/roomServer/startRoom';
import { OFFLINE_WORKER } from '../../src/ui/workshop/keepOffline';
import { openPresenter, openProjector, roomForTests } from './support/roomForTests';
import { clickOn as click, pageText as text, toFirstRoomVote } from './support/roomPages';
import { stallingDoor } from './support/stallingDoor';

const STORY = 'sitting-in-reception';

const theRoom = roomForTests();

/** Whether the page's offline worker is installed, with its files kept (false after ten seconds without one). */
const keptByTheBrowser = (p: Page): Promise<boolean> =>
  p.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then((registration) => !!registration.active),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
    ]),
  );

const page = theRoom.page;
const PHONE = { width: 375, height: 812 };

/** Whether the presenter's page has had the projector's page kept too (false after ten seconds without). */
const projectorKeptBy = (presenter: Page): Promise<boolean> =>
  presenter.evaluate(async () => {
    for (let i = 0; i < 100; i++) {
      const registration = await navigator.serviceWorker.getRegistration('projector.html');
      if (registration?.active) return true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
  });

type Room = Awaited<ReturnType<typeof startRoom>>;

/** The facilitator opens the new room's presenter address in the same tab, and the page joins that room. */
async function presenterOnNewRoom(presenter: Page, running: Room): Promise<void> {
  await presenter.goto(running.presenterAddress);
  // The page connects to the new room and resumes the session before it tells the projector (a few seconds on a
  // busy machine).
  await expect
    .poll(() => text(presenter, '[data-phone-joined]'), { timeout: 15_000 })
    .toContain(`Room code ${running.code}`);
}

/** A phone joins from the new room's address and is shown the open vote; then the two pages are closed. */
async function aPhoneJoinsTheVote(running: Room, presenter: Page): Promise<void> {
  const phone = await page({ width: 375, height: 812 });
  await phone.goto(running.joinAddress);
  await expect.poll(() => text(phone, '#phone-heading')).toBe('What would you do?');
  await presenter.context().close();
  await phone.context().close();
}

describe('when the room’s network fails', () => {
  test('a phone says on screen that a vote did not go through, the presenter and projector say the phone room has stopped', async () => {
    const running = theRoom.room();
    const presenter = await page();
    await openPresenter(presenter, running, STORY);
    const projector = await openProjector(presenter, { width: 1280, height: 720 });
    const phones = [await page({ width: 375, height: 812 }), await page({ width: 375, height: 812 })];
    for (const phone of phones) {
      await phone.goto(running.joinAddress);
      await expect.poll(() => text(phone, '#phone-heading')).toBe('Waiting for a vote');
    }

    await toFirstRoomVote(presenter);
    await presenter.keyboard.press('v');
    for (const phone of phones) await expect.poll(() => text(phone, '#phone-heading')).toBe('What would you do?');
    await expect.poll(() => projector.locator('.room-qr').count()).toBe(1);

    // The phone's Wi-Fi drops as its owner taps: the page says so where they are looking, and what to do.
    const [phone, other] = phones as [Page, Page];
    await phone.context().setOffline(true);
    await click(phone, '[data-choice="1"]');
    await expect.poll(() => text(phone, '.phone-problem')).toContain('Your vote did not go through');
    expect(await text(phone, '.phone-problem')).toContain('Wi-Fi');
    expect(await phone.locator('[aria-pressed="true"]').count()).toBe(0);
    await phone.screenshot({ path: 'test-results/phone-vote-failed-375.png', fullPage: true });
    // Back on the Wi-Fi, the same tap counts and the warning goes.
    await phone.context().setOffline(false);
    await click(phone, '[data-choice="1"]');
    await expect.poll(() => text(phone, '.phone-in')).toContain('Your vote is in');
    expect(await phone.locator('.phone-problem').count()).toBe(0);
    await expect.poll(() => text(presenter, '[data-phone-count]')).toContain('Phone votes in: 1');

    // The room server stops mid-vote (the laptop's terminal closed, the process crashed).
    await running.close();
    theRoom.stopped();
    // The presenter is told, with what to do now and how to bring phones back.
    await expect.poll(() => text(presenter, '[data-phone-lost]')).toContain('The phone room is not answering');
    const lost = await text(presenter, '[data-phone-lost]');
    expect(lost).toContain('hands or cards');
    expect(lost).toContain('npm run room');
    // The vote entry is the typed one now, and the room's screen no longer invites phones to a room that is gone.
    expect(await presenter.locator('[data-key="phone-close"]').count()).toBe(0);
    expect(await presenter.locator('#count-0').count()).toBe(1);
    await expect.poll(() => projector.locator('.room-qr').count()).toBe(0);
    expect(await text(projector, '#room')).toContain('Vote now');
    await presenter.screenshot({ path: 'test-results/presenter-phone-room-lost-1280.png' });
    // A phone still on the page says it has lost touch, and what to do.
    await expect.poll(() => text(other, '.phone-problem')).toContain('lost touch with the room');
    await other.screenshot({ path: 'test-results/phone-lost-touch-375.png', fullPage: true });
  });

  test('while the phone room is down the vote card offers a card or a hand, and phones again once it is back', async () => {
    // A room of its own, so it can be stopped and started again on the same port.
    let running = await startRoom({ port: 0, host: '127.0.0.1', distDir: inject('distDir') });
    const port = running.port;
    try {
      const presenter = await page();
      await openPresenter(presenter, running, STORY);
      const projector = await openProjector(presenter, { width: 1280, height: 720 });
      await toFirstRoomVote(presenter);
      await presenter.keyboard.press('v');
      await expect.poll(() => projector.locator('.room-qr').count(), { timeout: 10_000 }).toBe(1);
      expect(await text(projector, '#room .room-lede')).toContain('a card, a hand or your phone');

      // The server stops: the room is not sent to a phone that cannot vote.
      await running.close();
      await expect
        .poll(() => text(presenter, '[data-phone-lost]'), { timeout: 10_000 })
        .toContain('The phone room is not answering');
      await expect
        .poll(() => text(projector, '#room .room-lede'), { timeout: 10_000 })
        .toContain('Privately: a card or a hand.');
      expect(await text(projector, '#room')).not.toMatch(/phone/i);
      await projector.screenshot({ path: 'test-results/projector-vote-no-phones-1280x720.png' });

      // Back on the same port, the presenter opens the new address in the same tab: the session carries on, the
      // vote is open again on phones, and the room's screen offers phones and the new code.
      running = await startRoom({ port, host: '127.0.0.1', distDir: inject('distDir') });
      await presenterOnNewRoom(presenter, running);
      await expect.poll(() => projector.locator('.room-qr').count(), { timeout: 10_000 }).toBe(1);
      expect(await text(projector, '#room .room-lede')).toContain('a card, a hand or your phone');
      expect(await text(projector, '#room .room-code')).toBe(running.code);
      await aPhoneJoinsTheVote(running, presenter);
    } finally {
      await running.close();
    }
  });

  test('with the room server stopped, the presenter and projector reload to the session where it was; phones come back with the server', async () => {
    let running = await startRoom({ port: 0, host: '127.0.0.1', distDir: inject('distDir') });
    const port = running.port;
    try {
      const presenter = await page();
      await openPresenter(presenter, running, STORY);
      const projector = await openProjector(presenter, { width: 1280, height: 800 });
      await toFirstRoomVote(presenter);
      await presenter.keyboard.press('v');
      await expect.poll(() => projector.locator('.room-qr').count(), { timeout: 10_000 }).toBe(1);
      const options = await text(projector, '#room .room-options');
      expect(options).not.toBe('');
      // Both pages have what they need kept by the browser (the worker has installed and taken its files).
      for (const p of [presenter, projector]) expect(await keptByTheBrowser(p)).toBe(true);

      // The server stops (the laptop slept, the terminal closed), and someone presses F5 on both screens.
      await running.close();
      await presenter.reload();
      await projector.reload();
      // The presenter comes back with the session where it was: the same vote open, counts to type, and the
      // phones marked as not answering, with what to do.
      await expect
        .poll(() => text(presenter, '[data-phone-lost]'), { timeout: 10_000 })
        .toContain('The phone room is not answering');
      expect(await text(presenter, '[data-phone-lost]')).toContain('hands or cards');
      expect(await presenter.locator('#count-0').count()).toBe(1);
      expect(await presenter.locator('[data-key="phone-close"]').count()).toBe(0);
      // The projector catches up with the same decision's vote, asking for cards or hands, with no QR code.
      await expect.poll(() => text(projector, '#room .room-options'), { timeout: 10_000 }).toBe(options);
      expect(await text(projector, '#room')).toContain('Vote now');
      expect(await text(projector, '#room .room-lede')).toContain('Privately: a card or a hand.');
      expect(await projector.locator('.room-qr').count()).toBe(0);
      await projector.screenshot({ path: 'test-results/projector-offline-reload-1280x800.png' });
      await presenter.screenshot({ path: 'test-results/presenter-offline-reload-1280x800.png' });

      // The server comes back on the same port: the new presenter address brings phones back to the same vote.
      running = await startRoom({ port, host: '127.0.0.1', distDir: inject('distDir') });
      await presenterOnNewRoom(presenter, running);
      expect(await presenter.locator('[data-phone-lost]').count()).toBe(0);
      await expect.poll(() => projector.locator('.room-qr').count(), { timeout: 10_000 }).toBe(1);
      expect(await text(projector, '#room .room-options')).toBe(options);
      await aPhoneJoinsTheVote(running, presenter);
    } finally {
      await running.close();
    }
  });

  test('a projector window first opened after the room server stopped opens from the copy the presenter kept', async () => {
    const running = await startRoom({ port: 0, host: '127.0.0.1', distDir: inject('distDir') });
    let stopped = false;
    try {
      const presenter = await page();
      await openPresenter(presenter, running, STORY);
      await toFirstRoomVote(presenter);
      await presenter.keyboard.press('v');
      // Only the presenter's page was ever opened while the server ran; it keeps the projector's page as well.
      expect(await keptByTheBrowser(presenter)).toBe(true);
      expect(await projectorKeptBy(presenter)).toBe(true);

      // The laptop slept before anyone opened the projector window; the server is gone when they do.
      await running.close();
      stopped = true;
      const projector = await openProjector(presenter, { width: 1280, height: 800 });
      // It opens, pairs with the presenter and shows the room's vote, by cards or hands.
      await expect
        .poll(() => text(projector, '#room .room-options'), { timeout: 10_000 })
        .toBe(await text(presenter, '.room-preview .room-options'));
      expect(await text(projector, '#room')).toContain('Vote now');
      await expect.poll(() => text(projector, '#room .room-lede'), { timeout: 10_000 }).toContain('a card or a hand');
      expect(await projector.locator('.room-qr').count()).toBe(0);
      await projector.screenshot({ path: 'test-results/projector-first-opened-offline-1280x800.png' });
      await presenter.context().close();
    } finally {
      if (!stopped) await running.close();
    }
  });

  test('a room server that hangs (accepts, never answers): the presenter says so, votes go on by hand, both screens reload from the kept copy, and phones come back when it answers', async () => {
    const running = await startRoom({ port: 0, host: '127.0.0.1', distDir: inject('distDir') });
    const door = await stallingDoor(running.port);
    try {
      const presenter = await page();
      await openPresenter(presenter, { ...running, presenterAddress: door.through(running.presenterAddress) }, STORY);
      const projector = await openProjector(presenter, { width: 1280, height: 800 });
      await toFirstRoomVote(presenter);
      await presenter.keyboard.press('v');
      await expect.poll(() => projector.locator('.room-qr').count(), { timeout: 10_000 }).toBe(1);
      const options = await text(projector, '#room .room-options');
      for (const p of [presenter, projector]) expect(await keptByTheBrowser(p)).toBe(true);

      // The server stops answering without closing anything: the presenter's stream goes quiet, and the presenter
      // says so (the limits that catch a hang here are far past PRESENTER_SILENCE_SECONDS, not a speed goal).
      door.stall();
      await expect
        .poll(() => text(presenter, '[data-phone-lost]'), { timeout: 40_000 })
        .toContain('The phone room is not answering');
      const lost = await text(presenter, '[data-phone-lost]');
      expect(lost).toContain('hands or cards');
      expect(lost).toContain('Ctrl+C');
      expect(await presenter.locator('#count-0').count()).toBe(1);
      await expect.poll(() => projector.locator('.room-qr').count(), { timeout: 10_000 }).toBe(0);
      expect(await text(projector, '#room .room-lede')).toContain('Privately: a card or a hand.');
      await presenter.screenshot({ path: 'test-results/presenter-room-hanging-1280x800.png' });
      await projector.screenshot({ path: 'test-results/projector-room-hanging-1280x800.png' });

      // Someone presses F5 on both screens while it hangs: each comes back from the kept copy, to the same vote.
      // The presenter's reload waits once, for its page: its first question to the room is answered at once by the
      // kept copy's worker, so none of its requests to the room is left to wait out the limit and be given up.
      // (The page being reloaded ends its own event stream as it goes: that is not a question given up on.)
      const givenUp: string[] = [];
      presenter.on('requestfailed', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.startsWith('/room/api/') && !pathname.endsWith('/events')) givenUp.push(pathname);
      });
      await presenter.reload({ timeout: 40_000 });
      await projector.reload({ timeout: 40_000 });
      await expect
        .poll(() => text(presenter, '[data-phone-lost]'), { timeout: 40_000 })
        .toContain('The phone room is not answering');
      await expect.poll(() => text(projector, '#room .room-options'), { timeout: 10_000 }).toBe(options);
      expect(await text(projector, '#room .room-lede')).toContain('Privately: a card or a hand.');
      await presenter.screenshot({ path: 'test-results/presenter-reloaded-while-hanging-1280x800.png' });
      // The vote by hands, typed in: the room sees it.
      await presenter.fill('#count-0', '5');
      await presenter.fill('#count-1', '3');
      await presenter.fill('#count-rather', '0');
      await click(presenter, '[data-key="show-vote"]');
      await expect.poll(() => text(projector, '#room'), { timeout: 10_000 }).toContain('%');

      // Nothing the reloaded presenter asked the room was left to wait out the limit (by now it would have).
      expect(givenUp).toEqual([]);

      // The server answers again (the laptop woke): the presenter finds the same room by itself.
      door.answer();
      await expect
        .poll(() => text(presenter, '[data-phone-joined]'), { timeout: 40_000 })
        .toContain(`Room code ${running.code}`);
      expect(await presenter.locator('[data-phone-lost]').count()).toBe(0);
      await presenter.context().close();
    } finally {
      await door.close();
      await running.close();
    }
  });

  test('the room drops out mid-vote and comes back: every phone vote counts once, the projector catches up, and counts typed meanwhile are kept', async () => {
    const running = await startRoom({ port: 0, host: '127.0.0.1', distDir: inject('distDir') });
    // Only the facilitator's laptop loses the room (its own Wi-Fi, a stuck proxy); the phones still reach it.
    const door = await stallingDoor(running.port);
    try {
      const presenter = await page();
      await openPresenter(presenter, { ...running, presenterAddress: door.through(running.presenterAddress) }, STORY);
      const projector = await openProjector(presenter, { width: 1280, height: 800 });
      const [a, b, c] = [await page(PHONE), await page(PHONE), await page(PHONE)] as [Page, Page, Page];
      for (const phone of [a, b, c]) await phone.goto(running.joinAddress);
      await toFirstRoomVote(presenter);
      await presenter.keyboard.press('v');
      const vote = async (phone: Page, choice: number) => {
        await expect.poll(() => text(phone, '#phone-heading'), { timeout: 10_000 }).toBe('What would you do?');
        await click(phone, `[data-choice="${choice}"]`);
        await expect.poll(() => text(phone, '.phone-in')).toContain('Your vote is in');
      };
      await vote(a, 0);
      await vote(b, 1);
      await expect
        .poll(() => text(presenter, '[data-phone-count]'), { timeout: 10_000 })
        .toContain('Phone votes in: 2');

      // The room goes quiet. Someone without a phone raises a hand for option 1, and the facilitator types it.
      door.stall();
      await presenter.fill('#count-0', '1');
      await expect
        .poll(() => text(presenter, '[data-phone-lost]'), { timeout: 40_000 })
        .toContain('The phone room is not answering');
      // The page redrew for the typed vote: the count typed is still there.
      expect(await presenter.inputValue('#count-0')).toBe('1');
      // Meanwhile one phone changes its mind and another votes; the projector window reloads.
      await vote(a, 1);
      await vote(c, 0);
      await projector.reload({ timeout: 40_000 });
      await expect.poll(() => text(projector, '#room'), { timeout: 10_000 }).toContain('Vote now');

      // The room answers again: the same vote, three phones' votes, the typed count kept, the QR code back.
      door.answer();
      await expect
        .poll(() => text(presenter, '[data-phone-count]'), { timeout: 40_000 })
        .toContain('Phone votes in: 3');
      expect(await presenter.locator('[data-phone-lost]').count()).toBe(0);
      expect(await presenter.inputValue('#count-0')).toBe('1');
      await expect.poll(() => projector.locator('.room-qr').count(), { timeout: 10_000 }).toBe(1);

      // Closing the phone vote adds the phones to the typed count and waits for the facilitator to check it: option
      // 1 has the phone that voted it and the hand; option 2 the two phones, the one that changed counted once.
      await click(presenter, '[data-key="phone-close"]');
      await expect.poll(() => presenter.inputValue('#count-0')).toBe('2');
      expect(await presenter.inputValue('#count-1')).toBe('2');
      expect(await presenter.inputValue('#count-rather')).toBe('0');
      expect(await text(projector, '#room')).toContain('Vote now');
      expect(await text(presenter, '.ws-said')).toContain('added to the counts you had typed');
      await presenter.screenshot({ path: 'test-results/presenter-room-back-counts-added-1280x800.png' });
      await presenter.context().close();
      for (const phone of [a, b, c]) await phone.context().close();
    } finally {
      await door.close();
      await running.close();
    }
  });

  test('a phone tap while the room hangs: on its way at once, then kept on the phone and sent when the room answers, counted once; or too late, and said so', async () => {
    const running = await startRoom({ port: 0, host: '127.0.0.1', distDir: inject('distDir') });
    // Each phone reaches the room through a door of its own (its own Wi-Fi, a captive portal); the facilitator's
    // laptop reaches it directly. Each door keeps what a phone sent before it gave up, as a sleeping server would.
    const doors = [
      await stallingDoor(running.port, { keepsWhatWasSent: true }),
      await stallingDoor(running.port, { keepsWhatWasSent: true }),
    ];
    try {
      const presenter = await page();
      await openPresenter(presenter, running, STORY);
      const phones = [await page(PHONE), await page(PHONE)] as [Page, Page];
      for (const [i, phone] of phones.entries()) await phone.goto(doors[i]!.through(running.joinAddress));
      await toFirstRoomVote(presenter);
      await presenter.keyboard.press('v');
      for (const phone of phones)
        await expect.poll(() => text(phone, '#phone-heading'), { timeout: 10_000 }).toBe('What would you do?');
      const [a, b] = phones;
      const [doorA, doorB] = doors as [
        Awaited<ReturnType<typeof stallingDoor>>,
        Awaited<ReturnType<typeof stallingDoor>>,
      ];
      const said = (phone: Page) => text(phone, '#status');

      // Both rooms go quiet; each phone taps an option. The tap shows at once, on the button and to a screen reader.
      doorA.stall();
      doorB.stall();
      await click(a, '[data-choice="1"]');
      expect(await a.getAttribute('[data-choice="1"]', 'aria-pressed')).toBe('true');
      expect(await text(a, '[data-choice="1"] .phone-sending')).toBe('Sending…');
      expect(await text(a, '.phone-note')).toBe('Sending your vote…');
      await expect.poll(() => said(a)).toBe('Sending your vote…');
      await a.screenshot({ path: 'test-results/phone-vote-sending-375.png', fullPage: true });
      await click(b, '[data-choice="0"]');

      // No answer within the limit: each phone says plainly that the room is not answering and the vote is kept.
      for (const phone of phones) {
        await expect
          .poll(() => text(phone, '.phone-problem'), { timeout: 20_000 })
          .toContain('The room is not answering');
        expect(await text(phone, '.phone-problem')).toContain('Your vote is kept on this phone and will be sent');
        expect(await text(phone, '[data-sending] .phone-sending')).toBe('Waiting to send');
        // No tick: it is not counted yet.
        expect(await text(phone, '.phone-in')).toBe('');
      }
      await expect.poll(() => said(a)).toContain('The room is not answering');
      await a.screenshot({ path: 'test-results/phone-vote-kept-375.png', fullPage: true });
      // An impatient second tap on the same option is the same vote.
      await click(a, '[data-choice="1"]');
      // The phone keeps trying the same tap: the room will get it more than once when it wakes.
      await expect
        .poll(() => doorA.held().filter((line) => line.startsWith('POST /room/api/vote')).length, { timeout: 20_000 })
        .toBeGreaterThanOrEqual(2);

      // Phone A's room answers: everything it sent arrives, and its vote counts once.
      doorA.answer();
      await expect.poll(() => text(a, '.phone-in'), { timeout: 20_000 }).toContain('Your vote is in');
      expect(await a.locator('[data-sending]').count()).toBe(0);
      expect(await a.locator('.phone-problem').count()).toBe(0);
      await expect.poll(() => said(a)).toContain('Your vote is in');
      await expect
        .poll(() => text(presenter, '[data-phone-count]'), { timeout: 10_000 })
        .toContain('Phone votes in: 1');

      await a.screenshot({ path: 'test-results/phone-vote-in-after-hang-375.png', fullPage: true });

      // Phone A's room hangs again as its owner changes their mind; the facilitator closes the vote while both
      // phones' rooms hang. Then they answer, too late for phone B's vote and for phone A's change.
      doorA.stall();
      await click(a, '[data-choice="2"]');
      expect(await text(a, '[data-choice="2"] .phone-sending')).toBe('Sending…');
      await click(presenter, '[data-key="phone-close-only"]');
      await expect.poll(() => presenter.inputValue('#count-1')).toBe('1');
      expect(await presenter.inputValue('#count-0')).toBe('0');
      expect(await presenter.inputValue('#count-2')).toBe('0');
      expect(await presenter.inputValue('#count-rather')).toBe('0');
      doorB.answer();
      doorA.answer();
      await expect
        .poll(() => text(b, '.phone-problem'), { timeout: 20_000 })
        .toBe('Your vote did not reach the room before the vote closed, so it was not counted.');
      expect(await text(b, '#phone-heading')).toBe('The vote is closed');
      expect(await text(b, '.phone-in')).toBe('');
      await b.screenshot({ path: 'test-results/phone-vote-too-late-375.png', fullPage: true });
      // Phone A says its change came too late, and that its first vote is the one that counted.
      await expect
        .poll(() => text(a, '.phone-problem'), { timeout: 20_000 })
        .toBe(
          'Your change did not reach the room before the vote closed, so your vote stays as it was before the change.',
        );
      expect(await text(a, '#phone-heading')).toBe('The vote is closed');
      expect(await text(a, '.phone-in')).toContain('Your vote is in');
      await a.screenshot({ path: 'test-results/phone-change-too-late-375.png', fullPage: true });
      await presenter.context().close();
      for (const phone of phones) await phone.context().close();
    } finally {
      for (const door of doors) await door.close();
      await running.close();
    }
  });

  test('a new build is what the next load shows, and the copy the browser keeps becomes the new build', async () => {
    // A build of its own to change, as `npm run build` would between two sessions.
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'allyship-kept-'));
    fs.cpSync(inject('distDir'), dist, { recursive: true });
    const running = await startRoom({ port: 0, host: '127.0.0.1', distDir: dist });
    let stopped = false;
    const keptCopies = (p: Page) => p.evaluate(async () => (await caches.keys()).sort());
    try {
      const presenter = await page();
      await openPresenter(presenter, running, STORY);
      expect(await keptByTheBrowser(presenter)).toBe(true);
      expect(await projectorKeptBy(presenter)).toBe(true);
      const before = await keptCopies(presenter);
      expect(before).toHaveLength(2);

      // The game is rebuilt: changed pages, and so a worker with a new version.
      for (const name of ['workshop.html', 'projector.html']) {
        const pageFile = path.join(dist, name);
        fs.writeFileSync(
          pageFile,
          fs.readFileSync(pageFile, 'utf8').replace('</head>', '<meta name="build" content="the new one"></head>'),
        );
      }
      const workerFile = path.join(dist, OFFLINE_WORKER);
      fs.writeFileSync(
        workerFile,
        fs.readFileSync(workerFile, 'utf8').replace(/"version":"[0-9a-f]+"/, '"version":"0123456789abcdef"'),
      );
      const newBuild = () => presenter.locator('meta[name="build"]').count();

      // The next load, with the server there, is the new build at once; the new worker replaces the old copies, the
      // projector's too (its window not opened since).
      await presenter.reload();
      expect(await newBuild()).toBe(1);
      await expect
        .poll(() => keptCopies(presenter), { timeout: 10_000 })
        .toEqual(['allyship-offline-projector-0123456789abcdef', 'allyship-offline-workshop-0123456789abcdef']);

      // And with the server stopped, a reload brings back the new build, not the old one.
      await running.close();
      stopped = true;
      await presenter.reload();
      expect(await newBuild()).toBe(1);
      await expect
        .poll(() => text(presenter, '[data-phone-lost]'), { timeout: 10_000 })
        .toContain('The phone room is not answering');
      // A projector window first opened now is the new build as well, so it reads the presenter's views.
      const projector = await openProjector(presenter);
      expect(await projector.locator('meta[name="build"]').count()).toBe(1);
      await presenter.context().close();
    } finally {
      if (!stopped) await running.close();
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });
});
