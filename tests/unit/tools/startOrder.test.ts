// The order the whole suite starts its files in (tests/support/startOrder.ts): browser and Node files interleaved
// about two to one by their last durations, each list longest first, the longest Node file at the very start.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startOrder, type Planned } from '../../support/startOrder';

const file = (item: string, browser: boolean, ms: number | null, failed = false): Planned<string> => ({
  item,
  browser,
  ms,
  failed,
});

describe('startOrder', () => {
  it('starts the longest Node file first, then keeps about two browser seconds running for each Node second', () => {
    const order = startOrder([
      file('unit-short', false, 1_000),
      file('e2e-short', true, 10_000),
      file('walks', false, 20_000),
      file('e2e-long', true, 60_000),
      file('unit-mid', false, 5_000),
      file('e2e-mid', true, 30_000),
    ]);
    expect(order).toEqual(['walks', 'e2e-long', 'unit-mid', 'unit-short', 'e2e-mid', 'e2e-short']);
  });

  it('puts what failed last time first in its list, and counts a new file as its project’s average', () => {
    const order = startOrder([
      file('e2e-long', true, 60_000),
      file('e2e-failed', true, 1_000, true),
      file('e2e-new', true, null),
      file('unit', false, 100),
    ]);
    expect(order).toEqual(['unit', 'e2e-failed', 'e2e-long', 'e2e-new']);
  });

  it('on a fresh clone (no durations) still interleaves, two browser files to each Node file', () => {
    const order = startOrder([
      ...['a', 'b', 'c', 'd'].map((n) => file(`e2e-${n}`, true, null)),
      ...['a', 'b', 'c'].map((n) => file(`unit-${n}`, false, null)),
    ]);
    expect(order).toEqual(['unit-a', 'e2e-a', 'e2e-b', 'e2e-c', 'unit-b', 'e2e-d', 'unit-c']);
  });

  it('on a fresh clone, the durations kept from the last CI run put the every-path walk first, not last', () => {
    const kept = JSON.parse(readFileSync('tests/support/fileDurations.json', 'utf8')) as Record<string, number>;
    const order = startOrder(Object.entries(kept).map(([key, ms]) => file(key, key.startsWith('e2e:'), ms)));
    expect(order[0]).toBe('stories:tests/stories/everyPath.test.ts');
  });
});
