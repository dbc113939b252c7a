// The words every part of the tag language shares: how a raw tag splits into key and value, what a person id
// looks like, and the learner's own id. Kept apart so the move, cast and tag grammars can share them.
import { z } from '../zod.ts';

export { LEARNER_ID } from './learnerId.ts';

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

/** The words of a tag value, split on white space. */
export const words = (value: string): string[] => value.split(/\s+/).filter((w) => w !== '');
