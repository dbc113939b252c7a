// The timeline tells a repaired decision whole (voice-model v3, R13; issue 15 item 6): what happened, in the
// words of its base scores, and what the learner did later, never only the band of the softened scores.
import { describe, expect, it } from 'vitest';
import { cameBackText, timelineFor } from '../../../src/engine/debrief/timeline';
import { CAST, decision, log } from './buildLog';

describe('a decision someone came back to', () => {
  it('shows what happened and the later apology, not only the repaired band', () => {
    const spokeOver = {
      ...decision(0, {
        acts: [['SPEAK_OVER', 'amina']],
        base: [-2, -1, 0],
        scores: [-1, 0, 0],
        moment: 'In the meeting',
      }),
      repairedBy: 1,
    };
    const sorry = decision(1, {
      acts: [['REPAIR', 'amina']],
      scores: [1, 1, 1],
      moment: 'Afterwards',
      choice: 'Say sorry to Amina',
    });
    const [entry] = timelineFor(log([spokeOver, sorry]), CAST);
    expect(entry!.cameBack).toEqual([
      {
        decision: 1,
        kind: 'repair',
        moment: 'Afterwards',
        choice: 'Say sorry to Amina',
        before: 'their voices often talked over, often to',
        after: 'their voices often talked over, sometimes for',
      },
    ]);
    expect(cameBackText(entry!.cameBack[0]!)).toBe(
      'What happened here: their voices often talked over, often to. Later, at “Afterwards”, you came back to it (“Say sorry to Amina”): their voices often talked over, sometimes for.',
    );
  });

  it('shows a check-in after standing by as follow-through, on courage', () => {
    const stoodBy = {
      ...decision(0, { acts: [['BYSTAND', 'jo']], base: [0, 0, -1], scores: [0, 0, 0] }),
      followedUpBy: 1,
    };
    const checkIn = decision(1, {
      acts: [['INDIRECT', 'jo']],
      scores: [0, 1, 1],
      moment: null,
      choice: 'Check in with Jo',
    });
    const [entry] = timelineFor(log([stoodBy, checkIn]), CAST);
    expect(cameBackText(entry!.cameBack[0]!)).toBe(
      'What happened here: mostly stood by. Later, you checked in afterwards (“Check in with Jo”): sometimes acted.',
    );
  });

  it('adds nothing to a decision nothing came back to', () => {
    expect(timelineFor(log([decision(0, { acts: [['INVITE', 'amina']] })]), CAST)[0]!.cameBack).toEqual([]);
  });
});
