// The three dimensions shown as words, never numbers (debrief.md "Bands and prompts data"). Scores pick the
// wording; the learner only ever sees the wording, and a link to the moment that shaped it.
import type { DecisionRecord } from '../types';

export type BandLevel = 'mostly' | 'sometimes' | 'often_not';

interface Band {
  level: BandLevel;
  /** Plain words for the learner, e.g. "sometimes for". */
  text: string;
  /** `index` of the decision that most drove this band, or null when no decision stands out. */
  drivenBy: number | null;
}

export type Dimension = 'voice' | 'power' | 'courage';

export interface Bands {
  voice: Band;
  power: Band;
  courage: Band;
}

export const BAND_WORDS: Record<Dimension, Record<BandLevel, string>> = {
  voice: {
    mostly: 'their voices mostly heard',
    sometimes: 'their voices sometimes heard',
    often_not: 'their voices often talked over',
  },
  power: { mostly: 'mostly with', sometimes: 'sometimes for', often_not: 'often to' },
  courage: { mostly: 'mostly acted', sometimes: 'sometimes acted', often_not: 'mostly stood by' },
};

/** The question each dimension asks, as a heading the learner reads beside the band. */
export const DIMENSION_QUESTIONS: Record<Dimension, string> = {
  voice: 'Whose voice was heard',
  power: 'Who decided: with, for or to',
  courage: 'Acting or standing by',
};

export function levelFor(mean: number): BandLevel {
  if (mean >= 1) return 'mostly';
  if (mean >= 0) return 'sometimes';
  return 'often_not';
}

function bandFor(decisions: readonly DecisionRecord[], dimension: Dimension): Band {
  const scores = decisions.map((decision) => decision[dimension]);
  const mean = scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + score, 0) / scores.length;
  const level = levelFor(mean);
  return { level, text: BAND_WORDS[dimension][level], drivenBy: drivenBy(decisions, dimension, level) };
}

// A high band links to the best moment, a low one to the hardest. "Sometimes" sits between: it links to what
// held it back when anything scored below zero, otherwise to what lifted it. When every decision scored zero
// nothing drove the band, so there is no moment to point at. Ties go to the earliest decision.
function drivenBy(decisions: readonly DecisionRecord[], dimension: Dimension, level: BandLevel): number | null {
  if (decisions.every((decision) => decision[dimension] === 0)) return null;
  const anyNegative = decisions.some((decision) => decision[dimension] < 0);
  const wantLowest = level === 'often_not' || (level === 'sometimes' && anyNegative);
  let pick = decisions[0]!;
  for (const decision of decisions) {
    if (wantLowest ? decision[dimension] < pick[dimension] : decision[dimension] > pick[dimension]) pick = decision;
  }
  return pick.index;
}

export function bandsFor(decisions: readonly DecisionRecord[]): Bands {
  return {
    voice: bandFor(decisions, 'voice'),
    power: bandFor(decisions, 'power'),
    courage: bandFor(decisions, 'courage'),
  };
}
