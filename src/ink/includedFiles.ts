// Files an author opens or drops arrive without their folders: "cast.ink", not "includes/cast.ink". Match each
// INCLUDE line to a file of that name, so a story and its INCLUDEs compile together, and find which of the files
// are stories (the ones no other file includes). Browser-safe and pure.

export interface OpenedFile {
  name: string;
  text: string;
}

export interface OpenedStories {
  /** Every file, under its own name and under each path an INCLUDE uses for it. */
  files: Record<string, string>;
  /** Files no other file includes, in the order opened: the stories that can be previewed. */
  stories: string[];
  /** INCLUDE paths with no file of that name among those opened. */
  missing: string[];
}

const INCLUDE = /^\s*INCLUDE\s+(.+?)\s*$/gm;

const baseName = (path: string) => path.replace(/^.*[\\/]/, '');

export function includesOf(text: string): string[] {
  return [...text.matchAll(INCLUDE)].map((m) => m[1]);
}

export function resolveIncludes(opened: OpenedFile[]): OpenedStories {
  const files: Record<string, string> = {};
  const byName = new Map<string, string>();
  for (const file of opened) {
    const name = baseName(file.name);
    files[name] = file.text;
    byName.set(name, file.text);
  }
  const included = new Set<string>();
  const missing: string[] = [];
  for (const file of opened) {
    for (const path of includesOf(file.text)) {
      const text = byName.get(baseName(path));
      if (text === undefined) {
        if (!missing.includes(path)) missing.push(path);
        continue;
      }
      files[path] = text;
      included.add(baseName(path));
    }
  }
  const stories = opened
    .map((f) => baseName(f.name))
    .filter((name, i, all) => !included.has(name) && all.indexOf(name) === i);
  return { files, stories, missing };
}
