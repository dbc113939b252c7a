// The workshop's two windows are paired by a per-session secret (issue 17): another page of the same origin can
// neither forge a view (a "reveal" of acts the facilitator kept back) nor a "bye", and a projector opened by hand
// without the pairing says how to link it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser, urlFor } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const FORGED = {
  seq: 9999,
  theme: 'dark',
  storyTitle: 'Forged',
  timer: null,
  body: { kind: 'waiting', title: 'Forged reveal', text: 'Everyone chose to speak over Esther.' },
};

const NAMES = ['allyship-theatre-workshop', 'allyship-theatre-workshop:', 'workshop'];

/**
 * From another page of the same origin: post on every channel name it could guess. Resolves once this page's own
 * listeners on those names have heard the last forged message, so every listener in this page that could hear the
 * forgeries has been sent them by then (messages to one page are delivered in the order they were posted).
 */
async function forge(page: Page): Promise<void> {
  await page.evaluate(
    ({ view, names }) =>
      Promise.all(
        names.map((name) => {
          const ear = new BroadcastChannel(name);
          const heard = new Promise<void>((resolve) => {
            ear.onmessage = (event: MessageEvent<{ type: string }>) => {
              if (event.data?.type !== 'bye') return;
              ear.close();
              resolve();
            };
          });
          const channel = new BroadcastChannel(name);
          channel.postMessage({ type: 'view', view });
          channel.postMessage({ type: 'bye' });
          channel.close();
          return heard;
        }),
      ),
    { view: FORGED, names: NAMES },
  );
}

/** Every text the element shows from now on, kept in the page, so a view drawn and then replaced is still caught. */
async function keepEveryText(page: Page, selector: string): Promise<() => Promise<string[]>> {
  await page.evaluate((sel) => {
    const target = document.querySelector(sel)!;
    const seen: string[] = [target.textContent ?? ''];
    (window as unknown as { everyText: string[] }).everyText = seen;
    new MutationObserver(() => seen.push(target.textContent ?? '')).observe(target, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  }, selector);
  return () => page.evaluate(() => (window as unknown as { everyText: string[] }).everyText);
}

test('a forged view or bye from another page of the same origin is never heard', async () => {
  const context = await browser.newContext();
  try {
    const presenter = await context.newPage();
    await presenter.goto(urlFor(inject('baseUrl'), '/workshop.html?story=sitting-in-reception'));
    await presenter.locator('#vote-1').waitFor();
    const address = await presenter.locator('[data-key="projector-link"]').getAttribute('href');
    expect(address).toMatch(/projector\.html#pair=[0-9a-f]{32}$/);
    const projector = await context.newPage();
    await projector.goto(address!);
    await projector.waitForFunction(() => document.getElementById('room')?.dataset.seq !== '');
    // The key leaves the projector's address bar at once.
    expect(projector.url()).not.toContain('pair=');
    await expect.poll(() => presenter.locator('.ws-link').textContent()).toBe('Projector window: connected');

    const roomTexts = await keepEveryText(projector, '#room');
    const linkTexts = await keepEveryText(presenter, '.ws-link');
    const other = await context.newPage();
    await other.goto(urlFor(inject('baseUrl'), '/script.html'));
    await forge(other);
    // Then a genuine view on the real channel. Had the forged view or bye been heard, it would have arrived first,
    // so once the projector shows the genuine view, nothing forged can still be on its way.
    expect(await projector.locator('#room').textContent()).toContain('will begin shortly');
    // The facilitator is back at their own window (headless Chromium draws a window behind others about once a
    // second, and a click waits for two drawn frames).
    await presenter.bringToFront();
    await presenter.locator('[data-key="start"]').click();
    await expect.poll(() => projector.locator('#room').textContent()).not.toContain('will begin shortly');
    const started = await projector.locator('#room').textContent();
    expect((await roomTexts()).filter((text) => text.includes('Forged reveal'))).toEqual([]);
    expect(started).not.toContain('Forged reveal');
    expect(new Set(await linkTexts())).toEqual(new Set(['Projector window: connected']));

    // The real presenter is still heard after a reload of the projector: it answers with the current view.
    await projector.reload();
    await projector.waitForFunction(() => document.getElementById('room')?.dataset.seq !== '');
    await expect.poll(() => projector.locator('#room').textContent()).toBe(started);
  } finally {
    await context.close();
  }
});

test('a projector opened by hand, without the pairing, says how to link it', async () => {
  const context = await browser.newContext();
  try {
    const projector = await context.newPage();
    await projector.goto(urlFor(inject('baseUrl'), '/projector.html'));
    await expect.poll(() => projector.locator('#room').textContent()).toContain('not linked to a workshop');
    const roomTexts = await keepEveryText(projector, '#room');
    // forge() resolves once listeners in this same page have been sent every forgery: the projector's own channel,
    // had it opened one on a guessable name, would have been sent them too, and earlier.
    await forge(projector);
    expect((await roomTexts()).filter((text) => text.includes('Forged reveal'))).toEqual([]);
    expect(await projector.locator('#room').textContent()).toContain('not linked to a workshop');
  } finally {
    await context.close();
  }
});
