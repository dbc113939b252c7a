// The learner's debrief answers, kept on this device only. Nothing here is ever sent anywhere: not to an
// LMS, not in a SCORM field, not in an xAPI statement (debrief.md). Storage is an injected port so the same
// code runs on localStorage in the browser and on a Map in tests.
import { z } from 'zod';

/** The part of the Web Storage API the debrief uses; `localStorage` fits it. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Present on Web Storage: empties everything this origin (the game) stored. */
  clear?(): void;
}

const STORAGE_PREFIX = 'allyship-theatre:';
const ROTATION_KEY = `${STORAGE_PREFIX}debrief-rotation`;

/** Where one story's debrief answers live. */
export function debriefKey(storyId: string): string {
  return `${STORAGE_PREFIX}debrief:${storyId}`;
}

const answersSchema = z.object({
  version: z.literal(1).default(1),
  /** Which playthrough these answers belong to (its start time). */
  startedAt: z.number().nullable().default(null),
  /** Fixed the first time the debrief opens, so the same questions come back after a reload. */
  rotation: z.number().int().nullable().default(null),
  feelings: z.string().default(''),
  /** Answers to the reflective questions, by prompt id. */
  prompts: z.record(z.string(), z.string()).default({}),
  commitments: z
    .object({
      self: z.array(z.string()).default([]),
      organisation: z.array(z.string()).default([]),
      ownSelf: z.string().default(''),
      ownOrganisation: z.string().default(''),
    })
    .prefault({}),
  /** yyyy-mm-dd, as a date input gives it. */
  comeBackOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().default(null),
  account: z
    .object({
      /** null until the learner edits the pre-filled text. */
      whatHappened: z.string().nullable().default(null),
      realSituation: z.string().default(''),
      learned: z.string().default(''),
      changePractice: z.string().default(''),
      impact: z.string().default(''),
      peerReflection: z.string().default(''),
      followUp: z.string().default(''),
    })
    .prefault({}),
  /** Ticked standard ids. */
  standards: z.array(z.string()).default([]),
  includeBands: z.boolean().default(false),
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
 * "Delete everything this game has stored": Web Storage's clear() empties this origin, which is the game's
 * own space; a store without clear() loses the keys the debrief knows of.
 */
export function deleteEverything(storage: KeyValueStore, knownKeys: readonly string[]): void {
  if (typeof storage.clear === 'function') {
    storage.clear();
    return;
  }
  for (const key of [...knownKeys, ROTATION_KEY]) {
    storage.removeItem(key);
    storage.removeItem(`${key}:set-aside`);
  }
}
