// The page's side of the untrusted-ink worker: one fresh worker per request, stopped when it answers, when the
// time limit passes, when the person presses Stop, or when it crashes. The tab never waits on a story it did not
// ship: whatever a crafted file does, the answer is a message naming the file.
import type { UntrustedReply, UntrustedRequest } from '../ink/untrustedInkMessages';

/** Far above what a real story needs (the shipped ones check in under a second), short enough to wait for. */
export const UNTRUSTED_TIME_LIMIT_MS = 20_000;
/** The shortest limit an address may ask for: long enough for a worker to start and answer at all. */
const SHORTEST_TIME_LIMIT_MS = 250;

/**
 * The author page's time limit: UNTRUSTED_TIME_LIMIT_MS, or a shorter one asked for in its address as
 * `?time-limit-ms=N` (how the browser test proves the limit without spending 20 s). Only ever shorter: an address
 * can make the page give up on a story sooner, never let a worker run longer, and the worker is off the page's
 * thread either way. Read on the author page, and in the foyer for each step of an opened story file's play (never
 * for its vet).
 */
export function timeLimitFromAddress(search: string): number {
  const asked = Number(new URLSearchParams(search).get('time-limit-ms'));
  if (!Number.isFinite(asked) || asked <= 0) return UNTRUSTED_TIME_LIMIT_MS;
  return Math.min(UNTRUSTED_TIME_LIMIT_MS, Math.max(SHORTEST_TIME_LIMIT_MS, Math.round(asked)));
}

/** "0.4 seconds", "20 seconds": a time limit as a person reads it. */
export const secondsInWords = (ms: number): string => {
  const n = Math.round(ms / 100) / 10;
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'second' : 'seconds'}`;
};

type UntrustedResult = UntrustedReply | { kind: 'stopped'; message: string };

export interface UntrustedRun {
  result: Promise<UntrustedResult>;
  /** Stop now (the person pressed Stop); the result says so. */
  stop(): void;
}

export function runUntrusted(
  request: UntrustedRequest,
  fileName: string,
  timeLimitMs = UNTRUSTED_TIME_LIMIT_MS,
): UntrustedRun {
  let finish: (r: UntrustedResult) => void = () => undefined;
  const result = new Promise<UntrustedResult>((resolve) => (finish = resolve));
  let worker: Worker | null = null;
  let timer = 0;
  const end = (r: UntrustedResult) => {
    window.clearTimeout(timer);
    worker?.terminate();
    worker = null;
    finish(r);
    finish = () => undefined;
  };
  try {
    worker = new Worker(new URL('../ink/untrustedInk.worker.ts', import.meta.url), { type: 'module' });
  } catch (e) {
    end({ kind: 'stopped', message: `“${fileName}” could not be opened here: ${(e as Error).message}` });
    return { result, stop: () => undefined };
  }
  worker.onmessage = (event: MessageEvent<UntrustedReply>) => end(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    end({
      kind: 'stopped',
      message: `“${fileName}” stopped the story engine (${event.message || 'it ran out of memory or crashed'}). Nothing else on this page was affected.`,
    });
  };
  timer = window.setTimeout(
    () =>
      end({
        kind: 'stopped',
        message: `“${fileName}” took longer than ${secondsInWords(timeLimitMs)}, so it was stopped. The usual cause is a loop with no way out: one that never reaches a choice or an END, or choices that always lead back round. Give it a way to an END, then open the file again.`,
      }),
    timeLimitMs,
  );
  worker.postMessage(request);
  return {
    result,
    stop: () => end({ kind: 'stopped', message: `“${fileName}” was stopped before it finished.` }),
  };
}
