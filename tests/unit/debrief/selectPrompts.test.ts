// Keyed prompts v3 (debrief.md "Keyed prompts"): given a log and the facets the learner was shown, these prompts
// in this order, and why. Each test names the selection step it holds.
import { describe, expect, it } from 'vitest';
import promptsData from '../../../src/content/prompts.json';
import { parsePromptLibrary } from '../../../src/engine/debrief/promptLibrary';
import { pronounWords, quotableMoment, selectPrompts } from '../../../src/engine/debrief/selectPrompts';
import { CAST, decision, log } from './buildLog';
import type { CastMember } from '../../../src/engine/contract/cast';

const library = parsePromptLibrary(promptsData);
const header = { cast: CAST };
const families = (prompts: { family: string }[]) => prompts.map((prompt) => prompt.family);
const EVERYTHING_SHOWN = Object.fromEntries(CAST.map((c) => [c.id, c.facets.map((f) => f.key)]));

// Voice-model example 3 in Esther's clothes: the learner spoke for her while she was there.
const spokeFor = decision(0, {
  acts: [['SPEAK_FOR', 'esther']],
  moves: [{ move: 'relay', target: 'esther' }],
  scores: [-1, -1, 0],
  moment: 'At the desk',
  present: ['esther'],
  // The desk in S1: talking past a deaf woman is exclusion, so her access is what the scene is about.
  harm: 'exclusion',
});

describe('step 1: what the learner did comes first', () => {
  it('puts the question about the act (+4) above facet-only questions, even with every facet shown', () => {
    const prompts = selectPrompts(log([spokeFor], { shown: EVERYTHING_SHOWN }), header, library, { rotation: 0 });
    const first = prompts[0]!;
    expect(first.keyedBy[0]).toBe('act:SPEAK_FOR');
    // The facet-only family about age and disability scores at most +2 facets +1 hidden facets: below any act.
    const facetOnly = prompts.find((p) => p.family === 'addressed_instead')!;
    expect(facetOnly.keyedBy.every((k) => k.startsWith('facet:'))).toBe(true);
    expect(facetOnly.score!).toBeLessThan(4);
    expect(prompts.indexOf(facetOnly)).toBeGreaterThan(0);
  });

  it('scores acts +4, the pattern +2, facets +1 each and at most +2, hidden facets +1', () => {
    const prompts = selectPrompts(log([spokeFor], { pattern: 'Rescuer', shown: EVERYTHING_SHOWN }), header, library, {
      rotation: 0,
    });
    const byFamily = Object.fromEntries(prompts.map((p) => [p.family, p]));
    // speak_for: act 4 + Rescuer 2 + Esther's two hidden facets 1.
    expect(byFamily.speak_for).toMatchObject({ score: 7, keyedBy: ['act:SPEAK_FOR', 'pattern'] });
    // communication_setting: act 4 + the ability facet 1 + hidden 1.
    expect(byFamily.communication_setting).toMatchObject({ score: 6, keyedBy: ['act:SPEAK_FOR', 'facet:ability'] });
    // addressed_instead: no act trigger; age and ability 2 (the cap) + hidden 1.
    expect(byFamily.addressed_instead).toMatchObject({ score: 3, keyedBy: ['facet:age', 'facet:ability'] });
    expect(families(prompts).slice(0, 2)).toEqual(['speak_for', 'communication_setting']);
  });

  it('reads what the learner did from the base scores, so a later apology does not hide the harm', () => {
    const repaired = decision(0, {
      acts: [['SPEAK_OVER', 'amina']],
      base: [-2, -1, 0],
      scores: [-1, 0, 0],
      moment: 'In the meeting',
    });
    const prompts = selectPrompts(log([repaired]), header, library, { rotation: 0 });
    expect(prompts[0]).toMatchObject({ family: 'speak_over', who: 'amina', decision: 0 });
  });
});

