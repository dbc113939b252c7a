// What a screen-reader learner hears, in order: a virtual screen reader (@guidepup/virtual-screen-reader, in the
// real Chromium page, with Chromium's own accessible names and roles) reads the foyer, begins Sitting in Reception,
// reads to the first decision, chooses by keyboard, hears where focus lands, and reads the curtain call part by
// part. It is not NVDA, JAWS or VoiceOver (support/virtualReader.ts says how it differs); axe-core finds rule breaks,
// this finds the order and the words, and anything said twice in a row.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cleanPage } from './support/browser';
import { launchReadingBrowser, startReader, type Reader } from './support/virtualReader';

const S1 = 'Sitting in Reception';
let browser: Browser;
beforeAll(async () => {
  browser = await launchReadingBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Everything the learner has heard so far, kept across the reader's log being read in pieces. */
const heard: string[] = [];

/** Move what the reader said since the last time into `heard`; returns it. */
async function take(reader: Reader): Promise<string[]> {
  const said = await reader.log();
  await reader.forget();
  heard.push(...said);
  return said;
}

/** Read on until `until` is said; returns what was said on the way. */
async function readOn(reader: Reader, until: RegExp): Promise<string[]> {
  await take(reader);
  await reader.readUntil(until);
  return take(reader);
}

/**
 * What the reader says after `press` (keys: a focus move is said at once), until its last phrase matches `until`.
 * A live region speaks a moment later (announce() in src/ui/dom.ts waits 30 ms): what it says is waited for too.
 */
async function saidAfter(page: Page, reader: Reader, press: () => Promise<void>, until: RegExp): Promise<string[]> {
  await take(reader);
  await press();
  await expect.poll(async () => until.test((await reader.log()).at(-1) ?? ''), { timeout: 10_000 }).toBe(true);
  await page.waitForTimeout(200);
  return take(reader);
}

/** Everything the learner heard, checked for what is a nuisance whatever the screen. */
function expectNoNoise(heard: string[]): void {
  const twice = heard.flatMap((phrase, i) =>
    i > 0 && phrase.replace(/^(polite|assertive): /, '') === heard[i - 1]!.replace(/^(polite|assertive): /, '')
      ? [`${i}: ${phrase}`]
      : [],
  );
  expect(twice, 'said twice in a row').toEqual([]);
  // A landmark named like the heading said straight after it, or a list named like the heading said straight before
  // it: the name twice (accessibilityTree.test.ts says why).
  const echoed = heard.flatMap((phrase, i) => {
    const landmark = /^(region|form), (.+)$/.exec(phrase);
    const list = /^list, (.+)$/.exec(phrase);
    return (landmark && heard[i + 1]?.startsWith(`heading, ${landmark[2]}, level`)) ||
      (list && heard[i - 1]?.startsWith(`heading, ${list[1]}, level`))
      ? [`${i}: ${phrase}`]
      : [];
  });
  expect(echoed, 'a landmark or a list named like the heading beside it').toEqual([]);
  // NVDA says "clickable" for anything with a click handler that is not a control.
  expect(heard.filter((phrase) => /clickable/i.test(phrase))).toEqual([]);
  // A control heard by its role alone, or an image without words: the learner cannot tell what it is.
  const unnamed = /^(button|link|textbox|checkbox|radio|combobox|img|image|graphic|canvas)(, (not )?checked)?$/;
  expect(heard.filter((phrase) => unnamed.test(phrase))).toEqual([]);
  expect(heard.filter((phrase) => /^(img|image|graphic|canvas)\b/.test(phrase))).toEqual([]);
}

/**
 * The text of each element as a screen reader is given it: without what is hidden from it (aria-hidden), with what
 * is said and not shown (data-said: shownAndSaid in src/ui/dom.ts).
 */
async function texts(page: Page, selector: string): Promise<string[]> {
  const said = await page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      copy.querySelectorAll('[data-said]').forEach((words) => (words.textContent = words.getAttribute('data-said')));
      return copy.textContent ?? '';
    }),
  );
  return said.map((t) => t.replace(/\s+/g, ' ').trim());
}

