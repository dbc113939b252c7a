// No event that nobody reads (issue 14): every type the performance emits has a listener among the rooms that
// listen to it (the play screen, the stage, autosave, the LMS link, the facilitator). A new event type fails
// here until someone reads it; an event whose last listener is removed fails here until it is removed too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PERFORMANCE_EVENT_TYPES } from '../../../src/engine/storyEvents';

const LISTENING_ROOMS = ['src/ui', 'src/stage', 'src/lms', 'src/facilitation'];

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
  const listeners = Object.fromEntries(
    PERFORMANCE_EVENT_TYPES.map((type) => [
      type,
      files.filter(({ text }) => new RegExp(`\\.on\\(\\s*'${type}'`).test(text)).map(({ file }) => file),
    ]),
  );
  for (const type of PERFORMANCE_EVENT_TYPES) expect(listeners[type], `nobody listens to '${type}'`).not.toEqual([]);
});
