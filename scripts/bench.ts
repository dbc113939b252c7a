// npm run bench — prints the numbers the README's performance section records. Never a test: speed depends on
// the machine, so it is measured and reported, not asserted. Builds, serves dist/ and drives headless Chromium.
// `--runs N` (default 5): cold loads per side; each figure is the median, with its range. `--playthroughs N`
// (default twice the runs): playthroughs per side for the choice rows; their ratios come with the range 90 % of
// resamplings of the clicks give, so a run says how steady it is. `--clicks-json FILE` writes every click down.
// The machine's load average is printed before and after, so a figure from a busy machine says so.
//   side by side: the game against a plain ink player of the same story (scripts/plainPlayer.ts), alternating
//     first line: navigation → performance.mark('first-text') via ?story=
//     KiB before the first line: gzip bytes of every file that arrived before 'first-text'
//     choice → text: click → performance.mark('choice-rendered'), after the engine is ready ('story-ready'), and
//       click → just after the next paint (style and layout of the page included); before each choice, the first
//       too, each page gets a reader's moment (scripts/readingMoment.ts), as it does while a learner reads;
//       and the click's CPU time on the page's thread (Chromium trace), which a busy machine lengthens far less
//     idle CPU: % of one core used by the whole browser (every thread's time on a CPU) over 5 s with nothing moving,
//       after the stage's loop has gone to sleep and the pages before it have gone
//   what the game loads: each file of one cold load, in order, gzip size, and whether the first line waited for it
//   foyer:      navigation → performance.mark('foyer-text')
//   runaway:    seconds the step budget takes to stop the runaway fixture (Node, same engine as the page)
//   engine:     seeded random playthroughs, the runner with scoring vs raw inkjs Continue/ChooseChoiceIndex
//   reload:     dev server, file save → the running page replays onto the new story ('story-reloaded')
//   slow network and old phone (scripts/slowLoad.ts): DevTools' "Slow 4G" and CPU ×4, the build gzipped, nothing
//     cached; `--slow-runs N` (default 3) cold loads and playthroughs: first words, first press answered, stage
//     drawn, the longest task while the stage arrives, KiB on the wire, and the curtain call's press → words;
//     printed beside scripts/bench-baseline.json (`--write-baseline` records this run's medians there)
// `--choice-only`: only the two choice rows (plain player, then the game), for working on them.
// `--slow-only`: only the slow network rows, beside the baseline.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import os from 'node:os';
import zlib from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
// The raw baseline uses the compiler bundle's own copy of Story, which the runner's step budget does not patch.
import { Story } from 'inkjs/full';
import { serveStatic } from './serveStatic';
import { compileInk } from '../src/ink/compileInk';
import { readStoryFiles } from '../src/ink/storyFiles';
import { StoryRunner } from '../src/engine/storyRunner';
import { Playthrough } from '../src/engine/playthrough';
import { followPassage } from '../src/engine/heardPassage';
import { seededRandom } from '../src/engine/seededRandom';
import { CHROMIUM_ARGS, chromiumPath } from './chromiumLaunch';
import { buildPlainPlayer } from './plainPlayer';
import { readingMoment } from './readingMoment';
import { slowFigures, serveGzipped, SLOW_CONDITIONS, type SlowFigures } from './slowLoad';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
// `BENCH_DIST=DIR npm run bench -- --no-build`: measure another build (an older commit's, for a before and after).
const dist = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(root, 'dist');
const STORY = 'sitting-in-reception';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number, digits = 0) => n.toFixed(digits);
/** The number after `name` on the command line, if given. */
const option = (name: string): number | null => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Math.max(1, Number(process.argv[at + 1]) || 0) || null : null;
};
const RUNS = option('--runs') ?? 5;
/**
 * Playthroughs of each player for the choice rows. One click's frame is a few milliseconds of wall clock, and its
 * median over 60 clicks a side moved the painted ratio by ±0.1 from run to run with the same code (×1.16–1.35,
 * issue 20): twice the runs by default, so each side's median rests on about 120 clicks.
 */
