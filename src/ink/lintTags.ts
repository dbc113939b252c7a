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
  const lineOf = (site: TagSite): string => {
    const name = site.file.startsWith(displayPrefix) ? site.file.slice(displayPrefix.length) : site.file;
    let lines = sourceLines.get(name);
    if (!lines) sourceLines.set(name, (lines = (files[name] ?? '').split(/\r?\n/)));
    return lines[site.line - 1] ?? '';
  };
  const inBrackets = (site: TagSite): boolean => {
    const open = lineOf(site).indexOf('[');
    return open !== -1 && open < site.column;
  };
  const choiceOnly = (site: TagSite): boolean =>
    placesOf(splitTag(site.raw).key)?.every((p) => p === 'choice') ?? false;
  /** A choice-only tag written before its option's "[" (ink gives it to the option, and to the line it prints). */
  const beforeBrackets = (site: TagSite): boolean => {
    const open = lineOf(site).indexOf('[');
    return site.place === 'choice' && open !== -1 && site.column < open && choiceOnly(site);
  };
  /** The option's brackets with every such tag of this option written inside them, at the end. */
  const movedInside = (site: TagSite): string => {
    const line = lineOf(site);
    const open = line.indexOf('[');
    const close = line.indexOf(']', open + 1);
    const moved = scan.tags.filter((t) => t.choiceId === site.choiceId && beforeBrackets(t)).map((t) => ` #${t.raw}`);
    return `${line.slice(open, close === -1 ? undefined : close).trimEnd()}${moved.join('')}]`;
  };
  /** Options already told to move their tags inside: once for each option, however many tags it has there. */
  const toldToMove = new Set<string | null>();
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
    // Before the "[" ink gives the tag to the option and to the line the option prints: it counts (toolchain.md,
    // inkjs traps), but an option's tags are read inside its brackets, as everywhere else in the story.
    if (beforeBrackets(site)) {
      if (!toldToMove.has(site.choiceId))
        add(
          site.file,
          site.line,
          'warning',
          `a ${key}: tag before the "[" counts, as the option's, but write it inside the brackets, where readers of the story look for an option's tags (ink also copies it onto the line the option prints): ${movedInside(site)}`,
        );
      toldToMove.add(site.choiceId);
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
