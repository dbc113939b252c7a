// Play a shipped story by the words of the options a learner would press, so a story test reads like the path it
// describes and fails with the options that were on offer when a wording changes. Pacing choices ("Continue")
// are taken as they come. Every option on offer at a decision is also resolved in that decision's context, so a
// test can compare what each option would have done there (the same resolution `--json` reports as `options`).
import { expect } from 'vitest';
import { Playthrough } from '../../../src/engine/playthrough';
import { followPassage } from '../../../src/engine/heardPassage';
import { resolveChoice } from '../../../src/engine/resolveChoice';
import { seededRandom } from '../../../src/engine/seededRandom';
import type { DecisionRecord } from '../../../src/engine/types';
import { storyBuild } from '../../support/storyBuilds';

/** The story's compiled JSON, from the run's one build of every story (tests/support/storyBuilds.ts). */
export function storyJson(id: string): string {
  return storyBuild(id).json;
}

/** One option as it would have resolved at its decision: acts (`ACT target`) and the three scores. */
export interface OptionOutcome {
  text: string;
  acts: string[];
  voice: number;
  power: number;
  courage: number;
}

export function optionsAt(record: DecisionRecord): OptionOutcome[] {
  return record.options.map((option) => {
    const result = resolveChoice(option.moves, record.context);
    return {
      text: option.text,
      acts: result.acts.map((a) => `${a.act} ${a.target ?? ''}`.trim()),
      voice: result.voice,
      power: result.power,
      courage: result.courage,
    };
  });
}

/** Play `id` taking, at each decision, the option whose text starts with the next prefix; stop when they run out. */
export function playBy(id: string, prefixes: string[]): Playthrough {
  const playthrough = new Playthrough(storyJson(id), { storyId: id });
  const heard = followPassage(playthrough);
  playthrough.start();
  let passage = heard.now();
  const queue = [...prefixes];
  while (!passage.ended && !passage.error && passage.choices.length > 0) {
    if (!passage.isDecision) {
      playthrough.choose(0);
      passage = heard.now();
      continue;
    }
    const prefix = queue.shift();
    if (prefix === undefined) break;
    const index = passage.choices.findIndex((c) => c.text.startsWith(prefix));
    expect(index, `"${prefix}" among: ${passage.choices.map((c) => c.text).join(' | ')}`).toBeGreaterThanOrEqual(0);
    playthrough.choose(index);
    passage = heard.now();
  }
  expect(passage.error).toBeNull();
  return playthrough;
}

/** Play `id` as `npm run play -- FILE --walk SEED` does: every option, pacing ones too, picked by the seeded walk. */
export function playWalk(id: string, seed: number): Playthrough {
  const playthrough = new Playthrough(storyJson(id), { storyId: id });
  const heard = followPassage(playthrough);
  playthrough.start();
  const random = seededRandom(seed);
  let passage = heard.now();
  while (!passage.ended && !passage.error && passage.choices.length > 0) {
    playthrough.choose(Math.floor(random() * passage.choices.length));
    passage = heard.now();
  }
  expect(passage.error).toBeNull();
  return playthrough;
}

/** The decision whose `moment:` is `moment` (the first, if a path meets it twice). */
export function decisionAt(playthrough: Playthrough, moment: string): DecisionRecord {
  const record = playthrough.log.decisions.find((d) => d.moment === moment);
  expect(
    record,
    `no decision "${moment}" in ${playthrough.log.decisions.map((d) => d.moment).join(', ')}`,
  ).toBeDefined();
  return record!;
}

export const actsOf = (record: DecisionRecord) => record.acts.map((a) => `${a.act} ${a.target ?? ''}`.trim());
export const total = (o: { voice: number; power: number; courage: number }) => o.voice + o.power + o.courage;

/**
 * Every line a learner reads (hidden lines left out) on the path that takes, at each decision, the option whose text
 * starts with the next prefix; pacing choices are taken as they come. When the prefixes run out at a decision the
 * reading stops there (`whenOut: 'stop'`) or goes on by the first option (`'first'`, to the end of the story).
 */
export function transcript(id: string, prefixes: string[], whenOut: 'stop' | 'first'): string {
  const playthrough = new Playthrough(storyJson(id), { storyId: id });
  const heard = followPassage(playthrough);
  playthrough.start();
  let passage = heard.now();
  const read: string[] = [];
  const queue = [...prefixes];
  for (;;) {
    read.push(...passage.lines.filter((l) => !l.hidden).map((l) => l.text));
    if (passage.ended || passage.choices.length === 0) break;
    if (passage.isDecision && queue.length === 0 && whenOut === 'stop') break;
    const prefix = passage.isDecision ? (queue.shift() ?? '') : '';
    const index = passage.choices.findIndex((c) => c.text.startsWith(prefix));
    expect(index, `"${prefix}" among: ${passage.choices.map((c) => c.text).join(' | ')}`).toBeGreaterThanOrEqual(0);
    playthrough.choose(index);
    passage = heard.now();
  }
  return read.join('\n');
}
