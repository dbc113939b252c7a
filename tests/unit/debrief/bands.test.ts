import { describe, expect, it } from 'vitest';
import { bandsFor, levelFor } from '../../../src/engine/debrief/bands';
import { describePattern, emphasisRuns } from '../../../src/engine/debrief/patternText';
import { PATTERN_DESCRIPTIONS } from '../../../src/engine/playthroughPattern';
import type { PatternName } from '../../../src/engine/types';
import { decision } from './buildLog';

const scored = (...scores: [number, number, number][]) =>
  scores.map((each, index) => decision(index, { scores: each }));

describe('bandsFor', () => {
  it('puts the boundaries at a mean of 1 and of 0', () => {
    expect(levelFor(1)).toBe('mostly');
    expect(levelFor(0.99)).toBe('sometimes');
    expect(levelFor(0)).toBe('sometimes');
    expect(levelFor(-0.01)).toBe('often_not');
  });

  it('words each dimension as debrief.md does', () => {
    const mostly = bandsFor(scored([2, 2, 1], [0, 0, 1])); // means 1, 1, 1
    expect([mostly.voice.text, mostly.power.text, mostly.courage.text]).toEqual([
      'their voices mostly heard',
      'mostly with',
      'mostly acted',
    ]);
    const sometimes = bandsFor(scored([1, 1, 0], [-1, -1, 0])); // means 0, 0, 0
    expect([sometimes.voice.text, sometimes.power.text, sometimes.courage.text]).toEqual([
      'their voices sometimes heard',
      'sometimes for',
      'sometimes acted',
    ]);
    const often = bandsFor(scored([-2, -1, -1], [1, 0, 0])); // means −0.5, −0.5, −0.5
    expect([often.voice.text, often.power.text, often.courage.text]).toEqual([
      'their voices often talked over',
      'often to',
      'mostly stood by',
    ]);
    for (const band of [mostly, sometimes, often].flatMap((each) => [each.voice, each.power, each.courage])) {
      expect(band.text).not.toMatch(/\d/);
    }
  });

  it('links a high band to the best moment and a low band to the hardest', () => {
    const bands = bandsFor(scored([1, 0, -1], [2, -1, -2], [0, -2, 0]));
    expect(bands.voice).toMatchObject({ level: 'mostly', drivenBy: 1 });
    expect(bands.power).toMatchObject({ level: 'often_not', drivenBy: 2 });
    expect(bands.courage).toMatchObject({ level: 'often_not', drivenBy: 1 });
  });

  it('points at nothing when no decision moved a dimension', () => {
    const bands = bandsFor(scored([0, 1, 0], [0, 1, 0]));
    expect(bands.voice.drivenBy).toBeNull();
    expect(bands.courage.drivenBy).toBeNull();
    expect(bands.power.drivenBy).toBe(0); // a tie goes to the earliest
    expect(bandsFor([]).voice).toEqual({ level: 'sometimes', text: 'their voices sometimes heard', drivenBy: null });
  });
});

describe('pattern text', () => {
  const names: PatternName[] = ['Performer', 'Rescuer', 'Bystander', 'With, but quiet', 'With', 'Finding the way'];

  it('describes every pattern, without labelling the learner or scoring them', () => {
    for (const name of names) {
      const text = describePattern(name);
      expect(text).toBe(PATTERN_DESCRIPTIONS[name]);
      expect(text!.length).toBeGreaterThan(40);
      expect(text).not.toMatch(/\byou are\b|\byou're\b|\bscor|\bpoints?\b|[+−]\d/i);
      expect(text).not.toContain(name === 'With' ? 'With,' : name); // described, never named
    }
    expect(
      emphasisRuns(describePattern('Rescuer')!)
        .map((run) => run.text)
        .join(''),
    ).toContain('the doing for trap');
    expect(describePattern(null)).toBeNull();
  });

  it('splits emphasis into runs the page can build from text nodes', () => {
    expect(emphasisRuns('the *doing for* trap')).toEqual([
      { text: 'the ', emphasis: false },
      { text: 'doing for', emphasis: true },
      { text: ' trap', emphasis: false },
    ]);
    expect(emphasisRuns('a lone * stays')).toEqual([{ text: 'a lone * stays', emphasis: false }]);
  });
});
