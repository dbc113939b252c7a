// Session 14: curtain-call questions that are fair to what the learner did. Each test plays a shipped story along a
// path the session 13 reader found a misfit on, and checks the rule of the library or the log that mends it (never a
// special case for the story).
import { describe, expect, it } from 'vitest';
import { selectPrompts } from '../../../src/engine/debrief/selectPrompts';
import type { Playthrough } from '../../../src/engine/playthrough';
import { playBy } from '../../stories/support/playStory';
import { CAST, decision, log } from './buildLog';
import { keyed, library, questionsOnPath } from './shippedQuestions';

/** Every question the path earns (max 20), so a test reads the wording a family gives, whatever else ranks higher. */
const earned = (playthrough: Playthrough, rotation: number) => questionsOnPath(playthrough, rotation, 20);
const asked = (playthrough: Playthrough, rotation = 0) => questionsOnPath(playthrough, rotation, 5);

const S4_LETTER = ["Tell Samir and Hawa what you can't do", 'Ask Hawa if you can send'];
/** S4 walk 36's start: the HC2 answer at the first visit (no ask of anyone), then the fare paid to come along. */
const S4_FARE = ["Tell Samir what you can't do, and tell Hawa the cashier's wrong", "Ask Hawa if she'd come with you"];
/** S1 walk 2 of session 13's read: Mrs Lee outed at the desk, the wait left to Esther, her note handed on. */
const S1_WALK_2 = [
  "Catch Esther's eye",
  '"Three weeks is a long time',
  'Tell Dawn the NHS says',
  'Say sorry you told Dawn, and ask Dawn quietly',
  "Say sorry, you'll be back",
  'Hand Dawn the note',
  'Check with Esther, facing her',
  "Tell Esther what you're sorry for",
];
/** S1 walk 24: the worker lets Dawn finish at the desk, and Dr Shah asks the worker for Efua's number. */
const S1_WALK_24 = [
  'Let Dawn finish',
  '"Three weeks is a long time',
  'Step up beside Mrs Lee',
  "Say sorry, you'll be back",
  "Ask Dawn to put Esther's needs on the NHS flag",
  "Look up Efua's number",
  "Tell Esther what you're sorry for",
];

describe('an override that carried out what the person wanted asks how free their yes was, not whose judgement won', () => {
  it("S4 walks 1, 12, 16, 57: asking Hawa to send a photo of her letter, which she hands over, isn't asked as if the learner put their judgement in place of hers; the question asks what the point needed and how free a yes to a director is", () => {
    const playthrough = playBy('standing-alongside', S4_LETTER);
    const letter = playthrough.log.decisions[1]!;
    // The verdict stands: an ADVOCATE (her known wishes) and an OVERRIDE (her letter shared without her consent).
    expect(letter.acts).toEqual([
      { act: 'ADVOCATE', target: 'hawa' },
      { act: 'OVERRIDE', target: 'hawa' },
    ]);
    for (const rotation of [0, 1]) {
      const question = keyed(earned(playthrough, rotation), 'override', 1);
      expect(question, `rotation ${rotation}`).toBeDefined();
      expect(question!.text).not.toMatch(/to decide|your judgement|decided for/);
      expect(question!.text).toMatch(/what Hawa wanted|Hawa’s cause/);
    }
    expect(earned(playthrough, 0).map((p) => p.text)).toContainEqual(expect.stringMatching(/how free can a yes/i));
  });

  it('S1 walk 2: telling Dawn about Mrs Lee, who had asked nobody to, is still asked as a decision that was hers', () => {
    const playthrough = playBy('sitting-in-reception', S1_WALK_2);
    for (const rotation of [0, 1]) {
      const question = keyed(earned(playthrough, rotation), 'override', 2);
      expect(question!.text, `rotation ${rotation}`).toMatch(/Mrs Lee’s to decide/);
    }
  });
});

describe('the credibility question never ranks a person’s word by their old job', () => {
  it("S1 walk 2: Esther's career is shown, and the question asks whose word is taken at face value, not how knowing her education might have changed how she was treated", () => {
    const playthrough = playBy('sitting-in-reception', S1_WALK_2);
    for (const rotation of [0, 1]) {
      const question = earned(playthrough, rotation).find((p) => p.family === 'credibility');
      expect(question, `rotation ${rotation}`).toBeDefined();
      // Session 14 read: "Knowing about Esther's education now…" still led on a first play, tying whether a deaf
      // 78-year-old is believed to her old job (and "education" reads as how schooled she is).
      expect(question!.text).not.toMatch(/have changed that|than (her|a) life|education|career|job/);
      expect(question!.text).toMatch(/whose (word is taken at face value|account was taken as it stood)/i);
    }
  });
});

