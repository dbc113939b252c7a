// A performance played in a Web Worker the page can stop (ink/untrustedPlay.worker.ts), for story files opened
// from disk. It looks to the play screen exactly like a Playthrough on this thread (engine/storyPerformance.ts):
// the worker's events are told again here, on one Emitter, and what the screen reads (the place, the story so far,
// the log) is kept from them. Each request the page makes has a time limit: a story that runs over it is stopped
// by terminating its worker, and the stream ends with an error naming the file, where it was, and what was chosen.
// The place is the one the stream last told, so "Go back to my last decision" replays it in a fresh worker, and
// nothing the learner wrote (the curtain call's answers, kept on this page) is touched.
import { Emitter } from '../engine/emitter';
import { frozen, type PerformanceEvents, type StoryEvent } from '../engine/storyEvents';
import { StoryRunError, type RunErrorKind } from '../engine/storyRunner';
import { playthroughPattern } from '../engine/playthroughPattern';
import { isScoredStoryJson } from '../engine/compiledStory';
import type { StoryHeader } from '../engine/contract/index.ts';
import type { StoryPerformance } from '../engine/storyPerformance';
import type { DecisionLog, SaveEnvelope } from '../engine/types';
import { eventIn, type PlayReply, type PlayRequest } from '../ink/untrustedPlayMessages';
import { secondsInWords, UNTRUSTED_TIME_LIMIT_MS } from './untrustedInk';

export interface PlayInWorkerOptions {
  json: string;
  storyId: string;
  storyHash: string;
  /** Read once, off this thread, when the file was vetted (openStoryFile.ts). */
  header: StoryHeader;
  /** The file's name as the person opened it, for every message. */
  fileName: string;
  /** How long one request (a choice, a skip, a replay) may run before the worker is stopped. */
  timeLimitMs: number;
}

type Request = { kind: 'choose'; index: number } | { kind: 'skip' } | { kind: 'reset'; save: SaveEnvelope };

