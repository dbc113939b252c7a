// The session on the facilitator's device, so it survives a reload of either window: the story id, the path,
// the plan and the log (sessionState.ts). One session at a time. A stored session that cannot be read is set
// aside, never deleted, and the facilitator is told.
import { readSession, type SessionState } from '../../facilitation/sessionState';
import { deviceStorage, storageKey } from '../deviceStorage';

const SESSION = storageKey('workshop', 'session');
const PREFS = storageKey('workshop', 'prefs');

export function loadSession(): { state: SessionState | null; problem: string | null } {
  const store = deviceStorage();
  const text = store.getItem(SESSION);
  if (text === null) return { state: null, problem: null };
  const read = readSession(text);
  if (read.ok) return { state: read.state, problem: null };
  // Only once the copy is really kept is the original moved out of the way (full or refusing storage: it stays).
  if (store.setItem(storageKey('workshop', 'set-aside', String(Date.now())), text)) store.removeItem(SESSION);
  return { state: null, problem: `The last session could not be resumed (${read.reason}). It has been kept aside.` };
}

export function saveSession(state: SessionState): void {
  deviceStorage().setItem(SESSION, JSON.stringify(state));
}

export function clearSession(): void {
  deviceStorage().removeItem(SESSION);
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
