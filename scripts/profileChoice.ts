// Where a choice's time goes: plays the story's choices in headless Chromium with V8's sampling profiler on and
// sums, for every function, the time it was on the stack during the clicks (inclusive) and at the top (self).
// Not a benchmark (the profiler slows everything); it says which part of the click → text path costs what.
//   tsx scripts/profileChoice.ts <dist dir> [page path, default /?story=sitting-in-reception] [runs] [--frame]
// Build the game unminified first, so the names are the source's: vite build --minify false --outDir <dir>.
// `--frame`: the samples in the frame that paints the words instead (under afterPaint.ts's `frame`: dressing the
// lines, moving focus, and the style and layout that forces), not the click's.
import { chromium } from 'playwright-core';
import { serveStatic } from './serveStatic';
import { CHROMIUM_ARGS, chromiumPath } from './chromiumLaunch';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

const inFrame = process.argv.includes('--frame');
const [dist, pagePath = '/?story=sitting-in-reception', runsText = '5'] = process.argv
  .slice(2)
  .filter((a) => a !== '--frame');
if (!dist) throw new Error('usage: tsx scripts/profileChoice.ts <dist dir> [page path] [runs]');

async function main() {
  const server = await serveStatic(dist!);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  let clickMs = 0;
  let clicks = 0;
  try {
    for (let run = 0; run < Number(runsText); run++) {
      const page = await browser.newPage();
      await page.goto(`${server.url}${pagePath}`);
      await page.waitForFunction(() => performance.getEntriesByName('story-ready').length > 0);
      await page.waitForSelector('.choice');
      await page.waitForTimeout(1_500);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      for (let i = 0; i < 12; i++) {
        if (await page.locator('.end-card').count()) break;
        await page.evaluate(() => document.querySelector<HTMLButtonElement>('.choice')!.click());
        clicks++;
        await page.waitForTimeout(150);
      }
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      await page.close();
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const name = (n: ProfileNode) =>
        `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
      let t = profile.startTime;
      const samples: { t: number; dt: number; id: number }[] = [];
      for (let i = 0; i < profile.samples.length; i++) {
        t += profile.timeDeltas[i]!;
        const dt = profile.timeDeltas[i + 1] ?? 0;
        samples.push({ t, dt, id: profile.samples[i]! });
      }
      // Samples inside the click: those under the button's click() (the page's handler runs inside it); with
      // --frame, those under the frame callback that runs what a choice put off until just before the paint.
      const counted = (n: ProfileNode) =>
        inFrame
          ? n.callFrame.functionName === 'frame' && !n.callFrame.url.includes('startStage')
          : n.callFrame.functionName === 'click' && n.callFrame.url === '';
      for (const s of samples) {
        const stack: ProfileNode[] = [];
        for (let id: number | undefined = s.id; id !== undefined; id = parent.get(id)) stack.push(byId.get(id)!);
        if (!stack.some(counted)) continue;
        const ms = s.dt / 1000;
        clickMs += ms;
        self.set(name(stack[0]!), (self.get(name(stack[0]!)) ?? 0) + ms);
        for (const n of new Set(stack.map(name))) inclusive.set(n, (inclusive.get(n) ?? 0) + ms);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `${clicks} clicks, ${(clickMs / clicks).toFixed(2)} ms sampled per click inside ${inFrame ? 'the frame callbacks' : 'the handler'}\n`,
  );
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${(v / clicks).toFixed(3).padStart(7)} ms  ${k}`);
  console.log('inclusive per click:');
  console.log(top(inclusive, 70).join('\n'));
  console.log('\nself per click:');
  console.log(top(self, 40).join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
