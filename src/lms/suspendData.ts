// What the LMS keeps in `cmi.suspend_data`: the learner's place in each story of the package (a save's path,
// compressed by saveCode) and which stories' curtain calls are finished. Never an answer, a note or any other
// text the learner wrote. The text read back is untrusted: anything that does not fit the shape is dropped.
import { z } from '../engine/zod';
import { decodeSavePath, encodeSavePath } from '../engine/saveCode';
import type { SaveEnvelope } from '../engine/types';

export interface KeptRecord {
  /** Stories whose curtain call reached its Record panel (the package's completion rule counts these). */
  done: string[];
  /** The learner's place in each story played, one save per story. */
  places: SaveEnvelope[];
}

export const emptyRecord = (): KeptRecord => ({ done: [], places: [] });

const storyId = z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]*$/), z.maxLength(100));
const keptSchema = z.object({
  v: z.literal(1),
  done: z.array(storyId).check(z.maxLength(100)),
  at: z.array(z.string().check(z.maxLength(64000))).check(z.maxLength(100)),
});

/** The same path with the option texts left out: replay then goes by index, trusting the story's hash. */
export function withoutTexts(save: SaveEnvelope): SaveEnvelope {
  return { ...save, path: save.path.map((step) => ('skip' in step ? step : { index: step.index, text: '' })) };
}

const serialise = (done: string[], places: SaveEnvelope[]) =>
  JSON.stringify({ v: 1, done, at: places.map(encodeSavePath) });

/**
 * The record as suspend data no longer than `limit`. The option texts are there so that a changed story can be
 * replayed to the last point that still matches; when they do not fit, they are dropped from the other stories
 * first, then from `current` too. Null when even that is too long (the LMS then keeps the previous place).
 */
export function writeSuspendData(record: KeptRecord, limit: number, current?: string): string | null {
  const attempts: SaveEnvelope[][] = [
    record.places,
    record.places.map((s) => (s.storyId === current ? s : withoutTexts(s))),
    record.places.map(withoutTexts),
  ];
  for (const places of attempts) {
    const text = serialise(record.done, places);
    if (text.length <= limit) return text;
  }
  return null;
}

export function readSuspendData(text: string): KeptRecord {
  return readKeptRecord(text).record;
}

/**
 * The record read back, and whether anything in it had to be dropped: text that is not the game's (edited by
 * hand, damaged in transit) starts afresh, and `damaged` lets the game tell the learner so.
 */
export function readKeptRecord(text: string): { record: KeptRecord; damaged: boolean } {
  if (!text) return { record: emptyRecord(), damaged: false };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { record: emptyRecord(), damaged: true };
  }
  const parsed = keptSchema.safeParse(data);
  if (!parsed.success) return { record: emptyRecord(), damaged: true };
  const places: SaveEnvelope[] = [];
  let damaged = false;
  for (const code of parsed.data.at) {
    const save = decodeSavePath(code);
    if (!save) damaged = true;
    else if (!places.some((p) => p.storyId === save.storyId)) places.push(save);
  }
  return { record: { done: [...new Set(parsed.data.done)], places }, damaged };
}

/** The record with `save` as its story's place (replacing any older one). */
export function withPlace(record: KeptRecord, save: SaveEnvelope): KeptRecord {
  return { ...record, places: [...record.places.filter((p) => p.storyId !== save.storyId), save] };
}

export function withDone(record: KeptRecord, id: string): KeptRecord {
  return record.done.includes(id) ? record : { ...record, done: [...record.done, id] };
}
