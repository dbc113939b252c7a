// The prompt library's shape. The triggers live in src/content/prompts.json as data, so a reviewer can change
// which prompt follows which act without touching code; this schema is what keeps that data honest. Acts,
// patterns and facets are the contract's: a prompt may key on nothing else.
import { z } from '../zod';
import { ACT_NAMES, FACET_KEYS, FACET_MARKS, PATTERN_NAMES } from '../contract/index.ts';

/**
 * Conditions that are not a plain act or facet match. Each is one small named check in selectPrompts.ts:
 * public (the move on the person was public), contested (practitioners disagree about this decision),
 * absent (the person was not there), rankChanged (the learner's rank differed across the story),
 * learnerMostPower (rank: above), hierarchy (stood by for this person, acted for another),
 * twoMarginalised (two or more facets marked minoritised, insecure or invisible).
 */
export const NEEDS = [
  'public',
  'contested',
  'absent',
  'rankChanged',
  'learnerMostPower',
  'hierarchy',
  'twoMarginalised',
] as const;
export type Need = (typeof NEEDS)[number];

/** One facet condition: the facet's key is one of `keys` (if given) and it carries one of `marks` (if given). */
/** A list of at least one of `values`, or nothing. */
const someOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.optional(z.array(z.enum(values)).check(z.minLength(1)));
const slug = () => z.string().check(z.regex(/^[a-z0-9-]+$/));
const text = () => z.string().check(z.minLength(1));

const facetConditionSchema = z.strictObject({ keys: someOf(FACET_KEYS), marks: someOf(FACET_MARKS) }).check(
  z.refine((condition) => condition.keys !== undefined || condition.marks !== undefined, {
    message: 'a facet condition needs keys, marks or both',
  }),
);

const keyedPromptSchema = z
  .strictObject({
    id: slug(),
    text: text(),
    acts: someOf(ACT_NAMES),
    anyAct: z.optional(z.literal(true)),
    /** `all`: every condition is met by some facet of the person; `any`: at least one is. */
    facets: z.optional(
      z.strictObject({ match: z.enum(['any', 'all']), of: z.array(facetConditionSchema).check(z.minLength(1)) }),
    ),
    needs: someOf(NEEDS),
    patterns: z.optional(z.array(z.enum(PATTERN_NAMES))),
    about: z.enum(['person', 'learner']),
    /** Prompts sharing a group take turns: only one of them is offered in a debrief. */
    rotateGroup: z.optional(z.string()),
  })
  .check(z.refine((prompt) => !(prompt.acts && prompt.anyAct), { message: 'use acts or anyAct, not both' }));

const plainQuestionSchema = z.strictObject({ id: slug(), text: text() });

export const promptLibrarySchema = z.strictObject({
  about: z.optional(z.string()),
  facetWords: z.record(z.string(), z.string()),
  prompts: z.array(keyedPromptSchema),
  general: z.array(plainQuestionSchema).check(z.minLength(3)),
  closingQuestions: z.array(plainQuestionSchema).check(z.length(2)),
});

export type PromptLibrary = z.infer<typeof promptLibrarySchema>;
export type KeyedPrompt = PromptLibrary['prompts'][number];
export type FacetCondition = z.infer<typeof facetConditionSchema>;

/** Parse the library, throwing with zod's message if the data is wrong (a build-time mistake, not a learner's). */
export function parsePromptLibrary(data: unknown): PromptLibrary {
  return promptLibrarySchema.parse(data);
}