describe('step 2: only facets the learner was shown', () => {
  it('never keys on a facet the story has not shown (Esther’s career sits in the cast line only)', () => {
    const shownAtFirst = { esther: ['age', 'race'] };
    const prompts = selectPrompts(log([spokeFor], { shown: shownAtFirst }), header, library, { rotation: 0 });
    const keys = prompts.flatMap((p) => p.keyedBy);
    expect(keys).not.toContain('facet:education');
    expect(keys).not.toContain('facet:ability');
    expect(families(prompts)).not.toContain('credibility');
  });

  it('keys on a hidden facet once a reveal: has shown it', () => {
    const revealed = { esther: ['age', 'race', 'education'] };
    const prompts = selectPrompts(log([spokeFor], { shown: revealed }), header, library, { rotation: 0 });
    const credibility = prompts.find((p) => p.family === 'credibility')!;
    expect(credibility.keyedBy).toEqual(['act:SPEAK_FOR', 'facet:education']);
    // Keyed on what was revealed, but never worded as if her old job should decide whether she's believed.
    expect(credibility.text).not.toMatch(/education|deputy head/);
  });

  it('keys on nothing about a person who was never shown at all', () => {
    const prompts = selectPrompts(log([spokeFor]), header, library, { rotation: 0 });
    expect(prompts.flatMap((p) => p.keyedBy).filter((k) => k.startsWith('facet:'))).toEqual([]);
  });
});

describe('step 3: the author’s own questions', () => {
  it('offers reflect: prompts first, at most two, marked as the story’s', () => {
    const own = decision(0, {
      acts: [['SPEAK_FOR', 'esther']],
      scores: [-1, -1, 0],
      reflect: ['What did Esther’s face tell you?', 'Who else could Dawn have asked?', 'A third question'],
    });
    const prompts = selectPrompts(log([own]), header, library, { rotation: 0 });
    expect(prompts.slice(0, 2).map((p) => [p.text, p.family, p.keyedBy])).toEqual([
      ['What did Esther’s face tell you?', 'story', ['reflect']],
      ['Who else could Dawn have asked?', 'story', ['reflect']],
    ]);
    expect(prompts.map((p) => p.text)).not.toContain('A third question');
  });
});

describe('step 3: which of the author’s questions, when every option has one', () => {
  // Session 12's readers: every option of a story's first two decisions carried a reflect:, so the questions on every
  // later decision never reached a learner, however much happened there.
  const asked = (index: number, scores: [number, number, number], text: string) =>
    decision(index, { acts: [['SPEAK_FOR', 'esther']], scores, reflect: [text] });

  it('takes the questions on the most harmful and the strongest decisions, shown in story order', () => {
    const path = [
      asked(0, [1, 1, 0], 'On the first decision'),
      asked(1, [0, 0, 0], 'On the second decision'),
      asked(2, [-2, -1, 0], 'On the harm'),
      asked(3, [2, 2, 1], 'On the strongest choice'),
      asked(4, [-1, 0, 0], 'On a smaller harm'),
    ];
    const story = selectPrompts(log(path), header, library, { rotation: 0 }).filter((p) => p.family === 'story');
    expect(story.map((p) => [p.decision, p.text])).toEqual([
      [2, 'On the harm'],
      [4, 'On a smaller harm'],
    ]);
  });

  it('on a path with no harm, takes the strongest choices, and between equals the later one', () => {
    const path = [asked(0, [2, 2, 1], 'First'), asked(1, [1, 0, 0], 'Second'), asked(2, [2, 2, 1], 'Third')];
    const story = selectPrompts(log(path), header, library, { rotation: 0 }).filter((p) => p.family === 'story');
    expect(story.map((p) => p.text)).toEqual(['First', 'Third']);
    const later = [asked(0, [2, 2, 1], 'First'), asked(1, [2, 2, 1], 'Second'), asked(2, [2, 2, 1], 'Third')];
    const picked = selectPrompts(log(later), header, library, { rotation: 0 }).filter((p) => p.family === 'story');
    expect(picked.map((p) => p.text)).toEqual(['Second', 'Third']);
  });
  it('counts courage as well as voice and power: a costly stand outranks a quieter strong one', () => {
    // Standing Alongside, the forum (session 12): 1/1/2 lost to 2/2/0 choices because only voice or power of 2 counted.
    const path = [asked(0, [2, 2, 0], 'Strong voice'), asked(1, [1, 1, 2], 'The stand'), asked(2, [2, 1, 0], 'Other')];
    const story = selectPrompts(log(path), header, library, { rotation: 0 }).filter((p) => p.family === 'story');
    expect(story.map((p) => p.text)).toEqual(['Strong voice', 'The stand']);
  });
});