const PLAYTHROUGHS = option('--playthroughs') ?? 2 * RUNS;
/** Cold loads (and playthroughs to the curtain call) on the slow network: each takes 10–30 s. */
const SLOW_RUNS = option('--slow-runs') ?? 3;
const BASELINE = path.join(root, 'scripts/bench-baseline.json');
/** `--clicks-json FILE`: every click's figures, for a closer look at their spread. */
const clicksJsonAt = process.argv.indexOf('--clicks-json');
const CLICKS_JSON = clicksJsonAt > 0 ? process.argv[clicksJsonAt + 1] : undefined;
/**
 * How steady a ratio of two medians is: the ratio again for 2,000 resamplings of each side's clicks (with
 * replacement, a fixed seed), and the range the middle 90 % of them fall in. Read a goal as met when that whole
 * range is under it; a range that straddles it says the run cannot tell.
 */
function ratioRange(game: number[], plain: number[]): [number, number] {
  const random = seededRandom(20);
  const resample = (xs: number[]) => xs.map(() => xs[Math.floor(random() * xs.length)]!);
  const ratios = Array.from({ length: 2000 }, () => median(resample(game)) / median(resample(plain))).sort(
    (a, b) => a - b,
  );
  return [ratios[Math.floor(ratios.length * 0.05)]!, ratios[Math.floor(ratios.length * 0.95)]!];
}
/** A ratio of medians with the range 90 % of resamplings give, e.g. "×1.12 (×1.04–1.19)". */
const steadyRatio = (game: number[], plain: number[]) => {
  const [low, high] = ratioRange(game, plain);
  return `×${fmt(median(game) / median(plain), 2)} (×${fmt(low, 2)}–${fmt(high, 2)})`;
};
/** A median with its range, e.g. "181 ms (176–224)". */
const spread = (xs: number[], digits: number, unit = '') =>
  `${fmt(median(xs), digits)}${unit} (${fmt(Math.min(...xs), digits)}–${fmt(Math.max(...xs), digits)})`;
const load = () => {
  const [one, five, fifteen] = os.loadavg().map((n) => n.toFixed(2));
  return `load average ${one}, ${five}, ${fifteen} on ${os.cpus().length} cores`;
};
/** Gzip bytes of a built file, as a host that gzips would send it (the test server sends files as they are). */
const gzipBytes = (urlPath: string): number => {
  const file = path.join(dist, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  return fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file)).length : 0;
};

function build(): void {
  const env = { ...process.env };
  delete env.NODE_ENV;
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: root, env, stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error('vite build failed');
}

/**
 * CPU seconds used so far by a process and all its descendants (Linux /proc): each thread's time on a CPU from
 * `schedstat`, in nanoseconds. (`stat` counts 10 ms ticks: over a 5 s window one tick is 0.2 % of a core, as much
 * as the whole idle page uses.)
 */
function treeCpuSeconds(pid: number): number {
  let total = 0;
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid)!.push(Number(entry));
    } catch {
      /* the process ended while we looked */
    }
  }
  const visit = (p: number) => {
    try {
      for (const thread of fs.readdirSync(`/proc/${p}/task`)) {
        try {
          total += Number(fs.readFileSync(`/proc/${p}/task/${thread}/schedstat`, 'utf8').split(' ')[0]) / 1e9;
        } catch {
          /* the thread ended while we looked */
        }
      }
    } catch {
      /* gone */
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return total;
}

async function foyerLoads(browser: Browser, base: string): Promise<number[]> {
  const foyer: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.waitForFunction(() => performance.getEntriesByName('foyer-text').length > 0);
    foyer.push(await page.evaluate(() => performance.getEntriesByName('foyer-text')[0]!.startTime));
    await context.close();
  }
  return foyer;
}

