// What happened: the key decisions in the learner's own words, the moment each one is known by, and what
// the people affected noticed. No scores appear here: the timeline is a story, not a mark sheet.
import { displayName, type CastMember, type DecisionLog } from './debriefSources';

export interface TimelineEntry {
  /** `index` of the decision (so other panels can link to it). */
  decision: number;
  moment: string | null;
  /** The words of the option the learner took. */
  choice: string;
  perspectives: { who: string; heading: string; text: string }[];
  contested: boolean;
}

export function timelineFor(log: DecisionLog, cast: readonly CastMember[]): TimelineEntry[] {
  return log.decisions.map((decision) => ({
    decision: decision.index,
    moment: decision.moment,
    choice: decision.choice.text,
    perspectives: decision.perspectives.map((perspective) => ({
      who: perspective.who,
      heading: `What ${displayName(perspective.who, cast)} noticed`,
      text: perspective.text,
    })),
    contested: decision.contested,
  }));
}

/** The account's "what happened", filled in from the log: one plain sentence a decision. */
export function whatHappenedFromLog(log: DecisionLog): string {
  if (log.decisions.length === 0) return 'The story had no decisions to make.';
  return log.decisions
    .map((decision) => {
      const said = `you chose “${decision.choice.text.trim()}”.`;
      return decision.moment ? `${decision.moment.trim()} — ${said}` : said.charAt(0).toUpperCase() + said.slice(1);
    })
    .join('\n');
}
