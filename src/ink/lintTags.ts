// Check every tag an author wrote against the tag grammar, naming the file and line. Used by `play` (a tag
// error stops play with exit 2), by `check` and by the author preview.
import { parseHeader, parseLineTag, placesOf, splitTag, OUR_TAG_KEYS } from '../engine/contract/index.ts';
import type { Diagnostic } from '../engine/types';
import { scanSource, type SourceScan, type TagSite } from './tagSites';

export interface TagLint {
  scan: SourceScan;
  scored: boolean;
  /** The story uses any tag of ours (header or line), so those are checked strictly even when unscored. */
  usesOurTags: boolean;
  diagnostics: Diagnostic[];
}

export function lintTags(files: Record<string, string>, main: string, displayPrefix = ''): TagLint {
  const scan = scanSource(files, main, displayPrefix);
  const scored = scan.tags.some((t) => t.place === 'choice' && splitTag(t.raw).key === 'move');
  const usesOurTags = scan.tags.some((t) => OUR_TAG_KEYS.has(splitTag(t.raw).key));
  const diagnostics: Diagnostic[] = [];
  const add = (file: string, line: number, severity: 'error' | 'warning', message: string) =>
    diagnostics.push({ file, line, severity, message });

  if (!usesOurTags) return { scan, scored, usesOurTags, diagnostics };

  const headerSites = scan.tags.filter((t) => t.place === 'header');
  const { problems } = parseHeader(
    headerSites.map((t) => t.raw),
    { scored },
  );
  const mainFile = displayPrefix + main;
  for (const p of problems) {
    const site = headerSites.find((t) => t.raw === p.tag);
    add(site?.file ?? mainFile, site?.line ?? 1, p.severity, p.message);
  }

  // A choice with no brackets shows its words, tags and all, as a line: only a tag inside [ ] is the option's alone.
  const sourceLines = new Map<string, string[]>();
  const inBrackets = (site: TagSite): boolean => {
    const name = site.file.startsWith(displayPrefix) ? site.file.slice(displayPrefix.length) : site.file;
    let lines = sourceLines.get(name);
    if (!lines) sourceLines.set(name, (lines = (files[name] ?? '').split(/\r?\n/)));
    const open = (lines[site.line - 1] ?? '').indexOf('[');
    return open !== -1 && open < site.column;
  };
  for (const site of scan.tags) {
    if (site.place === 'header') continue;
    const { key } = splitTag(site.raw);
    // Where a tag may stand is the registry's: a choice-only tag on a line is lost on the output line.
    const places = placesOf(key);
    // A header key below the start of the story: ink gives it to that line, and the header never sees it.
    if (places !== null && places.every((p) => p === 'global')) {
      add(
        site.file,
        site.line,
        key === 'cast' && scored ? 'error' : 'warning',
        `"# ${key}:" is a header tag, and only the tags at the very top of the file, before the story's first line, are its header; here it is ignored: move this line up among the other header tags`,
      );
      continue;
    }
    if (places !== null && site.place !== 'choice' && places.every((p) => p === 'choice')) {
      add(
        site.file,
        site.line,
        'warning',
        `a ${key}: tag belongs inside the choice's [brackets]; here it tags the output line and is ignored`,
      );
      continue;
    }
    // A line's tag inside an option's brackets tags the option, which reads only its own (move:, contested, reflect:).
    if (places !== null && site.place === 'choice' && !places.includes('choice') && inBrackets(site)) {
      const where =
        key === 'discuss' || key === 'note'
          ? 'on a line of its own before the choices'
          : key === 'moment' || key === 'perspective'
            ? "on a line of its own in the option's consequence, under the option"
            : 'on a line of story text';
      add(
        site.file,
        site.line,
        'warning',
        `a ${key}: tag inside an option's [brackets] tags the option, and the game ignores it there: write it ${where}`,
      );
      continue;
    }
    // A value with {…} is worked out by ink as the story runs; it cannot be judged from the source.
    if (site.raw.includes('{')) continue;
    const parsed = parseLineTag(site.raw);
    if (parsed.kind !== 'problem') continue;
    if (parsed.severity === 'warning' && !scored) continue;
    add(site.file, site.line, parsed.severity, parsed.message);
  }
  return { scan, scored, usesOurTags, diagnostics };
}
