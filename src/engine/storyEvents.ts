// The one stream a performance speaks through (architecture.md v3, "One performance, one stream"). The play
// screen, the stage, autosave, the LMS link and the facilitator listen to it and to nothing else; each payload is
// frozen before it is emitted, so what one listener holds no other can change, and the engine never changes it.
//
// The six story events the spec names, in the order one passage produces them:
//   for each line: its `cue`s (in tag order), the `line`, then any `note`s it carries for the decision just made
//   (`moment:`, `perspective:`); then, when the story stops for the learner, the `note`s that belong to the
//   decision on offer (`discuss:`, `note:`) followed by `choices`; or `ended` when the story ends or stops.
//   A choice that is a decision emits `decision` first, as the learner makes it (the stage turns people at once,
//   the LMS sends it), before anything of its consequence.
//
// Two more signals, chosen where the spec is silent, because listeners that subscribe once need them:
//   `save`: the place changed (every choice and skipped scene, before the story continues). The place is not a
//   story event, but autosave and the LMS keep it, and reading it off the performance would be reaching in.
//   `reset`: restart, resume and rewind reset the performance in place. Nothing is emitted while the path is
//   replayed; afterwards one `reset` carries the whole story so far as events. The screen and the stage rebuild
//   from it; autosave and the LMS keep its place and never hear its decisions as new ones.
//   `warning`: ink's runtime warning while it told a passage (a variable read before it was set), as ink worded
//   it, for authors (`play` prints it as FILE:LINE: warning:). Said as the passage comes; not part of the story,
//   so a reset's history does not carry it.
import type { HarmLevel } from './contract/index.ts';
import type { StoryRunError } from './storyRunner';
import type { DecisionRecord, SaveEnvelope, StoryLine } from './types';

/** A stage direction, read once by the engine from the contract's tags. */
export type StageCue =
  /** A new scene: everyone leaves, the light goes back to even. */
  | { kind: 'scene'; name: string }
  | { kind: 'enter'; id: string }
  | { kind: 'exit'; id: string }
  /** `speaker:` (a speaker is present from then on); `you` is the learner. */
  | { kind: 'speaker'; id: string }
  | { kind: 'prop'; id: string; item: string }
  /** `harm:` of the scene, which the stage lights by (`exclusion`: someone here is being talked past). */
  | { kind: 'harm'; harm: HarmLevel }
  /** A scene-context tag names the person (engine/talkedPast.ts weighedBy): the scene weighs their matters. */
  | { kind: 'weighs'; id: string }
  /** Told once, as the story starts: one of the Audience (engine/storyAudience.ts), whose voice the choices are about. */
  | { kind: 'audience'; id: string };

/** The options on offer, with what a screen needs to show them. */
export interface ChoicesOffered {
  options: readonly { index: number; text: string }[];
  /** A decision (logged, voted on, carded), or a pacing choice ("Continue"). */
  decision: boolean;
  /** "Skip this scene" leads somewhere from here. */
  canSkip: boolean;
}

/**
 * Words that belong to one decision, not to the story's text: before it, the discussion card (`discuss:`) and
 * the facilitator's note (`note:`); after it, its `moment:` and each `perspective:` on it. The decision log folds
 * the after-notes into its record; the emitted `decision` never changes.
 */
export type DecisionNote =
  | { kind: 'discuss' | 'facilitator'; decision: number; text: string }
  | { kind: 'moment'; decision: number; text: string }
  | { kind: 'perspective'; decision: number; who: string; text: string };

/** The story has ended, or stopped with an error an author (or the learner's error panel) can act on. */
export interface StoryEnded {
  error: StoryRunError | null;
}

export interface StoryEvents {
  line: StoryLine;
  cue: StageCue;
  choices: ChoicesOffered;
  decision: DecisionRecord;
  note: DecisionNote;
  ended: StoryEnded;
}

/** One story event as kept in order (a reset's history, the stage's catch-up). */
export type StoryEvent = { [K in keyof StoryEvents]: { type: K; data: StoryEvents[K] } }[keyof StoryEvents];

/** The story so far: where the performance is, and every story event since it (re)started. */
export interface StorySoFar {
  save: SaveEnvelope;
  events: readonly StoryEvent[];
}

/** After a reset: the story so far, and where replay stopped when the story had changed since the save. */
export interface StoryReset extends StorySoFar {
  mismatch: { step: number; expected: string } | null;
}

export interface PerformanceEvents extends StoryEvents {
  save: SaveEnvelope;
  reset: StoryReset;
  warning: string;
}

/** Every event type, for the test that each one has a listener in the app. */
export const PERFORMANCE_EVENT_TYPES = [
  'line',
  'cue',
  'choices',
  'decision',
  'note',
  'ended',
  'save',
  'reset',
  'warning',
] as const satisfies readonly (keyof PerformanceEvents)[];

/** Freeze a payload all the way down (plain objects and arrays; an Error is frozen as it is). */
export function frozen<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) frozen(inner);
  return value;
}
