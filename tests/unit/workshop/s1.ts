// S1 (Sitting in Reception), compiled once for the workshop tests.
import { buildStory } from '../../../src/ink/buildStory';
import { readStoryFiles } from '../../../src/ink/storyFiles';
import type { WorkshopStory } from '../../../src/facilitation/workshop';

let cached: WorkshopStory | null = null;

export function s1(): WorkshopStory {
  if (cached) return cached;
  const built = buildStory(readStoryFiles('stories'), 'sitting-in-reception');
  if (!built.json || !built.entry) throw new Error(built.diagnostics.map((d) => d.message).join('\n'));
  cached = { id: 'sitting-in-reception', hash: built.entry.hash, json: built.json };
  return cached;
}
