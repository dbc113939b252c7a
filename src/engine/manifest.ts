// The playbill's data: every story's header, written at build time so the foyer needs no story JSON.
import { z } from 'zod';

export const manifestEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
  hash: z.string(),
  title: z.string(),
  summary: z.string(),
  minutes: z.number().nullable(),
  role: z.string(),
  outcomes: z.array(z.string()),
  contentNotes: z.array(z.string()),
  review: z.string().nullable(),
  authors: z.array(z.string()),
  listed: z.boolean(),
  scored: z.boolean(),
});

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const manifestSchema = z.object({ format: z.literal(1), stories: z.array(manifestEntrySchema) });
export type StoryManifest = z.infer<typeof manifestSchema>;
