// The knots, stitches and choices no walk reached: a knot never reached hides everything in it, so its choices are
// not listed again. When walking ran out of time nothing is said: what was not reached may simply not have been tried.
import type { Exploration } from './exploreStory';
import { diagnostic, type CheckDiagnostic } from './checkDiagnostics';
import type { StoryMap } from './storyMap';

/** `played` says how much was played: "on any of the 4 paths", "in 12 walks". */
export function judgeUnreached(map: StoryMap, exploration: Exploration, played: string): CheckDiagnostic[] {
  if (exploration.outOfTime) return [];
  const { walks, visited } = exploration;
  const offered = new Set<string>();
  const taken = new Set<string>();
  for (const walk of walks) {
    for (const step of walk.steps) {
      step.offered.forEach((p) => offered.add(p));
      const chosenPath = step.offered[step.chosen];
      if (chosenPath) taken.add(chosenPath);
    }
  }
  const out: CheckDiagnostic[] = [];
  for (const knot of map.knots) {
    if (knot.isFunction || visited.has(knot.path)) continue;
    const parentReached = !knot.path.includes('.') || visited.has(knot.path.split('.')[0]);
    if (!parentReached) continue;
    out.push(
      diagnostic(
        'unreached-knot',
        knot.file,
        knot.line,
        'warning',
        `${knot.path.includes('.') ? 'stitch' : 'knot'} ${knot.path} is never reached ${played}`,
      ),
    );
  }
  for (const choice of map.choices.values()) {
    if (choice.invisible || taken.has(choice.path) || !choice.knot || !visited.has(choice.knot)) continue;
    const what = offered.has(choice.path)
      ? `is offered but never taken ${played}`
      : `is never offered ${played} (is its condition ever true?)`;
    out.push(diagnostic('unreached-choice', choice.file, choice.line, 'warning', `this choice ${what}`));
  }
  return out;
}
