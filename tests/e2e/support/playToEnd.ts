// Play the story on screen until its end card (or an error panel), clicking one option at each choice.
// Waits for the options on offer to change rather than for more text: a plain Inky story may CLEAR the page.
import type { Page } from 'playwright-core';

export async function playToEnd(page: Page, pick: 'first' | 'last' = 'first', maxChoices = 60): Promise<number> {
  await page.locator('.choice, .end-card').first().waitFor();
  let taken = 0;
  while ((await page.locator('.end-card, .error-panel').count()) === 0 && taken < maxChoices) {
    const before = await page.locator('.choice-text').allTextContents();
    await page.locator('.choice')[pick]().click();
    await page.waitForFunction(
      (offered) =>
        !!document.querySelector('.end-card, .error-panel') ||
        JSON.stringify([...document.querySelectorAll('.choice-text')].map((c) => c.textContent)) !== offered,
      JSON.stringify(before),
    );
    taken++;
  }
  return taken;
}
