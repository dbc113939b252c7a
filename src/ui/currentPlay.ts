// Which story is being played right now, for the pieces outside the play screen that need it (saved places,
// save to a file, the storage notice). The play screen sets it when it starts and clears it when it goes. They get
// the learner's place, as the screen keeps it from the performance's stream, never the performance itself.
import type { DecisionRecord, SaveEnvelope } from '../engine/types';

export interface CurrentPlay {
  title: string;
  /** Where the learner is now, and the moment to label it with. */
  place(): { save: SaveEnvelope; moment: string | null };
}

let current: CurrentPlay | null = null;
const listeners = new Set<(p: CurrentPlay | null) => void>();

export function setCurrentPlay(play: CurrentPlay | null): void {
  current = play;
  for (const fn of listeners) fn(play);
}

export function currentPlay(): CurrentPlay | null {
  return current;
}

export function onCurrentPlayChange(fn: (p: CurrentPlay | null) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** The label of the last moment reached: the `moment:` tag of the last decision, else what was chosen. */
export function lastMomentOf(decisions: readonly DecisionRecord[], save: SaveEnvelope): string | null {
  const last = decisions[decisions.length - 1];
  if (last) return last.moment ?? last.choice.text;
  const path = save.path;
  const step = path[path.length - 1];
  return step && 'text' in step ? step.text : null;
}
