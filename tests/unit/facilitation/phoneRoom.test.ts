import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PhoneRoom, normaliseCode, roomCodeFrom, CODE_LETTERS, MAX_OPTIONS } from '../../../src/facilitation/phoneRoom';
import { tallyVotes } from '../../../src/facilitation/voteTally';

function newRoom(code = 'K7QD'): PhoneRoom {
  const key = randomBytes(32);
  let n = 0;
  return new PhoneRoom(code, {
    sign: (text) => createHmac('sha256', key).update(text).digest('base64url'),
    newToken: () => `phone-${++n}-${randomBytes(8).toString('hex')}`,
  });
}

function joined(room: PhoneRoom, code = room.code): string {
  const j = room.join(code);
  if (!j.ok) throw new Error(j.reason);
  return j.token;
}

describe('phone votes in the room', () => {
  it('counts each phone once per round and lets it change its vote until the vote closes', () => {
    const room = newRoom();
    const [a, b, c] = [joined(room), joined(room), joined(room)];
    const round = room.open(['Ask Esther', 'Answer Dawn', 'Wait']);
    const va = room.vote(a, round.id, 0, null);
    const vb = room.vote(b, round.id, 1, null);
    room.vote(c, round.id, 'rather-not', null);
    expect(va.ok && vb.ok).toBe(true);
    // A second vote without its receipt is refused: one phone, one vote.
    expect(room.vote(a, round.id, 1, null)).toEqual({ ok: false, reason: 'bad-receipt' });
    // Changing a vote with the receipt moves one count.
    const changed = room.vote(b, round.id, 0, vb.ok ? vb.receipt : null);
    expect(changed.ok).toBe(true);
    expect(room.presenterView().round?.voted).toBe(3);
    room.close();
    expect(room.presenterView().round?.counts).toEqual({ counts: [2, 0, 0], ratherNot: 1 });
    // Closed: no more votes or changes.
    expect(room.vote(b, round.id, 2, changed.ok ? changed.receipt : null)).toEqual({
      ok: false,
      reason: 'no-vote-open',
    });
  });

  it('counts a vote sent again with the same request key once (a phone that heard nothing back while the room hung)', () => {
    const room = newRoom();
    const [a, b] = [joined(room), joined(room)];
    const round = room.open(['One', 'Two', 'Three']);
    const first = room.vote(a, round.id, 1, null, 'tap-1-aaaaaaaaaaaaaaaa');
    // The phone never heard that answer, and sends the same tap again, twice: the same receipt, one count.
    const again = room.vote(a, round.id, 1, null, 'tap-1-aaaaaaaaaaaaaaaa');
    expect(again).toEqual(first);
    expect(room.vote(a, round.id, 1, null, 'tap-1-aaaaaaaaaaaaaaaa')).toEqual(first);
    // The same key with another choice is not the same tap: a second vote without a receipt, refused.
    expect(room.vote(a, round.id, 2, null, 'tap-1-aaaaaaaaaaaaaaaa')).toEqual({ ok: false, reason: 'bad-receipt' });
    // Another phone cannot use this phone's key.
    const other = room.vote(b, round.id, 0, null, 'tap-1-aaaaaaaaaaaaaaaa');
    expect(other.ok && other.receipt !== (first.ok && first.receipt)).toBe(true);
    // A change (a new tap, with the receipt) counts, and sent again still counts once.
    const change = room.vote(a, round.id, 2, first.ok ? first.receipt : null, 'tap-2-bbbbbbbbbbbbbbbb');
    expect(change.ok).toBe(true);
    expect(room.vote(a, round.id, 2, first.ok ? first.receipt : null, 'tap-2-bbbbbbbbbbbbbbbb')).toEqual(change);
    expect(room.presenterView().round?.voted).toBe(2);
    // The phone's keys are not kept: what the room holds for a repeated tap cannot be tried against each option.
    const held = JSON.stringify(room, (_k, v) => (v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v));
    expect(held).not.toMatch(/tap-\d/);
    // The vote closes before the phone hears back: the tap that counted is still said to have counted; a tap that
    // never arrived is too late.
    room.close();
    expect(room.vote(a, round.id, 2, first.ok ? first.receipt : null, 'tap-2-bbbbbbbbbbbbbbbb')).toEqual(change);
    expect(room.vote(b, round.id, 1, null, 'tap-3-cccccccccccccccc')).toEqual({ ok: false, reason: 'no-vote-open' });
    expect(room.presenterView().round?.counts).toEqual({ counts: [1, 0, 1], ratherNot: 0 });
  });

  it('refuses an old receipt shown again, so one phone cannot take back a count twice', () => {
    const room = newRoom();
    const [a, b, c] = [joined(room), joined(room), joined(room)];
    const round = room.open(['One', 'Two', 'Three']);
    room.vote(b, round.id, 0, null);
    room.vote(c, round.id, 0, null);
    const first = room.vote(a, round.id, 0, null);
    const second = room.vote(a, round.id, 1, first.ok ? first.receipt : null);
    expect(second.ok).toBe(true);
    expect(room.vote(a, round.id, 2, first.ok ? first.receipt : null)).toEqual({ ok: false, reason: 'bad-receipt' });
    // Another phone's receipt does not work either.
    expect(room.vote(b, round.id, 2, second.ok ? second.receipt : null)).toEqual({ ok: false, reason: 'bad-receipt' });
    // A forged receipt that names another choice fails the signature.
    const [r, serial, , mac] = (second.ok ? second.receipt : '').split('.');
    const forged = [r, serial, '2', mac].join('.');
    expect(room.vote(a, round.id, 0, forged)).toEqual({ ok: false, reason: 'bad-receipt' });
    room.close();
    expect(room.presenterView().round?.counts).toEqual({ counts: [2, 1, 0], ratherNot: 0 });
  });

  it('keeps no record of who chose what: only counts, and per phone a number of receipts', () => {
    const room = newRoom();
    const tokens = Array.from({ length: 5 }, () => joined(room));
    const round = room.open(['A', 'B']);
    tokens.forEach((t, i) => room.vote(t, round.id, i % 2, null));
    // Everything the room holds, as text: no choice sits beside any token.
    const held = JSON.stringify(room, (_k, v) => (v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v));
    for (const t of tokens) {
      const entry = new RegExp(`"${t}",(\\d+)`).exec(held);
      expect(entry?.[1]).toBe('1');
    }
    expect(held).not.toMatch(/"choice"/);
  });

  it('shows the presenter how many have voted while open, and the counts only once closed', () => {
    const room = newRoom();
    const t = joined(room);
    const round = room.open(['A', 'B']);
    room.vote(t, round.id, 1, null);
    expect(room.presenterView().round).toMatchObject({ open: true, voted: 1, counts: null });
    room.reveal();
    expect(room.presenterView().round).toMatchObject({ open: false, revealed: true, counts: { counts: [0, 1] } });
    // Phones never see counts.
    expect(JSON.stringify(room.phoneView())).not.toContain('counts');
  });

  it('gives the projector the same "a few" rule as typed counts', () => {
    const room = newRoom();
    const tokens = Array.from({ length: 7 }, () => joined(room));
    const round = room.open(['A', 'B', 'C']);
    [0, 0, 0, 0, 0, 1, 'rather-not' as const].forEach((choice, i) => room.vote(tokens[i]!, round.id, choice, null));
    room.close();
    const counts = room.presenterView().round!.counts!;
    const tally = tallyVotes(counts);
    expect(tally.options.map((o) => o.shown)).toEqual(['83%', 'a few', 'none']);
    expect(tally.ratherNot.shown).toBe('a few');
  });

  it('refuses a vote for a replaced round, an option out of range, an unknown phone, and a wrong code', () => {
    const room = newRoom('ABCD');
    expect(room.join('zzzz')).toEqual({ ok: false, reason: 'wrong-code' });
    expect(room.join(' ab cd ').ok).toBe(true);
    const t = joined(room, 'abcd');
    const first = room.open(['A', 'B']);
    const second = room.open(['A', 'B']);
    expect(room.vote(t, first.id, 0, null)).toEqual({ ok: false, reason: 'no-vote-open' });
    expect(room.vote(t, second.id, 2, null)).toEqual({ ok: false, reason: 'bad-choice' });
    expect(room.vote(t, second.id, -1, null)).toEqual({ ok: false, reason: 'bad-choice' });
    expect(room.vote(t, second.id, 0.5, null)).toEqual({ ok: false, reason: 'bad-choice' });
    expect(room.vote('made-up', second.id, 0, null)).toEqual({ ok: false, reason: 'unknown-phone' });
    expect(() => room.open([])).toThrow(RangeError);
    expect(() => room.open(Array.from({ length: MAX_OPTIONS + 1 }, () => 'x'))).toThrow(RangeError);
  });

  it('tells phones which round is the revote, so the phone can say it is the second vote', () => {
    const room = newRoom();
    room.open(['A', 'B']);
    expect(room.phoneView().round?.revote).toBe(false);
    room.open(['A', 'B'], true);
    expect(room.phoneView().round?.revote).toBe(true);
  });

  it('forgets everything when the facilitator ends the room', () => {
    const room = newRoom();
    const t = joined(room);
    const round = room.open(['A']);
    room.vote(t, round.id, 0, null);
    room.end();
    expect(room.presenterView()).toEqual({ code: room.code, phones: 0, round: null, ended: true });
    expect(room.knows(t)).toBe(false);
    expect(room.join(room.code)).toEqual({ ok: false, reason: 'ended' });
  });

  it('makes codes a projector cannot misprint, and reads them however they are typed', () => {
    const code = roomCodeFrom(new Uint8Array([0, 1, 250, 33]));
    expect(code).toHaveLength(4);
    expect(code.split('').every((ch) => CODE_LETTERS.includes(ch))).toBe(true);
    expect(CODE_LETTERS).not.toMatch(/[ILO01]/);
    expect(normaliseCode(' k7 qd ')).toBe('K7QD');
  });
});
