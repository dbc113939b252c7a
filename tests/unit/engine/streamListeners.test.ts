// No event that nobody reads (issue 14): every type the performance emits has a listener among the rooms that
// listen to it (the play screen, the stage, autosave, the LMS link, the facilitator, the play CLI). A new event
// type fails here until someone reads it; an event whose last listener is removed fails here until it is removed
// too. A room that follows a passage with engine/heardPassage.ts listens to what that helper listens to.
//
// And one way to consume a story: a performance hands out no passage. What it tells comes on the stream only, so
// the author preview, What if, the play CLI and the rest cannot go back to reading the runner's result.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectTypeOf, test } from 'vitest';
import { PERFORMANCE_EVENT_TYPES } from '../../../src/engine/storyEvents';
import { PASSAGE_EVENT_TYPES } from '../../../src/engine/heardPassage';
import { Playthrough } from '../../../src/engine/playthrough';
import { compileSource } from '../../support/compileSource';

const LISTENING_ROOMS = ['src/ui', 'src/stage', 'src/lms', 'src/facilitation', 'src/cli'];

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { file, text: readFileSync(file, 'utf8') };
    });
}

test('every event of the stream has a listener in the app', () => {
  const files = LISTENING_ROOMS.flatMap(sources);
  const listensTo = (text: string, type: string) =>
    new RegExp(`\\.on\\(\\s*'${type}'`).test(text) ||
    ((PASSAGE_EVENT_TYPES as readonly string[]).includes(type) && /\bfollowPassage\(/.test(text));
  const listeners = Object.fromEntries(
    PERFORMANCE_EVENT_TYPES.map((type) => [
      type,
      files.filter(({ text }) => listensTo(text, type)).map(({ file }) => file),
    ]),
  );
  for (const type of PERFORMANCE_EVENT_TYPES) expect(listeners[type], `nobody listens to '${type}'`).not.toEqual([]);
});

test('a performance hands out no passage: start, choose and skip return nothing to read the story from', () => {
  const json = compileSource(`-> desk
# title: T
# summary: S
# minutes: 1
# role: Nurse
# outcome: O
=== desk ===
# scene: desk
Waiting.
* [Go on] Went on.
- === later ===
# scene: later
Later.
* [Stay] Stayed.
- The end.
-> END
`);
  const p = new Playthrough(json, { storyId: 't' });
  const told: string[] = [];
  p.events.on('line', (line) => told.push(line.text));
  expect(p.start()).toBeUndefined();
  expect(p.skipScene()).toBe(true);
  expect(p.choose(0)).toBeUndefined();
  expect(told).toEqual(['Waiting.', 'Later.', 'Stayed.', 'The end.']);
  // @ts-expect-error: the passage a step produced is the performance's own; listeners hear it on the stream.
  expect(p.passage).toBeUndefined();
  expectTypeOf(p.start).returns.toBeVoid();
  expectTypeOf(p.choose).returns.toBeVoid();
  expectTypeOf(p.reset).returns.toEqualTypeOf<{ mismatch: { step: number; expected: string } | null }>();
  expect(Object.keys(Playthrough.resume(json, p.save))).toEqual(['playthrough', 'mismatch', 'warnings']);
});
