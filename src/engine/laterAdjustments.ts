// R9 (follow-through) and R13 (repair): a later choice can soften an earlier one, never erase it — both lift a
// negative score towards 0 and never above. Applied from the stored base scores each time, so replaying a save
// or adding a decision and re-running gives the same result (idempotent).
import type { ActName, DecisionRecord } from './types';
import { HARM_ORDER } from './contract/index.ts';

/** Acts R13 can repair: the contract's harm list, and CENTRE_SELF (making someone's moment about yourself). */
const REPAIRABLE: readonly ActName[] = [...HARM_ORDER, 'CENTRE_SELF'];

const liftTowardZero = (n: number): number => (n < 0 ? n + 1 : n);

/** People a decision checked in with afterwards (`indirect p kind=delay`); null stands for an unnamed check-in. */
function checkIns(d: DecisionRecord): (string | null)[] {
  return d.moves.filter((m) => m.move === 'indirect' && m.params.kind === 'delay').map((m) => m.target);
}

/** People a decision repaired with; a repair that carries self_focus repairs nothing. */
function repairs(d: DecisionRecord): string[] {
  return d.moves
    .filter((m) => m.move === 'repair' && m.target !== null && !m.flags.includes('self_focus'))
    .map((m) => m.target as string);
}

/**
 * R9's match. Spec silent on a BYSTAND towards nobody (`silent` without a person): the harm was to the room, so
 * a later check-in with anyone, or an unnamed one, is its follow-through. A BYSTAND towards p needs a check-in
 * with p.
 */
function followsThrough(bystandTarget: string | null, checkIn: string | null): boolean {
  return bystandTarget === null || bystandTarget === checkIn;
}

/**
 * Recomputes every decision's final voice/power/courage from `base`, then applies R9 and R13. Each earlier
 * decision is lifted at most once by each rule however many later decisions qualify (spec: "once per earlier
 * decision" for R13; chosen the same for R9 — checking in twice does not undo more of the silence).
 */
export function applyLaterAdjustments(decisions: DecisionRecord[]): void {
  for (const d of decisions) {
    d.voice = d.base.voice;
    d.power = d.base.power;
    d.courage = d.base.courage;
  }
  decisions.forEach((earlier, i) => {
    const later = decisions.slice(i + 1);
    const bystandTargets = earlier.acts.filter((a) => a.act === 'BYSTAND').map((a) => a.target);
    const followedUp = bystandTargets.some((t) => later.some((d) => checkIns(d).some((c) => followsThrough(t, c))));
    if (followedUp) {
      earlier.courage = liftTowardZero(earlier.courage);
    }
    const harmed = earlier.acts.filter((a) => REPAIRABLE.includes(a.act) && a.target !== null).map((a) => a.target);
    const repaired = harmed.some((p) => later.some((d) => repairs(d).includes(p as string)));
    if (repaired) {
      earlier.voice = liftTowardZero(earlier.voice);
      earlier.power = liftTowardZero(earlier.power);
    }
  });
}