describe('the library’s questions spread over what the learner did', () => {
  it('asks about a second harmful decision before asking a second question about the first', () => {
    const path = [
      decision(0, { acts: [['SPEAK_FOR', 'esther']], scores: [-1, -1, 0], present: ['esther'] }),
      decision(1, { acts: [['DOING_FOR', 'amina']], scores: [0, -1, 0] }),
    ];
    // Three questions: by score alone all three would be about decision 0 (two facets of Esther's, and speak_for).
    const prompts = selectPrompts(log(path, { shown: EVERYTHING_SHOWN }), header, library, { rotation: 0, max: 3 });
    const keyed = prompts.filter((p) => p.kind === 'keyed');
    expect(keyed.map((p) => p.decision).sort((a, b) => a! - b!)).toEqual([0, 0, 1]);
    expect(keyed.find((p) => p.decision === 1)!.family).toBe('doing_for');
  });

  it('asks first about another decision where the author’s own question already covers the worst act', () => {
    const path = [
      decision(0, { acts: [['OVERRIDE', 'esther']], scores: [-2, -2, 0], reflect: ['Who decided, and how?'] }),
      decision(1, { acts: [['SPEAK_FOR', 'amina']], scores: [-1, -1, 0] }),
    ];
    const prompts = selectPrompts(log(path, { shown: EVERYTHING_SHOWN }), header, library, {
      rotation: 0,
      min: 2,
      max: 2,
    });
    expect(prompts.map((p) => [p.family, p.decision])).toEqual([
      ['story', 0],
      ['speak_for', 1],
      ['closing', null],
    ]);
  });
});

describe('a contested choice is not held up as one to repeat', () => {
  // Next of Kin, Sunday (session 12): putting Claire's question to Alan is contested, and Desmond had asked the
  // learner not to; "what could you do again tomorrow?" read it as model practice.
  const invited = (contested: boolean) =>
    decision(0, { acts: [['INVITE', 'esther']], scores: [2, 2, 1], contested, present: ['esther'] });
  const amplify = (contested: boolean, rotation: number) =>
    selectPrompts(log([invited(contested)]), header, library, { rotation }).find((p) => p.family === 'amplify');

  it('asks what of it could be done again tomorrow after a settled good choice', () => {
    expect(amplify(false, 0)!.text).toMatch(/do again tomorrow/);
  });

  // Session 16 (S2: 114 of 200 walks made room for Alan or Abena in a way practitioners argue about, and heard no
  // question on it): the contested choice is still asked about, in words that weigh it rather than repeat it.
  // The educator read (session 16): "what did you weigh it against?" assumed a weighing at the time; the first
  // wording asks what making room might have cost, the second what the learner would weigh next time.
  it('asks after a contested one what it opened up and what it cost or would be weighed, never as one to repeat', () => {
    for (const rotation of [0, 1]) {
      const question = amplify(true, rotation);
      expect(question, `rotation ${rotation}`).toBeDefined();
      expect(question!.text).toMatch(/cost|weigh/);
      expect(question!.text).not.toMatch(/tomorrow/);
    }
  });
});

describe('a question on what went well is never about a choice that harmed anyone', () => {
  // Session 16 (S4 walk 2, S5 walk 14: Hawa's and Tendai's wishes carried on choices that also stood by them): asked
  // beside the harm, "what did you leave open for her to decide?" reads as praise for it. The educator read: the same
  // holds for a harm to someone else on the choice (S4 walk 2, crediting Lorna while speaking over Samir).
  const decided = (overridden: string) =>
    decision(0, {
      acts: [
        ['DECIDE_WITH', 'esther'],
        ['OVERRIDE', overridden],
      ],
      scores: [-2, -2, 0],
      present: ['esther', 'dawn'],
    });
  const asked = (overridden: string) =>
    families(selectPrompts(log([decided(overridden)]), header, library, { rotation: 0, max: 20 }));

  it('does not ask about deciding with Esther on the choice that overrode her', () => {
    expect(asked('esther')).toContain('override');
    expect(asked('esther')).not.toContain('decide_with');
  });

  it('nor about deciding with Esther on a choice that overrode Dawn', () => {
    expect(asked('dawn')).toContain('override');
    expect(asked('dawn')).not.toContain('decide_with');
  });
});

