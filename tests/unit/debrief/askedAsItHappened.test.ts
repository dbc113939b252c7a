// Session 13: the curtain call answers to what the learner did, when they did it. Each test plays a shipped story
// along a path a reader found a misfit on (its `--walk` number then), and checks the rule that mends it: a rule of
// the log or of the library, never a special case for the story.
import { describe, expect, it } from 'vitest';
import { selectPrompts, type SelectedPrompt } from '../../../src/engine/debrief/selectPrompts';
import { Playthrough } from '../../../src/engine/playthrough';
import type { Playthrough as PlaythroughType } from '../../../src/engine/playthrough';
import { playBy, storyJson } from '../../stories/support/playStory';
import { CAST, decision, log } from './buildLog';
import { keyed, library, questionsOnPath } from './shippedQuestions';

const promptsFor = (playthrough: PlaythroughType, rotation = 0) => questionsOnPath(playthrough, rotation);

/** S4 walk 36: the HC2 answer at the first visit, before Hawa tells you about her claim on the walk after it. */
const S4_HC2_FIRST = [
  "Tell Samir what you can't do, and tell Hawa the cashier's wrong",
  "Ask Hawa if she'd come with you",
  'Argue with the chair, and ask her for five minutes',
  "Tell the chair the three points are Samir Haddad's",
  'Tell Lorna her advisers ask about care needs from this afternoon',
  'Stop the chair moving on, leave the signposting money to her',
  "Tell Samir what's changed and what hasn't, and hand him the promotion figures",
];

describe('a question about who someone is rests only on what the learner had been shown at that decision', () => {
  it("S4 walk 36: telling Hawa the cashier's wrong at the first visit gets no visa question, since her asylum claim is revealed on the walk afterwards", () => {
    const playthrough = playBy('standing-alongside', S4_HC2_FIRST);
    const { decisions, shown } = playthrough.log;
    // The fold keeps what had been shown when each decision was offered, beside what the path showed by its end.
    expect(decisions[0]!.acts).toContainEqual({ act: 'DOING_FOR', target: 'hawa' });
    expect(decisions[0]!.shown?.hawa).not.toContain('immigration');
    expect(decisions[1]!.shown?.hawa).toContain('immigration');
    expect(shown?.hawa).toContain('immigration');
    const prompts = promptsFor(playthrough);
    expect(prompts.filter((p) => p.who === 'hawa' && p.decision === 0).flatMap((p) => p.keyedBy)).not.toContain(
      'facet:immigration',
    );
    expect(keyed(prompts, 'security', 0)).toBeUndefined();
    // Every facet a question names was on the person's card when the decision was made, except a hindsight
    // question's, which says it looks back ("knowing about … now").
    for (const p of prompts.filter((q) => q.kind === 'keyed' && q.who !== null && q.family !== 'credibility')) {
      for (const key of p.keyedBy.filter((k) => k.startsWith('facet:'))) {
        expect(decisions[p.decision!]!.shown?.[p.who!], `${p.family}: ${key}`).toContain(key.slice('facet:'.length));
      }
    }
  });

  it('S4 walk 36, resumed from its save: the decisions carry the same facets as when it was played (a save is its path)', () => {
    const played = playBy('standing-alongside', S4_HC2_FIRST);
    const { playthrough: resumed, mismatch } = Playthrough.resume(storyJson('standing-alongside'), played.save);
    expect(mismatch).toBeNull();
    expect(resumed.log.decisions[0]!.shown?.hawa).toEqual(played.log.decisions[0]!.shown?.hawa);
    expect(resumed.log.decisions[0]!.shown?.hawa).toBeDefined();
    expect(resumed.log.decisions.map((d) => d.shown)).toEqual(played.log.decisions.map((d) => d.shown));
    expect(promptsFor(resumed)).toEqual(promptsFor(played));
  });

  it('at the desk, before Esther’s deafness and career were revealed: only the hindsight question ("knowing about … now") looks back on them; a log whose decisions don’t say falls back on the path’s', () => {
    const atTheDesk = decision(0, {
      acts: [['SPEAK_FOR', 'esther']],
      scores: [-1, -1, 0],
      present: ['esther'],
      harm: 'exclusion',
    });
    const byTheEnd = { esther: ['age', 'race', 'ability', 'education'] };
    const asPlayed = { ...atTheDesk, shown: { esther: ['age', 'race'] } };
    const prompts = selectPrompts(log([asPlayed], { shown: byTheEnd }), { cast: CAST }, library, { rotation: 0 });
    // credibility: "Knowing about Esther's education now…": the path showed it, after the desk.
    expect(prompts.find((p) => p.family === 'credibility')?.keyedBy).toContain('facet:education');
    // Her hearing was not on her card at the desk: the setting question (ability × SPEAK_FOR) doesn't rest on it.
    expect(prompts.flatMap((p) => p.keyedBy)).not.toContain('facet:ability');
    expect(prompts.map((p) => p.family)).not.toContain('communication_setting');
    // A hand-made log whose decisions don't say what was shown reads the path's, as before.
    const handMade = selectPrompts(log([atTheDesk], { shown: byTheEnd }), { cast: CAST }, library, { rotation: 0 });
    expect(handMade.map((p) => p.family)).toContain('communication_setting');
  });
});

