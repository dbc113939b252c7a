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

  test('floor-giving and talking-past acts come from the voice model’s table', () => {
    expect(['INVITE', 'HOLD_SPACE', 'AMPLIFY', 'DECIDE_WITH'].every((a) => handsTheFloor(a as never))).toBe(true);
    expect(['SPEAK_FOR', 'SPEAK_OVER', 'OVERRIDE'].every((a) => talksPast(a as never))).toBe(true);
    expect(handsTheFloor('BYSTAND')).toBe(false);
    expect(talksPast('BYSTAND')).toBe(false);
  });
});