/** One cold load: navigation → 'first-text', and the gzip bytes of everything that arrived before it. */
async function coldLoad(browser: Browser, base: string, pagePath: string): Promise<{ ms: number; kib: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}${pagePath}`);
  await page.waitForFunction(() => performance.getEntriesByName('first-text').length > 0);
  const { at, files } = await page.evaluate(() => {
    const mark = performance.getEntriesByName('first-text')[0]!.startTime;
    const files = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => r.responseEnd <= mark && r.name.startsWith(location.origin))
      .map((r) => new URL(r.name).pathname);
    return { at: mark, files: [location.pathname, ...files] };
  });
  await context.close();
  return { ms: at, kib: files.reduce((sum, p) => sum + gzipBytes(p), 0) / 1024 };
}

/** The game against the plain player, alternating cold loads so a busy machine favours neither. */
async function sideBySide(browser: Browser, base: string, plainPath: string) {
  const game = { ms: [] as number[], kib: [] as number[] };
  const plain = { ms: [] as number[], kib: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    const p = await coldLoad(browser, base, plainPath);
    plain.ms.push(p.ms);
    plain.kib.push(p.kib);
    const g = await coldLoad(browser, base, `/?story=${STORY}`);
    game.ms.push(g.ms);
    game.kib.push(g.kib);
  }
  return { game, plain };
}

/** Every file one cold load of the story fetched, in the order it arrived, and whether the first line waited for it. */
async function whatLoads(browser: Browser, base: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/?story=${STORY}`);
  await page.waitForFunction(() => performance.getEntriesByName('story-ready').length > 0);
  // The stage arrives after the words: give it a moment, so its chunk is listed too.
  await page.waitForSelector('.stage-box canvas', { timeout: 10_000 }).catch(() => null);
  const { first, ready, files } = await page.evaluate(() => ({
    first: performance.getEntriesByName('first-text')[0]!.startTime,
    ready: performance.getEntriesByName('story-ready')[0]!.startTime,
    files: [
      {
        path: location.pathname,
        end: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd,
      },
      ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => r.name.startsWith(location.origin))
        .map((r) => ({ path: new URL(r.name).pathname, end: r.responseEnd })),
    ],
  }));
  await context.close();
  return {
    first,
    ready,
    files: files
      .sort((a, b) => a.end - b.end)
      .map((f) => ({ ...f, name: f.path.split('/').pop() || 'index.html', kib: gzipBytes(f.path) / 1024 })),
  };
}