export function playInWorker(o: PlayInWorkerOptions): StoryPerformance {
  const events = new Emitter<PerformanceEvents>();
  let heard: StoryEvent[] = [];
  let save: SaveEnvelope = { format: 1, storyId: o.storyId, storyHash: o.storyHash, seed: 0, path: [] };
  const scored = isScoredStoryJson(o.json);
  let log: DecisionLog = {
    scored,
    decisions: [],
    turns: [],
    pattern: playthroughPattern([], scored),
    theory: [],
    shown: {},
  };
  /** What is on offer now, to say what was chosen if the next step runs away. */
  let offered: readonly { index: number; text: string }[] = [];
  let worker: Worker | null = null;
  let seq = 0;
  const waiting = new Map<number, { timer: number; where: string | null; start: (ms: number) => number }>();

  const tell = <K extends keyof PerformanceEvents>(type: K, data: PerformanceEvents[K]) => {
    frozen(data);
    if (type === 'reset') {
      const reset = data as PerformanceEvents['reset'];
      heard = [...reset.events];
      save = reset.save;
      const last = heard[heard.length - 1];
      offered = last?.type === 'choices' ? last.data.options : [];
    } else if (type === 'save') save = data as SaveEnvelope;
    // A warning is for authors, not part of the story: a reset's history does not carry it either.
    else if (type !== 'warning') heard.push({ type, data } as StoryEvent);
    if (type === 'choices') offered = (data as PerformanceEvents['choices']).options;
    if (type === 'ended') offered = [];
    events.emit(type, data);
  };

  /** Stop the worker and forget what was asked of it. */
  const letGo = () => {
    worker?.terminate();
    worker = null;
    for (const { timer } of waiting.values()) window.clearTimeout(timer);
    waiting.clear();
  };

  /** Stop the worker and end the story with an error: by default, one that ran over its time. */
  const stop = (message: string, where: string | null = null, kind: RunErrorKind = 'time-budget') => {
    letGo();
    offered = [];
    tell('ended', { error: new StoryRunError(message, kind, where) });
  };

  const onReply = (reply: PlayReply) => {
    if (reply.kind === 'event') {
      if (reply.log) log = reply.log;
      const { type, data } = eventIn(reply.event);
      tell(type, data);
      return;
    }
    if (reply.kind === 'began') {
      const pending = waiting.get(reply.seq);
      if (pending) {
        window.clearTimeout(pending.timer);
        pending.timer = pending.start(o.timeLimitMs);
      }
      return;
    }
    if (reply.kind === 'at') {
      const pending = waiting.get(reply.seq);
      if (pending) pending.where = reply.where;
      return;
    }
    const pending = waiting.get(reply.seq);
    if (pending) window.clearTimeout(pending.timer);
    waiting.delete(reply.seq);
    if (reply.kind === 'settled') {
      save = reply.save;
      log = reply.log;
    }
    // The worker caught an error and answered in time: the story broke, it did not run away, and the learner's
    // panel says so ("The story hit a problem it could not get past"), not that it went round in circles.
    else stop(`“${o.fileName}” could not go on: ${reply.message}.`, null, 'runtime');
  };

  const startWorker = (): Worker | null => {
    try {
      const w = new Worker(new URL('../ink/untrustedPlay.worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (event: MessageEvent<PlayReply>) => {
        if (w === worker) onReply(event.data);
      };
      w.onerror = (event) => {
        event.preventDefault();
        if (w !== worker) return;
        stop(
          `“${o.fileName}” stopped the story engine (${event.message || 'it ran out of memory or crashed'}). Nothing else on this page was affected.`,
        );
      };
      return w;
    } catch (e) {
      stop(`“${o.fileName}” could not be played here: ${(e as Error).message}`);
      return null;
    }
  };

  const ask = (request: Request, what: string) => {
    let message: PlayRequest;
    if (!worker) {
      // The first request, or the first after a stop: a fresh worker starts from the place asked for.
      if (request.kind !== 'reset') return;
      worker = startWorker();
      if (!worker) return;
      message = {
        seq: ++seq,
        kind: 'start',
        json: o.json,
        storyId: o.storyId,
        storyHash: o.storyHash,
        save: request.save,
      };
    } else message = { seq: ++seq, ...request };
    const asked = message.seq;
    const start = (ms: number) =>
      window.setTimeout(
        () =>
          stop(
            `“${o.fileName}” took longer than ${secondsInWords(o.timeLimitMs)} ${what}, so it was stopped. The usual cause is a loop with no way out: one that never reaches a choice or an END. Give it a way on from there, then open the file again.`,
            waiting.get(asked)?.where ?? null,
          ),
        ms,
      );
    // The limit runs from when the worker takes the request up ('began'); until then (a fresh worker loading on a
    // busy machine, or one still busy with the request before) it has the whole untrusted limit to get there.
    waiting.set(asked, { timer: start(Math.max(o.timeLimitMs, UNTRUSTED_TIME_LIMIT_MS)), where: null, start });
    worker.postMessage(message);
  };

  return {
    storyId: o.storyId,
    header: o.header,
    storyJson: o.json,
    events,
    get sofar() {
      return { save, events: [...heard] };
    },
    get save() {
      return save;
    },
    get log() {
      return log;
    },
    choose(index: number) {
      const option = offered[index];
      if (!option) throw new RangeError(`choice ${index + 1} is not on offer`);
      offered = [];
      ask({ kind: 'choose', index }, `after the choice “${option.text}”`);
    },
    skipScene() {
      if (!offered.length) return false;
      offered = [];
      ask({ kind: 'skip' }, 'skipping to the next scene');
      return true;
    },
    close() {
      letGo();
      offered = [];
    },
    reset(to: SaveEnvelope) {
      // A reset replaces whatever the worker is busy with (Start again while a step is still running): that worker
      // is stopped and a fresh one starts from the place asked for.
      if (waiting.size) letGo();
      ask({ kind: 'reset', save: to }, to.path.length ? 'catching up with your place' : 'starting the story');
    },
  };
}
