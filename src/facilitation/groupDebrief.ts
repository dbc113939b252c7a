// The room's debrief, What? So what? Now what?: the vote history per decision, how each choice resolved (only
// once revealed), the airtime and "who was spoken to" pictures, the discussion prompts and the room's
// commitments. It reads the main line's decision log and the session log; it never describes a person in the room.
import type { DecisionLog, DecisionRecord } from '../engine/types';
import { airtime, airtimeNotes, type Airtime } from '../engine/debrief/airtime';
import { bandsFor, BAND_WORDS, DIMENSION_QUESTIONS, type Dimension } from '../engine/debrief/bands';
import type { CastMember } from '../engine/debrief/debriefSources';
import { actPhrase } from './actWords';
import {
  decidingVote,
  exploredAt,
  pickAt,
  PICK_WORDS,
  roomMovesAt,
  votesAt,
  type RoomMoveEvent,
  type VoteEvent,
} from './sessionLog';
import type { SessionState } from './sessionState';
import { shapeWords, tallyVotes, type Tally } from './voteTally';
import type { RoomBar, RoomVoteRow } from './roomView';

export interface DebriefDecision {
  /** Path position (the key votes and reveals use). */
  step: number;
  /** 1-based among the room's decisions. */
  number: number;
  heading: string;
  chosen: string;
  how: string | null;
  votes: { label: string; vote: VoteEvent; tally: Tally }[];
  /** Always filled; the room view shows them only when `revealed`. */
  acts: string[];
  revealed: boolean;
  perspectives: { heading: string; text: string }[];
  roomMoves: RoomMoveEvent[];
  explored: string[];
  discuss: string[];
  /** Whether the discussion card was put on the room's screen at this decision. */
  discussed: boolean;
}

function decisionHeading(decision: Pick<DecisionRecord, 'moment' | 'index'>): string {
  return decision.moment?.trim() || `Decision ${decision.index + 1}`;
}

export function debriefDecisions(
  log: DecisionLog,
  session: SessionState,
  nameOf: (id: string) => string,
): DebriefDecision[] {
  return log.decisions.map((d) => {
    const votes = votesAt(session.log, d.pathIndex);
    const rounds = [
      votes.first && { label: votes.second ? 'First vote' : 'Vote', vote: votes.first },
      votes.second && { label: 'Revote', vote: votes.second },
    ].filter((v): v is { label: string; vote: VoteEvent } => !!v);
    const pick = pickAt(session.log, d.pathIndex);
    return {
      step: d.pathIndex,
      number: d.index + 1,
      heading: decisionHeading(d),
      chosen: d.choice.text,
      how: pick ? PICK_WORDS[pick.how] : null,
      votes: rounds.map((r) => ({ ...r, tally: tallyVotes({ counts: r.vote.counts, ratherNot: r.vote.ratherNot }) })),
      acts: d.acts.map((a) => actPhrase(a, nameOf)),
      revealed: session.revealed.includes(d.pathIndex),
      perspectives: d.perspectives.map((p) => ({ heading: `What ${nameOf(p.who)} noticed`, text: p.text })),
      roomMoves: roomMovesAt(session.log, d.pathIndex),
      explored: exploredAt(session.log, d.pathIndex),
      discuss: d.discuss,
      discussed: session.log.some((e) => e.type === 'discussed' && e.step === d.pathIndex),
    };
  });
}

/**
 * An option as a vote's bar and record name it: its number and its whole words ("2. Catch Esther's eye…"), because
 * twenty minutes on nobody remembers what "option 2" was. The room's screen may shorten it; the words stay whole.
 */
function optionLabel(index: number, options: readonly string[]): string {
  const words = options[index];
  return words ? `${index + 1}. ${words}` : `Option ${index + 1}`;
}

/** The bars the room sees for one vote: proportions, "a few" as a stub with no length, labelled with the options. */
export function voteRow(label: string, tally: Tally, options: readonly string[]): RoomVoteRow {
  return {
    label,
    bars: tally.options.map((o) => ({
      label: optionLabel(o.index, options),
      shown: o.shown,
      share: o.few ? null : o.share,
    })),
    ratherNot: tally.ratherNot.shown,
    shape: shapeWords(tally),
  };
}

/** A logged vote's bars, labelled with the options as the room saw them at that vote. */
export function voteRowOf(vote: VoteEvent, label: string): RoomVoteRow {
  return voteRow(label, tallyVotes({ counts: vote.counts, ratherNot: vote.ratherNot }), vote.options);
}

export function deciding(session: SessionState, step: number): VoteEvent | null {
  return decidingVote(votesAt(session.log, step));
}

export interface AirtimeBars {
  picture: Airtime;
  spoke: RoomBar[];
  spokenTo: RoomBar[];
  notes: string[];
}

export function airtimeBars(log: DecisionLog, cast: readonly CastMember[]): AirtimeBars {
  const picture = airtime(log, cast);
  const most = Math.max(1, ...picture.spoke.map((r) => r.turns));
  const mostTo = Math.max(1, ...picture.spokenTo.map((r) => r.times));
  return {
    picture,
    // Characters' turns, not anyone in the room: counts are fine to show.
    spoke: picture.spoke.map((r) => ({
      label: r.who === 'you' ? 'You (the room)' : r.name,
      shown: `${r.turns}`,
      share: r.turns / most,
    })),
    spokenTo: picture.spokenTo
      .filter((r) => r.who !== 'you')
      .map((r) => ({ label: r.name, shown: `${r.times}`, share: r.times / mostTo })),
    notes: airtimeNotes(picture).map((n) => n.replace(/^You took/, 'The room’s character took')),
  };
}

export function bandLines(log: DecisionLog): { question: string; text: string }[] {
  const bands = bandsFor(log.decisions);
  return (['voice', 'power', 'courage'] as Dimension[]).map((dim) => ({
    question: DIMENSION_QUESTIONS[dim],
    text: BAND_WORDS[dim][bands[dim].level],
  }));
}

/** Every discussion prompt the room met, in order, without repeats. */
export function discussionPrompts(log: DecisionLog): string[] {
  return [...new Set(log.decisions.flatMap((d) => d.discuss))];
}

export const NOW_WHAT_QUESTIONS = [
  'What will you do differently in your next shift or meeting?',
  'What would you ask of your organisation, so this is easier to do?',
];
