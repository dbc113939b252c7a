// The shapes every room of the house shares. The engine produces them; ui/, stage/, cli/ and the
// debrief only read them. Tag value types (moves, facets, header) are inferred from the zod schemas in
// tagGrammar.ts; the plain shapes that carry them through a playthrough live here.

/** One line of story text as the runner produced it. */
export interface StoryLine {
  /** The text without its trailing newline. Empty for a tag-only line. */
  text: string;
  /** Raw tags as ink gave them ("speaker: dawn"), global tags stripped from the first line. */
  tags: string[];
  /** Tag-only lines are kept for their tags but never shown. */
  hidden: boolean;
  /** `speaker:` of this line, if any ("you" is the learner). */
  speaker: string | null;
  /** `to:` of this line, if any. */
  to: string | null;
}

export interface StoryChoice {
  /** 0-based index among the choices on offer (what ink's ChooseChoiceIndex takes). */
  index: number;
  text: string;
  /** Raw choice tags (inside the brackets). */
  tags: string[];
}

/** One step of a save's path: an option taken, or a scene skipped. */
export type PathStep = { index: number; text: string } | { skip: string };

/** A save is a path, not a snapshot (architecture.md). */
export interface SaveEnvelope {
  format: 1;
  storyId: string;
  storyHash: string;
  seed: number;
  path: PathStep[];
}

export type ActName =
  | 'AMPLIFY'
  | 'INVITE'
  | 'HOLD_SPACE'
  | 'CREDIT'
  | 'ASK_CONSENT'
  | 'DECIDE_WITH'
  | 'REMOVE_BARRIER'
  | 'ADVOCATE'
  | 'CHALLENGE'
  | 'INDIRECT'
  | 'RESPECT_WISH'
  | 'SAFEGUARD'
  | 'REPAIR'
  | 'NEUTRAL'
  | 'DOING_FOR'
  | 'SPEAK_FOR'
  | 'SPEAK_OVER'
  | 'TAKE_CREDIT'
  | 'BURDEN'
  | 'BYSTAND'
  | 'COLLUDE'
  | 'OVERRIDE'
  | 'CENTRE_SELF';

export type PatternName = 'Performer' | 'Rescuer' | 'Bystander' | 'With, but quiet' | 'With' | 'Finding the way';

/** A move as authored on a choice, parsed: `move: relay okafor source=inferred self_focus`. */
export interface MoveSpec {
  move: string;
  target: string | null;
  params: Record<string, string>;
  flags: string[];
}

export interface ResolvedAct {
  act: ActName;
  target: string | null;
}

/** An option as it was on offer at a decision. */
export interface OptionOffered {
  /** 0-based index among the choices on offer. */
  index: number;
  text: string;
  moves: MoveSpec[];
  contested: boolean;
}

/** An option resolved in the context of its decision: what it did, or would have done, there. */
export interface OptionOutcome extends OptionOffered {
  acts: ResolvedAct[];
  voice: number;
  power: number;
  courage: number;
}

export interface Perspective {
  who: string;
  text: string;
}

/** Per cast member, what the scene knows (voice-model.md "Scene context"). */
export interface PersonContext {
  present: boolean;
  access: 'able' | 'able_with_support' | 'substantial_difficulty';
  mandate: 'asked' | 'consented' | 'known_wishes' | 'none' | 'declined';
  wants: 'yes' | 'no' | 'unknown';
  /** item -> audience ids, or null for "everyone". */
  consents: Record<string, string[] | null>;
}

export interface ContextSnapshot {
  people: Record<string, PersonContext>;
  harm: 'off' | 'on' | 'exclusion';
  duty: boolean;
  unsafe: boolean;
  rank: 'below' | 'peer' | 'above';
  scene: string | null;
}

/** Everything the debrief and the facilitator need about one decision. */
export interface DecisionRecord {
  /** 0-based ordinal among decisions. */
  index: number;
  /** Position of this choice in the save's path (for rewinds). */
  pathIndex: number;
  choice: { index: number; text: string };
  /**
   * Every option that was on offer, with its moves and what it would have resolved to in this same context
   * (for What if, votes, contested display, `play --json` and option craft).
   */
  options: OptionOutcome[];
  moves: MoveSpec[];
  acts: ResolvedAct[];
  /** Scores after R7 and R8, before the later adjustments R9 and R13 (kept so those can be re-applied). */
  base: { voice: number; power: number; courage: number };
  /** Final scores after every rule (R7–R13). Never totalled. */
  voice: number;
  power: number;
  courage: number;
  /** The act given to ink as last_act ("" when none). */
  lastAct: string;
  selfFocus: boolean;
  context: ContextSnapshot;
  moment: string | null;
  perspectives: Perspective[];
  discuss: string[];
  notes: string[];
  theory: string[];
  contested: boolean;
}

/** A turn in the airtime picture: who spoke, and to whom. */
export interface Turn {
  who: string;
  to: string | null;
  /** The decision this turn is the learner's choice for, if it is one. */
  decision: number | null;
}

export interface Diagnostic {
  file: string;
  /** 1-based; null when the source has no line numbers (compiled JSON). */
  line: number | null;
  severity: 'error' | 'warning';
  message: string;
}
