// The stage acts a passage out at reading pace. A passage's lines arrive all at once; shown all at once, the
// stage would skip to its last line (the learner's invitation, and the answer it brought, would never be seen).
// So each state waits until the line before it has had time to be read. Under reduced motion, and when the learner
// moves on (a decision), the stage goes straight to the latest state.
import type { StageBeat } from './stageSource';
import type { StageState } from './stageState';

/**
 * About how long a line takes to read: 40 ms a character, between 0.7 and 3 s; nothing for a tag-only line. A
 * decision holds for a moment, so the person the learner turned to is seen in their light before anyone speaks.
 */
export function readingTime(item: StageBeat): number {
  if (item.type === 'decision') return 800;
  if (item.type !== 'line' || item.data.hidden) return 0;
  const length = item.data.text.length;
  return Math.min(3000, Math.max(700, length * 40));
}

export type Schedule = (run: () => void, ms: number) => () => void;

export class Beats {
  private readonly queue: { state: StageState; item: StageBeat }[] = [];
  private cancel: (() => void) | null = null;

  constructor(
    /** Draw a state; `skipping` is true when earlier states were passed over (draw it without movement). */
    private readonly show: (state: StageState, skipping: boolean) => void,
    private readonly schedule: Schedule,
    private readonly immediate: () => boolean,
  ) {}

  push(state: StageState, item: StageBeat): void {
    if (item.type === 'decision' || item.type === 'ended' || item.type === 'reset' || this.immediate()) {
      // The learner has moved on: no more acting out what they have already read.
      const skipping = this.queue.length > 0;
      this.stop();
      this.play(state, item, skipping);
      return;
    }
    this.queue.push({ state, item });
    if (this.cancel === null) this.next();
  }

  /** Stop waiting (the stage is going away). */
  stop(): void {
    this.queue.length = 0;
    this.cancel?.();
    this.cancel = null;
  }

  private next(): void {
    const beat = this.queue.shift();
    if (!beat) return;
    this.play(beat.state, beat.item, false);
  }

  private play(state: StageState, item: StageBeat, skipping: boolean): void {
    this.show(state, skipping);
    const wait = readingTime(item);
    if (wait === 0) {
      this.cancel = null;
      this.next();
      return;
    }
    this.cancel = this.schedule(() => {
      this.cancel = null;
      this.next();
    }, wait);
  }
}