describe('session 12’s second read: questions that fit the choice and the scene', () => {
  it('does not ask "what could you do again tomorrow?" where the same choice also stood by', () => {
    // Next of Kin, the meeting: putting the pen down left Desmond a gap (HOLD_SPACE) and stood by (BYSTAND).
    const both = decision(0, {
      acts: [
        ['HOLD_SPACE', 'esther'],
        ['BYSTAND', 'dawn'],
      ],
      scores: [2, 1, -1],
      present: ['esther', 'dawn'],
    });
    expect(families(selectPrompts(log([both]), header, library, { rotation: 0 }))).not.toContain('amplify');
  });

  it('asks what about the setting made communicating harder only where the scene set an access need', () => {
    const invite = (harm: 'off' | 'exclusion') =>
      decision(0, { acts: [['INVITE', 'esther']], scores: [2, 2, 1], present: ['esther'], harm });
    const asked = (harm: 'off' | 'exclusion') =>
      families(selectPrompts(log([invite(harm)], { shown: EVERYTHING_SHOWN }), header, library, { rotation: 0 }));
    // The Script, the award form: Tom asked one to one on his break; nothing about the setting was in the way.
    expect(asked('off')).not.toContain('communication_setting');
    expect(asked('exclusion')).toContain('communication_setting');
  });

  it('asks at most two questions about one decision while another decision has one to ask', () => {
    // Session 15 read 5: the third decision's harm is one the speak_for question (asked about Esther's) can't ask
    // again, and a question on who someone is may not stand alone for it, so it is a burden here.
    const path = [
      decision(0, { acts: [['SPEAK_FOR', 'esther']], scores: [-1, -1, 0], present: ['esther'], harm: 'exclusion' }),
      decision(1, { acts: [['DOING_FOR', 'amina']], scores: [0, -1, 0] }),
      decision(2, { acts: [['BURDEN', 'dawn']], scores: [0, -1, 0] }),
    ];
    const prompts = selectPrompts(log(path, { shown: EVERYTHING_SHOWN }), header, library, { rotation: 0 });
    const on = (index: number) => prompts.filter((p) => p.decision === index).length;
    expect(on(0)).toBeLessThanOrEqual(2);
    expect(on(1)).toBeGreaterThanOrEqual(1);
    expect(on(2)).toBeGreaterThanOrEqual(1);
  });

  it('between equal harms, puts the author’s question on the one where the learner stood by most', () => {
    // Say, See, Expect, the worst path: keeping Gareth's swap (-1/-1/-2) tied on total with later decisions.
    const asked = (index: number, scores: [number, number, number], text: string) =>
      decision(index, { acts: [['BYSTAND', 'esther']], scores, reflect: [text] });
    const path = [
      asked(0, [-1, -1, -2], 'The swap'),
      asked(1, [-2, -1, -1], 'Later'),
      asked(2, [-1, -2, -1], 'Latest'),
    ];
    const story = selectPrompts(log(path), header, library, { rotation: 0 }).filter((p) => p.family === 'story');
    expect(story.map((p) => p.text)).toEqual(['The swap', 'Latest']);
  });
});

describe('“grew up when being open could cost a job”: only for someone old enough to have', () => {
  const person = (age: string) => ({
    cast: [
      {
        id: 'tom',
        name: 'Tom Fletcher',
        pronouns: 'he/him',
        facets: [
          { key: 'age' as const, value: age, marks: [] },
          { key: 'sexual_orientation' as const, value: 'gay', marks: ['selective' as const, 'invisible' as const] },
        ],
      },
    ],
  });
  const outed = decision(0, { acts: [['OVERRIDE', 'tom']], scores: [-2, -2, 0] });
  const shown = { tom: ['age', 'sexual_orientation'] };
  const whoKnows = (age: string) =>
    selectPrompts(log([outed], { shown }), person(age), library, { rotation: 0 }).filter(
      (p) => p.family === 'who_knows',
    );

  it('is not asked about a man of 26 (The Script: Tom)', () => {
    expect(whoKnows('26')).toEqual([]);
  });

  it('is asked about a man of 72 (Next of Kin: Desmond)', () => {
    expect(whoKnows('72').map((p) => p.text)).toEqual([
      'Tom grew up when being open about who you love could cost a job or a family. What does that history ask of anyone who knows?',
    ]);
  });
});

