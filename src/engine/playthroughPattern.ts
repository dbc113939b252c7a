// The playthrough pattern (voice-model.md): names what the choices did together, never the person who made them.
import type { ActName, DecisionRecord, PatternName } from './types';

/** What the pattern reads of a decision: its acts, its base scores (before R9 and R13) and its context. */
type Counted = Pick<DecisionRecord, 'acts' | 'base' | 'context'>;

/** Performer: self-focus on this many decisions (a decision with two self-focused moves counts once). */
const PERFORMER_MIN = 2;
/** Rescuer: this many decisions where the learner acted for or against the person rather than with them. */
const RESCUER_MIN = 2;
/** Bystander: at least this share of the decisions taken while harm was on (exclusion included) stood by… */
const BYSTANDER_SHARE = 0.5;
/** …and at least this many of them (v3: one overnight pause is not a pattern). */
const BYSTANDER_MIN = 2;
/** "With" patterns: both the voice mean and the power mean at least this (the debrief's "mostly" band). */
const WITH_MEAN = 1;

/**
 * "Where the learner acted" for Rescuer: decisions whose acts include one of these. OVERRIDE counts whatever
 * move it came from (acting against a wish is the far end of doing for); BYSTAND and COLLUDE belong to Bystander.
 */
const RESCUING: readonly ActName[] = ['DOING_FOR', 'SPEAK_FOR', 'OVERRIDE'];
const STANDING_BY: readonly ActName[] = ['BYSTAND', 'COLLUDE'];

const hasAny = (d: Counted, acts: readonly ActName[]): boolean => d.acts.some((a) => acts.includes(a.act));
const mean = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * First match wins, in the spec's order. v3: patterns count each decision's base acts and scores (before R9 and
 * R13): a check-in or an apology shows in the timeline; it does not rewrite which pattern the play showed.
 */
export function playthroughPattern(decisions: readonly Counted[], scored: boolean): PatternName | null {
  if (!scored) return null;
  if (decisions.length === 0) return 'Finding the way';

  if (decisions.filter((d) => hasAny(d, ['CENTRE_SELF'])).length >= PERFORMER_MIN) return 'Performer';
  if (decisions.filter((d) => hasAny(d, RESCUING)).length >= RESCUER_MIN) return 'Rescuer';

  const underHarm = decisions.filter((d) => d.context.harm !== 'off');
  const stoodBy = underHarm.filter((d) => hasAny(d, STANDING_BY)).length;
  if (stoodBy >= BYSTANDER_MIN && stoodBy >= underHarm.length * BYSTANDER_SHARE) return 'Bystander';

  const withMostly =
    mean(decisions.map((d) => d.base.voice)) >= WITH_MEAN && mean(decisions.map((d) => d.base.power)) >= WITH_MEAN;
  // v3: outing someone once is never "with", however well the rest went.
  if (withMostly && !decisions.some((d) => hasAny(d, ['OVERRIDE']))) {
    return decisions.some((d) => hasAny(d, STANDING_BY)) ? 'With, but quiet' : 'With';
  }
  return 'Finding the way';
}

/** What the debrief says about each pattern: about the choices, in the second person, never a label. */
export const PATTERN_DESCRIPTIONS: Record<PatternName, string> = {
  Performer:
    "Several choices put your own feelings at the centre of someone else's moment. Speaking up counted for less when the attention came back to you.",
  Rescuer:
    'Several choices solved things for people, or spoke for them, rather than with them: the *doing for* trap. Kindly meant, it still moved the decision away from the person.',
  Bystander:
    'When harm was happening in front of you, the choices more often let it pass than acted. Any of the 5Ds, even a check-in afterwards, would have counted.',
  'With, but quiet':
    "Most choices kept people's voices heard and decisions with them, but at least one moment of harm went by without you acting.",
  With: "Your choices mostly kept people's own voices heard and decisions with them: *doing with*, not *doing for*.",
  'Finding the way':
    'The choices went different ways: some made room for people, some did not. Look at the moments that shifted things, and what changed between them.',
};
