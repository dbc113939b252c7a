// The playbill's data: every story's header, written at build time so the foyer needs no story JSON.
import { z } from './zod.ts';
import { compiledStory } from './compiledStory.ts';

const manifestEntrySchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]*$/)),
  hash: z.string(),
  title: z.string(),
  summary: z.string(),
  minutes: z.nullable(z.number()),
  role: z.string(),
  outcomes: z.array(z.string()),
  contentNotes: z.array(z.string()),
  review: z.nullable(z.string()),
  authors: z.array(z.string()),
  listed: z.boolean(),
  scored: z.boolean(),
});

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const manifestSchema = z.object({ format: z.literal(1), stories: z.array(manifestEntrySchema) });
export type StoryManifest = z.infer<typeof manifestSchema>;

/** The playbill entry for a compiled story, from its header tags (the build, and a story file opened from disk). */
export function manifestEntryFor(id: string, json: string, hash: string, title?: string): ManifestEntry {
  const { header, scored } = compiledStory(json);
  return {
    id,
    hash,
    title: title ?? (header.title || id),
    summary: header.summary,
    minutes: header.minutes,
    role: header.role,
    outcomes: header.outcomes,
    contentNotes: header.contentNotes,
    review: header.review,
    authors: header.authors,
    listed: header.listed,
    scored,
  };
}
