// The longest save a learner's path makes, against SCORM 1.2's limit on what an LMS keeps: over it, a learner could
// not resume; close to it, a warning.
import { encodeSavePath, SAVE_CODE_LIMIT, SAVE_CODE_WARNING } from '../engine/saveCode';
import type { WalkRecord } from './exploreStory';
import { diagnostic, type CheckDiagnostic } from './checkDiagnostics';

// The save an LMS would keep names the story's hash (64 hex digits, computed at build time). A stand-in of the
// same length and mix measures the same; the real hash needs an asynchronous digest the checker does without.
function standInHash(json: string): string {
  let out = '';
  let h = 0x811c9dc5;
  for (let round = 0; out.length < 64; round++) {
    for (let i = round; i < json.length; i += 97) h = Math.imul(h ^ json.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

/** The characters in the longest save code the walks made, and what to say of it. */
export function judgeSaveSize(
  file: string,
  walks: readonly WalkRecord[],
  json: string,
): { largestSave: number; diagnostics: CheckDiagnostic[] } {
  const hash = standInHash(json);
  let largestSave = 0;
  // Compressing every save is slow; the longest few as plain JSON are the candidates for the longest code.
  const bySize = [...walks].sort((a, b) => JSON.stringify(b.save).length - JSON.stringify(a.save).length);
  for (const walk of bySize.slice(0, 3)) {
    largestSave = Math.max(largestSave, encodeSavePath({ ...walk.save, storyHash: hash }).length);
  }
  const diagnostics: CheckDiagnostic[] = [];
  if (largestSave > SAVE_CODE_LIMIT) {
    diagnostics.push(
      diagnostic(
        'save-size',
        file,
        null,
        'error',
        `the longest save is ${largestSave.toLocaleString('en-GB')} characters, over SCORM 1.2's limit of ${SAVE_CODE_LIMIT.toLocaleString('en-GB')}: an LMS cannot keep it, so a learner could not resume; shorten the option texts or the number of choices on the longest path`,
      ),
    );
  } else if (largestSave > SAVE_CODE_WARNING) {
    diagnostics.push(
      diagnostic(
        'save-size',
        file,
        null,
        'warning',
        `the longest save is ${largestSave.toLocaleString('en-GB')} characters, close to SCORM 1.2's limit of ${SAVE_CODE_LIMIT.toLocaleString('en-GB')}`,
      ),
    );
  }
  return { largestSave, diagnostics };
}
