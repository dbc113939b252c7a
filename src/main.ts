// The game, loaded by boot.ts once the first words are on screen. Routes: the foyer, or `?story=ID` to open a
// story directly (taking over the opening boot.ts drew, when there is one).
import './ui/zodWithoutEval';
import { startGame } from './ui/game';
import { afterFirstWords } from './ui/firstWords';

startGame(document.getElementById('main')!);
// The site bar (settings, saved places) follows the first words, so it never delays them: it loads once the foyer
// or the story has put its text on the page (or after a moment, whatever happens).
afterFirstWords(() =>
  import('./ui/siteBar').then(({ mountSiteBar }) =>
    mountSiteBar(document.getElementById('site-bar')!, { saves: true }),
  ),
);
