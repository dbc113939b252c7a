// A line's tags read as stage cues, in tag order, through the engine's own tag grammar (one parse, the same one
// the scene context uses, so the stage and the scene context agree on who is present). Pure: no Phaser.
import { LEARNER_ID, parseLineTag } from '../engine/contract/index.ts';
import type { StageLine } from './stageSource';
import type { StageAction } from './stageState';

export type StageCue =
  /** A new scene: everyone leaves, the light goes back to even. */
  | { kind: 'scene'; name: string }
  | { kind: 'enter'; id: string }
  | { kind: 'exit'; id: string }
  | { kind: 'prop'; id: string; item: string }
  /** `harm:` of the scene; `exclusion` means someone here is being talked past. */
  | { kind: 'harm'; harm: 'off' | 'on' | 'exclusion' };

function cuesOf(line: StageLine): StageCue[] {
  const cues: StageCue[] = [];
  for (const raw of line.tags) {
    const parsed = parseLineTag(raw);
    // A malformed tag is the checker's to report, not the stage's to guess.
    if (parsed.kind !== 'ours') continue;
    const tag = parsed.tag;
    switch (tag.key) {
      case 'scene':
        cues.push({ kind: 'scene', name: tag.name });
        break;
      case 'enter':
      case 'exit':
      case 'speaker':
        // Speaking brings someone on stage (as in the scene context). The learner always has their own place.
        if (tag.id !== LEARNER_ID) cues.push({ kind: tag.key === 'exit' ? 'exit' : 'enter', id: tag.id });
        break;
      case 'prop':
        if (tag.id !== LEARNER_ID) cues.push({ kind: 'prop', id: tag.id, item: tag.item });
        break;
      case 'harm':
        cues.push({ kind: 'harm', harm: tag.harm });
        break;
    }
  }
  return cues;
}

/** Everything one line does on stage: its cues in tag order, then who speaks to whom. */
export function lineActions(line: StageLine): StageAction[] {
  return [...cuesOf(line), { kind: 'line', speaker: line.speaker, to: line.to ?? null, hidden: line.hidden ?? false }];
}
