// `cast: ID = Display name; key: value (mark, mark); key: value; pronouns: she/her` — who is in the story and which
// facets of them the debrief's prompts may key on. Facet keys and marks are closed lists so prompts never match
// free text. `pronouns:` is not a facet: it keys no prompt and does not count towards a person's three facets;
// it only tells the debrief how to speak of the person.
import { z } from '../zod.ts';
import { closest } from '../didYouMean.ts';
import { ID_PATTERN, LEARNER_ID } from './tagWords.ts';
import { RESERVED_WORDS, isReservedWord } from './moves.ts';

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

/** Marks that keep a facet from the learner until a `reveal:` shows it (debrief.md, step 2). */
export const HIDDEN_FACET_MARKS = ['invisible', 'unvoiced'] as const satisfies readonly FacetMark[];

/** The contract's floor for a scored story's people (the checker warns below it). */
export const MIN_FACETS = 3;

/** The key in a cast line that is not a facet. */
const PRONOUNS_KEY = 'pronouns';

/** `"emplyment" is not a facet key (did you mean "employment"?)`; the whole list only when no key is near. */
function notAFacetKey(key: string, near: readonly string[] = FACET_KEYS): string {
  const guess = closest(key, near, 2);
  return guess
    ? `"${key}" is not a facet key (did you mean "${guess}"?)`
    : `"${key}" is not a facet key (use one of ${FACET_KEYS.join(', ')})`;
}

export const FacetKeySchema = z.enum(FACET_KEYS, {
  error: (issue) => notAFacetKey(String(issue.input)),
});
const FacetMarkSchema = z.enum(FACET_MARKS, {
  error: (issue) => `"${String(issue.input)}" is not a facet mark (use one of ${FACET_MARKS.join(', ')})`,
});

const FacetSchema = z.object({
  key: FacetKeySchema,
  value: z.string().check(z.minLength(1, { error: 'a facet needs a value before its marks' })),
  marks: z.array(FacetMarkSchema),
});

const CastIdSchema = z.string().check(
  z.regex(ID_PATTERN, {
    error: (issue) => `cast id "${String(issue.input)}" must be lower-case letters, digits and _`,
  }),
  z.refine((id) => id !== LEARNER_ID, { error: `"${LEARNER_ID}" is the learner and cannot be a cast id` }),
  z.refine((id) => !isReservedWord(id), {
    error: (issue) =>
      `"${String(issue.input)}" is a reserved flag word (${RESERVED_WORDS.join(', ')}) and cannot be a cast id`,
  }),
);

/** `she/her`, `he/him`, `they/them`, `she/they`, `ze/zir`: forms separated by slashes. */
const PronounsSchema = z.string().check(
  z.regex(/^[a-z]+(\/[a-z]+)+$/i, {
    error: (issue) =>
      `pronouns: write them as forms separated by a slash, e.g. "pronouns: she/her" or "pronouns: they/them" (got "${String(issue.input)}")`,
  }),
  z.maxLength(40),
);

export const CastMemberSchema = z.object({
  id: CastIdSchema,
  name: z.string().check(z.minLength(1, { error: 'a cast member needs a display name after "="' })),
  facets: z.array(FacetSchema),
  /** As the author wrote them ("she/her"); absent when not given, and then the debrief needs no pronoun. */
  pronouns: z.optional(PronounsSchema),
  /**
   * How the story's own words most often say a titled person after the first time, keeping a word of their name
   * ("Dr Price" for "Dr Owen Price", "Matron Okonjo" for "Matron Grace Okonjo", never the title alone): counted from the compiled story's text (curtainCallNames.ts
   * `namesAsTheStorySaysThem`), never written in the cast line. Absent for an untitled name, or when the story
   * says the full name most.
   */
  calledAs: z.optional(z.string()),
});

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

/**
 * Parses a `cast:` value; every problem is reported, not just the first, so one pass fixes the line. When only a
 * facet or the pronouns are wrong, `partial` is the person without them: they are still in the cast, so the
 * tags that name them are not each reported as naming a stranger (one slip, one message).
 */
export function parseCastMember(
  value: string,
): { ok: true; member: CastMember } | { ok: false; messages: string[]; partial?: CastMember } {
  const [first = '', ...facetParts] = value.split(';');
  const eq = first.indexOf('=');
  if (eq < 0) {
    return { ok: false, messages: ['cast needs "ID = Display name", e.g. "cast: esther = Esther Mensah; age: 78"'] };
  }
  const messages: string[] = [];
  const facets = [];
  let pronouns: string | undefined;
  for (const read of facetParts.filter((p) => p.trim() !== '').map(readFacet)) {
    if (typeof read === 'string') {
      messages.push(read);
    } else if (read.key !== PRONOUNS_KEY && closest(read.key, [PRONOUNS_KEY], 2) !== null) {
      messages.push(notAFacetKey(read.key, [PRONOUNS_KEY]));
    } else if (read.key === PRONOUNS_KEY) {
      if (pronouns !== undefined) messages.push('pronouns: is given more than once');
      else if (read.marks.length > 0) messages.push('pronouns: take no marks in brackets');
      else pronouns = read.value;
    } else {
      facets.push(read);
    }
  }
  const parsed = CastMemberSchema.safeParse({
    id: first.slice(0, eq).trim(),
    name: first.slice(eq + 1).trim(),
    facets,
    ...(pronouns === undefined ? {} : { pronouns }),
  });
  if (!parsed.success) {
    messages.push(...parsed.error.issues.map((issue) => issue.message));
  }
  if (messages.length > 0 || !parsed.success) {
    const partial = CastMemberSchema.safeParse({
      id: first.slice(0, eq).trim(),
      name: first.slice(eq + 1).trim(),
      facets: facets.filter((f) => FacetSchema.safeParse(f).success),
      ...(pronouns === undefined || !PronounsSchema.safeParse(pronouns).success ? {} : { pronouns }),
    });
    return { ok: false, messages: [...new Set(messages)], ...(partial.success ? { partial: partial.data } : {}) };
  }
  return { ok: true, member: parsed.data };
}
