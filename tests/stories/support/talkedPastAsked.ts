// Session 17: how often the curtain call asks about someone being talked past (prompts.json's `happened: talkedPast`
// question), over seeded walks, on the walks where it happened and on those where the learner's own choice just after
// it harmed the person talked past (stood by, spoke for them, did it for them, overrode them).
import { talkedPastOnPath } from '../../../src/engine/debrief/selectPrompts';
import { questionsOnPath } from '../../unit/debrief/shippedQuestions';
import { playWalk } from './playStory';

export interface TalkedPastCount {
  /** Walks where someone was talked past before a weighed decision on them. */
  happened: number;
  asked: number;
  /** Of those, walks where the learner's choice there harmed the person talked past. */
  harmed: number;
  askedWhereHarmed: number;
}

export function talkedPastAsked(id: string, walks: number): TalkedPastCount {
  const count: TalkedPastCount = { happened: 0, asked: 0, harmed: 0, askedWhereHarmed: 0 };
  for (let seed = 1; seed <= walks; seed++) {
    const playthrough = playWalk(id, seed);
    const past = talkedPastOnPath(playthrough.log);
    if (past.length === 0) continue;
    const asked = questionsOnPath(playthrough, 0).some((p) => p.keyedBy.includes('happened:talkedPast'));
    count.happened++;
    if (asked) count.asked++;
    if (!past.some((each) => each.harmed)) continue;
    count.harmed++;
    if (asked) count.askedWhereHarmed++;
  }
  return count;
}
