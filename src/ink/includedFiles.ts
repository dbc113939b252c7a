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
const INCLUDE_LINE = /^\s*INCLUDE\s+(.+?)\s*$/;

const baseName = (path: string) => path.replace(/^.*[\\/]/, '');

/**
 * A file's text without the byte-order mark Windows editors put first: left in, it hides the first line (the
 * story's title tag) from every check and the compiler blames an INCLUDE. Every place a file arrives strips it.
 */
export function withoutByteOrderMark(text: string): string {
  return text.replace(/^\ufeff/, '');
}

function includesOf(text: string): string[] {
  return [...text.matchAll(INCLUDE)].map((m) => m[1]);
}

/** Each INCLUDE in a file with its line number (from 1). */
export function includeLines(text: string): { path: string; line: number }[] {
  const out: { path: string; line: number }[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = INCLUDE_LINE.exec(line);
    if (m) out.push({ path: m[1], line: i + 1 });
  });
  return out;
}

/** Deeper than any real story nests its parts, far shallower than what overflows the compiler's stack. */
export const MAX_INCLUDE_DEPTH = 32;

export interface IncludeProblem {
  file: string;
  line: number;
  message: string;
}

/**
 * What would stop the compiler (or crash it) in the INCLUDE lines reachable from `main`, each at the line that
 * causes it: a file that is not there, a file that includes itself again, a chain too deep (inkjs recurses once
 * per level: 2,000 levels overflowed the stack with no line to show for it).
 */
export function includeProblems(files: Record<string, string>, main: string): IncludeProblem[] {
  const problems: IncludeProblem[] = [];
  const explored = new Set<string>([main]);
  // Depth first with an explicit stack, so the walk itself never recurses.
  const stack: { file: string; chain: string[] }[] = [{ file: main, chain: [main] }];
  while (stack.length) {
    const { file, chain } = stack.pop()!;
    for (const { path, line } of includeLines(files[file] ?? '')) {
      if (files[path] === undefined)
        problems.push({
          file,
          line,
          message: `INCLUDE not found: ${path} (the path is read from this story's own folder; in the author preview, open that file with the story)`,
        });
      else if (chain.includes(path))
        problems.push({
          file,
          line,
          message: `INCLUDE ${path} includes itself again (${[...chain, path].join(' → ')})`,
        });
      else if (chain.length >= MAX_INCLUDE_DEPTH)
        problems.push({
          file,
          line,
          message: `INCLUDEs nest more than ${MAX_INCLUDE_DEPTH} deep here (from ${chain[0]}); include the parts from fewer levels`,
        });
      else if (!explored.has(path)) {
        explored.add(path);
        stack.push({ file: path, chain: [...chain, path] });
      }
      if (problems.length >= 20) return problems;
    }
  }
  return problems;
}

export function resolveIncludes(opened: OpenedFile[]): OpenedStories {
  const files: Record<string, string> = {};
  const byName = new Map<string, string>();
  opened = opened.map((file) => ({ name: file.name, text: withoutByteOrderMark(file.text) }));
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
