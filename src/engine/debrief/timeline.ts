// What happened: the key decisions in the learner's own words, the moment each one is known by, and what
// the people affected noticed. No scores appear here: the timeline is a story, not a mark sheet.
import type { DecisionRecord } from '../types';
import { BAND_WORDS, levelFor, type Dimension } from './bands';
import { calledBy } from './curtainCallNames';
import type { CastMember, DecisionLog } from './debriefSources';
import { endsItsSentence, quotedChoice } from '../quotedChoice';

/**
 * A later decision that came back to this one (R13 repair, R9 follow-through). The timeline tells both: what
 * happened here, in the words of its base scores, and what the learner did later, never only the softened one.
 */
export interface CameBack {
  /** `index` of the later decision. */
  decision: number;
  kind: 'repair' | 'follow-through';
  moment: string | null;
  choice: string;
  /** What this decision did, in band words, before anything came back to it ("their voices often talked over"). */
  before: string;
  /** The same dimensions after the later decision ("their voices sometimes heard"). */
  after: string;
}

export interface TimelineEntry {
  /** `index` of the decision (so other panels can link to it). */
  decision: number;
  moment: string | null;
  /** The words of the option the learner took. */
  choice: string;
  perspectives: { who: string; heading: string; text: string }[];
  contested: boolean;
  /** Later decisions that came back to this one (an apology, a check-in), in order. */
  cameBack: CameBack[];
}

/** Band words for some dimensions of one decision's scores, joined ("their voices often talked over, often to"). */
function words(scores: { voice: number; power: number; courage: number }, dims: readonly Dimension[]): string {
  return dims.map((dim) => BAND_WORDS[dim][levelFor(scores[dim])]).join(', ');
}

function cameBackTo(decision: DecisionRecord, log: DecisionLog): CameBack[] {
  const out: CameBack[] = [];
  const later = (index: number | null | undefined, kind: CameBack['kind'], dims: readonly Dimension[]) => {
    const by = index === null || index === undefined ? undefined : log.decisions.find((d) => d.index === index);
    if (!by) return;
    out.push({
      decision: by.index,
      kind,
      moment: by.moment,
      choice: by.choice.text,
      before: words(decision.base, dims),
      after: words(decision, dims),
    });
  };
  later(decision.followedUpBy, 'follow-through', ['courage']);
  later(decision.repairedBy, 'repair', ['voice', 'power']);
  return out.sort((a, b) => a.decision - b.decision);
}

export function timelineFor(log: DecisionLog, cast: readonly CastMember[]): TimelineEntry[] {
  return log.decisions.map((decision) => ({
    decision: decision.index,
    moment: decision.moment,
    choice: decision.choice.text,
    perspectives: decision.perspectives.map((perspective) => ({
      who: perspective.who,
      heading: `What ${calledBy(perspective.who, cast)} noticed`,
      text: perspective.text,
    })),
    contested: decision.contested,
    cameBack: cameBackTo(decision, log),
  }));
}

/** How the timeline says it: what happened, then what the learner did later, in plain words. */
export function cameBackText(entry: CameBack): string {
  const when = entry.moment ? `Later, at “${entry.moment}”` : 'Later';
  const did = entry.kind === 'repair' ? 'you came back to it' : 'you checked in afterwards';
  return `What happened here: ${entry.before}. ${when}, ${did} (${quotedChoice(entry.choice)}): ${entry.after}.`;
}

/**
 * The account's "what happened", filled in from the log: one plain sentence a decision, in the account's first
 * person. An option that ends its own sentence (“…ring her tonight.”) gets no second full stop.
 */
export function whatHappenedFromLog(log: DecisionLog): string {
  if (log.decisions.length === 0) return 'The story had no decisions to make.';
  return log.decisions
    .map((decision) => {
      const choice = decision.choice.text;
      const said = `I chose ${quotedChoice(choice)}${endsItsSentence(choice) ? '' : '.'}`;
      return decision.moment ? `${decision.moment.trim()} — ${said}` : said;
    })
    .join('\n');
}
