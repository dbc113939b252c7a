// Every place a learner can reach in a shipped story fits SCORM 1.2's 4,096 characters of suspend data, with the
// option texts kept; and a bundle of every shipped story fits too (texts dropped where needed). Every path is
// walked through the engine (everyPath), and every place along each path (each prefix of it) is measured.
import { describe, expect, test } from 'vitest';
import { everyPath } from '../../support/everyPath';
import type { SaveEnvelope } from '../../../src/engine/types';
import { SAVE_CODE_LIMIT } from '../../../src/engine/saveCode';
import { emptyRecord, readSuspendData, withDone, withPlace, writeSuspendData } from '../../../src/lms/suspendData';
import { shippedStories } from './shippedStories';

const SCORM12_LIMIT = 4096;
const longest = new Map<string, SaveEnvelope>();

/**
 * Visit every place reachable by choosing, once each: each complete path and every point along it. The walk is
 * depth-first, so the places a path shares with the one before it (its common first steps) were visited already.
 */
function walk(json: string, id: string, hash: string, visit: (save: SaveEnvelope) => void): number {
  let previous: string[] = [];
  return everyPath(json, id, ({ playthrough }) => {
    const save = { ...playthrough.save, storyHash: hash };
    const steps = save.path.map((step) => JSON.stringify(step));
    let shared = 0;
    while (shared < steps.length && shared < previous.length && steps[shared] === previous[shared]) shared++;
    for (let k = previous.length === 0 ? 0 : shared + 1; k <= steps.length; k++) {
      visit({ ...save, path: save.path.slice(0, k) });
    }
    previous = steps;
  }).paths;
}

describe('suspend data fits SCORM 1.2 for every reachable place', () => {
  test("the save code is held to SCORM 1.2's limit", () => {
    expect(SAVE_CODE_LIMIT).toBe(SCORM12_LIMIT);
  });

  // Seven-decision stories (issue 16) have several thousand paths: over two minutes each when the whole suite
  // shares two cores. A limit that still catches a hang.
  test.each(shippedStories().map((story) => [story.id, story] as const))('%s', { timeout: 300_000 }, (_id, story) => {
    let max = 0;
    const paths = walk(story.json, story.id, story.hash, (save) => {
      // What the LMS link writes: this story's place, with the story marked done (the longest form).
      const text = writeSuspendData(withDone(withPlace(emptyRecord(), save), story.id), Infinity, story.id)!;
      if (text.length > max) {
        max = text.length;
        longest.set(story.id, save);
      }
    });
    expect(paths).toBeGreaterThan(0);
    expect(max).toBeLessThanOrEqual(SCORM12_LIMIT);
  });

  test('a bundle of every shipped story, each at its longest place, still fits (texts dropped if needed)', () => {
    const stories = shippedStories();
    let record = emptyRecord();
    for (const s of stories) record = withDone(withPlace(record, longest.get(s.id)!), s.id);
    const text = writeSuspendData(record, SCORM12_LIMIT, stories[0].id);
    expect(text).not.toBeNull();
    expect(
      readSuspendData(text!)
        .places.map((p) => p.storyId)
        .sort(),
    ).toEqual(stories.map((s) => s.id).sort());
  });
});
