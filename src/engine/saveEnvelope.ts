// A save is a path, not a snapshot: which options were taken and which scenes skipped. Anything read back from
// storage or a file is untrusted input, so it is validated here before it reaches the runner.
import { z } from './zod';
import type { SaveEnvelope } from './types';

export const SAVE_FORMAT = 1;

const pathStepSchema = z.union([
  z.strictObject({ index: z.int().check(z.minimum(0), z.maximum(99)), text: z.string().check(z.maxLength(2000)) }),
  z.strictObject({ skip: z.string().check(z.regex(/^[A-Za-z_][\w.]*$/), z.maxLength(200)) }),
]);

export const saveEnvelopeSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  storyId: z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]*$/), z.maxLength(100)),
  storyHash: z.string().check(z.maxLength(128)),
  seed: z.int(),
  path: z.array(pathStepSchema).check(z.maxLength(5000)),
});

export type SaveReadResult =
  { ok: true; save: SaveEnvelope } | { ok: false; reason: 'unreadable' | 'wrong-format' | 'invalid'; message: string };

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
