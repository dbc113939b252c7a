// The context adjustments voice-model.md writes beside its act table (the table itself is the contract's).
import type { ContextSnapshot, ResolvedAct } from './types';
import { ACT_SCORES, type ActName, type MoveSpec, type Scores } from './contract/index.ts';
import { hasMandate, personIn } from './contextQueries';

export type { Scores } from './contract/index.ts';

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
  const score: Scores = { ...ACT_SCORES[act.act] };
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
