// The plan says how long the session will take in a room (r19 M5): the guide used to promise two or three room
// votes in 45 minutes, when one vote, discuss, revote cycle takes 10 to 15 minutes in a real room.
import { describe, expect, it } from 'vitest';
import { briefTimeWords, plannedSessionTime, sessionTimeWords } from '../../../src/facilitation/sessionTime';

describe('how long a planned session takes in a room', () => {
  it('three room votes on a 15-minute story fill most of 90 minutes, not 45', () => {
    const time = plannedSessionTime(15, 3);
    expect(time.total).toBe(85);
    expect(time.total).toBeGreaterThan(45);
    expect(sessionTimeWords(time)).toMatch(/^This plan takes about 85 minutes in a room: 10 to open/);
    expect(sessionTimeWords(time)).toContain('Three room votes suit a 90-minute session');
  });

  it('each room vote adds 10 to 15 minutes, and one vote is the 45-to-60-minute plan', () => {
    expect(plannedSessionTime(15, 1).total).toBe(60);
    expect(plannedSessionTime(15, 2).total - plannedSessionTime(15, 1).total).toBeGreaterThanOrEqual(10);
    expect(sessionTimeWords(plannedSessionTime(15, 1))).toContain('10 to 15 for the room vote (vote, discuss, revote)');
  });

  it('a story without a length is read as a 15-minute one', () => {
    expect(plannedSessionTime(null, 0).reading).toBe(20);
  });

  it('the one-page brief says it in one short line', () => {
    expect(briefTimeWords(15, 3)).toBe('About 15 minutes alone; about 85 in a room with 3 room votes.');
  });
});
