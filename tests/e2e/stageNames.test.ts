// Every name on the stage is whole and readable (session 18: "Matron Okonjo" wrapped on the board scene and its
// second line fell off the bottom of the stage). Every scene of every listed story, as the build ships it: seeded
// walks of each give every set of people the stage stands together, left to right; Chromium measures each name in
// the game's own font; the stage's layout (stageLayout.ts nameLabels, what TheatreScene draws) must keep each one
// on one line, clear of its neighbours, the drapes and the learner's "You", and no smaller than NAME_MIN_SCALE.
// The stage is a canvas scaled as a whole, so its names follow the stage's size, not the page's text size.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inject, beforeAll, afterAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { Playthrough } from '../../src/engine/playthrough';
import { followPassage } from '../../src/engine/heardPassage';
import { seededRandom } from '../../src/engine/seededRandom';
import type { StoryManifest } from '../../src/engine/manifest';
import { stageName } from '../../src/stage/castLook';
import { foldStage } from '../../src/stage/followStory';
import {
  FONT_FAMILY,
  NAME_FONT_SIZE,
  NAME_GAP,
  NAME_MIN_SCALE,
  NAME_ROWS_Y,
  NAME_STROKE,
  NAMES_LEFT,
  NAMES_RIGHT,
  FLOOR_Y,
  STAGE_HEIGHT,
} from '../../src/stage/stageConfig';
import { nameLabels } from '../../src/stage/stageLayout';
import { EMPTY_STAGE } from '../../src/stage/stageState';
import { launchBrowser, newPage } from './support/browser';

const WALKS = 40;

/** Every line-up of names the stage shows in a story, over seeded walks (as `npm run play -- --walk` takes them). */
function lineUps(json: string, id: string): string[][] {
  const seen = new Map<string, string[]>();
  for (let seed = 1; seed <= WALKS; seed++) {
    const playthrough = new Playthrough(json, { storyId: id });
    const nameOf = new Map(playthrough.header.cast.map((c) => [c.id, stageName(c)]));
    const heard = followPassage(playthrough);
    playthrough.start();
    const random = seededRandom(seed);
    let passage = heard.now();
    while (!passage.ended && !passage.error && passage.choices.length > 0) {
      playthrough.choose(Math.floor(random() * passage.choices.length));
      passage = heard.now();
    }
    let state = EMPTY_STAGE;
    for (const event of playthrough.sofar.events) {
      state = foldStage([event], state);
      const names = state.onStage.map((who) => nameOf.get(who) ?? who);
      if (names.length) seen.set(names.join('|'), names);
    }
  }
  return [...seen.values()];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('names on the stage', () => {
  test('every name in every scene of every listed story is on one line, whole, clear of the rest, and readable', async () => {
    const dist = inject('distDir');
    const manifest = JSON.parse(readFileSync(path.join(dist, 'stories', 'manifest.json'), 'utf8')) as StoryManifest;
    const stories = manifest.stories.filter((s) => s.listed);
    expect(stories.length).toBeGreaterThanOrEqual(5);
    const scenes = stories.flatMap((s) =>
      lineUps(readFileSync(path.join(dist, 'stories', `${s.id}.json`), 'utf8'), s.id).map((names) => ({
        story: s.id,
        names,
      })),
    );
    // The biggest line-up a story has (eight, at the end of Next of kin) is among them.
    expect(Math.max(...scenes.map((s) => s.names.length))).toBeGreaterThanOrEqual(8);

    const { page } = await newPage(browser, '/?story=the-script');
    const everyName = [...new Set(scenes.flatMap((s) => s.names))];
    const measured = await page.evaluate(
      async ({ names, font }) => {
        await document.fonts.load(font);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = font;
        return {
          loaded: document.fonts.check(font),
          widths: Object.fromEntries(names.map((n) => [n, context.measureText(n).width])),
        };
      },
      { names: everyName, font: `${NAME_FONT_SIZE}px ${FONT_FAMILY}` },
    );
    expect(measured.loaded).toBe(true);
    await page.close();
    // As Phaser draws a name: the glyphs, and its dark edge on either side.
    const widthOf = (name: string) => measured.widths[name] + NAME_STROKE;
    const lineHeight = NAME_FONT_SIZE * 1.25 + NAME_STROKE;

    const problems: string[] = [];
    for (const { story, names } of scenes) {
      const labels = nameLabels(names.map(widthOf));
      labels.forEach((label, i) => {
        const where = `${story}: "${names[i]}" in ${names.join(', ')}`;
        if (label.scale < NAME_MIN_SCALE) problems.push(`${where} is drawn at ${label.scale.toFixed(2)}`);
        if (Math.abs(label.right - label.left - widthOf(names[i]) * label.scale) > 0.01)
          problems.push(`${where} is not its own width`);
        // Still under its own figure, even when slid along.
        if (Math.abs(label.x) >= ((label.right - label.left) / 2) * 0.9) problems.push(`${where} is not under them`);
        if (label.left < NAMES_LEFT || label.right > NAMES_RIGHT) problems.push(`${where} runs past the edge`);
        if (FLOOR_Y + NAME_ROWS_Y[label.row] + lineHeight * label.scale > STAGE_HEIGHT)
          problems.push(`${where} falls off the bottom`);
        const next = labels.slice(i + 1).find((other) => other.row === label.row);
        if (next && next.left - label.right < NAME_GAP)
          problems.push(`${where} runs into "${names[labels.indexOf(next)]}"`);
      });
    }
    expect(problems).toEqual([]);
  });
});
