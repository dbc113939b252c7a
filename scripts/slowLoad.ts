// What a learner on a slow work network and an old phone waits for, measured by `npm run bench` and printed beside
// the baseline in scripts/bench-baseline.json. Headless Chromium with DevTools' own throttling (CDP): the "Slow 4G"
// preset (1.44 Mbps down, 675 kbps up, 562.5 ms added to each request) and the CPU slowed 4×, a phone-sized
// window, a fresh profile each time (nothing cached), and the build served gzipped as a real static host sends it.
// Measured and printed, never asserted: the figures depend on the machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './serveStatic';

/** DevTools' "Slow 4G" (Chrome's NetworkManager presets: 1.6 Mbps and 750 kbps at 90 %, 150 ms RTT × 3.75). */
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
};
const CPU_SLOWDOWN = 4;
export const SLOW_CONDITIONS = `DevTools "Slow 4G" (1.44 Mbps down, 562.5 ms latency a request), CPU ×${CPU_SLOWDOWN}, 360×740 phone, nothing cached, gzip`;

/** One cold load of a story by its link, to its first words, its first answered press and its stage. */
interface SlowLoad {
  /** navigation → the first story line in the DOM ('first-text'). */
  firstText: number;
  /** navigation → the engine has the story, so pressing an option answers at once ('story-ready'). */
  answers: number;
  /** navigation → the stage's first frame ('stage-drawn'). */
  stage: number;
  /** The longest task on the page's thread from 'story-ready' to the stage drawn: how long a press could wait. */
  longestTaskAfterReady: number;
  /** KiB on the wire (gzip, headers included) before 'first-text', before 'story-ready', and in all by the stage. */
  kibBeforeText: number;
  kibBeforeAnswers: number;
  kibByStage: number;
  /** Every file in the order it arrived: when it was asked for and arrived (ms), and its KiB on the wire. */
  files: { name: string; start: number; end: number; kib: number }[];
}

/** The curtain call: the learner presses "Take your curtain call" → its first words ('curtain-text'). */
interface SlowDebrief {
  ms: number;
  /** KiB on the wire from the last option pressed to the curtain call's words (what the end needed). */
  kib: number;
}

export interface SlowFigures {
  firstText: number[];
  answers: number[];
  stage: number[];
  longestTaskAfterReady: number[];
  kibBeforeText: number[];
  kibBeforeAnswers: number[];
  kibByStage: number[];
  debrief: number[];
  debriefKib: number[];
  /** The files of the first cold load. */
  files: SlowLoad['files'];
}

/** Text files a static host compresses. */
const COMPRESSED = /\.(html|js|mjs|css|json|md|svg|txt|map)$/i;

/** A copy of the build with a .gz beside every text file, served as a host that gzips serves it. */
export async function serveGzipped(dist: string): Promise<StaticServer & { dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'allyship-bench-gzip-'));
  fs.cpSync(dist, dir, { recursive: true });
  const walk = (at: string): void => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const file = path.join(at, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (COMPRESSED.test(entry.name)) fs.writeFileSync(`${file}.gz`, zlib.gzipSync(fs.readFileSync(file)));
    }
  };
  walk(dir);
  const server = await serveStatic(dir, 0, Promise.resolve(), { gzip: true });
  return {
    ...server,
    dir,
    close: async () => {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function slowPage(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  // Every long task the page's thread runs, from the first script on.
  await page.addInitScript(`(() => {
    window.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask' });
    } catch {}
  })()`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { page, close: () => context.close() };
}

const WAIT = { timeout: 120_000, polling: 100 };

/** KiB on the wire of the document and every same-origin file whose response ended by `until` (ms). */
const kibBy = (page: Page, until: number, from = 0) =>
  page.evaluate(
    ([until, from]) => {
      const entries = [
        ...(performance.getEntriesByType('navigation') as PerformanceResourceTiming[]),
        ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]),
      ].filter((r) => r.name.startsWith(location.origin) && r.responseEnd <= until && r.responseEnd > from);
      return entries.reduce((sum, r) => sum + r.transferSize, 0) / 1024;
    },
    [until, from] as const,
  );

const markAt = (page: Page, name: string) =>
  page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN, name);

