// Three named places a learner can save to and come back to, beside the automatic save at every choice. Each
// slot keeps the path (a save is a path, not a snapshot), the story's title, when, and the last moment reached.
// What is read back is validated like any untrusted input; a slot that cannot be read is shown as such and
// left alone (never silently deleted).
import { z } from '../engine/zod';
import { SaveEnvelopeSchema } from '../engine/contract/index.ts';
import type { SaveEnvelope } from '../engine/types';
import { deviceStorage, storageKey } from './deviceStorage';

export const SLOT_NUMBERS = [1, 2, 3] as const;
export type SlotNumber = (typeof SLOT_NUMBERS)[number];

const slotSchema = z.object({
  save: SaveEnvelopeSchema,
  title: z.string().check(z.maxLength(500)),
  savedAt: z.string().check(z.maxLength(64)),
  moment: z.nullable(z.string().check(z.maxLength(2000))),
});

export type SlotRecord = z.infer<typeof slotSchema> & { save: SaveEnvelope };
export type SlotState = { kind: 'empty' } | { kind: 'saved'; record: SlotRecord } | { kind: 'unreadable' };

const slotKey = (n: SlotNumber) => storageKey('save', 'slot', String(n));

export function readSlot(n: SlotNumber): SlotState {
  const text = deviceStorage().getItem(slotKey(n));
  if (text === null) return { kind: 'empty' };
  try {
    const parsed = slotSchema.safeParse(JSON.parse(text));
    return parsed.success ? { kind: 'saved', record: parsed.data as SlotRecord } : { kind: 'unreadable' };
  } catch {
    return { kind: 'unreadable' };
  }
}

export function writeSlot(n: SlotNumber, record: SlotRecord): void {
  deviceStorage().setItem(slotKey(n), JSON.stringify(record));
}

export function deleteSlot(n: SlotNumber): void {
  deviceStorage().removeItem(slotKey(n));
}

/** The places saved in the slots for one story, by its id. */
export function slotsFor(storyId: string): SlotRecord[] {
  return SLOT_NUMBERS.map(readSlot).flatMap((slot) =>
    slot.kind === 'saved' && slot.record.save.storyId === storyId ? [slot.record] : [],
  );
}

/**
 * The story's title as a saved place keeps it: how to name a story removed from this theatre, whose id is all the
 * playbill no longer knows. Null when no slot holds a place in it.
 */
export function savedTitle(storyId: string): string | null {
  return slotsFor(storyId)[0]?.title ?? null;
}

/** "3 May 2025 at 14:05", in the learner's own time zone. */
export function formatSavedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'an unknown date';
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${day} at ${time}`;
}
