// Boot: the foyer's text first, the stage after. Routes: the foyer, or `?story=ID` to open a story directly.
import { z } from 'zod';
import './ui/styles/app.css';
import { applySettings } from './ui/settings';
import { startGame } from './ui/game';

// The page's Content-Security-Policy forbids eval; zod's fast path probes `new Function`, so turn it off.
z.config({ jitless: true });
applySettings();
startGame(document.getElementById('main')!);
