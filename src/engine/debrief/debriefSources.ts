// The shapes the debrief reads: the story's header and cast, and the decision log of one playthrough.
// StoryHeader and CastMember are declared here structurally, with the same shape as the ones tagGrammar.ts
// infers from its zod schemas, so the debrief can be built and tested before (and independently of) that file.
// Anything with the right shape can be passed in.
import type { DecisionRecord, PatternName, Turn } from '../types';

export interface CastFacet {
  /** A Social GRACES key or caring / language / immigration / relationship. */
  key: string;
  /** Free text: never used to pick prompts (the debrief keys on facet keys and marks only). */
  value: string;
  /** invisible, unvoiced, selective, communication, junior, insecure, minoritised. */
  marks: string[];
}

export interface CastMember {
  id: string;
  name: string;
  facets: CastFacet[];
  /** `pronouns: she/her` in the cast line: how the debrief speaks of the person. Absent: no pronoun is used. */
  pronouns?: string | null;
}

export interface StoryHeader {
  title: string;
  summary: string;
  minutes: number | null;
  role: string;
  outcomes: string[];
  contentNotes: string[];
  review: string | null;
  authors: string[];
  cast: CastMember[];
  listed: boolean;
}

/** What one playthrough leaves behind: the debrief's only input about what happened. */
export interface DecisionLog {
  decisions: DecisionRecord[];
  turns: Turn[];
  pattern: PatternName | null;
  /** False for a plain ink story: every choice point is a decision with no acts. */
  scored: boolean;
  /** Every `theory:` key met, in order (the Playthrough's log carries it). */
  theory?: string[];
  /**
   * The facet keys of each person the learner was shown on this path (their card when they first appeared,
   * and every `reveal:` since). Only these key prompts; absent means none were shown.
   */
  shown?: Record<string, string[]>;
}

/** The display name of a cast id; "you" is the learner. Unknown ids show as themselves rather than vanish. */
export function displayName(id: string, cast: readonly CastMember[]): string {
  if (id === 'you') return 'You';
  return cast.find((member) => member.id === id)?.name ?? id;
}
