// The shapes every room of the house shares. The engine produces them; ui/, stage/, cli/ and the
// debrief only read them. What the authoring contract declares (acts, moves, tag values, the save) is declared in
// contract/ and only named again here, so the rooms that read these shapes keep one import.
import type { Access, ActName, HarmLevel, Mandate, MoveSpec, PatternName, Rank, Wants } from './contract/index.ts';

export type { ActName, MoveSpec, PatternName, PathStep, SaveEnvelope } from './contract/index.ts';

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

interface Perspective {
  who: string;
  text: string;
}

/** Per cast member, what the scene knows (voice-model.md "Scene context"). */
export interface PersonContext {
  present: boolean;
  access: Access;
  mandate: Mandate;
  wants: Wants;
  /** item -> audience ids, or null for "everyone". */
  consents: Record<string, string[] | null>;
}

export interface ContextSnapshot {
  people: Record<string, PersonContext>;
  harm: HarmLevel;
  duty: boolean;
  unsafe: boolean;
  rank: Rank;
  scene: string | null;
}

/** Scores on the three dimensions (voice-model.md), each −2..+2. Never totalled. */
interface Scores {
  voice: number;
  power: number;
  courage: number;
}

/**
 * One decision as the performance emits it, once the decision's window has closed (its consequence has played:
 * `moment:` and `perspective:` belong to it until the next decision). Never changed after it is emitted.
 */
export interface DecisionMade {
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
  /** Scores after R7 and R8, before the later adjustments R9 and R13. */
  base: Scores;
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
  /** The author's own debrief questions on the option taken (`reflect:` inside its brackets). */
  reflect?: string[];
  /**
   * The facet keys of each person the learner had been shown when this decision was offered (shownFacets.ts): all
   * a question about who someone is may rest on at this decision (debrief.md step 2), so a facet revealed later on
   * the path never keys a question about an earlier choice. Absent in a hand-made log: the log's `shown` stands in.
   */
  shown?: Readonly<Record<string, readonly string[]>>;
  /**
   * How many turns the log held when this decision was offered: the turns from the previous decision's mark to
   * this one are what was said leading up to it (who had had their say before the learner answered).
   */
  turnsBefore?: number;
}

/**
 * A decision in the log (decisionLog.ts): what was made, with its final scores after every rule (R7–R13) at
 * the top level beside `base`. Everything the debrief and the facilitator need about one decision.
 */
export interface DecisionRecord extends DecisionMade, Scores {
  /** The later decision (its index) whose check-in lifted this one's courage (R9), or null. */
  followedUpBy: number | null;
  /** The later decision (its index) whose repair lifted this one's voice and power (R13), or null. */
  repairedBy: number | null;
}

/** What one playthrough leaves behind: the debrief's and the facilitator's only input about what happened. */
export interface DecisionLog {
  /** False for a plain ink story: every choice point is a decision with no acts. */
  scored: boolean;
  decisions: DecisionRecord[];
  turns: Turn[];
  pattern: PatternName | null;
  /** Every `theory:` key met on the way, in order, without repeats. */
  theory: string[];
  /**
   * The facet keys of each person the learner was shown on this path (their card when they first appeared, and
   * every `reveal:` since). Only these key prompts (debrief.md step 2); absent means none were shown.
   */
  shown?: Record<string, string[]>;
}

/** A turn in the airtime picture: who spoke, and to whom. */
export interface Turn {
  who: string;
  to: string | null;
  /** The decision this turn is the learner's choice for, if it is one. */
  decision: number | null;
  /** The scene (its `scene:` name) the line was said in, so a question on one scene reads only its lines. */
  scene?: string | null;
}

export interface Diagnostic {
  file: string;
  /** 1-based; null when the source has no line numbers (compiled JSON). */
  line: number | null;
  severity: 'error' | 'warning';
  message: string;
}
