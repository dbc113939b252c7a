// Votes from phones in the room, kept as counts and nothing else. The room server holds one PhoneRoom in memory;
// nothing here is written anywhere, and it goes when the facilitator ends the room.
//
// Private by construction: the room never keeps which phone chose what. A phone's first vote adds one to an
// option's count and gives the phone a receipt (signed by the server, held only by the phone) that names its
// choice. To change its vote the phone shows that receipt; the room checks the signature, moves one count, and
// issues a new receipt. The room keeps, per phone, only how many receipts it has issued this round, so an old
// receipt cannot be shown twice. Without the phone's receipt, the room's memory cannot say how anyone voted.
//
// The presenter sees how many phones have voted while a vote is open, and the counts per option only once it
// closes, so a facilitator watching one person tap cannot read that person's vote off a changing count.
//
// In the debrief the presenter shares what the room did together (SessionForPhones: the story, the date, what the
// room chose, its commitments), so each participant can write their own reflective account on their phone.
import type { SessionForPhones } from './participantAccount';

/** An option's index in the order offered, or "I'd rather not say" (a real answer, not a vote). */
export type PhoneChoice = number | 'rather-not';

/** Limits on what the presenter may send; phones are limited by the server's own checks. */
export const MAX_OPTIONS = 8;
export const MAX_OPTION_LENGTH = 600;
/** More phones than a lecture hall holds: past this, a join is refused rather than memory growing. */
const MAX_PHONES = 2_000;

/** What a phone may know about the round: the options' text and whether it is open. Never counts. */
interface PhoneRoundView {
  id: number;
  options: string[];
  /** The second vote at a decision, after the discussion: the phone says so, and that a mind may change. */
  revote: boolean;
  open: boolean;
  revealed: boolean;
}

/** What the presenter may know: the phone view, how many have voted, and the counts once the vote is closed. */
export interface PresenterRoundView extends PhoneRoundView {
  voted: number;
  counts: { counts: number[]; ratherNot: number } | null;
}

export interface PresenterView {
  code: string;
  phones: number;
  round: PresenterRoundView | null;
  ended: boolean;
}

export interface PhoneView {
  round: PhoneRoundView | null;
  /** What the room did together, once the debrief has begun; for each participant's own account. */
  session: SessionForPhones | null;
  ended: boolean;
}

export type VoteResult =
  | { ok: true; receipt: string }
  | { ok: false; reason: 'no-vote-open' | 'unknown-phone' | 'bad-choice' | 'bad-receipt' | 'ended' };

export interface RoomPorts {
  /** A keyed signature of the text (the server uses HMAC-SHA-256 with a key made at start). */
  sign(text: string): string;
  /** A fresh, unguessable phone token. */
  newToken(): string;
}

interface Round {
  id: number;
  options: string[];
  revote: boolean;
  open: boolean;
  revealed: boolean;
  counts: number[];
  ratherNot: number;
  /** Per phone that has voted this round: how many receipts it has been given. Never its choice. */
  receiptsIssued: Map<string, number>;
  /**
   * Per phone, a mark of the last request it sent that counted, so the same request sent again (a phone that heard
   * nothing back while the room hung, and tried again) counts once. The mark is a keyed signature of the phone's
   * request key with its choice; the request key is random, made on the phone and never kept here, so the mark
   * cannot be tried against each option to say how the phone voted.
   */
  lastRequest: Map<string, string>;
}

const choiceKey = (choice: PhoneChoice): string => (choice === 'rather-not' ? 'r' : String(choice));

export class PhoneRoom {
  private readonly phones = new Set<string>();
  private round: Round | null = null;
  private session: SessionForPhones | null = null;
  private ended = false;
  private lastRoundId = 0;

  constructor(
    readonly code: string,
    private readonly ports: RoomPorts,
  ) {}

  /** A phone joins with the code on the room's screen; a wrong code or a full room is refused. */
  join(code: string): { ok: true; token: string } | { ok: false; reason: 'wrong-code' | 'full' | 'ended' } {
    if (this.ended) return { ok: false, reason: 'ended' };
    if (normaliseCode(code) !== this.code) return { ok: false, reason: 'wrong-code' };
    if (this.phones.size >= MAX_PHONES) return { ok: false, reason: 'full' };
    const token = this.ports.newToken();
    this.phones.add(token);
    return { ok: true, token };
  }

  /** Whether a join with this code would be let in (the room is open and the code is its own). */
  accepts(code: string): boolean {
    return !this.ended && normaliseCode(code) === this.code;
  }

  knows(token: string): boolean {
    return this.phones.has(token);
  }

  /** The presenter opens a vote (or the revote) on these options. Any earlier round is closed and forgotten. */
  open(options: readonly string[], revote = false): PresenterRoundView {
    if (this.ended) throw new Error('the room has ended');
    if (options.length < 1 || options.length > MAX_OPTIONS) {
      throw new RangeError(`a vote needs 1 to ${MAX_OPTIONS} options`);
    }
    if (options.some((o) => typeof o !== 'string' || o.length === 0 || o.length > MAX_OPTION_LENGTH)) {
      throw new RangeError(`each option is text of 1 to ${MAX_OPTION_LENGTH} characters`);
    }
    this.lastRoundId += 1;
    this.round = {
      id: this.lastRoundId,
      options: [...options],
      revote,
      open: true,
      revealed: false,
      counts: options.map(() => 0),
      ratherNot: 0,
      receiptsIssued: new Map(),
      lastRequest: new Map(),
    };
    return this.presenterView().round!;
  }

