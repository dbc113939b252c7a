// Work the page can do while the learner reads, so that the next click has less to do: run in the browser's idle
// time, in slices short enough never to be in the way of a click. (Safari has no requestIdleCallback: there a
// short timer stands in for it.)
type IdleDeadline = { timeRemaining(): number };
type IdleCallback = (deadline: IdleDeadline) => void;

const whenIdle = (fn: IdleCallback): void => {
  const idle = (window as { requestIdleCallback?: (fn: IdleCallback, o?: { timeout: number }) => number })
    .requestIdleCallback;
  if (idle) idle(fn, { timeout: 2_000 });
  else window.setTimeout(() => fn({ timeRemaining: () => 5 }), 50);
};

/** Do `task` once the page is idle. */
export function whileReading(task: () => void): void {
  whenIdle(() => task());
}

/** Do `each` for every item, a few at a time, in idle time (never more than a few milliseconds in one go). */
export function eachWhileReading<T>(items: readonly T[], each: (item: T) => void): void {
  let next = 0;
  const slice = (deadline: IdleDeadline) => {
    while (next < items.length && deadline.timeRemaining() > 1) each(items[next++]!);
    if (next < items.length) whenIdle(slice);
  };
  if (items.length) whenIdle(slice);
}
