// The reflective account put together from the learner's answers, the story's header and the log. Only
// "what happened" comes from the game; everything else is what the learner wrote or ticked.
import { bandsFor } from './bands';
import type { DecisionLog, StoryHeader } from './debriefSources';
import type { DebriefAnswers } from './debriefAnswers';
import type { CommitmentList } from './commitmentMenu';
import type { ReflectiveAccount } from './reflectiveAccount';
import { tickedStandardNotes, tickedStandards, type Standards } from './standards';
import { whatHappenedFromLog } from './timeline';

export interface AccountSources {
  header: Pick<StoryHeader, 'title' | 'outcomes' | 'authors'> & Partial<Pick<StoryHeader, 'role' | 'summary'>>;
  log: DecisionLog;
  answers: DebriefAnswers;
  commitments: CommitmentList;
  standards: Standards;
  /** The time played (engine/debrief/activeTime.ts), or null when none was kept. Never clock time across days. */
  activeMs: number | null;
  endedAt: number;
  participatory: boolean;
  /** Dates as the learner reads them; injected so the engine stays free of locale and clock. */
  formatDate(date: Date): string;
  /** yyyy-mm-dd of today, for whether the follow-up is due. */
  today: string;
  /** The questions this debrief asked, for adding answered ones when the learner opts in. */
  questions?: readonly { id: string; text: string }[];
}

/** yyyy-mm-dd as a local date, so "14 April" does not become "13 April" west of Greenwich. */
function localDate(isoDay: string): Date {
  const [year, month, day] = isoDay.split('-').map(Number);
  return new Date(year!, month! - 1, day!);
}

export function accountFromAnswers(sources: AccountSources): ReflectiveAccount {
  const { answers, commitments } = sources;
  const textOf = (ids: string[]) =>
    ids
      .map((id) => commitments.commitments.find((commitment) => commitment.id === id)?.text)
      .filter((text): text is string => !!text);
  const own = (text: string) => (text.trim() ? [text.trim()] : []);
  const minutes = sources.activeMs === null ? null : Math.max(0, Math.round(sources.activeMs / 60000));
  return {
    title: sources.header.title,
    outcomes: sources.header.outcomes,
    authors: sources.header.authors,
    role: sources.header.role?.trim() ?? '',
    summary: sources.header.summary?.trim() ?? '',
    date: sources.formatDate(new Date(sources.endedAt)),
    minutesSpent: minutes !== null && Number.isFinite(minutes) ? minutes : null,
    cpdTime: answers.account.cpdTime.trim(),
    participatory: sources.participatory,
    whatHappened: answers.account.whatHappened ?? whatHappenedFromLog(sources.log),
    whatHappenedByGame:
      (answers.account.whatHappened ?? whatHappenedFromLog(sources.log)) === whatHappenedFromLog(sources.log),
    realSituation: answers.account.realSituation,
    learned: answers.account.learned,
    changePractice: answers.account.changePractice,
    impact: answers.account.impact,
    peerReflection: answers.account.peerReflection,
    commitmentsForMe: [...textOf(answers.commitments.self), ...own(answers.commitments.ownSelf)],
    commitmentsForOrganisation: [
      ...textOf(answers.commitments.organisation),
      ...own(answers.commitments.ownOrganisation),
    ],
    comeBackOn: answers.comeBackOn ? sources.formatDate(localDate(answers.comeBackOn)) : null,
    followUp: answers.account.followUp,
    codeRelevance: answers.account.codeRelevance,
    standards: tickedStandards(sources.standards, answers.standards),
    standardsNotes: tickedStandardNotes(sources.standards, answers.standards),
    bands: answers.includeBands && sources.log.scored ? bandsFor(sources.log.decisions) : null,
    reflections: answers.leaveOutAnswers
      ? []
      : (sources.questions ?? [])
          .map((question) => ({ question: question.text, answer: answers.prompts[question.id] ?? '' }))
          .filter((reflection) => reflection.answer.trim() !== ''),
  };
}
