// The presenter and the projector, two windows of one browser, kept in step over a BroadcastChannel (no server).
// The presenter holds the session and sends a projector-safe RoomView after every change; the projector draws
// only what it receives, and asks for the current view when it (re)loads.
//
// Paired by a secret: the channel's name carries a random key the presenter makes for its session and hands to
// the projector in the address it opens (`projector.html#pair=KEY`). Another page of the same origin does not
// know the name, so it can neither hear the room's view nor forge one (a "reveal" of acts the facilitator has
// not revealed, a "bye" that makes the projector look closed). The key leaves the projector's address bar at
// once, and each window keeps it for its own reloads in its tab's sessionStorage.
import { RoomViewSchema, type RoomView } from '../../facilitation/roomView';
import { PROJECTOR_PAGE } from './keepOffline';

export const CHANNEL_NAME = 'allyship-theatre-workshop';
const PAIR_KEY = 'allyship:workshop-pair';
const PAIR_PARAM = /(?:^#|&)pair=([0-9a-f]{32})(?:&|$)/;

type Message =
  | { type: 'view'; view: RoomView }
  | { type: 'hello' }
  | { type: 'bye' }
  /** The projector says whether the view it drew fits its screen, so the presenter can warn when it does not. */
  | { type: 'fit'; seq: number; fits: boolean };

export function channelsWork(): boolean {
  return typeof BroadcastChannel === 'function';
}

function tabStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The presenter's key for this session: made once, kept by this tab across reloads (memory if it cannot). */
function presenterKey(): string {
  const store = tabStore();
  try {
    const kept = store?.getItem(PAIR_KEY);
    if (kept && /^[0-9a-f]{32}$/.test(kept)) return kept;
  } catch {
    /* a new key below */
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const key = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  try {
    store?.setItem(PAIR_KEY, key);
  } catch {
    /* this visit only */
  }
  return key;
}

/** The projector's key: from the address it was opened at (then taken out of it), or kept from before a reload. */
function projectorKey(): string | null {
  const store = tabStore();
  const found = PAIR_PARAM.exec(location.hash)?.[1] ?? null;
  if (found) {
    try {
      store?.setItem(PAIR_KEY, found);
    } catch {
      /* this visit only */
    }
    history.replaceState(null, '', location.pathname + location.search);
    return found;
  }
  try {
    return store?.getItem(PAIR_KEY) ?? null;
  } catch {
    return null;
  }
}

const channelFor = (key: string) => new BroadcastChannel(`${CHANNEL_NAME}:${key}`);

export interface PresenterLink {
  /** The projector's address, paired with this presenter (for "Open the projector window" and to copy). */
  projectorAddress: string;
  send(view: RoomView): void;
  close(): void;
}

/** The presenter's end. `currentView` answers a projector that has just (re)loaded. */
export function openPresenterLink(
  currentView: () => RoomView | null,
  onProjector: (connected: boolean) => void,
  onFit: (seq: number, fits: boolean) => void = () => undefined,
): PresenterLink | null {
  if (!channelsWork()) return null;
  const key = presenterKey();
  const channel = channelFor(key);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message?.type === 'hello') {
      onProjector(true);
      const view = currentView();
      if (view) channel.postMessage({ type: 'view', view } satisfies Message);
    } else if (message?.type === 'bye') {
      onProjector(false);
    } else if (message?.type === 'fit' && typeof message.seq === 'number') {
      onFit(message.seq, message.fits === true);
    }
  };
  return {
    projectorAddress: new URL(`${PROJECTOR_PAGE}#pair=${key}`, location.href).href,
    send: (view) => channel.postMessage({ type: 'view', view } satisfies Message),
    close: () => channel.close(),
  };
}

/**
 * The projector's end: says hello, then draws every valid view it is sent. Null when channels do not work, or
 * when this window was not opened from a presenter (no key): `unpaired` is then true.
 */
export function openProjectorLink(
  onView: (view: RoomView) => void,
): { reportFit(seq: number, fits: boolean): void; close(): void; unpaired: boolean } | null {
  if (!channelsWork()) return null;
  const key = projectorKey();
  if (!key) return { reportFit: () => undefined, close: () => undefined, unpaired: true };
  const channel = channelFor(key);
  channel.onmessage = (event: MessageEvent<Message>) => {
    if (event.data?.type !== 'view') return;
    // Anything that is not a well-formed view is ignored rather than drawn.
    const parsed = RoomViewSchema.safeParse(event.data.view);
    if (parsed.success) onView(parsed.data);
  };
  channel.postMessage({ type: 'hello' } satisfies Message);
  const bye = () => channel.postMessage({ type: 'bye' } satisfies Message);
  window.addEventListener('pagehide', bye);
  return {
    unpaired: false,
    reportFit: (seq, fits) => channel.postMessage({ type: 'fit', seq, fits } satisfies Message),
    close: () => {
      window.removeEventListener('pagehide', bye);
      channel.close();
    },
  };
}
