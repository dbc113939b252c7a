// The professional standards a learner may tick in their reflective account (src/content/standards.json).
import { z } from '../zod';

const text = () => z.string().check(z.minLength(1));
const itemSchema = z.strictObject({ id: text(), text: text() });
const groupSchema = z.strictObject({
  id: text(),
  title: text(),
  note: z.optional(z.string()),
  items: z.array(itemSchema).check(z.minLength(1)),
});

const standardsSchema = z.strictObject({
  about: z.optional(z.string()),
  groups: z.array(groupSchema).check(z.minLength(1)),
});

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
