// The acts of voice-model.md: what a move comes to in its context, each with its base scores on the three
// scales. Everything that lists acts (the voice model, the checker's summary, the prompt library, the LMS
// statements) takes them from here, in this order: the order of the act table.

export interface Scores {
  voice: number;
  power: number;
  courage: number;
}

const s = (voice: number, power: number, courage: number): Scores => ({ voice, power, courage });

/** Base VOICE / POWER / COURAGE of each act, before the context adjustments of actScores.ts. */
export const ACT_SCORES = {
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
} as const satisfies Record<string, Readonly<Scores>>;

export type ActName = keyof typeof ACT_SCORES;

/** Every act, in the order of the act table. */
export const ACT_NAMES = Object.keys(ACT_SCORES) as [ActName, ...ActName[]];

/** The contract's order of harm for `last_act`: the most harmful act of a choice is what the story reacts to. */
export const HARM_ORDER: readonly ActName[] = [
  'OVERRIDE',
  'SPEAK_OVER',
  'TAKE_CREDIT',
  'COLLUDE',
  'SPEAK_FOR',
  'BURDEN',
  'DOING_FOR',
  'BYSTAND',
];

/** The patterns of a whole playthrough (voice-model.md "Pattern"). */
export const PATTERN_NAMES = [
  'Performer',
  'Rescuer',
  'Bystander',
  'With, but quiet',
  'With',
  'Finding the way',
] as const;

export type PatternName = (typeof PATTERN_NAMES)[number];
