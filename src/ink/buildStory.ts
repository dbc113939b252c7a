// One story, compiled for the game: its JSON, the hash a save is checked against, and the header the foyer shows.
import { createHash } from 'node:crypto';
import { compileInk } from './compileInk.ts';
import { StoryRunner } from '../engine/storyRunner.ts';
import { parseHeader } from '../engine/tagGrammar.ts';
import type { Diagnostic } from '../engine/types.ts';
import type { ManifestEntry } from '../engine/manifest.ts';

export interface BuiltStory {
  id: string;
  json: string | null;
  entry: ManifestEntry | null;
  diagnostics: Diagnostic[];
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function manifestEntryFor(id: string, json: string, hash: string): ManifestEntry {
  const runner = new StoryRunner(json);
  const scored = /"\^\s*move\s*:/.test(json);
  const { header } = parseHeader(runner.globalTags, { scored });
  return {
    id,
    hash,
    title: header.title || id,
    summary: header.summary,
    minutes: header.minutes,
    role: header.role,
    outcomes: header.outcomes,
    contentNotes: header.contentNotes,
    review: header.review,
    authors: header.authors,
    listed: header.listed,
    scored,
  };
}

export function buildStory(files: Record<string, string>, id: string, displayPrefix = 'stories/'): BuiltStory {
  const { json, diagnostics } = compileInk(files, `${id}.ink`, displayPrefix);
  if (!json) return { id, json: null, entry: null, diagnostics };
  return { id, json, entry: manifestEntryFor(id, json, sha256(json)), diagnostics };
}
