// The ten worked examples of voice-model.md, exact V/P/C. Regression tests: if one changes, the spec changed.
import { describe, it, expect } from 'vitest';
import { choose, ctx } from './voiceFixtures';

const scores = (r: { voice: number; power: number; courage: number }) => [r.voice, r.power, r.courage];
const acts = (r: { acts: { act: string }[] }) => r.acts.map((a) => a.act);

describe('worked examples (voice-model.md)', () => {
  // Team meeting: Amina's ignored idea; the learner, a staff nurse, is below the consultant.
  const meeting = ctx({ rank: 'below', people: { amina: { present: true } } });

  it('1: crediting Amina and inviting her to say more is AMPLIFY+INVITE, +2/+2/+2', () => {
    const r = choose(['credit_repeat amina credited=yes', 'invite amina'], meeting);
    expect(acts(r)).toEqual(['AMPLIFY', 'INVITE']);
    expect(scores(r)).toEqual([2, 2, 2]);
  });

  it('2: repeating her idea as your own is TAKE_CREDIT, −2/−1/0', () => {
    const r = choose(['credit_repeat amina credited=no'], meeting);
    expect(acts(r)).toEqual(['TAKE_CREDIT']);
    expect(scores(r)).toEqual([-2, -1, 0]);
  });

  it('3: "He wants to go home" with Mr Okafor present, able with support, no mandate is SPEAK_FOR, −1/−1/0', () => {
    const review = ctx({ people: { okafor: { present: true, access: 'able_with_support' } } });
    const r = choose(['relay okafor'], review);
    expect(acts(r)).toEqual(['SPEAK_FOR']);
    expect(scores(r)).toEqual([-1, -1, 0]);
  });

  it('4: the same words when he is in hospital and asked you to say them are ADVOCATE, +1/+1/+1', () => {
    const review = ctx({ people: { okafor: { present: false, access: 'able_with_support', mandate: 'asked' } } });
    const r = choose(['relay okafor'], review);
    expect(acts(r)).toEqual(['ADVOCATE']);
    expect(scores(r)).toEqual([1, 1, 1]);
  });

  it('5: rebooking for Mrs X, who has not asked, is DOING_FOR, 0/−1/0', () => {
    const r = choose(['act_on_behalf mrs_x'], ctx({ people: { mrs_x: { present: true } } }));
    expect(acts(r)).toEqual(['DOING_FOR']);
    expect(scores(r)).toEqual([0, -1, 0]);
  });

  it('6: ringing on speaker after she asked you to is ADVOCATE, +1/+1/+1', () => {
    const r = choose(['act_on_behalf mrs_x'], ctx({ people: { mrs_x: { present: true, mandate: 'asked' } } }));
    expect(acts(r)).toEqual(['ADVOCATE']);
    expect(scores(r)).toEqual([1, 1, 1]);
  });

  it('7: "Not funny. I\'m not OK with that." after Kasia leaves is CHALLENGE, 0/0/+1', () => {
    const r = choose(['challenge'], ctx({ harm: 'on', people: { kasia: { present: false } } }));
    expect(acts(r)).toEqual(['CHALLENGE']);
    expect(scores(r)).toEqual([0, 0, 1]);
  });

  it('8: staying quiet as Jo asked, then checking in, is RESPECT_WISH+INDIRECT, +1/+2/+1', () => {
    const r = choose(
      ['silent jo', 'indirect jo kind=delay'],
      ctx({ harm: 'on', people: { jo: { present: true, wants: 'no' } } }),
    );
    expect(acts(r)).toEqual(['RESPECT_WISH', 'INDIRECT']);
    expect(scores(r)).toEqual([1, 2, 1]);
  });

  // Reception: Dawn talks to the learner about Mrs X, not to her.
  const reception = ctx({ harm: 'exclusion', people: { mrs_x: { present: true }, dawn: { present: true } } });

  it('9: turning to Mrs X and waiting for her answer is HOLD_SPACE, +2/+2/0', () => {
    const r = choose(['silent mrs_x leaves_pause'], reception);
    expect(acts(r)).toEqual(['HOLD_SPACE']);
    expect(scores(r)).toEqual([2, 2, 0]);
  });

  it('10: agreeing together to wait to be seen is DECIDE_WITH, +1/+2/+1', () => {
    const r = choose(['decide_with mrs_x'], reception);
    expect(acts(r)).toEqual(['DECIDE_WITH']);
    expect(scores(r)).toEqual([1, 2, 1]);
  });
});
