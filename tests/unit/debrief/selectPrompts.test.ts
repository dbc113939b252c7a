import { describe, expect, it } from 'vitest';
import promptsData from '../../../src/content/prompts.json';
import { parsePromptLibrary } from '../../../src/engine/debrief/promptLibrary';
import { selectPrompts } from '../../../src/engine/debrief/selectPrompts';
import { CAST, decision, log } from './buildLog';

const library = parsePromptLibrary(promptsData);
const header = { cast: CAST };
const ids = (prompts: { id: string }[]) => prompts.map((prompt) => prompt.id);

describe('selectPrompts', () => {
  it('keys prompts on the facets of the person an act was about, best first, then closes', () => {
    // Voice-model example 3 in Esther's clothes: the learner spoke for her while she was there.
    const spokeFor = decision(0, {
      acts: [['SPEAK_FOR', 'esther']],
      moves: [{ move: 'relay', target: 'esther' }],
      scores: [-1, -1, 0],
      moment: 'At the desk',
      present: ['esther'],
    });
    const prompts = selectPrompts(log([spokeFor], { pattern: 'Rescuer' }), header, library, { rotation: 0 });
    // age + ability (9), ability with communication (7), invisible education (7), the act alone with the
    // Rescuer pattern (6), two marginalised facets (6); ties in library order; then the closing question.
    expect(ids(prompts)).toEqual([
      'talked-to-instead',
      'setting-and-communication',
      'believed-less',
      'what-did-you-know',
      'one-identity-missed',
      'what-allyship-changes',
    ]);
    expect(prompts[0]!.text).toContain('instead of to Esther Mensah?');
    expect(prompts[2]!.text).toContain("Esther Mensah's education");
    expect(prompts[3]!.text).toContain('Think back to “At the desk”.');
    expect(prompts.every((prompt) => !/[{}]/.test(prompt.text))).toBe(true);
    expect(prompts.at(-1)!.kind).toBe('closing');
  });

  // Amplifying Amina while below the consultant, then standing by for Dawn while holding the most power.
  const amplified = decision(0, {
    acts: [['AMPLIFY', 'amina']],
    scores: [2, 1, 2],
    rank: 'below',
    moment: 'In the meeting',
  });
  const stoodBy = decision(1, {
    acts: [['BYSTAND', 'dawn']],
    scores: [0, 0, -2],
    rank: 'above',
    moment: 'At the desk',
  });
  const mixed = log([amplified, stoodBy], { pattern: 'Bystander' });

  it('offers at most one prompt about the learner’s own position', () => {
    const prompts = selectPrompts(mixed, header, library, { rotation: 0, max: 10 });
    expect(ids(prompts)).toEqual([
      'whose-ideas-land',
      'faith-and-what-mattered',
      'replay-as-senior-man',
      'one-unfairness-above-another',
      'what-stopped-you',
      'do-it-again-tomorrow',
      'more-power-less-power',
      'what-allyship-changes',
    ]);
    // what-is-expected-here also fits (rank: above) but a second learner prompt is never offered.
    expect(prompts.filter((prompt) => prompt.about === 'learner')).toHaveLength(1);
  });

  it('rotates within a group and between the two closing questions', () => {
    const next = selectPrompts(mixed, header, library, { rotation: 1, max: 10 });
    expect(ids(next)).toContain('not-my-business');
    expect(ids(next)).not.toContain('what-stopped-you');
    // not-my-business is about the learner, so the rank-changed prompt now gives way to it.
    expect(ids(next)).not.toContain('more-power-less-power');
    expect(next.filter((prompt) => prompt.about === 'learner')).toHaveLength(1);
    expect(next.at(-1)!.id).toBe('intersectionality-better-ally');
    expect(selectPrompts(mixed, header, library, { rotation: 2 }).at(-1)!.id).toBe('what-allyship-changes');
  });

  it('shows no more than five keyed prompts by default', () => {
    const prompts = selectPrompts(mixed, header, library, { rotation: 0 });
    expect(prompts.filter((prompt) => prompt.kind === 'keyed')).toHaveLength(5);
    expect(prompts).toHaveLength(6);
  });

  it('never keys on words in a facet value, only on keys and marks', () => {
    const cast = [
      { id: 'sam', name: 'Sam', facets: [{ key: 'culture' as const, value: 'Muslim, devout religion', marks: [] }] },
    ];
    const noticed = decision(0, { acts: [['INVITE', 'sam']], scores: [2, 2, 0] });
    const prompts = selectPrompts(log([noticed]), { cast }, library, { rotation: 0 });
    expect(ids(prompts)).not.toContain('faith-and-what-mattered');
  });

  it('needs a public, contested challenge for the calling-in prompt', () => {
    const challenge = (contested: boolean) =>
      decision(0, {
        acts: [
          ['CHALLENGE', 'amina'],
          ['SPEAK_FOR', 'amina'],
        ],
        moves: [
          { move: 'challenge', target: 'amina', flags: ['public'] },
          { move: 'relay', target: 'amina' },
        ],
        scores: [-1, -1, 0],
        contested,
      });
    expect(ids(selectPrompts(log([challenge(true)]), header, library, { rotation: 0 }))).toContain(
      'who-the-challenge-was-for',
    );
    expect(ids(selectPrompts(log([challenge(false)]), header, library, { rotation: 0 }))).not.toContain(
      'who-the-challenge-was-for',
    );
  });

  it('leaves out decisions that scored neither low nor high', () => {
    const quiet = decision(0, { acts: [['CHALLENGE', null]], scores: [0, 0, 1] });
    const prompts = selectPrompts(log([quiet]), header, library, { rotation: 0 });
    expect(prompts.map((prompt) => prompt.kind)).toEqual(['general', 'general', 'general', 'closing']);
  });

  it('gives a plain story general questions and a closing question', () => {
    const plainStory = log([decision(0), decision(1)], { scored: false });
    const prompts = selectPrompts(plainStory, header, library, { rotation: 1 });
    expect(ids(prompts)).toEqual([
      'what-surprised-you',
      'whose-voice',
      'same-and-different',
      'intersectionality-better-ally',
    ]);
  });

  it('is deterministic', () => {
    const first = selectPrompts(mixed, header, library, { rotation: 3 });
    expect(selectPrompts(mixed, header, library, { rotation: 3 })).toEqual(first);
  });
});
