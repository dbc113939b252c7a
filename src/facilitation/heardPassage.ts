// What the room is looking at in the story, as heard on a performance's stream (engine/storyEvents.ts): the
// passage being told, the options on offer, and the discussion cards and notes that belong to the decision on
// offer. A pure fold, so the facilitator listens to the stream like every other listener and never reads the
// runner's passage.
import type { StoryRunError } from '../engine/storyRunner';
import type { StoryEvent } from '../engine/storyEvents';
import type { StoryLine } from '../engine/types';

export interface HeardPassage {
  lines: readonly StoryLine[];
  choices: readonly { index: number; text: string }[];
  /** The options on offer are a decision (voted on, carded), not a pacing choice. */
  isDecision: boolean;
  /** "Skip this scene" leads somewhere from here. */
  canSkip: boolean;
  /** `discuss:` cards for the decision on offer. */
  discuss: readonly string[];
  /** `note:`s for the facilitator at the decision on offer. */
  notes: readonly string[];
  ended: boolean;
  error: StoryRunError | null;
  /** The passage has been told (its options or its end have come): what comes next starts a new one. */
  told: boolean;
}

const NOTHING_HEARD: HeardPassage = {
  lines: [],
  choices: [],
  isDecision: false,
  canSkip: false,
  discuss: [],
  notes: [],
  ended: false,
  error: null,
  told: false,
};

export function hearPassage(heard: HeardPassage, event: StoryEvent): HeardPassage {
  const p = heard.told ? NOTHING_HEARD : heard;
  switch (event.type) {
    case 'line':
      return { ...p, lines: [...p.lines, event.data] };
    case 'note': {
      const note = event.data;
      if (note.kind === 'discuss') return { ...p, discuss: [...p.discuss, note.text] };
      if (note.kind === 'facilitator') return { ...p, notes: [...p.notes, note.text] };
      // A moment or a perspective belongs to the decision just made: the decision log has it.
      return p;
    }
    case 'choices': {
      const { options, decision, canSkip } = event.data;
      return { ...p, choices: options, isDecision: decision, canSkip, told: true };
    }
    case 'ended':
      return { ...p, ended: !event.data.error, error: event.data.error, told: true };
    case 'decision':
      // The learner (or the room) has chosen: the options are gone until the next passage is told.
      return p;
    case 'cue':
      return p;
  }
}

/** The passage now on offer after the story so far. */
export function lastPassage(events: readonly StoryEvent[]): HeardPassage {
  return events.reduce(hearPassage, NOTHING_HEARD);
}
