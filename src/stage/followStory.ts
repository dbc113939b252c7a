// The stage's ears: the performance's stream turned into stage actions and folded into one state. No Phaser, so
// the whole path from a story's tags to "who is left out" runs in Node tests. The cues were read from the tags
// once, by the engine; here they only become movement.
import { LEARNER_ID } from '../engine/contract/index.ts';
import type { StoryEvent } from '../engine/storyEvents';
import type { StageBeat, StageEvents } from './stageSource';
import { EMPTY_STAGE, stageReducer, type StageAction, type StageState } from './stageState';

function actionsOf(event: StoryEvent): StageAction[] {
  switch (event.type) {
    case 'cue': {
      const cue = event.data;
      // The learner always has their own place: their `speaker:` and props move no one.
      if (cue.kind === 'speaker') return cue.id === LEARNER_ID ? [] : [{ kind: 'enter', id: cue.id }];
      if (cue.kind === 'prop' && cue.id === LEARNER_ID) return [];
      return [cue];
    }
    case 'line': {
      const { speaker, to, hidden } = event.data;
      return [{ kind: 'line', speaker, to, hidden }];
    }
    case 'decision':
      return [{ kind: 'decision', acts: event.data.acts }];
    case 'ended':
      // A story stopped by an error is the error panel's to explain; the company does not bow.
      return event.data.error ? [] : [{ kind: 'ended' }];
    default:
      return [];
  }
}

export function foldStage(events: readonly StoryEvent[], from: StageState = EMPTY_STAGE): StageState {
  return events.flatMap(actionsOf).reduce(stageReducer, from);
}

/**
 * Follow the story: `onChange` gets each new state, once per line (after its cues), decision, ending and reset.
 * Returns the unsubscribe.
 */
export function followStory(
  events: StageEvents,
  onChange: (state: StageState, beat: StageBeat) => void,
  from: StageState = EMPTY_STAGE,
): { state: () => StageState; stop: () => void } {
  let state = from;
  const take = (event: StoryEvent) => {
    state = foldStage([event], state);
    // A line's cues come just before it: the stage shows them with the line, as one beat.
    if (event.type !== 'cue') onChange(state, event);
  };
  const offs = [
    events.on('cue', (data) => take({ type: 'cue', data })),
    events.on('line', (data) => take({ type: 'line', data })),
    events.on('decision', (data) => take({ type: 'decision', data })),
    events.on('ended', (data) => take({ type: 'ended', data })),
    events.on('reset', (reset) => {
      state = foldStage(reset.events);
      onChange(state, { type: 'reset' });
    }),
  ];
  return { state: () => state, stop: () => offs.forEach((off) => off()) };
}
