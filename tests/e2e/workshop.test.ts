// Facilitated play in real Chromium: a presenter page and a projector page in one browser context, kept in step
// over BroadcastChannel. S1 with entered votes (a tie the facilitator breaks, a lone voter shown as "a few"), a
// rewind to the minority option, acts kept off the projector until revealed, reloads of both windows, the
// group debrief, the printed summary and take-away, a keyboard-only session, and axe on both views.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { expectNoAxeViolations, launchBrowser, pdfText, tabUntil, urlFor } from './support/browser';
import { pageText, toFirstRoomVote } from './support/roomPages';

const STORY = 'sitting-in-reception';
// Words the room would only see once the facilitator reveals how a choice resolved.
const ACT_WORDS = [
  'Holding space',
  'Speaking for',
  'Doing for',
  'Inviting',
  'Standing by',
  'Deciding with',
  'Advocating',
  'Overriding',
  'Amplifying',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function watch(page: Page, errors: string[], name: string): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/favicon\.ico/.test(msg.location().url))
      errors.push(`${name} console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`${name} pageerror: ${err.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`${name} http ${res.status()}: ${res.url()}`);
  });
}

interface Room {
  context: BrowserContext;
  presenter: Page;
  projector: Page;
  errors: string[];
}

async function openRoom(withProjector: boolean): Promise<Room> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const presenter = await context.newPage();
  watch(presenter, errors, 'presenter');
  await presenter.goto(urlFor(inject('baseUrl'), `/workshop.html?story=${STORY}`));
  await presenter.locator('#vote-1').waitFor();
  // The print dialog is the browser's; the test prints to PDF itself.
  await presenter.evaluate(() => (window.print = () => undefined));
  const projector = await context.newPage();
  if (withProjector) {
    watch(projector, errors, 'projector');
    await projector.setViewportSize({ width: 1920, height: 1080 });
    // Paired: the projector opens at the address the presenter made for this session.
    await projector.goto((await presenter.locator('[data-key="projector-link"]').getAttribute('href'))!);
    await projector.waitForFunction(() => document.getElementById('room')?.dataset.seq !== '');
  }
  // The facilitator works in the presenter's window, so it is the one in front. Headless Chromium draws a window
  // that is not in front about once a second, and every click waits for its target to hold still over two drawn
  // frames: with the projector in front, each click on the presenter took two seconds of waiting.
  await presenter.bringToFront();
  return { context, presenter, projector, errors };
}

/** The room's view as text (without the ticking timer). */
const roomText = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const clone = document.querySelector(sel)!.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.room-timer').forEach((t) => t.remove());
    return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, selector);

const previewSeq = (p: Page) =>
  p.evaluate(() => document.querySelector<HTMLElement>('.room-preview')?.dataset.seq ?? '');
const previewKind = (p: Page) =>
  p.evaluate(() => document.querySelector<HTMLElement>('.room-preview')?.dataset.kind ?? '');

/** Both views agree: the projector has drawn the presenter's latest view, and the words are the same. */
async function inStep(room: Room): Promise<string> {
  const seq = await previewSeq(room.presenter);
  // Polled, not per drawn frame: the projector's window is behind the presenter's and draws rarely (openRoom).
  await room.projector.waitForFunction((want) => document.getElementById('room')?.dataset.seq === want, seq, {
    polling: 20,
  });
  const shown = await roomText(room.projector, '#room');
  expect(shown).toBe(await roomText(room.presenter, '.room-preview'));
  return shown;
}

async function expectNoActs(room: Room): Promise<void> {
  const shown = await roomText(room.projector, '#room');
  for (const words of ACT_WORDS) expect(shown, `the projector shows "${words}" before a reveal`).not.toContain(words);
  expect(await room.projector.locator('.room-acts').count()).toBe(0);
}

/** Press Next until the room sees options (or the curtain), checking the two views and the hidden acts. */
async function readToOptions(room: Room, checkActs = true): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const kind = await previewKind(room.presenter);
    if (kind === 'options' || kind === 'curtain') return;
    await room.presenter.keyboard.press('ArrowRight');
    await inStep(room);
    if (checkActs) await expectNoActs(room);
  }
  throw new Error('the room never reached the options');
}

