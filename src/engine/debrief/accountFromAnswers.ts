// The reflective account put together from the learner's answers, the story's header and the log. Only
// "what happened" comes from the game; everything else is what the learner wrote or ticked.
import { bandsFor } from './bands';
import { NamesAsRead, sameButForNames } from './curtainCallNames';
import type { CastMember, DecisionLog, StoryHeader } from './debriefSources';
import type { DebriefAnswers } from './debriefAnswers';
import type { CommitmentList } from './commitmentMenu';
import type { ReflectiveAccount } from './reflectiveAccount';
import { tickedStandardNotes, tickedStandards, type Standards } from './standards';
import { whatHappenedFromLog } from './timeline';

export interface AccountSources {
  header: Pick<StoryHeader, 'title' | 'outcomes' | 'authors'> & Partial<Pick<StoryHeader, 'role' | 'summary' | 'cast'>>;
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
  /** The questions this debrief asked, for their answers (unless the learner leaves them out). */
  questions?: readonly AskedQuestion[];
}

/** A question the curtain call asks, with the ids of the earlier wordings it re-words (selectPrompts' earlierIds). */
export interface AskedQuestion {
  id: string;
  text: string;
  earlierIds?: readonly string[];
}

/** An answer kept by id, with the question as the learner saw it when they wrote it (null when it wasn't kept). */
export interface KeptAnswer {
  id: string;
  askedAs: string | null;
  answer: string;
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
    ...(answers.feelingsInAccount ? { feelings: answers.feelings } : {}),
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
      : reflectionsOf(answers, sources.questions ?? [], sources.header.cast ?? []),
  };
}

/**
 * The learner's answers beside their questions: those this curtain call asks, in its order, each followed by what
 * they wrote to an earlier wording of it (named with that wording), then any the learner answered to a question it
 * no longer asks at all, under the question as it was asked then. The learner's words never drop out of their
 * account because the game changed, and an answer to an old and a new wording stays two answers.
 */
function reflectionsOf(
  answers: DebriefAnswers,
  asked: readonly AskedQuestion[],
  cast: readonly CastMember[],
): { question: string; answer: string; askedAs?: string | null }[] {
  // The account is read on its own, away from the screen: it names each person in full where it first names them.
  const names = new NamesAsRead(cast);
  const reflections = [
    ...asked.flatMap((question) => {
      const answer = answers.prompts[question.id] ?? '';
      // The same id asked in other words since (a wording mended in place): said, as for a new id.
      const then = answers.questions[question.id];
      const own =
        then !== undefined && !sameButForNames(then, question.text, cast) && answer.trim() ? { askedAs: then } : {};
      return [
        { question: question.text, answer, ...own },
        ...answeredInEarlierWording(answers, question).map((kept) => ({
          question: question.text,
          answer: kept.answer,
          askedAs: kept.askedAs,
        })),
      ];
    }),
    ...answeredNoLongerAsked(answers, asked).map(({ question, answer }) => ({ question, answer })),
  ].filter((reflection) => reflection.answer.trim() !== '');
  // A question with answers to two of its wordings is one heading: named once, the same both times.
  const said = new Map<string, string>();
  const name = (question: string) => said.get(question) ?? said.set(question, names.name(question)).get(question)!;
  return reflections.map((reflection) => ({ ...reflection, question: name(reflection.question) }));
}

/** What the learner wrote to an earlier wording of this question (its `earlierIds`), in library order. */
export function answeredInEarlierWording(answers: DebriefAnswers, question: AskedQuestion): KeptAnswer[] {
  return (question.earlierIds ?? [])
    .filter((id) => (answers.prompts[id] ?? '').trim() !== '')
    .map((id) => ({ id, askedAs: answers.questions[id] ?? null, answer: answers.prompts[id]! }));
}

/**
 * Answers kept under a question this curtain call no longer asks, in no wording it asks now, with the question as
 * the learner saw it.
 */
export function answeredNoLongerAsked(
  answers: DebriefAnswers,
  asked: readonly AskedQuestion[],
): { id: string; question: string; answer: string }[] {
  const shown = new Set(asked.flatMap((question) => [question.id, ...(question.earlierIds ?? [])]));
  return Object.entries(answers.prompts)
    .filter(([id, answer]) => !shown.has(id) && answer.trim() !== '')
    .map(([id, answer]) => ({ id, question: answers.questions[id] ?? A_QUESTION_ASKED_BEFORE, answer }));
}

/** For an answer kept without its question (saved before questions were kept beside answers). */
export const A_QUESTION_ASKED_BEFORE = 'A question the curtain call asked you before';