// A limit that catches a hang, not a speed goal: the reader walks several hundred items on a shared machine.
test(
  'a screen-reader learner: the foyer, Sitting in Reception to its first decisions, and the curtain call part by part',
  { timeout: 240_000 },
  async () => {
    const { page, errors } = await cleanPage(browser, '/', { reducedMotion: 'reduce' });
    await page.locator('h1').waitFor();
    const reader = await startReader(page);

    // The foyer, read from the top: the page's h1, the playbill, then the story's card, its Begin button named with
    // the story and described by its content notes.
    const foyer = await readOn(reader, new RegExp(`^button, Begin: ${S1}`));
    expect(foyer.indexOf('heading, The Allyship Theatre, level 1')).toBeGreaterThan(-1);
    expect(foyer.indexOf('heading, The Allyship Theatre, level 1')).toBeLessThan(
      foyer.indexOf(`heading, ${S1}, level 3`),
    );
    expect(foyer.at(-1)).toMatch(new RegExp(`^button, Begin: ${S1}, Content notes: ?An older deaf woman`));

    // Enter on Begin: focus lands on the story's first paragraph, which is said with its words.
    await reader.focusHere();
    const firstWords = await saidAfter(page, reader, () => page.keyboard.press('Enter'), /^paragraph, /);
    const firstLine = (await texts(page, '.transcript p.line'))[0]!;
    expect(firstWords.at(-1)).toBe(`paragraph, ${firstLine}`);
    // The stage is drawn (a canvas, or the still of its last frame), and none of it is heard.
    await page.locator('.stage-box canvas, .stage-box img').first().waitFor({ state: 'attached' });

    // Reading on to the first decision: the question as a heading, then the options as a list (not named by the
    // question: it would be said twice), each a button with its whole text, in order.
    const toDecision = await readOn(reader, /^end of list$/);
    const options = await texts(page, '.choices .choice-text');
    expect(options.length).toBeGreaterThan(0);
    const question = toDecision.indexOf('heading, What do you do?, level 2');
    expect(question).toBeGreaterThan(-1);
    expect(toDecision[question + 1]).toBe('list');
    expect(toDecision.slice(question + 2).filter((p) => p.startsWith('button, '))).toEqual(
      options.map((text) => `button, ${text}`),
    );
    options.forEach((_, i) =>
      expect(toDecision).toContain(`listitem, level 1, position ${i + 1}, set size ${options.length}`),
    );

    // Decisions by keyboard: Tab to the first option, Enter. Each time focus lands on the first new paragraph, said
    // with its words, and nothing else is said over it.
    for (let decision = 0; decision < 3; decision++) {
      const before = await page.locator('.transcript p.line').count();
      await page.locator('.choices .choice').first().waitFor();
      const firstOption = (await texts(page, '.choices .choice-text'))[0]!;
      const onOption = await saidAfter(
        page,
        reader,
        async () => {
          // Focus sits in the story; Tab goes on through the page to the first option.
          for (let i = 0; i < 30; i++) {
            await page.keyboard.press('Tab');
            if (await page.evaluate(() => document.activeElement?.classList.contains('choice') ?? false)) return;
          }
          throw new Error('Tab never reached the first option');
        },
        new RegExp(`^button, ${escape(firstOption)}$`),
      );
      expect(onOption.at(-1)).toBe(`button, ${firstOption}`);
      const after = await saidAfter(page, reader, () => page.keyboard.press('Enter'), /^paragraph, /);
      const newLine = (await texts(page, '.transcript p.line'))[before]!;
      expect(after).toEqual([`paragraph, ${newLine}`]);
    }

    // On to the end with the number keys (focus stays in the story).
    for (let i = 0; i < 30 && (await page.locator('.end-card').count()) === 0; i++) {
      const lines = await page.locator('.transcript p.line').count();
      await page.keyboard.press('1');
      await page.waitForFunction(
        (n) => document.querySelectorAll('.transcript p.line').length > n || !!document.querySelector('.end-card'),
        lines,
      );
    }
    const toEnd = await readOn(reader, /^button, Take your curtain call$/);
    expect(toEnd).toContain('heading, The curtain falls, level 2');

    // The curtain call opens on its h1, said first and once.
    await reader.focusHere();
    const opened = await saidAfter(page, reader, () => page.keyboard.press('Enter'), /^heading, /);
    expect(opened.filter((phrase) => phrase !== 'button, Take your curtain call')).toEqual([
      `heading, Curtain call: ${S1}, level 1`,
    ]);

    // Each part: its heading is what focus says after "Continue", and every box is heard with its question.
    const partTitles = ['Pause', 'What happened', 'So what', 'What if', 'Now what', 'Record'];
    const part1 = await readOn(reader, /^button, Continue to part 2$/);
    expect(part1).toContain('heading, Part 1 of 6: Pause, level 2');
    expect(part1).toContainEqual(
      expect.stringMatching(/^textbox, How are you left feeling\? \(optional\), You do not have to write anything/),
    );
    for (let n = 2; n <= 6; n++) {
      await reader.focusHere();
      const arrived = await saidAfter(page, reader, () => page.keyboard.press('Enter'), /^heading, /);
      expect(arrived.filter((phrase) => !phrase.startsWith('button, '))).toEqual([
        `heading, Part ${n} of 6: ${partTitles[n - 1]}, level 2`,
      ]);
      const next = n < 6 ? `Continue to part ${n + 1}` : 'Finish and leave the curtain call';
      // Parts 2, 4 and 5 are long lists of moments and options: the learner moves on with Tab, to save the machine.
      if (n === 2 || n === 4 || n === 5) {
        await take(reader);
        await tabTo(page, next);
        expect((await take(reader)).at(-1)).toBe(`button, ${next}`);
        continue;
      }
      const part = await readOn(reader, new RegExp(`^button, ${next}$`));
      if (partTitles[n - 1] === 'So what') {
        // Each question to think about is the name of its box, so Tab alone meets every question.
        const questions = await texts(page, '.debrief-part:not([hidden]) .debrief-field label');
        expect(questions.length).toBeGreaterThan(0);
        for (const q of questions)
          expect(part).toContainEqual(expect.stringMatching(new RegExp(`^textbox, ${escape(q)}`)));
        // The airtime tables are heard as names and numbers (Esther: What happened named her in full first).
        expect(part).toContain('rowheader, Esther');
        expect(part.filter((phrase) => phrase === 'cell' || /Picture/.test(phrase))).toEqual([]);
      }
      if (partTitles[n - 1] === 'Record')
        for (const box of ['What happened', 'What I learned', 'How I will change my practice'])
          expect(part).toContainEqual(expect.stringMatching(new RegExp(`^textbox, ${box}\\b`)));
    }

    await take(reader);
    expectNoNoise(heard);
    expect(errors).toEqual([]);
  },
);

/** Tab (forwards) until the focused button is named `name`. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((n) => document.activeElement?.textContent?.trim() === n, name)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
