// The session's log: what the room did, in order. It keeps every vote (both rounds, and any correction), every
// pick and how it was decided, skips, rewinds, reveals and the room's own moves. It holds no names and nothing
// about any one person: counts are of the room, and free text is what the facilitator typed for the room.
import { quotedChoice } from '../engine/quotedChoice';
import { z } from '../engine/zod';

/** A whole number from 0: an option's index, a count of votes, a room move's id, a page. */
export const Count = z.int().check(z.minimum(0));
/** Position in the main line's path where the decision was on offer (DecisionRecord.pathIndex once taken). */
const Step = Count;
const Time = z.number();

const PickHowSchema = z.enum(['majority', 'tie-break', 'override', 'facilitator', 'room-move']);
export type PickHow = z.infer<typeof PickHowSchema>;

export const SessionEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started'), at: Time }),
  z.object({
    type: z.literal('vote'),
    step: Step,
    round: z.union([z.literal(1), z.literal(2)]),
    options: z.array(z.string()),
    counts: z.array(Count),
    ratherNot: Count,
    at: Time,
  }),
  z.object({ type: z.literal('picked'), step: Step, option: Count, text: z.string(), how: PickHowSchema, at: Time }),
  z.object({ type: z.literal('skipped'), step: Step, to: z.string(), at: Time }),
  z.object({ type: z.literal('explored'), step: Step, option: Count, text: z.string(), at: Time }),
  z.object({
    type: z.literal('room-move'),
    id: Count,
    step: Step,
    text: z.string(),
    /** The authored option it was played as, or null when it was discussed without playing. */
    playedAs: z.nullable(Count),
    /** Shown to the room only when the facilitator chose to. */
    shown: z.boolean(),
    at: Time,
  }),
  z.object({ type: z.literal('revealed'), step: Step, at: Time }),
  /** The discussion card was put on the room's screen at this decision. */
  z.object({ type: z.literal('discussed'), step: Step, at: Time }),
  z.object({ type: z.literal('bands-revealed'), at: Time }),
  z.object({ type: z.literal('ended'), early: z.boolean(), at: Time }),
]);

export type SessionEvent = z.infer<typeof SessionEventSchema>;
export type VoteEvent = Extract<SessionEvent, { type: 'vote' }>;
export type PickedEvent = Extract<SessionEvent, { type: 'picked' }>;
export type RoomMoveEvent = Extract<SessionEvent, { type: 'room-move' }>;

/** The votes taken at one decision: the latest entry of each round counts; earlier ones were corrections. */
export interface VotesAt {
  first: VoteEvent | null;
  second: VoteEvent | null;
  /** Every entry, corrections included, in order. */
  all: VoteEvent[];
}

export function votesAt(log: readonly SessionEvent[], step: number): VotesAt {
  const all = log.filter((e): e is VoteEvent => e.type === 'vote' && e.step === step);
  const last = (round: 1 | 2) => [...all].reverse().find((e) => e.round === round) ?? null;
  return { first: last(1), second: last(2), all };
}

/** The vote that decides: the revote when there was one, else the first vote. */
export function decidingVote(votes: VotesAt): VoteEvent | null {
  return votes.second ?? votes.first;
}

export function pickAt(log: readonly SessionEvent[], step: number): PickedEvent | null {
  return [...log].reverse().find((e): e is PickedEvent => e.type === 'picked' && e.step === step) ?? null;
}

export function roomMovesAt(log: readonly SessionEvent[], step: number): RoomMoveEvent[] {
  return log.filter((e): e is RoomMoveEvent => e.type === 'room-move' && e.step === step);
}

export function exploredAt(log: readonly SessionEvent[], step: number): string[] {
  const texts = log.flatMap((e) => (e.type === 'explored' && e.step === step ? [e.text] : []));
  return [...new Set(texts)];
}

export function nextRoomMoveId(log: readonly SessionEvent[]): number {
  return log.reduce((top, e) => (e.type === 'room-move' ? Math.max(top, e.id + 1) : top), 0);
}

/**
 * How a pick was decided, in words for the debrief and the summary. These go into each participant's CPD account, so
 * they say who chose: never "the room chose" when the facilitator did (over the vote, on a tie or with no vote).
 * Each reads inside one pair of brackets, so none holds brackets of its own.
 */
export const PICK_WORDS: Record<PickHow, string> = {
  // Most votes, not "most of the room": a plurality can be well under half, and in a small room two of three.
  majority: 'the option with the most votes',
  'tie-break': 'a tie; the facilitator chose',
  override: 'the facilitator chose this over the vote',
  facilitator: 'the facilitator chose; no vote here',
  'room-move': 'the closest option to the room’s own move',
};

/** "“Ask Dawn …” (a tie; the facilitator chose)": the option played at a decision and how it was picked. */
function playedAndHow(chosen: string, how: string | null): string {
  return `${quotedChoice(chosen)}${how ? ` (${how})` : ''}`;
}

/**
 * The line each record of the session gives a decision: "Played: “Ask Dawn …” (the option with the most votes)".
 * It leads with what was played, not with who chose it: the words in brackets say that.
 */
export function playedLine(chosen: string, how: string | null): string {
  return `Played: ${playedAndHow(chosen, how)}`;
}

/**
 * Whether the room voted before playing a decision, from the votes the log kept: a CPD record says what happened
 * there, never that the room voted (or voted again) where it did not. How each vote was taken (phones, hands or
 * cards) is not logged, so it is never said.
 */
const VOTED_FIRST = ['', 'after a vote, ', 'after two votes, '] as const;

/**
 * The same for each participant's phone, under the decision's heading: "The desk: after a vote, the room played
 * “Ask Dawn …” (the option with the most votes)". The room played it together, whoever picked it.
 */
export function decisionLine(d: {
  heading: string;
  chosen: string;
  how: string | null;
  /** The rounds voted at this decision: none, the first vote, or the first vote and the revote. */
  votes: readonly unknown[];
}): string {
  return `${d.heading}: ${VOTED_FIRST[Math.min(d.votes.length, 2)]}the room played ${playedAndHow(d.chosen, d.how)}`;
}
