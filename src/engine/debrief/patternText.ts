// The playthrough pattern, described as something that happened in the story and that many people fall
// into, never as a label on the learner (voice-model.md "Playthrough pattern"). playthroughPattern.ts owns
// the thresholds; the debrief only needs words for each name.
import type { PatternName } from '../types';

export const PATTERN_WORDS: Record<PatternName, string> = {
  Performer:
    'More than once, speaking up turned the attention towards how you felt or how you looked. It is a common ' +
    'pull: wanting to be seen doing the right thing can crowd out the person it is meant to help.',
  Rescuer:
    'More than once, you stepped in and did things for someone, or spoke for them, when they could have been ' +
    'part of it. This is the "doing for" trap: it feels kind, and it can still leave the person with less say.',
  Bystander:
    'When someone was being harmed or left out, the story often went on without anyone stepping in. Many ' +
    'people stand back in moments like these, for reasons worth looking at.',
  'With, but quiet':
    'Most of the time, people kept their voice and their say. There were also moments when harm went ' +
    'unanswered: working alongside people and speaking up when it costs something are two different skills.',
  With: 'Most of the time, people kept their own voice and made their own decisions, and you worked alongside them.',
  'Finding the way':
    'This playthrough was a mix: some moments worked alongside people, some did things for them, and some ' +
    'stood back. That is how most practice looks while it is still being worked out.',
};

export function describePattern(pattern: PatternName | null): string | null {
  return pattern === null ? null : PATTERN_WORDS[pattern];
}
