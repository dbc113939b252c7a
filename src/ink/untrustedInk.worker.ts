// Untrusted ink runs here, in a Web Worker the page can stop: the author preview's compile, check and play, and a
// story file opened from disk (read, loaded, and walked a little before the game performs it in a worker of its
// own, untrustedPlay.worker.ts). A crafted story that loops for minutes holds this worker, never the tab; the page
// terminates it after a time limit (ui/untrustedInk.ts).
// Each request gets a fresh worker, so nothing one story did is left for the next.
import type { UntrustedRequest, UntrustedReply } from './untrustedInkMessages';

const reply = (message: UntrustedReply) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<UntrustedRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'check') {
      const { checkStory } = await import('./checkStory');
      reply({ kind: 'checked', check: checkStory(request.files, request.main, { replay: 'preview' }) });
      return;
    }
    if (request.kind === 'play') {
      const { Playthrough } = await import('../engine/playthrough');
      const { runtimeError, runtimeWarning } = await import('./runtimeMessages');
      const save = { format: 1 as const, storyId: request.storyId, storyHash: '', seed: 0, path: request.path };
      const { playthrough, warnings } = Playthrough.resume(request.json, save, { storyId: request.storyId });
      const { lastPassage } = await import('../engine/heardPassage');
      const stopped = lastPassage(playthrough.sofar.events).error;
      reply({
        kind: 'played',
        view: {
          header: {
            title: playthrough.header.title,
            cast: playthrough.header.cast.map((c) => ({ id: c.id, name: c.name })),
          },
          events: playthrough.sofar.events,
          log: { decisions: playthrough.log.decisions, pattern: playthrough.log.pattern },
          sceneContext: playthrough.sceneContext,
          options: playthrough.optionsOnOffer,
          path: playthrough.save.path,
          warnings: warnings.map((raw) => runtimeWarning(raw, request.file, request.places)),
          error: stopped && runtimeError(stopped, request.file, request.places),
        },
      });
      return;
    }
    const { parseStoryFile } = await import('../engine/storyFile');
    const parsed = parseStoryFile(request.text);
    if (!parsed.ok) {
      reply({ kind: 'refused', message: parsed.message });
      return;
    }
    const { manifestEntryFor } = await import('../engine/manifest');
    const entry = manifestEntryFor(parsed.story.id, parsed.story.json, parsed.story.hash, parsed.story.title);
    // A few walks through the story under the runner's budget: a story that runs away does it here first.
    const { exploreStory } = await import('./exploreStory');
    exploreStory(parsed.story.json, { storyId: parsed.story.id, maxWalks: 12, patience: 4 });
    const { compiledStory } = await import('../engine/compiledStory');
    const { header } = compiledStory(parsed.story.json);
    reply({ kind: 'opened', story: parsed.story, entry: { ...entry, listed: false }, header });
  } catch (e) {
    reply({ kind: 'refused', message: e instanceof Error ? e.message : String(e) });
  }
};
