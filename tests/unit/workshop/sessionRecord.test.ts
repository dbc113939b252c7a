// The session's paper records: the time a participant counts as participatory CPD is the whole session they sat
// through, prebrief to the close of the group debrief, not only the story.
import { describe, expect, it } from 'vitest';
import { newSession, type SessionState } from '../../../src/facilitation/sessionState';
import { takeAway } from '../../../src/facilitation/sessionRecord';

const start = Date.UTC(2026, 11, 7, 9, 30);
const minute = 60_000;

function session(over: Partial<SessionState>): SessionState {
  return { ...newSession('sitting-in-reception', 'hash', []), startedAt: start, ...over };
}
const cpd = (state: SessionState, now: number) =>
  takeAway({ title: 'Sitting in Reception', outcomes: [], session: state, now }).cpd;

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