async function idleCpu(
  browserPid: number | null,
  browser: Browser,
  base: string,
  pagePath = `/?story=${STORY}`,
): Promise<number | null> {
  if (!browserPid) return null;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}${pagePath}`);
  await page.waitForSelector('.stage-box canvas, .choice', { timeout: 15_000 }).catch(() => null);
  const stage = await page.waitForSelector('.stage-box canvas', { timeout: 3_000 }).catch(() => null);
  // Let the curtain and the entrances finish: the stage marks its canvas when Phaser's loop has gone to sleep.
  if (stage) await page.waitForSelector('.stage-box canvas[data-loop="asleep"]', { timeout: 15_000 }).catch(() => null);
  else await page.waitForTimeout(2_000);
  // The pages closed before this one take a moment to go (their processes end): not this page's idle time.
  await page.waitForTimeout(1_000);
  const before = treeCpuSeconds(browserPid);
  await page.waitForTimeout(5_000);
  const used = treeCpuSeconds(browserPid) - before;
  await context.close();
  return (used / 5) * 100;
}

interface ChoiceTimes {
  text: number[];
  painted: number[];
  /** The click's own CPU time on the page's main thread (its EventDispatch in a Chromium trace). */
  cpu: number[];
  /** Each click as taken: which playthrough, which choice in it, and its figures. */
  clicks: { playthrough: number; choice: number; text: number; painted: number }[];
}

/**
 * Click → next text, over RUNS playthroughs of each player (alternating, so a busy machine favours neither) of up
 * to 12 choices, each once the engine is ready and the page has been idle a moment, as it is while a learner
 * reads: to the 'choice-rendered' mark (the text is in the DOM), and to just after the next frame is painted
 * (layout included); and the CPU time the click's handling took on the page's thread, which other processes on a
 * busy machine do not lengthen as they do the wall clock.
 */
async function choicesSideBySide(
  browser: Browser,
  base: string,
  plainPath: string,
): Promise<{ plain: ChoiceTimes; game: ChoiceTimes }> {
  const plain: ChoiceTimes = { text: [], painted: [], cpu: [], clicks: [] };
  const game: ChoiceTimes = { text: [], painted: [], cpu: [], clicks: [] };
  for (let run = 0; run < PLAYTHROUGHS; run++) {
    await choiceRun(browser, base, plainPath, plain, run);
    await choiceRun(browser, base, `/?story=${STORY}`, game, run);
  }
  if (CLICKS_JSON) fs.writeFileSync(CLICKS_JSON, JSON.stringify({ plain: plain.clicks, game: game.clicks }, null, 1));
  return { plain, game };
}

async function choiceRun(
  browser: Browser,
  base: string,
  pagePath: string,
  into: ChoiceTimes,
  playthrough: number,
): Promise<void> {
  const { text, painted, cpu, clicks } = into;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}${pagePath}`);
  await page.waitForFunction(() => performance.getEntriesByName('story-ready').length > 0);
  await page.waitForSelector('.choice');
  // A learner reads the opening before the first choice, as they read every passage before the next.
  await readingMoment(page);
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  for (let i = 0; i < 12; i++) {
    if (await page.locator('.end-card').count()) break;
    const [t, p] = await page.evaluate(
      () =>
        new Promise<[number, number]>((resolve) => {
          performance.clearMarks('choice-rendered');
          const button = document.querySelector<HTMLButtonElement>('.choice');
          let t = NaN;
          // A frame callback runs just before the paint; a task it posts runs just after. Asked for before the
          // click, so it runs ahead of anything the page itself put off until after the paint.
          requestAnimationFrame(() => setTimeout(() => resolve([t, performance.now() - t0])));
          const t0 = performance.now();
          button!.click();
          const mark = performance.getEntriesByName('choice-rendered')[0];
          t = mark ? mark.startTime - t0 : NaN;
        }),
    );
    if (!Number.isNaN(t)) {
      text.push(t);
      painted.push(p);
      clicks.push({ playthrough, choice: i, text: t, painted: p });
    }
    await readingMoment(page);
  }
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: { name: string; tdur?: number; args?: { data?: { type?: string } } }[];
  };
  for (const e of trace.traceEvents)
    if (e.name === 'EventDispatch' && e.args?.data?.type === 'click' && e.tdur !== undefined) cpu.push(e.tdur / 1000);
  await context.close();
}

function runawayStop(): number {
  const files = readStoryFiles(path.join(root, 'tests/fixtures/play'));
  const { json } = compileInk(files, 'runaway.ink');
  const t0 = performance.now();
  const result = new StoryRunner(json!).continueToChoice();
  const t = performance.now() - t0;
  if (result.error?.kind !== 'step-budget') throw new Error('the runaway fixture was not stopped by the step budget');
  return t / 1000;
}

function engineVsRaw(): { raw: number; scored: number; ratio: number; walks: number } {
  const files = readStoryFiles(path.join(root, 'stories'));
  const { json } = compileInk(files, `${STORY}.ink`);
  const walks = 200;
  const time = (fn: (seed: number) => void) => {
    const t0 = performance.now();
    for (let s = 1; s <= walks; s++) fn(s);
    return performance.now() - t0;
  };
  let tagsRead = 0;
  const raw = (seed: number) => {
    const random = seededRandom(seed);
    const story = new Story(json!);
    story.onError = () => {};
    for (;;) {
      // Read each line's tags, as the engine does, so the comparison is like for like.
      while (story.canContinue) {
        story.Continue();
        tagsRead += story.currentTags?.length ?? 0;
      }
      if (!story.currentChoices.length) break;
      story.ChooseChoiceIndex(Math.floor(random() * story.currentChoices.length));
    }
  };
  const scored = (seed: number) => {
    const random = seededRandom(seed);
    const p = new Playthrough(json!, { storyId: STORY });
    const heard = followPassage(p);
    p.start();
    let passage = heard.now();
    while (!passage.ended && !passage.error) {
      p.choose(Math.floor(random() * passage.choices.length));
      passage = heard.now();
    }
  };
  // Alternate the two for several rounds and keep each one's best, so a busy machine does not favour either.
  let r = Infinity;
  let s = Infinity;
  for (let round = 0; round < 5; round++) {
    r = Math.min(r, time(raw));
    s = Math.min(s, time(scored));
  }
  return { raw: r / walks, scored: s / walks, ratio: s / r, walks };
}

