// Session 18 (educator read 17b, item 3): after the first time, the curtain call names a titled person as the
// story's own words do most ("Dr Price", "Mr Hughes"), counted from each shipped story's compiled text. Before, it
// said "Dr Owen Price" and "Mr Dennis Hughes" every time, beside the stories' "Dr Price" and "Mr Hughes".
import { describe, expect, it } from 'vitest';
import { compiledStory } from '../../src/engine/compiledStory';
import { calledBy } from '../../src/engine/debrief/curtainCallNames';
import { TITLES } from '../../src/engine/titledNames';
import { storyJson } from './support/playStory';

const TITLED: [story: string, id: string, full: string, after: string][] = [
  ['sitting-in-reception', 'shah', 'Dr Shah', 'Dr Shah'],
  ['sitting-in-reception', 'mrs_lee', 'Mrs Lee', 'Mrs Lee'],
  ['say-see-expect', 'hughes', 'Mr Dennis Hughes', 'Mr Hughes'],
  ['next-of-kin', 'ruth', 'Pastor Ruth Campbell', 'Pastor Ruth'],
  ['standing-alongside', 'begum', 'Cllr Nasreen Begum', 'Cllr Begum'],
  ['the-script', 'okonjo', 'Matron Grace Okonjo', 'Matron Okonjo'],
  ['the-script', 'price', 'Dr Owen Price', 'Dr Price'],
];

describe('each shipped story’s titled people, after the curtain call first names them', () => {
  it.each(TITLED)('%s: %s is “%s”, then “%s”', (story, id, full, after) => {
    const { cast } = compiledStory(storyJson(story)).header;
    expect(cast.find((member) => member.id === id)?.name).toBe(full);
    expect(calledBy(id, cast)).toBe(after);
  });

  // Educator read 18b, MUST 1: the-script says "Matron" alone 78 times, and the curtain call said "Matron" where it
  // said "Dr Price": the senior Black woman became her job. A short form keeps a word of the person's own name.
  it.each(['sitting-in-reception', 'next-of-kin', 'the-script', 'standing-alongside', 'say-see-expect'])(
    '%s: every titled person’s short name keeps a word of their own name',
    (story) => {
      const { cast } = compiledStory(storyJson(story)).header;
      for (const { id, name } of cast.filter((member) =>
        (TITLES as readonly string[]).includes(member.name.split(' ')[0]!),
      )) {
        const [, ...own] = name.trim().split(/\s+/);
        expect(
          own.some((word) => calledBy(id, cast).split(/\s+/).includes(word)),
          `${story}: ${name} is “${calledBy(id, cast)}”`,
        ).toBe(true);
      }
    },
  );

  it('leaves untitled names to the first-word rule, whatever the story says of them', () => {
    const { cast } = compiledStory(storyJson('say-see-expect')).header;
    expect(calledBy('gareth', cast)).toBe('Gareth');
  });
});
