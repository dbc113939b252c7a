// `cast: ID = Display name; key: value (mark, mark); key: value` — who is in the story and which facets of
// them the debrief's prompts may key on. Facet keys and marks are closed lists so prompts never match free text.
import { z } from './zod.ts';
import { ID_PATTERN, LEARNER_ID, RESERVED_WORDS, isReservedWord } from './tagKeys.ts';

export const FACET_KEYS = [
  // the Social GRACES
  'gender',
  'gender_identity',
  'geography',
  'race',
  'religion',
  'age',
  'ability',
  'appearance',
  'class',
  'culture',
  'education',
  'employment',
  'ethnicity',
  'sexuality',
  'sexual_orientation',
  'spirituality',
  // and the contract's additions
  'caring',
  'language',
  'immigration',
  'relationship',
] as const;

export const FACET_MARKS = [
  // how visible or voiced the facet is at the start
  'invisible',
  'unvoiced',
  'selective',
  // qualifiers the debrief's prompts key on
  'communication',
  'junior',
  'insecure',
  'minoritised',
] as const;

export const FacetKeySchema = z.enum(FACET_KEYS, {
  error: (issue) => `"${String(issue.input)}" is not a facet key (use one of ${FACET_KEYS.join(', ')})`,
});
export const FacetMarkSchema = z.enum(FACET_MARKS, {
  error: (issue) => `"${String(issue.input)}" is not a facet mark (use one of ${FACET_MARKS.join(', ')})`,
});

export const FacetSchema = z.object({
  key: FacetKeySchema,
  value: z.string().check(z.minLength(1, { error: 'a facet needs a value before its marks' })),
  marks: z.array(FacetMarkSchema),
});

export const CastIdSchema = z.string().check(
  z.regex(ID_PATTERN, {
    error: (issue) => `cast id "${String(issue.input)}" must be lower-case letters, digits and _`,
  }),
  z.refine((id) => id !== LEARNER_ID, { error: `"${LEARNER_ID}" is the learner and cannot be a cast id` }),
  z.refine((id) => !isReservedWord(id), {
    error: (issue) =>
      `"${String(issue.input)}" is a reserved flag word (${RESERVED_WORDS.join(', ')}) and cannot be a cast id`,
  }),
);

export const CastMemberSchema = z.object({
  id: CastIdSchema,
  name: z.string().check(z.minLength(1, { error: 'a cast member needs a display name after "="' })),
  facets: z.array(FacetSchema),
});

export type FacetKey = z.infer<typeof FacetKeySchema>;
export type FacetMark = z.infer<typeof FacetMarkSchema>;
export type Facet = z.infer<typeof FacetSchema>;
export type CastMember = z.infer<typeof CastMemberSchema>;

const MARKS_AT_END = /\(([^()]*)\)\s*$/;

function readFacet(part: string): { key: string; value: string; marks: string[] } | string {
  const colon = part.indexOf(':');
  if (colon < 0) {
    return `facet "${part.trim()}" needs "key: value"`;
  }
  const key = part.slice(0, colon).trim().toLowerCase();
  let value = part.slice(colon + 1).trim();
  let marks: string[] = [];
  const found = MARKS_AT_END.exec(value);
  if (found !== null) {
    marks = found[1]!
      .split(',')
      .map((m) => m.trim().toLowerCase())
      .filter((m) => m !== '');
    value = value.slice(0, found.index).trim();
  }
  return { key, value, marks };
}

/** Parses a `cast:` value; every problem is reported, not just the first, so one pass fixes the line. */
export function parseCastMember(value: string): { ok: true; member: CastMember } | { ok: false; messages: string[] } {
  const [first = '', ...facetParts] = value.split(';');
  const eq = first.indexOf('=');
  if (eq < 0) {
    return { ok: false, messages: ['cast needs "ID = Display name", e.g. "cast: esther = Esther Mensah; age: 78"'] };
  }
  const messages: string[] = [];
  const facets = [];
  for (const read of facetParts.filter((p) => p.trim() !== '').map(readFacet)) {
    if (typeof read === 'string') {
      messages.push(read);
    } else {
      facets.push(read);
    }
  }
  const parsed = CastMemberSchema.safeParse({
    id: first.slice(0, eq).trim(),
    name: first.slice(eq + 1).trim(),
    facets,
  });
  if (!parsed.success) {
    messages.push(...parsed.error.issues.map((issue) => issue.message));
  }
  if (messages.length > 0 || !parsed.success) {
    return { ok: false, messages: [...new Set(messages)] };
  }
  return { ok: true, member: parsed.data };
}
