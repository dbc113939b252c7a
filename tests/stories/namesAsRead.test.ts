// Session 17: on every shipped story, the curtain call names each person in full once, where it first names them
// (What happened, the airtime picture, then the questions), and by their short name after (curtainCallNames.ts).
// Before, S1's library questions said "Esther Mensah" up to three times in one list, beside the authors' "Esther".
import { describe, expect, it } from 'vitest';
import { curtainCallAsRead } from '../../src/engine/debrief/curtainCallAsRead';
import { calledBy } from '../../src/engine/debrief/curtainCallNames';
import { questionsOnPath } from '../unit/debrief/shippedQuestions';
import { playWalk } from './support/playStory';

const SCORED_STORIES = ['sitting-in-reception', 'next-of-kin', 'the-script', 'standing-alongside', 'say-see-expect'];
const WALKS = 10;
const QUOTED = /“[^”]*”|‘[^’]*’|"[^"]*"/g;

/** Every place the texts name someone with a short name (outside quotations): full or short, in reading order. */
function mentions(texts: string[], full: string, short: string): ('full' | 'short')[] {
  const word = (w: string) => `(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`;
  const either = new RegExp(`${word(full)}|${word(short)}`, 'gu');
  return texts.flatMap((text) =>
    [...text.replace(QUOTED, '').matchAll(either)].map((m) => (m[0] === full ? 'full' : 'short')),
  );
}

describe('the curtain call names each person in full once, where it first names them', () => {
  it.each(SCORED_STORIES)(
    `%s, ${WALKS} seeded walks: What happened, the airtime picture and the questions, read in order`,
    (id) => {
      for (let seed = 1; seed <= WALKS; seed++) {
        const playthrough = playWalk(id, seed);
        const cast = playthrough.header.cast;
        const read = curtainCallAsRead(playthrough.log, cast, questionsOnPath(playthrough, seed % 2));
        const texts = [
          ...read.timeline.flatMap((entry) => entry.perspectives.flatMap((p) => [p.heading, p.text])),
          ...[read.airtime!.spoke, read.airtime!.spokenTo, read.airtime!.spokenFor].flat().map((row) => row.name),
          ...read.prompts.map((p) => p.text),
        ];
        for (const member of cast.filter((m) => calledBy(m.id, cast) !== m.name)) {
          const said = mentions(texts, member.name, calledBy(member.id, cast));
          if (said.length === 0) continue;
          expect(said, `walk ${seed}, ${member.name}`).toEqual(['full', ...said.slice(1).map(() => 'short')]);
        }
      }
    },
    // A limit that catches a hang, not a speed goal.
    120_000,
  );
});
