// Session 14, the educator's fourth read (600 walks): one decision, one question about one thing. Each test plays a
// shipped story along a walk the reader named and checks the rule of the selection or the library that mends it
// (never a special case for the story).
import { describe, expect, it } from 'vitest';
import { quotableMoment } from '../../../src/engine/debrief/selectPrompts';
import type { Playthrough } from '../../../src/engine/playthrough';
import { playBy, playWalk } from '../../stories/support/playStory';
import { NEXT_OF_KIN_ASKED_DESMOND } from '../../stories/support/namedPaths';
import { ACT_SCORES, HARM_ORDER, type ActName } from '../../../src/engine/contract/acts';
import type { SelectedPrompt } from '../../../src/engine/debrief/selectPrompts';
import { library, questionsOnPath } from './shippedQuestions';

/** Families keyed on who someone is (a facet trigger), and families that ask what went well (`wentWell`). */
const WHO_THEY_ARE = new Set(library.families.filter((f) => f.facets !== undefined).map((f) => f.family));
const WENT_WELL = new Set(library.families.filter((f) => f.wentWell === true).map((f) => f.family));
/** The acts that take less than speaking for someone (ACT_SCORES): the only harms a question on what went well displaces. */
const LIGHTEST = ['BURDEN', 'DOING_FOR', 'BYSTAND'];
const asked = (playthrough: Playthrough, rotation: number, max = 5) => questionsOnPath(playthrough, rotation, max);
/** A harm (`ACT|person`) that takes as much as speaking for someone or more, by ACT_SCORES: never left unasked. */
const takes = (harm: string) => {
  const s = ACT_SCORES[harm.split('|')[0] as ActName];
  return -(s.voice + s.power + s.courage);
};
const heavy = (harm: string) => HARM_ORDER.includes(harm.split('|')[0] as never) && takes(harm) >= takes('SPEAK_FOR|');

/** S4 walk 57: the first visit's ask, Hawa's letter photographed and sent, the board, the forum, Joy's figures. */
const S4_WALK_57 = [
  "Tell Samir and Hawa what you can't do",
  'Ask Hawa if you can send',
  "Agree the chair's terms",
  "Read out Samir's three points in his words, say they're his, ask to hear him next time, and add one woman's forty minutes: on hold",
  'Tell Lorna the line goes on Monday',
  'Tell the room the hardship fund',
  "Tell Samir what's changed and what hasn't, and hand him",
];
/** S4 walk 1: as walk 57 to the letter, then Hawa's winter offered to the chair, and standing by at the board. */
const S4_WALK_1 = [
  "Tell Samir and Hawa what you can't do",
  'Ask Hawa if you can send',
  "Offer the chair one mother's winter",
  "Leave Samir's points for him to make",
  'Tell Lorna her advisers ask about care needs',
  'Tell the room the hardship fund',
  "Tell Samir what's changed and what hasn't, and hand him",
];
/** S4 walk 155: the pairing's purpose asked, Hawa's letter sent, her winter offered to the chair and read out at the board. */
const S4_WALK_155 = [
  'Tell Samir you can open doors',
  'Ask Hawa if you can send',
  "Offer the chair one mother's winter",
  "Read out Samir's three points in his words, say they're his, ask to hear him next time, and add one woman's forty minutes: walking",
  'Tell Lorna the line goes on Monday',
  'Tell the room the hardship fund',
  "Tell Samir what's changed and what hasn't, and hand him",
];
/** The shipped stories a learner plays for a curtain call with keyed questions (S1 to S5). */
const SCORED_STORIES = ['sitting-in-reception', 'next-of-kin', 'the-script', 'standing-alongside', 'say-see-expect'];
/** What a question asks about, as harms are counted: the author's own, every act of its choice; a library one, its acts. */
function actsAskedBy(playthrough: Playthrough, prompt: SelectedPrompt): string[] {
  const decision = playthrough.log.decisions[prompt.decision!]!;
  if (prompt.kind === 'story') return decision.acts.map((a) => `${a.act}|${a.target ?? ''}`);
  return prompt.keyedBy.filter((k) => k.startsWith('act:')).map((k) => `${k.slice(4)}|${prompt.who ?? ''}`);
}
/** The path's harms (HARM_ORDER's acts, on each person), on the decisions the curtain call weighs. */
const harmsOf = (playthrough: Playthrough): string[] => [
  ...new Set(
    playthrough.log.decisions
      .filter(
        (d) =>
          d.base.voice <= -1 || d.base.power <= -1 || d.base.courage <= -1 || d.base.voice >= 2 || d.base.power >= 2,
      )
      .flatMap((d) => d.acts.filter((a) => HARM_ORDER.includes(a.act)).map((a) => `${a.act}|${a.target ?? ''}`)),
  ),
];

