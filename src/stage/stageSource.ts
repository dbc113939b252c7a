// What the stage listens to. Typed loosely on purpose: `playthrough.events` and a header's cast fit as they
// are, so the stage needs nothing from the engine but its events and cannot drive the story.
import type { Facet } from '../engine/contract/index.ts';
import type { ActName } from '../engine/types';

/** A line as far as the stage cares: its raw tags, who speaks it and to whom. `StoryLine` fits. */
export interface StageLine {
  tags: readonly string[];
  /** The words, for pacing: the stage acts a line out for about as long as it takes to read. */
  text?: string;
  /** The engine's reading of `speaker:` (`you` is the learner). */
  speaker: string | null;
  /** The engine's reading of `to:`. */
  to?: string | null;
  /** Tag-only lines are not shown; they move people but leave the light as it was. */
  hidden?: boolean;
}

/** A cast member as the header gives them: the facets decide how they are drawn. */
export interface StageCastMember {
  id: string;
  name: string;
  facets?: readonly Facet[];
}

/** A decision as far as the stage cares: what the learner's choice did, and to whom. `DecisionRecord` fits. */
export interface StageDecision {
  acts: readonly { act: ActName; target: string | null }[];
}

/** The engine events the stage follows; same shape as `Playthrough.events.on`. */
export interface StageEvents {
  on(type: 'story/line', fn: (line: StageLine) => void): () => void;
  on(type: 'story/decision', fn: (decision: StageDecision) => void): () => void;
  on(type: 'story/ended', fn: (ended: unknown) => void): () => void;
}

export interface StageSource extends StageEvents {
  /** The header's cast, in the header's order. */
  cast: readonly StageCastMember[];
}

export interface StageOptions {
  reducedMotion: boolean;
  /**
   * Lines and decisions already played before the stage started (the stage starts after the first words are in
   * the DOM, and may start mid-story on resume). Replayed without movement before the curtain opens.
   */
  sofar?: readonly StageHistoryItem[];
}

export type StageHistoryItem = { line: StageLine } | { decision: StageDecision } | { ended: true };

export interface StageHandle {
  destroy(): void;
  setReducedMotion(on: boolean): void;
}
