// What the play screen and its listeners (stage, autosave, the LMS link, saved places, the curtain call) hold: a
// performance of one story that speaks through the one stream (storyEvents.ts) and takes the learner's requests.
// A Playthrough on this thread is one (shipped stories); a performance played in a worker the page can stop is the
// other (story files opened from disk, ui/playInWorker.ts). Whoever holds one never asks which it is: they listen to
// `events`, and what they read here (the place, the story so far, the log) is what the stream has told them.
import type { Emitter } from './emitter';
import type { StoryHeader } from './contract/index.ts';
import type { PerformanceEvents, StorySoFar } from './storyEvents';
import type { DecisionLog, SaveEnvelope } from './types';

export interface StoryPerformance {
  readonly storyId: string;
  readonly header: StoryHeader;
  /** The compiled story (What if copies at the curtain call, the company's bow). */
  readonly storyJson: string;
  readonly events: Emitter<PerformanceEvents>;
  /** Where the performance is and every story event since it (re)started. */
  readonly sofar: StorySoFar;
  readonly save: SaveEnvelope;
  readonly log: DecisionLog;
  /**
   * Requests. Their consequences arrive on `events`, at once (on this thread) or a moment later (from a worker),
   * so nobody reads a return value to learn what happened; `skipScene` answers only whether it was asked (false
   * when there is no later scene, or nothing on offer to skip from).
   */
  choose(index: number): void;
  skipScene(): boolean;
  /** Restart, resume and rewind: replay this save's path in place; one `reset` event says where it ended up. */
  reset(save: SaveEnvelope): unknown;
  /**
   * The screen is done with it: let go of what it holds besides itself (a worker). What it has told (the place,
   * the story so far, the log) stays readable for the curtain call. A performance on this thread has nothing to
   * let go of.
   */
  close?(): void;
  /**
   * Work done ahead while the learner reads, so the next request has less to do (issue 20): given the milliseconds
   * it may still take now, it does some and answers whether more is left. Changes nothing anyone hears. Optional:
   * a performance in a worker has its own thread to spare.
   */
  readAhead?(timeLeft: () => number): boolean;
}
