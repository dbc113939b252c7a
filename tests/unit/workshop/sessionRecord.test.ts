// The session's paper records: whether the room split and moved (r19 S1); the time a participant counts as participatory CPD is the whole session they sat
// through, prebrief to the close of the group debrief, not only the story.
import { describe, expect, it } from 'vitest';
import { newSession, type SessionState } from '../../../src/facilitation/sessionState';
import {
  sessionForPhones,
  splitWords,
  summaryText,
  takeAway,
  voteWords,
} from '../../../src/facilitation/sessionRecord';
import { PICK_WORDS, type PickHow } from '../../../src/facilitation/sessionLog';
import type { DebriefDecision } from '../../../src/facilitation/groupDebrief';
import { tallyVotes } from '../../../src/facilitation/voteTally';

const start = Date.UTC(2026, 11, 7, 9, 30);
const minute = 60_000;

function session(over: Partial<SessionState>): SessionState {
  return { ...newSession('sitting-in-reception', 'hash', []), startedAt: start, ...over };
}
const cpd = (state: SessionState, now: number) =>
  takeAway({ title: 'Sitting in Reception', outcomes: [], session: state, decisions: [], now }).cpd;

describe('the take-away’s participatory CPD time', () => {
  it('counts the group debrief: a story that ended at 70 minutes and a debrief closed at 90 is 1 hour 30 minutes', () => {
    const state = session({ screen: 'ended', endedAt: start + 70 * minute, closedAt: start + 90 * minute });
    expect(cpd(state, start + 95 * minute)).toMatch(/^1 hour 30 minutes of participatory CPD/);
  });

  it('counts to the moment of printing while the debrief is still open', () => {
    const state = session({ screen: 'debrief', endedAt: start + 70 * minute });
    expect(cpd(state, start + 85 * minute)).toMatch(/^1 hour 25 minutes of participatory CPD/);
  });

  it('never counts more than an hour of debrief, for a take-away printed long after', () => {
    const state = session({ screen: 'debrief', endedAt: start + 70 * minute });
    expect(cpd(state, start + 24 * 60 * minute)).toMatch(/^2 hours 10 minutes of participatory CPD/);
  });

  it('reads a session saved before the close was kept', () => {
    const { closedAt: _dropped, ...old } = session({ screen: 'ended', endedAt: start + 45 * minute });
    expect(cpd(old as SessionState, start + 50 * minute)).toMatch(/^50 minutes/);
  });
});

describe('the session summary says whether the room split and whether the revote moved it', () => {
  const entry = (label: string, counts: number[], ratherNot = 0, options: string[] = []) => ({
    label,
    vote: { type: 'vote' as const, step: 0, round: 1 as const, options, counts, ratherNot, at: 0 },
    tally: tallyVotes({ counts, ratherNot }),
  });

  it('names the option a room moved towards after discussion', () => {
    expect(splitWords([entry('First vote', [2, 2, 2, 2]), entry('Revote', [1, 5, 2, 0])])).toBe(
      'First vote: the room spread across four options; no option was chosen by more than two people. Revote: more than half the room chose option 2; the room moved towards option 2.',
    );
  });

  it('says when most of a room agreed from the start', () => {
    expect(splitWords([entry('Vote', [0, 9, 1], 2)])).toBe('Vote: most of the room chose option 2.');
  });

  // FACIL3: the summary says a vote's shape in the room's own words (shapeWords), so small rooms read truthfully and
  // no option fewer than three chose is named or counted.
  describe('small rooms, in the same words the room saw', () => {
    it('three, two against one: a spread, not "most of the room"', () => {
      const words = splitWords([entry('Vote', [1, 2, 0])])!;
      expect(words).toBe('Vote: the room spread across two options; no option was chosen by more than two people.');
      expect(words).not.toMatch(/most|option 2/);
    });

    it('four, two and two: a spread, not a room that "split" with a count behind it', () => {
      expect(splitWords([entry('Vote', [2, 0, 2])])).toBe(
        'Vote: the room spread across two options; no option was chosen by more than two people.',
      );
    });

    it('a tie at the top: the options drew level', () => {
      expect(splitWords([entry('Vote', [4, 1, 4])])).toBe('Vote: options 1 and 3 drew level, with the most votes.');
    });

    it('unanimous: the whole room, not "largely agreed"', () => {
      expect(splitWords([entry('Vote', [0, 0, 3])])).toBe('Vote: the whole room chose option 3.');
    });

    it('a revote that moves votes among options that read "a few" does not say which gained', () => {
      const words = splitWords([entry('First vote', [2, 1]), entry('Revote', [1, 2])])!;
      expect(words).toBe(
        'First vote: the room spread across two options; no option was chosen by more than two people. Revote: the room spread across two options; no option was chosen by more than two people; the revote moved some votes between options.',
      );
    });
  });

  it('counts everyone who took part, "rather not say" included, and no one by name', () => {
    const options = ['Ask Esther', '"Three weeks is a long time."', 'Say nothing', 'Call the manager'];
    expect(voteWords(entry('First vote', [1, 6, 1, 0], 2, options))).toBe(
      'First vote, 10 people: 1. “Ask Esther”: a few · 2. “Three weeks is a long time.”: 75% · 3. “Say nothing”: a few · 4. “Call the manager”: none · rather not say: a few',
    );
  });
});

