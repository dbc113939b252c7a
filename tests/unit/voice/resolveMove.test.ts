// Each rule, with the branch that fires and the nearest branch that does not.
import { describe, it, expect } from 'vitest';
import { resolveMove, scoreAct } from '../../../src/engine/resolveMove';
import { ACT_SCORES } from '../../../src/engine/contract/index.ts';
import type { ContextSnapshot } from '../../../src/engine/types';
import { ctx, mv } from './voiceFixtures';

const act = (move: string, context: ContextSnapshot) => resolveMove(mv(move), context)[0]!.act;
const score = (move: string, context: ContextSnapshot) => {
  const m = mv(move);
  const r = resolveMove(m, context)[0]!;
  return [scoreAct(r, m, context).voice, scoreAct(r, m, context).power, scoreAct(r, m, context).courage];
};

describe('R1 relay', () => {
  it('advocates for an absent person with a mandate', () => {
    expect(act('relay okafor', ctx({ people: { okafor: { mandate: 'asked' } } }))).toBe('ADVOCATE');
  });
  it('speaks for a person present and able who gave no mandate', () => {
    expect(act('relay okafor', ctx({ people: { okafor: { present: true } } }))).toBe('SPEAK_FOR');
  });
  it('speaks for a present, able person even with known wishes: they can say it themselves', () => {
    expect(act('relay okafor', ctx({ people: { okafor: { present: true, mandate: 'known_wishes' } } }))).toBe(
      'SPEAK_FOR',
    );
  });
  it('advocates when the present person asked or consented', () => {
    expect(act('relay okafor', ctx({ people: { okafor: { present: true, mandate: 'consented' } } }))).toBe('ADVOCATE');
  });
  it('advocates for a present person with substantial difficulty, carrying their expressed wishes', () => {
    expect(act('relay okafor', ctx({ people: { okafor: { present: true, access: 'substantial_difficulty' } } }))).toBe(
      'ADVOCATE',
    );
  });
  it('advocates for an absent person with no mandate, passing on what they expressed', () => {
    expect(act('relay okafor', ctx({ people: { okafor: { present: false } } }))).toBe('ADVOCATE');
  });
  it('speaks for whenever the learner is guessing or projecting', () => {
    const absentAsked = ctx({ people: { okafor: { mandate: 'asked' } } });
    expect(act('relay okafor source=inferred', absentAsked)).toBe('SPEAK_FOR');
    expect(act('relay okafor source=own', absentAsked)).toBe('SPEAK_FOR');
  });
  it('overrides a person who declined, absent or not', () => {
    expect(act('relay okafor', ctx({ people: { okafor: { mandate: 'declined' } } }))).toBe('OVERRIDE');
  });
});

describe('R2 credit', () => {
  it('credited=yes amplifies; credited=no takes credit however well meant', () => {
    expect(act('credit_repeat amina credited=yes', ctx())).toBe('AMPLIFY');
    expect(act('credit_repeat amina credited=no', ctx())).toBe('TAKE_CREDIT');
  });
  it('claim is TAKE_CREDIT', () => {
    expect(act('claim amina', ctx())).toBe('TAKE_CREDIT');
  });
});

describe('R3 silence', () => {
  it("respects a person's wish not to have someone step in", () => {
    expect(act('silent jo', ctx({ harm: 'on', people: { jo: { wants: 'no' } } }))).toBe('RESPECT_WISH');
  });
  it('is standing by when the learner holds the most power and harm is on, wish or not', () => {
    expect(act('silent jo', ctx({ harm: 'on', rank: 'above', people: { jo: { wants: 'no' } } }))).toBe('BYSTAND');
  });
  it('respects the wish when the learner holds the most power but no harm is on', () => {
    expect(act('silent jo', ctx({ rank: 'above', people: { jo: { wants: 'no' } } }))).toBe('RESPECT_WISH');
  });
  it('does not rest on the wish when a duty applies', () => {
    expect(act('silent jo', ctx({ harm: 'on', duty: true, people: { jo: { wants: 'no' } } }))).toBe('BYSTAND');
  });
  it('holds space by turning to an excluded person present and pausing', () => {
    expect(act('silent mrs_x leaves_pause', ctx({ harm: 'exclusion', people: { mrs_x: { present: true } } }))).toBe(
      'HOLD_SPACE',
    );
  });
  it('stands by under exclusion without the pause, or when the person is not there', () => {
    expect(act('silent mrs_x', ctx({ harm: 'exclusion', people: { mrs_x: { present: true } } }))).toBe('BYSTAND');
    expect(act('silent mrs_x leaves_pause', ctx({ harm: 'exclusion', people: { mrs_x: { present: false } } }))).toBe(
      'BYSTAND',
    );
  });
  it('stands by when harm is on, even with a pause', () => {
    expect(act('silent kasia leaves_pause', ctx({ harm: 'on', people: { kasia: { present: true } } }))).toBe('BYSTAND');
    expect(act('silent', ctx({ harm: 'on' }))).toBe('BYSTAND');
  });
  it('stands by when the person wanted someone to act', () => {
    expect(act('silent jo', ctx({ people: { jo: { wants: 'yes' } } }))).toBe('BYSTAND');
  });
  it('holds space with a pause when nothing is wrong, else is neutral', () => {
    expect(act('silent jo leaves_pause', ctx())).toBe('HOLD_SPACE');
    expect(act('silent jo', ctx())).toBe('NEUTRAL');
    expect(act('silent', ctx())).toBe('NEUTRAL');
  });
});

