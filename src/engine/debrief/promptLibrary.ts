// The prompt library's shape. The triggers live in src/content/prompts.json as data, so a reviewer can change
// which prompt follows which act without touching code; this schema is what keeps that data honest. Acts,
// patterns and facets are the contract's: a prompt may key on nothing else.
import { z } from '../zod.ts';
import { ACT_NAMES, FACET_KEYS, FACET_MARKS, PATTERN_NAMES } from '../contract/index.ts';

/**
 * Conditions that are not a plain act or facet match. Each is one small named check in selectPrompts.ts:
 * public (the move on the person was public), contested (practitioners disagree about this decision), settled
 * (they don't: a question that holds the choice up as one to repeat), noStandingBy (the same choice did not also
 * stand by or go along), accessAtStake (the scene set an access need for the person, or the harm was exclusion),
 * absent (the person was not there), present (they were: what was carried for them, they heard), rankChanged (the learner's rank differed across the story),
 * learnerMostPower (rank: above), hierarchy (stood by for this person, acted for another),
 * twoMarginalised (two or more facets marked minoritised, insecure or invisible), older (the age the cast gives,
 * and the learner was shown, is 50 or more: someone who grew up before the law protected them at work, 2003),
 * olderUnlessTalkedPast (older, or the path showed the person talked past before the decision: a question on their
 * being talked past rests on what happened, not on their age; one about assumptions of age rests on their age),
 * authorSilent (the author's own `reflect:` on this decision is not among the questions asked).
 *
 * Pairs that say which way a choice went, for a wording's `when` (each the other's opposite): guessed (a relay on
 * the person was the learner's guess or own view: `source=inferred` or `own`) and relayedTheirs (none was: what
 * was passed on was the person's own, said for them while they were there); spokeFirst (the person had spoken
 * since the previous decision: the learner's words answered theirs) and notYetSpoken (they hadn't: the learner's
 * words came in their place); invited (the same choice invited the person, or its ask went to them in person, with
 * them there to answer: an ask they could turn down) and uninvited (asked of them in their absence, or
 * promised for them); contested and settled; carriedTheirWish (the same choice carried out what the person had
 * asked for or wanted, an ADVOCATE on them, so what overrode them was something of theirs shared beyond what they
 * had agreed to, not a decision made against them) and notTheirWish; wasTalkedPast (the path showed the person
 * talked past before the decision, HAPPENINGS' talkedPast: a wording that asks about it, anchored to the moment) and
 * notTalkedPast (it didn't: no wording asks whether anyone was talked past where nobody was).
 */
const NEEDS = [
  'public',
  'contested',
  'settled',
  'noStandingBy',
  'accessAtStake',
  'absent',
  'present',
  'rankChanged',
  'learnerMostPower',
  'hierarchy',
  'twoMarginalised',
  'older',
  'olderUnlessTalkedPast',
  'authorSilent',
  'guessed',
  'relayedTheirs',
  'spokeFirst',
  'notYetSpoken',
  'invited',
  'uninvited',
  'carriedTheirWish',
  'notTheirWish',
  'wasTalkedPast',
  'notTalkedPast',
] as const;
export type Need = (typeof NEEDS)[number];

/** The needs a wording's `when` may name, each with its opposite: a family's wordings cover both ways a choice went. */
const OPPOSITE_NEEDS: Partial<Record<Need, Need>> = {
  contested: 'settled',
  settled: 'contested',
  guessed: 'relayedTheirs',
  relayedTheirs: 'guessed',
  spokeFirst: 'notYetSpoken',
  notYetSpoken: 'spokeFirst',
  invited: 'uninvited',
  uninvited: 'invited',
  carriedTheirWish: 'notTheirWish',
  notTheirWish: 'carriedTheirWish',
  wasTalkedPast: 'notTalkedPast',
  notTalkedPast: 'wasTalkedPast',
};

/**
 * What the path showed happening to the person, beside what the learner did (debrief.md "who was talked past are the
 * point"): talkedPast, since the previous decision someone spoke to another person (`to:`), not to them, while they
 * were there and the scene's harm was shutting them out (`harm: exclusion`). A family that asks about it earns a
 * little more where it happened (selectPrompts.ts), never enough to outrank what the learner did on that decision.
 */
const HAPPENINGS = ['talkedPast'] as const;
export type Happening = (typeof HAPPENINGS)[number];

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

/** Pronoun slots: filled from the person's `pronouns` in the cast line. */
const PRONOUN_SLOTS = ['{them}', '{their}'] as const;
const usesPronouns = (text: string): boolean => PRONOUN_SLOTS.some((slot) => text.includes(slot));
const nameAtMostOnce = (text: string): boolean => text.split('{name}').length <= 2;

const wordingSchema = z
  .strictObject({
    id: slug(),
    text: text(),
    /** The same question with no pronoun, for a person whose pronouns the story does not give. */
    plain: z.optional(text()),
    /**
     * Only where this holds on the decision and person (a need with an opposite, OPPOSITE_NEEDS): a wording true to
     * one way the act went (a guess; the person's own words said for them) is never asked of the other.
     */
    when: z.optional(z.enum(NEEDS)),
    /**
     * The ids of earlier wordings this one re-words (answers are kept by id, so a re-worded question has a new id).
     * An answer the learner wrote to one of them is shown with this question's family as their earlier answer, under
     * the wording they answered, never as a second question. Each id is no longer in the library, and named once.
     */
    replaces: z.optional(z.array(slug()).check(z.minLength(1))),
  })
  .check(
    z.refine((w) => nameAtMostOnce(w.text) && (w.plain === undefined || nameAtMostOnce(w.plain)), {
      message: 'a wording names the person at most once ({name}); after that, use {them} or {their}',
    }),
    z.refine((w) => !usesPronouns(w.text) || w.plain !== undefined, {
      message: 'a wording with {them} or {their} needs a plain version without them',
    }),
    z.refine((w) => w.plain === undefined || !usesPronouns(w.plain), {
      message: 'a plain wording may not use {them} or {their}',
    }),
  );

