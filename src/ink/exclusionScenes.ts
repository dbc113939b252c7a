// A `harm: exclusion` the stage cannot show. Since session 18 only someone whose matters the scene weighs (an
// `access:`, `mandate:`, `wants:` or `consent:` tag names them since its `scene:` line: engine/talkedPast.ts
// weighedBy) can be talked past on stage, so an exclusion in a scene that names nobody that way dims no one and
// says no one is talked past. Read from the source in order, scene by scene, as `scene:` lines start them: a tag
// written above the harm in the same scene is the one the stage will have heard by then.
import { parseLineTag, splitTag } from '../engine/contract/index.ts';
import { weighedBy } from '../engine/talkedPast';
import { diagnostic, type CheckDiagnostic } from './checkDiagnostics';
import type { SourceScan, TagSite } from './tagSites';

export function checkExclusionScenes(scan: SourceScan): CheckDiagnostic[] {
  const out: CheckDiagnostic[] = [];
  let file: string | null = null;
  let scene: TagSite | null = null;
  let weighs = false;
  for (const site of scan.tags) {
    if (site.place === 'header') continue;
    if (site.file !== file) {
      file = site.file;
      scene = null;
      weighs = false;
    }
    const key = splitTag(site.raw).key;
    if (key === 'scene') {
      scene = site;
      weighs = false;
      continue;
    }
    const parsed = parseLineTag(site.raw);
    if (parsed.kind !== 'ours') continue;
    if (weighedBy(parsed.tag) !== null) weighs = true;
    else if (parsed.tag.key === 'harm' && parsed.tag.harm === 'exclusion' && !weighs) {
      const since = scene ? `since its "# ${scene.raw}" (line ${scene.line})` : 'above this line';
      out.push(
        diagnostic(
          'exclusion-names-nobody',
          site.file,
          site.line,
          'warning',
          `harm: exclusion here, but nothing in this scene ${since} says whose matters it is about, so the stage shows nobody talked past: name the person being talked past above this line with "# wants: ID unknown" (or the access:, mandate: or consent: that is true for them)`,
        ),
      );
    }
  }
  return out;
}
