// Work the page can do while the learner reads, so that the next click has less to do: run in the browser's idle
// time, in slices short enough never to be in the way of a click. (Safari has no requestIdleCallback: there a
// short timer stands in for it, with a few milliseconds to spend.) Nothing starts before the words the learner is to
// read have been painted: the browser can find an idle moment between a click and the frame that shows its words,
// and a slice there held that frame back by 2–4 ms (issue 20, traced 2026-12-06).
import { afterPaint } from './afterPaint';

type IdleDeadline = { timeRemaining(): number };
type IdleCallback = (deadline: IdleDeadline) => void;

const whenIdle = (fn: IdleCallback): void => {
  const idle = (window as { requestIdleCallback?: (fn: IdleCallback, o?: { timeout: number }) => number })
    .requestIdleCallback;
  if (idle) idle(fn, { timeout: 2_000 });
  else window.setTimeout(() => fn({ timeRemaining: () => 5 }), 50);
};

/**
 * Run `step` in idle time, slice after slice, until it says there is nothing more to do. Each slice is given the
 * milliseconds left of that idle period and should stop when they run low.
 */
export function whileReading(step: (timeLeft: () => number) => boolean): void {
  const slice = (deadline: IdleDeadline) => {
    if (step(() => deadline.timeRemaining())) whenIdle(slice);
  };
  // (The build draws each story's opening in a page that paints nothing: there it starts at once.)
  if (typeof requestAnimationFrame === 'function') afterPaint(() => whenIdle(slice));
  else whenIdle(slice);
}
