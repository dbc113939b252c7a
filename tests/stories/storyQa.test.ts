// Story QA: every story in stories/ passes `check` with no error, every walk ends cleanly, every ending is
// reached, and the five scenarios between them can show every act the voice model has.
import { describe, expect, it } from 'vitest';
import { checkStories, type StoryCheck } from '../../src/ink/checkStory';
import { readStoryFiles } from '../../src/ink/storyFiles';
import { ACT_NAMES, ACT_SCORES, type ActName } from '../../src/engine/contract/index.ts';

const FIVE = ['sitting-in-reception', 'next-of-kin', 'the-script', 'standing-alongside', 'say-see-expect'];
// What the five must not leave to the facilitator to discover: options that score nothing, decisions without
// their cards, and people reduced to one facet.
const CONTENT_CODES = [
  'untagged-option',
  'card-discuss',
  'card-note',
  'card-moment',
  'card-moment-at',
  'card-perspective',
  'cast-thin',
];

const files = readStoryFiles('stories');
const checks: StoryCheck[] = checkStories(files, undefined, { displayPrefix: 'stories/' });
const present = FIVE.filter((id) => checks.some((c) => c.id === id));
const lines = (c: StoryCheck, keep: (code: string) => boolean) =>
  c.diagnostics.filter((d) => keep(d.code)).map((d) => `${d.file}:${d.line ?? ''}: ${d.severity}: ${d.message}`);

describe.each(checks.map((c) => [c.id, c] as const))('%s', (_id, check) => {
  it('passes check with no error', () => {
    expect(lines(check, () => true).filter((l) => l.includes(': error: '))).toEqual([]);
  });

  it('plays to an end on every walk, with no runtime error and no endless loop', () => {
    expect(lines(check, (code) => code === 'runtime' || code === 'too-long')).toEqual([]);
    expect(check.summary.paths).toBeGreaterThan(0);
  });

  it('reaches every ending', () => {
    expect(lines(check, (code) => code === 'unreached-ending' || code === 'unreached-knot')).toEqual([]);
    expect(check.summary.endings.reached.length).toBe(check.summary.endings.total);
  });
});

describe.each(present.map((id) => [id, checks.find((c) => c.id === id)!] as const))('scenario %s', (_id, check) => {
  it('has no untagged options, missing cards or thin cast', () => {
    expect(lines(check, (code) => CONTENT_CODES.includes(code))).toEqual([]);
  });

  it('gives no option-craft warning: no option gives the answer away by its length, wording, act or place', () => {
    expect(lines(check, (code) => code.startsWith('craft-'))).toEqual([]);
  });

  it('has 6 to 8 decisions on every path and 12 to 15 minutes on the median path (scenarios.md, "Depth")', () => {
    const craft = check.summary.craft!;
    expect(craft.pathDecisions.min).toBeGreaterThanOrEqual(6);
    expect(check.summary.longestPath).toBeLessThanOrEqual(8);
    expect(craft.medianMinutes).toBeGreaterThanOrEqual(12);
    expect(craft.medianMinutes).toBeLessThanOrEqual(15);
  });

  it('is scored, with at least four decisions', () => {
    expect(check.summary.scored).toBe(true);
    expect(check.summary.decisions).toBeGreaterThanOrEqual(4);
  });
});

describe('acts across the scenarios', () => {
  const reachable = new Set(present.flatMap((id) => checks.find((c) => c.id === id)!.summary.acts));
  const score = (act: ActName) => ACT_SCORES[act].voice + ACT_SCORES[act].power + ACT_SCORES[act].courage;

  it('all five scenarios are in stories/', () => {
    expect(present).toEqual(FIVE);
  });

  it.each(FIVE)('%s offers a real choice: some options score above zero and some below', (id) => {
    const acts = checks.find((c) => c.id === id)?.summary.acts ?? [];
    console.log(`${id}: ${acts.join(', ')}`);
    expect(
      acts.filter((a) => score(a) > 0),
      'acts that amplify or share power',
    ).not.toEqual([]);
    expect(
      acts.filter((a) => score(a) < 0),
      'acts that speak over, for or stand by',
    ).not.toEqual([]);
  });

  it('between them reach every act except NEUTRAL', () => {
    expect(ACT_NAMES.filter((a) => a !== 'NEUTRAL' && !reachable.has(a))).toEqual([]);
  });
});
