// "Once the first words are on screen": the foyer or a story has put its text in the page and moved focus there
// (performance marks `foyer-text` and `first-text`), or a panel has said why it couldn't (`panel-text`: a story
// that could not be opened, a foyer that could not be downloaded), or a few seconds have passed, whatever is first.
const MARKS = ['first-text', 'foyer-text', 'panel-text'];

export function afterFirstWords(then: () => void, waitMs = 3000): void {
  let done = false;
  let observer: PerformanceObserver | null = null;
  const once = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    then();
  };
  const seen = () => MARKS.some((name) => performance.getEntriesByName(name).length > 0);
  if (seen()) return once();
  try {
    observer = new PerformanceObserver(() => seen() && once());
    observer.observe({ type: 'mark', buffered: true });
  } catch {
    /* no observer: the timer below still runs it */
  }
  window.setTimeout(once, waitMs);
}
