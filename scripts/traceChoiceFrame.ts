// Where the frame that paints a choice's next words goes (issue 20). Plays a story's choices in headless Chromium
// with a Chromium trace on, clicking as `npm run bench` does (a reader's moment before each click, a frame callback
// asked for just before it, the span ending in the task that callback posts), and breaks each click → painted span
// down by what the page's main thread did: the click, the frame callbacks (and the style and layout they force),
// then the frame's own style, layout, pre-paint, paint, layerize and commit, as CPU time on that thread; then the
// wall clock of the frame and of its wait for the compositor's commit. Medians over the clicks. Not a benchmark: a
// trace slows everything a little, and the wall clock of a busy machine measures the machine.
//   tsx scripts/traceChoiceFrame.ts <dist dir> [page path, default the S1 story link] [runs, 3] [WxH, 1280x720]
// Default: the plain player (dist/bench-plain/, written by `npm run bench`) beside the game. Several builds or
// settings side by side, run after run so a busy machine favours none:
//   VARIANTS='[{"name":"before","dist":"/tmp/a"},{"name":"after","dist":"/tmp/b"},
//              {"name":"stage off","dist":"/tmp/b","settings":{"stage":false}},
//              {"name":"a CSS idea","dist":"/tmp/b","css":".passage { contain: layout; }"}]' tsx scripts/traceChoiceFrame.ts dist
// TRACE_VERBOSE=<µs> prints each click's main-thread events at least that long; TRACE_IMPL=1 the renderer's other
// threads while the frame waits for its commit.
import { chromium, type Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from './serveStatic';
import { CHROMIUM_ARGS, chromiumPath } from './chromiumLaunch';
import { readingMoment } from './readingMoment';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string; id?: number } };
}

const STORY_PATH = '/?story=sitting-in-reception';
const [dist, pathArg, runsText = '3', size = '1280x720'] = process.argv.slice(2);
const pagePath = pathArg || STORY_PATH;
if (!dist) throw new Error('usage: tsx scripts/traceChoiceFrame.ts <dist dir> [page path] [runs] [WxH]');
const [width, height] = size.split('x').map(Number) as [number, number];
const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);

/** Time (ms) from the click's start to the end of each kind of work on the main thread, and how long each took. */
type Breakdown = Record<string, number>;

function breakDown(events: TraceEvent[]): Breakdown[] {
  // The page's main thread: the one the click was dispatched on.
  const clicks = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click' && e.dur);
  const out: Breakdown[] = [];
  for (const click of clicks) {
    const main = events
      .filter((e) => e.pid === click.pid && e.tid === click.tid && e.ph === 'X' && e.dur !== undefined)
      .sort((a, b) => a.ts - b.ts);
    // The bench's task posted from its frame callback ends the span: the first TimerFire after the first frame
    // callback that follows the click.
    const afterClick = main.filter((e) => e.ts >= click.ts);
    const firstRaf = afterClick.find((e) => e.name === 'FireAnimationFrame');
    if (!firstRaf) continue;
    const end = afterClick.find((e) => e.name === 'TimerFire' && e.ts > firstRaf.ts);
    if (!end) continue;
    const inSpan = main.filter((e) => e.ts >= click.ts && e.ts < end.ts);
    // Thread time (CPU time on the main thread) where the trace has it: other processes on a busy machine lengthen
    // the wall clock of a 0.3 ms paint far more than its CPU time.
    const cpu = (e: TraceEvent) => (e.tdur ?? e.dur!) / 1000;
    const sum = (name: string, inside?: (e: TraceEvent) => boolean) =>
      inSpan.filter((e) => e.name === name && (!inside || inside(e))).reduce((s, e) => s + cpu(e), 0);
    const rafs = inSpan.filter((e) => e.name === 'FireAnimationFrame');
    const inRaf = (e: TraceEvent) => rafs.some((r) => e.ts >= r.ts && e.ts < r.ts + r.dur!);
    const outRaf = (e: TraceEvent) => !inRaf(e);
    if (process.env.TRACE_VERBOSE)
      console.log(
        inSpan
          .filter((e) => e.dur! >= Number(process.env.TRACE_VERBOSE))
          .map(
            (e) =>
              `${((e.ts - click.ts) / 1000).toFixed(2).padStart(7)} +${(e.dur! / 1000).toFixed(2)} ${e.name}${/UpdateLayoutTree|^Layout$|Paint$/.test(e.name) ? ' ' + JSON.stringify(e.args) : ''}`,
          )
          .join('\n') + '\n----',
      );
    if (process.env.TRACE_IMPL) {
      // The renderer's other threads while the frame waits for its commit: what the compositor is doing.
      const commit = inSpan.find((e) => e.name === 'ProxyMain::BeginMainFrame::commit');
      if (commit)
        console.log(
          events
            .filter(
              (e) =>
                e.pid === click.pid &&
                e.tid !== click.tid &&
                e.ph === 'X' &&
                e.dur! >= 30 &&
                e.ts < commit.ts + commit.dur! &&
                e.ts + e.dur! > commit.ts - 2000,
            )
            .sort((a, b) => a.ts - b.ts)
            .map(
              (e) =>
                `${((e.ts - commit.ts) / 1000).toFixed(2).padStart(7)} +${(e.dur! / 1000).toFixed(2)} tid ${e.tid} ${e.name}`,
            )
            .join('\n') + `\n---- commit wait ${(commit.dur! / 1000).toFixed(2)}`,
        );
    }
    const wall = (name: string) => inSpan.filter((e) => e.name === name).reduce((s, e) => s + e.dur! / 1000, 0);
    const frames = inSpan.filter((e) => e.name === 'ProxyMain::BeginMainFrame');
    const frameEnd = frames.length ? frames.at(-1)!.ts + frames.at(-1)!.dur! : end.ts;
    const frameStart = inSpan.find((e) => e.name === 'BeginMainThreadFrame' || e.name === 'FireAnimationFrame')!;
    out.push({
      'click (EventDispatch)': cpu(click),
      'frame callbacks (all)': rafs.reduce((s, r) => s + cpu(r), 0),
      '  of which the game/player’s own': rafs.slice(1).reduce((s, r) => s + cpu(r), 0),
      '  style forced in them': sum('UpdateLayoutTree', inRaf),
      '  layout forced in them': sum('Layout', inRaf),
      'frame: style (UpdateLayoutTree)': sum('UpdateLayoutTree', outRaf),
      'frame: layout': sum('Layout', outRaf),
      'frame: pre-paint': sum('PrePaint'),
      'frame: paint': sum('Paint'),
      'frame: layerize': sum('Layerize'),
      'frame: commit': sum('Commit'),
      'frame: scroll/other update': sum('UpdateLayer') + sum('UpdateLayerTree'),
      'wall: click ends → frame starts': (frameStart.ts - (click.ts + click.dur!)) / 1000,
      'wall: frame (BeginMainFrame)': wall('ProxyMain::BeginMainFrame'),
      '  of which waiting for the commit': wall('ProxyMain::BeginMainFrame::commit'),
      'wall: frame ends → task after paint': (end.ts - frameEnd) / 1000,
      'main-thread CPU, click + its frame': cpu(click) + sum('ProxyMain::BeginMainFrame'),
      'painted, wall clock (click → task after paint)': (end.ts - click.ts) / 1000,
    });
  }
  return out;
}

