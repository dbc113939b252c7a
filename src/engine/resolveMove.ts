// Moves → acts (voice-model.md R1–R6, R10–R12): the same words are advocacy or speaking over depending on who is
// in the room and what they asked for, so every rule reads the context, never the choice's text.
import type { ContextSnapshot, PersonContext, ResolvedAct } from './types';
import { isMoveName, SELF_FOCUS, type ActName, type MoveName, type MoveSpec } from './contract/index.ts';
import { consentCovers, harmIsOn, hasMandate, othersPresent, personIn } from './contextQueries';

export { scoreAct } from './actScores';

type Rule = (move: MoveSpec, p: PersonContext, ctx: ContextSnapshot) => ActName;

/** R1: a person present and able can say it themselves, so relaying needs more than known wishes. */
const relay: Rule = (move, p) => {
  if (p.mandate === 'declined') return 'OVERRIDE';
  if ((move.params.source ?? 'expressed') !== 'expressed') return 'SPEAK_FOR';
  const couldSayIt = p.present && (p.access === 'able' || p.access === 'able_with_support');
  if (couldSayIt && p.mandate !== 'asked' && p.mandate !== 'consented') return 'SPEAK_FOR';
  return 'ADVOCATE';
};

/** R10: asking in front of others can itself out someone or single them out. */
function publicAsk(act: ActName): Rule {
  return (move, p, ctx) => {
    if (!move.flags.includes('public')) return act;
    if (p.wants === 'no') return 'OVERRIDE';
    const item = move.params.info;
    if (item !== undefined && !consentCovers(p, item, othersPresent(ctx, move.target))) return 'OVERRIDE';
    return act;
  };
}

/** R3: silence is respect, holding space, neutral or standing by, depending on what the person wanted. */
const silent: Rule = (move, p, ctx) => {
  const named = move.target !== null;
  const pause = move.flags.includes('leaves_pause');
  if (named && p.wants === 'no' && !ctx.duty) {
    // p's wish covers acts that single p out, not the duty of whoever holds the most power to act on the cause.
    return ctx.rank === 'above' && harmIsOn(ctx) ? 'BYSTAND' : 'RESPECT_WISH';
  }
  if (ctx.harm === 'exclusion' && named && p.present && pause) return 'HOLD_SPACE';
  if (harmIsOn(ctx)) return 'BYSTAND';
  if (named && p.wants === 'yes') return 'BYSTAND';
  if (pause) return 'HOLD_SPACE';
  return 'NEUTRAL';
};

/** R4: a public challenge against the harmed person's wish takes the decision from them. */
const challenge: Rule = (move, p, ctx) =>
  move.flags.includes('public') && move.target !== null && p.wants === 'no' && !ctx.duty ? 'OVERRIDE' : 'CHALLENGE';

/** R5 and R11 (v3): the person said no to this, by refusing a mandate or by asking nobody to step in. */
const refused = (p: PersonContext): boolean => p.mandate === 'declined' || p.wants === 'no';

/** R5. */
const actOnBehalf: Rule = (_move, p, ctx) => {
  // v3: `wants: no` is a refusal too. Asking a manager to remind all staff about Jo's pronouns, after Jo asked
  // colleagues not to step in, takes the decision from Jo however kindly it is meant.
  if (refused(p) && !ctx.duty) return 'OVERRIDE';
  if (hasMandate(p)) return 'ADVOCATE';
  if (ctx.duty) return 'SAFEGUARD';
  return 'DOING_FOR';
};

/** R6: outing someone is OVERRIDE even when the words are warm. */
const disclose: Rule = (move, p, ctx) => {
  const audience =
    move.params.to !== undefined ? move.params.to.split(',').map((id) => id.trim()) : othersPresent(ctx, move.target);
  if (consentCovers(p, move.params.info, audience)) return 'ADVOCATE';
  if (ctx.duty) return 'SAFEGUARD';
  return 'OVERRIDE';
};

/**
 * R11 (v3), in the order written: a mandate, then a refusal without a duty, then duty or substantial difficulty.
 * v3 reads "(without `duty`)" as covering both refusals, as R5 does: under a duty, arranging what the person
 * refused is the duty's REMOVE_BARRIER, not an override (the spec's text; R5 then scores the duty-driven act).
 */
const adjust: Rule = (move, p, ctx) => {
  if (move.flags.includes('room')) return 'REMOVE_BARRIER';
  if (hasMandate(p)) return 'REMOVE_BARRIER';
  // v3: a refusal (declined, or `wants: no`) is OVERRIDE unless a duty applies.
  if (refused(p) && !ctx.duty) return 'OVERRIDE';
  if (ctx.duty || p.access === 'substantial_difficulty') return 'REMOVE_BARRIER';
  return 'DOING_FOR';
};

const always =
  (act: ActName): Rule =>
  () =>
    act;

/** One rule per move of the contract: a move added there without a rule here does not compile. */
const RULES: Record<MoveName, Rule> = {
  relay,
  credit_repeat: (move) => (move.params.credited === 'yes' ? 'AMPLIFY' : 'TAKE_CREDIT'), // R2
  claim: always('TAKE_CREDIT'),
  sponsor: publicAsk('CREDIT'),
  invite: publicAsk('INVITE'),
  ask_consent: publicAsk('ASK_CONSENT'),
  decide_with: always('DECIDE_WITH'),
  adjust,
  act_on_behalf: actOnBehalf,
  challenge,
  indirect: always('INDIRECT'), // R12's P adjustment is in scoreAct
  silent,
  collude: always('COLLUDE'),
  disclose,
  interrupt: always('SPEAK_OVER'),
  ask_to_educate: always('BURDEN'),
  repair: always('REPAIR'), // R13 is applied later, across decisions
};

/**
 * The act a move makes in this context, plus CENTRE_SELF when it carries `self_focus`. A move the grammar would
 * have rejected (unknown name) resolves to NEUTRAL rather than throwing: the checker reports it, play goes on.
 */
export function resolveMove(move: MoveSpec, ctx: ContextSnapshot): ResolvedAct[] {
  const rule = isMoveName(move.move) ? RULES[move.move] : undefined;
  const act = rule === undefined ? 'NEUTRAL' : rule(move, personIn(ctx, move.target), ctx);
  const acts: ResolvedAct[] = [{ act, target: move.target }];
  if (move.flags.includes(SELF_FOCUS)) {
    acts.push({ act: 'CENTRE_SELF', target: move.target });
  }
  return acts;
}
