// Session 17: S1's central harm keeps its question. Esther is talked past at the desk on every walk of Sitting in
// Reception; where the learner's own choice there harmed her too (spoke for her, stood by, did it for her), and that
// choice is asked about, the question on her being talked past comes next, ahead of a second question on what went
// well (debrief.md's So what: "who was talked past are the point"). Before, it came up on 10 of those 197 walks.
import { describe, expect, it } from 'vitest';
import { questionsOnPath } from '../unit/debrief/shippedQuestions';
import { talkedPastOnPath } from '../../src/engine/debrief/selectPrompts';
import { Playthrough } from '../../src/engine/playthrough';
import { followPassage } from '../../src/engine/heardPassage';
import { playWalk, storyJson } from './support/playStory';
import { talkedPastAsked } from './support/talkedPastAsked';

describe('the question on someone talked past', () => {
  it('S1 walk 1: speaking for Esther at the desk, where Dawn had talked past her, is asked about, then her being talked past, before a second question on what went well', () => {
    const playthrough = playWalk('sitting-in-reception', 1);
    for (const rotation of [0, 1]) {
      const prompts = questionsOnPath(playthrough, rotation);
      const at = (family: string) => prompts.findIndex((p) => p.family === family && p.decision === 0);
      expect(at('speak_for'), `rotation ${rotation}`).toBeGreaterThanOrEqual(0);
      expect(prompts[at('addressed_instead')], `rotation ${rotation}`).toMatchObject({
        who: 'esther',
        keyedBy: expect.arrayContaining(['happened:talkedPast']),
      });
      // Deciding with Esther later is still a strength the path did; making room for Mrs Lee is the one asked.
      expect(prompts.filter((p) => p.family === 'decide_with' || p.family === 'amplify')).toHaveLength(1);
    }
  });

  it('S1, 200 seeded walks: where the learner harmed Esther just after she was talked past, the question on it is asked on more than two in five (was one in twenty)', () => {
    const count = talkedPastAsked('sitting-in-reception', 200);
    expect(count.harmed).toBeGreaterThan(150);
    expect(count.askedWhereHarmed / count.harmed).toBeGreaterThan(0.4);
    // A limit that catches a hang, not a speed goal (as whatWentWell.test.ts's 200 walks).
  }, 120_000);
});

describe('the question on someone talked past reads only the decision’s own scene', () => {
  it('S1, choices 1,2,2,2,2,2,2,2: nobody talked past Esther in the waiting room, so "When the wait runs long" is not asked about it (educator read 17: it read Mrs Lee asking Dawn for the practice manager, a scene earlier)', () => {
    const p = new Playthrough(storyJson('sitting-in-reception'), { storyId: 'sitting-in-reception' });
    const heard = followPassage(p);
    p.start();
    for (const index of [0, 1, 1, 1, 1, 1, 1, 1]) {
      if (heard.now().choices.length === 0) break;
      p.choose(index);
    }
    const wait = p.log.decisions.find((d) => d.moment === 'When the wait runs long')!;
    expect(wait).toBeDefined();
    for (const rotation of [0, 1])
      expect(
        questionsOnPath(p, rotation).filter(
          (q) => q.decision === wait.index && q.keyedBy.includes('happened:talkedPast'),
        ),
      ).toEqual([]);
  });
});

describe('the question on someone talked past fits S3’s Daniel', () => {
  it('S3, 200 seeded walks: Daniel, talked past at bed 12 on every walk, is asked about it on more than one in five, and on more than two in five where the learner’s choice there harmed him too (was never: the question waited for someone 50 or over)', () => {
    const count = talkedPastAsked('the-script', 200);
    expect(count.happened).toBeGreaterThan(150);
    expect(count.asked / count.happened).toBeGreaterThan(0.2);
    expect(count.askedWhereHarmed / count.harmed).toBeGreaterThan(0.4);
    // A limit that catches a hang, not a speed goal (as whatWentWell.test.ts's 200 walks).
  }, 120_000);

  it('S3, 200 seeded walks: the question is asked only at a decision where the path showed that person talked past (in S3 nobody it fits is 50 or over, so its question on assumptions about age never comes up)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const playthrough = playWalk('the-script', seed);
      const past = talkedPastOnPath(playthrough.log);
      for (const q of questionsOnPath(playthrough, seed % 2).filter((p) => p.family === 'addressed_instead')) {
        expect(past, `walk ${seed}: ${q.text}`).toContainEqual(
          expect.objectContaining({ decision: q.decision, who: q.who }),
        );
        expect(q.keyedBy, `walk ${seed}: ${q.text}`).toContain('happened:talkedPast');
      }
    }
  }, 120_000);
});
