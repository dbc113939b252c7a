// The game in a second real browser: Debian's Firefox ESR (learners on work laptops often have Firefox), driven by
// puppeteer-core over WebDriver BiDi, against the same build every Chromium test plays. One learner's visit, by
// keyboard alone: the foyer, a story to its curtain call, a reflection written and still there after a reload; the
// stage draws beside the words or leaves them the page, never covering them; no console error; axe-core on the play
// screen and the curtain call. (Safari's engine, as Debian's WebKitGTK, has a file of its own: webkit.test.ts.)
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectNoAxeViolationsIn, launchFirefox, openInFirefox } from './support/firefox';
import { focusedInfo, pressUntil } from './support/theatreKeys';

let firefox: Browser;
beforeAll(async () => {
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
});

const TITLE = 'Sitting in Reception';
const FEELINGS = 'Uneasy at the desk, then clearer once I asked Esther first.';

/**
 * Tab to option 1 of the choices on offer and press Enter; wait for the new words and for focus to reach them (it
 * moves in the frame that first paints them, afterPaint.ts), so the next Tab starts where a learner's would.
 */
async function takeFirstChoice(page: Page): Promise<void> {
  const lines = await page.evaluate(() => document.querySelectorAll('.transcript p.line').length);
  await pressUntil(page, 'Tab', (f) => f.tag === 'button' && /^1(?!\d)/.test(f.name));
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (count) =>
      !!document.querySelector('.error-panel') ||
      [...document.querySelectorAll('.transcript p.line')].indexOf(document.activeElement!) >= count,
    {},
    lines,
  );
}

/** Tab to "Take your curtain call", press Enter, and wait for its first part. */
async function takeCurtainCall(page: Page): Promise<void> {
  await page.waitForSelector('.end-card');
  await pressUntil(page, 'Tab', (f) => f.tag === 'button' && f.name === 'Take your curtain call');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.debrief-part:not([hidden])');
}

/** Where the stage is and how it stands: drawn (its canvas, or the still of its last frame), or hidden. */
async function stageAndWords(page: Page) {
  return page.evaluate(() => {
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
    };
    const box = document.querySelector<HTMLElement>('.stage-box')!;
    const drawn = [...box.querySelectorAll('canvas, .stage-still')].find((e) => e.getBoundingClientRect().width > 0);
    const lines = [...document.querySelectorAll('.transcript .line')];
    return {
      state: box.hidden ? 'hidden' : drawn ? 'drawn' : 'waiting',
      box: rect(box),
      transcript: rect(document.querySelector('.transcript')!),
      lines: lines.length,
      emptyLines: lines.filter((l) => l.getBoundingClientRect().height === 0 || !l.textContent?.trim()).length,
    };
  });
}

test('a learner in Firefox, by keyboard: a story to its curtain call, the words written there kept after a reload', async () => {
  const { page, errors } = await openInFirefox(firefox, '/');
  await page.waitForSelector('.production');

  // The foyer: Tab to the story's Begin and press Enter.
  await pressUntil(page, 'Tab', (f) => f.tag === 'button' && f.name.startsWith('Begin') && f.name.includes(TITLE));
  await page.keyboard.press('Enter');
  await page.waitForSelector('.transcript .line');

  // The stage is loaded after the first words: it draws (WebGL or Canvas, whichever this Firefox gives Phaser), or
  // its box is hidden. Either way the words are all there, and the stage stands beside them, not over them.
  await page.waitForFunction(() => {
    const box = document.querySelector<HTMLElement>('.stage-box');
    return (
      !!box &&
      (box.hidden || [...box.querySelectorAll('canvas, .stage-still')].some((e) => e.getBoundingClientRect().width > 0))
    );
  });
  const opening = await stageAndWords(page);
  expect(opening.state).not.toBe('waiting');
  expect(opening.lines).toBeGreaterThan(0);
  expect(opening.emptyLines).toBe(0);
  if (opening.state === 'drawn') {
    expect(opening.box.height).toBeGreaterThan(100);
    // At 1280 px the stage is a column beside the text.
    expect(opening.box.left).toBeGreaterThanOrEqual(opening.transcript.right);
  }
  await expectNoAxeViolationsIn(page);

  // The story to its end, option 1 each time, by Tab and Enter.
  for (let taken = 0; !(await page.$('.end-card, .error-panel')); taken++) {
    expect(taken, 'choices taken before the end').toBeLessThan(40);
    await takeFirstChoice(page);
  }
  expect(await page.$('.error-panel')).toBeNull();
  await takeCurtainCall(page);
  await expectNoAxeViolationsIn(page);

  // A reflection, typed into the Pause part's box.
  await pressUntil(page, 'Tab', (f) => f.tag === 'textarea' && f.id.endsWith('-feelings'));
  await page.keyboard.type(FEELINGS);

  // A reload: the curtain call opens again at the part the learner was on, Pause; not yet past the company's bow,
  // with focus on the title as at first (the bow next), and the box has the words. First the code the page fetches in idle time is let finish: a reload cuts it off, and
  // Firefox reports the old page's unfinished import as an error.
  await page.waitForNetworkIdle({ idleTime: 500 });
  await page.reload({ waitUntil: 'load' });
  await page.waitForSelector('.debrief-part:not([hidden])');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Curtain call: /);
  await pressUntil(page, 'Tab', (f) => f.tag === 'textarea' && f.id.endsWith('-feelings'));
  expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value)).toBe(FEELINGS);
  expect((await focusedInfo(page)).id).toMatch(/-feelings$/);
  expect(errors).toEqual([]);
});

test('at 320 px with text at 200 %, the settings dialog keeps its words whole, beside Firefox’s scrollbars', async () => {
  // Firefox draws scrollbars that take room (the page's and the dialog's own, 12 px each here), where headless
  // Chromium's lie over the page; Firefox on Windows and Chrome on Windows draw them the same way.
  // A device whose learner chose 200 % text on an earlier visit.
  const { page, errors } = await openInFirefox(firefox, '/', {
    viewport: { width: 320, height: 640 },
    initScript: () => localStorage.setItem('allyship:settings', JSON.stringify({ textSize: 200 })),
  });
  await page.waitForSelector('.production');
  // Back from the page's heading to the site bar above it, as a keyboard user would (forward, Tab would leave the
  // page for the browser's own toolbar first).
  await pressUntil(page, 'Shift+Tab', (f) => f.id === 'settings-button');
  await page.keyboard.press('Enter');
  // The dialog's own `open`, as the page sees it: puppeteer's waitForSelector('#settings-dialog[open]') over
  // Firefox's BiDi waited out its 30 s with the dialog already open (fresh-clone run on aa6bfd5; open after 80 ms).
  await page.waitForFunction(() => document.querySelector<HTMLDialogElement>('#settings-dialog')?.open === true);
  // Every word of the heading and the line under it on one line of its own: none split part-way.
  const split = await page.evaluate(() => {
    const dialog = document.querySelector('#settings-dialog')!;
    const texts = [dialog.querySelector('h2')!, dialog.querySelector('.dialog-body > p')!];
    const broken: string[] = [];
    for (const block of texts) {
      const node = block.firstChild!;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    return { broken, words: texts.map((t) => t.textContent) };
  });
  expect(split.words[0]).toBe('Settings');
  expect(split.broken).toEqual([]);
  expect(errors).toEqual([]);
});
