// The learner's place in each story, kept on the device at every choice. A save that cannot be read is set
// aside (never deleted: someone may want it) and the learner is told in plain words.
// A choice's place is written just after the frame with the next words is painted (afterPaint.ts), not before the
// words: writing to storage is the slowest part of keeping it. Leaving or hiding the page writes it at once, and
// anything here that reads the autosaves writes what is waiting first, so the place is never lost or stale.
import { readSave } from '../engine/contract/index.ts';
import type { SaveEnvelope } from '../engine/types';
import type { Emitter } from '../engine/emitter';
import type { PerformanceEvents } from '../engine/storyEvents';
import { deviceStorage, storageKey } from './deviceStorage';
import { autosaveKey } from './autosaveKey';
import { afterPaint } from './afterPaint';
import {
  parseActiveTime,
  pauseActiveTime,
  resumeActiveTime,
  startActiveTime,
  stepActiveTime,
  type ActiveTime,
} from '../engine/debrief/activeTime';

export type AutosaveRead = { save: SaveEnvelope | null; problem: string | null };

/** Places waiting to be written, by story: only the newest of each is kept. */
const waiting = new Map<string, SaveEnvelope>();

function writeWaiting(): void {
  for (const save of waiting.values()) writeAutosave(save);
}

/** Keep this place soon: once the frame showing the next words is painted, or at once if the page goes. */
function writeSoon(save: SaveEnvelope): void {
  const first = waiting.size === 0;
  waiting.set(save.storyId, save);
  if (first) afterPaint(writeWaiting);
}

export function readAutosave(storyId: string): AutosaveRead {
  writeWaiting();
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
  waiting.delete(save.storyId);
  deviceStorage().setItem(autosaveKey(save.storyId), JSON.stringify(save));
}

export function clearAutosave(storyId: string): void {
  waiting.delete(storyId);
  deviceStorage().removeItem(autosaveKey(storyId));
}

/** Stories with an autosave, for the foyer's "continue where you left off". */
export function storiesWithAutosave(): string[] {
  writeWaiting();
  const prefix = autosaveKey('');
  return deviceStorage()
    .keys()
    .filter((k) => k.startsWith(prefix))
    .map((k) => k.slice(prefix.length));
}

/**
 * What is kept when a playthrough's curtain call first opens (endedAt below), beside its place: the path it ended
 * on, when, and the curtain-call part the learner last had open (none in a record kept before parts were).
 */
interface EndedRecord {
  path: string;
  at: number;
  part?: string;
}

function readEnded(storyId: string): EndedRecord | null {
  try {
    const ended = JSON.parse(deviceStorage().getItem(storageKey('ended', storyId)) ?? 'null') as EndedRecord | null;
    return ended && typeof ended.path === 'string' && Number.isFinite(ended.at) ? ended : null;
  } catch {
    return null;
  }
}

/** The ended record of the place kept now, if that place is an ending whose curtain call the learner opened. */
function endedHere(storyId: string): EndedRecord | null {
  writeWaiting();
  const ended = readEnded(storyId);
  try {
    const save = JSON.parse(deviceStorage().getItem(autosaveKey(storyId)) ?? 'null') as { path?: unknown } | null;
    return save && ended && JSON.stringify(save.path) === ended.path ? ended : null;
  } catch {
    return null;
  }
}

/**
 * The kept place is an ending whose curtain call the learner has opened: the foyer offers the way back to that
 * curtain call, not to "continue" a story that is over.
 */
export function atCurtainCall(storyId: string): boolean {
  return endedHere(storyId) !== null;
}

/**
 * The curtain-call part the learner last had open at the kept place (a part's id, debriefInput.ts), so a reload or
 * coming back another day opens it there; null when the place is not at a curtain call or none was kept.
 */
export function curtainCallPart(storyId: string): string | null {
  return endedHere(storyId)?.part ?? null;
}

