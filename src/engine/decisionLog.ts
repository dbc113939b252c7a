// The decision log is a fold over the decisions a performance has made: a pure function from the decisions so far
// to the log. R9 (follow-through) and R13 (repair) live here and nowhere else: a later decision can soften an
// earlier one, never erase it, and it does so by producing a new record for the earlier decision, so a record
// once handed out (to a listener, to the debrief) never changes. Each record keeps its base scores (R7 and R8)
// beside its final ones.
import type { DecisionMade, DecisionRecord } from './types';
import { decisionsRepaired } from './repairRule';

const liftTowardZero = (n: number): number => (n < 0 ? n + 1 : n);

/** People a decision checked in with afterwards (`indirect p kind=delay`); null stands for an unnamed check-in. */
function checkIns(d: DecisionMade): (string | null)[] {
  return d.moves.filter((m) => m.move === 'indirect' && m.params.kind === 'delay').map((m) => m.target);
}

/**
 * R9's match. Spec silent on a BYSTAND towards nobody (`silent` without a person): the harm was to the room, so
 * a later check-in with anyone, or an unnamed one, is its follow-through. A BYSTAND towards p needs a check-in
 * with p.
 */
function followsThrough(bystandTarget: string | null, checkIn: string | null): boolean {
  return bystandTarget === null || bystandTarget === checkIn;
}

/** R9: does `later` follow through on `earlier`'s standing by? */
function followsUp(earlier: DecisionRecord, later: DecisionMade): boolean {
  const people = checkIns(later);
  if (!people.length) return false;
  return earlier.acts.some((a) => a.act === 'BYSTAND' && people.some((c) => followsThrough(a.target, c)));
}

/** A decision as it enters the log: its final scores are its base scores until a later decision lifts them. */
function logged(made: DecisionMade): DecisionRecord {
  return { ...made, ...made.base, followedUpBy: null, repairedBy: null };
}

/**
 * One step of the fold: the log so far and the next decision made give the next log. Earlier records that the
 * new decision lifts are replaced by new records; the others are the same objects as before. Each earlier
 * decision is lifted at most once by each rule however many later decisions qualify (spec: "once per earlier
 * decision" for R13; chosen the same for R9: checking in twice does not undo more of the silence).
 */
export function foldDecision(log: readonly DecisionRecord[], made: DecisionMade): DecisionRecord[] {
  // R13 (v3): an apology answers one harm, the most recent unanswered one towards the person (repairRule.ts).
  const answered = decisionsRepaired(log, (i) => log[i]!.repairedBy !== null, made.moves);
  const next = log.map((earlier, i) => {
    let record = earlier;
    if (record.followedUpBy === null && followsUp(record, made)) {
      record = { ...record, courage: liftTowardZero(record.courage), followedUpBy: made.index };
    }
    if (answered.includes(i)) {
      record = {
        ...record,
        voice: liftTowardZero(record.voice),
        power: liftTowardZero(record.power),
        repairedBy: made.index,
      };
    }
    return record;
  });
  next.push(logged(made));
  return next;
}

/** The log of a performance: every decision made so far, in order, with R9 and R13 applied. */
export function decisionLog(made: readonly DecisionMade[]): DecisionRecord[] {
  return made.reduce<DecisionRecord[]>(foldDecision, []);
}

/** A decision as it enters the log, before any later decision can lift it: what the `decision` event carries. */
export function enteringLog(made: DecisionMade): DecisionRecord {
  return logged(made);
}
