// Who is talked past, declared once: the debrief's questions (debrief/selectPrompts.ts), the stage's dimmed figure
// and the words said for it on the line (stage/stageState.ts, ui/stageFacts.ts) all follow it. In a scene of
// exclusion (voice-model.md: `harm: exclusion`, "someone is being talked past, over or about in front of them") a
// line talks past a person who is there when someone else, not the learner, says it to another person. The one
// doing the excluding is never the one talked past: at the desk Dawn talks to the worker about Esther, and when
// Esther then answers the worker, Dawn is not being talked past.
import { LEARNER_ID } from './contract/learnerId.ts';

/** A line as the talking-past rule reads it: who says it (null for narration), and to whom (`to:`). */
export interface SaidLine {
  who: string | null;
  to: string | null;
}

/** The line talks past `person`: said by someone other than them and the learner, to somebody else. */
export function talksPast(line: SaidLine, person: string): boolean {
  return line.who !== null && line.who !== person && line.who !== LEARNER_ID && line.to !== null && line.to !== person;
}

/**
 * Of `around` (those the speaker has turned from), the ones this line talks past: never the learner, and never
 * anyone `excluding`, who has themselves talked past someone in this scene. A line said by someone who has been
 * talked past in this scene (`talkedPast`) talks past nobody: it is their voice coming back, not a new exclusion
 * (Hawa answering the worker at the forum does not leave Samir out; session 17's educator read).
 */
export function talkedPastBy(
  line: SaidLine,
  around: readonly string[],
  excluding: readonly string[],
  talkedPast: readonly string[],
): string[] {
  if (line.who !== null && talkedPast.includes(line.who)) return [];
  return around.filter((p) => p !== LEARNER_ID && !excluding.includes(p) && talksPast(line, p));
}
