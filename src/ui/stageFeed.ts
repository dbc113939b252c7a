// What the play screen hands the stage: the playthrough's events, except that a decision reaches the stage as the
// learner makes it. The engine's own `story/decision` comes when the decision's window closes (after the lines it
// led to, so that a record never changes), which is too late to turn everyone to the person just invited.
import type { Playthrough } from '../engine/playthrough';
import type { StageDecision, StageSource } from '../stage/stageSource';

export function stageSourceFor(p: Playthrough): StageSource {
  const madeNow = (fn: (decision: StageDecision) => void) =>
    // `save/changed` follows every choice, before the story continues; the log then ends with the open decision.
    p.events.on('save/changed', (save) => {
      const last = p.log.decisions.at(-1);
      if (last && last.pathIndex === save.path.length - 1) fn(last);
    });
  const on = (type: string, fn: (payload: never) => void): (() => void) =>
    type === 'story/decision'
      ? madeNow(fn as (decision: StageDecision) => void)
      : p.events.on(type as 'story/line', fn as (payload: unknown) => void);
  return { cast: p.header.cast, on: on as StageSource['on'] };
}
