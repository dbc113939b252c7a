// A setup file of the e2e project: before a browser test file loads (some read dist/ as they load), wait until
// the build that globalSetup.ts started in the background is done. The server holds every request until then.
import { inject } from 'vitest';

const answer = await fetch(`${inject('baseUrl')}/index.html`);
if (answer.status === 503) throw new Error(`e2e set-up: the game was not built: ${await answer.text()}`);
await answer.body?.cancel();
