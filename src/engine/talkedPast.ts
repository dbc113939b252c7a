// Who is talked past, declared once: the debrief's questions (debrief/selectPrompts.ts), the stage's dimmed figure
// and the words said for it on the line (stage/stageState.ts, ui/stageFacts.ts) all follow it. In a scene of
// exclusion (voice-model.md: `harm: exclusion`, "someone is being talked past, over or about in front of them") a
// line talks past a person who is there when someone else, not the learner, says it to another person. The one
// doing the excluding is never the one talked past: at the desk Dawn talks to the worker about Esther, and when
// Esther then answers the worker, Dawn is not being talked past. On stage (session 18) only someone whose matters
// the scene weighs, or whom the learner has just handed the floor, can be talked past, and never by one of the
// people the choices are about (talkedPastBy). The curtain call asks only about someone the learner's choice acted
// on (selectPrompts.ts), which is its own "whose matters": it reads talksPast alone, because the decision log it
// reads has no stage facts (whose matters were named by each line, whom the speaker turned from); selectPrompts.ts
// talkedPast says how far the two differ.
import type { LineTag } from './contract/tags.ts';
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
 * The person whose matters a tag says the scene weighs, if it does: the voice model's scene context for one person
 * (`access:`, `mandate:`, `wants:`, `consent:`), which the author sets for the people a scene's choices are about.
 * Session 18: only they can be talked past. A line is about somebody's matters or it is not, and the story already
 * says whose matters a scene is about; without that, anyone the speaker turned from was "talked past": Esther
 * saying "Go if you need to" to her own carer left out Mrs Lee, and the chair moving Samir on left out Hawa.
 */
export function weighedBy(tag: LineTag): string | null {
  switch (tag.key) {
    case 'access':
    case 'mandate':
    case 'wants':
    case 'consent':
      return tag.id;
    default:
      return null;
  }
}

/** What the story and the scene so far tell the rule (stage/stageState.ts keeps it). */
export interface SceneSoFar {
  /**
   * The Audience (engine/storyAudience.ts): everyone a `move:` names, whose voice the choices are about. Their own
   * words talk past nobody: it is others who talk past them (session 18: Mrs Lee telling the worker "I've read worse
   * screens" while Esther plans her wait, Hawa's "Three months. I'll be here", Alan's "Here." at his own meeting).
   */
  audience: readonly string[];
  /** Whose matters the scene weighs (weighedBy): the only people a line can talk past. */
  weighs: readonly string[];
  /** Who has talked past someone in this scene: the one doing the excluding is never the one talked past. */
  excluding: readonly string[];
  /** Who has been talked past in this scene (and may since have been brought back). */
  talkedPast: readonly string[];
  /**
   * The one the learner has just handed the floor to (stage/stageState.ts handsTheFloor), if nobody has spoken since
   * but the learner. Session 18, S2 planning meeting: the learner asks Helen about attorney and ends "Desmond, you
   * were saying?", and Helen answers the learner, "Claire is family." Whoever speaks instead of the one invited talks
   * past them, whether or not the scene weighed their matters before: the learner's choice made their voice the
   * matter.
   */
  invited: string | null;
}

/**
 * Of `around` (those the speaker has turned from), the ones this line talks past: only those whose matters the
 * scene weighs, never the learner, and never anyone doing the excluding. A line said by one of the Audience, or by
 * someone who has been talked past in this scene, talks past nobody: it is their voice, not a new exclusion (session
 * 17's educator read: Daniel asking "Is it bloods?" does not leave Dr Price out). Someone else speaking when the
 * learner has just handed the floor to a person speaks instead of them, so that person is among those passed.
 */
export function talkedPastBy(line: SaidLine, around: readonly string[], scene: SceneSoFar): string[] {
  if (line.who !== null && (scene.audience.includes(line.who) || scene.talkedPast.includes(line.who))) return [];
  const invited = scene.invited !== null && scene.invited !== line.who ? [scene.invited] : [];
  return [...new Set([...around, ...invited])].filter(
    (p) =>
      p !== LEARNER_ID &&
      (scene.weighs.includes(p) || invited.includes(p)) &&
      !scene.excluding.includes(p) &&
      talksPast(line, p),
  );
}
