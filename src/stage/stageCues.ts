// A line's tags read as stage cues, in tag order (the engine's scene context applies them in the same order,
// so the stage and the scene context agree on who is present). The tags are read by the contract's one parse
// (a malformed tag is the checker's to report, not the stage's to guess). Pure: no Phaser, testable in Node.
import { ID_PATTERN, LEARNER_ID, ourTags } from '../engine/contract/index.ts';
import type { StageLine } from './stageSource';

export type StageCue =
  | { kind: 'clear' }
  | { kind: 'enter'; id: string }
  | { kind: 'exit'; id: string }
  | { kind: 'prop'; id: string; item: string }
  /** Who is lit: a cast id, or null for nobody (narration, or the learner speaking). */
  | { kind: 'light'; id: string | null };

/** Drawn on the stage: anyone but the learner, who is never drawn. */
const drawn = (id: string): boolean => id !== LEARNER_ID;

export function cuesOf(line: StageLine): StageCue[] {
  const cues: StageCue[] = [];
  let speakerTag: string | null = null;
  for (const tag of ourTags(line.tags)) {
    switch (tag.key) {
      case 'scene':
        cues.push({ kind: 'clear' });
        break;
      case 'enter':
      case 'exit':
        if (drawn(tag.id)) cues.push({ kind: tag.key, id: tag.id });
        break;
      case 'speaker':
        speakerTag = tag.id;
        // Speaking brings someone on stage (as in the scene context).
        if (drawn(tag.id)) cues.push({ kind: 'enter', id: tag.id });
        break;
      case 'prop':
        if (drawn(tag.id)) cues.push({ kind: 'prop', id: tag.id, item: tag.item });
        break;
    }
  }
  const speaker = line.speaker ?? speakerTag;
  if (speaker !== null && speaker !== '') {
    cues.push({ kind: 'light', id: speaker === LEARNER_ID || !ID_PATTERN.test(speaker) ? null : speaker });
  } else if (!line.hidden) {
    // Narration: nobody in particular is lit. A hidden, tag-only line leaves the light where it was.
    cues.push({ kind: 'light', id: null });
  }
  return cues;
}
