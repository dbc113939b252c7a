// The learner's debrief answers, kept on this device only. Nothing here is ever sent anywhere: not to an
// LMS, not in a SCORM field, not in an xAPI statement (debrief.md). Storage is an injected port so the same
// code runs on localStorage in the browser and on a Map in tests.
import { z } from '../zod';

/** The part of the Web Storage API the debrief uses; `localStorage` fits it. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Web Storage's clear(): empties everything this origin (the game) stored. */
  clear?(): void;
  /** The game's device storage: removes every key the game stored. Preferred over clear() when present. */
  clearAll?(): void;
}

// The same prefix as the game's own device storage (src/ui/deviceStorage.ts), so its "delete everything"
// finds these keys too. The engine cannot import ui/, hence the copy.
const STORAGE_PREFIX = 'allyship:';
const ROTATION_KEY = `${STORAGE_PREFIX}debrief-rotation`;

/** Where one story's debrief answers live. */
export function debriefKey(storyId: string): string {
  return `${STORAGE_PREFIX}debrief:${storyId}`;
}

// Every field has a default, so answers stored by an older version (or none at all) still read.
const words = () => z._default(z.string(), '');
const list = () => z._default(z.array(z.string()), []);
const no = () => z._default(z.boolean(), false);

const answersSchema = z.object({
  version: z._default(z.literal(1), 1),
  /** Which playthrough these answers belong to: see playthroughKey(). */
  playthrough: z._default(z.nullable(z.string()), null),
  /** Fixed the first time the debrief opens, so the same questions come back after a reload. */
  rotation: z._default(z.nullable(z.int()), null),
  feelings: words(),
  /** Answers to the reflective questions, by prompt id. */
  prompts: z._default(z.record(z.string(), z.string()), {}),
  commitments: z.prefault(
    z.object({ self: list(), organisation: list(), ownSelf: words(), ownOrganisation: words() }),
    {},
  ),
  /** yyyy-mm-dd, as a date input gives it. */
  comeBackOn: z._default(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))), null),
  account: z.prefault(
    z.object({
      /** null until the learner edits the pre-filled text. */
      whatHappened: z._default(z.nullable(z.string()), null),
      realSituation: words(),
      learned: words(),
      changePractice: words(),
      impact: words(),
      peerReflection: words(),
      followUp: words(),
    }),
    {},
  ),
  /** Ticked standard ids. */
  standards: list(),
  includeBands: no(),
  /** Add the answers to the reflective questions to the account (off unless the learner ticks it). */
  includeAnswers: no(),
});

export type DebriefAnswers = z.infer<typeof answersSchema>;

/** A change to save: top-level fields, with the nested groups merged one level deep. */
export type AnswersPatch = Partial<Omit<DebriefAnswers, 'commitments' | 'account' | 'prompts'>> & {
  commitments?: Partial<DebriefAnswers['commitments']>;
  account?: Partial<DebriefAnswers['account']>;
  prompts?: Record<string, string>;
};

export function emptyAnswers(): DebriefAnswers {
  return answersSchema.parse({});
}

export interface DebriefStore {
  load(): DebriefAnswers;
  /** Merge and write at once (called as the learner types). False when the device would not store it. */
  save(patch: AnswersPatch): boolean;
  clear(): void;
  /** True when the last load found a stored value it could not read and set it aside. */
  setAside(): boolean;
}