/** S2 walk 55: as walk 58 to Alan, then Sunday, where Claire talks to the learner at the door about Alan. */
const S2_WALK_55 = [
  'Tell Luke to leave that box blank',
  'Ask Abena to put her playlist on',
  'Tell Luke not to, and offer',
  'Spend your break drafting',
  'Ask Helen to pause',
  'Tell Claire the visits stay',
  'Tell Helen, in front of the area manager',
];
const TALKED_PAST = /talk to you, or to someone else there, instead of|spoke to another person there rather than/;

describe('a question about an act the decision is already asked about gives way to an unasked harm', () => {
  it("S4 walks 57 and 91: the override question at Hawa's letter asks how free her yes was, not again what the author's 'What else was on it, and who saw that?' asks; and since it asks about the letter, the author's two go to the forum and Joy's figures, which nothing else asks about", () => {
    const playthrough = playBy('standing-alongside', S4_WALK_57);
    for (const rotation of [0, 1]) {
      const prompts = asked(playthrough, rotation);
      const letter = prompts.filter((p) => p.decision === 1);
      expect(
        letter.map((p) => p.family),
        `rotation ${rotation}`,
      ).toEqual(['override']);
      const override = letter[0]!.text;
      expect(override).not.toMatch(/who has seen|who saw|point really need|same point/i);
      expect(override).toMatch(/yes/);
      // Session 15: the author's own questions go first to harms the pattern's question leaves unasked.
      expect(prompts.filter((p) => p.kind === 'story').map((p) => p.decision)).toEqual([5, 6]);
    }
  });

  it("S4 walks 1 and 12: security and the override no longer both ask about Hawa's letter while the first visit's ask goes unasked", () => {
    const playthrough = playBy('standing-alongside', S4_WALK_1);
    const letter = playthrough.log.decisions[1]!;
    expect(letter.acts).toContainEqual({ act: 'OVERRIDE', target: 'hawa' });
    expect(playthrough.log.decisions[0]!.acts).toContainEqual({ act: 'BURDEN', target: 'samir' });
    for (const rotation of [0, 1]) {
      const prompts = asked(playthrough, rotation);
      const onLetter = prompts.filter((p) => p.decision === 1 && p.keyedBy.includes('act:OVERRIDE'));
      expect(onLetter, `rotation ${rotation}`).toHaveLength(1);
      expect(prompts.some((p) => p.decision === 0)).toBe(true);
    }
  });
});

