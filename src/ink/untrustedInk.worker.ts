// Untrusted ink runs here, in a Web Worker the page can stop: the author preview's compile and check, and a story
// file opened from disk (read, loaded, and walked a little before the game plays it). A crafted story that loops
// for minutes holds this worker, never the tab; the page terminates it after a time limit (ui/untrustedInk.ts).
// Each request gets a fresh worker, so nothing one story did is left for the next.
import type { UntrustedRequest, UntrustedReply } from './untrustedInkMessages';

const reply = (message: UntrustedReply) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<UntrustedRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'check') {
      const { checkStory } = await import('./checkStory');
      reply({ kind: 'checked', check: checkStory(request.files, request.main) });
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
    reply({ kind: 'opened', story: parsed.story, entry: { ...entry, listed: false } });
  } catch (e) {
    reply({ kind: 'refused', message: e instanceof Error ? e.message : String(e) });
  }
};