describe('R4 challenge', () => {
  it('challenges, privately or in public, when the person has not said no', () => {
    expect(act('challenge', ctx({ harm: 'on' }))).toBe('CHALLENGE');
    expect(act('challenge comfort public', ctx({ harm: 'on' }))).toBe('CHALLENGE');
  });
  it('overrides with a public challenge the person asked you not to make', () => {
    expect(act('challenge jo public', ctx({ harm: 'on', people: { jo: { wants: 'no' } } }))).toBe('OVERRIDE');
  });
  it('does not override when the same challenge is private, or a duty applies', () => {
    expect(act('challenge jo', ctx({ harm: 'on', people: { jo: { wants: 'no' } } }))).toBe('CHALLENGE');
    expect(act('challenge jo public', ctx({ harm: 'on', duty: true, people: { jo: { wants: 'no' } } }))).toBe(
      'CHALLENGE',
    );
  });
});

describe('R5 act on behalf', () => {
  it('overrides a refusal when there is no duty', () => {
    expect(act('act_on_behalf mrs_x', ctx({ people: { mrs_x: { mandate: 'declined' } } }))).toBe('OVERRIDE');
  });
  it('v3: treats wants: no as a refusal (asking a manager to remind all staff about Jo’s pronouns)', () => {
    // Reason (issue 15): Jo asked colleagues not to step in; going to her manager on her behalf was scored as a
    // kindly DOING_FOR before v3. It takes the decision from her: OVERRIDE.
    expect(act('act_on_behalf jo', ctx({ people: { jo: { wants: 'no' } } }))).toBe('OVERRIDE');
    expect(score('act_on_behalf jo', ctx({ people: { jo: { wants: 'no' } } }))).toEqual([-2, -2, 0]);
    // A duty still makes it safeguarding, and a wish to be helped is no refusal.
    expect(act('act_on_behalf jo', ctx({ duty: true, people: { jo: { wants: 'no' } } }))).toBe('SAFEGUARD');
    expect(act('act_on_behalf jo', ctx({ people: { jo: { wants: 'yes' } } }))).toBe('DOING_FOR');
  });
  it('safeguards over a refusal when a duty applies', () => {
    expect(act('act_on_behalf mrs_x', ctx({ duty: true, people: { mrs_x: { mandate: 'declined' } } }))).toBe(
      'SAFEGUARD',
    );
  });
  it('advocates with any mandate, known wishes included', () => {
    for (const mandate of ['asked', 'consented', 'known_wishes'] as const) {
      expect(act('act_on_behalf mrs_x', ctx({ people: { mrs_x: { mandate } } }))).toBe('ADVOCATE');
    }
  });
  it('is doing for without a mandate or duty', () => {
    expect(act('act_on_behalf mrs_x', ctx())).toBe('DOING_FOR');
  });
  it('costs power unless the person is kept informed', () => {
    const duty = ctx({ duty: true });
    expect(score('act_on_behalf kasia', duty)).toEqual([0, -1, 1]);
    expect(score('act_on_behalf kasia informs', duty)).toEqual([0, 0, 1]);
  });
  it('counts informs=unsafe as informing only when telling them is unsafe', () => {
    expect(score('act_on_behalf kasia informs=unsafe', ctx({ duty: true, unsafe: true }))).toEqual([0, 0, 1]);
    expect(score('act_on_behalf kasia informs=unsafe', ctx({ duty: true, unsafe: false }))).toEqual([0, -1, 1]);
  });
});

