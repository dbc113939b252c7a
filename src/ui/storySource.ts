// Where a story's compiled JSON comes from: the build's stories/ folder (fetched only when it is chosen), or a
// story file an author opened from disk (kept in memory for this visit only).
import manifest from 'virtual:story-manifest';
import type { ManifestEntry, StoryManifest } from '../engine/manifest';
import type { StoryHeader } from '../engine/contract/index.ts';
import { playAsUntrusted } from '../engine/compiledStory';
import { storyResponse } from './storyPrefetch';

export interface LoadedStory {
  entry: ManifestEntry;
  json: string;
  /** An opened file's own id, as its author knows it (its entry's id is in the opened files' namespace). */
  fileId?: string;
  /** A story file opened from disk: played in a worker the page can stop (performStory.ts, playInWorker.ts). */
  opened?: {
    /** The file's name as the person chose it, for every message about it. */
    fileName: string;
    /** Its header, read when it was vetted off this thread. */
    header: StoryHeader;
    /** How long one step of it may run before its worker is stopped. */
    timeLimitMs: number;
  };
}

const opened = new Map<string, LoadedStory>();

export function storyManifest(): StoryManifest {
  return manifest as StoryManifest;
}

export function findEntry(id: string): ManifestEntry | null {
  return opened.get(id)?.entry ?? storyManifest().stories.find((s) => s.id === id) ?? null;
}

/**
 * The id an opened story file plays under. Its own namespace, so a file that shares an id with a shipped story (an
 * author's edited copy of `sitting-in-reception`) never reads or overwrites that story's saved place, answers or
 * start time: every key on the device is made from this id. Still a valid story id (saves check it).
 */
export const OPENED_PREFIX = 'opened-';
export function openedStoryId(fileId: string): string {
  return `${OPENED_PREFIX}${fileId}`.slice(0, 100);
}

export function rememberOpenedStory(story: LoadedStory): void {
  // Performed in workers (its play and its What if copies: performStory.ts). Should anything ever play it on this
  // page after all, each task of that is held to about a second (playedStory.ts).
  playAsUntrusted(story.json);
  opened.set(story.entry.id, story);
}

/** The website answered, but without the story (a server error, a file missing from the build). */
export class StoryNotSent extends Error {
  constructor(title: string, status: number) {
    super(
      `The website did not send “${title}” (it answered with error ${status}). Try again in a minute. If it keeps happening, tell whoever runs this site, or choose another story.`,
    );
  }
}

export async function loadStoryJson(id: string): Promise<LoadedStory> {
  const mine = opened.get(id);
  if (mine) return mine;
  const entry = findEntry(id);
  if (!entry) throw new Error(`There is no story called "${id}" in this theatre.`);
  const response = await storyResponse(id);
  if (!response.ok) throw new StoryNotSent(entry.title, response.status);
  return { entry, json: await response.text() };
}
