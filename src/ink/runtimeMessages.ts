// ink's runtime errors and warnings, for an author's eyes: inkjs puts where it was into the message itself
// ("RUNTIME WARNING: (Ink Pointer -> hall.0.c-1 -- index 4): Variable not found: 'x'. …"); this takes that apart
// into the message and the knot or stitch, and names the knot's file and line when the story's map is known.
// `check`, `play` and the author preview report runtime warnings through this one reader. Browser-safe.
import type { Diagnostic } from '../engine/types';
import { knotContaining, type StoryMap } from './storyMap';

const INK_POINTER = /^(?:RUNTIME (?:ERROR|WARNING):\s*)?\(Ink Pointer -> ([^\s)]+)[^)]*\):\s*/;

/** The message's own words, and the knot or stitch it happened in (null when unknown). */
export function readRuntimeMessage(
  raw: string,
  where: string | null,
  map: Pick<StoryMap, 'knots'> | null,
): { message: string; where: string | null } {
  const pointer = INK_POINTER.exec(raw);
  const message = raw
    .replace(INK_POINTER, '')
    .replace(/^RUNTIME (?:ERROR|WARNING):\s*/, '')
    .replace(/^Error:\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const path = pointer?.[1] ?? where;
  if (!path) return { message, where: null };
  // Without a map, the pointer's first part is the knot (a compiled story names no lines).
  return { message, where: map ? (knotContaining(path, map.knots) ?? where) : (path.split('.')[0] ?? null) };
}

/** A runtime warning as `FILE:LINE: warning: runtime warning: …` (the knot's line), or `FILE: warning: …`. */
export function runtimeWarning(
  raw: string,
  file: string,
  map: Pick<StoryMap, 'knots'> | null,
  suffix = '',
): Diagnostic {
  const { message, where } = readRuntimeMessage(raw, null, map);
  const knot = map?.knots.find((k) => k.path === where);
  return {
    file: knot?.file ?? file,
    line: knot?.line ?? null,
    severity: 'warning',
    message: `runtime warning: ${message}${where ? ` (in ${where})` : ''}${suffix}`,
  };
}

/**
 * ink names only the knot a "->->" with nowhere to return to is in; the line that has it is the author's to find.
 * The first ->-> from the knot's line to the next knot (null when the message is another, or none is written).
 */
export function tunnelReturnLine(message: string, source: string | null, knotLine: number | null): number | null {
  if (!/Found tunnel onwards statement/.test(message) || source === null || knotLine === null) return null;
  const lines = source.split(/\r?\n/);
  for (let i = knotLine; i < lines.length; i++) {
    const line = lines[i]!.replace(/\/\/.*$/, '');
    if (/^\s*={2,}/.test(line)) break;
    if (line.includes('->->')) return i + 1;
  }
  return null;
}
