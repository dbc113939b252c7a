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

/** From another page of the same origin: post on every channel name it could guess. */
async function forge(page: Page): Promise<void> {
  await page.evaluate((view) => {
    for (const name of ['allyship-theatre-workshop', 'allyship-theatre-workshop:', 'workshop']) {
      const channel = new BroadcastChannel(name);
      channel.postMessage({ type: 'view', view });
      channel.postMessage({ type: 'bye' });
      channel.close();
    }
  }, FORGED);
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

    const other = await context.newPage();
    await other.goto(urlFor(inject('baseUrl'), '/script.html'));
    await forge(other);
    await projector.waitForTimeout(500);
    expect(await projector.locator('#room').textContent()).not.toContain('Forged reveal');
    expect(await presenter.locator('.ws-link').textContent()).toBe('Projector window: connected');

    // The real presenter is still heard, after a reload of the projector too.
    await projector.reload();
    await projector.waitForFunction(() => document.getElementById('room')?.dataset.seq !== '');
    await presenter.locator('[data-key="start"]').click();
    await expect.poll(() => projector.locator('#room').textContent()).not.toContain('will begin shortly');
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
    await forge(projector);
    await projector.waitForTimeout(300);
    expect(await projector.locator('#room').textContent()).not.toContain('Forged reveal');
  } finally {
    await context.close();
  }
});