describe('session 15: a decision never gets two library questions on the same act, and every harm is asked about once', () => {
  it("S4 walk 155: the security question no longer sits beside the override on Hawa's letter; it asks about the chair's office, where her winter was offered", () => {
    const playthrough = playBy('standing-alongside', S4_WALK_155);
    expect(playthrough.log.decisions[2]!.acts).toContainEqual({ act: 'OVERRIDE', target: 'hawa' });
    for (const rotation of [0, 1]) {
      const prompts = asked(playthrough, rotation);
      const onLetter = prompts.filter((p) => p.decision === 1 && p.kind === 'keyed');
      expect(
        onLetter.map((p) => p.family),
        `rotation ${rotation}`,
      ).toEqual(['override']);
      expect(prompts.find((p) => p.family === 'security')).toMatchObject({ decision: 2, who: 'hawa' });
      expect(prompts.find((p) => p.family === 'security')!.text).toContain("“The chair's office”");
    }
  });

  it('S4 walk 1: overriding Joy is asked about, with the forum, the first visit and the letter, in five questions (standing by at the board gives way to deciding with Samir: session 15 read 5, below)', () => {
    const playthrough = playBy('standing-alongside', S4_WALK_1);
    expect(playthrough.log.decisions[3]!.acts).toContainEqual({ act: 'BYSTAND', target: 'samir' });
    expect(playthrough.log.decisions[6]!.acts).toContainEqual({ act: 'OVERRIDE', target: 'joy' });
    for (const rotation of [0, 1]) {
      const prompts = asked(playthrough, rotation).filter((p) => p.decision !== null);
      expect(prompts, `rotation ${rotation}`).toHaveLength(5);
      // The pattern's question (Rescuer, by the override) asks about the letter; the author's two about what it
      // leaves: the forum, and Joy's figures ("… and still kept your word to Joy?").
      expect(prompts.filter((p) => p.kind === 'story').map((p) => p.decision)).toEqual([5, 6]);
      expect(prompts.find((p) => p.decision === 6)!.text).toContain('Joy');
      const asks = new Set(prompts.flatMap((p) => actsAskedBy(playthrough, p)));
      for (const harm of ['BURDEN|samir', 'OVERRIDE|hawa', 'SPEAK_OVER|samir', 'OVERRIDE|joy'])
        expect(asks, harm).toContain(harm);
    }
  });

  it("50 walks of each shipped story: no two library questions on one act of one decision; a harm is never asked only by a question on who someone is; and a harm goes unasked only when no free family of the act's own can ask it, or the five are all asking about harms but for one on what went well, which only the lightest harms give way to", () => {
    for (const id of SCORED_STORIES) {
      for (let seed = 1; seed <= 50; seed++) {
        const playthrough = playWalk(id, seed);
        const prompts = asked(playthrough, 0).filter((p) => p.decision !== null);
        const where = `${id} walk ${seed}`;
        const keyedActs = prompts
          .filter((p) => p.kind === 'keyed')
          .flatMap((p) => actsAskedBy(playthrough, p).map((act) => `${p.decision}|${act}`));
        expect(new Set(keyedActs).size, where).toBe(keyedActs.length);
        // Session 15 read 5 (M1): a harm asked is asked by at least one question not keyed on who someone is.
        for (const harm of harmsOf(playthrough)) {
          const by = prompts.filter((p) => actsAskedBy(playthrough, p).includes(harm)).map((p) => p.family);
          if (by.length > 0)
            expect(
              by.some((f) => !WHO_THEY_ARE.has(f)),
              `${where}: ${harm} asked only by ${by.join(', ')}`,
            ).toBe(true);
        }
        const asks = new Set(prompts.flatMap((p) => actsAskedBy(playthrough, p)));
        const unasked = harmsOf(playthrough).filter((harm) => !asks.has(harm));
        if (unasked.length === 0) continue;
        // Session 15 read 6 (M1): a harm as heavy as speaking for someone or more goes unasked only when the five are
        // all taken by the author's, the pattern's, or questions on harms as heavy; its act's own family, even one
        // already asked, asks again rather than leave it (S3 walk 8).
        const ownFamilyCould = unasked.filter(
          (harm) =>
            heavy(harm) &&
            library.families.some((f) => !WHO_THEY_ARE.has(f.family) && f.acts?.includes(harm.split('|')[0] as never)),
        );
        if (ownFamilyCould.length > 0) {
          expect(prompts, `${where}: ${ownFamilyCould.join(', ')} unasked with a slot free`).toHaveLength(5);
          for (const p of prompts)
            expect(
              p.kind === 'story' || p.keyedBy.includes('pattern') || actsAskedBy(playthrough, p).some(heavy),
              `${where}: ${p.family} at ${p.decision} asked while ${unasked.filter(heavy).join(', ')} goes unasked`,
            ).toBe(true);
        }
        // A question a free family could have asked about the unasked harm (all the path earns, max 20).
        const families = new Set(prompts.map((p) => p.family));
        const couldAsk = questionsOnPath(playthrough, 0, 20).filter(
          (p) =>
            !families.has(p.family) &&
            !WHO_THEY_ARE.has(p.family) &&
            actsAskedBy(playthrough, p).some((act) => unasked.includes(act)),
        );
        const askable = unasked.filter((harm) => couldAsk.some((p) => actsAskedBy(playthrough, p).includes(harm)));
        if (askable.length === 0) continue;
        // Then the cap stopped it: five questions, each about a harm (or the pattern's, always there), but for one on
        // what went well where every harm left unasked is one of the lightest (session 15 read 5, S1).
        expect(prompts, where).toHaveLength(5);
        const plus = prompts.filter((p) => WENT_WELL.has(p.family));
        expect(plus.length, where).toBeLessThanOrEqual(1);
        if (plus.length === 1)
          expect(
            askable.filter((harm) => !LIGHTEST.includes(harm.split('|')[0]!)),
            `${where}: ${plus[0]!.family} asked while a heavier harm goes unasked`,
          ).toEqual([]);
        for (const p of prompts)
          expect(
            p.keyedBy.includes('pattern') ||
              WENT_WELL.has(p.family) ||
              actsAskedBy(playthrough, p).some((act) => HARM_ORDER.includes(act.split('|')[0] as never)),
            `${where}: ${p.family} at ${p.decision} asks about no harm while ${unasked.join(', ')} goes unasked`,
          ).toBe(true);
      }
    }
    // 250 walks take a few seconds on a quiet machine and over 30 s while browsers share two cores: the limit catches
    // a hang, not a slow machine (speed lives in npm run bench).
  }, 120_000);
});

