// The learner's debrief answers on this device: one record per story *and playthrough*, so a republished story
// or a new path never erases what was written before. Earlier playthroughs stay readable ("your earlier
// reflections") until the learner deletes them. Nothing here is ever sent anywhere (debrief.md).
//
// Pure: storage is an injected port (deviceStorage() in the browser, a Map in tests). Two tabs share storage
// safely because every write re-reads the record and applies only the change (mergeAnswers), never a whole copy
// held in memory: two tabs typing into different boxes both keep their words.
import {
  emptyAnswers,
  hasWords,
  mergeAnswers,
  parseAnswers,
  type AnswersPatch,
  type DebriefAnswers,
} from '../engine/debrief/debriefAnswers';
import { storageKey } from './deviceStorage';

/** The part of storage the answers need; deviceStorage() fits it, and so does a Map in tests. */
export interface AnswerStorage {
  getItem(key: string): string | null;
  /** False (or a throw) when the device would not keep it. */
  setItem(key: string, value: string): boolean | void;
  removeItem(key: string): void;
  /** Every key the game stored. */
  keys(): string[];
}

/** Where one playthrough's answers live: `allyship:debrief:STORY:PLAYTHROUGH`. */
export const answersKey = (storyId: string, playthrough: string): string => storageKey('debrief', storyId, playthrough);
const answersPrefix = (storyId: string): string => storageKey('debrief', storyId, '');
/** The single record per story kept before answers were kept per playthrough (read, never overwritten). */
export const legacyAnswersKey = (storyId: string): string => storageKey('debrief', storyId);
const setAsideKey = (storyId: string, playthrough: string, at: number) =>
  storageKey('debrief-set-aside', storyId, playthrough, String(at));
const ROTATION_KEY = storageKey('debrief-rotation');

/**
 * A playthrough's name: when it started (a restart or a fresh start is a new playthrough; resuming, rewinding or
 * a republished story is the same one). Safe in a key: digits and letters only.
 */
export function playthroughName(startedAt: number): string {
  return `p${Math.max(0, Math.round(startedAt)).toString(36)}`;
}

interface EarlierReflection {
  /** The playthrough's name, to delete it by. */
  playthrough: string;
  answers: DebriefAnswers;
}

interface OpenedAnswers {
  answers: DebriefAnswers;
  /** Stored answers could not be read: they have been kept aside, and this starts afresh. */
  setAside: boolean;
  /** The answers could not be written to the device (they live in memory for this visit). */
  unkept: boolean;
}

function write(storage: AnswerStorage, key: string, value: string): boolean {
  try {
    return storage.setItem(key, value) !== false;
  } catch {
    return false;
  }
}

