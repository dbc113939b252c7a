import { describe, it, expect } from 'vitest';
import { applyLaterAdjustments } from '../../../src/engine/laterAdjustments';
import { ctx, decision } from './voiceFixtures';

const finals = (d: { voice: number; power: number; courage: number }) => [d.voice, d.power, d.courage];
const harmOn = ctx({ harm: 'on', people: { kasia: { present: true }, okafor: { present: true } } });

describe('R9 follow-through', () => {
  it('raises the courage of an earlier BYSTAND towards the same person by 1', () => {
    const log = [decision(0, ['silent kasia'], harmOn), decision(1, ['indirect kasia kind=delay'])];
    applyLaterAdjustments(log);
    expect(finals(log[0]!)).toEqual([0, 0, 0]);
  });
  it('lifts −2 to −1, never to 0 or above', () => {
    const log = [
      decision(0, ['silent kasia'], ctx({ harm: 'on', rank: 'above' })),
      decision(1, ['indirect kasia kind=delay']),
    ];
    applyLaterAdjustments(log);
    expect(log[0]!.courage).toBe(-1);
  });
  it('does not fire for a check-in with someone else, another kind of indirect, or an earlier one', () => {
    const other = [decision(0, ['silent kasia'], harmOn), decision(1, ['indirect okafor kind=delay'])];
    const kind = [decision(0, ['silent kasia'], harmOn), decision(1, ['indirect kasia kind=document'])];
    const before = [decision(0, ['indirect kasia kind=delay']), decision(1, ['silent kasia'], harmOn)];
    for (const log of [other, kind]) {
      applyLaterAdjustments(log);
      expect(log[0]!.courage).toBe(-1);
    }
    applyLaterAdjustments(before);
    expect(before[1]!.courage).toBe(-1);
  });
  it('lifts an unnamed silence by a later check-in with anyone (the harm was to the room)', () => {
    const log = [decision(0, ['silent'], harmOn), decision(1, ['indirect okafor kind=delay'])];
    applyLaterAdjustments(log);
    expect(log[0]!.courage).toBe(0);
  });
  it('lifts once per earlier decision, however many check-ins follow', () => {
    const log = [
      decision(0, ['silent kasia'], ctx({ harm: 'on', rank: 'above' })),
      decision(1, ['indirect kasia kind=delay']),
      decision(2, ['indirect kasia kind=delay']),
    ];
    applyLaterAdjustments(log);
    expect(log[0]!.courage).toBe(-1);
  });
  it('does not re-run R8: an earlier decision keeps its gated courage', () => {
    const log = [decision(0, ['silent kasia'], harmOn), decision(1, ['indirect kasia kind=delay'])];
    applyLaterAdjustments(log);
    expect(log[0]!.base).toEqual({ voice: 0, power: 0, courage: -1 });
  });
});

describe('R13 repair', () => {
  it('raises the negative voice and power of an earlier harm to the same person by 1', () => {
    const log = [decision(0, ['interrupt okafor'], harmOn), decision(1, ['repair okafor'])];
    applyLaterAdjustments(log);
    expect(finals(log[0]!)).toEqual([-1, 0, 0]);
  });
  it('never lifts above 0, and leaves a positive dimension alone', () => {
    const log = [decision(0, ['relay okafor', 'challenge'], harmOn), decision(1, ['repair okafor'])];
    applyLaterAdjustments(log);
    expect(finals(log[0]!)).toEqual([0, 0, 0]);
  });
  it('does nothing for harm to someone else', () => {
    const log = [decision(0, ['interrupt okafor'], harmOn), decision(1, ['repair kasia'])];
    applyLaterAdjustments(log);
    expect(finals(log[0]!)).toEqual([-2, -1, 0]);
  });
  it('repairs nothing when the repair itself is self-focused', () => {
    const log = [decision(0, ['interrupt okafor'], harmOn), decision(1, ['repair okafor self_focus'])];
    applyLaterAdjustments(log);
    expect(finals(log[0]!)).toEqual([-2, -1, 0]);
  });
  it('lifts once per earlier decision, however many repairs follow', () => {
    const log = [
      decision(0, ['interrupt okafor'], harmOn),
      decision(1, ['repair okafor']),
      decision(2, ['repair okafor']),
    ];
    applyLaterAdjustments(log);
    expect(finals(log[0]!)).toEqual([-1, 0, 0]);
  });
  it('does not reach back past a harm that came after the repair', () => {
    const log = [decision(0, ['repair okafor']), decision(1, ['interrupt okafor'], harmOn)];
    applyLaterAdjustments(log);
    expect(finals(log[1]!)).toEqual([-2, -1, 0]);
  });
});

describe('applyLaterAdjustments', () => {
  it('is idempotent: running it again gives the same finals', () => {
    const log = [
      decision(0, ['interrupt okafor'], harmOn),
      decision(1, ['silent kasia'], harmOn),
      decision(2, ['repair okafor', 'indirect kasia kind=delay']),
    ];
    applyLaterAdjustments(log);
    const once = log.map(finals);
    applyLaterAdjustments(log);
    expect(log.map(finals)).toEqual(once);
    expect(once).toEqual([
      [-1, 0, 0],
      [0, 0, 0],
      [1, 1, 1], // REPAIR 1/1/1 with INDIRECT 0/1/1
    ]);
  });
  it('recomputes from base, undoing an adjustment whose cause is gone (rewind)', () => {
    const log = [decision(0, ['interrupt okafor'], harmOn), decision(1, ['repair okafor'])];
    applyLaterAdjustments(log);
    log.pop();
    applyLaterAdjustments(log);
    expect(finals(log[0]!)).toEqual([-2, -1, 0]);
  });
});
