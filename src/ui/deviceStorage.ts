// Storage on the learner's device. localStorage can be missing, throw (private windows, locked-down browsers)
// or be full: the game keeps playing from memory and says once that progress will not be kept.
interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StorageProblem = 'unavailable' | 'full' | null;

const PREFIX = 'allyship:';
/**
 * The facilitator's workshop (the session, sessions set aside, the presenter's settings): a learner's "delete
 * everything" leaves it alone, since it is someone else's work on a shared laptop, and the workshop ends its own.
 */
const WORKSHOP = `${PREFIX}workshop:`;

function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException && /quota/i.test(e.name + e.message);
}

class DeviceStorage implements KeyValueStore {
  private memory = new Map<string, string>();
  private backing: Storage | null = null;
  problem: StorageProblem = null;
  private listeners = new Set<(p: StorageProblem) => void>();

  constructor() {
    try {
      const s = window.localStorage;
      const probe = `${PREFIX}probe`;
      this.backing = s;
      s.setItem(probe, '1');
      s.removeItem(probe);
    } catch (e) {
      // Full storage still reads: keep it, so saves and answers already there are not lost from view.
      if (isQuotaError(e)) this.problem = 'full';
      else {
        this.backing = null;
        this.problem = 'unavailable';
      }
    }
  }

  onProblem(fn: (p: StorageProblem) => void): void {
    this.listeners.add(fn);
    if (this.problem) fn(this.problem);
  }

  private report(p: StorageProblem): void {
    if (this.problem === p) return;
    this.problem = p;
    for (const fn of this.listeners) fn(p);
  }

  getItem(key: string): string | null {
    if (this.memory.has(key)) return this.memory.get(key)!;
    if (!this.backing) return null;
    try {
      return this.backing.getItem(key);
    } catch {
      this.report('unavailable');
      return null;
    }
  }

  /** Returns true when the value was kept for real, false when it lives in memory for this visit only. */
  setItem(key: string, value: string): boolean {
    this.memory.set(key, value);
    if (!this.backing) return false;
    try {
      this.backing.setItem(key, value);
      // Written for real: memory need not shadow it.
      this.memory.delete(key);
      return true;
    } catch (e) {
      this.report(isQuotaError(e) ? 'full' : 'unavailable');
      return false;
    }
  }

  removeItem(key: string): void {
    this.memory.delete(key);
    try {
      this.backing?.removeItem(key);
    } catch {
      this.report('unavailable');
    }
  }

  /** Every key this game stored (for "delete everything"). */
  keys(): string[] {
    const keys = new Set(this.memory.keys());
    try {
      if (this.backing) for (let i = 0; i < this.backing.length; i++) keys.add(this.backing.key(i)!);
    } catch {
      /* nothing more to list */
    }
    return [...keys].filter((k) => k.startsWith(PREFIX));
  }

  /** The learner's "delete everything": every key this game stored, bar a facilitator's workshop. */
  clearAll(): void {
    for (const k of this.keys()) if (!k.startsWith(WORKSHOP)) this.removeItem(k);
  }
}

let instance: DeviceStorage | null = null;
export function deviceStorage(): DeviceStorage {
  return (instance ??= new DeviceStorage());
}

export const storageKey = (...parts: string[]): string => PREFIX + parts.join(':');
/** A key of the facilitator's workshop, which the learner's "delete everything" keeps. */
export const workshopKey = (...parts: string[]): string => WORKSHOP + parts.join(':');