/** A port nobody is listening on now (the machine is shared: never a fixed one). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function reloadTime(browser: Browser): Promise<number | null> {
  const file = path.join(root, 'stories', `${STORY}.ink`);
  const original = fs.readFileSync(file, 'utf8');
  const port = await freePort();
  const dev = spawn(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), '--port', String(port), '--strictPort', '--logLevel', 'silent'],
    { cwd: root, stdio: 'ignore' },
  );
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const page = await browser.newPage();
    await page.goto(`${base}/?story=${STORY}`);
    await page.waitForSelector('.choice', { timeout: 30_000 });
    await page.waitForTimeout(1_000);
    const t0 = Date.now();
    // A visible change on the first line: the hash changes and the page must replay onto it.
    fs.writeFileSync(file, original.replace('Ten past nine.', 'Ten past nine exactly.'));
    await page.waitForFunction(() => performance.getEntriesByName('story-reloaded').length > 0, undefined, {
      timeout: 20_000,
    });
    const t = Date.now() - t0;
    await page.close();
    return t;
  } catch {
    return null;
  } finally {
    fs.writeFileSync(file, original);
    dev.kill();
  }
}

async function main() {
  if (!process.argv.includes('--no-build')) build();
  const plainPath = buildPlainPlayer(dist, STORY, path.join(root, 'node_modules/inkjs/dist/ink.js'));
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const browserPid = (browser as unknown as { _connection?: unknown }) && findBrowserPid();
  try {
    console.log(
      `Before: ${load()}. ${RUNS} cold loads and ${PLAYTHROUGHS} playthroughs of each; figures are medians (range).`,
    );
    if (process.argv.includes('--slow-only')) {
      await slowSection(browser);
      console.log(`After: ${load()}.`);
      return;
    }
    if (process.argv.includes('--choice-only')) {
      // Only the choice rows (while working on them): the plain player and the game, one after the other.
      const { plain, game } = await choicesSideBySide(browser, server.url, plainPath);
      const r = (a: number[], b: number[]) => `×${fmt(median(a) / median(b), 2)}`;
      console.log(
        `choice → text in the DOM: plain ${spread(plain.text, 1, ' ms')}, game ${spread(game.text, 1, ' ms')}, ${steadyRatio(game.text, plain.text)}`,
      );
      console.log(
        `choice → text painted:    plain ${spread(plain.painted, 1, ' ms')}, game ${spread(game.painted, 1, ' ms')}, ${steadyRatio(game.painted, plain.painted)}`,
      );
      console.log(`${plain.painted.length} clicks of the plain player, ${game.painted.length} of the game.`);
      console.log(
        `choice → text, CPU time:  plain ${spread(plain.cpu, 2, ' ms')}, game ${spread(game.cpu, 2, ' ms')}, ${r(game.cpu, plain.cpu)}`,
      );
      console.log(`After: ${load()}.`);
      return;
    }
    const side = await sideBySide(browser, server.url, plainPath);
    const { plain: plainChoice, game: choice } = await choicesSideBySide(browser, server.url, plainPath);
    const plainCpu = await idleCpu(browserPid, browser, server.url, plainPath);
    const cpu = await idleCpu(browserPid, browser, server.url);
    const loads = await whatLoads(browser, server.url);
    const foyer = await foyerLoads(browser, server.url);
    const ratio = (a: number[], b: number[]) => `×${fmt(median(a) / median(b), 2)}`;
    const compared: [string, string, string, string, string][] = [
      ['', 'plain player', 'the game', 'ratio', 'goal'],
      [
        'navigation → first story line',
        spread(side.plain.ms, 0, ' ms'),
        spread(side.game.ms, 0, ' ms'),
        ratio(side.game.ms, side.plain.ms),
        '≤ ×0.8',
      ],
      [
        'KiB before the first line (gzip, every file)',
        spread(side.plain.kib, 1),
        spread(side.game.kib, 1),
        ratio(side.game.kib, side.plain.kib),
        '≤ ×1.5',
      ],
      [
        'choice click → next text in the DOM',
        spread(plainChoice.text, 1, ' ms'),
        spread(choice.text, 1, ' ms'),
        steadyRatio(choice.text, plainChoice.text),
        '≤ ×1.2',
      ],
      [
        'choice click → next text, CPU time of the click',
        spread(plainChoice.cpu, 2, ' ms'),
        spread(choice.cpu, 2, ' ms'),
        ratio(choice.cpu, plainChoice.cpu),
        '',
      ],
      [
        'choice click → next text painted',
        spread(plainChoice.painted, 1, ' ms'),
        spread(choice.painted, 1, ' ms'),
        steadyRatio(choice.painted, plainChoice.painted),
        '≤ ×1.2',
      ],
      [
        'idle CPU, nothing moving (5 s, % of one core)',
        plainCpu === null ? 'n/a' : `${fmt(plainCpu, 2)} %`,
        cpu === null ? 'n/a' : `${fmt(cpu, 2)} %`,
        '',
        '≤ 1 %',
      ],
    ];
    console.log(`Side by side with a plain ink player of the same story (${STORY}), in this run:`);
    const widths = [0, 1, 2, 3, 4].map((c) => Math.max(...compared.map((r) => r[c]!.length)));
    for (const r of compared) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
    console.log(
      `Choices: ${plainChoice.painted.length} clicks of the plain player and ${choice.painted.length} of the game (${PLAYTHROUGHS} playthroughs each); after a ratio, the range 90 % of resamplings of those clicks give.`,
    );
    console.log('');
    console.log(
      `What the game loads for ?story=${STORY} (one cold load; first line at ${fmt(loads.first)} ms, engine ready at ${fmt(loads.ready)} ms):`,
    );
    const nameWidth = Math.max(...loads.files.map((f) => f.name.length));
    for (const f of loads.files)
      console.log(
        `  ${f.name.padEnd(nameWidth)}  ${fmt(f.kib, 1).padStart(6)} KiB gzip  arrived ${fmt(f.end).padStart(5)} ms  ${f.end <= loads.first ? 'before the first line' : 'after'}`,
      );
    console.log('');
    const runaway = runawayStop();
    const engine = engineVsRaw();
    const reload = process.argv.includes('--no-reload') ? null : await reloadTime(browser);
    console.log('');
    await slowSection(browser);
    console.log('');
    const rows: [string, string, string][] = [
      ['navigation → foyer text', spread(foyer, 0, ' ms'), ''],
      ['step budget stops the runaway fixture', `${fmt(runaway, 2)} s`, ''],
      [
        `engine: ${engine.walks} seeded walks of S1, per walk`,
        `${fmt(engine.scored, 2)} ms scored vs ${fmt(engine.raw, 2)} ms raw inkjs (×${fmt(engine.ratio, 2)})`,
        '≤ ×1.3',
      ],
      ['dev: .ink saved → page replayed onto the new story', reload === null ? 'n/a' : `${reload} ms`, '≤ 500 ms'],
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    for (const [what, value, target] of rows)
      console.log(`${what.padEnd(width)}  ${value}${target ? `   (target ${target})` : ''}`);
    console.log(`\nAfter: ${load()}.`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The slow network's rows: what a learner on Slow 4G and an old phone waits for, in ms unless named KiB. */
