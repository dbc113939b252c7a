// Session 16: the curtain call asks about what went well on every story (PEARLS' plus, Gibbs' "what was good"), not
// only where the path repaired, decided with someone, made room for them or carried their words in their absence.
// Asking consent, leaving a choice with the person as they wanted, carrying their wishes with them there, and making
// room in a way practitioners argue about each have a question of their own (prompts.json `wentWell`).
import { describe, expect, it } from 'vitest';
import { library, questionsOnPath } from '../unit/debrief/shippedQuestions';
import { decisionAt, playBy, playWalk } from './support/playStory';
import { strengthsUnasked } from './support/strengthsUnasked';
import { NEXT_OF_KIN_ASKED_DESMOND } from './support/namedPaths';

/** The shipped stories a learner plays for a curtain call with keyed questions (S1 to S5). */
const SCORED_STORIES = ['sitting-in-reception', 'next-of-kin', 'the-script', 'standing-alongside', 'say-see-expect'];
/** Of 200 seeded walks of each story, at most this many with a strength hear no question on it (one in twenty). */
const UNASKED_AT_MOST = 10;
const WENT_WELL = new Set(library.families.filter((f) => f.wentWell === true).map((f) => f.family));

describe('a path that asked someone first is asked about the ask', () => {
  it('S2: asking Desmond before anything went on the form is asked about at “The form in the office”, as a choice practitioners weigh, not one to repeat', () => {
    const playthrough = playBy('next-of-kin', NEXT_OF_KIN_ASKED_DESMOND);
    const form = decisionAt(playthrough, 'The form in the office');
    expect(form.acts).toEqual([{ act: 'ASK_CONSENT', target: 'desmond' }]);
    expect(form.contested).toBe(true);
    for (const rotation of [0, 1]) {
      const asked = questionsOnPath(playthrough, rotation).find((p) => p.family === 'ask_consent');
      expect(asked, `rotation ${rotation}`).toMatchObject({ decision: form.index, who: 'desmond', kind: 'keyed' });
      expect(asked!.keyedBy).toContain('act:ASK_CONSENT');
      expect(asked!.text).toContain('“The form in the office”');
      expect(asked!.text).toContain('Desmond');
      expect(asked!.text).not.toMatch(/tomorrow|again/);
    }
  });

  it("S2 walk 16: telling Luke no and going to Desmond at “Luke's plan” is asked about in words that hold it up as practice to keep", () => {
    const playthrough = playWalk('next-of-kin', 16);
    const plan = decisionAt(playthrough, "Luke's plan");
    expect(plan.acts).toContainEqual({ act: 'ASK_CONSENT', target: 'desmond' });
    expect(plan.contested).toBe(false);
    const asked = questionsOnPath(playthrough, 0).find((p) => p.family === 'ask_consent');
    expect(asked).toMatchObject({ decision: plan.index, who: 'desmond' });
    expect(asked!.text).toMatch(/tomorrow/);
  });

  it('S2 walk 15: leaving it with Jo at the tea round, as she wanted, is asked about as her wish, not as standing by', () => {
    const playthrough = playWalk('next-of-kin', 15);
    const tea = decisionAt(playthrough, 'Jo and the tea round');
    expect(tea.acts).toContainEqual({ act: 'RESPECT_WISH', target: 'jo' });
    for (const rotation of [0, 1]) {
      const asked = questionsOnPath(playthrough, rotation).find((p) => p.family === 'respect_wish');
      expect(asked, `rotation ${rotation}`).toMatchObject({ decision: tea.index, who: 'jo' });
      expect(asked!.text).toMatch(/wish|wanted/);
      expect(asked!.text).not.toMatch(/step in|held you back|5Ds/);
    }
  });
});

/** S1's With path (tests/e2e/debrief.test.ts): no harm done, and Esther talked past at the desk before the choice. */
const S1_WITH = [
  "Catch Esther's eye, and wait for her to answer Dawn",
  '"Three weeks is a long time. Shall we ask for a doctor today?"',
  'Tell Dawn Mrs Lee is right',
  "Tell Esther your next call can't have his lunch late",
  "Ask Dawn if she could type the note onto Esther's record",
  'Ask Dr Shah to put the tablets',
  'Write up what you saw at the desk',
];

describe('questions on what went well leave room for the others', () => {
  it("S1's With path: at most two library questions on what went well, so the one on Esther talked past at the desk is still asked (without the limit, five of five asked about what went well)", () => {
    const playthrough = playBy('sitting-in-reception', S1_WITH);
    for (const rotation of [0, 1]) {
      const prompts = questionsOnPath(playthrough, rotation);
      const wentWell = prompts.filter((p) => WENT_WELL.has(p.family));
      expect(wentWell.length, `rotation ${rotation}`).toBeLessThanOrEqual(2);
      expect(prompts.find((p) => p.family === 'addressed_instead')).toMatchObject({ who: 'esther', decision: 0 });
    }
  });
});

describe('a walk that did something well hears a question on it', () => {
  it.each(SCORED_STORIES)(
    `%s: of 200 seeded walks, at most ${UNASKED_AT_MOST} with a strength (a choice that did no harm and scored voice or power +2) hear neither the author's question nor one on what went well about it`,
    (id) => {
      const { withStrength, unasked } = strengthsUnasked(id, 200);
      expect(withStrength).toBeGreaterThan(100);
      expect(unasked.length, `walks ${unasked.join(', ')}`).toBeLessThanOrEqual(UNASKED_AT_MOST);
    },
    // A limit that catches a hang, not a speed goal: 200 walks take about 3 s on a quiet machine and a minute on the
    // shared one at load 20, past the project's 30 s.
    120_000,
  );
});

describe('a question on what went well is never asked about a choice that harmed anyone', () => {
  it('S4 walk 2: telling Samir the wording is legal’s at “The front door” credits Lorna but speaks over Samir, so nothing there is asked as a thing to repeat (the educator read)', () => {
    const playthrough = playWalk('standing-alongside', 2);
    const door = decisionAt(playthrough, 'The front door');
    expect(door.acts).toContainEqual({ act: 'SPEAK_OVER', target: 'samir' });
    for (const rotation of [0, 1, 2, 3]) {
      const praised = questionsOnPath(playthrough, rotation).filter(
        (p) => p.decision === door.index && WENT_WELL.has(p.family ?? ''),
      );
      expect(praised, `rotation ${rotation}`).toEqual([]);
    }
  });
});