describe('R6 disclose', () => {
  const room = (consents: Record<string, string[] | null>, extra = {}) =>
    ctx({ people: { desmond: { consents }, ann: { present: true }, bob: { present: true } }, ...extra });

  it('advocates when the person consented to share that item with everyone', () => {
    expect(act('disclose desmond info=partner', room({ partner: null }))).toBe('ADVOCATE');
  });
  it('advocates when the consent names everyone who hears it', () => {
    expect(act('disclose desmond info=partner', room({ partner: ['ann', 'bob'] }))).toBe('ADVOCATE');
    expect(act('disclose desmond info=partner to=ann', room({ partner: ['ann'] }))).toBe('ADVOCATE');
  });
  it('outs the person when someone present is not covered by the consent', () => {
    expect(act('disclose desmond info=partner', room({ partner: ['ann'] }))).toBe('OVERRIDE');
  });
  it('outs the person when the consent is for another item, or no item is named', () => {
    expect(act('disclose desmond info=partner', room({ diagnosis: null }))).toBe('OVERRIDE');
    expect(act('disclose desmond', room({ partner: null }))).toBe('OVERRIDE');
  });
  it('safeguards under a duty, costing power unless informing', () => {
    expect(act('disclose desmond info=bruises', room({}, { duty: true }))).toBe('SAFEGUARD');
    expect(score('disclose desmond info=bruises', room({}, { duty: true }))).toEqual([0, -1, 1]);
    expect(score('disclose desmond info=bruises informs', room({}, { duty: true }))).toEqual([0, 0, 1]);
  });
});

describe('R10 public asks', () => {
  const team = (desmond = {}) => ctx({ people: { desmond: { present: true, ...desmond }, ann: { present: true } } });

  it('outs someone when a public ask names an item they have not consented to share', () => {
    expect(act('ask_consent desmond info=partner public', team())).toBe('OVERRIDE');
  });
  it('is a plain ASK_CONSENT when the same ask is made in private', () => {
    expect(act('ask_consent desmond info=partner', team())).toBe('ASK_CONSENT');
  });
  it('is a plain ASK_CONSENT in public when the item is consented for those present', () => {
    expect(act('ask_consent desmond info=partner public', team({ consents: { partner: ['ann'] } }))).toBe(
      'ASK_CONSENT',
    );
  });
  it('overrides a public invite or sponsorship of someone who does not want it', () => {
    expect(act('invite desmond public', team({ wants: 'no' }))).toBe('OVERRIDE');
    expect(act('sponsor desmond public', team({ wants: 'no' }))).toBe('OVERRIDE');
  });
  it('does not apply without public', () => {
    expect(act('invite desmond', team({ wants: 'no' }))).toBe('INVITE');
    expect(act('sponsor desmond', team({ wants: 'no' }))).toBe('CREDIT');
    expect(act('invite desmond public', team())).toBe('INVITE');
  });
});

describe('R11 adjust', () => {
  it('removes a barrier by making room, whatever else holds', () => {
    expect(act('adjust okafor room', ctx({ people: { okafor: { mandate: 'declined' } } }))).toBe('REMOVE_BARRIER');
  });
  it('is doing for when something is arranged about the person without asking', () => {
    expect(act('adjust okafor', ctx())).toBe('DOING_FOR');
  });
  it('removes a barrier when arranged with a mandate', () => {
    expect(act('adjust okafor', ctx({ people: { okafor: { mandate: 'known_wishes' } } }))).toBe('REMOVE_BARRIER');
  });
  it('overrides a refusal when no duty applies', () => {
    expect(act('adjust okafor', ctx({ people: { okafor: { mandate: 'declined' } } }))).toBe('OVERRIDE');
  });
  it('v3: treats wants: no as a refusal (a record flag for Jo after she asked nobody to step in overrides her)', () => {
    // Reason (issue 15): arranging something about a person who asked colleagues not to intervene takes the
    // decision from them, however kindly it is meant; before v3 this scored as DOING_FOR.
    expect(act('adjust jo', ctx({ people: { jo: { wants: 'no' } } }))).toBe('OVERRIDE');
    expect(act('adjust jo room', ctx({ people: { jo: { wants: 'no' } } }))).toBe('REMOVE_BARRIER');
  });
  it('v3: under a duty a refusal is not an override: "(without duty)" covers both refusals, as in R5', () => {
    expect(act('adjust okafor', ctx({ duty: true, people: { okafor: { mandate: 'declined' } } }))).toBe(
      'REMOVE_BARRIER',
    );
    expect(act('adjust jo', ctx({ duty: true, people: { jo: { wants: 'no' } } }))).toBe('REMOVE_BARRIER');
  });
  it('removes a barrier under a duty, or for someone with substantial difficulty (an independent advocate)', () => {
    expect(act('adjust okafor', ctx({ duty: true }))).toBe('REMOVE_BARRIER');
    expect(act('adjust okafor', ctx({ people: { okafor: { access: 'substantial_difficulty' } } }))).toBe(
      'REMOVE_BARRIER',
    );
  });
});

