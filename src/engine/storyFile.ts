// A compiled story in one file (`STORYID.story.json`), as the author preview exports it and the foyer opens it
// from disk. Whatever is opened is untrusted: it is size-limited, parsed, checked against this schema, and the
// story inside must load in inkjs before anything plays it.
import { Story } from 'inkjs';
import { z } from './zod';

const STORY_FILE_FORMAT = 'allyship-story';
const STORY_FILE_VERSION = 1;
/** Far above any real story (the shipped ones compile to 100–250 KB), far below what would hang a tab. */
export const STORY_FILE_MAX_CHARS = 5_000_000;

const StoryFileSchema = z.strictObject({
  format: z.literal(STORY_FILE_FORMAT, { error: 'this is not an Allyship Theatre story file' }),
  version: z.literal(STORY_FILE_VERSION, { error: 'this story file was made by a newer version of the game' }),
  id: z
    .string()
    .check(
      z.regex(/^[a-z0-9][a-z0-9_-]{0,99}$/, { error: 'the story id must be lower-case letters, digits, - and _' }),
    ),
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  /** The compiled ink story, as JSON text. */
  json: z.string().check(z.minLength(2)),
  /** SHA-256 of `json` in hex: what saves made while playing it are checked against. */
  hash: z.string().check(z.regex(/^[0-9a-f]{64}$/, { error: 'the story hash must be 64 hexadecimal digits' })),
});

export type StoryFile = z.infer<typeof StoryFileSchema>;

export type StoryFileResult = { ok: true; story: StoryFile } | { ok: false; message: string };

/**
 * Reads an exported story file. The hash is not recomputed here (a digest in the browser is asynchronous);
 * the game compares it with saves, so a hand-edited file only loses its saves.
 */
export function parseStoryFile(text: string): StoryFileResult {
  if (typeof text !== 'string' || text.length === 0) return { ok: false, message: 'the file is empty' };
  if (text.length > STORY_FILE_MAX_CHARS) {
    return {
      ok: false,
      message: `the file is too large for a story (${Math.round(text.length / 1_000_000)} MB; at most ${STORY_FILE_MAX_CHARS / 1_000_000} MB)`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { ok: false, message: 'the file is not a story file (it is not JSON)' };
  }
  const parsed = StoryFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return {
      ok: false,
      message: `the file is not a usable story file (${where}${issue?.message ?? 'unknown problem'})`,
    };
  }
  try {
    // Loading is the real test: inkjs rejects JSON that is not a compiled story, or one from an unknown ink version.
    new Story(parsed.data.json);
  } catch (e) {
    return {
      ok: false,
      message: `the story inside the file does not load (${e instanceof Error ? e.message : String(e)})`,
    };
  }
  return { ok: true, story: parsed.data };
}

/** The text of a story file for a compiled story. */
export function storyFileText(story: Pick<StoryFile, 'id' | 'title' | 'json' | 'hash'>): string {
  return JSON.stringify({
    format: STORY_FILE_FORMAT,
    version: STORY_FILE_VERSION,
    id: story.id,
    title: story.title,
    json: story.json,
    hash: story.hash,
  });
}
