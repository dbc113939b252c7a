// The passage a performance is telling, as heard on its stream (storyEvents.ts): its lines, the options on offer,
// and the discussion cards and notes that belong to the decision on offer. This is how anything that acts on a
// story one choice at a time (the play CLI, What if copies, the author preview, the facilitator, the checker's
// walks) knows what is on offer: it listens like every other listener and never reads the runner. A pure fold,
// and one helper that keeps it up to date from a performance's events.
import type { Emitter } from './emitter';
import type { StoryRunError } from './storyRunner';
import type { PerformanceEvents, StoryEvent } from './storyEvents';
import type { StoryLine } from './types';

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

/** Every passage told in the story so far, in order (a transcript rebuilt after a rewind). */
export function passagesIn(events: readonly StoryEvent[]): HeardPassage[] {
  const passages: HeardPassage[] = [];
  let heard = NOTHING_HEARD;
  for (const event of events) {
    heard = hearPassage(heard, event);
    if (heard.told && (event.type === 'choices' || event.type === 'ended')) passages.push(heard);
  }
  return passages;
}

/** What a performance offers a listener: its stream, and the story so far for one that starts late. */
export interface Performing {
  readonly events: Pick<Emitter<PerformanceEvents>, 'on'>;
  readonly sofar: { readonly events: readonly StoryEvent[] };
}

/** The story events a passage is heard from. */
export const PASSAGE_EVENT_TYPES = ['line', 'note', 'choices', 'decision', 'ended', 'reset'] as const;

/**
 * Follow a performance's passage from now on: `now()` is the passage being told (after `choose`, the one that
 * followed), through restarts and rewinds, which reset it in place. `stop()` unsubscribes.
 */
export function followPassage(performance: Performing): { now(): HeardPassage; stop(): void } {
  const { events } = performance;
  let heard = lastPassage(performance.sofar.events);
  const hear = (event: StoryEvent) => {
    heard = hearPassage(heard, event);
  };
  const offs = [
    events.on('line', (data) => hear({ type: 'line', data })),
    events.on('note', (data) => hear({ type: 'note', data })),
    events.on('choices', (data) => hear({ type: 'choices', data })),
    events.on('decision', (data) => hear({ type: 'decision', data })),
    events.on('ended', (data) => hear({ type: 'ended', data })),
    events.on('reset', (reset) => {
      heard = lastPassage(reset.events);
    }),
  ];
  return { now: () => heard, stop: () => offs.forEach((off) => off()) };
}
