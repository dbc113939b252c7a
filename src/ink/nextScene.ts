// `next_scene:` says where "Skip this scene" goes: a knot, or a stitch as knot.stitch. A name the story does not
// have is an error in `check` and `play` (for the .ink at the tag's line, for a compiled .json in its knot), with
// the name meant when it looks like a slip. The game, meeting one anyway, skips as if the tag were not there
// (playthrough.ts). Browser-safe.
import { compiledStory } from '../engine/compiledStory';
import { closest } from '../engine/didYouMean';
import { parseLineTag } from '../engine/contract/index.ts';
import { diagnostic, type CheckDiagnostic } from './checkDiagnostics';
import type { SourceScan } from './tagSites';

/** What is wrong with `next_scene: target` among the story's knots and stitches ("knot", "knot.stitch"), or null. */
export function nextSceneProblem(target: string, knots: readonly string[]): string | null {
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

/** Every `next_scene:` in the source that names a knot or stitch the compiled story does not have. */
export function checkNextScenes(scan: SourceScan, json: string): CheckDiagnostic[] {
  const knots = compiledStory(json).knotsAndStitches();
  const out: CheckDiagnostic[] = [];
  for (const site of scan.tags) {
    // A value with {…} is worked out as the story runs; it cannot be judged from the source.
    if (site.place === 'header' || site.raw.includes('{')) continue;
    const parsed = parseLineTag(site.raw);
    if (parsed.kind !== 'ours' || parsed.tag.key !== 'next_scene') continue;
    const problem = nextSceneProblem(parsed.tag.knot, knots);
    if (problem) out.push(diagnostic('next-scene', site.file, site.line, 'error', problem));
  }
  return out;
}