describe('the talked-past question names the choice it came before, and is asked only where it happened', () => {
  // Session 16: walk 92 (Esther's lipreading told to Dawn at the desk, then Esther asked what she'd like to do) now
  // asks, at “Or she can book online”, about inviting Esther to answer (a question on what went well, on what the
  // learner did: debrief.md step 1), and the talked-past question gives way there. Session 17: on walks 80, 105, 160,
  // 178 and 196 the learner told Dawn about Esther's ears at the desk, where Dawn had talked past her; where that is
  // asked about at the desk, the talked-past question can be the desk's second (selectPrompts: after a harm asked
  // about where it happened), and where the desk has two already it names the next choice: never a third on a moment.
  it.each([80, 105, 160, 178, 196])(
    'S1 walk %i: the talked-past question names the choice it came before, and no moment reads as asked about three times',
    (seed) => {
      const playthrough = playWalk('sitting-in-reception', seed);
      const moments = playthrough.log.decisions.map((d) => quotableMoment(d.moment ?? d.choice.text));
      for (const rotation of [0, 1]) {
        const prompts = asked(playthrough, rotation);
        const talkedPast = prompts.find((p) => p.family === 'addressed_instead');
        expect(talkedPast, `walk ${seed} rotation ${rotation}`).toMatchObject({ who: 'esther' });
        expect(talkedPast!.text).toContain(`Before your choice at “${moments[talkedPast!.decision!]}”`);
        // What each question reads as about: the moment it names, or else the decision it was asked on.
        const readsAs = prompts
          .filter((p) => p.decision !== null)
          .map((p) => {
            const named = moments.findIndex((m) => p.text.includes(`“${m}”`));
            return named === -1 ? p.decision! : named;
          });
        for (const index of new Set(readsAs)) expect(readsAs.filter((d) => d === index).length).toBeLessThanOrEqual(2);
      }
    },
  );

  it("S2 walks 58, 99, 136: at 'Asking Alan', where the learner asked Alan himself and nobody talked past him (Abena's joke to Desmond, which Alan laughed at), no wording asks whether anyone talked to someone else instead of him", () => {
    const playthrough = playBy('next-of-kin', NEXT_OF_KIN_ASKED_DESMOND);
    expect(playthrough.log.decisions[1]!.context.harm).not.toBe('exclusion');
    for (const rotation of [0, 1]) {
      const question = asked(playthrough, rotation, 20).find((p) => p.family === 'addressed_instead');
      expect(question, `rotation ${rotation}`).toMatchObject({ decision: 1, who: 'alan' });
      expect(question!.keyedBy).not.toContain('happened:talkedPast');
      expect(question!.text).not.toMatch(TALKED_PAST);
    }
  });

  it('S2 walk 55: at Sunday, where Claire talked to the learner about Alan at the door, the question asks it, before that choice', () => {
    const playthrough = playBy('next-of-kin', S2_WALK_55);
    for (const rotation of [0, 1]) {
      const question = asked(playthrough, rotation, 20).find((p) => p.family === 'addressed_instead');
      expect(question, `rotation ${rotation}`).toMatchObject({ decision: 5, who: 'alan' });
      expect(question!.keyedBy).toContain('happened:talkedPast');
      expect(question!.text).toMatch(TALKED_PAST);
      expect(question!.text).toContain('Before your choice at “Sunday”');
    }
  });
});

