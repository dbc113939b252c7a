// One story, compiled for the game: its JSON, the hash a save is checked against, and the header the foyer shows.
import { createHash } from 'node:crypto';
import { compileInk } from './compileInk.ts';
import type { Diagnostic } from '../engine/types.ts';
import { manifestEntryFor, type ManifestEntry } from '../engine/manifest.ts';

export interface BuiltStory {
  id: string;
  json: string | null;
  entry: ManifestEntry | null;
  diagnostics: Diagnostic[];
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function buildStory(files: Record<string, string>, id: string, displayPrefix = 'stories/'): BuiltStory {
  const { json, diagnostics } = compileInk(files, `${id}.ink`, displayPrefix);
  if (!json) return { id, json: null, entry: null, diagnostics };
  return { id, json, entry: manifestEntryFor(id, json, sha256(json)), diagnostics };
}
