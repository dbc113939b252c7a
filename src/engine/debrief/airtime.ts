// Whose voice filled the scene, and who was talked past (debrief.md, "So what"). Spoken, written, signed or
// aided turns all count the same: the log only knows that a person took a turn.
import type { ActName, DecisionRecord, MoveSpec } from '../types';
import { displayName, type CastMember, type DecisionLog } from './debriefSources';

export interface Airtime {
  spoke: { who: string; name: string; turns: number }[];
  spokenTo: { who: string; name: string; times: number }[];
  /** Times the learner spoke for, over or about a person, or took their credit: whose floor the learner took. */
  spokenFor: { who: string; name: string; times: number }[];
}

/**
 * Acts where the learner's turn is addressed to the person the move names: handing them the floor, asking
 * them, deciding with them, coming back to them. So handing someone the floor shows in "who was spoken to".
 */
const ADDRESSES: readonly ActName[] = ['INVITE', 'ASK_CONSENT', 'DECIDE_WITH', 'REPAIR'];
/** Acts where the learner's turn took the person's floor: it shows in "who was spoken for or over". */
const TAKES_THE_FLOOR: readonly ActName[] = ['SPEAK_FOR', 'SPEAK_OVER', 'TAKE_CREDIT', 'OVERRIDE'];

/** Whom the learner's turn for this decision was addressed to, from what it did (a line's own `to:` wins). */
function addressedBy(decision: DecisionRecord): string[] {
  return [...new Set(decision.acts.filter((a) => ADDRESSES.includes(a.act) && a.target).map((a) => a.target!))];
}

/**
 * Staying silent is a choice, but not a turn (debrief.md: "each decision the learner took counts as one `you` turn
 * unless it resolved from `silent`"): a choice resolved from silence when every move on it is `silent`. One that
 * also asks, tells, adjusts or checks in later (`ask_consent abena` beside `silent` at the door) is a turn, and
 * addresses whom its acts address. Declared here once; the playthrough's turns (playthrough.ts) follow it.
 */
export function resolvedFromSilence(moves: readonly MoveSpec[]): boolean {
  return moves.length > 0 && moves.every((move) => move.move === 'silent');
}

export function airtime(log: DecisionLog, cast: readonly CastMember[]): Airtime {
  const byIndex = new Map(log.decisions.map((decision) => [decision.index, decision]));
  const turns = new Map<string, number>();
  const spokenTo = new Map<string, number>();
  const spokenFor = new Map<string, number>();
  const bump = (counts: Map<string, number>, who: string) => counts.set(who, (counts.get(who) ?? 0) + 1);

  const decisionsWithTurns = new Set<number>();
  for (const turn of log.turns) {
    if (turn.decision !== null) {
      decisionsWithTurns.add(turn.decision);
      const decision = byIndex.get(turn.decision);
      if (decision && resolvedFromSilence(decision.moves)) continue;
    }
    bump(turns, turn.who);
    if (turn.to !== null) bump(spokenTo, turn.to);
    else if (turn.decision !== null) {
      const decision = byIndex.get(turn.decision);
      if (decision) for (const who of addressedBy(decision)) bump(spokenTo, who);
    }
  }
  // A decision the runner did not record as a turn still counts once for the learner, so the picture does not
  // depend on whether the runner logs choices as turns.
  for (const decision of log.decisions) {
    if (!decisionsWithTurns.has(decision.index) && !resolvedFromSilence(decision.moves)) {
      bump(turns, 'you');
      for (const who of addressedBy(decision)) bump(spokenTo, who);
    }
    const tookFloor = new Set(
      decision.acts.filter((a) => TAKES_THE_FLOOR.includes(a.act) && a.target).map((a) => a.target!),
    );
    for (const who of tookFloor) bump(spokenFor, who);
  }

  // Everyone in the cast appears, even with nothing: a person who never spoke, or was never spoken to, is
  // exactly what this picture is for. The learner comes first, then the cast in the order the story gives it.
  const order = ['you', ...cast.map((member) => member.id)];
  for (const who of [...turns.keys(), ...spokenTo.keys(), ...spokenFor.keys()])
    if (!order.includes(who)) order.push(who);
  return {
    spoke: order.map((who) => ({ who, name: displayName(who, cast), turns: turns.get(who) ?? 0 })),
    spokenTo: order.map((who) => ({ who, name: displayName(who, cast), times: spokenTo.get(who) ?? 0 })),
    spokenFor: order
      .filter((who) => who !== 'you')
      .map((who) => ({ who, name: displayName(who, cast), times: spokenFor.get(who) ?? 0 })),
  };
}

/** Short plain sentences that say what the picture shows, for people who do not read charts. */
export function airtimeNotes(picture: Airtime): string[] {
  const notes: string[] = [];
  const most = picture.spoke.reduce((top, row) => (row.turns > top.turns ? row : top), picture.spoke[0]!);
  if (most && most.turns > 0) {
    notes.push(most.who === 'you' ? 'You took the most turns.' : `${most.name} took the most turns.`);
  }
  for (const row of picture.spoke) {
    if (row.who !== 'you' && row.turns === 0) notes.push(`${row.name} did not take a turn.`);
  }
  const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
  for (const row of picture.spokenFor) {
    if (row.times > 0) notes.push(`You spoke for or over ${row.name} ${times(row.times)}.`);
  }
  // Only a story that marks who lines are said to (`to:`) can show who was talked past.
  if (picture.spokenTo.some((row) => row.times > 0)) {
    for (const row of picture.spokenTo) {
      if (row.who !== 'you' && row.times === 0) notes.push(`Nobody spoke directly to ${row.name}.`);
    }
  }
  return notes;
}