/** Keep the part now open in this playthrough's curtain call, beside when it ended (only for the same ending). */
export function keepCurtainCallPart(save: SaveEnvelope, part: string): void {
  const ended = readEnded(save.storyId);
  if (!ended || ended.path !== JSON.stringify(save.path) || ended.part === part) return;
  deviceStorage().setItem(storageKey('ended', save.storyId), JSON.stringify({ ...ended, part }));
}

/** When the learner started this playthrough (for the time spent in the reflective account). */
export function markStarted(storyId: string, at = Date.now()): void {
  deviceStorage().setItem(storageKey('started', storyId), String(at));
}

export function startedAt(storyId: string): number | null {
  const value = Number(deviceStorage().getItem(storageKey('started', storyId)));
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** Times counted and not yet written, by story (a step's is written after the paint, like its place). */
const unwritten = new Map<string, ActiveTime>();

/** The time this playthrough has been played (engine/debrief/activeTime.ts), or null if none was kept. */
export function activeTimeOf(storyId: string): ActiveTime | null {
  return unwritten.get(storyId) ?? parseActiveTime(deviceStorage().getItem(storageKey('active', storyId)));
}

function writeActiveTime(storyId: string): void {
  const time = unwritten.get(storyId);
  if (!time) return;
  unwritten.delete(storyId);
  deviceStorage().setItem(storageKey('active', storyId), JSON.stringify(time));
}

/**
 * Counts the time this play screen is played: from nothing on a fresh start, from the time kept on a resume (the
 * time away never counts). Every step and reset counts the gap before it, up to five minutes; hiding the page or
 * leaving the play stops the clock, and showing the page starts it again.
 */
export function countActiveTime(storyId: string, fresh: boolean, now = () => Date.now()) {
  const update = (change: (time: ActiveTime, at: number) => ActiveTime, soon = false) => {
    const at = now();
    const first = !unwritten.has(storyId);
    unwritten.set(storyId, change(activeTimeOf(storyId) ?? startActiveTime(at), at));
    if (!soon) writeActiveTime(storyId);
    else if (first) afterPaint(() => writeActiveTime(storyId));
  };
  update((time, at) => (fresh ? startActiveTime(at) : resumeActiveTime(time, at)));
  const onVisibility = () =>
    update((time, at) =>
      document.visibilityState === 'hidden' ? pauseActiveTime(time, at) : resumeActiveTime(time, at),
    );
  document.addEventListener('visibilitychange', onVisibility);
  return {
    /** A step: written after the paint, so it never holds up the next words. */
    step: () => update(stepActiveTime, true),
    /** A reset (resume, restart, going back): written at once, like its place. */
    reset: () => update(stepActiveTime),
    restart: () => update((_, at) => startActiveTime(at)),
    /** Undoing a restart: the time played before it comes back. */
    restore: (before: ActiveTime | null) => update((_, at) => resumeActiveTime(before, at)),
    stop() {
      document.removeEventListener('visibilitychange', onVisibility);
      update(pauseActiveTime);
    },
  };
}

/**
 * When this playthrough reached its ending: kept the first time the curtain call opens, so that reopening it
 * after a reload does not count the time in between as time spent on the story.
 */
export function endedAt(save: SaveEnvelope, now = Date.now()): number {
  const path = JSON.stringify(save.path);
  // A damaged value, or another ending's: start again from now.
  const stored = readEnded(save.storyId);
  if (stored && stored.path === path) return stored.at;
  const fresh: EndedRecord = { path, at: now };
  deviceStorage().setItem(storageKey('ended', save.storyId), JSON.stringify(fresh));
  return now;
}

/**
 * Autosave listens to the performance's stream: the place after every step, and the place a reset (restart,
 * resume, going back) lands on. A reset's replayed decisions are not steps: only its place is written. A step's
 * place is written soon after the words it leads to are shown; a reset's at once (it is no choice's path).
 */
export function keepAutosaved(events: Pick<Emitter<PerformanceEvents>, 'on'>): () => void {
  const offs = [events.on('save', writeSoon), events.on('reset', (reset) => writeAutosave(reset.save))];
  return () => offs.forEach((off) => off());
}