export function createDebriefStore(storage: KeyValueStore, key: string): DebriefStore {
  let current: DebriefAnswers | null = null;
  let setAside = false;

  function read(): DebriefAnswers {
    setAside = false;
    let raw: string | null = null;
    try {
      raw = storage.getItem(key);
    } catch {
      return emptyAnswers(); // storage blocked (e.g. private mode settings): start empty, do not crash
    }
    if (raw === null) return emptyAnswers();
    let parsed: ReturnType<typeof answersSchema.safeParse> | null = null;
    try {
      parsed = answersSchema.safeParse(JSON.parse(raw));
    } catch {
      parsed = null;
    }
    if (parsed?.success) return parsed.data;
    // Keep the unreadable value beside the new one rather than destroy someone's words.
    setAside = true;
    try {
      storage.setItem(`${key}:set-aside`, raw);
    } catch {
      // nowhere to keep it; the answers start afresh either way
    }
    return emptyAnswers();
  }

  return {
    load() {
      current = read();
      return structuredClone(current);
    },
    save(patch) {
      const base = current ?? read();
      const merged: DebriefAnswers = {
        ...base,
        ...patch,
        commitments: { ...base.commitments, ...patch.commitments },
        account: { ...base.account, ...patch.account },
        prompts: { ...base.prompts, ...patch.prompts },
      } as DebriefAnswers;
      current = answersSchema.parse(merged);
      try {
        storage.setItem(key, JSON.stringify(current));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      current = emptyAnswers();
      try {
        storage.removeItem(key);
      } catch {
        // nothing stored, or storage blocked: either way nothing is left to clear
      }
    },
    setAside: () => setAside,
  };
}

/**
 * Which playthrough a set of answers belongs to. The path (and the story's hash) identify it without anyone
 * having to keep a start time: a reload of the same ending keeps its answers, a new path starts afresh.
 */
export function playthroughKey(save: { storyHash: string; path: readonly unknown[] }): string {
  return `${save.storyHash}|${JSON.stringify(save.path)}`;
}

/**
 * Open the answers for this playthrough. Answers from an earlier, different playthrough of the same story are
 * replaced, but the commitments, the come-back date and the follow-up carry over: they belong to the learner's
 * practice, not to one path through the story.
 */
export function answersForPlaythrough(store: DebriefStore, playthrough: string): DebriefAnswers {
  const stored = store.load();
  if (stored.playthrough === playthrough) return stored;
  const fresh = emptyAnswers();
  const hadEarlier = stored.playthrough !== null;
  store.clear();
  store.save({
    ...fresh,
    playthrough,
    // A new playthrough takes the next closing question (debrief.md: rotate); the same one keeps its own.
    rotation: null,
    ...(hadEarlier
      ? {
          commitments: stored.commitments,
          comeBackOn: stored.comeBackOn,
          account: { followUp: stored.account.followUp },
        }
      : {}),
  });
  return store.load();
}

/** The come-back date (yyyy-mm-dd) stored for a story, if any: for a foyer that offers "look back at this". */
export function storedComeBack(storage: KeyValueStore, storyId: string): string | null {
  return createDebriefStore(storage, debriefKey(storyId)).load().comeBackOn;
}

/** True when the learner set a come-back date (yyyy-mm-dd) and that day has come. */
export function comeBackIsDue(comeBackOn: string | null, today: string): boolean {
  return comeBackOn !== null && today >= comeBackOn;
}

/** Which prompts and closing question this debrief offers: each new debrief takes the next turn. */
export function nextRotation(storage: KeyValueStore): number {
  try {
    const last = Number.parseInt(storage.getItem(ROTATION_KEY) ?? '', 10);
    const next = Number.isFinite(last) && last >= 0 ? last + 1 : 0;
    storage.setItem(ROTATION_KEY, String(next));
    return next;
  } catch {
    return 0;
  }
}

/**
 * "Delete everything this game has stored": the game's storage knows all its keys (clearAll); Web Storage's
 * clear() empties this origin; any other store loses the keys the debrief knows of.
 */
export function deleteEverything(storage: KeyValueStore, knownKeys: readonly string[]): void {
  if (typeof storage.clearAll === 'function') {
    storage.clearAll();
    return;
  }
  if (typeof storage.clear === 'function') {
    storage.clear();
    return;
  }
  for (const key of [...knownKeys, ROTATION_KEY]) {
    storage.removeItem(key);
    storage.removeItem(`${key}:set-aside`);
  }
}
