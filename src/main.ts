// Boot: the foyer's text first, the stage after. Routes: the foyer, or `?story=ID` to open a story directly.
import { z } from './engine/zod';
import './ui/styles/app.css';
import { applySettings } from './ui/settings';
import { startGame } from './ui/game';
import { installSafetyNet } from './ui/safetyNet';

// First, so that even a failure while booting ends in a calm panel with a reload, never a blank page.
installSafetyNet();
// The page's Content-Security-Policy forbids eval; zod's fast path probes `new Function`, so turn it off.
z.config({ jitless: true });
applySettings();
startGame(document.getElementById('main')!);
// The site bar (settings, saved places) follows the first words, so it never delays them: it loads once the foyer
// or the story has put its text on the page (or after a moment, whatever happens).
afterFirstWords(() =>
  import('./ui/siteBar').then(({ mountSiteBar }) =>
    mountSiteBar(document.getElementById('site-bar')!, { saves: true }),
  ),
);

function afterFirstWords(then: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    then();
  };
  const seen = () =>
    performance.getEntriesByName('first-text').length + performance.getEntriesByName('foyer-text').length > 0;
  let observer: PerformanceObserver | null = null;
  try {
    observer = new PerformanceObserver(() => seen() && once());
    observer.observe({ type: 'mark', buffered: true });
  } catch {
    /* no observer: the timer below still mounts the bar */
  }
  window.setTimeout(once, 3000);
  if (seen()) once();
}
