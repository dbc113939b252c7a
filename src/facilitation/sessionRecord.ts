// The two things a session leaves on paper: a one-page summary for the facilitator's records (no names, no
// individual data: only the room's proportions, as the room saw them) and a take-away for each participant
// (outcomes, what the room played, its commitments, the time as participatory CPD, and a box for each part of the
// reflective account; no links).
import type { DebriefDecision } from './groupDebrief';
import { shapeWords, type Tally } from './voteTally';
import { whatTheRoomDid, type SessionForPhones } from './participantAccount';
import { decisionLine, playedLine } from './sessionLog';
import { quotedChoice } from '../engine/quotedChoice';
import type { SessionState } from './sessionState';

function readableDate(ms: number): string {
  return new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The longest a debrief left open is counted (a session printed from the next morning is not a day long). */
const LONGEST_DEBRIEF_MS = 60 * 60_000;

/**
 * Whole minutes of the session, prebrief to the debrief's close, at least one once started. The debrief is part of
 * the session (10 to 20 minutes of a 90-minute one): it is counted to when the facilitator closed it, or to now
 * while it is still open (at most an hour after the story ended).
 */
function sessionMinutes(session: Pick<SessionState, 'startedAt' | 'endedAt' | 'closedAt'>, now: number): number {
  if (session.startedAt === null) return 0;
  const end =
    session.closedAt ?? (session.endedAt === null ? now : Math.min(now, session.endedAt + LONGEST_DEBRIEF_MS));
  return Math.max(1, Math.round((end - session.startedAt) / 60_000));
}

function durationWords(minutes: number): string {
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h} hour${h === 1 ? '' : 's'}${m ? ` ${m} minute${m === 1 ? '' : 's'}` : ''}`;
}

function cpdLine(minutes: number, title: string): string {
  return `${durationWords(minutes)} of participatory CPD: a facilitated group workshop on “${title}”.`;
}

/**
 * One vote as the room saw it, with how many took part, each option in its whole words: "First vote, 12 people:
 * 1. “Ask Esther…”: a few · 2. “Say nothing”: 60% · … · rather not say: a few". The number is the room's size,
 * which nobody can be picked out by.
 */
export function voteWords(entry: DebriefDecision['votes'][number]): string {
  const parts = entry.tally.options.map((o) => {
    const words = entry.vote.options[o.index];
    return words ? `${o.index + 1}. ${quotedChoice(words)}: ${o.shown}` : `option ${o.index + 1}: ${o.shown}`;
  });
  if (entry.tally.ratherNot.shown) parts.push(`rather not say: ${entry.tally.ratherNot.shown}`);
  const people = entry.tally.total;
  return `${entry.label}, ${people} ${people === 1 ? 'person' : 'people'}: ${parts.join(' · ')}`;
}

/**
 * The vote's shape as the room's screen said it (shapeWords, the one wording), to follow a label: "the room spread
 * across two options; no option was chosen by more than two people" for a 2-to-1 vote of three, never "most of the
 * room", which would tell the record's reader that the other option was one person's choice.
 */
function splitOf(tally: Tally): string {
  const words = shapeWords(tally);
  // One or two voters: any word about the split would say how they voted.
  if (words === null) return 'too few chose an option to say';
  return words.charAt(0).toLowerCase() + words.slice(1).replace(/\.$/, '');
}

/**
 * Whether the room split, and whether discussion moved it: the evidence a facilitator looks for after a revote.
 * Words, not counts: "First vote: the room spread across four options, …. Revote: more than half the room chose
 * option 2; the room moved towards option 2." The option it moved towards is named only when its revote shows a
 * proportion (three or more chose it), as the room saw it; a move among options that read "a few" is not placed.
 */
export function splitWords(votes: DebriefDecision['votes']): string | null {
  const first = votes[0];
  if (!first) return null;
  const second = votes[1];
  if (!second) return `${first.label}: ${splitOf(first.tally)}.`;
  // The option that gained most, by share of the room, if it gained at least a sixth of the room.
  let gained: { index: number; by: number } | null = null;
  for (const o of second.tally.options) {
    const by = o.share - (first.tally.options[o.index]?.share ?? 0);
    if (by >= 1 / 6 && (!gained || by > gained.by)) gained = { index: o.index, by };
  }
  const moved = !gained
    ? 'the revote changed little'
    : second.tally.options[gained.index]?.few
      ? 'the revote moved some votes between options'
      : `the room moved towards option ${gained.index + 1}`;
  return `${first.label}: ${splitOf(first.tally)}. ${second.label}: ${splitOf(second.tally)}; ${moved}.`;
}

export interface SessionSummary {
  title: string;
  date: string;
  duration: string;
  outcomes: string[];
  decisions: {
    heading: string;
    chosen: string;
    how: string | null;
    votes: string[];
    /** Whether the room split and whether the revote moved it, in words; null without a vote. */
    split: string | null;
    /** The discussion card the room was shown at this decision, if it was shown. */
    discussed: string[];
    /** The facilitator's record shows how each choice resolved, and says whether the room saw it. */
    acts: string;
    roomMoves: string[];
    explored: string[];
  }[];
  skipped: number;
  prompts: string[];
  commitments: string[];
  ended: string;
}

export function sessionSummary(input: {
  title: string;
  outcomes: string[];
  session: SessionState;
  decisions: DebriefDecision[];
  prompts: string[];
  now: number;
}): SessionSummary {
  const { session } = input;
  const minutes = sessionMinutes(session, input.now);
  const ended = [...session.log].reverse().find((e) => e.type === 'ended');
  return {
    title: input.title,
    date: readableDate(session.startedAt ?? input.now),
    duration: durationWords(minutes),
    outcomes: input.outcomes,
    decisions: input.decisions.map((d) => ({
      heading: `${d.number}. ${d.heading}`,
      chosen: d.chosen,
      how: d.how,
      votes: d.votes.map(voteWords),
      split: splitWords(d.votes),
      discussed: d.discussed ? d.discuss : [],
      acts: d.acts.length
        ? `${d.acts.join('; ')}${d.revealed ? ' (shown to the room)' : ' (not shown to the room)'}`
        : 'No acts (an unscored story)',
      roomMoves: d.roomMoves.map(
        (m) => `${m.text}${m.playedAs !== null ? ` (played as option ${m.playedAs + 1})` : ' (discussed, not played)'}`,
      ),
      explored: d.explored,
    })),
    skipped: session.log.filter((e) => e.type === 'skipped').length,
    prompts: input.prompts,
    commitments: session.commitments,
    ended:
      ended && ended.type === 'ended'
        ? ended.early
          ? 'Ended by the facilitator before the story’s end.'
          : 'The story was played to its end.'
        : 'The session is still running.',
  };
}

/** The summary as plain text, to download for a training record or an LMS: the same parts as the printed page. */
export function summaryText(s: SessionSummary): string {
  const out = [
    `Session summary: ${s.title}`,
    `${s.date} · ${s.duration} · ${s.ended}${s.skipped ? ` Scenes skipped: ${s.skipped}.` : ''}`,
    'A record of what the room did together. It holds no names and no individual data: votes are shown as the room saw them.',
    '',
    'Learning outcomes',
    ...s.outcomes.map((o) => `* ${o}`),
    '',
    'Decisions and votes',
  ];
  if (!s.decisions.length) out.push('The room did not reach a decision.');
  for (const d of s.decisions) {
    out.push(
      '',
      d.heading,
      playedLine(d.chosen, d.how),
      ...d.votes,
      ...(d.split ? [d.split] : []),
      ...d.discussed.map((p) => `Discussed: ${p}`),
      `How it resolved: ${d.acts}`,
      ...d.roomMoves.map((m) => `The room’s own move: ${m}`),
      ...(d.explored.length ? [`Also tried on a rewind: ${d.explored.join('; ')}`] : []),
    );
  }
  out.push(
    '',
    'Discussion prompts the story offered',
    ...(s.prompts.length ? s.prompts.map((p) => `* ${p}`) : ['None reached.']),
  );
  out.push(
    '',
    'The room’s commitments',
    ...(s.commitments.length ? s.commitments.map((c) => `* ${c}`) : ['None recorded.']),
  );
  return `${out.join('\n')}\n`;
}

export interface TakeAway {
  title: string;
  date: string;
  cpd: string;
  outcomes: string[];
  /** What the room did together, in the words a phone's account uses (whatTheRoomDid). */
  whatHappened: string[];
  commitments: string[];
  /**
   * What the registers ask of CPD that the sheet says nowhere else. Who a reflective discussion is with, and what
   * reflection can and cannot evidence, are said once: by the peer reflection's hint and the standards' notes.
   */
  notes: string[];
}

export function takeAway(input: {
  title: string;
  outcomes: string[];
  session: SessionState;
  /** The decisions as the debrief shows them (Workshop.debriefDecisions): what the room played, not how it voted. */
  decisions: readonly DebriefDecision[];
  now: number;
}): TakeAway {
  const minutes = sessionMinutes(input.session, input.now);
  return {
    title: input.title,
    date: readableDate(input.session.startedAt ?? input.now),
    cpd: cpdLine(minutes, input.title),
    outcomes: input.outcomes,
    whatHappened: whatTheRoomDid(input.decisions.map(decisionLine)),
    commitments: input.session.commitments,
    notes: [
      'NMC revalidation: this can count towards your participatory CPD hours if it’s relevant to your practice.',
      'Social Work England asks for at least two pieces of CPD each registration year, at least one with peer reflection.',
    ],
  };
}

/**
 * What the phones receive in the debrief, for each participant's own reflective account: only what the room saw
 * together (what it chose, not how each choice resolved), and no counts.
 */
export function sessionForPhones(input: {
  title: string;
  outcomes: string[];
  session: SessionState;
  decisions: DebriefDecision[];
  now: number;
}): SessionForPhones {
  return {
    title: input.title,
    date: readableDate(input.session.startedAt ?? input.now),
    minutes: sessionMinutes(input.session, input.now),
    outcomes: input.outcomes,
    decisions: input.decisions.map(decisionLine),
    commitments: input.session.commitments,
  };
}
