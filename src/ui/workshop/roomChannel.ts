// The presenter and the projector, two windows of one browser, kept in step over a BroadcastChannel (no server).
// The presenter holds the session and sends a projector-safe RoomView after every change; the projector draws
// only what it receives, and asks for the current view when it (re)loads.
import { RoomViewSchema, type RoomView } from '../../facilitation/roomView';

export const CHANNEL_NAME = 'allyship-theatre-workshop';

type Message =
  | { type: 'view'; view: RoomView }
  | { type: 'hello' }
  | { type: 'bye' }
  /** The projector says whether the view it drew fits its screen, so the presenter can warn when it does not. */
  | { type: 'fit'; seq: number; fits: boolean };

export function channelsWork(): boolean {
  return typeof BroadcastChannel === 'function';
}

export interface PresenterLink {
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
  const channel = new BroadcastChannel(CHANNEL_NAME);
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
    send: (view) => channel.postMessage({ type: 'view', view } satisfies Message),
    close: () => channel.close(),
  };
}

/** The projector's end: says hello, then draws every valid view it is sent. */
export function openProjectorLink(
  onView: (view: RoomView) => void,
): { reportFit(seq: number, fits: boolean): void; close(): void } | null {
  if (!channelsWork()) return null;
  const channel = new BroadcastChannel(CHANNEL_NAME);
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
    reportFit: (seq, fits) => channel.postMessage({ type: 'fit', seq, fits } satisfies Message),
    close: () => {
      window.removeEventListener('pagehide', bye);
      channel.close();
    },
  };
}
