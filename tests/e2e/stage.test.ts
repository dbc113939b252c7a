// The stage (src/stage): how a line's tags become stage cues and where people stand (plain Node), and, in the play
// screen in Chromium, that it is hidden from assistive technology, fits a 320 px screen and lets Phaser's loop
// sleep when nothing moves (≈ 1 % of a core asleep against ≈ 77 % awake; shared/spec/toolchain.md).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Playthrough } from '../../src/engine/playthrough';
import { cuesOf } from '../../src/stage/stageCues';
import { DRAPE_OPEN_WIDTH, NAME_WRAP_WIDTH, STAGE_WIDTH } from '../../src/stage/stageConfig';
import { lookFor, standingXs } from '../../src/stage/stageLayout';
import type { StageSource } from '../../src/stage/stageSource';
import { launchBrowser, newPage } from './support/browser';

// Compile-time: the play screen can hand over the engine's events as they are, without a cast.
export const fitsPlaythrough = (p: Playthrough): StageSource => ({
  cast: p.header.cast,
  on: p.events.on.bind(p.events),
});

describe('stage cues (Node)', () => {
  const line = (tags: string[], speaker: string | null = null, hidden = false) => ({ tags, speaker, hidden });

  test('enter, exit and prop in tag order; speaking brings someone on and lights them', () => {
    expect(
      cuesOf(line(['enter: esther', 'prop: esther ally_lanyard', 'exit: dawn ', 'speaker: shah'], 'shah')),
    ).toEqual([
      { kind: 'enter', id: 'esther' },
      { kind: 'prop', id: 'esther', item: 'ally_lanyard' },
      { kind: 'exit', id: 'dawn' },
      { kind: 'enter', id: 'shah' },
      { kind: 'light', id: 'shah' },
    ]);
  });

  test('the learner is never drawn or lit; narration lights nobody; a hidden line leaves the light alone', () => {
    expect(cuesOf(line(['speaker: you', 'prop: you ally_lanyard'], 'you'))).toEqual([{ kind: 'light', id: null }]);
    expect(cuesOf(line([]))).toEqual([{ kind: 'light', id: null }]);
    expect(cuesOf(line(['enter: tom'], null, true))).toEqual([{ kind: 'enter', id: 'tom' }]);
  });

  test('a scene clears the stage before anyone named after it enters', () => {
    expect(cuesOf(line(['scene: The ward', 'enter: daniel'], null, true))).toEqual([
      { kind: 'clear' },
      { kind: 'enter', id: 'daniel' },
    ]);
  });

  test('six people fit between the drapes with room for their names, and look different', () => {
    const xs = standingXs(6);
    expect(xs[0] - NAME_WRAP_WIDTH / 2).toBeGreaterThanOrEqual(DRAPE_OPEN_WIDTH);
    expect(xs[5] + NAME_WRAP_WIDTH / 2).toBeLessThanOrEqual(STAGE_WIDTH - DRAPE_OPEN_WIDTH);
    for (let i = 1; i < 6; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(NAME_WRAP_WIDTH);
    const looks = new Set([0, 1, 2, 3, 4, 5].map((i) => JSON.stringify(lookFor(i))));
    expect(looks.size).toBe(6);
  });
});

const STORY = '/?story=sitting-in-reception';
const CANVAS = '.stage-box canvas, #stage canvas';

describe('the stage in the play screen (chromium)', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser({ stage3d: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const loopState = (page: Page) => page.locator(CANVAS).first().getAttribute('data-loop');

  test('boots after the text, is hidden from assistive technology, and its loop goes to sleep', async () => {
    const { page, errors } = await newPage(browser!, STORY);
    const canvas = page.locator(CANVAS).first();
    await canvas.waitFor({ state: 'attached', timeout: 30_000 });
    const box = await canvas.evaluate((c) => {
      const parent = c.parentElement!;
      return {
        hidden: parent.closest('[aria-hidden="true"]') !== null,
        focusable: parent.querySelectorAll('a, button, input, select, textarea, [tabindex]').length,
      };
    });
    expect(box).toEqual({ hidden: true, focusable: 0 });
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-loop') === 'asleep', CANVAS, {
      timeout: 20_000,
    });
    // Asleep means no animation frames: two seconds later it is still asleep.
    await page.waitForTimeout(2000);
    expect(await loopState(page)).toBe('asleep');
    expect(errors).toEqual([]);
  });

  test('fits a 320 px screen without sideways scrolling', async () => {
    const { page, errors } = await newPage(browser!, STORY, {
      viewport: { width: 320, height: 640 },
      reducedMotion: 'reduce',
    });
    await page.locator(CANVAS).first().waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-loop') === 'asleep', CANVAS, {
      timeout: 20_000,
    });
    const widths = await page.evaluate(
      (sel) => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        canvas: document.querySelector(sel)!.getBoundingClientRect().width,
      }),
      CANVAS,
    );
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(widths.canvas).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
  });
});
