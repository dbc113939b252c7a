// The playthrough pattern, described as something that happened in the story, never as a label on the
// learner (voice-model.md "Playthrough pattern"). playthroughPattern.ts owns the thresholds and the words;
// this file only hands the words to the debrief and splits out their *emphasis* so the page can show it as
// real emphasis, built from text nodes.
import { PATTERN_DESCRIPTIONS } from '../playthroughPattern';
import type { PatternName } from '../types';

export function describePattern(pattern: PatternName | null): string | null {
  return pattern === null ? null : PATTERN_DESCRIPTIONS[pattern];
}

export interface TextRun {
  text: string;
  emphasis: boolean;
}

/** "the *doing for* trap" → plain, emphasised, plain runs. Unpaired asterisks stay as they are. */
export function emphasisRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  const pattern = /\*([^*]+)\*/g;
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), emphasis: false });
    runs.push({ text: match[1]!, emphasis: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), emphasis: false });
  return runs;
}