const SLOW_ROWS: [Exclude<keyof SlowFigures, 'files'>, string, string][] = [
  ['firstText', 'navigation → first story line', 'ms'],
  ['answers', 'navigation → an option pressed is answered (engine has the story)', 'ms'],
  ['stage', 'navigation → stage drawn', 'ms'],
  ['longestTaskAfterReady', 'longest task on the page thread while the stage arrives', 'ms'],
  ['kibBeforeText', 'KiB on the wire before the first line', 'KiB'],
  ['kibBeforeAnswers', 'KiB on the wire before a press is answered', 'KiB'],
  ['kibByStage', 'KiB on the wire by the stage drawn (everything)', 'KiB'],
  ['debrief', '"Take your curtain call" pressed → its first words', 'ms'],
  ['debriefKib', 'KiB fetched from the last option pressed to the curtain call', 'KiB'],
];

interface Baseline {
  recorded: string;
  commit: string;
  conditions: string;
  runs: number;
  load: string;
  medians: Partial<Record<Exclude<keyof SlowFigures, 'files'>, number>>;
}

async function slowSection(browser: Browser): Promise<void> {
  const server = await serveGzipped(dist);
  let figures: SlowFigures;
  try {
    figures = await slowFigures(browser, server.url, STORY, SLOW_RUNS);
  } finally {
    await server.close();
  }
  const baseline: Baseline | null = fs.existsSync(BASELINE)
    ? (JSON.parse(fs.readFileSync(BASELINE, 'utf8')) as Baseline)
    : null;
  const digits = (unit: string) => (unit === 'KiB' ? 1 : 0);
  const table: string[][] = [['', baseline ? `baseline (${baseline.commit})` : 'baseline', 'now', 'now / baseline']];
  for (const [key, label, unit] of SLOW_ROWS) {
    const now = median(figures[key]);
    const was = baseline?.medians[key];
    table.push([
      `${label}${unit === 'ms' ? ' (ms)' : ''}`,
      was === undefined ? 'n/a' : fmt(was, digits(unit)),
      spread(figures[key], digits(unit)),
      was === undefined || was === 0 ? '' : `×${fmt(now / was, 2)}`,
    ]);
  }
  console.log(`A learner on a slow network and an old phone: ${SLOW_CONDITIONS}; ${SLOW_RUNS} runs, medians (range).`);
  if (baseline)
    console.log(`Baseline: ${baseline.recorded}, ${baseline.conditions}, ${baseline.runs} runs, ${baseline.load}.`);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...table.map((r) => r[c]!.length)));
  for (const r of table) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
  console.log('The first of those cold loads, file by file (asked for → arrived, ms; KiB on the wire):');
  const nameWidth = Math.max(...figures.files.map((f) => f.name.length));
  for (const f of figures.files)
    console.log(
      `  ${f.name.padEnd(nameWidth)}  ${fmt(f.start).padStart(5)} → ${fmt(f.end).padStart(5)}  ${fmt(f.kib, 1).padStart(6)} KiB`,
    );
  if (process.argv.includes('--write-baseline')) {
    const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
    const written: Baseline = {
      recorded: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      commit,
      conditions: SLOW_CONDITIONS,
      runs: SLOW_RUNS,
      load: load(),
      medians: Object.fromEntries(SLOW_ROWS.map(([key]) => [key, Number(fmt(median(figures[key]), 1))])),
    };
    fs.writeFileSync(BASELINE, `${JSON.stringify(written, null, 2)}\n`);
    console.log(`Wrote these medians to ${path.relative(root, BASELINE)}.`);
  }
}

/** The newest chromium process started by us (playwright does not expose the pid of a launched browser). */
function findBrowserPid(): number | null {
  const mine = process.pid;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (ppid === mine && /chrom/.test(cmd)) return Number(entry);
    } catch {
      /* gone */
    }
  }
  return null;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