describe('the speak-for question tells telling someone’s story for them from guessing their wishes', () => {
  // Story-b: bay 3's CV option became her wish said for her (a guess, source=inferred); the notes at bed 12 still pass
  // on what was Daniel's to say, with him there (no source), so one path holds both kinds of speaking for.
  const S3_WISH_AND_NOTES = [
    'Tell Diane no, Chiamaka wants to stay',
    'Agree to bay 5 until Mrs Walsh goes home',
    'Take Dr Price aside after handover',
    'Answer Dr Price from the night notes',
    'Cut your slides to five minutes',
    'Take the form to huddle',
    'Ask Matron for two protected hours',
  ];

  it("S3: answering Dr Price from the night notes told what was Daniel's to say, with him there, so the question asks about the words coming first-hand, not what the learner knew of his wishes; on the same path, telling Diane what Chiamaka wants was a guess, and its question asks what the learner knew", () => {
    const playthrough = playBy('the-script', S3_WISH_AND_NOTES);
    const notes = playthrough.log.decisions[3]!.moves.find((m) => m.move === 'relay');
    // `relay daniel` with no source: what was passed on was his (R1: SPEAK_FOR because he was there and able).
    expect(notes?.params.source).toBeUndefined();
    expect(playthrough.log.decisions[0]!.moves.find((m) => m.move === 'relay')?.params.source).toBe('inferred');
    for (const rotation of [0, 1]) {
      const question = keyed(promptsFor(playthrough, rotation), 'speak_for', 3);
      expect(question, `rotation ${rotation}`).toBeDefined();
      expect(question!.text).not.toContain('what did you actually know');
      expect(question!.text).not.toContain('without hearing it');
      expect(question!.text).toMatch(/Daniel was there|with the person there to say it/);
      const guessed = keyed(promptsFor(playthrough, rotation), 'speak_for', 0);
      expect(guessed!.text).toMatch(
        /what did you actually know about what Chiamaka wanted|without hearing it first-hand/,
      );
    }
  });

  it("S3 Matron's fix, guessed (source=inferred): the question still asks what the learner actually knew of what she wanted", () => {
    const playthrough = playBy('the-script', [
      "Ask Chiamaka, there at the trolley, if she'd rather swap bays with Tom today",
      "Ask Matron to put her back on bay 3: Chiamaka only said yes with Diane watching, and she'd want Mrs Walsh back",
    ]);
    const fix = playthrough.log.decisions[1]!;
    expect(fix.moves.find((m) => m.move === 'relay')?.params.source).toBe('inferred');
    const texts = [0, 1].map((rotation) => keyed(promptsFor(playthrough, rotation), 'speak_for', 1)?.text);
    expect(texts[0]).toContain('what did you actually know about what Chiamaka wanted');
    expect(texts[1]).toContain('without hearing it first-hand');
  });
});