describe('step 4: the pattern’s question is always there', () => {
  it('a Bystander path gets “what stopped you” even when other questions score higher', () => {
    const lots = [
      decision(0, { acts: [['SPEAK_FOR', 'esther']], scores: [-1, -1, 0] }),
      decision(1, { acts: [['TAKE_CREDIT', 'amina']], scores: [-2, -1, 0] }),
      decision(2, { acts: [['OVERRIDE', 'dawn']], scores: [-2, -2, 0] }),
      decision(3, { acts: [['SPEAK_OVER', 'amina']], scores: [-2, -1, 0] }),
      decision(4, { acts: [['BURDEN', 'amina']], scores: [0, -1, 0] }),
      decision(5, { acts: [['COLLUDE', null]], scores: [-1, -1, -2], harm: 'on' }),
      decision(6, { acts: [['COLLUDE', null]], scores: [-1, -1, -2], harm: 'on' }),
    ];
    const prompts = selectPrompts(log(lots, { pattern: 'Bystander', shown: EVERYTHING_SHOWN }), header, library, {
      rotation: 0,
    });
    // No decision was BYSTAND, so the bystand question is built on the latest stand-by (a COLLUDE).
    expect(prompts.find((p) => p.family === 'bystand')).toMatchObject({ decision: 6, keyedBy: ['pattern'] });
  });

  it('a Rescuer path gets a doing_for or speak_for question, built on the latest decision that shows one', () => {
    const rescues = [
      decision(0, { acts: [['OVERRIDE', 'dawn']], scores: [-2, -2, 0] }),
      decision(1, { acts: [['DOING_FOR', 'amina']], scores: [0, 0, 0] }),
    ];
    const prompts = selectPrompts(log(rescues, { pattern: 'Rescuer' }), header, library, { rotation: 0 });
    expect(prompts.find((p) => p.family === 'doing_for')).toMatchObject({ decision: 1, keyedBy: ['pattern'] });
  });

  it('a Rescuer path whose only rescue was an override is asked about the override, not "acted for … unasked"', () => {
    // Standing Alongside, walk 1 (session 12): "you acted for Joy without being asked" where the learner overrode her.
    const overrides = [
      decision(0, { acts: [['OVERRIDE', 'dawn']], scores: [0, 0, 0] }),
      decision(1, { acts: [['AMPLIFY', 'amina']], scores: [2, 1, 1] }),
    ];
    const prompts = selectPrompts(log(overrides, { pattern: 'Rescuer' }), header, library, { rotation: 0 });
    expect(prompts.find((p) => p.family === 'override')).toMatchObject({ decision: 0, keyedBy: ['pattern'] });
    expect(families(prompts)).not.toContain('doing_for');
  });
});

