// A whole workshop of one story, as a facilitator runs it: a presenter, a projector at 1280x720 and six phones
// (375x812) against the real room server on 127.0.0.1, through every room vote to the group debrief, the session
// summary and the end of the phone room. What a small room sees: with six people every bar can read "a few", and a
// line in words says the vote's shape without saying more than the bars do. One participant who votes again from
// a second browser makes more votes than people in the room: the facilitator is told before the room sees it.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { downloadedText } from './support/browser';
import { openPresenter, openProjector, roomForTests } from './support/roomForTests';
import { clickOn as click, pageText as text, endPhoneRoom } from './support/roomPages';

const STORY = 'sitting-in-reception';

const theRoom = roomForTests();

const page = (viewport: { width: number; height: number }) => theRoom.page(viewport, { downloads: true });

/** Waits on the pages, long enough for eight pages on a busy shared machine. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });

const seqOf = (p: Page) => p.evaluate(() => document.querySelector<HTMLElement>('.room-preview')?.dataset.seq ?? '');

/** Next (or the first option where the facilitator picks), until the presenter offers a room vote or the debrief. */
async function toNextVoteOrDebrief(presenter: Page): Promise<'vote' | 'debrief'> {
  for (let i = 0; i < 60; i++) {
    const next = await text(presenter, '[data-key="next"]');
    if (next.includes('Open the vote')) return 'vote';
    if (next.includes('Start the debrief')) return 'debrief';
    const seq = await seqOf(presenter);
    await presenter.keyboard.press(/Play the only option|Pick an option/.test(next) ? '1' : 'ArrowRight');
    await presenter.waitForFunction(
      (before) => document.querySelector<HTMLElement>('.room-preview')?.dataset.seq !== before,
      seq,
    );
  }
  throw new Error('never reached a room vote or the debrief');
}

/** Each phone taps its choice (an option's index), once the vote (or the revote, which says so) is open on it. */
async function phonesVote(phones: Page[], choices: number[], revote = false): Promise<void> {
  for (const [i, choice] of choices.entries()) {
    const phone = phones[i]!;
    await poll(() => text(phone, '#phone-heading')).toBe(
      revote ? 'Vote again: what would you do now?' : 'What would you do?',
    );
    await click(phone, `[data-choice="${choice}"]`);
    await poll(() => text(phone, '.phone-in')).toContain('Your vote is in');
  }
}

