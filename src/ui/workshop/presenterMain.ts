// Entry of workshop.html, the facilitator's screen.
import { z } from '../../engine/zod';
import '../styles/app.css';
import './workshop.css';
import { applySettings } from '../settings';
import { startPresenter } from './presenter';

// The page's Content-Security-Policy forbids eval; zod's fast path probes `new Function`, so turn it off.
z.config({ jitless: true });
applySettings();
void startPresenter(document.getElementById('ws-bar')!, document.getElementById('main')!);
