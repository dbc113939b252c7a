// Where an arrow was meant to go. ink says "Divert target not found: '-> latre'" and stops there; an author
// wants the name they meant. Read from the source (a story with this error does not compile, so there is no
// compiled story to ask), and answered with the one "did you mean" the tag checks use (engine/didYouMean.ts).
// Browser-safe.
import { closest } from '../engine/didYouMean';
import type { Diagnostic } from '../engine/types';

interface Place {
  name: string;
  /** The knot a stitch is in; null for a knot. */
  knot: string | null;
}

const KNOT = /^\s*={2,}\s*(?:function\s+)?(\w+)/;
const STITCH = /^\s*=\s*(\w+)\s*(?:\/\/.*)?$/;

/** Every knot and stitch written in `text`, and the knot each line of it is in. */
function placesIn(text: string): { places: Place[]; knotAt: (string | null)[] } {
  const places: Place[] = [];
  const knotAt: (string | null)[] = [];
  let knot: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    const k = KNOT.exec(line);
    if (k) {
      knot = k[1]!;
      places.push({ name: knot, knot: null });
    }
    const st = STITCH.exec(line);
    if (st && knot) places.push({ name: st[1]!, knot });
    knotAt.push(knot);
  }
  return { places, knotAt };
}

const TARGET_NOT_FOUND = /^Divert target not found: '-> ([\w.]+)'$/;

/**
 * "Divert target not found: '-> slot'" with what was meant: a stitch of another knot named without its knot
 * (from outside its knot, an arrow names the knot too: -> booking.slot), or a name one slip away ("did you
 * mean"). The plain fix (plainFixes.ts) reads the addition to say what to write.
 */
export function withDivertHint(d: Diagnostic, files: Record<string, string>, displayPrefix: string): Diagnostic {
  const m = TARGET_NOT_FOUND.exec(d.message);
  if (!m) return d;
  const target = m[1]!;
  const read = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, placesIn(text)]));
  const all = Object.values(read).flatMap((r) => r.places);
  const stitch = all.find((p) => p.knot !== null && p.name === target);
  if (stitch) return { ...d, message: `${d.message} (a stitch of knot “${stitch.knot}” is called “${stitch.name}”)` };
  // From inside a knot its own stitches are named alone; from anywhere, a knot, or a stitch as knot.stitch.
  const file = d.file.startsWith(displayPrefix) ? d.file.slice(displayPrefix.length) : d.file;
  const here = d.line === null ? null : (read[file]?.knotAt[d.line - 1] ?? null);
  const names = [
    ...all.map((p) => (p.knot === null ? p.name : `${p.knot}.${p.name}`)),
    ...all.filter((p) => p.knot !== null && p.knot === here).map((p) => p.name),
    'END',
  ];
  const meant = closest(target, names, 2);
  return meant ? { ...d, message: `${d.message} (did you mean "${meant}"?)` } : d;
}
