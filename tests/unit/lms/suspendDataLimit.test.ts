// Every place a learner can reach in a shipped story fits SCORM 1.2's 4,096 characters of suspend data, with the
// option texts kept; and a bundle of every shipped story fits too (texts dropped where needed). A full walk of
// every path through the engine's own Playthrough: slow (about a minute and a half on 2 cores), so generous limits.
import { describe, expect, test } from 'vitest';
import { Playthrough } from '../../../src/engine/playthrough';
import type { SaveEnvelope } from '../../../src/engine/types';
import { SAVE_CODE_LIMIT } from '../../../src/engine/saveCode';
import { emptyRecord, readSuspendData, withDone, withPlace, writeSuspendData } from '../../../src/ui/lms/suspendData';
import { shippedStories } from './shippedStories';

const SCORM12_LIMIT = 4096;
const longest = new Map<string, SaveEnvelope>();

/** Visit every state reachable by choosing (copies replay the path so far, as a resume would). */
function walk(json: string, id: string, hash: string, visit: (p: Playthrough) => void): number {
  let paths = 0;
  const go = (p: Playthrough) => {
    visit(p);
    const passage = p.passage!;
    if (passage.ended || passage.error || passage.choices.length === 0) {
      paths++;
      return;
    }
    const depth = p.save.path.length;
    const others = passage.choices.slice(1).map(() => p.copyAt(depth));
    p.choose(0);
    go(p);
    others.forEach((copy, k) => {
      copy.choose(k + 1);
      go(copy);
    });
  };
  const p = new Playthrough(json, { storyId: id, storyHash: hash });
  p.start();
  go(p);
  return paths;
}

describe('suspend data fits SCORM 1.2 for every reachable place', () => {
  expect(SAVE_CODE_LIMIT).toBe(SCORM12_LIMIT);
  for (const story of shippedStories()) {
    test(story.id, { timeout: 600_000 }, () => {
      let max = 0;
      const paths = walk(story.json, story.id, story.hash, (p) => {
        // What the LMS link writes: this story's place, with the story marked done (the longest form).
        const text = writeSuspendData(withDone(withPlace(emptyRecord(), p.save), story.id), Infinity, story.id)!;
        if (text.length > max) {
          max = text.length;
          longest.set(story.id, p.save);
        }
      });
      expect(paths).toBeGreaterThan(0);
      expect(max).toBeLessThanOrEqual(SCORM12_LIMIT);
    });
  }

  test('a bundle of every shipped story, each at its longest place, still fits (texts dropped if needed)', () => {
    const stories = shippedStories();
    let record = emptyRecord();
    for (const s of stories) record = withDone(withPlace(record, longest.get(s.id)!), s.id);
    const text = writeSuspendData(record, SCORM12_LIMIT, stories[0].id);
    expect(text).not.toBeNull();
    expect(readSuspendData(text!).places.map((p) => p.storyId).sort()).toEqual(stories.map((s) => s.id).sort());
  });
});
