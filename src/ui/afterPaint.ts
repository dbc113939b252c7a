// Work that need not happen before the learner sees the next words: it waits until the frame with those words has
// been painted. A choice's own path (the engine's next passage and its paragraphs) stays synchronous; what only
// follows it (the stage acting the lines out, the autosave) is queued here and run, in order, just after
// the paint. Nothing queued is lost if the page goes away first: leaving the page (closing the tab, following a
// link, reloading) or hiding it runs the queue at once, before the page is gone.
// Everything a choice puts off (before or after the paint) shares one frame request and one fallback timer: asking
// the browser for them is itself work on the click's path (issue 20).
const queue: (() => void)[] = [];
/** The after-paint queue has a frame (or a flush) coming. */
let afterPending = false;
let listening = false;

/** One failing task must not hold back the others; the safety net still hears of it. */
function runTask(task: () => void): void {
  try {
    task();
  } catch (e) {
    window.setTimeout(() => {
      throw e;
    });
  }
}

function flush(): void {
  afterPending = false;
  for (const task of queue.splice(0)) runTask(task);
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

const waiting = new Map<object, { task: () => void }>();
let frameAsked = false;
let generation = 0;

/**
 * The next frame: before-paint tasks run in its frame callback, and the after-paint queue in a task posted from
 * there (a frame callback runs just before a paint; a task it posts runs after). A hidden tab paints no frames:
 * then the frame's work happens a moment later, from a timer.
 */
function askFrame(): void {
  if (frameAsked) return;
  frameAsked = true;
  const asked = ++generation;
  const run = () => frameAsked && generation === asked && frame();
  requestAnimationFrame(run);
  window.setTimeout(run, 200);
}

function frame(): void {
  frameAsked = false;
  // Those asked for now; a task that asks for another frame gets the next one.
  for (const [slot, asked] of Array.from(waiting)) {
    if (waiting.get(slot) !== asked) continue;
    waiting.delete(slot);
    runTask(asked.task);
  }
  if (afterPending) window.setTimeout(() => afterPending && flush(), 0);
}

/** Run `task` once the next frame has been painted. */
export function afterPaint(task: () => void): void {
  queue.push(task);
  flushOnLeaving();
  if (afterPending) return;
  afterPending = true;
  askFrame();
}

/**
 * Run `task` just before the next frame is painted: for what the learner must meet in that same frame but that
 * need not hold up the words going into the page (moving focus to them, scrolling them into view). The newest
 * call for a `slot` replaces an older one not yet run.
 */
export function beforePaint(slot: object, task: () => void): void {
  const pending = waiting.get(slot);
  if (pending) {
    pending.task = task;
    return;
  }
  waiting.set(slot, { task });
  askFrame();
}

/** Forget what `slot` asked for and has not yet run (its screen has gone, or it acts at once instead). */
export function cancelBeforePaint(slot: object): void {
  waiting.delete(slot);
}
