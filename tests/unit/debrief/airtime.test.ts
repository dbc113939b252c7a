import { describe, expect, it } from 'vitest';
import { airtime, airtimeNotes } from '../../../src/engine/debrief/airtime';
import { CAST, decision, log } from './buildLog';

describe('airtime', () => {
  const relayed = decision(0, { moves: [{ move: 'relay', target: 'esther' }], acts: [['SPEAK_FOR', 'esther']] });
  const stayedQuiet = decision(1, {
    moves: [{ move: 'silent', target: 'esther', flags: ['leaves_pause'] }],
    acts: [['HOLD_SPACE', 'esther']],
  });
  const invited = decision(2, { moves: [{ move: 'invite', target: 'esther' }], acts: [['INVITE', 'esther']] });
  const played = log([relayed, stayedQuiet, invited], {
    turns: [
      { who: 'dawn', to: 'you', decision: null },
      { who: 'you', to: 'dawn', decision: 0 },
      { who: 'you', to: 'esther', decision: 1 },
      { who: 'esther', to: 'dawn', decision: null },
      { who: 'you', to: null, decision: null }, // a line tagged speaker: you
    ],
  });

  it('counts each decision once for the learner unless it resolved from silence', () => {
    const picture = airtime(played, CAST);
    expect(picture.spoke).toEqual([
      { who: 'you', name: 'You', turns: 3 }, // decision 0, the speaker: you line, decision 2 (not logged as a turn)
      { who: 'esther', name: 'Esther Mensah', turns: 1 },
      { who: 'dawn', name: 'Dawn', turns: 1 },
      { who: 'amina', name: 'Amina', turns: 0 },
    ]);
  });

  it('shows who was spoken to, with everyone in the cast listed', () => {
    const picture = airtime(played, CAST);
    expect(picture.spokenTo).toEqual([
      { who: 'you', name: 'You', times: 1 },
      // The silent decision's turn does not count; inviting her does (v3: handing her the floor is a turn to her).
      { who: 'esther', name: 'Esther Mensah', times: 1 },
      { who: 'dawn', name: 'Dawn', times: 2 },
      { who: 'amina', name: 'Amina', times: 0 },
    ]);
  });

  it('says in words what the picture shows', () => {
    expect(airtimeNotes(airtime(played, CAST))).toEqual([
      'You took the most turns.',
      'Amina did not take a turn.',
      'You spoke for or over Esther Mensah once.',
      'Nobody spoke directly to Amina.',
    ]);
  });

  it('v3: answers to the choices: handing someone the floor and speaking for them show differently', () => {
    // Reason (issue 15): S1's picture barely changed between its best and worst paths (Esther 16 turns in both).
    const handedBack = log([
      decision(0, { moves: [{ move: 'invite', target: 'esther' }], acts: [['INVITE', 'esther']] }),
      decision(1, { moves: [{ move: 'decide_with', target: 'esther' }], acts: [['DECIDE_WITH', 'esther']] }),
    ]);
    const spokeFor = log([
      decision(0, { moves: [{ move: 'relay', target: 'esther' }], acts: [['SPEAK_FOR', 'esther']] }),
      decision(1, { moves: [{ move: 'interrupt', target: 'esther' }], acts: [['SPEAK_OVER', 'esther']] }),
    ]);
    const row = (picture: ReturnType<typeof airtime>, key: 'spokenTo' | 'spokenFor') =>
      picture[key].find((r) => r.who === 'esther')!.times;
    expect([row(airtime(handedBack, CAST), 'spokenTo'), row(airtime(handedBack, CAST), 'spokenFor')]).toEqual([2, 0]);
    expect([row(airtime(spokeFor, CAST), 'spokenTo'), row(airtime(spokeFor, CAST), 'spokenFor')]).toEqual([0, 2]);
  });
});
