// The one line `check` prints after a story's messages, and the measures it is made of: paths played, decisions
// met, endings reached, the largest save, option craft's path lengths.
import { SAVE_CODE_LIMIT } from '../engine/saveCode';
import type { ActName } from '../engine/contract/index.ts';
import type { CraftSummary } from './optionCraft';
import type { EndingsCount } from './storyEndings';
import type { StoryCheck } from './checkStory';

export interface StorySummary {
  scored: boolean;
  /** 'not-played' when the story did not compile. */
  mode: 'every-path' | 'walks' | 'not-played';
  /** Paths played (every path) or walks run. */
  paths: number;
  /** Distinct decisions met (choice points with a move:, or every choice point in an unscored story). */
  decisions: number;
  /** The most decisions on one path. */
  longestPath: number;
  /** The endings (storyEndings.ts names them) some path reached, those a path stops in with an error, and how many the story has. */
  endings: EndingsCount;
  /** Characters in the longest save code met, or null when nothing was played. */
  largestSave: number | null;
  /** Acts any walk resolved to, in the voice model's order of the act table. */
  acts: ActName[];
  /** Option craft's measures of path length; null when no walk finished. */
  craft: CraftSummary | null;
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The one-line summary printed after a story's messages. */
export function formatSummary(check: StoryCheck): string {
  const s = check.summary;
  const counts = `${count(check.errors, 'error')}, ${count(check.warnings, 'warning')}`;
  if (s.mode === 'not-played') return `${check.file}: not played (it does not compile); ${counts}`;
  const played =
    s.mode === 'every-path' ? `${count(s.paths, 'path')} (every path played)` : `${count(s.paths, 'walk')}`;
  const save =
    s.largestSave === null
      ? ''
      : `, largest save ${s.largestSave.toLocaleString('en-GB')} of ${SAVE_CODE_LIMIT.toLocaleString('en-GB')} characters`;
  // Option craft's measures: the fewest to the most decisions a path meets, and the median path's reading.
  const onAPath =
    s.craft === null
      ? `up to ${s.longestPath} on one path`
      : `${s.craft.pathDecisions.min} to ${s.longestPath} on a path, median ${s.craft.pathDecisions.median}: ${count(s.craft.medianWords, 'word')}, about ${s.craft.medianMinutes.toLocaleString('en-GB')} minutes`;
  const broken = s.endings.broken.length;
  const stops = broken === 0 ? '' : ` (${broken} ${broken === 1 ? 'stops' : 'stop'} with an error)`;
  return `${check.file}: ${count(s.decisions, 'decision')} (${onAPath}), ${played}, ${s.endings.reached.length} of ${count(s.endings.total, 'ending')} reached${stops}${save}; ${counts}`;
}
