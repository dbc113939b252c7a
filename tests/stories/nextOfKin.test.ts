// S2 "Next of Kin": the verdict reviewers disputed in the first draft (scenarios.md v3), with its reason, and the
// consequences that travel: asking Desmond in the office changes what the same words do in the corridor with
// Luke, and whether Desmond asks the learner at the meeting door.
import { describe, expect, it } from 'vitest';
import { actsOf, decisionAt, optionsAt, playBy } from './support/playStory';

const S2 = 'next-of-kin';
const ASK_DESMOND = 'Tell Luke to leave that box blank';
const TELL_LUKE = "Tell Luke they're partners";
const NOT_MINE = "Tell Luke it isn't yours to say";
const RELAY_TO_LUKE = 'Tell Luke that Desmond wants to tell Claire';
const PLAYLIST = "Put Abena's playlist on";
const HELEN_REMINDS = 'Message Helen to ask all staff';

describe('S2 verdicts reviewers disputed', () => {
  it('Jo: asking Helen to remind all staff to correct residents, after Jo asked colleagues not to step in, overrides her (R5 v3), however kindly meant; it is not merely doing for', () => {
    const playthrough = playBy(S2, [ASK_DESMOND, PLAYLIST, RELAY_TO_LUKE, HELEN_REMINDS]);
    const record = decisionAt(playthrough, 'Jo and the tea round');
    expect(record.context.people.jo?.wants).toBe('no');
    expect(actsOf(record)).toEqual(['OVERRIDE jo']);
    // Keeping her wish in the room and checking in afterwards is the option that respects it.
    const later = optionsAt(record).find((o) => o.text.startsWith('Leave it now, and catch Jo later'))!;
    expect(later.acts).toEqual(['RESPECT_WISH jo', 'INDIRECT jo']);
  });
});

describe('S2 pattern reviewers disputed', () => {
  it('outing Desmond once can no longer end "With", however well the rest goes (voice model v3: no OVERRIDE in With)', () => {
    const rest = [
      PLAYLIST,
      'Tell Luke no',
      'Leave it now',
      'Say next of kin',
      'Go in with Claire',
      "Say it was Abena's",
    ];
    const outed = playBy(S2, [TELL_LUKE, ...rest]);
    expect(actsOf(outed.log.decisions[0]!)).toEqual(['OVERRIDE desmond']);
    expect(outed.log.pattern).not.toBe('With');
    expect(playBy(S2, [ASK_DESMOND, ...rest]).log.pattern).toBe('With');
  });
});

describe('S2 consequences that travel', () => {
  it('the office changes the corridor: telling Luke what Desmond wants is advocacy after asking Desmond, and a guess that speaks for him otherwise', () => {
    const asked = decisionAt(playBy(S2, [ASK_DESMOND, PLAYLIST, RELAY_TO_LUKE]), "Luke's plan");
    const notAsked = decisionAt(playBy(S2, [NOT_MINE, PLAYLIST, RELAY_TO_LUKE]), "Luke's plan");
    expect(asked.choice.text).toBe(notAsked.choice.text);
    expect(actsOf(asked)).toEqual(['ADVOCATE desmond']);
    expect(actsOf(notAsked)).toEqual(['SPEAK_FOR desmond']);
  });

  it('trust earned earlier decides whether Desmond asks at the meeting door, and so what passing on his words is', () => {
    const meeting = 'Tell the meeting what Desmond told you';
    const trusted = playBy(S2, [ASK_DESMOND, PLAYLIST, RELAY_TO_LUKE, 'Carry on through the lounge', meeting]);
    const outed = playBy(S2, [
      TELL_LUKE,
      'Write in "No more hospital"',
      RELAY_TO_LUKE,
      'Carry on through the lounge',
      meeting,
    ]);
    expect(actsOf(decisionAt(trusted, 'The planning meeting'))).toEqual(['ADVOCATE desmond']);
    expect(actsOf(decisionAt(outed, 'The planning meeting'))).toEqual(['SPEAK_FOR desmond']);
  });

  it('every path has seven decisions', () => {
    const playthrough = playBy(S2, [
      ASK_DESMOND,
      PLAYLIST,
      'Tell Luke no',
      'Leave it now',
      'Say next of kin',
      'Go in with Claire',
      "Say it was Abena's",
    ]);
    expect(playthrough.ended).toBe(true);
    expect(playthrough.log.decisions).toHaveLength(7);
    expect(playthrough.log.pattern).toBe('With');
  });
});
