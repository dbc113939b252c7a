// A performance in a worker tells the page its events through postMessage (untrustedPlayMessages.ts). A structured
// clone drops an error's class and fields, so the error panel would lose what kind of stop it was and where: the
// events are made plain before they cross and whole again after, and nothing else in them changes.
import { expect, it } from 'vitest';
import { Playthrough } from '../../../src/engine/playthrough';
import { PERFORMANCE_EVENT_TYPES, type PerformanceEvents } from '../../../src/engine/storyEvents';
import { StoryRunError } from '../../../src/engine/storyRunner';
import { compileInk } from '../../../src/ink/compileInk';
import { eventIn, eventOut } from '../../../src/ink/untrustedPlayMessages';

const STORY = `Hello.
+ [Go on] -> loop
+ [Stop] -> END
=== loop ===
Round.
-> loop
`;

it('every event of a performance crosses a structured clone unchanged, its errors still errors with kind and place', () => {
  const { json } = compileInk({ 'loop.ink': STORY }, 'loop.ink');
  const played = new Playthrough(json!, { storyId: 'loop', maxLinesBetweenChoices: 50 });
  const sent: { type: keyof PerformanceEvents; data: unknown }[] = [];
  const heard: { type: keyof PerformanceEvents; data: unknown }[] = [];
  for (const type of PERFORMANCE_EVENT_TYPES)
    played.events.on(type, (data) => {
      sent.push({ type, data });
      heard.push(eventIn(structuredClone(eventOut(type, data))));
    });
  played.reset({ format: 1, storyId: 'loop', storyHash: '', seed: 0, path: [] });
  played.choose(0);
  played.reset(played.save);
  expect([...new Set(heard.map((e) => e.type))]).toEqual(['reset', 'decision', 'save', 'line', 'ended']);
  expect(heard).toEqual(sent);
  const ended = heard.find((e) => e.type === 'ended')!.data as PerformanceEvents['ended'];
  expect(ended.error).toBeInstanceOf(StoryRunError);
  expect(ended.error).toMatchObject({ kind: 'line-cap', where: 'loop' });
  const reset = heard[heard.length - 1]!.data as PerformanceEvents['reset'];
  const last = reset.events[reset.events.length - 1]!;
  expect(last.type === 'ended' && last.data.error).toBeInstanceOf(StoryRunError);
});
