// Entry of projector.html, the room's screen. It takes none of the facilitator's own display settings: the
// room's screen has its own size and contrast.
import { z } from '../../engine/zod';
import '../styles/app.css';
import './workshop.css';
import { startProjector } from './projector';

// The page's Content-Security-Policy forbids eval; zod's fast path probes `new Function`, so turn it off.
z.config({ jitless: true });
startProjector(document.getElementById('room')!, document.getElementById('fullscreen-hint') as HTMLButtonElement);
