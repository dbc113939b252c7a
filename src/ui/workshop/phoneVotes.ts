// The presenter's link to the room server (`npm run room`), when the workshop page was opened from the address it
// printed. The key in that address's fragment is the presenter's proof; it is moved out of the address bar at
// once (so it is not on the projector, in history or in a screenshot) and kept for this tab only.
// While a vote is open the presenter hears how many phones have voted, never what; the counts arrive when the
// facilitator closes the vote, and go into the same count fields typed counts use, where they can be corrected.

import type { SessionForPhones } from '../../facilitation/participantAccount';

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
  /** False once the room server stops answering (stopped, crashed, restarted with a new key). */
  readonly reachable: boolean;
  open(options: readonly string[]): Promise<boolean>;
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
  const call = async (path: string, method: 'GET' | 'POST', body?: unknown): Promise<Response | null> => {
    try {
      const response = await fetch(`room/api/presenter/${path}`, {
        method,
        headers: { 'x-room-key': key, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return response.ok ? response : null;
    } catch {
      return null;
    }
  };
  const infoResponse = await call('info', 'GET');
  if (!infoResponse) return null;
  const info = (await infoResponse.json()) as JoinInfo;
  let state: PhoneRoomState | null = null;
  let reachable = true;
  const events = new EventSource(`room/api/presenter/events?key=${encodeURIComponent(key)}`);
  // The stream is the presenter's sign of life from the room server: an error means it has gone (the browser
  // keeps trying while it might come back); a view means it is there.
  events.addEventListener('error', () => {
    if (!reachable) return;
    reachable = false;
    onChange();
  });
  // Wait for the room's current state (briefly), so a presenter who reloads mid-vote carries on with that vote.
  await new Promise<void>((resolve) => {
    const timer = window.setTimeout(resolve, 3000);
    events.addEventListener('room', (e) => {
      state = JSON.parse((e as MessageEvent<string>).data) as PhoneRoomState;
      reachable = true;
      window.clearTimeout(timer);
      resolve();
      onChange();
    });
  });
  return {
    info,
    get state() {
      return state;
    },
    get reachable() {
      return reachable;
    },
    open: async (options) => !!(await call('open', 'POST', { options })),
    close: async () => {
      const response = await call('close', 'POST');
      if (!response) return null;
      const { view } = (await response.json()) as { view: PhoneRoomState };
      state = view;
      return view.round?.counts ?? null;
    },
    reveal: async () => {
      await call('reveal', 'POST');
    },
    share: async (session) => !!(await call('session', 'POST', session)),
    end: async () => {
      await call('end', 'POST');
      events.close();
      try {
        sessionStorage.removeItem(KEY_STORE);
      } catch {
        // Nothing kept to remove.
      }
    },
    disconnect: () => events.close(),
  };
}
