// The author preview page: open .ink files, see check's messages, play the story with its workings beside it.
// The full ink compiler is loaded here and nowhere in the game itself.
import { z } from '../../engine/zod';
import '../styles/app.css';
import './author.css';
import { applySettings } from '../settings';
import { mountAuthorPage } from './authorPage';
import { installSafetyNet } from '../safetyNet';
import { mountSiteBar } from '../siteBar';
import { timeLimitFromAddress } from '../untrustedInk';

// The built page's Content-Security-Policy forbids eval; zod's fast path probes `new Function`, so turn it off.
installSafetyNet();
z.config({ jitless: true });
applySettings();
// Settings (text size, theme, font) reach authors too, as on every other screen.
mountSiteBar(document.getElementById('site-bar')!, { saves: false });
mountAuthorPage(document.getElementById('main')!, { timeLimitMs: timeLimitFromAddress(location.search) });
