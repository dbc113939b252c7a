// The ten worked examples of voice-model.md, each as a tiny ink story played through the real runner: the tags
// set the context as the story runs, the choice's move tags are resolved against it, and ink hears last_act.
import { describe, it, expect } from 'vitest';
import { compileSource } from '../../support/compileSource';
import { Playthrough } from '../../../src/engine/playthrough';
import { passagesIn } from '../../../src/engine/heardPassage';

const HEADER = `VAR last_act = ""
# title: Worked example
# summary: One decision from the voice model's worked examples.
# minutes: 1
# role: Staff nurse
# outcome: The engine scores what a choice does in context.
`;

function playStory(body: string, picks: number[]) {
  const json = compileSource(HEADER + body);
  const play = new Playthrough(json, { storyId: 'x' });
  play.start();
  for (const pick of picks) play.choose(pick);
  const text = passagesIn(play.sofar.events)
    .flatMap((p) => p.lines.map((l) => l.text))
    .join('\n');
  return { play, decisions: play.log.decisions, text };
}

const vpc = (d: { voice: number; power: number; courage: number }) => [d.voice, d.power, d.courage];

const MEETING = `
-> meeting
=== meeting ===
Team meeting. The consultant chairs. #scene: meeting #rank: below
We could do falls checks on nights. #speaker: amina #to: consultant
Nobody picks it up. Twenty minutes later the consultant "has an idea" about night falls checks. #speaker: consultant
* [That's Amina's suggestion from earlier. Amina, how would it work on nights? #move: credit_repeat amina credited=yes #move: invite amina]
* [Great idea. I was actually thinking the same about night checks. #move: credit_repeat amina credited=no]
- Last act: {last_act}.
-> END
`;

const REVIEW = (okaforThere: boolean) => `
-> review
=== review ===
Care review. #scene: review #access: okafor able_with_support
${okaforThere ? 'Mr Okafor has his communication board on his lap. #enter: okafor' : 'Mr Okafor is still on the ward. He asked you to say it for him. #mandate: okafor asked'}
What does he want? #speaker: social_worker #to: you
* [He wants to go home. #move: relay okafor]
- -> END
`;

const PHONE = (asked: boolean) => `
-> visit
=== visit ===
Mrs X's clinic letter says her appointment was cancelled by phone. She cannot use the phone. #scene: visit #enter: mrs_x
${asked ? 'Please ring them for me. #speaker: mrs_x #mandate: mrs_x asked' : 'She puts the letter down on the table.'}
* [I'll ring for you. #move: act_on_behalf mrs_x]
- -> END
`;

const RECEPTION = `
-> reception
=== reception ===
Reception. Mrs X sits beside you. #scene: reception #enter: mrs_x
Is she on her own today? Does she need us to ring anyone? #speaker: dawn #to: you #harm: exclusion
* [Turn to Mrs X and wait for her to answer. #move: silent mrs_x leaves_pause]
* [Shall we sit here together until a doctor is free? #move: decide_with mrs_x]
- -> END
`;

