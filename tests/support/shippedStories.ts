// The shipped stories (listed on the playbill), from the run's one build of every story (storyBuilds.ts).
import { storyBuilds } from './storyBuilds';

export interface Shipped {
  id: string;
  hash: string;
  title: string;
  json: string;
}

export function shippedStories(): Shipped[] {
  return storyBuilds().flatMap((s) =>
    s.json && s.entry?.listed ? [{ id: s.id, hash: s.entry.hash, title: s.entry.title, json: s.json }] : [],
  );
}
