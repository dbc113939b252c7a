// A line's tags read as stage cues, in tag order (the engine's scene context applies them in the same order,
// so the stage and the scene context agree on who is present). Pure: no Phaser, testable in Node.
import { LEARNER_ID, splitTag } from '../engine/contract/index.ts';
import type { StageLine } from './stageSource';

export type StageCue =
  | { kind: 'clear' }
  | { kind: 'enter'; id: string }
  | { kind: 'exit'; id: string }
  | { kind: 'prop'; id: string; item: string }
  /** Who is lit: a cast id, or null for nobody (narration, or the learner speaking). */
  | { kind: 'light'; id: string | null };

const ID = /^[a-z][a-z0-9_]*$/;

function firstWord(value: string): string {
  return value.split(/\s+/)[0] ?? '';
}

export function cuesOf(line: StageLine): StageCue[] {
  const cues: StageCue[] = [];
  let speakerTag: string | null = null;
  for (const raw of line.tags) {
    const { key, value } = splitTag(raw);
    const id = firstWord(value);
    switch (key) {
      case 'scene':
        cues.push({ kind: 'clear' });
        break;
      case 'enter':
      case 'exit':
        // The learner is never drawn, and a malformed id is the linter's to report, not the stage's to guess.
        if (ID.test(id) && id !== LEARNER_ID) cues.push({ kind: key, id });
        break;
      case 'speaker':
        speakerTag = id;
        // Speaking brings someone on stage (as in the scene context).
        if (ID.test(id) && id !== LEARNER_ID) cues.push({ kind: 'enter', id });
        break;
      case 'prop': {
        const item = value.slice(id.length).trim();
        if (ID.test(id) && id !== LEARNER_ID && item !== '') cues.push({ kind: 'prop', id, item });
        break;
      }
    }
  }
  const speaker = line.speaker ?? speakerTag;
  if (speaker !== null && speaker !== '') {
    cues.push({ kind: 'light', id: speaker === LEARNER_ID || !ID.test(speaker) ? null : speaker });
  } else if (!line.hidden) {
    // Narration: nobody in particular is lit. A hidden, tag-only line leaves the light where it was.
    cues.push({ kind: 'light', id: null });
  }
  return cues;
}
