// Entry of workshop.html, the facilitator's screen.
import '../zodWithoutEval';
import '../styles/app.css';
import './workshop.css';
import { applySettings } from '../settings';
import { keepPageOffline } from './keepOffline';
import { startPresenter } from './presenter';

applySettings();
keepPageOffline('workshop');
void startPresenter(document.getElementById('ws-bar')!, document.getElementById('main')!);
