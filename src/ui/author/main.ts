// The author preview page: open .ink files, see check's messages, play the story with its workings beside it.
// The full ink compiler is loaded here and nowhere in the game itself.
import { z } from 'zod';
import '../styles/app.css';
import './author.css';
import { applySettings } from '../settings';
import { mountAuthorPage } from './authorPage';

// The built page's Content-Security-Policy forbids eval; zod's fast path probes `new Function`, so turn it off.
z.config({ jitless: true });
applySettings();
mountAuthorPage(document.getElementById('main')!);
