// The stage acts a passage out at reading pace, and jumps to the latest state when the learner moves on or asks
// for less motion.
import { describe, expect, test } from 'vitest';
import { Beats, readingTime } from '../../../src/stage/beats';
import { EMPTY_STAGE, type StageState } from '../../../src/stage/stageState';
import type { StageBeat } from '../../../src/stage/stageSource';
import type { DecisionRecord } from '../../../src/engine/types';

function harness(immediate = false) {
  const shown: string[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const beats = new Beats(
    (state) => shown.push(state.scene ?? ''),
    (run, ms) => {
      const timer = { run, ms };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
    () => immediate,
  );
  const state = (scene: string): StageState => ({ ...EMPTY_STAGE, scene });
  const line = (text: string, hidden = false): StageBeat => ({
    type: 'line',
    data: { tags: [], speaker: null, to: null, text, hidden },
  });
  return { beats, shown, timers, state, line };
}

describe('beats', () => {
  test('each line waits until the one before it has had time to be read; tag-only lines do not wait', () => {
    const { beats, shown, timers, state, line } = harness();
    beats.push(state('a'), line('A first line of some length.'));
    beats.push(state('b'), line('', true));
    beats.push(state('c'), line('Then this.'));
    expect(shown).toEqual(['a']);
    expect(timers.map((t) => t.ms)).toEqual([readingTime(line('A first line of some length.'))]);
    timers.shift()!.run();
    expect(shown).toEqual(['a', 'b', 'c']);
  });

  test('a decision skips what is left of the passage and shows its own state at once', () => {
    const { beats, shown, timers, state, line } = harness();
    beats.push(state('a'), line('One.'));
    beats.push(state('b'), line('Two.'));
    beats.push(state('d'), { type: 'decision', data: { acts: [] } as unknown as DecisionRecord });
    expect(shown).toEqual(['a', 'd']);
    expect(timers).toHaveLength(1);
  });

  test('under reduced motion every state shows at once', () => {
    const { beats, shown, state, line } = harness(true);
    beats.push(state('a'), line('One.'));
    beats.push(state('b'), line('Two.'));
    expect(shown).toEqual(['a', 'b']);
  });
});
