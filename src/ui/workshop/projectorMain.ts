// Entry of projector.html, the room's screen. It takes none of the facilitator's own display settings: the
// room's screen has its own size and contrast.
import '../zodWithoutEval';
import '../styles/app.css';
import './workshop.css';
import { keepPageOffline } from './keepOffline';
import { startProjector } from './projector';

keepPageOffline('projector');
startProjector(document.getElementById('room')!, document.getElementById('fullscreen-hint') as HTMLButtonElement);
