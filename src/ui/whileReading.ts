// Work the page can do while the learner reads, so that the next click has less to do: run in the browser's idle
// time, in slices short enough never to be in the way of a click. (Safari has no requestIdleCallback: there a
// short timer stands in for it, with a few milliseconds to spend.)
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
  whenIdle(slice);
}
