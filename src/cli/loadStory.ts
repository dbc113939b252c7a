// Load a story for the command line: an .ink file (compiled with its INCLUDEs from the same folder and validated
// exactly as `check` validates it, so errors name the line) or an already compiled .json.
import fs from 'node:fs';
import path from 'node:path';
import { validateStory } from '../ink/validateStory';
import { validateCompiledStory } from '../ink/compiledTags';
import type { StoryMap } from '../ink/storyMap';
import { readIncludedFiles } from '../ink/storyFiles';
import type { Diagnostic } from '../engine/types';

export interface LoadedStory {
  id: string;
  json: string | null;
  diagnostics: Diagnostic[];
  /** The source files, for checks that read the .ink (null for compiled JSON). */
  files: Record<string, string> | null;
  main: string;
  displayPrefix: string;
  /** Where each knot and stitch is written (null for compiled JSON, which keeps no lines). */
  map: StoryMap | null;
}

export function loadStory(file: string): LoadedStory {
  const id = path.basename(file).replace(/\.(ink|json)$/, '');
  if (fs.statSync(file).isDirectory()) {
    const message = 'this is a folder: give one story file (.ink or .json)';
    return {
      id,
      json: null,
      diagnostics: [{ file, line: null, severity: 'error', message }],
      files: null,
      main: id,
      displayPrefix: '',
      map: null,
    };
  }
  if (file.endsWith('.json')) {
    const json = fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '');
    const diagnostics = validateCompiledStory(json, file);
    return { id, json, diagnostics, files: null, main: path.basename(file), displayPrefix: '', map: null };
  }
  const dir = path.dirname(file);
  const main = path.basename(file);
  // Only the story and what its INCLUDEs name: `play` in a big folder must not read everything beneath it.
  const files = readIncludedFiles(dir, main);
  // Name files as the person typed them, so the path in an error can be pasted straight back.
  const displayPrefix = dir === '.' ? '' : `${dir}/`;
  const { json, diagnostics, map } = validateStory(files, main, displayPrefix);
  return { id, json, diagnostics, files, main, displayPrefix, map };
}
