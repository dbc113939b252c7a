// The save code: a save's path, as JSON, squeezed with lz-string into text an LMS can keep (SCORM 1.2 gives
// `cmi.suspend_data` 4,096 characters). `check` measures every story's longest save with this same function, so
// the limit it warns about is the limit the LMS adapter meets. A code read back is untrusted input: it is
// validated (by the one save schema) before anything replays it.
// lz-string is CommonJS: its functions hang off the default export in Node's ESM and in Vite alike.
import LZString from 'lz-string';
import { SaveEnvelopeSchema, type SaveEnvelope } from './contract/index.ts';

/** SCORM 1.2's limit for `cmi.suspend_data`. */
export const SAVE_CODE_LIMIT = 4096;
/** Above this, `check` warns: a longer story (or longer option texts) would soon pass the limit. */
export const SAVE_CODE_WARNING = 3500;

/** The save as one line of text: the envelope's own fields only, in a fixed order, compressed. */
export function encodeSavePath(save: SaveEnvelope): string {
  const { format, storyId, storyHash, seed, path } = save;
  const steps = path.map((step) => ('skip' in step ? { skip: step.skip } : { index: step.index, text: step.text }));
  return LZString.compressToBase64(JSON.stringify({ format, storyId, storyHash, seed, path: steps }));
}

/** Reads a save code back; null when it is not one (damaged, truncated, from another program or version). */
export function decodeSavePath(code: string): SaveEnvelope | null {
  if (typeof code !== 'string' || code.length === 0 || code.length > SAVE_CODE_LIMIT * 4) return null;
  let text: string | null;
  try {
    text = LZString.decompressFromBase64(code);
  } catch {
    return null;
  }
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = SaveEnvelopeSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
