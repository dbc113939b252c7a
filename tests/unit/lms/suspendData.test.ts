// What the LMS keeps: places and finished stories, read back safely; texts dropped only to fit; refilled by index.
import { beforeAll, describe, expect, test } from 'vitest';
import { Playthrough } from '../../../src/engine/playthrough';
import { followPassage } from '../../../src/engine/heardPassage';
import type { SaveEnvelope } from '../../../src/engine/types';
import {
  readSuspendData,
  withDone,
  withPlace,
  withoutTexts,
  writeSuspendData,
  emptyRecord,
} from '../../../src/lms/suspendData';
import { fillPathTexts } from '../../../src/lms/replayByIndex';
import { placeLabel } from '../../../src/lms/placeLabel';
import { shippedStories } from '../../support/shippedStories';

const s1 = () => shippedStories().find((s) => s.id === 'sitting-in-reception')!;

/** Play `choices` (option indices, wrapping) from the start of S1. */
function played(steps: number): Playthrough {
  const story = s1();
  const p = new Playthrough(story.json, { storyId: story.id, storyHash: story.hash });
  const heard = followPassage(p);
  p.start();
  for (let i = 0; i < steps && !heard.now().ended && heard.now().choices.length; i++)
    p.choose(i % heard.now().choices.length);
  return p;
}

describe('suspend data', () => {
  // Compile the shipped stories once, before the timed tests (seconds on a busy machine; a limit that catches a hang).
  beforeAll(() => void shippedStories(), 60_000);
  test('round trip: the place and the finished stories come back', () => {
    const save = played(4).save;
    const text = writeSuspendData(withDone(withPlace(emptyRecord(), save), 'next-of-kin'), 4096)!;
    const back = readSuspendData(text);
    expect(back.done).toEqual(['next-of-kin']);
    expect(back.places).toEqual([save]);
  });

  test('one place per story: a newer place replaces the older', () => {
    const a = played(1).save;
    const b = played(3).save;
    const record = withPlace(withPlace(emptyRecord(), a), b);
    expect(record.places).toEqual([b]);
  });

  test('damaged, foreign or empty suspend data reads as nothing kept', () => {
    for (const text of [
      '',
      'not json',
      '{"v":2}',
      '{"v":1,"done":["Bad Id"],"at":[]}',
      JSON.stringify({ v: 1, done: [], at: ['garbage'] }),
    ]) {
      const back = readSuspendData(text);
      expect(back.places).toEqual([]);
    }
  });

  test('texts are dropped, other stories first, only when the limit needs it', () => {
    const here = played(6).save;
    const other: SaveEnvelope = { ...played(6).save, storyId: 'other-story' };
    const record = withPlace(withPlace(emptyRecord(), other), here);
    const full = writeSuspendData(record, 64000)!;
    const back = (limit: number) => readSuspendData(writeSuspendData(record, limit, here.storyId)!).places;
    // Room for everything: texts kept.
    expect(back(full.length)).toEqual(record.places);
    // A little less: the other story's texts go, the current one keeps its own.
    const squeezed = back(full.length - 1);
    expect(squeezed.find((p) => p.storyId === 'other-story')).toEqual(withoutTexts(other));
    expect(squeezed.find((p) => p.storyId === here.storyId)).toEqual(here);
    // Nothing fits: null (the LMS keeps the place it had).
    expect(writeSuspendData(record, 20)).toBeNull();
  });

  test('holds no option words once texts are dropped, and never anything but the path', () => {
    const save = played(6).save;
    const text = writeSuspendData(withPlace(emptyRecord(), withoutTexts(save)), 4096)!;
    const back = readSuspendData(text).places[0];
    expect(Object.keys(back).sort()).toEqual(['format', 'path', 'seed', 'storyHash', 'storyId']);
    for (const step of back.path) if ('text' in step) expect(step.text).toBe('');
  });
});

describe('replay by index', () => {
  test('fills the texts back in on the same story, and resumes to the same place', () => {
    const story = s1();
    const original = played(6);
    const filled = fillPathTexts(story.json, withoutTexts(original.save), story.hash);
    expect(filled).toEqual(original.save);
    const resumed = Playthrough.resume(story.json, filled!, { storyHash: story.hash });
    expect(resumed.mismatch).toBeNull();
    expect(resumed.playthrough.log.decisions.length).toBe(original.log.decisions.length);
  });

  test('also through a skipped scene', () => {
    const story = s1();
    const p = played(1);
    const heard = followPassage(p);
    p.skipScene();
    for (let i = 0; i < 2 && heard.now().choices.length; i++) p.choose(0);
    expect(p.save.path.some((s) => 'skip' in s)).toBe(true);
    expect(fillPathTexts(story.json, withoutTexts(p.save), story.hash)).toEqual(p.save);
  });

  test('refuses on another version of the story (the hash differs): the learner starts again', () => {
    const story = s1();
    expect(fillPathTexts(story.json, { ...withoutTexts(played(3).save), storyHash: 'older' }, story.hash)).toBeNull();
  });

  test('a save that already has its texts is returned as it is', () => {
    const save = played(2).save;
    expect(fillPathTexts(s1().json, save, 'anything')).toBe(save);
  });
});

describe('place label', () => {
  test('says the decision, or the end, and fits the limit', () => {
    expect(placeLabel({ title: 'Sitting in Reception', decisionsTaken: 2, ended: false })).toBe(
      'Sitting in Reception: decision 3',
    );
    expect(placeLabel({ title: 'Next of Kin', decisionsTaken: 5, ended: true })).toBe('Next of Kin: the end');
    expect(placeLabel({ title: 'T'.repeat(300), decisionsTaken: 0, ended: false }).length).toBeLessThanOrEqual(255);
  });
});
