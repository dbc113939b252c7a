// The presenter's link to the room server (`npm run room`), when the workshop page was opened from the address it
// printed. The key in that address's fragment is the presenter's proof; it is moved out of the address bar at
// once (so it is not on the projector, in history or in a screenshot) and kept for this tab only.
// While a vote is open the presenter hears how many phones have voted, never what; the counts arrive when the
// facilitator closes the vote, and go into the same count fields typed counts use, where they can be corrected.

import type { SessionForPhones } from '../../facilitation/participantAccount';
import {
  PRESENTER_HEARTBEAT_SECONDS,
  PRESENTER_SILENCE_SECONDS,
  ROOM_ANSWER_SECONDS,
} from '../../facilitation/roomSilence';
import { PRESENTER_API, ROOM_FIRST_QUESTION } from './keepOffline';

const KEY_STORE = 'allyship.room.presenter-key';

interface PhoneRoundState {
  id: number;
  options: string[];
  open: boolean;
  revealed: boolean;
  voted: number;
  counts: { counts: number[]; ratherNot: number } | null;
}
interface PhoneRoomState {
  code: string;
  /** Phones that have joined since the room opened (a phone that left still counts). */
  phones: number;
  /** Phones with the voting page open now. */
  here?: number;
  round: PhoneRoundState | null;
  ended: boolean;
}
interface JoinInfo {
  code: string;
  joinAddress: string;
}

/** The key from `#room-key=…` (then removed from the address), or the one this tab already holds. */
export function takeRoomKey(): string | null {
  const match = /(?:^#|&)room-key=([A-Za-z0-9_-]{16,100})/.exec(location.hash);
  let key = match?.[1] ?? null;
  try {
    if (key) sessionStorage.setItem(KEY_STORE, key);
    else key = sessionStorage.getItem(KEY_STORE);
  } catch {
    // Storage blocked: the key lives as long as this page does.
  }
  if (match) history.replaceState(null, '', location.pathname + location.search);
  return key;
}

export interface PhoneVotes {
  readonly info: JoinInfo;
  readonly state: PhoneRoomState | null;
  /** False once the room server stops answering (stopped, crashed, hanging, restarted with a new key). */
  readonly reachable: boolean;
  /** Opens a vote on the phones; `revote` when it is the decision's second vote, which the phones say. */
  open(options: readonly string[], revote: boolean): Promise<boolean>;
  /** Closes the vote and returns its counts (null when the room could not be reached). */
  close(): Promise<{ counts: number[]; ratherNot: number } | null>;
  reveal(): Promise<void>;
  /** Shares what the room did together with the phones (the debrief), for each participant's own account. */
  share(session: SessionForPhones): Promise<boolean>;
  end(): Promise<void>;
  disconnect(): void;
}

/** Connects to the room server; null when this page was not served by one, or the key is not accepted. */
export async function connectPhoneVotes(key: string, onChange: () => void): Promise<PhoneVotes | null> {
  let state: PhoneRoomState | null = null;
  let reachable = true;
  /** The stream is open: from then on, a room that stops answering is news for the page. */
  let listening = false;
  const lost = () => {
    if (!reachable) return;
    reachable = false;
    if (listening) onChange();
  };
  const call = async (address: string, method: 'GET' | 'POST', body?: unknown): Promise<Response | null> => {
    try {
      const response = await fetch(address, {
        method,
        headers: { 'x-room-key': key, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
        // A hanging server would otherwise keep the facilitator's control waiting for minutes.
        signal: AbortSignal.timeout(ROOM_ANSWER_SECONDS * 1000),
      });
      if (response.ok) return response;
      // Read to its end, so the browser is done with it (an answer left unread holds its connection).
      await response.text();
      return null;
    } catch {
      // No answer, or none in time: the room is not answering (its stream says when it is back).
      lost();
      return null;
    }
  };
  const infoResponse = await call(ROOM_FIRST_QUESTION, 'GET');
  if (!infoResponse) return null;
  let info: JoinInfo;
  try {
    info = (await infoResponse.json()) as JoinInfo;
  } catch {
    // The answer stopped halfway (the time limit above covers its body too).
    return null;
  }

  // The stream is the presenter's sign of life from the room server: a view or a heartbeat means it is there; an
  // error means it has gone (the browser keeps trying while it might come back); and silence longer than
  // PRESENTER_SILENCE_SECONDS means it is hanging, which the browser never reports.
  let heard = performance.now();
  let events: EventSource | null = null;
  let firstState: () => void = () => undefined;
  const listen = () => {
    events?.close();
    heard = performance.now();
    const stream = new EventSource(`${PRESENTER_API}events?key=${encodeURIComponent(key)}`);
    stream.addEventListener('error', lost);
    stream.addEventListener('alive', () => {
      heard = performance.now();
      if (reachable) return;
      reachable = true;
      onChange();
    });
    stream.addEventListener('room', (e) => {
      state = JSON.parse((e as MessageEvent<string>).data) as PhoneRoomState;
      heard = performance.now();
      reachable = true;
      firstState();
      onChange();
    });
    events = stream;
  };
  const watch = window.setInterval(() => {
    if (performance.now() - heard < PRESENTER_SILENCE_SECONDS * 1000) return;
    lost();
    // A hanging stream never ends by itself: a new one is answered with the room's state as soon as the server can.
    listen();
  }, PRESENTER_HEARTBEAT_SECONDS * 1000);
  const stop = () => {
    window.clearInterval(watch);
    events?.close();
  };
  // Wait for the room's current state (briefly), so a presenter who reloads mid-vote carries on with that vote.
  await new Promise<void>((resolve) => {
    const timer = window.setTimeout(resolve, ROOM_ANSWER_SECONDS * 1000);
    firstState = () => {
      window.clearTimeout(timer);
      firstState = () => undefined;
      resolve();
    };
    listen();
  });
  listening = true;
  return {
    info,
    get state() {
      return state;
    },
    get reachable() {
      return reachable;
    },
    open: async (options, revote) => !!(await call(`${PRESENTER_API}open`, 'POST', { options, revote })),
    close: async () => {
      const response = await call(`${PRESENTER_API}close`, 'POST');
      if (!response) return null;
      try {
        const { view } = (await response.json()) as { view: PhoneRoomState };
        state = view;
        return view.round?.counts ?? null;
      } catch {
        lost();
        return null;
      }
    },
    reveal: async () => {
      await call(`${PRESENTER_API}reveal`, 'POST');
    },
    share: async (session) => !!(await call(`${PRESENTER_API}session`, 'POST', session)),
    end: async () => {
      await call(`${PRESENTER_API}end`, 'POST');
      stop();
      try {
        sessionStorage.removeItem(KEY_STORE);
      } catch {
        // Nothing kept to remove.
      }
    },
    disconnect: stop,
  };
}
