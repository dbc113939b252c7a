import { describe, it, expect } from 'vitest';
import { resolveChoice } from '../../../src/engine/resolveChoice';
import { choose, ctx } from './voiceFixtures';

const scores = (r: { voice: number; power: number; courage: number }) => [r.voice, r.power, r.courage];

describe('R7 combining', () => {
  it('takes the most positive per dimension when nothing is negative', () => {
    // DECIDE_WITH 1/2/1 with INVITE 2/2/0
    expect(scores(choose(['decide_with esther', 'invite esther'], ctx()))).toEqual([2, 2, 1]);
  });
  it('lets the most negative win a dimension when any act is negative there', () => {
    // INVITE 2/2/0 riding with SPEAK_FOR −1/−1/0
    const r = choose(['invite okafor', 'relay okafor'], ctx({ people: { okafor: { present: true } } }));
    expect(r.acts.map((a) => a.act)).toEqual(['INVITE', 'SPEAK_FOR']);
    expect(scores(r)).toEqual([-1, -1, 0]);
  });
  it('combines dimensions separately: a negative in one leaves the others to the most positive', () => {
    // CHALLENGE 0/0/1 with DOING_FOR 0/−1/0 → V 0 (max), P −1 (min), C gated by R8
    const r = choose(['challenge', 'act_on_behalf kasia'], ctx({ harm: 'on' }));
    expect(scores(r)).toEqual([0, -1, 0]);
  });
  it('resolves every move against the context before the choice, in the order written', () => {
    // the ask comes first, but Desmond's answer comes after the choice: the disclosure is still outing
    const r = choose(
      ['ask_consent desmond info=partner', 'disclose desmond info=partner'],
      ctx({ people: { desmond: { present: true }, ann: { present: true } } }),
    );
    expect(r.acts.map((a) => a.act)).toEqual(['ASK_CONSENT', 'OVERRIDE']);
  });
  it('scores a choice with no moves as 0/0/0 and last act ""', () => {
    expect(resolveChoice([], ctx())).toEqual({
      acts: [],
      voice: 0,
      power: 0,
      courage: 0,
      selfFocus: false,
      lastAct: '',
    });
  });
});

describe('CENTRE_SELF', () => {
  it('holds voice to at most −1 and caps courage at 0', () => {
    const r = choose(['challenge kasia self_focus'], ctx({ harm: 'on', rank: 'below' }));
    expect(r.acts.map((a) => a.act)).toEqual(['CHALLENGE', 'CENTRE_SELF']);
    expect(scores(r)).toEqual([-1, 0, 0]);
    expect(r.selfFocus).toBe(true);
  });
  it('leaves an already lower voice where it is', () => {
    expect(choose(['interrupt esther self_focus'], ctx()).voice).toBe(-2);
  });
  it('without self_focus the same move keeps its scores', () => {
    const r = choose(['challenge kasia'], ctx({ harm: 'on', rank: 'below' }));
    expect(scores(r)).toEqual([0, 0, 2]);
    expect(r.selfFocus).toBe(false);
  });
});

describe('R8 courage gating', () => {
  it('gives no courage to a brave act that costs the person their voice', () => {
    // CHALLENGE from below is 0/0/+2, but it rides with talking over Esther
    const r = choose(['challenge', 'interrupt esther'], ctx({ harm: 'on', rank: 'below' }));
    expect(scores(r)).toEqual([-2, -1, 0]);
  });
  it('gives no courage when power goes negative', () => {
    // SAFEGUARD without informing is 0/−1/+1: the courage does not count
    expect(choose(['act_on_behalf kasia'], ctx({ duty: true })).courage).toBe(0);
  });
  it('keeps courage when voice and power are both ≥ 0', () => {
    expect(choose(['act_on_behalf kasia informs'], ctx({ duty: true })).courage).toBe(1);
  });
  it('leaves negative courage alone', () => {
    expect(scores(choose(['collude'], ctx({ harm: 'on' })))).toEqual([-1, -1, -2]);
  });
});

describe('lastAct', () => {
  it('is the most harmful act by the contract order', () => {
    const context = ctx({ harm: 'on', people: { okafor: { present: true } } });
    expect(choose(['relay okafor', 'collude'], context).lastAct).toBe('COLLUDE');
    expect(choose(['silent', 'interrupt okafor'], context).lastAct).toBe('SPEAK_OVER');
    expect(choose(['act_on_behalf okafor', 'silent'], context).lastAct).toBe('DOING_FOR');
  });
  it('is otherwise the act of the first move written', () => {
    expect(choose(['invite amina', 'credit_repeat amina credited=yes'], ctx()).lastAct).toBe('INVITE');
    expect(choose(['credit_repeat amina credited=yes', 'invite amina'], ctx()).lastAct).toBe('AMPLIFY');
  });
  it('is never CENTRE_SELF', () => {
    expect(choose(['challenge self_focus'], ctx()).lastAct).toBe('CHALLENGE');
  });
});
