// The page's first script: the story's opening (drawn at build time) before anything else, then the game.
// What runs here is all the first line needs: the safety net, the learner's settings (text size, colours) so the
// first paint is already theirs, and the opening. The engine, the foyer and the stage come with the game after it.
import './ui/styles/app.css';
import { installSafetyNet } from './ui/safetyNet';
import { applySettings } from './ui/settings';
import { showOpening } from './ui/opening/showOpening';

// First, so that even a failure while booting ends in a calm panel with a reload, never a blank page.
installSafetyNet();
applySettings();
showOpening(document.getElementById('main')!);
void import('./main');
