// The author preview page: open .ink files, see check's messages, play the story with its workings beside it.
// The full ink compiler is loaded here and nowhere in the game itself.
import '../zodWithoutEval';
import '../styles/app.css';
import './author.css';
import { applySettings } from '../settings';
import { mountAuthorPage } from './authorPage';
import { installSafetyNet } from '../safetyNet';
import { mountSiteBar } from '../siteBar';
import { timeLimitFromAddress } from '../untrustedInk';

installSafetyNet();
applySettings();
// Settings (text size, theme, font) reach authors too, as on every other screen.
mountSiteBar(document.getElementById('site-bar')!, { saves: false });
mountAuthorPage(document.getElementById('main')!, { timeLimitMs: timeLimitFromAddress(location.search) });
