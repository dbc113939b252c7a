// The headless play report (authoring-contract.md "Headless play", `--json`): what a path did, every option it
// passed by, and the debrief's selection, in one object a test or an author can read. Pure: the CLI prints it,
// tests and the author preview build it from the same playthrough.
import { bandsFor } from './debrief/bands';
import type { StoryHeader } from './debrief/debriefSources';
import type { PromptLibrary } from './debrief/promptLibrary';
import { selectPrompts } from './debrief/selectPrompts';
import { curtainCallAsRead } from './debrief/curtainCallAsRead';
import type { DecisionLog, StoryLine } from './types';

export interface PlayReportInput {
  story: string;
  title: string;
  ended: boolean;
  error: string | null;
  /** The lines shown on the path (tag-only lines left out). */
  lines: readonly StoryLine[];
  log: DecisionLog;
  header: Pick<StoryHeader, 'cast'>;
  library: PromptLibrary;
  /** Which turn of the prompts' wordings (0 on a device's first debrief of the story). */
  rotation?: number;
}

export function playReport(input: PlayReportInput) {
  const { log } = input;
  const bands = bandsFor(log.decisions);
  const selected = selectPrompts(log, input.header, input.library, { rotation: input.rotation ?? 0 });
  // Named as the curtain call reads them (What happened and the airtime picture come first).
  const { prompts } = curtainCallAsRead(log, input.header.cast, selected);
  return {
    story: input.story,
    title: input.title,
    ended: input.ended,
    error: input.error,
    lines: input.lines.map((line) => ({ text: line.text, speaker: line.speaker, to: line.to, tags: line.tags })),
    decisions: log.decisions.map((d) => ({
      index: d.index,
      choice: d.choice,
      moves: d.moves,
      acts: d.acts,
      voice: d.voice,
      power: d.power,
      courage: d.courage,
      base: d.base,
      moment: d.moment,
      perspectives: d.perspectives,
      discuss: d.discuss,
      contested: d.contested,
      options: d.options.map((o) => ({
        index: o.index,
        text: o.text,
        moves: o.moves,
        acts: o.acts,
        voice: o.voice,
        power: o.power,
        courage: o.courage,
        contested: o.contested,
      })),
    })),
    pattern: log.pattern,
    debrief: {
      pattern: log.pattern,
      bands: log.scored ? { voice: bands.voice.text, power: bands.power.text, courage: bands.courage.text } : null,
      prompts: prompts.map((p) => ({
        id: p.id,
        family: p.family,
        text: p.text,
        decision: p.decision,
        who: p.who,
        keyedBy: p.keyedBy,
      })),
    },
  };
}
