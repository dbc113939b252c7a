// `next_scene:` says where "Skip this scene" goes: a knot, or a stitch as knot.stitch. A name the story does not
// have is an error in `check` and `play` (for the .ink at the tag's line, for a compiled .json in its knot), with
// the name meant when it looks like a slip. So is a function's name: ink would run the function as if it were a
// scene, and stop with an error at its `~ return`. The game, meeting a missing name or a function anyway, skips
// as if the tag were not there (playthrough.ts). A compiled story says which knots are functions only where it
// calls or returns from them (CompiledStory.functions), so the .json is checked for those, the .ink for every one.
// Browser-safe.
import { compiledStory } from '../engine/compiledStory';
import { closest } from '../engine/didYouMean';
import { orList, parseLineTag } from '../engine/contract/index.ts';
import { diagnostic, type CheckDiagnostic } from './checkDiagnostics';
import type { SourceScan } from './tagSites';

/** The most places a message lists before it says how many more there are. */
const MOST_LISTED = 8;

/** The places it could mean, quoted: the first MOST_LISTED of them, and how many more. */
function listed(names: readonly string[]): string {
  const shown = names.slice(0, MOST_LISTED).map((n) => `"${n}"`);
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} or ${more} more` : orList(shown);
}

/** What the story knows of its places: every knot and stitch, and which of them are functions and start scenes. */
export interface ScenePlaces {
  /** Every knot and stitch ("knot", "knot.stitch"), functions among them, in the order written. */
  knots: readonly string[];
  /** The knots compiled as functions (`=== function name ===`); for a compiled story, those it shows. */
  functions?: ReadonlySet<string>;
  /** The knots and stitches whose first line has `scene:`: where a skip usually goes. */
  scenes?: readonly string[];
}

/** What is wrong with `next_scene: target` among the story's knots and stitches, or null. */
export function nextSceneProblem(target: string, places: ScenePlaces): string | null {
  const functions = places.functions ?? new Set<string>();
  const knots = places.knots.filter((k) => !functions.has(k.split('.')[0]!));
  if (functions.has(target)) {
    const scenes = (places.scenes ?? []).filter((k) => knots.includes(k));
    const meant = scenes.length ? scenes : knots.filter((k) => !k.includes('.'));
    const which = scenes.length ? "one of the story's scenes" : "one of the story's knots";
    return `next_scene: names "${target}", which is a function (written "=== function ${target}"), not a scene: "Skip this scene" would run it as if it were one and stop the story with an error; write the knot the skip should go to${meant.length ? `, ${which}: ${listed(meant)}` : ''}`;
  }
  if (knots.includes(target)) return null;
  const nowhere = '"Skip this scene" would lead nowhere';
  // From outside its knot a stitch is named with the knot, as an arrow names it.
  const stitch = target.includes('.') ? undefined : knots.find((k) => k.endsWith(`.${target}`));
  if (stitch)
    return `next_scene: names "${target}", and no knot has that name, so ${nowhere}: "${target}" is a stitch of knot "${stitch.split('.')[0]}", so write "# next_scene: ${stitch}"`;
  const said = `next_scene: names "${target}", and the story has no knot or stitch of that name, so ${nowhere}`;
  const guess = closest(target, knots, 2);
  if (guess) return `${said} (did you mean "${guess}"?)`;
  return `${said}: write the name of the knot the skip should go to, as it is written after "===" (a stitch as knot.stitch)`;
}

/**
 * Every `next_scene:` in the source that names a knot or stitch the compiled story does not have, or a function
 * (`functions`: the knots the compiler compiled as functions).
 */
export function checkNextScenes(scan: SourceScan, json: string, functions: ReadonlySet<string>): CheckDiagnostic[] {
  const story = compiledStory(json);
  const places: ScenePlaces = { knots: story.knotsAndStitches(), functions, scenes: story.sceneStarts() };
  const out: CheckDiagnostic[] = [];
  for (const site of scan.tags) {
    // A value with {…} is worked out as the story runs; it cannot be judged from the source.
    if (site.place === 'header' || site.raw.includes('{')) continue;
    const parsed = parseLineTag(site.raw);
    if (parsed.kind !== 'ours' || parsed.tag.key !== 'next_scene') continue;
    const problem = nextSceneProblem(parsed.tag.knot, places);
    if (problem) out.push(diagnostic('next-scene', site.file, site.line, 'error', problem));
  }
  return out;
}