async function enterVote(p: Page, counts: number[], ratherNot: number): Promise<void> {
  for (const [i, n] of counts.entries()) await p.fill(`#count-${i}`, String(n));
  await p.fill('#count-rather', String(ratherNot));
  await p.click('[data-key="show-vote"]');
}

describe('facilitated play', () => {
  test('presenter and projector stay in step through S1: votes, a tie, "a few", a rewind, reveals, reloads, debrief and print', async () => {
    const room = await openRoom(true);
    const { presenter, projector } = room;
    expect(await roomText(projector, '#room')).toContain('The workshop will begin shortly.');
    expect(await projector.locator('#fullscreen-hint').textContent()).toBe('Press F for full screen');

    // Plan: the first three decisions are room votes, and each decision shows its note.
    expect(await presenter.locator('.ws-point').count()).toBeGreaterThanOrEqual(6);
    expect(await presenter.locator('.ws-point input[type=checkbox]:checked').count()).toBe(3);
    expect(await presenter.locator('.ws-point .ws-notes').first().textContent()).toMatch(/Esther does her own talking/);
    await expectNoAxeViolations(presenter);
    await presenter.click('[data-key="print-brief"]');
    const brief = await pdfText(presenter);
    expect(brief).toContain('Facilitator brief: Sitting in Reception');
    expect(brief).toContain('Decisions (3 room votes)');
    expect(brief).toContain('lived experience, paid for their time');
    // One page for the brief itself; the notes in full, if any note was shortened, follow from a new page.
    expect(brief.split('\f')[0]).toContain('paid for their time');

    await presenter.click('[data-key="start"]');
    expect(await inStep(room)).toContain('Before we start');
    await presenter.keyboard.press('ArrowRight');
    const rules = await inStep(room);
    expect(rules).toContain('Ground rules');
    expect(rules).toMatch(/except when someone may be at risk/);
    expect(rules).toMatch(/talk with you privately/);
    await expectNoAxeViolations(projector);
    await presenter.keyboard.press('ArrowRight');
    expect(await inStep(room)).toContain('Content notes');
    await presenter.keyboard.press('ArrowRight');

    // The walk to the surgery (one option): Next plays it.
    await readToOptions(room);
    await presenter.keyboard.press('ArrowRight');

    // Decision 1: vote, discuss, a tied revote the facilitator breaks.
    await readToOptions(room);
    expect(await inStep(room)).toContain('The room votes on this one.');
    const deskOptions = await projector.locator('.room-options li').allTextContents();
    expect(deskOptions).toHaveLength(4);
    await presenter.keyboard.press('v');
    expect(await inStep(room)).toContain('Vote now');
    await enterVote(presenter, [4, 5, 1, 0], 2);
    const first = await inStep(room);
    expect(first).toContain('40%');
    expect(first).toContain('50%');
    expect(first).toContain('a few');
    expect(first).toContain('Would rather not say: a few');
    expect(first).not.toMatch(/\b4 people\b/);
    await expectNoAxeViolations(projector);
    await expectNoAxeViolations(presenter);
    await presenter.keyboard.press('d');
    expect(await inStep(room)).toContain('Talk about it');
    await presenter.keyboard.press('v');
    expect(await inStep(room)).toContain('Vote again');
    // Tap to tally: the + buttons count hands as they go up (5, 5, 1, 0, and nobody would rather not say).
    for (const [i, n] of [5, 5, 1].entries())
      for (let k = 0; k < n; k++) await presenter.click(`[data-key="count-${i}-plus"]`);
    await presenter.click('[data-key="count-0-plus"]');
    await presenter.click('[data-key="count-0-minus"]');
    expect(await presenter.inputValue('#count-0')).toBe('5');
    await presenter.click('[data-key="show-vote"]');
    const revote = await inStep(room);
    expect(revote).toContain('45%');
    // The revote sits beside the first vote, so the room sees how it moved.
    expect(revote).toContain('50% → 45%');
    await presenter.keyboard.press('ArrowRight');
    expect(await presenter.locator('.ws-said').textContent()).toMatch(/tie between options 1 and 2/);
    await presenter.keyboard.press('2');
    const consequence = await inStep(room);
    expect(consequence).toContain(`Played: ${deskOptions[1]!.replace(/^2/, '')}`);
    await expectNoActs(room);

    // Reveal: only now does the room see how the choice resolved.
    await presenter.keyboard.press('r');
    const reveal = await inStep(room);
    expect(reveal).toContain('Holding space for Esther Mensah');
    expect(reveal).toContain('What Esther Mensah noticed');
    await presenter.keyboard.press('ArrowRight');
    await inStep(room);

    // Rewind to the minority option on a copy; the room's own choice stays the record.
    await presenter.click('[data-key="explore-0"]');
    const rewind = await inStep(room);
    expect(rewind).toContain('What if');
    expect(rewind).toContain(deskOptions[0]!.replace(/^1/, ''));
    for (let i = 0; i < 10 && (await presenter.locator('[data-key="end-explore"]').count()) > 0; i++) {
      await presenter.keyboard.press('ArrowRight');
      await inStep(room);
    }
    expect(await presenter.locator('[data-key="end-explore"]').count()).toBe(0);

    // The projector reloads mid-session and catches up.
    await projector.reload();
    await inStep(room);

    // Decision 2: one voter, shown as "a few"; a majority plays.
    await readToOptions(room);
    await presenter.keyboard.press('v');
    await enterVote(presenter, [0, 1, 0], 0);
    const lone = await inStep(room);
    expect(lone).toContain('a few');
    expect(lone).not.toMatch(/\b1 (person|people|vote)\b/);
    await presenter.keyboard.press('2');
    await inStep(room);
    await expectNoActs(room);

    // The presenter reloads: the session resumes where it was, and the projector follows.
    const before = await roomText(presenter, '.room-preview');
    await presenter.reload();
    await presenter.locator('.room-preview').waitFor();
    await presenter.evaluate(() => (window.print = () => undefined));
    expect(await roomText(presenter, '.room-preview')).toBe(before);
    expect(await inStep(room)).toBe(before);

    // End gracefully, mid-story: the debrief.
    await presenter.click('[data-key="end"]');
    await presenter.click('[data-key="end-yes"]');
    const what = await inStep(room);
    expect(what).toContain('What happened');
    expect(what).toContain('First vote');
    expect(what).toContain('Revote');
    expect(what).toContain('How: a tie; the facilitator chose.');
    expect(what).toContain('How it resolved: Holding space for Esther Mensah');
    expect(what).toContain('The room also tried');
    await expectNoAxeViolations(projector);
    await expectNoAxeViolations(presenter);
    // Decision 2 was never revealed: its acts stay off the projector.
    await presenter.keyboard.press('ArrowRight');
    const what2 = await inStep(room);
    expect(what2).toContain('What happened (2 of 2)');
    expect(what2).toContain('a few');
    expect(what2).not.toContain('How it resolved');
    await expectNoActs(room);

    await presenter.keyboard.press('ArrowRight');
    const airtime = await inStep(room);
    expect(airtime).toContain('Turns taken');
    expect(airtime).toContain('Who was spoken to');
    expect(airtime).toContain('Esther Mensah');
    await presenter.keyboard.press('ArrowRight');
    expect(await inStep(room)).toContain('So what?');
    await presenter.fill('#commitment', 'Face the person, and wait for their answer');
    await presenter.click('[data-key="commitment-add"]');
    // Focus is back in the field for the next commitment, where arrow keys move the caret; Enter adds one too.
    expect(await presenter.evaluate(() => document.activeElement?.id)).toBe('commitment');
    await presenter.keyboard.type('Ask before you tell');
    await presenter.keyboard.press('Enter');
    expect(await presenter.locator('.ws-commitments li').count()).toBe(2);
    expect(await presenter.evaluate(() => document.activeElement?.id)).toBe('commitment');
    // The box says how to leave it (walk-about 11: Space did nothing), and Esc goes to Next, where Space moves on.
    expect(await presenter.locator('#commitment-hint').textContent()).toContain('press Esc to go to Next');
    await presenter.keyboard.press('Escape');
    expect(await presenter.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('next');
    await presenter.keyboard.press('Space');
    expect(await inStep(room)).toContain('Face the person, and wait for their answer');
    expect(await inStep(room)).toContain('Ask before you tell');

    // The paper: a one-page summary and a take-away.
    await presenter.click('[data-key="print-summary"]');
    const summary = await pdfText(presenter);
    expect(summary).toContain('Session summary: Sitting in Reception');
    // Each option by its words, whole, as the room saw them at the vote (pdftotext may break a line anywhere).
    expect(summary.replace(/\s+/g, ' ')).toMatch(
      /First vote, 12 people: 1\. “Ask Dawn to put on Esther.s notes [^”]*”: 40% · 2\. “Catch Esther.s eye, and wait for her to answer Dawn”: 50% · 3\. “[^”]+”: a few/,
    );
    // r19 S1: the evidence of whether the room split and moved, and the card it discussed at that decision.
    expect(summary).toMatch(/First vote: option 2 had the most votes, but the room split/);
    expect(summary).toContain('Discussed: ');
    // READ5 M2: the summary says the facilitator broke the tie, never that the room chose it.
    expect(summary).toContain('Played: “');
    expect(summary).toContain('(a tie; the facilitator chose)');
    expect(summary).not.toContain('The room chose');
    expect(summary).toContain('Face the person, and wait for their answer');
    expect(summary).toContain('no names');
    expect(summary).not.toMatch(/\f\S/); // one page: no text after a page break
    await presenter.click('[data-key="print-takeaway"]');
    const takeAway = await pdfText(presenter);
    expect(takeAway).toContain('Take-away: Sitting in Reception');
    expect(takeAway).toMatch(/participatory CPD/);
    expect(takeAway).toContain('Face the person, and wait for their answer');
    // r18 S5: a participant can write the rest of an NMC or SWE reflective account on the take-away, in the Record's
    // words, the follow-up too (takeAwaySheet.test.ts checks every part and standard, and that nothing is said twice),
    // after what the room played at each decision, as the phones' accounts say it.
    // Educator read 18b, SHOULD 5: "after two votes", not "after a vote and a second vote", in a record people keep.
    expect(takeAway.replace(/\s+/g, ' ')).toMatch(/What happened .*: after two votes, the room played “/);
    // Every room: nothing claims a private vote (hands are not) or a revote at every decision (educator read 17b).
    expect(takeAway.replace(/\s+/g, ' ')).toContain(
      'the room read the story together on a shared screen, discussed its decisions, and debriefed as a group.',
    );
    // The facilitator's description of the sheet is what it has.
    expect(await presenter.locator('.ws-panel:has(#paper-heading) .ws-hint').textContent()).toContain(
      'what the room played, its commitments, the time as participatory CPD, and a box for each part of a reflective account',
    );
    for (const heading of [
      'Reflection with a peer (optional)',
      'What I learned',
      'How I will change my practice',
      'What happened when I tried it',
      'How this relates to the Code or my professional standards',
    ])
      expect(takeAway.replace(/\s+/g, ' ')).toContain(heading);
    expect(takeAway).not.toMatch(/https?:|www\./);

    expect(room.errors).toEqual([]);
    await room.context.close();
  });

  // Walk-about snag (session 17): without phones, Next said "Enter the counts first" with the counts already typed,
  // because its words were read from the session (no vote logged yet), never from the count fields.
  test('without phones, Next says "Show the room" once counts are in the fields, and does it', async () => {
    const room = await openRoom(false);
    const p = room.presenter;
    await toFirstRoomVote(p);
    await p.keyboard.press('v');
    const next = () => pageText(p, '[data-key="next"]');
    expect(await next()).toBe('Next: Enter the counts first');
    // Typed by keyboard (the field takes focus when the vote opens).
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('count-0');
    await p.keyboard.type('4');
    expect(await next()).toBe('Next: Show the room');
    // Back to nothing in the fields: Next asks for the counts again.
    await p.keyboard.press('Backspace');
    expect(await next()).toBe('Next: Enter the counts first');
    await p.keyboard.type('0');
    expect(await next()).toBe('Next: Enter the counts first');
    // Tallied with the + buttons, as hands go up.
    await p.click('[data-key="count-1-plus"]');
    await p.click('[data-key="count-1-plus"]');
    await p.click('[data-key="count-1-plus"]');
    expect(await next()).toBe('Next: Show the room');
    await p.screenshot({ path: 'test-results/counts-typed-next-1280.png' });
    // Next does what it says: the room sees the result, and Next moves on to the discussion card.
    await p.click('[data-key="next"]');
    await expect.poll(() => previewKind(p)).toBe('result');
    expect(await next()).toBe('Next: The discussion card');
    // The revote, after the discussion: a fresh form, empty until counts go in.
    await p.keyboard.press('d');
    await p.keyboard.press('v');
    expect(await next()).toBe('Next: Enter the counts first');
    await p.keyboard.type('2');
    expect(await next()).toBe('Next: Show the room');
    expect(room.errors).toEqual([]);
    await room.context.close();
  });

  test('a whole session by keyboard alone, with the help card and the keys switched off and on', async () => {
    const room = await openRoom(false);
    const p = room.presenter;
    await tabUntil(p, (f) => f.testId === null && f.name === 'Start the session');
    await p.keyboard.press('Enter');
    expect(await previewKind(p)).toBe('card');

    await p.keyboard.press('?');
    expect(await p.locator('dialog#keys[open]').count()).toBe(1);
    await p.keyboard.press('Escape');
    expect(await p.locator('dialog#keys[open]').count()).toBe(0);
    // Esc pressed by reflex, with no dialog open, leaves the room's screen as it was; P pauses, and P carries on.
    const before = await previewSeq(p);
    await p.keyboard.press('Escape');
    expect(await previewSeq(p)).toBe(before);
    await p.keyboard.press('p');
    expect(await p.locator('.ws-controls .notice').textContent()).toMatch(/Paused/);
    await p.keyboard.press('p');
    expect(await p.locator('.ws-controls .notice').count()).toBe(0);

    let votes = 0;
    for (let i = 0; i < 200; i++) {
      const kind = await previewKind(p);
      if (kind === 'card' && (await roomText(p, '.room-preview')).includes('Thank you')) break;
      if (kind === 'options' && (await roomText(p, '.room-preview')).includes('The room votes on this one.')) {
        for (const round of [1, 2]) {
          await p.keyboard.press('v');
          expect(await p.evaluate(() => document.activeElement?.id)).toBe('count-0');
          const fields = await p.locator('.ws-vote input').count();
          for (let f = 0; f < fields; f++) {
            await p.keyboard.press('Control+A');
            await p.keyboard.type(f === 0 ? String(3 + round) : f === 1 ? '2' : '0');
            if (f < fields - 1) await p.keyboard.press('Tab');
          }
          await p.keyboard.press('Enter');
          expect(await previewKind(p)).toBe('result');
          if (round === 1) await p.keyboard.press('d');
        }
        votes += 1;
        await p.keyboard.press('ArrowRight'); // the option most people chose plays
        continue;
      }
      if (kind === 'options') {
        const options = await p.locator('.room-preview .room-options li').count();
        await p.keyboard.press(options === 1 ? 'ArrowRight' : '1');
        continue;
      }
      await p.keyboard.press('ArrowRight');
    }
    expect(votes).toBe(3);
    expect(await roomText(p, '.room-preview')).toContain('Thank you');

    // Keys off: B does nothing; back on: it blanks the room's screen.
    const seq = await previewSeq(p);
    const keysBox = await tabUntil(p, (f) => f.id === 'presenter-keys');
    expect(keysBox.id).toBe('presenter-keys');
    await p.keyboard.press('Space');
    await p.keyboard.press('Tab');
    await p.keyboard.press('b');
    expect(await previewSeq(p)).toBe(seq);
    await p.keyboard.press('Shift+Tab');
    await p.keyboard.press('Space');
    await p.keyboard.press('Tab');
    await p.keyboard.press('b');
    expect(await previewKind(p)).toBe('blank');
    expect(room.errors).toEqual([]);
    await room.context.close();
  });

  test('the projector text is at least 32 px at 1080p; skip, quiet task and single-screen mode', async () => {
    const room = await openRoom(true);
    const { presenter, projector } = room;
    await presenter.click('[data-key="start"]');
    await inStep(room);
    const size = await projector.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('#room p')!).fontSize),
    );
    expect(size).toBeGreaterThanOrEqual(32);
    // F in the projector window makes that window full screen, and the hint steps aside. The facilitator goes to
    // that window to press it, and comes back to their own.
    await projector.bringToFront();
    await projector.keyboard.press('f');
    await projector.waitForFunction(() => !!document.fullscreenElement);
    expect(await projector.locator('#fullscreen-hint').isHidden()).toBe(true);
    await presenter.bringToFront();
    for (let i = 0; i < 4; i++) await presenter.keyboard.press('ArrowRight');

    // Skip a scene: the room is told a scene was skipped, nothing more.
    await presenter.click('[data-key="skip"]');
    expect(await inStep(room)).toContain('A scene was skipped.');

    // The quiet task is on the facilitator's screen only: the room's screen does not change.
    const seq = await previewSeq(presenter);
    await presenter.click('[data-key="quiet"]');
    expect(await presenter.locator('.ws-quiet h3').textContent()).toBeTruthy();
    expect(await presenter.locator('.ws-quiet .ws-question').textContent()).toMatch(/\?$/);
    expect(await previewSeq(presenter)).toBe(seq);
    expect(await roomText(projector, '#room')).not.toMatch(/quiet task/i);
    await expectNoAxeViolations(presenter);

    await presenter.setViewportSize({ width: 1920, height: 1080 });
    await presenter.click('#single-screen');
    const single = await presenter.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('.room-preview p')!).fontSize),
    );
    expect(single).toBeGreaterThanOrEqual(32);
    expect(await presenter.locator('details.ws-fold').count()).toBe(1);
    await expectNoAxeViolations(presenter);
    expect(room.errors).toEqual([]);
    await room.context.close();
  });

  test('single-screen mode never shows the room the notes or how a choice resolved before the reveal', async () => {
    const room = await openRoom(false);
    const p = room.presenter;
    await p.click('[data-key="start"]');
    await p.click('#single-screen');
    for (let i = 0; i < 60; i++) {
      if ((await previewKind(p)) === 'options' && (await p.locator('[data-key="open-vote"]').count()) > 0) break;
      await p.keyboard.press('ArrowRight');
    }
    await p.click('[data-key="fold"]');
    const fold = p.locator('details.ws-fold');
    expect(await fold.locator('.ws-notes').count()).toBe(0);
    expect(await fold.textContent()).toMatch(/notes for this decision are hidden in single-screen mode/);
    await p.keyboard.press('1');
    await expect.poll(() => fold.textContent()).toMatch(/Hidden in single-screen mode/);
    for (const words of ACT_WORDS) expect(await fold.textContent()).not.toContain(words);
    // Revealed, it is the room's to see, and the panel shows it.
    await p.keyboard.press('r');
    await expect.poll(() => fold.textContent()).toMatch(/shown to the room/);
    await room.context.close();
  });

  test("every shipped story's facilitator brief is whole on its first page, and the notes in full follow it", async () => {
    // The brief is one page (FACILITATING.md): outcomes, content notes, the plan with each note's first sentence,
    // and the safety reminders. Four stories' notes run to pages, so in full they print after it, from a new page.
    // A context per story: the workshop keeps its session in the tab, so a second address would show the first story.
    const manifest = JSON.parse(fs.readFileSync(path.join(inject('distDir'), 'stories/manifest.json'), 'utf8')) as {
      stories: { id: string; title: string; listed: boolean; scored: boolean }[];
    };
    // The stories a facilitator can pick: listed in the foyer and scored (the plain example has no decisions to vote on).
    const shipped = manifest.stories.filter((s) => s.listed && s.scored);
    expect(shipped.length).toBeGreaterThan(1);
    const notWhole: string[] = [];
    let withFullNotes = 0;
    for (const { id, title } of shipped) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(urlFor(inject('baseUrl'), `/workshop.html?story=${id}`));
      await page.locator('.ws-point').first().waitFor();
      await page.evaluate(() => (window.print = () => undefined));
      await page.click('[data-key="print-brief"]');
      const pdf = await pdfText(page);
      const [first = '', ...rest] = pdf.split('\f').filter((p) => p.trim());
      expect(first).toContain(`Facilitator brief: ${title}`);
      if (!first.includes('Safety') || !first.includes('paid for their time')) notWhole.push(id);
      if (rest.length) {
        withFullNotes++;
        if (!rest[0]!.trimStart().startsWith('Notes in full')) notWhole.push(`${id}: page 2 is not the notes in full`);
        expect(first).toContain('(in full after the brief)');
      }
      await context.close();
    }
    expect(notWhole).toEqual([]);
    expect(withFullNotes).toBeGreaterThan(0);
  });

  test('the foyer links to the workshop', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(urlFor(inject('baseUrl'), '/'));
    await page.getByRole('link', { name: 'Run a workshop' }).click();
    await page.locator('#plan-heading').waitFor();
    expect(await page.title()).toMatch(/workshop/i);
    await context.close();
  });
});
