// A save is a path, not a snapshot (architecture.md): which options were taken and which scenes skipped. One
// schema and one set of limits for every place a save is kept or read back (device storage, a saved file, the
// LMS's save code, a workshop session): anything read back is untrusted input, validated here before it
// reaches the runner.
import { z } from '../zod.ts';

const SAVE_FORMAT = 1;

/** The limits a save must keep, wherever it comes from. */
const SAVE_LIMITS = {
  /** The most options a choice point can offer (an option's 0-based index is below this). */
  options: 1000,
  /** Characters of an option's text kept to notice when the story has changed since. */
  optionText: 2000,
  /** Characters of a knot or stitch path a skip names. */
  knotPath: 200,
  /** Steps in one path. */
  steps: 5000,
  storyId: 100,
  storyHash: 128,
} as const;

/** A knot or stitch path (`market.stall`), as `next_scene:` and ink name them. */
const KNOT_PATH = /^[A-Za-z_][\w.]*$/;

const PathStepSchema = z.union([
  z.strictObject({
    index: z.int().check(z.minimum(0), z.maximum(SAVE_LIMITS.options - 1)),
    text: z.string().check(z.maxLength(SAVE_LIMITS.optionText)),
  }),
  z.strictObject({ skip: z.string().check(z.regex(KNOT_PATH), z.maxLength(SAVE_LIMITS.knotPath)) }),
]);

export const SaveEnvelopeSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  storyId: z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]*$/), z.maxLength(SAVE_LIMITS.storyId)),
  storyHash: z.string().check(z.maxLength(SAVE_LIMITS.storyHash)),
  seed: z.int(),
  path: z.array(PathStepSchema).check(z.maxLength(SAVE_LIMITS.steps)),
});

/** One step of a save's path: an option taken, or a scene skipped. */
export type PathStep = z.infer<typeof PathStepSchema>;
export type SaveEnvelope = z.infer<typeof SaveEnvelopeSchema>;

export type SaveReadResult =
  { ok: true; save: SaveEnvelope } | { ok: false; reason: 'unreadable' | 'wrong-format' | 'invalid'; message: string };

/** Read a save from text (storage or a file), saying plainly what is wrong with it if it cannot be used. */
export function readSave(text: string): SaveReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'unreadable', message: 'the saved place is not readable, and may have been damaged' };
  }
  if (data && typeof data === 'object' && 'format' in data && (data as { format: unknown }).format !== SAVE_FORMAT) {
    return {
      ok: false,
      reason: 'wrong-format',
      message: `the saved place was made by a different version of the game (format ${String((data as { format: unknown }).format)})`,
    };
  }
  const parsed = SaveEnvelopeSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, reason: 'invalid', message: 'the saved place does not have the shape the game expects' };
  }
  return { ok: true, save: parsed.data };
}
