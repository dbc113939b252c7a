// The room cannot scroll the projector, so every screen must fit it whole. For every listed story, at a 1024×768
// projector and a 1280×720 one: the prebrief, the ground rules, the content notes, and the story's longest
// decision as options, as a vote (with the phone-voting box), as a first-vote result and as a revote beside it.
// Each view is built by the real session model in Node and drawn by the real projector page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { voteRow } from '../../src/facilitation/groupDebrief';
import type { RoomView } from '../../src/facilitation/roomView';
import { tallyVotes } from '../../src/facilitation/voteTally';
import { Workshop } from '../../src/facilitation/workshop';
import { CHANNEL_NAME } from '../../src/ui/workshop/roomChannel';
import { launchBrowser, urlFor } from './support/browser';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
];

interface Entry {
  id: string;
  hash: string;
  listed: boolean;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const planned = new Map<string, { name: string; view: RoomView }[]>();

/**
 * The views a room meets before the story and at its longest decision: planned once for both screen sizes (a
 * story's plan walks its decisions, 0.2-0.9 s of CPU each).
 */
function viewsFor(entry: Entry): { name: string; view: RoomView }[] {
  let views = planned.get(entry.id);
  if (!views) planned.set(entry.id, (views = planViews(entry)));
  return views;
}

function planViews(entry: Entry): { name: string; view: RoomView }[] {
  const json = readFileSync(path.join(inject('distDir'), 'stories', `${entry.id}.json`), 'utf8');
  const w = Workshop.plan({ id: entry.id, hash: entry.hash, json }, { now: () => 0 });
  const views: { name: string; view: RoomView }[] = [];
  w.start();
  views.push({ name: 'prebrief', view: w.roomView() });
  w.next();
  views.push({ name: 'ground rules', view: w.roomView() });
  w.next();
  views.push({ name: 'content notes', view: w.roomView() });
  const longest = [...w.plan.points].sort(
    (a, b) => b.options.join('').length - a.options.join('').length || b.options.length - a.options.length,
  )[0]!;
  const base = views[0]!.view;
  const options = longest.options;
  // A split where every option has a proportion, plus "rather not say": the longest result the room can get.
  const counts = options.map((_, i) => 3 + i);
  const first = voteRow('How the room voted', tallyVotes({ counts, ratherNot: 3 }), options);
  const second = voteRow(
    'How the room voted the second time',
    tallyVotes({ counts: [...counts].reverse(), ratherNot: 3 }),
    options,
  );
  const at = (kind: string, body: RoomView['body']) => ({ name: `${kind}`, view: { ...base, body } });
  views.push(at('options', { kind: 'options', banner: null, options, vote: true }));
  views.push(
    at('vote', {
      kind: 'vote',
      round: 1,
      options,
      phones: { joinAddress: 'http://192.168.100.100:8787/vote.html?c=K7QD', code: 'K7QD' },
    }),
  );
  views.push(at('result', { kind: 'result', round: 1, options, row: first, before: null }));
  views.push(at('revote result', { kind: 'result', round: 2, options, row: second, before: first }));
  views.push(
    at('discuss', { kind: 'discuss', prompts: longest.discuss.length ? longest.discuss : ['What happened?'] }),
  );
  return views.map((v, i) => ({ ...v, view: { ...v.view, seq: 1000 + i } }));
}

// The projector pairs with its presenter by a key in its address; the test plays the presenter's part.
const PAIR = '0123456789abcdef0123456789abcdef';

async function show(projector: Page, view: RoomView): Promise<void> {
  await projector.evaluate(({ name, view }) => new BroadcastChannel(name).postMessage({ type: 'view', view }), {
    name: `${CHANNEL_NAME}:${PAIR}`,
    view,
  });
  await projector.waitForFunction((seq) => document.getElementById('room')?.dataset.seq === String(seq), view.seq);
}

describe('the projector fits its screen', () => {
  const manifest = JSON.parse(readFileSync(path.join(inject('distDir'), 'stories', 'manifest.json'), 'utf8')) as {
    stories: Entry[];
  };
  const stories = manifest.stories.filter((s) => s.listed);

  test('every listed story is measured', () => {
    expect(stories.length).toBeGreaterThanOrEqual(5);
  });

  for (const size of SIZES) {
    test(`at ${size.width}×${size.height}, every screen of every story shows whole`, async () => {
      const context = await browser.newContext({ viewport: size });
      const projector = await context.newPage();
      await projector.goto(urlFor(inject('baseUrl'), `/projector.html#pair=${PAIR}`));
      const problems: string[] = [];
      for (const story of stories) {
        for (const { name, view } of viewsFor(story)) {
          await show(projector, view);
          const m = await projector.evaluate(() => {
            const room = document.getElementById('room')!;
            return {
              page: document.documentElement.scrollHeight,
              inner: window.innerHeight,
              room: room.scrollHeight,
              box: room.clientHeight,
              fit: room.dataset.fit,
              type: parseFloat(getComputedStyle(room).fontSize),
            };
          });
          if (m.page > m.inner || m.room > m.box + 1 || m.fit !== 'yes')
            problems.push(`${story.id} ${name}: content ${m.room} px in a ${m.box} px screen (type ${m.type} px)`);
          if (['revote result', 'prebrief'].includes(name) && story === stories[0])
            await projector.screenshot({
              path: `test-results/projector-${size.width}x${size.height}-${name.replace(' ', '-')}.png`,
            });
          // Smaller type, never tiny: a room must still read it from the back.
          expect(m.type, `${story.id} ${name}`).toBeGreaterThanOrEqual(18);
        }
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  }
});
