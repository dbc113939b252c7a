// A story file opened from disk is performed here, in a worker the page can stop (ui/playInWorker.ts): the
// engine's playthrough lives in this worker, every event of its one stream is posted to the page as it is told,
// and the page's requests (choose, skip, reset) come back as messages. A crafted story that runs away holds this
// worker, never the tab; the page terminates it when a request runs over its time limit.
// Only the engine's runtime is loaded here (no compiler): the file was compiled by its author and vetted already.
import { Playthrough } from '../engine/playthrough';
import { authorPath } from '../engine/storyRunner';
import type { StoryWatcher } from '../engine/playedStory';
import { PERFORMANCE_EVENT_TYPES } from '../engine/storyEvents';
import { eventOut, type PlayReply, type PlayRequest } from './untrustedPlayMessages';

const post = (message: PlayReply) => (self as unknown as Worker).postMessage(message);

let playthrough: Playthrough | null = null;
let working = 0;

// While a request runs, where the story is, told to the page now and then (a message is sent even while this
// worker is busy), so that if the page has to stop it, the author learns which knot it was stuck in.
const SAY_WHERE_EVERY_MS = 100;
let visits = 0;
let lastSaid = 0;
let lastWhere: string | null = null;
type Named = Map<string, unknown>;
/** "knot.stitch.b" → "knot.stitch": only the names the author wrote (ink adds its own for branches). */
function knotOf(path: string | null, knots: Named): string | null {
  const [knot, stitch] = path?.split('.') ?? [];
  const container = knot ? (knots.get(knot) as { namedContent?: Named } | undefined) : undefined;
  if (!knot || !container) return null;
  return stitch && container.namedContent?.has(stitch) ? `${knot}.${stitch}` : knot;
}

const whereabouts: StoryWatcher = {
  entered(path, story) {
    // Reading the clock costs more than counting: look at it once every few hundred containers.
    if (++visits % 256 !== 0) return;
    const now = Date.now();
    if (now - lastSaid < SAY_WHERE_EVERY_MS) return;
    lastSaid = now;
    const where = knotOf(authorPath(path), story.mainContentContainer.namedContent);
    if (where && where !== lastWhere) post({ kind: 'at', seq: working, where: (lastWhere = where) });
  },
};

self.onmessage = (event: MessageEvent<PlayRequest>) => {
  const request = event.data;
  working = request.seq;
  post({ kind: 'began', seq: request.seq });
  lastSaid = Date.now();
  lastWhere = null;
  try {
    if (request.kind === 'start') {
      // The engine's own limits per passage (steps, time, output, text) still give the author the most precise
      // message. Its limit per task is left off: it protects the page's thread, and this is not that thread.
      playthrough = new Playthrough(request.json, {
        storyId: request.storyId,
        storyHash: request.storyHash,
        watcher: whereabouts,
      });
      const p = playthrough;
      for (const type of PERFORMANCE_EVENT_TYPES)
        p.events.on(type, (data) =>
          post({
            kind: 'event',
            event: eventOut(type, data),
            ...(type === 'choices' || type === 'ended' || type === 'reset' ? { log: p.log } : {}),
          }),
        );
      p.reset(request.save);
    } else if (!playthrough) {
      throw new Error('the story has not started');
    } else if (request.kind === 'choose') playthrough.choose(request.index);
    else if (request.kind === 'skip') playthrough.skipScene();
    else playthrough.reset(request.save);
    post({ kind: 'settled', seq: request.seq, save: playthrough.save, log: playthrough.log });
  } catch (e) {
    post({ kind: 'failed', seq: request.seq, message: e instanceof Error ? e.message : String(e) });
  }
};
