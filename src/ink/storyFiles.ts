// Read the stories folder (Node only) into the file map the compiler takes: every story and every INCLUDE,
// keyed by its path relative to the folder ("includes/cast.ink"), so INCLUDE lines resolve among them.
import fs from 'node:fs';
import path from 'node:path';
import { includeLines, MAX_INCLUDE_DEPTH, withoutByteOrderMark } from './includedFiles.ts';

export function readStoryFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.ink'))
        files[rel] = withoutByteOrderMark(fs.readFileSync(path.join(dir, rel), 'utf8'));
    }
  };
  if (fs.existsSync(dir)) walk('');
  return files;
}

/** Stories are the .ink files at the top of the folder; files in sub-folders are only ever INCLUDEd. */
export function storyIds(files: Record<string, string>): string[] {
  return Object.keys(files)
    .filter((f) => !f.includes('/'))
    .map((f) => f.replace(/\.ink$/, ''))
    .sort();
}

/** Most files one story may pull in through INCLUDEs: far above any real story, a bound on what is read. */
const MAX_INCLUDED_FILES = 500;

/**
 * One story file and the files its INCLUDEs name (relative to its folder), read as far as they go: not the whole
 * folder. A story in /tmp or a home folder must not make `play` or `check` read every file beneath it.
 */
export function readIncludedFiles(dir: string, main: string): Record<string, string> {
  const files: Record<string, string> = {};
  const queue: { name: string; depth: number }[] = [{ name: main, depth: 0 }];
  while (queue.length && Object.keys(files).length < MAX_INCLUDED_FILES) {
    const { name, depth } = queue.shift()!;
    if (files[name] !== undefined) continue;
    let text: string;
    try {
      const full = path.join(dir, name);
      if (!fs.statSync(full).isFile()) continue;
      text = withoutByteOrderMark(fs.readFileSync(full, 'utf8'));
    } catch {
      continue; // not there: the compiler's INCLUDE check names the line
    }
    files[name] = text;
    if (depth <= MAX_INCLUDE_DEPTH)
      for (const { path: included } of includeLines(text)) queue.push({ name: included, depth: depth + 1 });
  }
  return files;
}
