// The moment a learner spends reading before they choose, shared by the bench and the frame trace so both measure
// a click the way a learner makes it.
import type { Page } from 'playwright-core';

/**
 * How long a learner at least spends on a passage before pressing an option. Shorter than anyone reads, but long
 * enough that what the last choice set moving on purpose (the smooth scroll to the new words, the stage's turn) has
 * finished, as it has when a learner clicks: with clicks 0.4–0.9 s apart the game's click met a page still making
 * frames and waited for the next screen refresh (painted 15 ms against 7–8 ms with the page still; traced
 * 2026-12-06), which measures the bench's haste, not the learner's wait.
 */
const READING_MS = 1500;

/**
 * The moment a learner spends reading before they choose: the page paints and does what it put off until after
 * the words, then has the browser to itself (at least READING_MS, then until an idle period finds nothing else
 * waiting, that is a whole idle period of about 50 ms is left; at most 2 s more). Both players get the same.
 */
export async function readingMoment(page: Page): Promise<void> {
  await page.waitForTimeout(READING_MS);
  // Written as text: tsx would wrap a named function in a helper the page does not have.
  await page.evaluate(`new Promise((done) => {
    const until = performance.now() + 2000;
    const look = (deadline) =>
      deadline.timeRemaining() >= 40 || performance.now() > until ? done() : requestIdleCallback(look, { timeout: 2000 });
    requestIdleCallback(look, { timeout: 2000 });
  })`);
}
