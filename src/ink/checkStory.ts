// `check`: everything an author should fix before a story ships, in one pass, printed like a compiler's messages.
// Reads the source (validateStory: the compiler, the tag grammar, the source checks, as `play` does), then plays
// the story (exploreStory) and reports what only playing shows, each idea in its own file: paths that break
// (brokenPaths.ts), the decisions and their cards (decisionCards.ts), what no path reaches (unreachedParts.ts), the
// endings (storyEndings.ts), the save's size (saveSize.ts), the median path's length (storyLength.ts) and the
// header a listed story still lacks (headerReminders.ts). Browser-safe: the author preview runs the same checks
// on dropped files.
import { ACT_NAMES, parseHeader, splitTag, type ActName } from '../engine/contract/index.ts';
import type { SourcePlaces, StoryMap } from './storyMap';
import { exploreStory, type ExploreOptions, type Exploration } from './exploreStory';
import { byPlace, type CheckDiagnostic } from './checkDiagnostics';
import { validateStory } from './validateStory';
import { oneReportForEachLooseEnd } from './looseEnds';
import { craftSummary } from './optionCraft';
import type { Replay } from './replayPath';
import { judgeBrokenPaths } from './brokenPaths';
import { judgeDecisions } from './decisionCards';
import { judgeUnreached } from './unreachedParts';
import { judgeEndings } from './storyEndings';
import { judgeSaveSize } from './saveSize';
import { judgeLength } from './storyLength';
import { judgeHeaderReminders } from './headerReminders';
import type { StorySummary } from './checkSummary';

export type { CheckDiagnostic } from './checkDiagnostics';

export interface CheckOptions extends Omit<ExploreOptions, 'storyId'> {
  /** Put before file names in messages, e.g. "stories/". */
  displayPrefix?: string;
  /**
   * How a message says to replay a path: `npm run play -- FILE --choices 2,1` in a terminal (the default), or the
   * choices to take in the author preview, where the person reading has no terminal.
   */
  replay?: Replay;
}

export interface StoryCheck {
  id: string;
  /** The main file as shown in messages. */
  file: string;
  title: string;
  json: string | null;
  diagnostics: CheckDiagnostic[];
  errors: number;
  warnings: number;
  summary: StorySummary;
  /** Where each knot and each piece of content is written: what names a runtime message's file and line in the preview's play (runtimeMessages.ts). */
  places: SourcePlaces;
}

/** What playing showed, turned into diagnostics and the summary. */
function judgePlay(
  file: string,
  map: StoryMap,
  exploration: Exploration,
  json: string,
  scored: boolean,
  cast: ReadonlySet<string>,
  replay: Replay = 'terminal',
): { diagnostics: CheckDiagnostic[]; summary: StorySummary } {
  const { walks } = exploration;
  const acts = new Set<ActName>();
  let longestPath = 0;
  for (const walk of walks) {
    longestPath = Math.max(longestPath, walk.log.decisions.length);
    for (const d of walk.log.decisions) for (const a of d.acts) acts.add(a.act);
  }
  const played = exploration.mode === 'every-path' ? `on any of the ${walks.length} paths` : `in ${walks.length} walks`;
  const decisions = judgeDecisions(file, map, walks, scored, cast);
  const endings = judgeEndings(file, map, exploration, played, replay);
  const save = judgeSaveSize(file, walks, json);
  return {
    diagnostics: [
      ...judgeBrokenPaths(file, map, exploration, replay),
      ...decisions.diagnostics,
      ...judgeUnreached(map, exploration, played),
      ...endings.diagnostics,
      ...save.diagnostics,
    ],
    summary: {
      scored,
      mode: exploration.mode,
      paths: walks.length,
      decisions: decisions.decisions,
      longestPath,
      endings: endings.endings,
      largestSave: save.largestSave,
      acts: ACT_NAMES.filter((a) => acts.has(a)),
      craft: craftSummary(
        walks.filter((w) => w.outcome === 'ended').map((w) => ({ decisions: w.log.decisions.length, words: w.words })),
      ),
    },
  };
}

/** Check one story: `main` among `files` (paths relative to the stories folder, INCLUDEs among them). */
export function checkStory(files: Record<string, string>, main: string, options: CheckOptions = {}): StoryCheck {
  const prefix = options.displayPrefix ?? '';
  const file = prefix + main;
  const id = main.replace(/^.*\//, '').replace(/\.ink$/, '');
  const validated = validateStory(files, main, prefix);
  const diagnostics: CheckDiagnostic[] = [...validated.diagnostics];
  const { header } = parseHeader(
    validated.scan.tags.filter((t) => t.place === 'header').map((t) => t.raw),
    { scored: false },
  );
  let summary: StorySummary = {
    scored: validated.scored,
    mode: 'not-played',
    paths: 0,
    decisions: 0,
    longestPath: 0,
    endings: { reached: [], broken: [], total: 0 },
    largestSave: null,
    acts: [],
    craft: null,
  };
  if (validated.json) {
    const knots = validated.map.knots.filter((k) => !k.isFunction).map((k) => k.path);
    const exploration = exploreStory(validated.json, { knots, ...options, storyId: id });
    const scored = exploration.walks[0]?.log.scored ?? validated.scored;
    const cast = new Set(header.cast.map((m) => m.id));
    const judged = judgePlay(file, validated.map, exploration, validated.json, scored, cast, options.replay);
    diagnostics.push(...judged.diagnostics);
    summary = judged.summary;
    if (scored) {
      const sites = validated.scan.tags.filter((t) => t.place === 'header' && t.file === file);
      diagnostics.push(...judgeHeaderReminders(header, sites, file));
    }
    if (scored && summary.craft) {
      const minutesSite = validated.scan.tags.find((t) => t.place === 'header' && splitTag(t.raw).key === 'minutes');
      diagnostics.push(...judgeLength(file, summary.craft, header, minutesSite ?? null));
    }
  }
  const reported = oneReportForEachLooseEnd(diagnostics).sort(byPlace);
  return {
    id,
    file,
    title: header.title || id,
    json: validated.json,
    diagnostics: reported,
    errors: reported.filter((d) => d.severity === 'error').length,
    warnings: reported.filter((d) => d.severity === 'warning').length,
    summary,
    places: { knots: validated.map.knots, content: validated.map.content },
  };
}

/** Check several stories among the same files (default: every story, i.e. every .ink not in a sub-folder). */
export function checkStories(
  files: Record<string, string>,
  mains?: string[],
  options: CheckOptions = {},
): StoryCheck[] {
  const list =
    mains ??
    Object.keys(files)
      .filter((f) => !f.includes('/') && f.endsWith('.ink'))
      .sort();
  return list.map((main) => checkStory(files, main, options));
}
