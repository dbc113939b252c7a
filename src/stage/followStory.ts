// The stage's ears: the engine's events turned into stage actions and folded into one state. No Phaser, so the
// whole path from a story's tags to "who is left out" runs in Node tests.
import { lineActions } from './stageCues';
import type { StageEvents, StageHistoryItem } from './stageSource';
import { EMPTY_STAGE, stageReducer, type StageAction, type StageState } from './stageState';

function actionsOf(item: StageHistoryItem): StageAction[] {
  if ('line' in item) return lineActions(item.line);
  if ('decision' in item) return [{ kind: 'decision', acts: item.decision.acts }];
  return [{ kind: 'ended' }];
}

export function foldStage(items: readonly StageHistoryItem[], from: StageState = EMPTY_STAGE): StageState {
  return items.flatMap(actionsOf).reduce(stageReducer, from);
}

/** Follow the story: `onChange` gets each new state. Returns the unsubscribe. */
export function followStory(
  events: StageEvents,
  onChange: (state: StageState, item: StageHistoryItem) => void,
  from: StageState = EMPTY_STAGE,
): { state: () => StageState; stop: () => void } {
  let state = from;
  const take = (item: StageHistoryItem) => {
    state = foldStage([item], state);
    onChange(state, item);
  };
  const offs = [
    events.on('story/line', (line) => take({ line })),
    events.on('story/decision', (decision) => take({ decision })),
    events.on('story/ended', () => take({ ended: true })),
  ];
  return { state: () => state, stop: () => offs.forEach((off) => off()) };
}
