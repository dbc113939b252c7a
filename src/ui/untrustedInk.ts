// The page's side of the untrusted-ink worker: one fresh worker per request, stopped when it answers, when the
// time limit passes, when the person presses Stop, or when it crashes. The tab never waits on a story it did not
// ship: whatever a crafted file does, the answer is a message naming the file.
import type { UntrustedReply, UntrustedRequest } from '../ink/untrustedInkMessages';

/** Far above what a real story needs (the shipped ones check in under a second), short enough to wait for. */
const UNTRUSTED_TIME_LIMIT_MS = 20_000;

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
        message: `“${fileName}” took longer than ${Math.round(timeLimitMs / 1000)} seconds, so it was stopped. A loop that never reaches a choice or an END is the usual cause.`,
      }),
    timeLimitMs,
  );
  worker.postMessage(request);
  return {
    result,
    stop: () => end({ kind: 'stopped', message: `“${fileName}” was stopped before it finished.` }),
  };
}
