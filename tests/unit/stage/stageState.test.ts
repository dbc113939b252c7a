// The stage's state (issue 18, "voice made visible"): who speaks to whom, who is talked past and who the learner
// brings back, from a real playthrough's events, so the drawing and the browser tests can trust it.
import { describe, expect, test } from 'vitest';
import { Playthrough } from '../../../src/engine/playthrough';
import { lastPassage } from '../../../src/engine/heardPassage';
import { followStory, foldStage } from '../../../src/stage/followStory';
import { handsTheFloor, stageSnapshot, talksPast, type StageState } from '../../../src/stage/stageState';
import { compileSource } from '../../support/compileSource';

const DESK = `# title: At the desk
# cast: esther = Esther Mensah; age: 78
# cast: dawn = Dawn; employment: GP receptionist
# cast: lee = Mrs Lee
-> desk
=== desk ===
# scene: desk
# enter: esther
# enter: dawn
# prop: esther notepad
# access: esther able_with_support
"Mensah? That one was cancelled. We rang her." # speaker: dawn # to: you
# harm: exclusion
* [Tell Dawn she can't use the phone #move: relay esther]
  "She can't use the phone." # speaker: you # to: dawn
  "Oh. Sorry." # speaker: dawn # to: you
  -> queue
* [Ask Esther what she would like to say #move: invite esther]
  "Esther, what would you like to say to Dawn?" # speaker: you # to: esther
  "I am deaf. I wrote to you three times." # speaker: esther # to: dawn
  -> queue
=== queue ===
# scene: queue
# enter: lee
# enter: dawn
# wants: lee unknown
"I'd like to register, please." # speaker: lee # to: dawn
"I'll need proof of address." # speaker: dawn # to: lee
"You work in care. You'll know." # speaker: dawn # to: you
# harm: exclusion
+ [Done] -> END
`;

// Session 18, S2's planning meeting in small: the learner hands Desmond the floor at the end of their own words to
// Helen, Helen answers the learner instead, then Luke (his first words in the scene) answers Helen.
const MEETING = `# title: The meeting
# cast: helen = Helen; employment: care home manager
# cast: luke = Luke; employment: deputy manager
# cast: desmond = Desmond; age: 74
-> meeting
=== meeting ===
# scene: meeting
# enter: helen
# enter: luke
# enter: desmond
"We'll come to you, Desmond." # speaker: helen # to: desmond
# harm: exclusion
* [Ask Helen about attorney, and say Desmond hadn't finished #move: invite desmond]
  "Does anyone hold a power of attorney? Desmond, you were saying?" # speaker: you # to: helen
  "Claire is family." # speaker: helen # to: you
  "She is, Helen. But there's no power of attorney." # speaker: luke # to: helen
  -> END
`;

/** `weighed`: Desmond asked the learner to speak for him before the meeting, so the scene weighs his matters. */
function meeting(weighed: boolean) {
  const source = weighed ? MEETING.replace('# enter: desmond', '# enter: desmond # mandate: desmond asked') : MEETING;
  const p = new Playthrough(compileSource(source), { storyId: 'meeting' });
  const seen: StageState[] = [];
  followStory(p.events, (s) => seen.push(s));
  p.start();
  p.choose(0);
  return seen.filter((s) => s.scene === 'meeting');
}

function play(choices: number[]) {
  const p = new Playthrough(compileSource(DESK), { storyId: 'desk' });
  const seen: StageState[] = [];
  const stage = followStory(p.events, (s) => seen.push(s));
  p.start();
  const atDesk = stage.state();
  for (const c of choices) p.choose(c);
  return { p, atDesk, now: stage.state(), seen };
}

