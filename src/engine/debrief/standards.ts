// The professional standards a learner may tick in their reflective account (src/content/standards.json).
import { z } from 'zod';

const itemSchema = z.object({ id: z.string().min(1), text: z.string().min(1) }).strict();
const groupSchema = z
  .object({ id: z.string().min(1), title: z.string().min(1), note: z.string().optional(), items: z.array(itemSchema).min(1) })
  .strict();

export const standardsSchema = z.object({ about: z.string().optional(), groups: z.array(groupSchema).min(1) }).strict();

export type Standards = z.infer<typeof standardsSchema>;

export function parseStandards(data: unknown): Standards {
  return standardsSchema.parse(data);
}

/** The ticked standards as "group title: item text" lines, in the order the list gives them. */
export function tickedStandards(standards: Standards, ticked: readonly string[]): string[] {
  return standards.groups.flatMap((group) =>
    group.items.filter((item) => ticked.includes(item.id)).map((item) => `${group.title}: ${item.text}`),
  );
}
