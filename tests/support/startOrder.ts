// The order `npm test` starts its files in (all three projects at once, three files at a time). A browser file
// spends much of its time waiting on Chromium and the page; a unit or story file keeps a core busy. So the two kinds
// are interleaved: about two browser files running for each Node file, each list longest first, so that both lists
// finish together and no core waits at the end on one long file. The longest Node file goes first, while the
// browser files wait for the game's build (e2e/support/buildDone.ts). Durations are the last run's (Vitest keeps
// them in node_modules/.vite). A fresh clone, where CI runs, has none: there the durations kept in
// fileDurations.json (`npm run test:durations`, from the last `.ci/run`) stand in, so the every-path walk still starts
// first instead of last. A file in neither counts as its project's average. Files that failed last time go first.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export interface Planned<T> {
  item: T;
  browser: boolean;
  /** Expected duration in ms, or null when unknown. */
  ms: number | null;
  failed: boolean;
}

/** Browser files that run for each Node file. */
const BROWSER_SHARE = 2;

export function startOrder<T>(files: Planned<T>[]): T[] {
  const withEstimate = (list: Planned<T>[]) => {
    const known = list.flatMap((f) => (f.ms === null ? [] : [f.ms]));
    const average = known.length ? known.reduce((a, b) => a + b, 0) / known.length : 1;
    return list
      .map((f) => ({ ...f, ms: f.ms ?? average }))
      .sort((a, b) => (a.failed !== b.failed ? (a.failed ? -1 : 1) : b.ms - a.ms));
  };
  const browser = withEstimate(files.filter((f) => f.browser));
  const node = withEstimate(files.filter((f) => !f.browser));
  const order: T[] = [];
  let browserTime = 0;
  let nodeTime = 0;
  while (browser.length || node.length) {
    const takeNode =
      node.length > 0 && (browser.length === 0 || order.length === 0 || nodeTime * BROWSER_SHARE < browserTime);
    const next = (takeNode ? node : browser).shift()!;
    if (takeNode) nodeTime += next.ms;
    else browserTime += next.ms;
    order.push(next.item);
  }
  return order;
}

/** Each file's duration from the last `.ci/run` ("project:path" → ms), or none if the file is missing or unreadable. */
function keptDurations(): Record<string, number> {
  try {
    return JSON.parse(readFileSync(new URL('./fileDurations.json', import.meta.url), 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

export default class InterleavedStart extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const byVitest = await super.sort(files);
    const kept = keptDurations();
    return startOrder(
      byVitest.map((spec) => {
        const key = `${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId).split('\\').join('/')}`;
        const last = this.ctx.cache.getFileTestResults(key);
        const ms = last?.duration ?? kept[key] ?? null;
        return { item: spec, browser: spec.project.name === 'e2e', ms, failed: !!last?.failed };
      }),
    );
  }
}
