// A part of the story that stops with no -> END (a "loose end"). ink says so twice, in its own words: the
// compiler warns "Apparent loose end … Do you need a '-> DONE' statement", and a path that reaches it fails with
// "ran out of content. Do you need a '-> DONE' or '-> END'?". These stories end with END (AUTHORING.md), so an
// author is told once, at the line, in plain words: the compiler's warning where no path was seen to reach it,
// the path's error (with the command that replays it) where one did. Browser-safe.
import type { Diagnostic } from '../engine/types';
import type { CheckDiagnostic } from './checkDiagnostics';

const LOOSE_END = /^Apparent loose end exists where the flow runs out\b/;
/** ink's runtime words, then what check adds: the knot it was in and how to replay the path. */
const RAN_OUT = /^runtime error: ran out of content\. Do you need a '-> DONE' or '-> END'\?(\s*\(in [^)]*\))?(.*)$/s;

const STOPS_TAIL = 'and a learner who gets here is stopped with an error';
const WHAT_TO_DO = 'end it with -> END, or with -> and the name of the knot that comes next';
const MAY_STOP = `the story can stop after this line with no -> END, ${STOPS_TAIL}: ${WHAT_TO_DO}`;

/** The compiler's loose-end warning in the author's words; any other diagnostic as it is. */
export function looseEndInPlainWords<D extends Diagnostic>(d: D): D {
  return LOOSE_END.test(d.message) ? { ...d, message: MAY_STOP } : d;
}

const at = (d: Diagnostic) => `${d.file}:${d.line}`;

/**
 * One report for each loose end: a path that ran out of content says so at the line it stopped, in plain words,
 * keeping the knot and the command that replays it; the compiler's warning at that same line goes.
 */
export function oneReportForEachLooseEnd(diagnostics: readonly CheckDiagnostic[]): CheckDiagnostic[] {
  const reached = new Set(diagnostics.filter((d) => RAN_OUT.test(d.message)).map(at));
  return diagnostics.flatMap((d) => {
    const ranOut = RAN_OUT.exec(d.message);
    if (ranOut) {
      const [, where = '', replay = ''] = ranOut;
      return [
        { ...d, message: `a path stops after this line with no -> END${where}, ${STOPS_TAIL}: ${WHAT_TO_DO}${replay}` },
      ];
    }
    return d.message === MAY_STOP && reached.has(at(d)) ? [] : [d];
  });
}