interface Variant {
  name: string;
  /** Built game to serve (default: the first argument). */
  dist?: string;
  /** Page to open (default: the story by its link). */
  path?: string;
  /** The learner's settings, stored before the page loads (the game's own storage key). */
  settings?: Record<string, unknown>;
  /** A stylesheet added to the page (the page's CSP is bypassed for it): to try a CSS change without a build. */
  css?: string;
}

/** One playthrough of up to 12 choices with the trace on; each click's breakdown. */
async function traced(browser: Browser, base: string, v: Variant): Promise<Breakdown[]> {
  const context = await browser.newContext({ viewport: { width, height }, bypassCSP: !!v.css });
  if (v.settings)
    await context.addInitScript(
      `localStorage.setItem('allyship:settings', ${JSON.stringify(JSON.stringify(v.settings))})`,
    );
  if (v.css)
    await context.addInitScript(
      `document.addEventListener('DOMContentLoaded', () => { const s = document.createElement('style'); s.textContent = ${JSON.stringify(v.css)}; document.head.append(s); })`,
    );
  const page = await context.newPage();
  await page.goto(`${base}${v.path ?? STORY_PATH}`);
  await page.waitForFunction(() => performance.getEntriesByName('story-ready').length > 0);
  await page.waitForSelector('.choice', { state: 'attached' });
  await readingMoment(page);
  await page
    .context()
    .browser()!
    .startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-devtools.timeline.frame',
        'blink',
        'cc',
      ],
    });
  for (let i = 0; i < 12; i++) {
    if (await page.locator('.end-card').count()) break;
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const button = document.querySelector<HTMLButtonElement>('.choice');
          requestAnimationFrame(() => setTimeout(resolve));
          button!.click();
        }),
    );
    await readingMoment(page);
  }
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  await context.close();
  return breakDown(trace.traceEvents);
}

async function main() {
  // VARIANTS='[{"name":"stage off","settings":{"stage":false}}, ...]': pages traced in turn, run after run, so a
  // busy machine favours none. Default: the plain player beside the game.
  const variants: Variant[] = process.env.VARIANTS
    ? (JSON.parse(process.env.VARIANTS) as Variant[])
    : [
        { name: 'plain player', path: '/bench-plain/' },
        { name: 'the game', path: pagePath },
      ];
  const servers = new Map<string, StaticServer>();
  for (const v of variants) {
    const d = v.dist ?? dist!;
    if (!servers.has(d)) servers.set(d, await serveStatic(d));
  }
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const all = variants.map(() => [] as Breakdown[]);
  try {
    for (let run = 0; run < Number(runsText); run++)
      for (const [i, v] of variants.entries())
        all[i]!.push(...(await traced(browser, servers.get(v.dist ?? dist!)!.url, v)));
  } finally {
    await browser.close();
    for (const s of servers.values()) await s.close();
  }
  console.log(
    `${width}×${height}, ${runsText} runs each, medians over the clicks (ms; CPU time on the main thread but the last row)`,
  );
  const keys = Object.keys(all.find((b) => b.length)?.[0] ?? {});
  const cols = variants.map((v, i) => `${v.name} (${all[i]!.length})`);
  console.log(`${''.padEnd(48)} ${cols.map((c) => c.padStart(Math.max(12, c.length))).join(' ')}`);
  for (const key of keys)
    console.log(
      `${key.padEnd(48)} ${all
        .map((b, i) =>
          median(b.map((x) => x[key]!))
            .toFixed(2)
            .padStart(Math.max(12, cols[i]!.length)),
        )
        .join(' ')}`,
    );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
