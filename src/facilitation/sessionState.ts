// One workshop session, as kept on the facilitator's device between reloads: the story, the plan (which
// decisions are room votes), the main line's path (a save is a path, never a snapshot), where the room is,
// and the log. Everything the projector shows is derived from this; nothing in it names anyone.
import { z } from '../engine/zod';
import { Count, SessionEventSchema } from './sessionLog';
import { SaveEnvelopeSchema } from '../engine/contract/index.ts';

const SCREENS = ['plan', 'prebrief', 'ground-rules', 'content-notes', 'story', 'debrief', 'ended'] as const;
const ScreenSchema = z.enum(SCREENS);
export type Screen = z.infer<typeof ScreenSchema>;

/** Where the room is at a decision: vote → result → discuss → revote → result, then a pick. */
const DECISION_STEPS = ['vote-1', 'result-1', 'discuss', 'vote-2', 'result-2'] as const;
const DecisionStepSchema = z.enum(DECISION_STEPS);
export type DecisionStep = z.infer<typeof DecisionStepSchema>;

/** A card laid over the room's screen for a moment: how a choice resolved, the ground rules, a room's move. */
const OverlaySchema = z.discriminatedUnion('card', [
  z.object({ card: z.literal('reveal'), step: Count }),
  z.object({ card: z.literal('ground-rules') }),
  z.object({ card: z.literal('room-move'), id: Count }),
]);
export type Overlay = z.infer<typeof OverlaySchema>;

const SessionStateSchema = z.object({
  format: z.literal(1),
  storyId: z.string(),
  storyHash: z.string(),
  /** Decision points (by key) the room votes on; at the others the facilitator picks. */
  votePoints: z.array(z.string()),
  screen: ScreenSchema,
  /** Story: the page of the current passage (pages.length = the options, or the curtain). Debrief: its part. */
  page: Count,
  step: z.nullable(DecisionStepSchema),
  /** The main line: the room's choices and skips. It stays the record; rewinds play on a copy. */
  path: SaveEnvelopeSchema.shape.path,
  /** A rewind being played on a copy: the decision's path position, the option tried and the page shown. */
  exploring: z.nullable(z.object({ step: Count, option: Count, page: Count })),
  /** Path positions of decisions whose acts and perspectives the room has been shown. */
  revealed: z.array(Count),
  bandsRevealed: z.boolean(),
  overlay: z.nullable(OverlaySchema),
  blank: z.boolean(),
  paused: z.boolean(),
  /** A discussion timer the facilitator started; nothing happens when it runs out. */
  timer: z.nullable(z.object({ seconds: z.int().check(z.positive()), endsAt: z.number() })),
  commitments: z.array(z.string()),
  /**
   * How many people the facilitator counted in the room, to catch a double vote (two browsers, a phone and a hand):
   * votes adding up to more are flagged before the room sees them. Absent in sessions saved before it was kept.
   */
  roomSize: z.optional(z.nullable(Count)),
  startedAt: z.nullable(z.number()),
  endedAt: z.nullable(z.number()),
  /** When the facilitator closed the session after the debrief (absent in sessions saved before it was kept). */
  closedAt: z.optional(z.nullable(z.number())),
  theme: z.enum(['dark', 'light']),
  log: z.array(SessionEventSchema),
});

export type SessionState = z.infer<typeof SessionStateSchema>;

export function newSession(storyId: string, storyHash: string, votePoints: string[]): SessionState {
  return {
    format: 1,
    storyId,
    storyHash,
    votePoints,
    screen: 'plan',
    page: 0,
    step: null,
    path: [],
    exploring: null,
    revealed: [],
    bandsRevealed: false,
    overlay: null,
    blank: false,
    paused: false,
    timer: null,
    commitments: [],
    roomSize: null,
    startedAt: null,
    endedAt: null,
    closedAt: null,
    theme: 'dark',
    log: [],
  };
}

/** Read a stored session; null (with the reason) when it cannot be trusted. */
export function readSession(text: string): { ok: true; state: SessionState } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the stored session is not readable' };
  }
  const parsed = SessionStateSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, state: parsed.data }
    : { ok: false, reason: 'the stored session is from another version' };
}
