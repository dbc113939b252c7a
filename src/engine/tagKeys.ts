// The words of the tag language itself: which keys exist, how a raw tag splits, what a person id looks like.
// Kept apart from the schemas so the header, cast and move grammars can share them without importing each other.
import { z } from './zod.ts';
import { closest } from './didYouMean.ts';

export const HEADER_KEYS = [
  'title',
  'summary',
  'minutes',
  'role',
  'outcome',
  'content_note',
  'review',
  'author',
  'cast',
  'listed',
] as const;

export const LINE_KEYS = [
  'scene',
  'speaker',
  'to',
  'enter',
  'exit',
  'access',
  'mandate',
  'wants',
  'consent',
  'harm',
  'duty',
  'unsafe',
  'rank',
  'discuss',
  'note',
  'moment',
  'perspective',
  'theory',
  'prop',
  'next_scene',
] as const;

export const CHOICE_KEYS = ['move', 'contested'] as const;

// Inky's web export acts on these; a story written for it still plays here, so they are never "unknown".
export const INKY_KEYS = ['clear', 'restart', 'image', 'class', 'audio', 'audioloop', 'background'] as const;

/** Every key the game knows, lower-cased (splitTag lower-cases keys, so `# CLEAR` matches `clear`). */
export const KNOWN_TAG_KEYS: readonly string[] = [...HEADER_KEYS, ...LINE_KEYS, ...CHOICE_KEYS, ...INKY_KEYS];

/** Flag words of the move grammar; a cast id may not be one, or `move: invite public` would be ambiguous. */
export const RESERVED_WORDS = ['public', 'self_focus', 'leaves_pause', 'informs', 'room'] as const;

/** The learner's own id in `speaker:` and `to:`. */
export const LEARNER_ID = 'you';

export const ID_PATTERN = /^[a-z][a-z0-9_]*$/;

export const idSchema = z.string().check(
  z.regex(ID_PATTERN, {
    error: (issue) => `"${String(issue.input)}" is not a person id (lower-case letters, digits and _)`,
  }),
);

export interface TagProblem {
  /** The raw tag (or, for a missing header tag, its key). */
  tag: string;
  severity: 'error' | 'warning';
  message: string;
}

/** "speaker: dawn" → {key: 'speaker', value: 'dawn'}; "contested" → {key: 'contested', value: ''}. */
export function splitTag(raw: string): { key: string; value: string } {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon < 0) {
    return { key: text.toLowerCase(), value: '' };
  }
  return { key: text.slice(0, colon).trim().toLowerCase(), value: text.slice(colon + 1).trim() };
}

/** The known key an unknown one was probably meant to be, within two edits; null for a known key. */
export function suggestKey(key: string): string | null {
  const lower = key.trim().toLowerCase();
  if (KNOWN_TAG_KEYS.includes(lower)) {
    return null;
  }
  return closest(lower, KNOWN_TAG_KEYS, 2);
}

export function isReservedWord(word: string): boolean {
  return (RESERVED_WORDS as readonly string[]).includes(word);
}
