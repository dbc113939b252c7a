// The curtain call's words that name people, named as a learner reads them (curtainCallNames.ts): What happened's
// "What … noticed" and what each person noticed, then the airtime picture, then the questions, each person in full
// where the reading first names them and by their short name after. The game and `npm run play` both read it here.
import { airtime, type Airtime } from './airtime';
import { calledBy, NamesAsRead } from './curtainCallNames';
import type { CastMember, DecisionLog } from './debriefSources';
import type { SelectedPrompt } from './selectPrompts';
import { timelineFor, type TimelineEntry } from './timeline';

export interface CurtainCallAsRead {
  timeline: TimelineEntry[];
  /** Null for a plain story: its curtain call has no So what. */
  airtime: Airtime | null;
  prompts: SelectedPrompt[];
  /** The same reading, for what the learner meets later (What if's perspectives). */
  names: NamesAsRead;
}

export function curtainCallAsRead(
  log: DecisionLog,
  cast: readonly CastMember[],
  prompts: readonly SelectedPrompt[],
): CurtainCallAsRead {
  const names = new NamesAsRead(cast);
  const timeline = timelineFor(log, cast).map((entry) => ({
    ...entry,
    perspectives: entry.perspectives.map((p) => ({ ...p, heading: names.name(p.heading), text: names.name(p.text) })),
  }));
  const picture = log.scored ? airtime(log, cast) : null;
  const named = picture && {
    spoke: picture.spoke.map((row) => ({ ...row, name: names.name(calledBy(row.who, cast)) })),
    spokenTo: picture.spokenTo.map((row) => ({ ...row, name: names.name(calledBy(row.who, cast)) })),
    spokenFor: picture.spokenFor.map((row) => ({ ...row, name: names.name(calledBy(row.who, cast)) })),
  };
  return { timeline, airtime: named, prompts: prompts.map((p) => ({ ...p, text: names.name(p.text) })), names };
}