describe('the speak-over question is true to whether the person had had their say', () => {
  const S1_STANDING_UP_FOR_HER = [
    "Ask Dawn to put on Esther's notes",
    "Ask Esther what she'd like to do",
    'Tell Dawn the NHS says Gypsy and Traveller families',
    'Say sorry you told Dawn, and explain you were standing up for her',
    "Say sorry, you'll be back by twenty past twelve",
    'Hand Dawn the note, and ask her to put it on the record',
    "Look up Efua's number",
    "Tell Esther what you're sorry for, and put the kettle on",
  ];

  it("S1 walk 7: Mrs Lee had told you you'd no right, so an apology that defends itself answered her words; the question never says your words took her place or asks her to finish", () => {
    const playthrough = playBy('sitting-in-reception', S1_STANDING_UP_FOR_HER);
    const apology = playthrough.log.decisions[3]!;
    expect(apology.moment).toBe('"You had no right"');
    expect(apology.acts).toEqual([{ act: 'SPEAK_OVER', target: 'mrs_lee' }]);
    for (const rotation of [0, 1]) {
      const question = keyed(promptsFor(playthrough, rotation), 'speak_over', 3);
      expect(question, `rotation ${rotation}`).toBeDefined();
      expect(question!.text).not.toContain('took Mrs Lee’s place');
      expect(question!.text).not.toContain('finish');
      expect(question!.text).not.toContain('What would her own words have been');
    }
  });

  it('a speak-over on Amina, who had said nothing since the last decision, asks what her words would have been, and what letting her speak would have taken (not "finish": she had not started)', () => {
    const cutIn = {
      ...decision(0, { acts: [['SPEAK_OVER', 'amina']], scores: [-2, -1, 0], moment: 'In the meeting' }),
      turnsBefore: 1,
    };
    const turns = [{ who: 'dawn', to: null, decision: null }];
    const ask = (rotation: number) =>
      selectPrompts(log([cutIn], { turns }), { cast: CAST }, library, { rotation }).find(
        (p) => p.family === 'speak_over',
      )?.text;
    expect(ask(0)).toContain('your words took Amina’s place');
    expect(ask(1)).toContain('let Amina speak?');
  });
});

describe('the burden question does not read as if an invitation was never made', () => {
  it('S4 walk 21: the paid co-chair seat was offered to Samir, and he turned it down, so the question asks about the ask put to him, not whether anyone asked him or what it used up', () => {
    const playthrough = playBy('standing-alongside', [
      'Tell Samir you can open doors',
      "Email the trust's chief executive",
      "Agree the chair's terms, and open with Samir's three points",
      "Read out Samir's three points in his words",
      "Agree Samir's test calls with Lorna",
      'Tell the room the hardship fund doubled',
      'Ask Samir to co-chair the promotion review',
    ]);
    const seat = playthrough.log.decisions[6]!;
    expect(seat.acts).toContainEqual({ act: 'INVITE', target: 'samir' });
    expect(seat.acts).toContainEqual({ act: 'BURDEN', target: 'samir' });
    for (const rotation of [0, 1]) {
      const question = keyed(promptsFor(playthrough, rotation), 'burden', 6);
      expect(question, `rotation ${rotation}`).toBeDefined();
      expect(question!.text).toMatch(/the ask at|the ask went to Samir/);
      expect(question!.text).not.toMatch(/Was anyone asked|use up|drew on|unpaid|call on/);
    }
  });
});

describe("the library's contested question doesn't sit beside the author's own on the same decision", () => {
  it('S3 walk 275: handover, "one voice at a time" and Dr Price seen in private: the reflect already asks the case against (what you would say at the desk), so "practitioners disagree" is not asked there too', () => {
    const playthrough = playBy('the-script', [
      "Tell Diane no, Chiamaka's her mum's nurse today",
      'Say no to the move, and tell Matron',
      'Say only "one voice at a time"',
      "Tell Dr Price what Daniel's passport says",
      "Take Matron's bay and course figures to the board",
      'Take the form to Chiamaka, then Tom',
      'Send the board the figures',
    ]);
    const handover = playthrough.log.decisions[2]!;
    expect(handover.contested).toBe(true);
    const prompts = promptsFor(playthrough);
    expect(prompts.filter((p) => p.decision === 2).map((p) => p.family)).toEqual(['story']);
    expect(keyed(prompts, 'contested_choice', 2)).toBeUndefined();
    // Where the author's question on a contested decision isn't among those asked, the library still asks.
    expect(
      withReflectUnasked()
        .filter((p) => p.kind === 'story')
        .map((p) => p.decision),
    ).toEqual([1, 2]);
    expect(keyed(withReflectUnasked(), 'contested_choice', 0)).toBeDefined();
  });
});

/** A contested decision whose reflect loses the two story places to two harms: its own question is unasked. */
function withReflectUnasked(): SelectedPrompt[] {
  const d = (i: number, reflect: string[]) =>
    decision(i, { acts: [['AMPLIFY', 'amina']], scores: [2, 1, 1], contested: true, reflect });
  const harms = [1, 2].map((i) =>
    decision(i, { acts: [['BYSTAND', null]], scores: [0, 0, -2], reflect: [`Harm ${i}?`] }),
  );
  return selectPrompts(log([d(0, ['Why then?']), ...harms]), { cast: CAST }, library, { rotation: 0 });
}
