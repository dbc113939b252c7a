// Load a story for the command line: an .ink file (compiled with its INCLUDEs from the same folder, tags linted
// so errors name the line) or an already compiled .json.
import fs from 'node:fs';
import path from 'node:path';
import { compileInk } from '../ink/compileInk';
import { lintTags } from '../ink/lintTags';
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
    };
  }
  if (file.endsWith('.json')) {
    const json = fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '');
    return { id, json, diagnostics: [], files: null, main: path.basename(file), displayPrefix: '' };
  }
  const dir = path.dirname(file);
  const main = path.basename(file);
  // Only the story and what its INCLUDEs name: `play` in a big folder must not read everything beneath it.
  const files = readIncludedFiles(dir, main);
  // Name files as the person typed them, so the path in an error can be pasted straight back.
  const displayPrefix = dir === '.' ? '' : `${dir}/`;
  const compiled = compileInk(files, main, displayPrefix);
  const diagnostics = [...compiled.diagnostics];
  if (compiled.json) diagnostics.push(...lintTags(files, main, displayPrefix).diagnostics);
  return { id, json: compiled.json, diagnostics, files, main, displayPrefix };
}