const familySchema = z
  .strictObject({
    /** The trigger's name (debrief.md "Keyed prompts"); a debrief shows at most one prompt of a family. */
    family: z.string().check(z.regex(/^[a-z_]+$/)),
    acts: someOf(ACT_NAMES),
    anyAct: z.optional(z.literal(true)),
    /** `all`: every condition is met by some facet of the person; `any`: at least one is. */
    facets: z.optional(
      z.strictObject({ match: z.enum(['any', 'all']), of: z.array(facetConditionSchema).check(z.minLength(1)) }),
    ),
    needs: someOf(NEEDS),
    /** Where the path showed this happening to the person, the question earns more there (HAPPENINGS). */
    happened: z.optional(z.enum(HAPPENINGS)),
    /**
     * The question looks back from the end of the path ("knowing about … now"): it may rest on a facet shown after
     * the decision. Every other family rests only on what the learner had been shown when the decision was made.
     */
    hindsight: z.optional(z.literal(true)),
    patterns: z.optional(z.array(z.enum(PATTERN_NAMES))),
    /**
     * The question asks about something the path did well (PEARLS' plus, Gibbs' "what was good"): a mixed path that
     * earns one keeps one, and the lightest harm left unasked gives way to it (selectPrompts). Never asked about a
     * choice that also harmed the same person: beside the harm it reads as praise for it.
     */
    wentWell: z.optional(z.literal(true)),
    /** About the person the act touched, about the act itself (no one named), or about the learner's position. */
    about: z.enum(['person', 'act', 'learner']),
    /** Two or more, so a replay of the same story can ask the same thing in other words. */
    wordings: z.array(wordingSchema).check(z.minLength(2)),
  })
  .check(
    z.refine((f) => !(f.acts && f.anyAct), { message: 'use acts or anyAct, not both' }),
    // Either no wording says `when`, or each says one of a need and its opposite, two or more for each side, so
    // whichever way the choice went a replay still has other words.
    z.refine(
      (f) => {
        const whens = f.wordings.map((w) => w.when);
        if (whens.every((w) => w === undefined)) return true;
        const [first] = whens;
        const opposite = first === undefined ? undefined : OPPOSITE_NEEDS[first];
        if (first === undefined || opposite === undefined) return false;
        const count = (need: Need) => whens.filter((w) => w === need).length;
        return count(first) >= 2 && count(opposite) >= 2 && count(first) + count(opposite) === whens.length;
      },
      { message: 'wordings with `when` come in a need and its opposite, at least two wordings for each' },
    ),
    // debrief.md step 1: a facet-only prompt never outranks one about what the learner did on the same decision.
    z.refine((f) => f.acts !== undefined || f.patterns === undefined, {
      message: 'a family with no act trigger may not speak to a pattern (it would outrank the acts)',
    }),
  );

const plainQuestionSchema = z.strictObject({ id: slug(), text: text() });

const promptLibrarySchema = z
  .strictObject({
    about: z.optional(z.string()),
    facetWords: z.record(z.string(), z.string()),
    families: z.array(familySchema),
    general: z.array(plainQuestionSchema).check(z.minLength(3)),
    closingQuestions: z.array(plainQuestionSchema).check(z.length(2)),
  })
  .check(
    z.refine(
      (lib) => {
        const ids = [
          ...lib.families.flatMap((f) => f.wordings.map((w) => w.id)),
          ...lib.general.map((q) => q.id),
          ...lib.closingQuestions.map((q) => q.id),
        ];
        return new Set(ids).size === ids.length;
      },
      { message: 'every wording and question needs its own id (answers are kept by id)' },
    ),
    z.refine((lib) => new Set(lib.families.map((f) => f.family)).size === lib.families.length, {
      message: 'each family is declared once',
    }),
    // A `replaces` names a retired wording: a live one would have its answers shown twice, and one named by two
    // wordings would not know which question its answer belongs beside.
    z.superRefine((lib, ctx) => {
      const live = new Set([
        ...lib.families.flatMap((f) => f.wordings.map((w) => w.id)),
        ...lib.general.map((q) => q.id),
        ...lib.closingQuestions.map((q) => q.id),
      ]);
      const named = new Set<string>();
      lib.families.forEach((family, f) =>
        family.wordings.forEach((wording, w) =>
          (wording.replaces ?? []).forEach((old, r) => {
            const problem = live.has(old)
              ? `"${old}" is a question the library still asks: replaces names only wordings taken out of it`
              : named.has(old)
                ? `"${old}" is replaced by another wording too: name it under one, so an old answer has one place`
                : null;
            named.add(old);
            if (problem)
              ctx.issues.push({
                code: 'custom',
                input: old,
                path: ['families', f, 'wordings', w, 'replaces', r],
                message: problem,
              });
          }),
        ),
      );
    }),
  );

export type PromptLibrary = z.infer<typeof promptLibrarySchema>;
export type PromptFamily = PromptLibrary['families'][number];
export type Wording = PromptFamily['wordings'][number];
export type FacetCondition = z.infer<typeof facetConditionSchema>;

/** Parse the library, throwing with zod's message if the data is wrong (a build-time mistake, not a learner's). */
export function parsePromptLibrary(data: unknown): PromptLibrary {
  return promptLibrarySchema.parse(data);
}
