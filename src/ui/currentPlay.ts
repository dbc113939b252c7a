// Which story is being played right now, for the pieces outside the play screen that need it (saved places,
// save to a file, the storage notice). The play screen sets it when it starts and clears it when it goes.
import type { StoryPerformance } from '../engine/storyPerformance';

export interface CurrentPlay {
  title: string;
  playthrough(): StoryPerformance;
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
export function lastMomentOf(playthrough: StoryPerformance): string | null {
  const decisions = playthrough.log.decisions;
  const last = decisions[decisions.length - 1];
  if (last) return last.moment ?? last.choice.text;
  const path = playthrough.save.path;
  const step = path[path.length - 1];
  return step && 'text' in step ? step.text : null;
}
