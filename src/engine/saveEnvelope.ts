// A save is a path, not a snapshot: which options were taken and which scenes skipped. Anything read back from
// storage or a file is untrusted input, so it is validated here before it reaches the runner.
import { z } from 'zod';
import type { SaveEnvelope } from './types';

export const SAVE_FORMAT = 1;

const pathStepSchema = z.union([
  z.object({ index: z.number().int().min(0).max(99), text: z.string().max(2000) }).strict(),
  z.object({ skip: z.string().regex(/^[A-Za-z_][\w.]*$/).max(200) }).strict(),
]);

export const saveEnvelopeSchema = z
  .object({
    format: z.literal(SAVE_FORMAT),
    storyId: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/).max(100),
    storyHash: z.string().max(128),
    seed: z.number().int(),
    path: z.array(pathStepSchema).max(5000),
  })
  .strict();

export type SaveReadResult =
  | { ok: true; save: SaveEnvelope }
  | { ok: false; reason: 'unreadable' | 'wrong-format' | 'invalid'; message: string };

/** Read a save from text (storage or a file), saying plainly what is wrong with it if it cannot be used. */
export function readSave(text: string): SaveReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'unreadable', message: 'the saved place is not readable (it may have been damaged)' };
  }
  if (data && typeof data === 'object' && 'format' in data && (data as { format: unknown }).format !== SAVE_FORMAT) {
    return {
      ok: false,
      reason: 'wrong-format',
      message: `the saved place was made by a different version of the game (format ${String((data as { format: unknown }).format)})`,
    };
  }
  const parsed = saveEnvelopeSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, reason: 'invalid', message: 'the saved place does not have the shape the game expects' };
  }
  return { ok: true, save: parsed.data as SaveEnvelope };
}
