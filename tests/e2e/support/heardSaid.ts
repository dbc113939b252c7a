// What a screen reader hears from the page's polite live region (#status), in order. Tests of "said once" and
// "said at all" read it: an init script keeps every message the region is given in `window.heardSaid`.
import type { Page } from 'playwright-core';

/** An init script (`addInitScript`, or cleanPage's `initScripts`): every message #status is given, in order. */
export function hearStatus(): void {
  const said: string[] = [];
  (window as unknown as { heardSaid: string[] }).heardSaid = said;
  document.addEventListener('DOMContentLoaded', () => {
    const region = document.getElementById('status');
    if (!region) return;
    new MutationObserver(() => {
      if (region.textContent) said.push(region.textContent);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
}

/** Every message the live region has been given since the page loaded. */
export const heardSaid = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { heardSaid: string[] }).heardSaid);

/** Waits until the live region has said something matching `pattern`. */
export async function waitToHear(page: Page, pattern: RegExp): Promise<void> {
  await page.waitForFunction(
    (source) => (window as unknown as { heardSaid: string[] }).heardSaid.some((s) => new RegExp(source).test(s)),
    pattern.source,
  );
}
