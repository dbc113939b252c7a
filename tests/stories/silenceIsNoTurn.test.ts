// debrief.md's airtime picture: "each decision the learner took counts as one `you` turn unless it resolved from
// `silent`". A choice resolved from silence when every move on it is `silent`; one that also acts is a turn. S2's
// handover (next-of-kin.ink, "Helen's thanks"): catching Abena at the door to ask her (`ask_consent abena` beside
// `silent`) is the learner speaking, to Abena; putting the pen down and leaving Desmond the gap (`silent` alone) is not.
import { describe, expect, it } from 'vitest';
import { airtime } from '../../src/engine/debrief/airtime';
import { decisionAt, playBy } from './support/playStory';

const S2 = 'next-of-kin';
const BEFORE_THE_DOOR = [
  'Tell Luke to leave that box blank',
  'Ask Abena to put her playlist on',
  'Tell Luke that Desmond will want to tell Claire',
  'Carry on through, and catch Jo later',
  'Ask Helen whether anyone holds a power of attorney',
  'Tell Claire the visits stay',
];
const ASK_ABENA = 'Catch Abena at the door';

describe('a choice is silence only when every move on it is silent', () => {
  const played = playBy(S2, [...BEFORE_THE_DOOR, ASK_ABENA]);
  const door = decisionAt(played, "Helen's thanks");

  it('asking Abena at the door, with a silent move beside the ask, is a turn for the learner', () => {
    expect(door.moves.map((m) => m.move).sort()).toEqual(['ask_consent', 'silent']);
    expect(played.log.turns).toContainEqual({ who: 'you', to: null, decision: door.index });
  });

  it('and the airtime picture counts it as a turn to Abena, beside her line', () => {
    const picture = airtime(played.log, played.header.cast);
    const linesToAbena = played.log.turns.filter((turn) => turn.to === 'abena').length;
    expect(picture.spokenTo.find((row) => row.who === 'abena')!.times).toBe(linesToAbena + 1);
  });

  it('a choice of silence alone is still no turn', () => {
    const quiet = playBy(S2, [...BEFORE_THE_DOOR.slice(0, 4), 'Put your pen down, look at Desmond']);
    const gap = decisionAt(quiet, 'The planning meeting');
    expect(gap.moves.every((m) => m.move === 'silent')).toBe(true);
    expect(quiet.log.turns.filter((turn) => turn.decision === gap.index)).toEqual([]);
  });
});
