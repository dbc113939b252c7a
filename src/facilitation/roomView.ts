// What the room's screen shows, as plain data: the presenter builds it from the session, sends it over the
// BroadcastChannel, and the projector draws exactly this and nothing else. Acts, bands and perspectives are
// only ever put in here after the facilitator reveals them, so the projector cannot show them early.
import { z } from '../engine/zod';

const Count = z.int().check(z.minimum(0));

const Line = z.object({ speaker: z.nullable(z.string()), you: z.boolean(), text: z.string() });
const Card = z.object({ title: z.string(), paragraphs: z.array(z.string()), items: z.array(z.string()) });
/** One bar of a chart. `share` (0..1) sets its length; null draws a short stub that shows no proportion. */
const Bar = z.object({
  label: z.string(),
  shown: z.string(),
  share: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
});
const VoteRow = z.object({
  label: z.string(),
  bars: z.array(Bar),
  ratherNot: z.nullable(z.string()),
  /** The vote's shape in words ("The room spread across four options, …"): never more than the bars say. */
  shape: z.optional(z.nullable(z.string())),
});

/** Where phones join the room server: the QR code shows the same address. */
const Phones = z.object({ joinAddress: z.string(), code: z.string() });

const RoomViewBodySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('waiting'),
    title: z.string(),
    text: z.string(),
    /** With phone votes on, while people arrive: they join before the first vote, not during it. */
    phones: z.optional(Phones),
  }),
  z.object({ kind: z.literal('blank') }),
  z.object({ kind: z.literal('card'), card: Card, tone: z.enum(['info', 'pause']) }),
  z.object({
    kind: z.literal('story'),
    banner: z.nullable(z.string()),
    chosen: z.nullable(z.string()),
    lines: z.array(Line),
    page: z.int(),
    pages: z.int(),
  }),
  z.object({
    kind: z.literal('options'),
    banner: z.nullable(z.string()),
    options: z.array(z.string()),
    vote: z.boolean(),
  }),
  z.object({
    kind: z.literal('vote'),
    round: z.union([z.literal(1), z.literal(2)]),
    options: z.array(z.string()),
    /** When phones vote through the room server: where they go (the QR code shows the same address). */
    phones: z.optional(Phones),
  }),
  z.object({
    kind: z.literal('result'),
    round: z.union([z.literal(1), z.literal(2)]),
    options: z.array(z.string()),
    row: VoteRow,
    /** On the revote: the first vote, drawn beside it so the room sees how it moved. */
    before: z.optional(z.nullable(VoteRow)),
  }),
  z.object({ kind: z.literal('discuss'), prompts: z.array(z.string()) }),
  z.object({
    kind: z.literal('reveal'),
    chosen: z.string(),
    moment: z.nullable(z.string()),
    acts: z.array(z.string()),
    perspectives: z.array(z.object({ heading: z.string(), text: z.string() })),
  }),
  z.object({ kind: z.literal('room-move'), text: z.string() }),
  z.object({ kind: z.literal('curtain'), text: z.string() }),
  z.object({
    kind: z.literal('debrief-what'),
    part: z.int(),
    parts: z.int(),
    decisions: z.array(
      z.object({
        heading: z.string(),
        chosen: z.string(),
        how: z.string(),
        votes: z.array(VoteRow),
        /** null until revealed. */
        acts: z.nullable(z.array(z.string())),
        roomMoves: z.array(z.string()),
        explored: z.array(z.string()),
      }),
    ),
  }),
  z.object({
    kind: z.literal('debrief-airtime'),
    spoke: z.array(Bar),
    spokenTo: z.array(Bar),
    notes: z.array(z.string()),
  }),
  z.object({
    kind: z.literal('debrief-so-what'),
    prompts: z.array(z.string()),
    /** null until revealed. */
    bands: z.nullable(z.array(z.object({ question: z.string(), text: z.string() }))),
  }),
  z.object({ kind: z.literal('debrief-now-what'), commitments: z.array(z.string()), questions: z.array(z.string()) }),
]);

export const RoomViewSchema = z.object({
  /** Counts up with every change, so a reloaded projector and a test can tell which view is newest. */
  seq: Count,
  theme: z.enum(['dark', 'light']),
  storyTitle: z.string(),
  timer: z.nullable(z.object({ seconds: z.number(), endsAt: z.number() })),
  body: RoomViewBodySchema,
});

export type RoomView = z.infer<typeof RoomViewSchema>;
export type RoomViewBody = z.infer<typeof RoomViewBodySchema>;
export type RoomBar = z.infer<typeof Bar>;
export type RoomVoteRow = z.infer<typeof VoteRow>;
