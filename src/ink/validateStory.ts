// Everything an author should fix that reading the story shows, before anything plays: ink's compiler, every
// tag against the contract, the cast against the tags, the source traps, and a header ink cannot see. `check`
// and `play` both call this one function, so a story `check` rejects never plays in `play` (an undeclared cast
// id, a bad move, a bad tag value: exit 2 with FILE:LINE: error: …). What only playing shows (unreached knots,
// runtime errors and warnings, option craft) is check's own, in checkStory.ts. Browser-safe.
import { StoryRunner } from '../engine/storyRunner';
import type { Diagnostic } from '../engine/types';
import { byPlace, diagnostic, type CheckCode, type CheckDiagnostic } from './checkDiagnostics';
import { withDivertHint } from './divertTargets';
import { lintTags } from './lintTags';
import { checkNextScenes } from './nextScene';
import {
  checkCardPlaces,
  checkCast,
  checkConsentAndAction,
  checkLookalikeArrows,
  checkReflects,
  checkSpeakerNarration,
  checkTagText,
  checkWholeFloats,
} from './sourceChecks';
import { checkExclusionScenes } from './exclusionScenes';
import { compileWithMap, type StoryMap } from './storyMap';
import type { SourceScan } from './tagSites';

export interface ValidatedStory {
  /** The compiled story, or null when it does not compile. */
  json: string | null;
  map: StoryMap;
  scan: SourceScan;
  scored: boolean;
  /** Sorted by file and line, errors first on a line. */
  diagnostics: CheckDiagnostic[];
}

/** lintTags speaks for the grammar; its messages sort into the codes the QA asks about. */
function codeForLint(message: string): CheckCode {
  if (message.startsWith('a scored story needs')) return 'header-missing';
  if (/has \d+ facets?;|has no facet marked invisible or unvoiced/.test(message)) return 'cast-thin';
  if (/^a \w+: tag (?:belongs inside|before the "\[" counts)/.test(message)) return 'move-outside';
  if (/^a \w+: tag inside an option's \[brackets\]/.test(message)) return 'line-tag-in-choice';
  return 'tag';
}

const withCode = (code: CheckCode, d: Diagnostic): CheckDiagnostic => ({ ...d, code });

/**
 * ink takes a story's header from the tags before its first content. An INCLUDE above the header puts the
 * included file's content first, and the title, cast and outcomes silently stop being the story's.
 */
function checkHeaderSeen(json: string, scan: SourceScan): CheckDiagnostic[] {
  const header = scan.tags.filter((t) => t.place === 'header');
  if (header.length === 0) return [];
  const seen = new StoryRunner(json).globalTags.map((t) => t.trim());
  if (header.every((t) => seen.includes(t.raw))) return [];
  const first = header[0];
  return [
    diagnostic(
      'header-lost',
      first.file,
      first.line,
      'error',
      "ink does not read these header tags as the story's header, because something comes before them (usually an INCLUDE line): put the header tags at the very top, and INCLUDE lines after them",
    ),
  ];
}

const UNDECLARED = /^(?:Variable could not be found to assign to|Unresolved variable): '?([^\s']+)'?/;

/**
 * A variable with no VAR is one slip, however many lines use it: ink reports each line; the first keeps the
 * message and names the others (one VAR line mends them all).
 */
function oneForEachVariable(list: Diagnostic[]): Diagnostic[] {
  const first = new Map<string, { d: Diagnostic; others: string[] }>();
  const out: Diagnostic[] = [];
  for (const d of [...list].sort(byPlace)) {
    const name = UNDECLARED.exec(d.message)?.[1];
    const seen = name === undefined ? undefined : first.get(name);
    if (name === undefined) out.push(d);
    else if (seen) seen.others.push(d.file === seen.d.file ? `${d.line}` : `${d.line} of ${d.file}`);
    else {
      const entry = { d: { ...d }, others: [] as string[] };
      first.set(name, entry);
      out.push(entry.d);
    }
  }
  for (const { d, others } of first.values()) {
    if (others.length === 0) continue;
    const lines = others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} and ${others.at(-1)}`;
    d.message += ` (also used on line${others.length === 1 ? '' : 's'} ${lines})`;
  }
  return out;
}

/** The knots the compiler compiled as functions. */
const functionsOf = (map: StoryMap): Set<string> =>
  new Set(map.knots.filter((k) => k.isFunction && !k.path.includes('.')).map((k) => k.path));

/** Validate `main` among `files` (paths relative to its folder, INCLUDEs among them) without playing it. */
export function validateStory(files: Record<string, string>, main: string, displayPrefix = ''): ValidatedStory {
  const compiled = compileWithMap(files, main, displayPrefix);
  const lint = lintTags(files, main, displayPrefix);
  const diagnostics: CheckDiagnostic[] = [
    ...oneForEachVariable(compiled.diagnostics).map((d) =>
      withCode('compile', withDivertHint(d, files, displayPrefix)),
    ),
    ...lint.diagnostics.map((d) => withCode(codeForLint(d.message), d)),
  ];
  if (lint.usesOurTags) {
    diagnostics.push(
      ...checkTagText(files, lint.scan, displayPrefix),
      ...checkWholeFloats(files, lint.scan, displayPrefix),
    );
    diagnostics.push(...checkConsentAndAction(lint.scan), ...checkCast(lint.scan, lint.scored));
    diagnostics.push(...checkExclusionScenes(lint.scan));
    diagnostics.push(...checkSpeakerNarration(files, lint.scan, displayPrefix));
    if (lint.scored) diagnostics.push(...checkReflects(lint.scan), ...checkCardPlaces(files, lint.scan, displayPrefix));
  } else {
    diagnostics.push(...checkWholeFloats(files, lint.scan, displayPrefix));
  }
  diagnostics.push(...checkLookalikeArrows(files, lint.scan, displayPrefix));
  if (compiled.json)
    diagnostics.push(
      ...checkHeaderSeen(compiled.json, lint.scan),
      ...checkNextScenes(lint.scan, compiled.json, functionsOf(compiled.map)),
    );
  diagnostics.sort(byPlace);
  return { json: compiled.json, map: compiled.map, scan: lint.scan, scored: lint.scored, diagnostics };
}
