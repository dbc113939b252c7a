// A learner's journey when things go wrong on the way (r19): the connection drops mid-story, the device stops
// keeping words half-way through the curtain call, a page is printed after a curtain call. Each time the learner is
// told what happened and what to do next, where they are looking, and nothing they wrote is lost without a word.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser, pdfText, stageHiddenEarlier, urlFor } from './support/browser';
import { playToEnd } from './support/playToEnd';

const S1 = 'sitting-in-reception';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A device of its own (its own HTTP cache: nothing the other tests fetched is already there). */
async function device(viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport });
  await context.addInitScript(stageHiddenEarlier);
  const page = await context.newPage();
  return { context, page };
}

const pageErrors = (page: Page): string[] => {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
};

/** The curtain call's own code has arrived (fetched while the learner plays, laterCode.ts). */
async function curtainCallFetched(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').some((entry) => /\/assets\/curtainCall-[^/]+\.js$/.test(entry.name)),
  );
}

test('the connection drops after the first choice: the curtain call still opens at the end', async () => {
  const { context, page } = await device();
  try {
    const errors = pageErrors(page);
    await page.goto(urlFor(inject('baseUrl'), `/?story=${S1}`));
    await page.locator('.choice').first().click();
    // Fetched in idle time after the first choice, well before the curtain falls.
    await expect.poll(() => curtainCallFetched(page), { timeout: 10_000 }).toBe(true);
    await context.setOffline(true);
    await playToEnd(page, 'first');
    await page.getByRole('button', { name: 'Take your curtain call' }).click();
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Curtain call: Sitting in Reception');
    await page.locator('.debrief-part:not([hidden])').waitFor();
    expect(await page.locator('.safety-net').count()).toBe(0);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('offline before the curtain call was fetched: the end card says so, keeps its button, and opens once connected', async () => {
  const { context, page } = await device({ width: 375, height: 812 });
  try {
    const errors = pageErrors(page);
    await page.goto(urlFor(inject('baseUrl'), `/?story=${S1}`));
    await page.locator('.choice').first().waitFor();
    await context.setOffline(true);
    await playToEnd(page, 'first');
    const button = page.getByRole('button', { name: 'Take your curtain call' });
    await button.click();
    const problem = page.locator('.end-card [role="alert"]');
    await problem.waitFor();
    const said = await problem.textContent();
    expect(said).toContain('The curtain call could not be downloaded');
    expect(said).toContain('Nothing you have chosen or written is lost');
    expect(said).toContain('press “Take your curtain call” again');
    // Never the safety net's "reload the page": offline, a reload loses the game altogether.
    expect(await page.locator('.safety-net').count()).toBe(0);
    await context.setOffline(false);
    await button.click();
    await page.locator('.debrief-part:not([hidden])').waitFor();
    expect(await page.locator('h1').first().textContent()).toBe('Curtain call: Sitting in Reception');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a story chosen while offline says so in plain words and opens with Try again once connected', async () => {
  const { context, page } = await device();
  try {
    await page.goto(urlFor(inject('baseUrl'), '/'));
    await page.locator('button[data-story]').first().waitFor();
    await context.setOffline(true);
    await page.locator(`button[data-story="${S1}"]`).first().click();
    const panel = page.locator('.error-panel');
    await panel.waitFor();
    const said = (await panel.textContent()) ?? '';
    expect(said).toContain('“Sitting in Reception” could not be downloaded');
    expect(said).not.toContain('Failed to fetch');
    await context.setOffline(false);
    await panel.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.choice').first().waitFor();
  } finally {
    await context.close();
  }
});

test('storage fills while the learner writes in the Record: told beside the box, with the way to keep a copy, and leaving asks first', async () => {
  const { context, page } = await device({ width: 375, height: 812 });
  try {
    const errors = pageErrors(page);
    await page.goto(urlFor(inject('baseUrl'), `/?story=${S1}`));
    await playToEnd(page, 'first');
    await page.getByRole('button', { name: 'Take your curtain call' }).click();
    const part = page.locator('.debrief-part:not([hidden])');
    for (let n = 2; n <= 6; n++) await part.getByRole('button', { name: `Continue to part ${n}` }).click();
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Setting the value exceeded the quota.', 'QuotaExceededError');
      };
    });
    const learned = page.getByLabel('What I learned');
    await learned.click();
    await page.keyboard.type('Face Esther, then wait.');
    // Said where the learner is looking, not only at the top of the curtain call, screens above.
    const here = part.locator('.debrief-notice-here');
    await here.waitFor();
    expect(await here.textContent()).toContain('it will be lost when you close the page');
    expect(await here.evaluate((n) => n.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    await here.getByRole('button', { name: 'Go to download, print or copy' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Print or save as PDF');
    // Reloading or closing would lose the words: the browser asks first, and staying keeps them.
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await page.evaluate(() => location.reload()).catch(() => undefined);
    await expect.poll(() => asked).toEqual(['beforeunload']);
    expect(await learned.inputValue()).toBe('Face Esther, then wait.');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('storage fills while the learner writes how they feel (Pause): told that box is not in the account, and offered a copy of those words', async () => {
  // r19 Remains: the notice beside the feelings box sent the learner to download an account those words are not in.
  const { context, page } = await device({ width: 375, height: 812 });
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const errors = pageErrors(page);
    await page.goto(urlFor(inject('baseUrl'), `/?story=${S1}`));
    await playToEnd(page, 'first');
    await page.getByRole('button', { name: 'Take your curtain call' }).click();
    const part = page.locator('.debrief-part:not([hidden])');
    const feelings = part.getByLabel('How are you left feeling? (optional)');
    // Beside the box, before anything goes wrong: it is not in the account, and where it is kept.
    const hint = await feelings.evaluate(
      (box) => document.getElementById(box.getAttribute('aria-describedby')!)!.textContent,
    );
    expect(hint).toContain('it isn’t part of your reflective account, so it isn’t in what you download, print or copy');
    expect(hint).toContain('It stays on this device.');
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Setting the value exceeded the quota.', 'QuotaExceededError');
      };
    });
    await feelings.click();
    await page.keyboard.type('Tired, and cross with Dawn.');
    const here = part.locator('.debrief-notice-here');
    await here.waitFor();
    const said = (await here.textContent())!;
    expect(said).toContain('it will be lost when you close the page');
    expect(said).toContain('This box isn’t part of your reflective account, so downloading the account won’t keep it');
    expect(await here.getByRole('button', { name: 'Go to Record' }).count()).toBe(0);
    expect(await here.evaluate((n) => n.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    await here.getByRole('button', { name: 'Copy what I wrote here' }).click();
    await expect.poll(() => here.locator('[role="status"]').textContent()).toContain('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Tired, and cross with Dawn.');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('printed after a curtain call, a story is printed, not a blank page; the printed account heads its questions smaller than its parts', async () => {
  const { context, page } = await device();
  try {
    await page.goto(urlFor(inject('baseUrl'), `/?story=${S1}`));
    await playToEnd(page, 'first');
    await page.getByRole('button', { name: 'Take your curtain call' }).click();
    const part = page.locator('.debrief-part:not([hidden])');
    await part.getByRole('button', { name: 'Continue to part 2' }).click();
    await part.getByRole('button', { name: 'Continue to part 3' }).click();
    await part.locator('textarea').first().fill('I waited for her answer.');
    for (let n = 4; n <= 6; n++) await part.getByRole('button', { name: `Continue to part ${n}` }).click();
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const sizes = await page.evaluate(() => {
      const size = (selector: string) =>
        parseFloat(getComputedStyle(document.querySelector(`.debrief-print-copy ${selector}`)!).fontSize);
      return { part: size('h2'), question: size('h3') };
    });
    expect(sizes.question).toBeLessThan(sizes.part);
    expect((await pdfText(page)).replace(/\s+/g, ' ')).toContain('I waited for her answer.');
    await page.emulateMedia({ media: 'screen' });
    await part.getByRole('button', { name: 'Finish and leave the curtain call' }).click();
    // The same page (the curtain call's styles still loaded), a story on screen.
    await page.locator(`.production button[data-story="${S1}"]`, { hasText: 'Start from the beginning' }).click();
    await page.locator('.choice').first().waitFor();
    const printed = (await pdfText(page)).replace(/\s+/g, ' ');
    expect(printed).toContain('Ten past nine.');
  } finally {
    await context.close();
  }
});

test('first open: the top of the foyer says nothing leaves the device and the place is kept; a private window is not promised a kept place', async () => {
  const { context, page } = await device({ width: 375, height: 812 });
  try {
    await page.goto(urlFor(inject('baseUrl'), '/'));
    const lede = page.locator('.foyer-header .lede');
    await lede.waitFor();
    expect(await lede.textContent()).toContain('nothing leaves this device, and your place is kept at every choice');
    // On the first screen, with Begin, not only under five stories in "Before you start".
    expect(await lede.evaluate((n) => n.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    expect(await page.locator('.before-you-start').textContent()).toContain('about 10 minutes more');
  } finally {
    await context.close();
  }
  const private_ = await device();
  try {
    await private_.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await private_.page.goto(urlFor(inject('baseUrl'), '/'));
    const lede = private_.page.locator('.foyer-header .lede');
    await lede.waitFor();
    expect(await lede.textContent()).not.toContain('your place is kept');
  } finally {
    await private_.context.close();
  }
});

test('after a curtain call the foyer offers the way back to it, at the part the learner was on, not to continue a story that is over', async () => {
  const { context, page } = await device();
  try {
    await page.goto(urlFor(inject('baseUrl'), `/?story=${S1}`));
    await playToEnd(page, 'first');
    await page.goto(urlFor(inject('baseUrl'), '/'));
    // Ended, but the curtain call never opened: carrying on still leads to it.
    expect(await page.locator('.continue-strip button').textContent()).toContain('Continue where you left off');
    await page.locator('.continue-strip button').click();
    await page.getByRole('button', { name: 'Take your curtain call' }).click();
    await page.locator('.debrief-part:not([hidden])').waitFor();
    await page.goto(urlFor(inject('baseUrl'), '/'));
    const back = page.locator('.continue-strip button');
    expect(await back.textContent()).toContain('Back to your curtain call');
    await back.click();
    // Straight to the part the learner left it at (Pause: they opened it and went). They had not gone past the
    // company's bow, so it opens as it first did, focus on the title with the bow next (session 18).
    const shown = page.locator('.debrief-part:not([hidden]) h2');
    await shown.waitFor();
    expect(await shown.textContent()).toBe('Part 1 of 6: Pause');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Curtain call: Sitting in Reception');
    // Finished at the Record, it comes back at the Record.
    for (let part = 2; part <= 6; part++)
      await page.getByRole('button', { name: `Continue to part ${part}`, exact: true }).click();
    await page.getByRole('button', { name: 'Finish and leave the curtain call' }).click();
    await page.locator('.continue-strip button', { hasText: 'Back to your curtain call' }).click();
    await shown.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Part 6 of 6: Record');
    // A reload of that address opens the curtain call again, at the part the learner was on.
    await page.reload();
    await page.locator('.debrief-part:not([hidden])').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Part 6 of 6: Record');
  } finally {
    await context.close();
  }
});

test('one story in two tabs: the tab left behind says the other kept a place further on, and can carry on from it', async () => {
  const { context, page: first } = await device();
  try {
    await first.goto(urlFor(inject('baseUrl'), `/?story=${S1}`));
    await first.locator('.choice').first().click();
    await expect.poll(() => first.locator('.chosen').count()).toBe(1);
    const second = await context.newPage();
    await second.goto(urlFor(inject('baseUrl'), `/?story=${S1}`));
    await second.locator('.choice').first().waitFor();
    // Opened where the first tab is: nothing to choose between.
    expect(await first.locator('.other-tab').count()).toBe(0);
    for (let n = 0; n < 2; n++) {
      const offered = await second.locator('.choice-text').allTextContents();
      await second.locator('.choice').first().click();
      await second.waitForFunction(
        (before) => JSON.stringify([...document.querySelectorAll('.choice-text')].map((c) => c.textContent)) !== before,
        JSON.stringify(offered),
      );
    }
    const theirs = await second.locator('.choice-text').allTextContents();
    await first.bringToFront();
    const notice = first.locator('.other-tab');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('You have played this story in another tab too (3 steps in)');
    await notice.getByRole('button', { name: 'Carry on from the other tab' }).click();
    await expect.poll(() => first.locator('.choice-text').allTextContents()).toEqual(theirs);
    expect(await first.locator('.other-tab').count()).toBe(0);
  } finally {
    await context.close();
  }
});

test('in a browser that keeps nothing, the curtain call does not say what you write stays on this device', async () => {
  const { context, page } = await device();
  try {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(urlFor(inject('baseUrl'), `/?story=${S1}`));
    await playToEnd(page, 'first');
    await page.getByRole('button', { name: 'Take your curtain call' }).click();
    await page.locator('.debrief-part:not([hidden])').waitFor();
    expect(await page.locator('.debrief-intro').textContent()).not.toContain('stays on this device');
    expect(await page.locator('.debrief-notice').textContent()).toContain('cannot be kept on this device');
    // Nor beside the feelings box, which is in no account either: it goes when the page closes.
    const feelings = page.getByLabel('How are you left feeling? (optional)');
    const hint = await feelings.evaluate(
      (box) => document.getElementById(box.getAttribute('aria-describedby')!)!.textContent,
    );
    expect(hint).toContain('this device can’t keep it, so it goes when you close the page');
    expect(hint).not.toContain('stays on this device');
  } finally {
    await context.close();
  }
});
