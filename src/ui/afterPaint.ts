// Work that need not happen before the learner sees the next words: it waits until the frame with those words has
// been painted. A choice's own path (the engine's next passage and its paragraphs) stays synchronous; what only
// follows it (the stage acting the lines out, the autosave) is queued here and run, in order, just after
// the paint. Nothing queued is lost if the page goes away first: leaving the page (closing the tab, following a
// link, reloading) or hiding it runs the queue at once, before the page is gone.
const queue: (() => void)[] = [];
let scheduled = false;
let listening = false;

function flush(): void {
  scheduled = false;
  for (const task of queue.splice(0)) {
    try {
      task();
    } catch (e) {
      // One failing task must not hold back the others; the safety net still hears of it.
      window.setTimeout(() => {
        throw e;
      });
    }
  }
}

/** `pagehide` comes before a page is closed or left; `visibilitychange` to hidden is the last sure moment on a phone. */
function flushOnLeaving(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
}

/** Run `task` once the next frame has been painted (a frame callback runs just before a paint; a task it posts runs after). */
export function afterPaint(task: () => void): void {
  queue.push(task);
  flushOnLeaving();
  if (scheduled) return;
  scheduled = true;
  const run = () => scheduled && flush();
  requestAnimationFrame(() => window.setTimeout(run, 0));
  // A hidden tab paints no frames: the work still happens, a moment later.
  window.setTimeout(run, 200);
}

const waiting = new Map<object, { task: () => void }>();

/**
 * Run `task` just before the next frame is painted: for what the learner must meet in that same frame but that
 * need not hold up the words going into the page (moving focus to them, scrolling them into view). The newest
 * call for a `slot` replaces an older one not yet run. A hidden tab paints no frames: then it runs a moment later.
 */
export function beforePaint(slot: object, task: () => void): void {
  const pending = waiting.get(slot);
  if (pending) {
    pending.task = task;
    return;
  }
  const asked = { task };
  waiting.set(slot, asked);
  const run = () => {
    if (waiting.get(slot) !== asked) return;
    waiting.delete(slot);
    asked.task();
  };
  requestAnimationFrame(run);
  window.setTimeout(run, 200);
}
/** Forget what `slot` asked for and has not yet run (its screen has gone, or it acts at once instead). */
export function cancelBeforePaint(slot: object): void {
  waiting.delete(slot);
}
