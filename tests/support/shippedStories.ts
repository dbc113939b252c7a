// The shipped stories (listed on the playbill), compiled once for the LMS tests.
import { compileAllStories } from '../../src/ink/vitePlugin';

export interface Shipped {
  id: string;
  hash: string;
  title: string;
  json: string;
}

let cached: Shipped[] | null = null;

export function shippedStories(): Shipped[] {
  if (cached) return cached;
  cached = compileAllStories('stories').stories.flatMap((s) =>
    s.json && s.entry?.listed ? [{ id: s.id, hash: s.entry.hash, title: s.entry.title, json: s.json }] : [],
  );
  return cached;
}
