// The shapes the debrief reads: the story's header and cast (declared by the contract) and the decision log of
// one playthrough (engine/types.ts), named here so the debrief's files share one import.
import { LEARNER_ID, type CastMember } from '../contract/index.ts';

export type { CastMember, StoryHeader } from '../contract/index.ts';
export type { DecisionLog } from '../types';

/** The display name of a cast id; "you" is the learner. Unknown ids show as themselves rather than vanish. */
export function displayName(id: string, cast: readonly CastMember[]): string {
  if (id === LEARNER_ID) return 'You';
  return cast.find((member) => member.id === id)?.name ?? id;
}
