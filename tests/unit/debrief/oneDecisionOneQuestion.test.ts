// Session 14, the educator's fourth read (600 walks): one decision, one question about one thing. Each test plays a
// shipped story along a walk the reader named and checks the rule of the selection or the library that mends it
// (never a special case for the story).
import { describe, expect, it } from 'vitest';
import { quotableMoment } from '../../../src/engine/debrief/selectPrompts';
import type { Playthrough } from '../../../src/engine/playthrough';
import { playBy } from '../../stories/support/playStory';
import { questionsOnPath } from './shippedQuestions';

const asked = (playthrough: Playthrough, rotation: number, max = 5) => questionsOnPath(playthrough, rotation, max);

/** S4 walk 57: the first visit's ask, Hawa's letter photographed and sent, the board, the forum, Joy's figures. */
const S4_WALK_57 = [
  "Tell Samir and Hawa what you can't do",
  'Ask Hawa if you can send',
  "Agree the chair's terms",
  "Read out Samir's three points in his words, say they're his, ask to hear him next time, and add the volunteer",
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
/** S1 walk 92: Esther's lipreading told to Dawn at the desk, then Esther asked what she'd like to do. */
const S1_WALK_92 = [
  'Tell Dawn Esther lipreads',
  "Ask Esther what she'd like to do",
  'Tell Dawn the NHS says',
  "Say sorry, and ask what she'd want",
  "Tell Esther your next call can't",
  "Ask Dawn if she could type the note onto Esther's record",
  'Ask Dr Shah to put the tablets',
  "Tell Esther what you're sorry for",
];
/** S2 walk 58: Alan asked himself, with Abena's playlist on and time to answer. */
const S2_WALK_58 = [
  'Tell Luke to leave that box blank',
  "Put Abena's playlist on",
  'Tell Luke that Desmond will want',
  'Tell Mr Hollis',
  'Tell the meeting what Desmond told you',
  'After the prayer, ask Pastor Ruth',
  'Catch Abena at the door',
];
/** S2 walk 55: as walk 58 to Alan, then Sunday, where Claire talks to the learner at the door about Alan. */
const S2_WALK_55 = [
  'Tell Luke to leave that box blank',
  "Put Abena's playlist on",
  'Tell Luke not to, and offer',
  'Spend your break drafting',
  'Ask Helen to pause',
  'Tell Claire the visits stay',
  'Say, before the clapping stops',
];
const TALKED_PAST = /talk to you, or to someone else there, instead of|spoke to another person there rather than/;

describe('a question about an act the decision is already asked about gives way to an unasked harm', () => {
  it("S4 walks 57 and 91: beside the author's 'What else was on it, and who saw that?' at Hawa's letter, the override question asks how free her yes was, not again who saw it or what the point needed", () => {
    const playthrough = playBy('standing-alongside', S4_WALK_57);
    for (const rotation of [0, 1]) {
      const letter = asked(playthrough, rotation).filter((p) => p.decision === 1);
      expect(
        letter.map((p) => p.family),
        `rotation ${rotation}`,
      ).toEqual(['story', 'override']);
      expect(letter[0]!.text).toMatch(/What else was on it, and who saw that\?/);
      const override = letter[1]!.text;
      expect(override).not.toMatch(/who has seen|who saw|point really need|same point/i);
      expect(override).toMatch(/yes/);
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

describe('the talked-past question names the choice it came before, and is asked only where it happened', () => {
  it("S1 walks 58, 76, 92, 156, 174: after the desk's two questions, the talked-past question names “Or she can book online”, so no moment reads as asked about three times", () => {
    const playthrough = playBy('sitting-in-reception', S1_WALK_92);
    const moments = playthrough.log.decisions.map((d) => quotableMoment(d.moment ?? d.choice.text));
    for (const rotation of [0, 1]) {
      const prompts = asked(playthrough, rotation);
      const talkedPast = prompts.find((p) => p.family === 'addressed_instead');
      expect(talkedPast, `rotation ${rotation}`).toMatchObject({ decision: 1, who: 'esther' });
      expect(talkedPast!.text).toContain(`Before your choice at “${moments[1]}”`);
      // What each question reads as about: the moment it names, or else the decision it was asked on.
      const readsAs = prompts
        .filter((p) => p.decision !== null)
        .map((p) => {
          const named = moments.findIndex((m) => p.text.includes(`“${m}”`));
          return named === -1 ? p.decision! : named;
        });
      for (const index of new Set(readsAs)) expect(readsAs.filter((d) => d === index).length).toBeLessThanOrEqual(2);
    }
  });

  it("S2 walks 58, 99, 136: at 'Asking Alan', where the learner asked Alan himself and nobody talked past him (Abena's joke to Desmond, which Alan laughed at), no wording asks whether anyone talked to someone else instead of him", () => {
    const playthrough = playBy('next-of-kin', S2_WALK_58);
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