describe('step 5: 3–5 questions, one per family, the next wording on a replay', () => {
  const many = log(
    [
      decision(0, { acts: [['SPEAK_FOR', 'esther']], scores: [-1, -1, 0], moment: 'At the desk' }),
      decision(1, { acts: [['SPEAK_FOR', 'dawn']], scores: [-1, -1, 0], moment: 'Later' }),
      decision(2, { acts: [['AMPLIFY', 'amina']], scores: [2, 1, 2], rank: 'below', moment: 'In the meeting' }),
      decision(3, { acts: [['BYSTAND', 'dawn']], scores: [0, 0, -2], rank: 'above', moment: 'At the desk' }),
      decision(4, { acts: [['DOING_FOR', 'esther']], scores: [0, -1, 0], rank: 'above', moment: 'Booking' }),
    ],
    { pattern: 'Finding the way', shown: EVERYTHING_SHOWN },
  );

  it('shows at most five, no two from one family (but its own family asks again about a second harm as heavy as speaking for someone, in another wording: session 15 read 6), at most one about the learner’s position, then closes', () => {
    const prompts = selectPrompts(many, header, library, { rotation: 0 });
    const keyed = prompts.filter((p) => p.kind === 'keyed');
    expect(keyed.length).toBeGreaterThanOrEqual(3);
    expect(keyed.length).toBeLessThanOrEqual(5);
    const twice = keyed.filter((p) => p.family === 'speak_for');
    expect(twice.map((p) => [p.decision, p.who])).toEqual([
      [0, 'esther'],
      [1, 'dawn'],
    ]);
    expect(twice[0]!.id).not.toBe(twice[1]!.id);
    expect(new Set(families(keyed)).size).toBe(keyed.length - 1);
    expect(prompts.filter((p) => p.about === 'learner').length).toBeLessThanOrEqual(1);
    expect(prompts.at(-1)!.kind).toBe('closing');
  });

  it('takes the next wording of each family on the next play, and comes back round', () => {
    const first = selectPrompts(many, header, library, { rotation: 0 });
    const second = selectPrompts(many, header, library, { rotation: 1 });
    expect(families(second)).toEqual(families(first));
    first.slice(0, -1).forEach((prompt, i) => expect(second[i]!.text).not.toBe(prompt.text));
    expect(selectPrompts(many, header, library, { rotation: 2 })).toEqual(first);
  });

  it('is the same for the same playthrough and rotation', () => {
    expect(selectPrompts(many, header, library, { rotation: 3 })).toEqual(
      selectPrompts(many, header, library, { rotation: 3 }),
    );
  });

  it('answers the path’s most harmful act even when five other questions score as high', () => {
    const crowded = log(
      [
        decision(0, { acts: [['SPEAK_FOR', 'esther']], scores: [-1, -1, 0] }),
        decision(1, { acts: [['DOING_FOR', 'esther']], scores: [0, -1, 0] }),
        decision(2, { acts: [['TAKE_CREDIT', 'amina']], scores: [-2, -1, 0] }),
        decision(3, { acts: [['SPEAK_OVER', 'amina']], scores: [-2, -1, 0] }),
        decision(4, { acts: [['BURDEN', 'amina']], scores: [0, -1, 0] }),
        decision(5, { acts: [['OVERRIDE', 'dawn']], scores: [-2, -2, 0] }),
      ],
      { pattern: 'Rescuer', shown: EVERYTHING_SHOWN },
    );
    const prompts = selectPrompts(crowded, header, library, { rotation: 0 });
    expect(prompts.find((p) => p.keyedBy.includes('act:OVERRIDE'))).toMatchObject({ who: 'dawn', decision: 5 });
  });
});

describe('how a question speaks of a person', () => {
  it('names the person once and uses their own pronouns', () => {
    const prompts = selectPrompts(log([spokeFor]), header, library, { rotation: 0 });
    const text = prompts.find((p) => p.family === 'speak_for')!.text;
    // By the short name: the curtain call's reading gives the full one where it first names her (curtainCallAsRead).
    expect(text.split('Esther').length).toBe(2);
    // She was there, and what was said was hers (`relay esther`, source expressed), not a guess at her wishes.
    expect(text).toContain('Esther was there when you said it for her.');
  });

  it('words the question with no pronoun when the story gives none (Dawn)', () => {
    const dawn = decision(0, { acts: [['SPEAK_FOR', 'dawn']], scores: [-1, -1, 0], moment: 'At the desk' });
    const prompts = selectPrompts(log([dawn]), header, library, { rotation: 0 });
    const text = prompts.find((p) => p.family === 'speak_for')!.text;
    expect(text.split('Dawn').length).toBe(2);
    expect(text).not.toMatch(/\b(she|her|he|him|his|they|them|their)\b/i);
  });

  it('reads pronoun forms as written', () => {
    expect(pronounWords('she/her')).toEqual({ them: 'her', their: 'her' });
    expect(pronounWords('he/him')).toEqual({ them: 'him', their: 'his' });
    expect(pronounWords('they/them')).toEqual({ them: 'them', their: 'their' });
    expect(pronounWords('ze/zir/zir')).toEqual({ them: 'zir', their: 'zir' });
    expect(pronounWords(undefined)).toBeNull();
  });
});

describe('a plain story or a quiet path', () => {
  it('gets general questions, then the closing one', () => {
    const prompts = selectPrompts(log([decision(0)], { scored: false }), header, library, { rotation: 1 });
    expect(prompts.map((p) => p.kind)).toEqual(['general', 'general', 'general', 'closing']);
    expect(prompts.at(-1)!.id).toBe('intersectionality-better-ally');
  });
});