function readKey(storage: AnswerStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

export interface AnswerBook {
  /**
   * The answers for this playthrough, created the first time its curtain call opens. A new playthrough starts
   * with the learner's practice carried over from the latest earlier one (commitments, the come-back date, the
   * follow-up): those belong to the learner, not to one path. Nothing earlier is changed.
   */
  open(playthrough: string, now: number): OpenedAnswers;
  /** Apply a change as the learner types: re-read, merge, write. False when the device would not keep it. */
  save(playthrough: string, patch: AnswersPatch, now: number): boolean;
  /** What is stored for this playthrough now (another tab may have written since). */
  read(playthrough: string): DebriefAnswers;
  /** Every other playthrough of this story with words in it, newest first. */
  earlier(playthrough: string): EarlierReflection[];
  /**
   * Delete one playthrough's answers (the learner asked to). Returns a way to put them back as they were, which
   * does nothing (false) once something else has been written there.
   */
  remove(playthrough: string): () => boolean;
}

/**
 * One story's answers on this device. `title` is the story's title as the curtain call shows it: written with the
 * answers each time they are written (an older record gains it the next time the learner writes in it).
 */
export function answerBook(storage: AnswerStorage, storyId: string, title: string | null = null): AnswerBook {
  const titled = title?.trim() ? { title: title.trim() } : {};
  const keyFor = (playthrough: string) =>
    playthrough === LEGACY ? legacyAnswersKey(storyId) : answersKey(storyId, playthrough);

  function all(): EarlierReflection[] {
    let keys: string[] = [];
    try {
      keys = storage.keys();
    } catch {
      keys = [];
    }
    const prefix = answersPrefix(storyId);
    const found: EarlierReflection[] = [];
    for (const key of keys) {
      const playthrough =
        key === legacyAnswersKey(storyId) ? LEGACY : key.startsWith(prefix) ? key.slice(prefix.length) : null;
      if (playthrough === null || playthrough.includes(':')) continue;
      const raw = readKey(storage, key);
      const answers = raw === null ? null : parseAnswers(raw);
      if (answers) found.push({ playthrough, answers });
    }
    return found.sort((a, b) => (b.answers.savedAt ?? 0) - (a.answers.savedAt ?? 0));
  }

  function read(playthrough: string): { answers: DebriefAnswers | null; unreadable: string | null } {
    const raw = readKey(storage, keyFor(playthrough));
    if (raw === null) return { answers: null, unreadable: null };
    const answers = parseAnswers(raw);
    return answers ? { answers, unreadable: null } : { answers: null, unreadable: raw };
  }

  return {
    open(playthrough, now) {
      const stored = read(playthrough);
      if (stored.answers) return { answers: stored.answers, setAside: false, unkept: false };
      let setAside = false;
      if (stored.unreadable !== null) {
        // Keep the unreadable value beside the new one rather than destroy someone's words.
        setAside = write(storage, setAsideKey(storyId, playthrough, now), stored.unreadable);
        if (!setAside) return { answers: emptyAnswers(), setAside: false, unkept: true };
      }
      const latest = all().find((r) => r.playthrough !== playthrough)?.answers;
      const fresh = mergeAnswers(emptyAnswers(), {
        playthrough,
        savedAt: now,
        ...titled,
        ...(latest
          ? {
              commitments: latest.commitments,
              comeBackOn: latest.comeBackOn,
              account: { followUp: latest.account.followUp },
            }
          : {}),
      });
      const kept = write(storage, keyFor(playthrough), JSON.stringify(fresh));
      return { answers: fresh, setAside, unkept: !kept };
    },
    save(playthrough, patch, now) {
      const base = read(playthrough).answers ?? mergeAnswers(emptyAnswers(), { playthrough });
      const merged = mergeAnswers(base, { ...patch, ...titled, playthrough, savedAt: now });
      return write(storage, keyFor(playthrough), JSON.stringify(merged));
    },
    read: (playthrough) => read(playthrough).answers ?? mergeAnswers(emptyAnswers(), { playthrough }),
    earlier: (playthrough) => all().filter((r) => r.playthrough !== playthrough && hasWords(r.answers)),
    remove(playthrough) {
      const key = keyFor(playthrough);
      const kept = readKey(storage, key);
      try {
        storage.removeItem(key);
      } catch {
        // storage blocked: nothing stored there to remove
      }
      return () => kept !== null && readKey(storage, key) === null && write(storage, key, kept);
    },
  };
}

/** One story's reflections on this device, every playthrough with words in it, newest first. */
export interface StoryReflections {
  storyId: string;
  reflections: EarlierReflection[];
}

/**
 * Every story the learner has written about on this device, the most recently written first ("Your reflections"
 * from the site bar): every word they wrote is reachable from the foyer, not only from a curtain call.
 */
export function allReflections(storage: AnswerStorage): StoryReflections[] {
  let keys: string[] = [];
  try {
    keys = storage.keys();
  } catch {
    keys = [];
  }
  const prefix = storageKey('debrief', '');
  const storyIds = new Set<string>();
  for (const key of keys) {
    if (!key.startsWith(prefix)) continue;
    const storyId = key.slice(prefix.length).split(':')[0];
    if (storyId) storyIds.add(storyId);
  }
  const newest = (s: StoryReflections) => s.reflections[0]?.answers.savedAt ?? 0;
  return [...storyIds]
    .map((storyId) => ({ storyId, reflections: answerBook(storage, storyId).earlier('') }))
    .filter((s) => s.reflections.length > 0)
    .sort((a, b) => newest(b) - newest(a));
}

/** Saved text that could not be read as answers: shown to the learner as it was stored, never dropped. */
export interface UnreadableAnswers {
  /** Where it is on the device (one key per record). */
  key: string;
  storyId: string;
  /** Exactly what was stored. */
  raw: string;
  /** When it was set aside, if it was (a curtain call found it and started afresh beside it). */
  setAsideAt: number | null;
}

/**
 * Every answer record on this device that cannot be read: those a curtain call set aside when it found them
 * (`debrief-set-aside:STORY:PLAYTHROUGH:AT`) and those still in place that no curtain call has opened since.
 * "Your reflections" shows them, so the learner is told and can copy the words out (issue 17: no word is lost).
 */
export function unreadableAnswers(storage: AnswerStorage): UnreadableAnswers[] {
  let keys: string[] = [];
  try {
    keys = storage.keys();
  } catch {
    keys = [];
  }
  const answersAt = storageKey('debrief', '');
  const setAsideAt = storageKey('debrief-set-aside', '');
  const found: UnreadableAnswers[] = [];
  for (const key of keys) {
    const setAside = key.startsWith(setAsideAt);
    if (!setAside && !key.startsWith(answersAt)) continue;
    const raw = readKey(storage, key);
    if (raw === null || (!setAside && parseAnswers(raw))) continue;
    const [storyId = '', , at] = key.slice((setAside ? setAsideAt : answersAt).length).split(':');
    const when = setAside ? Number(at) : NaN;
    found.push({ key, storyId, raw, setAsideAt: Number.isFinite(when) ? when : null });
  }
  return found.sort((a, b) => a.storyId.localeCompare(b.storyId) || a.key.localeCompare(b.key));
}

/** The name the one-record-per-story answers of an older version go by among earlier reflections. */
const LEGACY = 'earlier';

/** The title the story's most recently written answers keep, if any do (answers from before titles were kept don't). */
export function keptTitle(storage: AnswerStorage, storyId: string): string | null {
  const titled = answerBook(storage, storyId)
    .earlier('')
    .find((r) => r.answers.title !== null);
  return titled?.answers.title ?? null;
}

/** The come-back date (yyyy-mm-dd) the learner set most recently for a story, if any. */
export function storedComeBack(storage: AnswerStorage, storyId: string): string | null {
  const book = answerBook(storage, storyId);
  return book.earlier('').find((r) => r.answers.comeBackOn !== null)?.answers.comeBackOn ?? null;
}

/**
 * Which wording of each prompt family and which closing question this debrief offers: each new debrief of a
 * story takes the next turn of that story's own count, so a replay of the same story always reads differently
 * (debrief.md step 5), however many other stories were played in between.
 */
export function nextRotation(storage: AnswerStorage, storyId: string): number {
  const key = `${ROTATION_KEY}:${storyId}`;
  const last = Number.parseInt(readKey(storage, key) ?? '', 10);
  const next = Number.isFinite(last) && last >= 0 ? last + 1 : 0;
  write(storage, key, String(next));
  return next;
}
