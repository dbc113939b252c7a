// What went wrong on a path as it played: an error that stops the story, a warning ink gave, a walk that never
// reaches an end (a loop with no way out), and walking that took longer than check's time budget. Each names the
// shortest walk that met it, so the author can replay it.
import type { Exploration, WalkRecord } from './exploreStory';
import { diagnostic, type CheckDiagnostic } from './checkDiagnostics';
import { seeIt, type Replay } from './replayPath';
import { runtimeError, runtimeWarning } from './runtimeMessages';
import type { StoryMap } from './storyMap';

export function judgeBrokenPaths(
  file: string,
  map: StoryMap,
  exploration: Exploration,
  replay: Replay,
): CheckDiagnostic[] {
  const errors = new Map<string, WalkRecord>();
  /** Each runtime warning ink gave, with the shortest walk that met it. */
  const warnings = new Map<string, WalkRecord>();
  let tooLong: WalkRecord | null = null;
  for (const walk of exploration.walks) {
    if (walk.outcome === 'error' && walk.error) {
      const key = `${walk.error.message}@${walk.error.where}@${walk.error.at}`;
      const before = errors.get(key);
      if (!before || before.steps.length > walk.steps.length) errors.set(key, walk);
    }
    for (const warning of walk.warnings) {
      const before = warnings.get(warning);
      if (!before || before.steps.length > walk.steps.length) warnings.set(warning, walk);
    }
    if (walk.outcome === 'too-long' && (!tooLong || tooLong.steps.length > walk.steps.length)) tooLong = walk;
  }

  const out: CheckDiagnostic[] = [];
  for (const [, walk] of errors) {
    out.push({
      ...runtimeError(walk.error!, file, map, `; to see it: ${seeIt(walk, file, replay)}`),
      code: 'runtime',
    });
  }
  for (const [raw, walk] of warnings) {
    out.push({
      ...runtimeWarning(raw, file, map, `; to see it: ${seeIt(walk, file, replay)}`),
      code: 'runtime-warning',
    });
  }
  if (exploration.outOfTime) {
    const slowest = exploration.walks[exploration.walks.length - 1];
    out.push(
      diagnostic(
        'too-slow',
        file,
        null,
        'error',
        `playing the story's paths took more than ${(exploration.timeBudgetMs / 1000).toLocaleString('en-GB')} seconds, so check stopped after ${exploration.walks.length} ${exploration.walks.length === 1 ? 'walk' : 'walks'}: some passage is very slow (a long loop or a deep function), and the author preview would stop it too; to find it: ${seeIt(slowest, file, replay)}`,
      ),
    );
  }
  if (tooLong) {
    out.push(
      diagnostic(
        'too-long',
        file,
        null,
        'warning',
        `a walk made ${tooLong.steps.length} choices without reaching an end: is there a loop with no way out? (to see it: ${seeIt(tooLong, file, replay)})`,
      ),
    );
  }
  return out;
}
