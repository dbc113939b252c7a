// What the stage listens to: the performance's one stream (engine/storyEvents.ts) and the header's cast. It
// needs nothing else from the engine and cannot drive the story.
import type { Facet } from '../engine/contract/index.ts';
import type { PerformanceEvents, StoryEvent } from '../engine/storyEvents';

/** A cast member as the header gives them: the facets decide how they are drawn. */
export interface StageCastMember {
  id: string;
  name: string;
  /** How the story names a titled person most (engine/debrief/curtainCallNames.ts), for the label under them. */
  calledAs?: string;
  facets?: readonly Facet[];
}

/** The stream, as `Playthrough.events` offers it. */
export interface StageEvents {
  on<K extends keyof PerformanceEvents>(type: K, fn: (data: PerformanceEvents[K]) => void): () => void;
}

export interface StageSource {
  events: StageEvents;
  /** The header's cast, in the header's order. */
  cast: readonly StageCastMember[];
}

export interface StageOptions {
  reducedMotion: boolean;
  /**
   * The story so far when the stage starts (it starts after the first words are in the DOM, and may start
   * mid-story on resume): drawn without movement before the curtain opens.
   */
  sofar?: readonly StoryEvent[];
}

/** What moves the stage on: a story event, or a reset (restart, resume, rewind) that it jumps to. */
export type StageBeat = StoryEvent | { type: 'reset' };

export interface StageHandle {
  destroy(): void;
  setReducedMotion(on: boolean): void;
}
