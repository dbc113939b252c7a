// The session on the facilitator's device, so it survives a reload of either window: the story id, the path,
// the plan and the log (sessionState.ts). One session at a time. Nothing here deletes a session by itself: one that
// cannot be read, whose story has gone, or that a new session replaces is set aside, and one that can be read can be
// brought back. Only the facilitator deletes one set aside, from the list, having been asked first.
import { readSession, type SessionState } from '../../facilitation/sessionState';
import { deviceStorage, workshopKey } from '../deviceStorage';

const SESSION = workshopKey('session');
const PREFS = workshopKey('prefs');
const SET_ASIDE = workshopKey('set-aside', '');

/** Kept whole under a key of its own (the time it was set aside), so nothing new can write over it. */
function keepAside(text: string): boolean {
  const store = deviceStorage();
  let at = Date.now();
  while (store.getItem(SET_ASIDE + String(at)) !== null) at++;
  return store.setItem(SET_ASIDE + String(at), text);
}

export function loadSession(): { state: SessionState | null; problem: string | null } {
  const store = deviceStorage();
  const text = store.getItem(SESSION);
  if (text === null) return { state: null, problem: null };
  const read = readSession(text);
  if (read.ok) return { state: read.state, problem: null };
  // Only once the copy is really kept is the original moved out of the way (full or refusing storage: it stays).
  if (keepAside(text)) store.removeItem(SESSION);
  return { state: null, problem: `The last session could not be resumed (${read.reason}). It has been kept aside.` };
}

export function saveSession(state: SessionState): void {
  deviceStorage().setItem(SESSION, JSON.stringify(state));
}

/**
 * The session moves out of the way, kept whole, so a new one can start (or its story has gone). False when the
 * browser would not keep the copy: the session then stays where it is.
 */
export function setSessionAside(state: SessionState): boolean {
  if (!keepAside(JSON.stringify(state))) return false;
  deviceStorage().removeItem(SESSION);
  return true;
}

/** A session set aside that can be read, so it can be brought back. */
export interface SetAsideSession {
  key: string;
  /** When it was set aside. */
  at: number;
  state: SessionState;
}

/** Every session set aside on this browser that can be read, the newest first. */
export function setAsideSessions(): SetAsideSession[] {
  const store = deviceStorage();
  const found: SetAsideSession[] = [];
  for (const key of store.keys()) {
    if (!key.startsWith(SET_ASIDE)) continue;
    const read = readSession(store.getItem(key) ?? '');
    if (read.ok) found.push({ key, at: Number(key.slice(SET_ASIDE.length)), state: read.state });
  }
  return found.sort((a, b) => b.at - a.at);
}

/**
 * A session set aside becomes the session again; the one it replaces, if any, is set aside in its turn. Null when
 * the browser would not keep that: both are still kept.
 */
export function bringBackSession(chosen: SetAsideSession, current: SessionState | null): SessionState | null {
  if (current && !setSessionAside(current)) return null;
  const store = deviceStorage();
  if (!store.setItem(SESSION, JSON.stringify(chosen.state))) return null;
  store.removeItem(chosen.key);
  return chosen.state;
}

/** A session set aside goes for good, as the facilitator asked. False when the browser would not forget it. */
export function deleteSetAsideSession(chosen: SetAsideSession): boolean {
  const store = deviceStorage();
  store.removeItem(chosen.key);
  return store.getItem(chosen.key) === null;
}

export interface PresenterPrefs {
  /** Single-key presenter shortcuts (WCAG 2.1.4: they can be switched off). */
  keys: boolean;
  /** One screen: the room's view fills the facilitator's screen, the controls fold away. */
  single: boolean;
}

export function loadPrefs(): PresenterPrefs {
  try {
    const raw = JSON.parse(deviceStorage().getItem(PREFS) ?? '{}') as Partial<PresenterPrefs>;
    return { keys: raw.keys !== false, single: raw.single === true };
  } catch {
    return { keys: true, single: false };
  }
}

export function savePrefs(prefs: PresenterPrefs): void {
  deviceStorage().setItem(PREFS, JSON.stringify(prefs));
}
