// Where a story is performed: a story file opened from disk in a worker the page can stop (playInWorker.ts), a
// shipped story on this thread. Shipped stories are trusted (this theatre's own, checked and walked at build time),
// and a choice must show its next words at once (issue 20): a worker would add a round trip and a second copy of
// the engine to every choice for a risk they do not carry. The play screen holds either as a StoryPerformance.
import { Playthrough } from '../engine/playthrough';
import type { StoryPerformance } from '../engine/storyPerformance';
import type { LoadedStory } from './storySource';
import { playInWorker } from './playInWorker';

export function performStory(story: LoadedStory, json: string, storyHash: string): StoryPerformance {
  const storyId = story.entry.id;
  if (!story.opened) return new Playthrough(json, { storyId, storyHash });
  return playInWorker({ json, storyId, storyHash, ...story.opened });
}
