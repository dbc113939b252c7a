// What the page and the play worker (untrustedPlay.worker.ts) say to each other while a story file opened from disk
// is performed there. Everything here crosses a postMessage, so it is plain data: a StoryRunError loses its class
// and its fields in a structured clone, so it travels as plain fields and is made an error again on the other side.
import { StoryRunError, type RunErrorKind } from '../engine/storyRunner';
import type { PerformanceEvents, StoryEvent } from '../engine/storyEvents';
import type { DecisionLog, SaveEnvelope } from '../engine/types';

/** The page's requests; `seq` pairs each with the `settled` that ends it (and its time limit). */
export type PlayRequest = { seq: number } & (
  | { kind: 'start'; json: string; storyId: string; storyHash: string; save: SaveEnvelope }
  | { kind: 'choose'; index: number }
  | { kind: 'skip' }
  | { kind: 'reset'; save: SaveEnvelope }
);

interface WireError {
  message: string;
  kind: RunErrorKind;
  where: string | null;
  at: string | null;
}

/** One event of the stream, as it crosses. */
export type WireEvent = { [K in keyof PerformanceEvents]: { type: K; data: unknown } }[keyof PerformanceEvents];

export type PlayReply =
  /**
   * One event of the stream. The events that end a step (choices, ended, reset) carry the decision log as it
   * stands then, so a listener that reads the log when it hears them reads it whole, as on the page's own thread.
   */
  | { kind: 'event'; event: WireEvent; log?: DecisionLog }
  /** The request is done: everything it caused has been sent before this. */
  | { kind: 'settled'; seq: number; save: SaveEnvelope; log: DecisionLog }
  /** The worker has taken up the request: its time limit runs from now (loading the worker is not the story's). */
  | { kind: 'began'; seq: number }
  /** Where the story is while a request runs long (knot or stitch), so a stop can say where it was. */
  | { kind: 'at'; seq: number; where: string }
  /** The request could not be carried out at all (not the story's error: that comes as `ended`). */
  | { kind: 'failed'; seq: number; message: string };

const plainError = (e: StoryRunError | null): WireError | null =>
  e && { message: e.message, kind: e.kind, where: e.where, at: e.at };
const realError = (e: WireError | null): StoryRunError | null =>
  e && new StoryRunError(e.message, e.kind, e.where, e.at);

const storyEventOut = (e: StoryEvent): StoryEvent =>
  e.type === 'ended' ? ({ type: 'ended', data: { error: plainError(e.data.error) } } as unknown as StoryEvent) : e;
const storyEventIn = (e: StoryEvent): StoryEvent =>
  e.type === 'ended' ? { type: 'ended', data: { error: realError(e.data.error as unknown as WireError | null) } } : e;

/** An event as the worker sends it. */
export function eventOut<K extends keyof PerformanceEvents>(type: K, data: PerformanceEvents[K]): WireEvent {
  if (type === 'ended') return { type, data: storyEventOut({ type: 'ended', data } as StoryEvent).data };
  if (type === 'reset') {
    const reset = data as PerformanceEvents['reset'];
    return { type, data: { ...reset, events: reset.events.map(storyEventOut) } };
  }
  return { type, data } as WireEvent;
}

/** An event as the page hears it: errors are errors again. */
export function eventIn(wire: WireEvent): {
  type: keyof PerformanceEvents;
  data: PerformanceEvents[keyof PerformanceEvents];
} {
  if (wire.type === 'ended')
    return { type: 'ended', data: storyEventIn({ type: 'ended', data: wire.data } as StoryEvent).data };
  if (wire.type === 'reset') {
    const reset = wire.data as PerformanceEvents['reset'];
    return { type: 'reset', data: { ...reset, events: reset.events.map(storyEventIn) } };
  }
  return wire as { type: keyof PerformanceEvents; data: PerformanceEvents[keyof PerformanceEvents] };
}