describe('R12 indirect', () => {
  it('keeps power for delay and distract, and for document/delegate with a mandate', () => {
    expect(score('indirect jo kind=delay', ctx())).toEqual([0, 1, 1]);
    expect(score('indirect jo kind=distract', ctx())).toEqual([0, 1, 1]);
    expect(score('indirect jo kind=document', ctx({ people: { jo: { mandate: 'consented' } } }))).toEqual([0, 1, 1]);
  });
  it('takes P 0 for document or delegate naming a person without their mandate', () => {
    expect(score('indirect jo kind=document', ctx())).toEqual([0, 0, 1]);
    expect(score('indirect jo kind=delegate', ctx())).toEqual([0, 0, 1]);
  });
  it('keeps P +1 for document naming nobody', () => {
    expect(score('indirect kind=document', ctx())).toEqual([0, 1, 1]);
  });
});

describe('acts that need no rule', () => {
  it('resolves the fixed moves', () => {
    expect(act('decide_with mrs_x', ctx())).toBe('DECIDE_WITH');
    expect(act('collude', ctx())).toBe('COLLUDE');
    expect(act('interrupt esther', ctx())).toBe('SPEAK_OVER');
    expect(act('ask_to_educate jo', ctx())).toBe('BURDEN');
    expect(act('repair esther', ctx())).toBe('REPAIR');
  });
  it('adds CENTRE_SELF as its own act when the move carries self_focus', () => {
    expect(resolveMove(mv('challenge kasia self_focus'), ctx())).toEqual([
      { act: 'CHALLENGE', target: 'kasia' },
      { act: 'CENTRE_SELF', target: 'kasia' },
    ]);
  });
  it('resolves a move the grammar never saw to NEUTRAL rather than failing play', () => {
    expect(resolveMove({ move: 'shout', target: null, params: {}, flags: [] }, ctx())).toEqual([
      { act: 'NEUTRAL', target: null },
    ]);
  });
});

describe('rank adjustments to the score table', () => {
  it('adds courage to acts that stand with someone the powerful are ignoring', () => {
    const below = ctx({ rank: 'below', people: { amina: { present: true } } });
    expect(score('credit_repeat amina credited=yes', below)).toEqual([2, 1, 2]);
    expect(score('invite amina', below)).toEqual([2, 2, 1]);
    expect(score('challenge', below)).toEqual([0, 0, 2]);
    expect(score('relay okafor', ctx({ rank: 'below', people: { okafor: { mandate: 'asked' } } }))).toEqual([1, 1, 2]);
    expect(score('silent amina leaves_pause', below)).toEqual([2, 2, 1]);
  });
  it('adds nothing at peer rank, nor to acts outside the list', () => {
    expect(score('invite amina', ctx())).toEqual([2, 2, 0]);
    expect(score('decide_with amina', ctx({ rank: 'below' }))).toEqual([1, 2, 1]);
  });
  it('adds courage to a repair made from above, not from below', () => {
    expect(score('repair esther', ctx({ rank: 'above' }))).toEqual([1, 1, 2]);
    expect(score('repair esther', ctx({ rank: 'below' }))).toEqual([1, 1, 1]);
  });
  it('makes standing by cost −2 courage for the one who holds the most power', () => {
    expect(score('silent', ctx({ harm: 'on', rank: 'above' }))).toEqual([0, 0, -2]);
    expect(score('silent', ctx({ harm: 'on' }))).toEqual([0, 0, -1]);
  });
  it('has a row for every act, each within −2..+2', () => {
    for (const row of Object.values(ACT_SCORES)) {
      for (const n of [row.voice, row.power, row.courage]) expect(Math.abs(n)).toBeLessThanOrEqual(2);
    }
  });
});
