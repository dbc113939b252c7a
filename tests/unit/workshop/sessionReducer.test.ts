// The session log: every vote is kept (corrections too), picks say how they were decided, reveals are logged
// once, the room's own move is logged but not shown until the facilitator shows it, and ending is graceful.
import { describe, expect, it } from 'vitest';
import { sessionReducer, type SessionAction } from '../../../src/facilitation/sessionReducer';
import { newSession, readSession, type SessionState } from '../../../src/facilitation/sessionState';
import { decidingVote, pickAt, roomMovesAt, votesAt } from '../../../src/facilitation/sessionLog';

const run = (actions: SessionAction[], from: SessionState = newSession('s1', 'h', ['a'])) =>
  actions.reduce(sessionReducer, from);

describe('sessionReducer', () => {
  it('starts once, and logs the start time', () => {
    const s = run([
      { type: 'start', at: 1000 },
      { type: 'start', at: 5000 },
    ]);
    expect(s.screen).toBe('prebrief');
    expect(s.startedAt).toBe(1000);
    expect(s.log.filter((e) => e.type === 'started')).toHaveLength(1);
  });

  it('adds and removes room votes in the plan', () => {
    const s = run([
      { type: 'plan/vote', key: 'b', on: true },
      { type: 'plan/vote', key: 'a', on: false },
      { type: 'plan/vote', key: 'b', on: true },
    ]);
    expect(s.votePoints).toEqual(['b']);
  });

  it('keeps every vote, and the latest of each round decides', () => {
    const vote = (round: 1 | 2, counts: number[]): SessionAction => ({
      type: 'vote',
      step: 2,
      round,
      options: ['x', 'y'],
      counts,
      ratherNot: 1,
      at: 0,
    });
    const s = run([vote(1, [3, 4]), vote(1, [3, 5]), vote(2, [6, 2])]);
    const votes = votesAt(s.log, 2);
    expect(votes.all).toHaveLength(3);
    expect(votes.first?.counts).toEqual([3, 5]);
    expect(votes.second?.counts).toEqual([6, 2]);
    expect(decidingVote(votes)?.round).toBe(2);
    expect(s.step).toBe('result-2');
    expect(votesAt(s.log, 3).all).toEqual([]);
  });

  it('a pick replaces the path, logs how it was decided and clears the decision', () => {
    const s = run([
      { type: 'step', step: 'discuss' },
      { type: 'timer', seconds: 120, at: 0 },
      { type: 'picked', path: [{ index: 1, text: 'y' }], step: 0, option: 1, text: 'y', how: 'tie-break', at: 9 },
    ]);
    expect(s.path).toEqual([{ index: 1, text: 'y' }]);
    expect(s.step).toBeNull();
    expect(s.timer).toBeNull();
    expect(pickAt(s.log, 0)).toMatchObject({ option: 1, how: 'tie-break' });
  });

  it('logs a reveal once and lays the reveal card over the room’s screen', () => {
    const s = run([
      { type: 'reveal', step: 0, at: 1 },
      { type: 'overlay', overlay: null },
      { type: 'reveal', step: 0, at: 2 },
    ]);
    expect(s.revealed).toEqual([0]);
    expect(s.log.filter((e) => e.type === 'revealed')).toHaveLength(1);
    expect(s.overlay).toEqual({ card: 'reveal', step: 0 });
  });

  it('keeps the room’s own move hidden until it is shown', () => {
    let s = run([{ type: 'room-move', step: 0, text: '  Ask Esther to write it down  ', playedAs: null, at: 1 }]);
    expect(roomMovesAt(s.log, 0)).toEqual([
      expect.objectContaining({ text: 'Ask Esther to write it down', shown: false, id: 0 }),
    ]);
    expect(s.overlay).toBeNull();
    s = sessionReducer(s, { type: 'room-move/show', id: 0, shown: true });
    expect(roomMovesAt(s.log, 0)[0]!.shown).toBe(true);
    expect(s.overlay).toEqual({ card: 'room-move', id: 0 });
    expect(run([{ type: 'room-move', step: 0, text: '   ', playedAs: null, at: 1 }]).log).toEqual([]);
  });

  it('a rewind is logged and ends without touching the path', () => {
    const s = run([
      { type: 'picked', path: [{ index: 0, text: 'x' }], step: 0, option: 0, text: 'x', how: 'majority', at: 1 },
      { type: 'explore', step: 0, option: 1, text: 'y', at: 2 },
      { type: 'explore/page', page: 1 },
      { type: 'explore/end' },
    ]);
    expect(s.path).toEqual([{ index: 0, text: 'x' }]);
    expect(s.exploring).toBeNull();
    expect(s.log.map((e) => e.type)).toEqual(['picked', 'explored']);
  });

  it('ends gracefully at any time, once, into the debrief', () => {
    const s = run([
      { type: 'start', at: 0 },
      { type: 'blank' },
      { type: 'pause' },
      { type: 'end', at: 60_000, early: true },
      { type: 'end', at: 99_000, early: false },
    ]);
    expect(s.screen).toBe('debrief');
    expect(s.paused).toBe(false);
    expect(s.endedAt).toBe(60_000);
    expect(s.log.filter((e) => e.type === 'ended')).toEqual([{ type: 'ended', early: true, at: 60_000 }]);
  });

  it('blank and pause toggle', () => {
    expect(run([{ type: 'blank' }]).blank).toBe(true);
    expect(run([{ type: 'blank' }, { type: 'blank' }]).blank).toBe(false);
    expect(run([{ type: 'pause' }]).paused).toBe(true);
  });

  it('keeps commitments trimmed, without empty lines', () => {
    expect(run([{ type: 'commitments', commitments: [' Face the person ', '', 'Ask first'] }]).commitments).toEqual([
      'Face the person',
      'Ask first',
    ]);
  });

  it('round-trips through storage and refuses what it cannot trust', () => {
    const s = run([
      { type: 'start', at: 5 },
      { type: 'vote', step: 0, round: 1, options: ['x'], counts: [2], ratherNot: 0, at: 6 },
    ]);
    const back = readSession(JSON.stringify(s));
    expect(back).toEqual({ ok: true, state: s });
    expect(readSession('{').ok).toBe(false);
    expect(readSession(JSON.stringify({ ...s, format: 2 })).ok).toBe(false);
  });
});