describe('the stage state', () => {
  test('the speaker turns to whom they address (`to:`), the one addressed turns back, the others watch', () => {
    const { atDesk } = play([]);
    const s = stageSnapshot(atDesk);
    expect(s.onStage).toEqual(['esther', 'dawn']);
    expect(s.speaker).toBe('dawn');
    expect(s.addressee).toBe('you');
    expect(s.facing).toMatchObject({ dawn: 'you', you: 'dawn', esther: 'dawn' });
    expect(s.props).toEqual({ esther: ['notepad'] });
  });

  test('at the desk, Dawn talking to the worker leaves Esther out (harm: exclusion, marked after the line)', () => {
    expect(play([]).atDesk.leftOut).toEqual(['esther']);
  });

  test('inviting Esther brings her back into the light; speaking for her keeps her out', () => {
    const invited = play([1]).seen.find((s) => s.floor === 'esther');
    expect(invited?.leftOut).toEqual([]);
    expect(invited?.broughtBack).toEqual(['esther']);
    expect(invited?.facing).toMatchObject({ you: 'esther', dawn: 'esther' });

    const spokenFor = play([0])
      .seen.filter((s) => s.scene === 'desk')
      .at(-1);
    expect(spokenFor?.leftOut).toEqual(['esther']);
    expect(spokenFor?.broughtBack).toEqual([]);
  });

  test('turning from the person you were talking with leaves them out, not everyone on stage', () => {
    const { now } = play([1]);
    expect(now.scene).toBe('queue');
    expect(now.leftOut).toEqual(['lee']);
    // A new scene starts in even light; props stay with their people.
    expect(now.props).toEqual({ esther: ['notepad'] });
  });

  test('the curtain call brings the whole company on, in the light, facing out front', () => {
    const { now } = play([1, 0]);
    expect(stageSnapshot(now)).toMatchObject({
      curtainCall: true,
      onStage: ['esther', 'dawn', 'lee'],
      leftOut: [],
      speaker: null,
      facing: {},
    });
  });

  test('the story so far, folded without the engine, gives the same state (a stage that starts late)', () => {
    const p = new Playthrough(compileSource(DESK), { storyId: 'desk' });
    p.start();
    p.choose(1);
    const live = play([1]).now;
    expect(foldStage(p.sofar.events)).toEqual(live);
  });

  test('a reset (restart, going back) moves the stage to the replayed place without a new subscription', () => {
    const { p, now } = play([1]);
    const stage = followStory(p.events, () => {});
    p.reset({ ...p.save, path: [] });
    expect(stage.state()).toEqual(play([]).atDesk);
    p.reset({ ...p.save, path: [{ index: 1, text: lastPassage(p.sofar.events).choices[1]!.text }] });
    expect(stage.state()).toEqual(now);
  });

  test("someone who speaks when the learner has just handed another the floor talks past the one invited, even through the learner's own words in between", () => {
    // Nothing in the scene had weighed Desmond's matters: handing him the floor made his voice the matter.
    const seen = meeting(false);
    const helen = seen.find((s) => s.speaker === 'helen' && s.addressee === 'you');
    expect(helen?.leftOut).toEqual(['desmond']);
    expect(helen?.excluding).toEqual(['helen']);
  });

  test('first words in a scene, answering the one who has just spoken, turn from nobody', () => {
    // Desmond's matters weighed: Luke used to be turned from everyone on stage, Desmond too.
    const luke = meeting(true).find((s) => s.speaker === 'luke');
    expect(luke?.away['luke']).toEqual({ to: 'helen', from: [] });
    expect(luke?.passing).toEqual([]);
    expect(luke?.excluding).not.toContain('luke');
  });

  test('floor-giving and talking-past acts come from the voice model’s table', () => {
    expect(['INVITE', 'HOLD_SPACE', 'AMPLIFY', 'DECIDE_WITH'].every((a) => handsTheFloor(a as never))).toBe(true);
    expect(['SPEAK_FOR', 'SPEAK_OVER', 'OVERRIDE'].every((a) => talksPast(a as never))).toBe(true);
    expect(handsTheFloor('BYSTAND')).toBe(false);
    expect(talksPast('BYSTAND')).toBe(false);
  });
});