describe('worked examples, played through the real runner', () => {
  it('1: credit and invite Amina from below is AMPLIFY+INVITE, +2/+2/+2', () => {
    const { decisions, text } = playStory(MEETING, [0]);
    expect(decisions[0]!.acts.map((a) => a.act)).toEqual(['AMPLIFY', 'INVITE']);
    expect(vpc(decisions[0]!)).toEqual([2, 2, 2]);
    expect(text).toContain('Last act: AMPLIFY.');
  });

  it('2: repeating her idea without credit is TAKE_CREDIT, −2/−1/0, and ink hears it', () => {
    const { decisions, text } = playStory(MEETING, [1]);
    expect(vpc(decisions[0]!)).toEqual([-2, -1, 0]);
    expect(text).toContain('Last act: TAKE_CREDIT.');
  });

  it('3: relaying for Mr Okafor while he sits there with his board is SPEAK_FOR, −1/−1/0', () => {
    const { decisions } = playStory(REVIEW(true), [0]);
    expect(decisions[0]!.acts).toEqual([{ act: 'SPEAK_FOR', target: 'okafor' }]);
    expect(vpc(decisions[0]!)).toEqual([-1, -1, 0]);
  });

  it('4: relaying his words when he is absent and asked you to is ADVOCATE, +1/+1/+1', () => {
    const { decisions } = playStory(REVIEW(false), [0]);
    expect(decisions[0]!.acts).toEqual([{ act: 'ADVOCATE', target: 'okafor' }]);
    expect(vpc(decisions[0]!)).toEqual([1, 1, 1]);
  });

  it('5: ringing for Mrs X unasked is DOING_FOR, 0/−1/0', () => {
    const { decisions } = playStory(PHONE(false), [0]);
    expect(decisions[0]!.lastAct).toBe('DOING_FOR');
    expect(vpc(decisions[0]!)).toEqual([0, -1, 0]);
  });

  it('6: ringing after she asked is ADVOCATE, +1/+1/+1', () => {
    const { decisions } = playStory(PHONE(true), [0]);
    expect(decisions[0]!.lastAct).toBe('ADVOCATE');
    expect(vpc(decisions[0]!)).toEqual([1, 1, 1]);
  });

  it('7: challenging the mimicry after Kasia leaves is CHALLENGE, 0/0/+1', () => {
    const { decisions } = playStory(
      `
-> staffroom
=== staffroom ===
Staff room. #scene: staffroom #enter: kasia
Right, back on the ward. #speaker: kasia
She goes. #exit: kasia
A colleague mimics her accent. Two people laugh. #speaker: colleague #harm: on
* ["Not funny. I'm not OK with that." #move: challenge]
- -> END
`,
      [0],
    );
    expect(decisions[0]!.context.people.kasia!.present).toBe(false);
    expect(vpc(decisions[0]!)).toEqual([0, 0, 1]);
  });

  it("8: respecting Jo's wish (given in an earlier scene) and checking in is RESPECT_WISH+INDIRECT, +1/+2/+1", () => {
    const { decisions } = playStory(
      `
-> handover
=== handover ===
Jo catches you before the shift. #scene: handover #enter: jo
If residents get my name wrong, please don't step in. I'll handle it. #speaker: jo #wants: jo no
* [OK.]
- -> lounge
=== lounge ===
The lounge. Jo is helping Mr Bell with his tea. #scene: lounge #enter: jo
Thank you, young man. #speaker: mr_bell #to: jo #harm: on
* [Stay quiet, and check in with Jo afterwards. #move: silent jo #move: indirect jo kind=delay]
- -> END
`,
      [0, 0],
    );
    expect(decisions).toHaveLength(1); // the "OK." carries no move: pacing, not a decision
    expect(decisions[0]!.acts.map((a) => a.act)).toEqual(['RESPECT_WISH', 'INDIRECT']);
    expect(vpc(decisions[0]!)).toEqual([1, 2, 1]);
  });

  it('9: turning to Mrs X and waiting is HOLD_SPACE, +2/+2/0', () => {
    const { decisions } = playStory(RECEPTION, [0]);
    expect(decisions[0]!.acts).toEqual([{ act: 'HOLD_SPACE', target: 'mrs_x' }]);
    expect(vpc(decisions[0]!)).toEqual([2, 2, 0]);
  });

  it('10: deciding together to wait is DECIDE_WITH, +1/+2/+1', () => {
    const { decisions } = playStory(RECEPTION, [1]);
    expect(vpc(decisions[0]!)).toEqual([1, 2, 1]);
  });
});

describe('the same words, before and after the person leaves', () => {
  const STORY = `
-> review
=== review ===
Care review. Mr Okafor is here with his communication board. #scene: review #enter: okafor
What does he want? #speaker: social_worker #to: you
* [He wants to go home. #move: relay okafor]
- {last_act == "SPEAK_FOR": Mr Okafor puts his board down and looks at the window.}
He is taken back to the ward. #exit: okafor
The social worker asks again, for the notes. #speaker: social_worker #to: you
* [He wants to go home. #move: relay okafor]
- {last_act == "ADVOCATE": The social worker writes it down in his words.}
-> END
`;

  it('is SPEAK_FOR while he is there to say it, ADVOCATE once he has gone, and the story reacts to each', () => {
    const { decisions, text } = playStory(STORY, [0, 0]);
    expect(decisions.map((d) => d.choice.text)).toEqual(['He wants to go home.', 'He wants to go home.']);
    expect(decisions.map((d) => d.lastAct)).toEqual(['SPEAK_FOR', 'ADVOCATE']);
    expect(vpc(decisions[0]!)).toEqual([-1, -1, 0]);
    expect(vpc(decisions[1]!)).toEqual([1, 1, 1]);
    expect(text).toContain('puts his board down');
    expect(text).toContain('in his words');
  });
});

describe('later choices in a story', () => {
  it('a later repair softens the earlier interruption (R13), keeping the base scores', () => {
    const { decisions } = playStory(
      `
-> desk
=== desk ===
Reception. #scene: desk #enter: esther
I came about my letter — #speaker: esther
* [Cut in: "She's here about the letter." #move: interrupt esther]
- Esther stops. #speaker: esther
* [Later: "I talked over you. I'm sorry. What would help?" #move: repair esther]
- -> END
`,
      [0, 0],
    );
    expect(decisions[0]!.base).toEqual({ voice: -2, power: -1, courage: 0 });
    expect(vpc(decisions[0]!)).toEqual([-1, 0, 0]);
  });
});
