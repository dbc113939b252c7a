import { describe, it, expect } from 'vitest';
import { decisionLog, foldDecision } from '../../../src/engine/decisionLog';
import { ctx, decision } from './voiceFixtures';

const finals = (d: { voice: number; power: number; courage: number }) => [d.voice, d.power, d.courage];
const harmOn = ctx({ harm: 'on', people: { kasia: { present: true }, okafor: { present: true } } });

describe('R9 follow-through', () => {
  it('raises the courage of an earlier BYSTAND towards the same person by 1', () => {
    const log = decisionLog([decision(0, ['silent kasia'], harmOn), decision(1, ['indirect kasia kind=delay'])]);
    expect(finals(log[0]!)).toEqual([0, 0, 0]);
  });
  it('lifts −2 to −1, never to 0 or above', () => {
    const log = decisionLog([
      decision(0, ['silent kasia'], ctx({ harm: 'on', rank: 'above' })),
      decision(1, ['indirect kasia kind=delay']),
    ]);
    expect(log[0]!.courage).toBe(-1);
  });
  it('does not fire for a check-in with someone else, another kind of indirect, or an earlier one', () => {
    const other = [decision(0, ['silent kasia'], harmOn), decision(1, ['indirect okafor kind=delay'])];
    const kind = [decision(0, ['silent kasia'], harmOn), decision(1, ['indirect kasia kind=document'])];
    const before = [decision(0, ['indirect kasia kind=delay']), decision(1, ['silent kasia'], harmOn)];
    for (const made of [other, kind]) expect(decisionLog(made)[0]!.courage).toBe(-1);
    expect(decisionLog(before)[1]!.courage).toBe(-1);
  });
  it('lifts an unnamed silence by a later check-in with anyone (the harm was to the room)', () => {
    const log = decisionLog([decision(0, ['silent'], harmOn), decision(1, ['indirect okafor kind=delay'])]);
    expect(log[0]!.courage).toBe(0);
  });
  it('lifts once per earlier decision, however many check-ins follow', () => {
    const log = decisionLog([
      decision(0, ['silent kasia'], ctx({ harm: 'on', rank: 'above' })),
      decision(1, ['indirect kasia kind=delay']),
      decision(2, ['indirect kasia kind=delay']),
    ]);
    expect(log[0]!.courage).toBe(-1);
  });
  it('does not re-run R8: an earlier decision keeps its gated courage', () => {
    const log = decisionLog([decision(0, ['silent kasia'], harmOn), decision(1, ['indirect kasia kind=delay'])]);
    expect(log[0]!.base).toEqual({ voice: 0, power: 0, courage: -1 });
  });
});

describe('R13 repair', () => {
  it('raises the negative voice and power of an earlier harm to the same person by 1', () => {
    const log = decisionLog([decision(0, ['interrupt okafor'], harmOn), decision(1, ['repair okafor'])]);
    expect(finals(log[0]!)).toEqual([-1, 0, 0]);
  });
  it('never lifts above 0, and leaves a positive dimension alone', () => {
    const log = decisionLog([decision(0, ['relay okafor', 'challenge'], harmOn), decision(1, ['repair okafor'])]);
    expect(finals(log[0]!)).toEqual([0, 0, 0]);
  });
  it('does nothing for harm to someone else', () => {
    const log = decisionLog([decision(0, ['interrupt okafor'], harmOn), decision(1, ['repair kasia'])]);
    expect(finals(log[0]!)).toEqual([-2, -1, 0]);
  });
  it('repairs nothing when the repair itself is self-focused', () => {
    const log = decisionLog([decision(0, ['interrupt okafor'], harmOn), decision(1, ['repair okafor self_focus'])]);
    expect(finals(log[0]!)).toEqual([-2, -1, 0]);
  });
  it('lifts once per earlier decision, however many repairs follow', () => {
    const log = decisionLog([
      decision(0, ['interrupt okafor'], harmOn),
      decision(1, ['repair okafor']),
      decision(2, ['repair okafor']),
    ]);
    expect(finals(log[0]!)).toEqual([-1, 0, 0]);
  });
  it('does not reach back past a harm that came after the repair', () => {
    const log = decisionLog([decision(0, ['repair okafor']), decision(1, ['interrupt okafor'], harmOn)]);
    expect(finals(log[1]!)).toEqual([-2, -1, 0]);
  });
});

describe('decisionLog: a fold over the decisions made', () => {
  const made = [
    decision(0, ['interrupt okafor'], harmOn),
    decision(1, ['silent kasia'], harmOn),
    decision(2, ['repair okafor', 'indirect kasia kind=delay']),
  ];
  it('applies R9 and R13 in the fold and keeps base beside final', () => {
    const log = decisionLog(made);
    expect(log.map(finals)).toEqual([
      [-1, 0, 0],
      [0, 0, 0],
      [1, 1, 1], // REPAIR 1/1/1 with INDIRECT 0/1/1
    ]);
    expect(log.map((d) => d.base)).toEqual(made.map((d) => d.base));
    expect(log[0]).toMatchObject({ repairedBy: 2, followedUpBy: null });
    expect(log[1]).toMatchObject({ followedUpBy: 2, repairedBy: null });
  });
  it('never changes a record once handed out: a later decision replaces the earlier record with a new one', () => {
    const before = structuredClone(made);
    const partial = decisionLog(made.slice(0, 2));
    const snapshot = structuredClone(partial);
    const full = foldDecision(partial, made[2]!);
    expect(partial).toEqual(snapshot);
    expect(made).toEqual(before);
    expect(full[0]).not.toBe(partial[0]);
    expect(finals(partial[0]!)).toEqual([-2, -1, 0]);
    expect(finals(full[0]!)).toEqual([-1, 0, 0]);
  });
  it('is a pure function of the decisions so far: the same decisions give the same log (a rewind is a shorter list)', () => {
    expect(decisionLog(made)).toEqual(decisionLog(made));
    expect(decisionLog(made.slice(0, 2)).map(finals)).toEqual([
      [-2, -1, 0],
      [0, 0, -1],
    ]);
  });
});
