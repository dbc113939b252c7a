// The learner's place in each story, kept on the device at every choice. A save that cannot be read is set
// aside (never deleted: someone may want it) and the learner is told in plain words.
import { readSave } from '../engine/contract/index.ts';
import type { SaveEnvelope } from '../engine/types';
import type { Emitter } from '../engine/emitter';
import type { PerformanceEvents } from '../engine/storyEvents';
import { deviceStorage, storageKey } from './deviceStorage';
import { autosaveKey } from './autosaveKey';

export type AutosaveRead = { save: SaveEnvelope | null; problem: string | null };

export function readAutosave(storyId: string): AutosaveRead {
  const store = deviceStorage();
  const text = store.getItem(autosaveKey(storyId));
  if (text === null) return { save: null, problem: null };
  const result = readSave(text);
  if (result.ok && result.save.storyId === storyId) return { save: result.save, problem: null };
  // Only once the copy is really kept is the original moved out of the way (full or refusing storage: it stays).
  if (store.setItem(storageKey('save', 'set-aside', storyId, String(Date.now())), text))
    store.removeItem(autosaveKey(storyId));
  const why = result.ok ? 'it belongs to a different story' : result.message;
  return {
    save: null,
    problem: `Your saved place could not be used (${why}), so the story starts from the beginning. The old save has been kept aside.`,
  };
}

export function writeAutosave(save: SaveEnvelope): void {
  deviceStorage().setItem(autosaveKey(save.storyId), JSON.stringify(save));
}

export function clearAutosave(storyId: string): void {
  deviceStorage().removeItem(autosaveKey(storyId));
}

/** Stories with an autosave, for the foyer's "continue where you left off". */
export function storiesWithAutosave(): string[] {
  const prefix = autosaveKey('');
  return deviceStorage()
    .keys()
    .filter((k) => k.startsWith(prefix))
    .map((k) => k.slice(prefix.length));
}

/** When the learner started this playthrough (for the time spent in the reflective account). */
export function markStarted(storyId: string, at = Date.now()): void {
  deviceStorage().setItem(storageKey('started', storyId), String(at));
}

export function startedAt(storyId: string): number | null {
  const value = Number(deviceStorage().getItem(storageKey('started', storyId)));
  return Number.isFinite(value) && value > 0 ? value : null;
}

/**
 * When this playthrough reached its ending: kept the first time the curtain call opens, so that reopening it
 * after a reload does not count the time in between as time spent on the story.
 */
export function endedAt(save: SaveEnvelope, now = Date.now()): number {
  const key = storageKey('ended', save.storyId);
  const path = JSON.stringify(save.path);
  try {
    const stored = JSON.parse(deviceStorage().getItem(key) ?? 'null') as { path: string; at: number } | null;
    if (stored && stored.path === path && Number.isFinite(stored.at)) return stored.at;
  } catch {
    /* a damaged value: start again from now */
  }
  deviceStorage().setItem(key, JSON.stringify({ path, at: now }));
  return now;
}

/**
 * Autosave listens to the performance's stream: the place after every step, and the place a reset (restart,
 * resume, going back) lands on. A reset's replayed decisions are not steps: only its place is written.
 */
export function keepAutosaved(events: Pick<Emitter<PerformanceEvents>, 'on'>): () => void {
  const offs = [events.on('save', writeAutosave), events.on('reset', (reset) => writeAutosave(reset.save))];
  return () => offs.forEach((off) => off());
}
