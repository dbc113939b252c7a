// Work that need not happen before the learner sees the next words: it waits until the frame with those words has
// been painted. A choice's own path (the engine's next passage and its paragraphs) stays synchronous; what only
// follows it (the stage acting the lines out) is queued here and run, in order, just after the paint.
const queue: (() => void)[] = [];
let scheduled = false;

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

/** Run `task` once the next frame has been painted (a frame callback runs just before a paint; a task it posts runs after). */
export function afterPaint(task: () => void): void {
  queue.push(task);
  if (scheduled) return;
  scheduled = true;
  const run = () => scheduled && flush();
  requestAnimationFrame(() => window.setTimeout(run, 0));
  // A hidden tab paints no frames: the work still happens, a moment later.
  window.setTimeout(run, 200);
}
