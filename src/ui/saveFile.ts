// A saved place as a file the learner keeps: for a browser that cannot keep anything, another computer, or
// safe keeping. A file that comes back is untrusted input: read through the same checks as any save, and
// refused in plain words when it cannot be used.
import { readSave } from '../engine/contract/index.ts';
import type { SaveEnvelope } from '../engine/types';
import { findEntry } from './storySource';

/** Files bigger than this are not saves (a save with 5,000 steps of long option text is well under it). */
const MAX_BYTES = 2_000_000;

function saveFileName(save: SaveEnvelope, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  return `allyship-save-${save.storyId}-${day}.json`;
}

/** Offer the save as a .json download. */
export function downloadSave(save: SaveEnvelope): void {
  const blob = new Blob([JSON.stringify(save, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = saveFileName(save);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the address is let go.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export type SaveFileRead = { ok: true; save: SaveEnvelope; title: string } | { ok: false; message: string };

/** Check a save file's text: readable, the right format, and for a story this theatre has. */
function checkSaveText(text: string, fileName: string): SaveFileRead {
  const result = readSave(text);
  if (!result.ok) return { ok: false, message: `The file “${fileName}” could not be used: ${result.message}.` };
  const entry = findEntry(result.save.storyId);
  if (!entry) {
    return {
      ok: false,
      message: `The file “${fileName}” is a saved place in a story called “${result.save.storyId}”, which is not in this theatre. Nothing has been changed.`,
    };
  }
  return { ok: true, save: result.save, title: entry.title };
}

export async function readSaveFile(file: File): Promise<SaveFileRead> {
  if (file.size > MAX_BYTES)
    return { ok: false, message: `The file “${file.name}” is too big to be a saved place. Nothing has been changed.` };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: `The file “${file.name}” could not be read. Nothing has been changed.` };
  }
  return checkSaveText(text, file.name);
}
