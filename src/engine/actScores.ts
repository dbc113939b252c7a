// The per-act score table of voice-model.md, and the context adjustments written beside it.
import type { ActName, ContextSnapshot, MoveSpec, ResolvedAct } from './types';
import { hasMandate, personIn } from './contextQueries';

export interface Scores {
  voice: number;
  power: number;
  courage: number;
}

const s = (voice: number, power: number, courage: number): Scores => ({ voice, power, courage });

/** Base VOICE / POWER / COURAGE of each act before context adjustments. */
export const ACT_SCORES: Readonly<Record<ActName, Readonly<Scores>>> = {
  AMPLIFY: s(2, 1, 1),
  INVITE: s(2, 2, 0),
  HOLD_SPACE: s(2, 2, 0),
  CREDIT: s(2, 1, 1),
  ASK_CONSENT: s(1, 2, 0),
  DECIDE_WITH: s(1, 2, 1),
  REMOVE_BARRIER: s(2, 2, 1),
  ADVOCATE: s(1, 1, 1),
  CHALLENGE: s(0, 0, 1),
  INDIRECT: s(0, 1, 1),
  RESPECT_WISH: s(1, 2, 0),
  SAFEGUARD: s(0, 0, 1),
  REPAIR: s(1, 1, 1),
  NEUTRAL: s(0, 0, 0),
  DOING_FOR: s(0, -1, 0),
  SPEAK_FOR: s(-1, -1, 0),
  SPEAK_OVER: s(-2, -1, 0),
  TAKE_CREDIT: s(-2, -1, 0),
  BURDEN: s(0, -1, 0),
  BYSTAND: s(0, 0, -1),
  COLLUDE: s(-1, -1, -2),
  OVERRIDE: s(-2, -2, 0),
  // Not combined like the others: resolveChoice applies it as a cap (V at most −1, C at most 0).
  CENTRE_SELF: s(-1, 0, 0),
};

/** Acts that take courage to do upward: the person the powerful are ignoring, or the powerful themselves. */
const BRAVER_BELOW: readonly ActName[] = ['AMPLIFY', 'INVITE', 'HOLD_SPACE', 'ADVOCATE', 'CHALLENGE'];

export function clampScore(n: number): number {
  return Math.max(-2, Math.min(2, n));
}

/** Did a safeguarding action keep the person informed? `informs=unsafe` counts only when telling them is unsafe. */
function informs(move: MoveSpec, ctx: ContextSnapshot): boolean {
  return move.flags.includes('informs') || (move.params.informs === 'unsafe' && ctx.unsafe);
}

/** The scores of one resolved act of `move`, with the table's context adjustments, each within −2..+2. */
export function scoreAct(act: ResolvedAct, move: MoveSpec, ctx: ContextSnapshot): Scores {
  const score = { ...ACT_SCORES[act.act] };
  if (ctx.rank === 'below' && BRAVER_BELOW.includes(act.act)) {
    score.courage += 1;
  }
  if (act.act === 'REPAIR' && ctx.rank === 'above') {
    // taking criticism from someone with less power
    score.courage += 1;
  }
  if (act.act === 'BYSTAND' && ctx.rank === 'above') {
    score.courage = -2;
  }
  if (act.act === 'SAFEGUARD' && !informs(move, ctx)) {
    score.power = -1;
  }
  if (
    act.act === 'INDIRECT' &&
    move.target !== null &&
    (move.params.kind === 'document' || move.params.kind === 'delegate') &&
    !hasMandate(personIn(ctx, move.target))
  ) {
    // R12: the 5Ds — ask the person what they want done with the record before handing it on.
    score.power = 0;
  }
  return { voice: clampScore(score.voice), power: clampScore(score.power), courage: clampScore(score.courage) };
}
