// The professional standards a learner may tick in their reflective account (src/content/standards.json).
import { z } from '../zod.ts';

const text = () => z.string().check(z.minLength(1));
const itemSchema = z.strictObject({ id: text(), text: text() });
const groupSchema = z.strictObject({
  id: text(),
  title: text(),
  /** Shown beside the boxes, to the learner ("you"). */
  note: z.optional(z.string()),
  /** Printed in the account under the ticked items, in the learner's voice ("I"); the note when there is none. */
  accountNote: z.optional(z.string()),
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

/** The notes of the groups with a ticked standard, in the account's voice, in the order the list gives them. */
export function tickedStandardNotes(standards: Standards, ticked: readonly string[]): string[] {
  return standards.groups
    .filter((group) => group.items.some((item) => ticked.includes(item.id)))
    .map((group) => group.accountNote ?? group.note)
    .filter((note): note is string => !!note);
}

/** The ticked standards as "group title: item text" lines, in the order the list gives them. */
export function tickedStandards(standards: Standards, ticked: readonly string[]): string[] {
  return standards.groups.flatMap((group) =>
    group.items.filter((item) => ticked.includes(item.id)).map((item) => `${group.title}: ${item.text}`),
  );
}
