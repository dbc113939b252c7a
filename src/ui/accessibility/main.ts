// The accessibility statement page: its words are plain HTML (they read without any script); the script only
// applies the learner's settings and adds the site bar's Settings button, so the statement reads as they chose.
import '../zodWithoutEval';
import '../styles/app.css';
import { installSafetyNet } from '../safetyNet';
import { applySettings } from '../settings';
import { mountSiteBar } from '../siteBar';

installSafetyNet();
applySettings();
mountSiteBar(document.getElementById('site-bar')!, { saves: false });
