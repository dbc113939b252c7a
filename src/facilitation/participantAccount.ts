// A participant's own reflective account of a workshop, written on their phone during or after the group debrief:
// the Record a learner playing alone gets at the curtain call, marked as participatory learning (a facilitated
// group session), which NMC revalidation counts towards its participatory CPD hours.
//
// The presenter sends the phones what the room saw together (the story, the date, the session's length, the
// outcomes, what the room chose and its commitments); each participant writes the rest on their own phone, where
// it stays. Nothing a participant writes goes to the room server, the facilitator or anyone else.
import standardsList from '../content/standards.json';
import {
  tickedStandardNotes,
  tickedStandards,
  type AccountPartName,
  type StandardsList,
} from '../engine/debrief/accountParts';
import type { ReflectiveAccount } from '../engine/debrief/reflectiveAccount';

/**
 * What the room did together, as the phones receive it (the room server checks its shape). Nothing about any one
 * person. Plain types: the phone page loads no schema library.
 */
export interface SessionForPhones {
  title: string;
  /** As the room reads it: "7 December 2026". */
  date: string;
  /** The session's length so far, prebrief to now or to the debrief's close. */
  minutes: number;
  outcomes: string[];
  /** One line a decision: what the room played and how it was picked (sessionLog.ts, decisionLine). */
  decisions: string[];
  commitments: string[];
}

/** The standards a participant may tick: the Record's list (src/content/standards.json). */
export const STANDARDS: StandardsList = standardsList;

/** What the participant writes and ticks, the solo Record's parts (accountParts.ts); every part may stay blank. */
export interface ParticipantAnswers {
  realSituation: string;
  learned: string;
  changePractice: string;
  impact: string;
  peerReflection: string;
  codeRelevance: string;
  /** Ticked standard ids from the Record's list. */
  standards: string[];
  /** The time they count as CPD, in their words; blank uses the session's length. */
  cpdTime: string;
}

/**
 * The parts a participant writes on their phone: the solo Record's, in its order and words (accountParts.ts), bar
 * "what happened" (the room's, which the presenter sends) and the follow-up (the solo Record asks for it when the
 * learner comes back on the date they chose). The printed take-away has every part, the follow-up too: it is kept.
 */
export const PARTICIPANT_PARTS = [
  'realSituation',
  'learned',
  'changePractice',
  'impact',
  'peerReflection',
  'codeRelevance',
] as const satisfies readonly (AccountPartName & keyof ParticipantAnswers)[];

/**
 * The answers a phone kept, read safely: none (null) is every part blank, and answers kept before a part was added
 * read with that part blank (what was written stays).
 */
export function keptAnswers(kept: unknown): ParticipantAnswers {
  const given = (kept && typeof kept === 'object' ? kept : {}) as Record<string, unknown>;
  const text = (key: keyof ParticipantAnswers) => (typeof given[key] === 'string' ? (given[key] as string) : '');
  return {
    realSituation: text('realSituation'),
    learned: text('learned'),
    changePractice: text('changePractice'),
    impact: text('impact'),
    peerReflection: text('peerReflection'),
    codeRelevance: text('codeRelevance'),
    standards: Array.isArray(given.standards) ? given.standards.filter((id) => typeof id === 'string') : [],
    cpdTime: text('cpdTime'),
  };
}

/**
 * What happened, as the room saw it together: how a workshop runs, then what the room played at each decision
 * (decisionLine's words). A phone's account and the printed take-away say it alike. It goes into a CPD record, so the
 * first line claims only what every workshop does: whether the room voted, and voted again, is said decision by
 * decision, where the session knows it.
 */
export function whatTheRoomDid(decisions: readonly string[]): string[] {
  return [
    'A facilitated group workshop: the room read the story together on a shared screen, discussed its decisions, and debriefed as a group.',
    ...(decisions.length ? decisions : ['The room did not reach a decision.']),
  ];
}

/** The account in the shape the solo Record uses, so its text and file read the same way. */
export function participantAccount(session: SessionForPhones, answers: ParticipantAnswers): ReflectiveAccount {
  return {
    title: session.title,
    outcomes: session.outcomes,
    authors: [],
    date: session.date,
    minutesSpent: session.minutes,
    cpdTime: answers.cpdTime,
    participatory: true,
    whatHappened: [
      ...whatTheRoomDid(session.decisions),
      ...(session.commitments.length ? [`The room’s commitments: ${session.commitments.join('; ')}.`] : []),
    ].join('\n'),
    realSituation: answers.realSituation,
    learned: answers.learned,
    changePractice: answers.changePractice,
    impact: answers.impact,
    peerReflection: answers.peerReflection,
    commitmentsForMe: [],
    commitmentsForOrganisation: [],
    comeBackOn: null,
    followUp: '',
    codeRelevance: answers.codeRelevance,
    standards: tickedStandards(STANDARDS, answers.standards),
    standardsNotes: tickedStandardNotes(STANDARDS, answers.standards),
    bands: null,
  };
}