describe('the session summary downloads as text (r19 S2)', () => {
  it('holds the same parts as the printed page: votes with how many took part, the split, the card discussed', () => {
    const text = summaryText({
      title: 'Sitting in Reception',
      date: '7 December 2026',
      duration: '1 hour 25 minutes',
      outcomes: ['Hand the conversation back.'],
      decisions: [
        {
          heading: '1. The desk',
          chosen: 'Catch Esther’s eye',
          how: 'the option with the most votes',
          votes: ['First vote, 10 people: option 1 a few · option 2 75%'],
          split: 'First vote: most of the room chose option 2.',
          discussed: ['What would it take for Esther to be in the conversation?'],
          acts: 'Holding space for Esther Mensah (shown to the room)',
          roomMoves: [],
          explored: [],
        },
      ],
      skipped: 0,
      prompts: ['What would it take for Esther to be in the conversation?'],
      commitments: ['Speak to the person'],
      ended: 'The story was played to its end.',
    });
    expect(text).toContain('Session summary: Sitting in Reception\n7 December 2026 · 1 hour 25 minutes');
    expect(text).toContain('First vote, 10 people: option 1 a few · option 2 75%');
    expect(text).toContain('Discussed: What would it take for Esther to be in the conversation?');
    expect(text).toContain('* Speak to the person');
    expect(text).toContain('no names');
  });
});

// READ5 M2: the summary and each phone's account go into CPD records, so they never say "the room chose" an option the
// facilitator chose (over the vote, on a tie, with no vote); they lead with what was played, and nest no brackets.
describe('the records say who chose what was played', () => {
  const decision = (how: PickHow): DebriefDecision => ({
    step: 0,
    number: 1,
    heading: 'The desk',
    chosen: 'Catch Esther’s eye',
    how: PICK_WORDS[how],
    votes: [],
    acts: [],
    revealed: false,
    perspectives: [],
    roomMoves: [],
    explored: [],
    discuss: [],
    discussed: false,
  });
  const records = (how: PickHow) => {
    const state = session({ screen: 'debrief', endedAt: start + 40 * minute });
    const decisions = [decision(how)];
    const phones = sessionForPhones({
      title: 'Sitting in Reception',
      outcomes: [],
      session: state,
      decisions,
      now: start,
    });
    const summary = summaryText({
      title: 'Sitting in Reception',
      date: '7 December 2026',
      duration: '40 minutes',
      outcomes: [],
      decisions: decisions.map((d) => ({
        heading: d.heading,
        chosen: d.chosen,
        how: d.how,
        votes: [],
        split: null,
        discussed: [],
        acts: 'no acts',
        roomMoves: [],
        explored: [],
      })),
      skipped: 0,
      prompts: [],
      commitments: [],
      ended: 'The story was played to its end.',
    });
    return { phone: phones.decisions[0]!, summary: summary.split('\n').find((l) => l.startsWith('Played'))! };
  };

  it.each([
    ['majority', 'the option with the most votes'],
    ['tie-break', 'a tie; the facilitator chose'],
    ['override', 'the facilitator chose this over the vote'],
    ['facilitator', 'the facilitator chose; no vote here'],
  ] as const)('%s: "Played: “…” (%s)"', (how, words) => {
    const { phone, summary } = records(how);
    expect(summary).toBe(`Played: “Catch Esther’s eye” (${words})`);
    expect(phone).toBe(`The desk: the room played “Catch Esther’s eye” (${words})`);
    for (const line of [summary, phone]) {
      expect(line).not.toMatch(/room chose/i);
      expect(line).not.toMatch(/\([^)]*\(/);
    }
  });
});

// Educator read 17b item 8: the take-away and each phone's account are CPD records, so what they say the room did
// is true of every room: voting by phone or by hand (the log does not say which, so neither is claimed), and with
// or without a revote (the log does say that, so each decision says what happened there).
describe('what the room did, as a CPD record says it', () => {
  const vote = (round: 1 | 2): DebriefDecision['votes'][number] => {
    const counts = [3, 2];
    return {
      label: round === 1 ? 'First vote' : 'Revote',
      vote: { type: 'vote', step: 0, round, options: ['Ask her', 'Wait'], counts, ratherNot: 0, at: start },
      tally: tallyVotes({ counts, ratherNot: 0 }),
    };
  };
  const decision = (heading: string, how: PickHow, rounds: 0 | 1 | 2): DebriefDecision => ({
    step: 0,
    number: 1,
    heading,
    chosen: 'Ask her',
    how: PICK_WORDS[how],
    votes: rounds === 0 ? [] : rounds === 1 ? [vote(1)] : [vote(1), vote(2)],
    acts: [],
    revealed: false,
    perspectives: [],
    roomMoves: [],
    explored: [],
    discuss: [],
    discussed: false,
  });
  const decisions = [
    decision('The desk', 'majority', 2),
    decision('The wait', 'majority', 1),
    decision('The call', 'facilitator', 0),
  ];
  const state = session({ screen: 'debrief', endedAt: start + 40 * minute });
  const handout = takeAway({ title: 'Sitting in Reception', outcomes: [], session: state, decisions, now: start });
  const phones = sessionForPhones({
    title: 'Sitting in Reception',
    outcomes: [],
    session: state,
    decisions,
    now: start,
  });

  it('claims no private vote and no revote for the whole session, only what every workshop does', () => {
    expect(handout.whatHappened[0]).toBe(
      'A facilitated group workshop: the room read the story together on a shared screen, discussed its decisions, and debriefed as a group.',
    );
    expect(handout.whatHappened[0]).not.toMatch(/privately|vot/);
  });

  it('says at each decision whether the room voted, and voted again, before it played an option', () => {
    expect(handout.whatHappened.slice(1)).toEqual([
      'The desk: after two votes, the room played “Ask her” (the option with the most votes)',
      'The wait: after a vote, the room played “Ask her” (the option with the most votes)',
      'The call: the room played “Ask her” (the facilitator chose; no vote here)',
    ]);
    // The phones' accounts say it in the same words.
    expect(phones.decisions).toEqual(handout.whatHappened.slice(1));
  });
});
