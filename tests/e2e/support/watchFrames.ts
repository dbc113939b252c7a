// Watches a page's main thread from now on: it should keep drawing frames while a story is worked on. The answer is
// the longest it went without one (including the wait up to the question), kept in the page so that a freeze
// between two questions is caught too. Shared by the tests that prove no story file can freeze the page.
import type { Page } from 'playwright-core';

export async function watchFrames(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { longestGap: () => number };
    let last = performance.now();
    let longest = 0;
    const tick = (now: number) => {
      longest = Math.max(longest, now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    w.longestGap = () => Math.max(longest, performance.now() - last);
  });
  return () => page.evaluate(() => (window as unknown as { longestGap: () => number }).longestGap());
}
