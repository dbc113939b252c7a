// ink's runtime errors and warnings, for an author's eyes: inkjs puts where it was into the message itself
// ("RUNTIME WARNING: (Ink Pointer -> hall.0.c-1 -- index 4): Variable not found: 'x'. …"), or, for an error, the
// runner keeps it (StoryRunError.at; a story that ran out of content has no pointer left, so that is the last
// content it ran). This takes the message apart into its words, the knot or stitch, and the compiled place, and
// names the line that caused it when the story's map is known (ink/storyMap.ts, contentPlace). `check`, `play` and
// the author preview report runtime errors and warnings through this one reader. Browser-safe.
import type { Diagnostic } from '../engine/types';
import { contentPlace, knotContaining, type SourcePlaces } from './storyMap';

const INK_POINTER = /^(?:RUNTIME (?:ERROR|WARNING):\s*)?\(Ink Pointer -> ([^\s)]+)(?: -- index (-?\d+))?[^)]*\):\s*/;

/** What the tools know of a story's source: null for a compiled story, which names no lines. */
type SourceMap = SourcePlaces | null;

/** The message's own words, the knot or stitch it happened in, and the compiled path of the content (null when unknown). */
function readRuntimeMessage(
  raw: string,
  where: string | null,
  map: SourceMap,
  at: string | null = null,
): { message: string; where: string | null; at: string | null } {
  const pointer = INK_POINTER.exec(raw);
  const message = raw
    .replace(INK_POINTER, '')
    .replace(/^RUNTIME (?:ERROR|WARNING):\s*/, '')
    .replace(/^Error:\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const index = pointer?.[2] === undefined || Number(pointer[2]) < 0 ? '' : `.${pointer[2]}`;
  const content = at ?? (pointer ? `${pointer[1]}${index}` : null);
  const path = pointer?.[1] ?? content ?? where;
  if (!path) return { message, where: null, at: content };
  // Without a map, the pointer's first part is the knot (a compiled story names no lines).
  const knot = map ? (knotContaining(path, map.knots) ?? where) : (path.split('.')[0] ?? null);
  return { message, where: knot, at: content };
}

/** The file and line a runtime message is about: the content's own line, else its knot's, else just the file. */
function placeOf(
  read: { where: string | null; at: string | null },
  file: string,
  map: SourceMap,
): { file: string; line: number | null } {
  const exact = read.at !== null && map ? contentPlace(read.at, map.content) : null;
  if (exact?.line != null) return exact;
  const knot = map?.knots.find((k) => k.path === read.where);
  return { file: knot?.file ?? file, line: knot?.line ?? null };
}

/** A runtime warning as `FILE:LINE: warning: runtime warning: …` at the line that caused it, or `FILE: warning: …`. */
export function runtimeWarning(raw: string, file: string, map: SourceMap, suffix = ''): Diagnostic {
  const read = readRuntimeMessage(raw, null, map);
  return {
    ...placeOf(read, file, map),
    severity: 'warning',
    message: `runtime warning: ${read.message}${read.where ? ` (in ${read.where})` : ''}${suffix}`,
  };
}

/**
 * A runtime error (a StoryRunError, or a walk's record of one) as `FILE:LINE: error: runtime error: …`, at the line
 * that caused it: ink's pointer, or the last line it ran when it ran out of content.
 */
export function runtimeError(
  error: { message: string; where: string | null; at: string | null },
  file: string,
  map: SourceMap,
  suffix = '',
): Diagnostic {
  const read = readRuntimeMessage(error.message, error.where, map, error.at);
  return {
    ...placeOf(read, file, map),
    severity: 'error',
    message: `runtime error: ${read.message}${read.where ? ` (in ${read.where})` : ''}${suffix}`,
  };
}
