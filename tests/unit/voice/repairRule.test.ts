// R13 v3 (voice-model.md): an apology answers one harm, the one it names: the most recent earlier harm towards
// the person. Reason (issue 15): a repair used to lift every earlier harm towards the person at once, even after
// "you have nothing to apologise for".
import { describe, expect, it } from 'vitest';
import { decisionsRepaired } from '../../../src/engine/repairRule';
import { ctx, decision, mv } from './voiceFixtures';

const harmOn = ctx({ harm: 'on', people: { samir: { present: true }, okafor: { present: true } } });
const none = () => false;

describe('R13 v3: which harm a repair answers', () => {
  it('lifts only the most recent earlier harm towards the person, not every one', () => {
    const earlier = [
      decision(0, ['interrupt samir'], harmOn), // SPEAK_OVER
      decision(1, ['invite okafor'], harmOn),
      decision(2, ['relay samir source=inferred'], harmOn), // SPEAK_FOR
      decision(3, ['invite samir'], harmOn),
    ];
    expect(decisionsRepaired(earlier, none, [mv('repair samir')])).toEqual([2]);
  });

  it('passes over a harm an earlier apology already answered, to the one before it', () => {
    const earlier = [decision(0, ['interrupt samir'], harmOn), decision(1, ['interrupt samir'], harmOn)];
    expect(decisionsRepaired(earlier, (i) => i === 1, [mv('repair samir')])).toEqual([0]);
    expect(decisionsRepaired(earlier, () => true, [mv('repair samir')])).toEqual([]);
  });

  it('answers nothing with no earlier harm towards that person, or when it centres the learner', () => {
    const earlier = [decision(0, ['interrupt okafor'], harmOn)];
    expect(decisionsRepaired(earlier, none, [mv('repair samir')])).toEqual([]);
    expect(decisionsRepaired(earlier, none, [mv('repair okafor self_focus')])).toEqual([]);
  });

  it('answers one harm per person repaired when a choice repairs two people', () => {
    const earlier = [decision(0, ['interrupt okafor'], harmOn), decision(1, ['interrupt samir'], harmOn)];
    expect(decisionsRepaired(earlier, none, [mv('repair samir'), mv('repair okafor')])).toEqual([1, 0]);
  });
});
