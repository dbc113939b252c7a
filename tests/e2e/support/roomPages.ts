// What the workshop's browser tests do on the presenter's and phones' pages: read an element's text as a person
// sees it, press something on a page that may be behind another window, and step the story to its first room vote.
import type { Page } from 'playwright-core';

/** The element's text with its white space as a person reads it ('' when it isn't there). */
export const pageText = (p: Page, selector: string): Promise<string> =>
  p.evaluate((sel) => (document.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim(), selector);

/**
 * A click by whoever holds that screen, so their window is in front first: headless Chromium draws a window behind
 * another about once a second, and a click waits for its target to hold still over two drawn frames (two seconds a
 * click, before).
 */
export async function clickOn(p: Page, selector: string): Promise<void> {
  await p.bringToFront();
  await p.click(selector);
}

/** From the presenter's start, through the story (its only or first option at each choice), to the first room vote. */
export async function toFirstRoomVote(presenter: Page): Promise<void> {
  await clickOn(presenter, '[data-key="start"]');
  for (let i = 0; i < 40; i++) {
    const next = await pageText(presenter, '[data-key="next"]');
    if (next.includes('Open the vote')) return;
    const seq = await presenter.evaluate(() => document.querySelector<HTMLElement>('.room-preview')?.dataset.seq);
    await presenter.keyboard.press(/Play the only option|Pick an option/.test(next) ? '1' : 'ArrowRight');
    await presenter.waitForFunction(
      (before) => document.querySelector<HTMLElement>('.room-preview')?.dataset.seq !== before,
      seq,
    );
  }
  throw new Error('never reached a room vote');
}

/** The presenter ends the phone room: "End the phone room" in the top bar, then yes in the question it asks. */
export async function endPhoneRoom(presenter: Page): Promise<void> {
  await clickOn(presenter, '[data-key="phones-end"]');
  await presenter.click('dialog[open] [data-key="phones-end-yes"]');
}