describe('session 15 read 5: a harm is asked about by its own question, and a mixed path keeps one question on what went well', () => {
  it("S2 walk 189: taking Abena's credit at “Helen's thanks” is asked by the take_credit question, not only by “whose ideas get taken up first in your team”", () => {
    const playthrough = playWalk('next-of-kin', 189);
    expect(playthrough.log.decisions[6]!.acts).toContainEqual({ act: 'TAKE_CREDIT', target: 'abena' });
    for (const rotation of [0, 1]) {
      const prompts = asked(playthrough, rotation);
      expect(
        prompts.find((p) => p.family === 'take_credit'),
        `rotation ${rotation}`,
      ).toMatchObject({ decision: 6, who: 'abena' });
      expect(prompts.map((p) => p.family)).not.toContain('ideas_land');
    }
  });

  it('S1 walk 200: leaving Esther when the wait ran long is asked by the bystand question, not only by “whose account was taken as it stood”', () => {
    const playthrough = playWalk('sitting-in-reception', 200);
    const wait = playthrough.log.decisions.findIndex((d) => d.moment === 'When the wait runs long');
    expect(playthrough.log.decisions[wait]!.acts).toContainEqual({ act: 'BYSTAND', target: 'esther' });
    for (const rotation of [0, 1]) {
      const prompts = asked(playthrough, rotation);
      expect(
        prompts.find((p) => p.family === 'bystand'),
        `rotation ${rotation}`,
      ).toMatchObject({ decision: wait });
      expect(prompts.map((p) => p.family)).not.toContain('credibility');
    }
  });

  it('S4 walk 1: deciding with Samir at “The front door” is asked about, and every harm that takes as much as speaking for someone is still asked; standing by at the board, the lightest, gives way', () => {
    const playthrough = playWalk('standing-alongside', 1);
    const door = playthrough.log.decisions[4]!;
    expect(door.moment).toBe('The front door');
    expect(door.acts).toContainEqual({ act: 'DECIDE_WITH', target: 'samir' });
    expect(playthrough.log.decisions.map((d) => d.choice.text.slice(0, 20))).toEqual(
      S4_WALK_1.map((start) => start.slice(0, 20)),
    );
    for (const rotation of [0, 1]) {
      const prompts = asked(playthrough, rotation).filter((p) => p.decision !== null);
      expect(prompts, `rotation ${rotation}`).toHaveLength(5);
      expect(prompts.find((p) => p.family === 'decide_with')).toMatchObject({ decision: 4, who: 'samir' });
      expect(prompts.find((p) => p.family === 'decide_with')!.text).toContain('“The front door”');
      const asks = new Set(prompts.flatMap((p) => actsAskedBy(playthrough, p)));
      for (const harm of harmsOf(playthrough).filter((h) => !LIGHTEST.includes(h.split('|')[0]!)))
        expect(asks, harm).toContain(harm);
    }
  });

  it("S3 walk 8 (session 15 read 6, M1): speaking for Daniel at “Daniel's ward round” is asked, by the speak_for family a second time (it already asks about Chiamaka at “An English nurse”), in its other wording", () => {
    const playthrough = playWalk('the-script', 8);
    const ward = playthrough.log.decisions.findIndex((d) => d.moment === "Daniel's ward round");
    expect(playthrough.log.decisions[ward]!.acts).toContainEqual({ act: 'SPEAK_FOR', target: 'daniel' });
    expect(playthrough.log.decisions[0]!.acts).toContainEqual({ act: 'SPEAK_FOR', target: 'chiamaka' });
    for (const rotation of [0, 1]) {
      const speakFor = asked(playthrough, rotation).filter((p) => p.family === 'speak_for');
      expect(speakFor.map((p) => [p.decision, p.who])).toEqual([
        [0, 'chiamaka'],
        [ward, 'daniel'],
      ]);
      expect(speakFor[1]!.text, `rotation ${rotation}`).toContain('Daniel');
      expect(speakFor[0]!.id).not.toBe(speakFor[1]!.id);
    }
  });

  it('S4 walks 1 and 41, S1 walk 43, S1 walks 132 and 29, S4 walk 155: no wording presumes why the learner held back, that a good choice cost someone, or a meeting; the setting question says where', () => {
    const texts = library.families.flatMap((f) => f.wordings.flatMap((w) => [w.text, w.plain ?? '']));
    // Session 15 read 6: nor that standing by left something undone, nor that the learner switched off (S1, S2).
    for (const presumes of [
      /what stopped you/i,
      /not your business/i,
      /who paid it/i,
      /floor was handed over/i,
      /what was left undone/i,
      /switch off/i,
    ])
      expect(texts.filter((t) => presumes.test(t))).toEqual([]);
    const setting = library.families.find((f) => f.family === 'communication_setting')!;
    for (const w of setting.wordings) expect(w.text, w.id).toContain('“{moment}”');
  });
});