async function slowLoad(browser: Browser, base: string, story: string): Promise<SlowLoad> {
  const { page, close } = await slowPage(browser);
  try {
    await page.goto(`${base}/?story=${story}`, { timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName('stage-drawn').length > 0, undefined, WAIT);
    const firstText = await markAt(page, 'first-text');
    const answers = await markAt(page, 'story-ready');
    const stage = await markAt(page, 'stage-drawn');
    const longestTaskAfterReady = await page.evaluate(
      ([from, to]) =>
        Math.max(
          0,
          ...(window as unknown as { __longTasks: [number, number][] }).__longTasks
            .filter(([start, duration]) => start + duration > from && start < to)
            .map(([, duration]) => duration),
        ),
      [answers, stage] as const,
    );
    return {
      firstText,
      answers,
      stage,
      longestTaskAfterReady,
      kibBeforeText: await kibBy(page, firstText),
      kibBeforeAnswers: await kibBy(page, answers),
      kibByStage: await kibBy(page, stage),
      files: await page.evaluate(() =>
        [
          ...(performance.getEntriesByType('navigation') as PerformanceResourceTiming[]),
          ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]),
        ]
          .filter((r) => r.name.startsWith(location.origin))
          .sort((a, b) => a.responseEnd - b.responseEnd)
          .map((r) => ({
            name: new URL(r.name).pathname.split('/').pop() || 'index.html',
            start: r.startTime,
            end: r.responseEnd,
            kib: r.transferSize / 1024,
          })),
      ),
    };
  } finally {
    await close();
  }
}

/**
 * A cold load played to its end by each decision's first option (a moment's reading before each), then the
 * curtain call: the press of "Take your curtain call" → its first words.
 */
async function slowDebrief(browser: Browser, base: string, story: string): Promise<SlowDebrief> {
  const { page, close } = await slowPage(browser);
  try {
    await page.goto(`${base}/?story=${story}`, { timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName('story-ready').length > 0, undefined, WAIT);
    // When the last option was pressed: what the curtain call fetches from then on is its own.
    let lastPress = 0;
    for (let i = 0; i < 40; i++) {
      await page.waitForTimeout(1000);
      if (await page.locator('.end-card').count()) break;
      lastPress = await page.evaluate(() => performance.now());
      await page.locator('.choice').first().click({ timeout: 60_000 });
    }
    const button = page.getByRole('button', { name: 'Take your curtain call' });
    await button.waitFor({ timeout: 60_000 });
    // A learner reads the end card before pressing.
    await page.waitForTimeout(3000);
    const pressed = await page.evaluate(() => performance.now());
    await button.click();
    await page.waitForFunction(() => performance.getEntriesByName('curtain-text').length > 0, undefined, WAIT);
    const shown = await markAt(page, 'curtain-text');
    // What the curtain call fetched, whether on the press or while the end card was read.
    return { ms: shown - pressed, kib: await kibBy(page, shown, lastPress) };
  } finally {
    await close();
  }
}

/** `runs` cold loads and `runs` playthroughs to the curtain call, alternating. */
export async function slowFigures(browser: Browser, base: string, story: string, runs: number): Promise<SlowFigures> {
  const f: SlowFigures = {
    firstText: [],
    answers: [],
    stage: [],
    longestTaskAfterReady: [],
    kibBeforeText: [],
    kibBeforeAnswers: [],
    kibByStage: [],
    debrief: [],
    debriefKib: [],
    files: [],
  };
  for (let i = 0; i < runs; i++) {
    const load = await slowLoad(browser, base, story);
    const { files, ...figures } = load;
    for (const key of Object.keys(figures) as (keyof typeof figures)[]) f[key].push(figures[key]);
    if (i === 0) f.files = files;
    const debrief = await slowDebrief(browser, base, story);
    f.debrief.push(debrief.ms);
    f.debriefKib.push(debrief.kib);
  }
  return f;
}