describe('a whole workshop with six phones', () => {
  test('every room vote, a small room’s shape, a double vote caught, the debrief, the accounts and the summary', async () => {
    const running = theRoom.room();
    const presenter = await page({ width: 1280, height: 800 });
    await openPresenter(presenter, running, STORY);
    await presenter.evaluate(() => (window.print = () => undefined));
    const projector = await openProjector(presenter, { width: 1280, height: 720 });
    // While people arrive the room's screen already shows where phones join, so nobody joins during the first vote.
    await poll(() => projector.locator('.room-qr').count()).toBe(1);
    expect(await text(projector, '#room')).toContain(
      `To vote on your phone: scan the code, or open 127.0.0.1:${running.port}/vote.html and enter ${running.code}`,
    );
    await projector.screenshot({ path: 'test-results/projector-waiting-join-1280x720.png' });
    const phones: Page[] = [];
    for (let i = 0; i < 6; i++) {
      const phone = await page({ width: 375, height: 812 });
      await phone.goto(running.joinAddress);
      phones.push(phone);
    }
    await poll(() => text(presenter, '[data-phone-joined]')).toContain('6 phones joined · 6 connected now');

    await click(presenter, '[data-key="start"]');
    // Once the session starts the code leaves the screen until the first vote.
    await poll(() => projector.locator('.room-qr').count()).toBe(0);
    const roomText = () => text(projector, '#room');
    let votes = 0;
    while ((await toNextVoteOrDebrief(presenter)) === 'vote') {
      votes += 1;
      await presenter.keyboard.press('v');
      await poll(() => projector.locator('.room-qr').count()).toBe(1);
      if (votes === 1) {
        // The facilitator counts heads once; the field keeps it for the session.
        await presenter.fill('#room-size', '6');
        await presenter.press('#room-size', 'Tab');
      } else expect(await presenter.inputValue('#room-size')).toBe('6');

      // First vote. At the first decision six people spread 2, 2, 1, 1: every bar reads "a few", and the room is
      // told it spread without being told which option was ahead (that would say the others were one person each).
      const first = votes === 1 ? [0, 0, 1, 1, 2, 3] : [0, 0, 0, 0, 1, 1];
      await phonesVote(phones, first);
      if (votes === 3) {
        // One participant votes again from a second browser: seven votes from six people.
        const second = await page({ width: 375, height: 812 });
        await second.goto(running.joinAddress);
        await phonesVote([second], [1]);
        await poll(() => text(presenter, '[data-phone-count]')).toContain(
          '7 votes from 6 people in the room: someone may have voted twice',
        );
        await click(presenter, '[data-key="phone-close"]');
        // The counts are in the fields and the facilitator is told; the room sees nothing yet.
        await poll(() => text(presenter, '.ws-vote .ws-problem')).toContain('7 votes from 6 people');
        expect(await projector.evaluate(() => document.getElementById('room')?.dataset.kind)).toBe('vote');
        await presenter.screenshot({ path: 'test-results/presenter-double-vote-1280.png' });
        // They check with the room; the extra vote came from a second browser, so they take it off and show it.
        await presenter.click('[data-key="count-1-minus"]');
        await presenter.click('[data-key="show-vote"]');
        await second.context().close();
      } else {
        await poll(() => text(presenter, '[data-phone-count]')).toContain('Phone votes in: 6');
        expect(await text(presenter, '[data-phone-count]')).not.toContain('voted twice');
        await click(presenter, '[data-key="phone-close"]');
      }
      await poll(() => projector.evaluate(() => document.getElementById('room')?.dataset.kind)).toBe('result');
      if (votes === 1) {
        await poll(roomText).toContain(
          'The room spread across four options; no option was chosen by more than two people.',
        );
        expect(await roomText()).not.toMatch(/\d+%/);
        expect(await projector.locator('.room-bar-shown').allTextContents()).toEqual([
          'a few',
          'a few',
          'a few',
          'a few',
        ]);
        await projector.screenshot({ path: 'test-results/projector-small-room-result-1280x720.png' });
      } else await poll(roomText).toContain('More than half the room chose option 1.');

      // The discussion card, the revote, and the option most chose plays.
      await presenter.keyboard.press('ArrowRight');
      await poll(() => projector.evaluate(() => document.getElementById('room')?.dataset.kind)).toBe('discuss');
      await presenter.keyboard.press('ArrowRight');
      const again = votes === 1 ? [2, 2, 2, 0, 0, 1] : [0, 0, 0, 0, 0, 1];
      await phonesVote(phones, again, true);
      await poll(() => text(presenter, '[data-phone-count]')).toContain('Phone votes in: 6');
      await click(presenter, '[data-key="phone-close"]');
      await poll(() => projector.evaluate(() => document.getElementById('room')?.dataset.kind)).toBe('result');
      if (votes === 1) {
        // Three chose option 3 now: it is named, and the room is told it still split.
        await poll(roomText).toContain(
          'Option 3 had the most votes, but the room split: no option had more than half.',
        );
        await projector.screenshot({ path: 'test-results/projector-small-room-revote-1280x720.png' });
      } else await poll(roomText).toContain('Most of the room chose option 1.');
      await presenter.keyboard.press('ArrowRight');
    }
    expect(votes).toBe(3);

    // The debrief: each phone turns to the participant's own account, with the Record's parts.
    await presenter.keyboard.press('ArrowRight');
    for (const phone of phones) await poll(() => text(phone, '#phone-heading')).toBe('The group debrief');
    const phone = phones[0]!;
    for (const part of ['realSituation', 'learned', 'changePractice', 'impact', 'peerReflection', 'codeRelevance'])
      expect(await phone.locator(`#account-${part}`).count(), part).toBe(1);
    expect(await phone.getByLabel('Prioritise people').count()).toBe(1);
    await phone.screenshot({ path: 'test-results/phone-account-debrief-375x812.png' });
    await phone.locator('#account-realSituation').scrollIntoViewIfNeeded();
    await phone.screenshot({ path: 'test-results/phone-account-parts-375x812.png' });
    await phone.locator('.phone-standards').scrollIntoViewIfNeeded();
    await phone.screenshot({ path: 'test-results/phone-account-standards-375x812.png' });
    // What? The first decision's votes as the room saw them, with their shape in words.
    await poll(roomText).toContain('What happened');
    expect(await roomText()).toContain('The room spread across four options');
    // Through the debrief's parts to Now what?, where the room's commitment reaches every phone.
    for (let i = 0; i < 12 && !(await roomText()).includes('Now what?'); i++) {
      const seq = await seqOf(presenter);
      await presenter.keyboard.press('ArrowRight');
      await presenter.waitForFunction(
        (before) => document.querySelector<HTMLElement>('.room-preview')?.dataset.seq !== before,
        seq,
      );
    }
    await presenter.fill('#commitment', 'Ask the person how they want to be told');
    await presenter.press('#commitment', 'Enter');
    for (const p of phones)
      await poll(() => text(p, '[data-account-facts]')).toContain('Ask the person how they want to be told');

    // The summary for the facilitator's records: how many took part, whether the room split, no names.
    const [download] = await Promise.all([
      presenter.waitForEvent('download'),
      click(presenter, '[data-key="download-summary"]'),
    ]);
    const summary = await downloadedText(download);
    expect(summary).toContain('First vote, 6 people');
    expect(summary).toContain('Revote, 6 people');
    expect(summary).toContain('Ask the person how they want to be told');

    // The facilitator ends the phone room: every phone keeps its account, and says the workshop has ended.
    await endPhoneRoom(presenter);
    theRoom.stopped();
    for (const p of phones) await poll(() => text(p, '#phone-heading')).toBe('The workshop has ended');
  });
});
