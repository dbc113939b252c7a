// The Script: every knowledge card, in the project's own words, on one page that reads with any setting.
// Each card has an id (its theory key), so a story, the debrief or a facilitator can link straight to it.
import '../zodWithoutEval';
import '../styles/app.css';
import './script.css';
import scriptCards from '../../content/scriptCards.json';
import { installSafetyNet } from '../safetyNet';
import { applySettings } from '../settings';
import { cardSections } from './scriptCards';

installSafetyNet();
applySettings();
void import('../siteBar').then(({ mountSiteBar }) =>
  mountSiteBar(document.getElementById('site-bar')!, { saves: false }),
);

const { contents, cards } = cardSections(scriptCards.cards);
document.getElementById('script-contents')!.append(...contents);
document.getElementById('script-cards')!.append(...cards);
// Arriving at script.html#key: focus the card's heading so a screen reader starts there.
const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
target?.focus();
