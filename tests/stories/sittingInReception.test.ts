// S1 "Sitting in Reception": the verdict reviewers disputed in the first draft (scenarios.md v3), with its reason,
// and the consequence that travels: whether Mrs Lee is still in the waiting room when the wait runs long depends on
// what the learner did at the desk, and changes the plan Esther can make.
import { describe, expect, it } from 'vitest';
import { actsOf, decisionAt, optionsAt, playBy } from './support/playStory';

const S1 = 'sitting-in-reception';
const AFTER = 'Afterwards';
const WAIT = 'When the wait runs long';
const HOLD = 'Turn so Esther can see your face';
const SPEAK = 'Tell Dawn the surgery knew';
const TOGETHER = '"Three weeks is long';
const BACK_UP = 'Back up what Mrs Lee just said';
const STAY_SEATED = 'Stay in your seat with Esther';
const PLAN = 'Tell Esther straight about Mr Kowalski';
const FLAG = "Ask Dawn to put Esther's needs";
const TURN_SHAH = "Tell Dr Shah that Esther's right here";
const REPAIR = 'Say sorry for the parts of this morning';

describe('S1 verdict reviewers disputed', () => {
  it('a repair offered when the path did Esther no harm is not a repair, so a path without harm is not offered one', () => {
    const clean = playBy(S1, [HOLD, TOGETHER, BACK_UP, PLAN, FLAG, TURN_SHAH, 'Offer to help Esther write']);
    const offered = optionsAt(decisionAt(clean, AFTER));
    expect(offered.flatMap((o) => o.acts).filter((a) => a.startsWith('REPAIR'))).toEqual([]);
    expect(clean.log.pattern).toBe('With');
  });

  it('after speaking for Esther at the desk the apology is on offer, and it answers that harm (R13)', () => {
    const playthrough = playBy(S1, [SPEAK, TOGETHER, BACK_UP, PLAN, FLAG, TURN_SHAH, REPAIR]);
    expect(actsOf(decisionAt(playthrough, AFTER))).toEqual(['REPAIR esther']);
    const desk = playthrough.log.decisions[0]!;
    expect(desk.base.voice).toBe(-1);
    expect(desk.voice).toBe(0);
  });
});

describe('S1 consequences that travel', () => {
  it('backing Mrs Lee up keeps her in the room when the wait runs long; standing by sends her out into the rain', () => {
    const backed = decisionAt(playBy(S1, [HOLD, TOGETHER, BACK_UP, PLAN]), WAIT);
    const left = decisionAt(playBy(S1, [HOLD, TOGETHER, STAY_SEATED, PLAN]), WAIT);
    expect(backed.context.people.mrs_lee?.present).toBe(true);
    expect(left.context.people.mrs_lee?.present ?? false).toBe(false);
    // Same words, same act; a different room, so a different plan.
    expect(actsOf(backed)).toEqual(actsOf(left));
  });

  it('the same words to Dawn speak for Esther at the desk and carry her words once she has asked (R1)', () => {
    const playthrough = playBy(S1, [SPEAK, TOGETHER, BACK_UP, PLAN, 'Read Dawn her note']);
    expect(actsOf(playthrough.log.decisions[0]!)).toEqual(['SPEAK_FOR esther']);
    expect(actsOf(decisionAt(playthrough, "Passing on Esther's message"))).toEqual(['ADVOCATE esther']);
  });

  it('seven decisions on a path, eight after outing Mrs Lee', () => {
    const plain = playBy(S1, [HOLD, TOGETHER, BACK_UP, PLAN, FLAG, TURN_SHAH, 'Offer to help Esther write']);
    expect(plain.ended).toBe(true);
    expect(plain.log.decisions).toHaveLength(7);
    const outed = playBy(S1, [
      HOLD,
      TOGETHER,
      "Tell Dawn Mrs Lee's family",
      "Say she's right",
      PLAN,
      FLAG,
      TURN_SHAH,
      'Offer to help Esther write',
    ]);
    expect(outed.ended).toBe(true);
    expect(outed.log.decisions).toHaveLength(8);
  });
});
