// What the stage listens to. Typed loosely on purpose: `playthrough.events` and a header's cast fit as they
// are, so the stage needs nothing from the engine but its events and cannot drive the story.

/** A line as far as the stage cares: its raw tags and who speaks it. `StoryLine` fits. */
export interface StageLine {
  tags: readonly string[];
  /** The engine's reading of `speaker:` ("you" is the learner, who is never drawn). */
  speaker: string | null;
  /** Tag-only lines are not shown; they move people but leave the light as it was. */
  hidden?: boolean;
}

export interface StageCastMember {
  id: string;
  name: string;
}

/** The two engine events the stage follows; same shape as `Playthrough.events.on`. */
export interface StageEvents {
  on(type: 'story/line', fn: (line: StageLine) => void): () => void;
  on(type: 'scene/changed', fn: (e: { scene: string | null }) => void): () => void;
}

export interface StageSource extends StageEvents {
  /** The header's cast, in the header's order (which decides each figure's look). */
  cast: readonly StageCastMember[];
}

export interface StageOptions {
  reducedMotion: boolean;
  /**
   * Lines already shown before the stage started (the stage starts after the first line is in the DOM, so it
   * would otherwise miss the opening `enter:`). Replayed without movement before the curtain opens.
   */
  linesSoFar?: readonly StageLine[];
}

export interface StageHandle {
  destroy(): void;
  setReducedMotion(on: boolean): void;
}
