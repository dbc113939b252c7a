// The prompt library's shape. The triggers live in src/content/prompts.json as data, so a reviewer can change
// which prompt follows which act without touching code; this schema is what keeps that data honest.
import { z } from 'zod';

const ACT_NAMES = [
  'AMPLIFY', 'INVITE', 'HOLD_SPACE', 'CREDIT', 'ASK_CONSENT', 'DECIDE_WITH', 'REMOVE_BARRIER', 'ADVOCATE',
  'CHALLENGE', 'INDIRECT', 'RESPECT_WISH', 'SAFEGUARD', 'REPAIR', 'NEUTRAL', 'DOING_FOR', 'SPEAK_FOR',
  'SPEAK_OVER', 'TAKE_CREDIT', 'BURDEN', 'BYSTAND', 'COLLUDE', 'OVERRIDE', 'CENTRE_SELF',
] as const;

const PATTERN_NAMES = ['Performer', 'Rescuer', 'Bystander', 'With, but quiet', 'With', 'Finding the way'] as const;

/** Facet keys and marks of the authoring contract: a prompt may key on nothing else. */
export const FACET_KEYS = [
  'gender', 'gender_identity', 'geography', 'race', 'religion', 'age', 'ability', 'appearance', 'class',
  'culture', 'education', 'employment', 'ethnicity', 'sexuality', 'sexual_orientation', 'spirituality',
  'caring', 'language', 'immigration', 'relationship',
] as const;
export const FACET_MARKS = [
  'invisible', 'unvoiced', 'selective', 'communication', 'junior', 'insecure', 'minoritised',
] as const;

/**
 * Conditions that are not a plain act or facet match. Each is one small named check in selectPrompts.ts:
 * public (the move on the person was public), contested (practitioners disagree about this decision),
 * absent (the person was not there), rankChanged (the learner's rank differed across the story),
 * learnerMostPower (rank: above), hierarchy (stood by for this person, acted for another),
 * twoMarginalised (two or more facets marked minoritised, insecure or invisible).
 */
export const NEEDS = [
  'public', 'contested', 'absent', 'rankChanged', 'learnerMostPower', 'hierarchy', 'twoMarginalised',
] as const;
export type Need = (typeof NEEDS)[number];

/** One facet condition: the facet's key is one of `keys` (if given) and it carries one of `marks` (if given). */
const facetConditionSchema = z
  .object({ keys: z.array(z.enum(FACET_KEYS)).min(1).optional(), marks: z.array(z.enum(FACET_MARKS)).min(1).optional() })
  .strict()
  .refine((condition) => condition.keys !== undefined || condition.marks !== undefined, {
    message: 'a facet condition needs keys, marks or both',
  });

const keyedPromptSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    text: z.string().min(1),
    acts: z.array(z.enum(ACT_NAMES)).min(1).optional(),
    anyAct: z.literal(true).optional(),
    /** `all`: every condition is met by some facet of the person; `any`: at least one is. */
    facets: z.object({ match: z.enum(['any', 'all']), of: z.array(facetConditionSchema).min(1) }).strict().optional(),
    needs: z.array(z.enum(NEEDS)).min(1).optional(),
    patterns: z.array(z.enum(PATTERN_NAMES)).optional(),
    about: z.enum(['person', 'learner']),
    /** Prompts sharing a group take turns: only one of them is offered in a debrief. */
    rotateGroup: z.string().optional(),
  })
  .strict()
  .refine((prompt) => !(prompt.acts && prompt.anyAct), { message: 'use acts or anyAct, not both' });

const plainQuestionSchema = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), text: z.string().min(1) }).strict();

export const promptLibrarySchema = z
  .object({
    about: z.string().optional(),
    facetWords: z.record(z.string(), z.string()),
    prompts: z.array(keyedPromptSchema),
    general: z.array(plainQuestionSchema).min(3),
    closingQuestions: z.array(plainQuestionSchema).length(2),
  })
  .strict();

export type PromptLibrary = z.infer<typeof promptLibrarySchema>;
export type KeyedPrompt = PromptLibrary['prompts'][number];
export type FacetCondition = z.infer<typeof facetConditionSchema>;

/** Parse the library, throwing with zod's message if the data is wrong (a build-time mistake, not a learner's). */
export function parsePromptLibrary(data: unknown): PromptLibrary {
  return promptLibrarySchema.parse(data);
}
