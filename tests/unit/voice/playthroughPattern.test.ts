import { describe, it, expect } from 'vitest';
import { PATTERN_DESCRIPTIONS, playthroughPattern } from '../../../src/engine/playthroughPattern';
import type { PatternName } from '../../../src/engine/types';
import { ctx, decision } from './voiceFixtures';

const harmOn = ctx({ harm: 'on', people: { kasia: { present: true }, okafor: { present: true } } });
const exclusion = ctx({ harm: 'exclusion', people: { esther: { present: true } } });
const present = ctx({ people: { okafor: { present: true }, esther: { present: true } } });
const good = (i: number) => decision(i, ['invite esther'], present); // 2/2/0
const log = (...moveLists: [string[], ReturnType<typeof ctx>?][]) =>
  moveLists.map(([m, c], i) => decision(i, m, c ?? present));

describe('playthroughPattern', () => {
  it('is null for an unscored story, and Finding the way for a scored one with no decisions', () => {
    expect(playthroughPattern([good(0)], false)).toBeNull();
    expect(playthroughPattern([], true)).toBe('Finding the way');
  });

  it('Performer at two self-focused decisions, not one', () => {
    expect(playthroughPattern(log([['invite esther self_focus']], [['invite esther self_focus']]), true)).toBe(
      'Performer',
    );
    expect(playthroughPattern(log([['invite esther self_focus']], [['invite esther']]), true)).not.toBe('Performer');
  });

  it('counts one decision with two self-focused moves once', () => {
    expect(playthroughPattern(log([['invite esther self_focus', 'challenge self_focus']]), true)).not.toBe('Performer');
  });

  it('Rescuer at two decisions that did for, spoke for or overrode, not one', () => {
    expect(playthroughPattern(log([['act_on_behalf okafor']], [['relay okafor']]), true)).toBe('Rescuer');
    expect(playthroughPattern(log([['act_on_behalf okafor']], [['invite okafor']]), true)).not.toBe('Rescuer');
  });

  it('puts Performer before Rescuer', () => {
    expect(playthroughPattern(log([['relay okafor self_focus']], [['act_on_behalf okafor self_focus']]), true)).toBe(
      'Performer',
    );
  });

  it('Bystander when at least half the decisions under harm stood by or colluded, and at least two', () => {
    expect(
      playthroughPattern(
        log([['silent kasia'], harmOn], [['collude'], harmOn], [['challenge'], harmOn], [['challenge'], harmOn]),
        true,
      ),
    ).toBe('Bystander');
    expect(
      playthroughPattern(log([['collude'], harmOn], [['challenge'], harmOn], [['challenge'], harmOn]), true),
    ).not.toBe('Bystander');
  });

  it('counts exclusion as harm on', () => {
    expect(playthroughPattern(log([['silent esther'], exclusion], [['silent esther'], exclusion]), true)).toBe(
      'Bystander',
    );
  });

  it('v3: one stand-by is not a pattern, even when it is the only decision under harm (one overnight pause in S5)', () => {
    // Reason (issue 15): a single pause labelled a whole play "Bystander".
    expect(playthroughPattern(log([['silent kasia'], harmOn], [['invite esther']]), true)).not.toBe('Bystander');
    expect(playthroughPattern(log([['silent esther'], exclusion]), true)).not.toBe('Bystander');
  });

  it('v3: With and With, but quiet never follow an OVERRIDE', () => {
    // Reason (issue 15): outing Desmond could still end with the pattern "With" when the rest went well.
    const outing = decision(4, ['disclose desmond info=partner'], present); // OVERRIDE −2/−2/0
    const great = [good(0), good(1), good(2), good(3)];
    expect(playthroughPattern([...great, outing], true)).toBe('Finding the way');
    expect(playthroughPattern(great, true)).toBe('With');
  });

  it('ignores decisions taken with no harm on when finding a Bystander', () => {
    // a silence with no harm is NEUTRAL; no harm decisions at all means no Bystander
    expect(playthroughPattern(log([['silent']]), true)).toBe('Finding the way');
  });

  it('With when voice and power means are ≥ 1 and nobody was stood by', () => {
    expect(
      playthroughPattern(
        [good(0), decision(1, ['relay okafor'], ctx({ people: { okafor: { mandate: 'asked' } } }))],
        true,
      ),
    ).toBe('With');
  });

  it('With, but quiet when the means hold but one moment stood by', () => {
    // three INVITEs (2/2) and three harm decisions at 0/0, one of them BYSTAND: means exactly 1, and one in
    // three under harm is below the Bystander share of a half
    const underHarm = [
      decision(3, ['silent kasia'], harmOn),
      decision(4, ['challenge'], harmOn),
      decision(5, ['challenge'], harmOn),
    ];
    const decisions = [good(0), good(1), good(2), ...underHarm];
    expect(playthroughPattern(decisions, true)).toBe('With, but quiet');
  });

  it('Finding the way when a mean falls below 1', () => {
    // INVITE 2/2 and ADVOCATE 1/1 and CHALLENGE 0/0 → means 1 and 1 → With; add DOING_FOR 0/−1 → power mean 0.5
    const base = [
      good(0),
      decision(1, ['relay okafor'], ctx({ people: { okafor: { mandate: 'asked' } } })),
      decision(2, ['challenge']),
    ];
    expect(playthroughPattern(base, true)).toBe('With');
    expect(playthroughPattern([...base, decision(3, ['act_on_behalf okafor'], present)], true)).toBe('Finding the way');
  });

  it('v3: counts base scores, so a later repair shows in the timeline but does not rewrite the pattern', () => {
    // Reason (voice-model v3): follow-through and repair do not change which pattern the play showed.
    const d = [good(0), decision(1, ['interrupt esther'], present), good(2)];
    expect(playthroughPattern(d, true)).toBe('Finding the way'); // voice mean (2 − 2 + 2) / 3 is below 1
    const repaired = d.map((x, i) => (i === 1 ? { ...x, voice: 0, power: 0 } : x));
    expect(playthroughPattern(repaired, true)).toBe('Finding the way');
  });

  it('describes every pattern without labelling the learner', () => {
    const names: PatternName[] = ['Performer', 'Rescuer', 'Bystander', 'With, but quiet', 'With', 'Finding the way'];
    for (const name of names) {
      expect(PATTERN_DESCRIPTIONS[name].length).toBeGreaterThan(20);
      expect(PATTERN_DESCRIPTIONS[name]).not.toMatch(/you are an?\b|you're an?\b/i);
    }
    expect(PATTERN_DESCRIPTIONS.Rescuer).toContain('*doing for* trap');
  });
});
