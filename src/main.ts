// Boot: the foyer's text first, the stage after. Routes: the foyer, or `?story=ID` to open a story directly.
import { z } from 'zod';
import './ui/styles/app.css';
import { applySettings } from './ui/settings';
import { startGame } from './ui/game';
import { installSafetyNet } from './ui/safetyNet';
import { mountSiteBar } from './ui/siteBar';

// First, so that even a failure while booting ends in a calm panel with a reload, never a blank page.
installSafetyNet();
// The page's Content-Security-Policy forbids eval; zod's fast path probes `new Function`, so turn it off.
z.config({ jitless: true });
applySettings();
mountSiteBar(document.getElementById('site-bar')!, { saves: true });
startGame(document.getElementById('main')!);
