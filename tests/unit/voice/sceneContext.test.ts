import { describe, it, expect } from 'vitest';
import { SceneContext } from '../../../src/engine/sceneContext';
import { parseLineTag, type LineTag } from '../../../src/engine/contract/index.ts';

function tag(raw: string): LineTag {
  const parsed = parseLineTag(raw);
  if (parsed.kind !== 'ours') throw new Error(`bad tag in test: ${raw}`);
  return parsed.tag;
}
function play(scene: SceneContext, ...raws: string[]): SceneContext {
  for (const raw of raws) scene.apply(tag(raw));
  return scene;
}

describe('SceneContext', () => {
  it("starts everyone from the spec's defaults", () => {
    const s = new SceneContext(['esther']).snapshot();
    expect(s).toEqual({
      people: { esther: { present: false, access: 'able', mandate: 'none', wants: 'unknown', consents: {} } },
      harm: 'off',
      duty: false,
      unsafe: false,
      rank: 'peer',
      scene: null,
    });
  });

  it('brings a speaker on stage, but never makes the learner a person in the context', () => {
    const s = play(new SceneContext(['dawn']), 'speaker: dawn', 'speaker: you').snapshot();
    expect(s.people.dawn!.present).toBe(true);
    expect(s.people.you).toBeUndefined();
  });

  it('tracks enter and exit', () => {
    const scene = play(new SceneContext(['kasia']), 'enter: kasia');
    expect(scene.snapshot().people.kasia!.present).toBe(true);
    expect(play(scene, 'exit: kasia').snapshot().people.kasia!.present).toBe(false);
  });

  it('does not treat being addressed as being present', () => {
    expect(play(new SceneContext(['esther']), 'to: esther').snapshot().people.esther!.present).toBe(false);
  });

  it('gives a person no header cast default values when a tag first names them', () => {
    const s = play(new SceneContext([]), 'mandate: okafor asked').snapshot();
    expect(s.people.okafor).toEqual({
      present: false,
      access: 'able',
      mandate: 'asked',
      wants: 'unknown',
      consents: {},
    });
  });

  it('resets harm, duty, unsafe, rank and presence on scene:, keeping what people asked for, want and consented to', () => {
    const scene = play(
      new SceneContext(['jo']),
      'speaker: jo',
      'harm: on',
      'duty: on',
      'unsafe: on',
      'rank: above',
      'access: jo substantial_difficulty',
      'mandate: jo asked',
      'wants: jo no',
      'consent: jo partner',
      'scene: ward',
    );
    expect(scene.snapshot()).toEqual({
      people: {
        jo: {
          present: false,
          access: 'substantial_difficulty',
          mandate: 'asked',
          wants: 'no',
          consents: { partner: null },
        },
      },
      harm: 'off',
      duty: false,
      unsafe: false,
      rank: 'peer',
      scene: 'ward',
    });
  });

  it('adds up audiences when the same item is consented twice; everyone stays everyone', () => {
    const scene = play(
      new SceneContext(['desmond']),
      'consent: desmond partner to=ann',
      'consent: desmond partner to=bob',
    );
    expect(scene.snapshot().people.desmond!.consents.partner).toEqual(['ann', 'bob']);
    play(scene, 'consent: desmond partner', 'consent: desmond partner to=cy');
    expect(scene.snapshot().people.desmond!.consents.partner).toBeNull();
  });

  it('restores a snapshot, and a snapshot does not change when the scene moves on', () => {
    const scene = play(new SceneContext(['amina']), 'enter: amina', 'consent: amina idea to=lead');
    const before = scene.snapshot();
    play(scene, 'exit: amina', 'consent: amina idea to=team', 'harm: on');
    expect(before.people.amina!.present).toBe(true);
    expect(before.people.amina!.consents.idea).toEqual(['lead']);
    scene.restore(before);
    expect(scene.snapshot()).toEqual(before);
    before.people.amina!.present = false;
    expect(scene.snapshot().people.amina!.present).toBe(true);
  });
});
