// Now what: the commitments worth offering after this playthrough. Those tied to the acts the learner
// actually made come first, so the menu speaks to what happened rather than to practice in general.
import { z } from '../zod.ts';
import type { DecisionLog } from './debriefSources';

const commitmentSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  for: z.enum(['self', 'organisation']),
  acts: z.array(z.string()).check(z.minLength(1)),
  text: z.string().check(z.minLength(1)),
});

const commitmentListSchema = z.strictObject({
  about: z.optional(z.string()),
  commitments: z.array(commitmentSchema),
});

export type CommitmentList = z.infer<typeof commitmentListSchema>;
export type Commitment = CommitmentList['commitments'][number];

export function parseCommitments(data: unknown): CommitmentList {
  return commitmentListSchema.parse(data);
}

export interface CommitmentMenu {
  self: Commitment[];
  organisation: Commitment[];
}

/** How many of each kind to offer: enough to choose from, few enough to read. */
const OFFER = { self: 4, organisation: 3 };

export function commitmentMenu(log: DecisionLog, list: CommitmentList): CommitmentMenu {
  const actsSeen = new Set(log.decisions.flatMap((decision) => decision.acts.map((act) => act.act as string)));
  const relevant = (commitment: Commitment) => commitment.acts.some((act) => actsSeen.has(act));
  const offer = (kind: 'self' | 'organisation') => {
    const ofKind = list.commitments.filter((commitment) => commitment.for === kind);
    // Stable: relevant ones in library order, then the rest in library order.
    return [...ofKind.filter(relevant), ...ofKind.filter((commitment) => !relevant(commitment))].slice(0, OFFER[kind]);
  };
  return { self: offer('self'), organisation: offer('organisation') };
}