describe('among questions that score the same', () => {
  it('prefers one about a person no question is about yet', () => {
    // Amina's is the worst harm; then speaking for Esther; then Esther's BURDEN and Dawn's DOING_FOR both score +4:
    // Dawn's comes first, though BURDEN ranks as the more harmful act.
    const harms = log([
      decision(0, { acts: [['SPEAK_FOR', 'esther']], scores: [-1, -1, 0] }),
      decision(1, { acts: [['BURDEN', 'esther']], scores: [0, -1, 0] }),
      decision(2, { acts: [['DOING_FOR', 'dawn']], scores: [0, -1, 0] }),
      decision(3, { acts: [['TAKE_CREDIT', 'amina']], scores: [-2, -1, 0] }),
    ]);
    const prompts = selectPrompts(harms, header, library, { rotation: 0, max: 3 });
    expect(new Set(prompts.filter((p) => p.kind === 'keyed').map((p) => p.who))).toEqual(
      new Set(['amina', 'esther', 'dawn']),
    );
  });
});

describe('a moment inside a question’s quotation marks', () => {
  it('is not quoted twice when the label is itself a quotation', () => {
    expect(quotableMoment('"Or she can book online"')).toBe('Or she can book online');
    expect(quotableMoment('“Let it wash over you”')).toBe('Let it wash over you');
  });

  it('nests a quotation inside a label in single marks, as British English does', () => {
    expect(quotableMoment('The desk: "we rang her"')).toBe('The desk: ‘we rang her’');
  });

  it('leaves a plain label alone', () => {
    expect(quotableMoment('Matron’s fix')).toBe('Matron’s fix');
  });

  it('reaches the prompt a learner reads', () => {
    const quoted = decision(0, {
      acts: [['SPEAK_FOR', 'esther']],
      moves: [{ move: 'relay', target: 'esther' }],
      scores: [-1, -1, 0],
      moment: '"You had no right"',
      present: ['esther'],
    });
    const prompts = selectPrompts(log([quoted], { shown: EVERYTHING_SHOWN }), header, library, { rotation: 0 });
    const aboutIt = prompts.find((p) => p.family === 'speak_for')!;
    expect(aboutIt.text).toContain('“You had no right”');
    expect(aboutIt.text).not.toContain('"');
  });
});

// Session 13 (author read): a story whose learner is junior at one moment and a peer at another changed rank, but
// never held more power than the people around them; "sometimes more power, sometimes less" was false there.
describe('rank changed: the question claims only that it changed', () => {
  it('a learner below, then among peers, is not told they sometimes held more power', () => {
    const below = decision(0, {
      acts: [['BYSTAND', 'amina']],
      scores: [-1, 0, -1],
      rank: 'below',
      moment: 'On the ward',
    });
    const peer = decision(1, { acts: [['AMPLIFY', 'amina']], scores: [2, 1, 1], rank: 'peer', moment: 'At handover' });
    for (const rotation of [0, 1, 2, 3]) {
      const asked = selectPrompts(log([below, peer]), header, library, { rotation, max: 20 }).filter(
        (p) => p.family === 'rank_changed',
      );
      expect(asked).toHaveLength(1);
      expect(asked[0]!.text).not.toMatch(/more power/);
    }
  });
});

// Session 13 (educator read, S3 walk 70): the talked-past family asks about "assumptions about age and disability";
// it fired for any age, and asked it of Daniel, a 30-year-old mechanic whose age the story never made a matter.
describe('talked past: asked of an older disabled person, not of anyone with an age', () => {
  const DANIEL: CastMember = {
    id: 'daniel',
    name: 'Daniel Okafor',
    pronouns: 'he/him',
    facets: [
      { key: 'age', value: '30', marks: [] },
      { key: 'ability', value: 'uses a wheelchair', marks: [] },
    ],
  };
  const withDaniel = { cast: [...CAST, DANIEL] };
  const shown = { ...EVERYTHING_SHOWN, daniel: ['age', 'ability'] };
  const at = (who: string) =>
    decision(0, { acts: [['BYSTAND', who]], scores: [-1, 0, -1], present: [who], moment: 'At the bedside' });

  it('a 30-year-old wheelchair user is not asked about as age and disability; Esther, 78 and deaf, is', () => {
    for (const rotation of [0, 1]) {
      const forDaniel = selectPrompts(log([at('daniel')], { shown }), withDaniel, library, { rotation, max: 20 });
      expect(forDaniel.filter((p) => p.family === 'addressed_instead' && p.who === 'daniel')).toEqual([]);
      const forEsther = selectPrompts(log([at('esther')], { shown }), withDaniel, library, { rotation, max: 20 });
      expect(forEsther.some((p) => p.family === 'addressed_instead' && p.who === 'esther')).toBe(true);
    }
  });
});
