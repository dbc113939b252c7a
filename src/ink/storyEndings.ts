// The story's endings: which ENDs the walks reached (the summary's "2 of 3 endings reached"), each END no path
// reaches, and each place a path runs out of text at the top of the story with no END, which ink ends silently.
import type { Exploration, WalkRecord } from './exploreStory';
import { diagnostic, type CheckDiagnostic } from './checkDiagnostics';
import { seeIt, type Replay } from './replayPath';
import { endingFor, knotContaining, type EndingPlace, type StoryMap } from './storyMap';

/** The endings (as endingName names them) some path reached, and how many the story has. */
export interface EndingsCount {
  reached: string[];
  /**
   * Endings a path stops in with an error (`total` counts them): a knot that runs out of text with no END (an
   * ending meant and never written), or an ending's knot where an error stops the path before its END.
   */
  broken: string[];
  total: number;
}

/**
 * An ending as the summary counts it: the knot (or stitch) its END is in, or, for an END at the top of the story
 * outside every knot (Inky's new story ends so), the place it is written.
 */
const endingName = (ending: EndingPlace): string => ending.knot ?? `${ending.file}:${ending.line}`;

/** The last line written in the compiled container `path`: where a story that ran out of text there stopped. */
function lastLineIn(path: string, map: StoryMap): { file: string; line: number } | null {
  const { files, containers } = map.content;
  const place = [...(containers[path] ?? [])].reverse().find((p) => p !== null);
  const at = place ? files[place[0]] : undefined;
  return place && at !== undefined ? { file: at, line: place[1] } : null;
}

/**
 * The endings the walks reached, an END no path reaches (`played` says how much was played: "on any of the 4
 * paths"), and a path that runs out of text with no END. When walking ran out of time nothing is said of an
 * unreached END: it may simply not have been tried.
 */
export function judgeEndings(
  file: string,
  map: StoryMap,
  exploration: Exploration,
  played: string,
  replay: Replay,
): { diagnostics: CheckDiagnostic[]; endings: EndingsCount } {
  const { walks, visited } = exploration;
  const out: CheckDiagnostic[] = [];
  /** Where walks ended, as endingName names an ending. */
  const endingsReached = new Set<string>();
  /** Each END written in the source that some walk ended at. */
  const endsReached = new Set<EndingPlace>();
  /** Where walks ran out of text at the top of the story with no END ("file:line"): the shortest walk, and how many. */
  const runsOut = new Map<string, { file: string; line: number | null; walk: WalkRecord; walks: number }>();
  for (const walk of walks) {
    if (walk.endedIn === null) continue;
    const site = endingFor(walk.endedIn, map.endings);
    if (site) endsReached.add(site);
    const ending = site ? endingName(site) : knotContaining(walk.endedIn, map.knots);
    if (ending) endingsReached.add(ending);
    // In a knot, ink itself says the flow runs out; at the top of the story it adds an end of its own, silently.
    else {
      const place = lastLineIn(walk.endedIn, map) ?? { file, line: null };
      const key = `${place.file}:${place.line}`;
      const before = runsOut.get(key);
      if (!before) runsOut.set(key, { ...place, walk, walks: 1 });
      else {
        before.walks++;
        if (before.walk.steps.length > walk.steps.length) before.walk = walk;
      }
    }
  }

  const endingNames = new Set(map.endings.map(endingName));
  // A path stopped by an error has reached no ending, but the summary's count is the author's count of their
  // endings: one that ran out of text with no END, or broke before its END, is still one of them, not left out.
  const broken = new Set<string>();
  for (const walk of walks) {
    if (walk.outcome !== 'error' || !walk.error?.at) continue;
    const knot = knotContaining(walk.error.at, map.knots);
    if (knot !== null && (walk.error.kind === 'out-of-content' || endingNames.has(knot))) broken.add(knot);
  }
  // Two ENDs can share a line (`{x: -> END | -> DONE}`): the line is reached when either is, and judged once.
  const linesReached = new Set([...endsReached].map((e) => `${e.file}:${e.line}`));
  const judged = new Set<string>();
  for (const ending of exploration.outOfTime ? [] : map.endings) {
    const at = `${ending.file}:${ending.line}`;
    if (judged.has(at)) continue;
    judged.add(at);
    // An END in a knot nothing reaches is covered by that knot's own warning.
    if (linesReached.has(at) || (ending.knot !== null && !visited.has(ending.knot))) continue;
    out.push(
      diagnostic(
        'unreached-ending',
        ending.file,
        ending.line,
        'warning',
        `the story never ends at this END${ending.knot ? ` (in ${ending.knot})` : ''} ${played}`,
      ),
    );
  }

  for (const { file: at, line, walk, walks: n } of runsOut.values()) {
    const how =
      exploration.mode === 'every-path'
        ? `on ${n} of the ${walks.length} paths`
        : `in ${n} of the ${walks.length} walks`;
    const none = map.endings.length === 0 ? '; the story has no -> END at all, so check counts 0 endings' : '';
    out.push(
      diagnostic(
        'no-ending',
        at,
        line,
        'warning',
        `the story runs out of text after this line (${how}) with no -> END, so ink ends it quietly and check cannot count it as an ending${none}: if the story should end here, write -> END on the line below; if it should go on, write an arrow to the knot that comes next (-> and the knot's name); to see it: ${seeIt(walk, file, replay)}`,
      ),
    );
  }

  return {
    diagnostics: out,
    endings: {
      reached: [...endingsReached].sort(),
      broken: [...broken].sort(),
      total: new Set([...endingNames, ...endingsReached, ...broken]).size,
    },
  };
}
