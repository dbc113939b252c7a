// Work done while the learner reads (issue 20: a choice as fast as a plain ink player's): the decision on offer
// worked out ahead (Playthrough.foresee) and every tag of the story read ahead (CompiledStory.tagTexts) must
// change nothing a listener hears or the log says; they only move work off the click.
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../../src/ink/compileInk';
import { readStoryFiles } from '../../../src/ink/storyFiles';
import { Playthrough } from '../../../src/engine/playthrough';
import { compiledStory } from '../../../src/engine/compiledStory';
import { seededRandom } from '../../../src/engine/seededRandom';
import { followPassage } from '../../../src/engine/heardPassage';
import type { StoryEvent } from '../../../src/engine/storyEvents';

const S1 = compileInk(readStoryFiles('stories'), 'sitting-in-reception.ink').json!;

/** A seeded walk through S1; `ahead` asks for the decision to be worked out before each choice. */
function walk(seed: number, ahead: boolean): { heard: StoryEvent[]; log: string; tags: string[] } {
  const random = seededRandom(seed);
  const p = new Playthrough(S1, { storyId: 'sitting-in-reception' });
  const heard: StoryEvent[] = [];
  for (const type of ['line', 'cue', 'note', 'decision', 'choices', 'ended'] as const)
    p.events.on(type, (data) => heard.push({ type, data } as StoryEvent));
  const passage = followPassage(p);
  p.start();
  while (!passage.now().ended && !passage.now().error) {
    if (ahead) {
      p.foresee();
      p.foresee();
    }
    p.choose(Math.floor(random() * passage.now().choices.length));
  }
  const tags = heard.flatMap((e) => (e.type === 'line' ? e.data.tags : []));
  return { heard, log: JSON.stringify(p.log), tags };
}

describe('reading ahead while the learner reads', () => {
  it('a decision worked out ahead is told and logged exactly as one worked out at the click', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const atClick = walk(seed, false);
      const ahead = walk(seed, true);
      expect(ahead.heard).toEqual(atClick.heard);
      expect(ahead.log).toBe(atClick.log);
      expect(ahead.heard.some((e) => e.type === 'decision')).toBe(true);
    }
  });

  it('a decision worked out ahead and then left (going back) is never used for another place', () => {
    const p = new Playthrough(S1, { storyId: 'sitting-in-reception' });
    const passage = followPassage(p);
    p.start();
    while (!passage.now().isDecision) p.choose(0);
    const atDecision = p.save;
    expect(passage.now().choices.length).toBeGreaterThan(1);
    p.foresee();
    p.choose(0);
    while (!passage.now().isDecision && !passage.now().ended) p.choose(0);
    p.foresee();
    // Back to the first decision, and the other option taken: worked out afresh, as a fresh playthrough would.
    p.reset(atDecision);
    p.choose(1);
    const fresh = Playthrough.resume(S1, atDecision).playthrough;
    fresh.choose(1);
    expect(JSON.stringify(p.log)).toBe(JSON.stringify(fresh.log));
    expect(p.log.decisions.at(-1)!.choice.index).toBe(1);
  });

  it('reading ahead stops when its time is up and picks up where it stopped', () => {
    const p = new Playthrough(S1, { storyId: 'sitting-in-reception' });
    p.start();
    let calls = 0;
    // Three looks at the clock per slice: enough for a tag or two, never the whole story.
    const slice = () => {
      let looks = 0;
      return () => (++looks > 3 ? 0 : 10);
    };
    while (p.readAhead(slice())) calls++;
    expect(calls).toBeGreaterThan(10);
    expect(p.readAhead()).toBe(false);
  });

  it('every tag a walk meets on a line is among the tags read ahead', () => {
    const ahead = new Set(compiledStory(S1).tagTexts());
    const met = new Set([1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => walk(seed, false).tags));
    expect(met.size).toBeGreaterThan(20);
    expect([...met].filter((tag) => !ahead.has(tag))).toEqual([]);
  });
});
