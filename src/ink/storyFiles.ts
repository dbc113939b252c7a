// Read the stories folder (Node only) into the file map the compiler takes: every story and every INCLUDE,
// keyed by its path relative to the folder ("includes/cast.ink"), so INCLUDE lines resolve among them.
import fs from 'node:fs';
import path from 'node:path';

export function readStoryFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.ink')) files[rel] = fs.readFileSync(path.join(dir, rel), 'utf8');
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