describe('the talked-past question comes up where the person was talked past', () => {
  it('S1 walk 24: Dawn tells the worker, not Esther, that her clinic was cut, and the talked-past question is asked, after the author’s own questions and the one about what the learner did', () => {
    const playthrough = playBy('sitting-in-reception', S1_WALK_24);
    const prompts = asked(playthrough);
    const talkedPast = prompts.find((p) => p.family === 'addressed_instead');
    expect(talkedPast).toMatchObject({ who: 'esther', decision: 0 });
    expect(talkedPast!.keyedBy).toContain('happened:talkedPast');
    expect(prompts.filter((p) => p.kind === 'story')).toHaveLength(2);
    // It takes no place from the author's questions (one of them on the path's worst act, reading Dr Shah Efua's
    // number) or from the pattern's question, which ranks ahead of it.
    const pattern = prompts.find((p) => p.keyedBy.includes('pattern'))!;
    expect(pattern).toMatchObject({ family: 'speak_for', decision: 4 });
    expect(prompts.indexOf(pattern)).toBeLessThan(prompts.indexOf(talkedPast!));
  });

  it('counts as talked past only someone else spoken to while the person was there, in a scene that shuts them out', () => {
    const at = (harm: 'exclusion' | 'on', turns: { who: string; to: string | null }[]) => {
      const d = { ...decision(0, { acts: [['BYSTAND', 'esther']], scores: [0, 0, -1], present: ['esther'], harm }) };
      d.turnsBefore = turns.length;
      const shown = { esther: ['age', 'ability'] };
      const played = log([d], { shown, turns: turns.map((t) => ({ ...t, decision: null })) });
      return selectPrompts(played, { cast: CAST }, library, { rotation: 0, max: 20 }).find(
        (p) => p.family === 'addressed_instead',
      )!.keyedBy;
    };
    expect(at('exclusion', [{ who: 'dawn', to: 'you' }])).toContain('happened:talkedPast');
    expect(at('exclusion', [{ who: 'dawn', to: 'esther' }])).not.toContain('happened:talkedPast');
    expect(at('exclusion', [{ who: 'you', to: 'dawn' }])).not.toContain('happened:talkedPast');
    expect(at('on', [{ who: 'dawn', to: 'you' }])).not.toContain('happened:talkedPast');
  });
});

describe('an ask that went to the person in person is asked about as an ask they could turn down', () => {
  it("S4 walks 9, 45, 46, 79: asking Hawa if she'd come to the chief executive, her fare paid, isn't asked as what it 'called on'", () => {
    const playthrough = playBy('standing-alongside', S4_FARE);
    expect(playthrough.log.decisions[1]!.acts).toEqual([{ act: 'BURDEN', target: 'hawa' }]);
    for (const rotation of [0, 1]) {
      const question = earned(playthrough, rotation).find((p) => p.family === 'burden' && p.who === 'hawa');
      expect(question, `rotation ${rotation}`).toBeDefined();
      expect(question!.text).not.toMatch(/call on|was asked for time/);
      expect(question!.text).toMatch(/the ask (at|went to Hawa)/);
      // Session 14 read: "whatever came with it … What would have made a no easy to say?" fitted an offer, not a
      // question put to someone (S4 walk 91: "what's changed since you wrote it?"), nor Pastor Ruth, who said no.
      expect(question!.text).not.toMatch(/whatever came with it|made a no easy/);
    }
  });

  it("time promised for someone who wasn't there (Joy's network time) is still what the choice called on", () => {
    const joy = { id: 'joy', name: 'Joy', facets: CAST[2]!.facets };
    const promised = decision(0, { acts: [['BURDEN', 'joy']], scores: [0, -1, 0], moment: 'Six months on' });
    const prompts = selectPrompts(log([promised]), { cast: [...CAST, joy] }, library, { rotation: 0 });
    expect(prompts.find((p) => p.family === 'burden')!.text).toMatch(/call on/);
  });
});

describe('a replay meets another disputed moment, not the same one in other words', () => {
  it('S1 walk 3: the library’s "practitioners disagree" question moves on a replay from Mrs Lee at the desk to the next disputed decision', () => {
    const playthrough = playBy('sitting-in-reception', [
      'Ask Dawn to put on Esther',
      'Say Esther fell last week',
      'Step up beside Mrs Lee',
      "Tell Esther your next call can't",
      'Hand Dawn the note',
      'Check with Esther, facing her',
      'Ask Esther if you may complain too',
    ]);
    const at = (rotation: number) =>
      earned(playthrough, rotation).find((p) => p.family === 'contested_choice')!.decision;
    expect(at(0)).toBe(2);
    expect(at(1)).not.toBe(2);
    expect(playthrough.log.decisions[at(1)!]!.contested).toBe(true);
  });
});
