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

// Which ticked standards an account lists: in accountParts.ts, which the phone's light page can load without zod.
export { tickedStandardNotes, tickedStandards } from './accountParts.ts';