  close(): void {
    if (this.round) this.round.open = false;
  }

  /** The room has been shown the result: phones say so. Closes the vote if it was still open. */
  reveal(): void {
    if (!this.round) return;
    this.round.open = false;
    this.round.revealed = true;
  }

  /** The presenter shares what the room did together (again, as the debrief adds commitments). */
  share(session: SessionForPhones): void {
    if (!this.ended) this.session = session;
  }

  /** Everything goes: counts, phones, rounds. (The shared session is in the last view phones are sent.) */
  end(): void {
    this.ended = true;
    this.round = null;
    this.phones.clear();
  }

  /**
   * A phone's vote, or a change of vote (with the receipt of its previous one). One vote per phone per round.
   * The round id guards against a vote sent for a round that has since been replaced. `request` is the phone's own
   * key for this one tap: the same request again (the phone never heard whether the first one arrived) is answered
   * with the same receipt and counts once, even after the vote has closed, so the phone can say its vote was in.
   */
  vote(
    token: string,
    roundId: number,
    choice: PhoneChoice,
    receipt: string | null,
    request: string | null = null,
  ): VoteResult {
    if (this.ended) return { ok: false, reason: 'ended' };
    if (!this.phones.has(token)) return { ok: false, reason: 'unknown-phone' };
    const round = this.round;
    const mark = request === null ? null : this.ports.sign(`${token}|${roundId}|${request}|${choiceKey(choice)}`);
    if (round?.id === roundId && mark !== null && round.lastRequest.get(token) === mark) {
      return { ok: true, receipt: this.receipt(token, round.id, round.receiptsIssued.get(token)!, choice) };
    }
    if (!round || !round.open || round.id !== roundId) return { ok: false, reason: 'no-vote-open' };
    if (choice !== 'rather-not' && !(Number.isInteger(choice) && choice >= 0 && choice < round.options.length)) {
      return { ok: false, reason: 'bad-choice' };
    }
    const issued = round.receiptsIssued.get(token);
    if (issued !== undefined) {
      // A change: the receipt must be the latest one this phone was given, and says what to take back.
      const previous = this.readReceipt(token, round.id, issued, receipt);
      if (previous === null) return { ok: false, reason: 'bad-receipt' };
      this.add(round, previous, -1);
    }
    this.add(round, choice, +1);
    const next = (issued ?? 0) + 1;
    round.receiptsIssued.set(token, next);
    if (mark === null) round.lastRequest.delete(token);
    else round.lastRequest.set(token, mark);
    return { ok: true, receipt: this.receipt(token, round.id, next, choice) };
  }

  phoneView(): PhoneView {
    const r = this.round;
    return {
      round: r ? { id: r.id, options: [...r.options], revote: r.revote, open: r.open, revealed: r.revealed } : null,
      session: this.session,
      ended: this.ended,
    };
  }

  presenterView(): PresenterView {
    const r = this.round;
    return {
      code: this.code,
      phones: this.phones.size,
      ended: this.ended,
      round: r
        ? {
            id: r.id,
            options: [...r.options],
            revote: r.revote,
            open: r.open,
            revealed: r.revealed,
            voted: r.receiptsIssued.size,
            counts: r.open ? null : { counts: [...r.counts], ratherNot: r.ratherNot },
          }
        : null,
    };
  }

  private add(round: Round, choice: PhoneChoice, by: 1 | -1): void {
    if (choice === 'rather-not') round.ratherNot += by;
    else round.counts[choice]! += by;
  }

  private receipt(token: string, roundId: number, serial: number, choice: PhoneChoice): string {
    const body = `${roundId}.${serial}.${choiceKey(choice)}`;
    return `${body}.${this.ports.sign(`${token}|${body}`)}`;
  }

  /** The choice a receipt names, if it is this phone's latest receipt for this round; otherwise null. */
  private readReceipt(token: string, roundId: number, serial: number, receipt: string | null): PhoneChoice | null {
    if (typeof receipt !== 'string' || receipt.length > 200) return null;
    const parts = receipt.split('.');
    if (parts.length !== 4) return null;
    const [r, s, c, mac] = parts as [string, string, string, string];
    if (r !== String(roundId) || s !== String(serial)) return null;
    if (this.ports.sign(`${token}|${r}.${s}.${c}`) !== mac) return null;
    if (c === 'r') return 'rather-not';
    const index = Number(c);
    return Number.isInteger(index) && index >= 0 && index < (this.round?.options.length ?? 0) ? index : null;
  }
}

/** Codes are typed on phones: case and spaces do not matter. */
export function normaliseCode(code: string): string {
  return String(code).replace(/\s+/g, '').toUpperCase().slice(0, 12);
}

/** Letters that cannot be misread for one another on a projector (no I, L, O, 0, 1). */
export const CODE_LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A short room code from random bytes: four characters, about 900,000 possibilities. */
export function roomCodeFrom(bytes: Uint8Array): string {
  return Array.from(bytes.slice(0, 4), (b) => CODE_LETTERS[b % CODE_LETTERS.length]).join('');
}
