// Listing a story's decisions before play: every distinct decision once, in the order a room meets them,
// with its notes and discussion prompts; a point only some paths reach says what leads to it.
import { describe, expect, it } from 'vitest';
import { ESTHER_HEADER } from '../../support/estherHeader';
import { compileSource } from '../../support/compileSource';
import { defaultVotePoints, listDecisionPoints } from '../../../src/facilitation/decisionPoints';
import { s1 } from './s1';

const BRANCHING = `${ESTHER_HEADER}
VAR last_act = ""
-> start
=== start ===
# scene: start
* [Go in] -> desk
=== desk ===
# scene: desk
Esther waits. # enter: esther
# discuss: Who is in the conversation?
# note: Watch for speaking for her.
* [Ask Esther #move: invite esther] -> second
* [Answer for her #move: relay esther] -> sorry
= sorry
Esther frowns.
* [Apologise #move: repair esther] -> second
* [Carry on #move: silent esther] -> second
=== second ===
# scene: second
Later.
* [Sit with her #move: decide_with esther] Sat.
* [Leave #move: silent esther] Left.
- The end.
-> END
`;

const compile = compileSource;

describe('listDecisionPoints', () => {
  it('lists each decision once, skips pacing choices, and marks the one only some paths reach', () => {
    const plan = listDecisionPoints(compile(BRANCHING));
    expect(plan.complete).toBe(true);
    expect(plan.points.map((p) => p.options)).toEqual([
      ['Ask Esther', 'Answer for her'],
      ['Apologise', 'Carry on'],
      ['Sit with her', 'Leave'],
    ]);
    expect(plan.points.map((p) => p.number)).toEqual([1, 2, 3]);
    // A plan names a decision by what the room last heard, never by the author's knot or scene name.
    expect(plan.points[0]).toMatchObject({
      moment: 'Esther waits.',
      discuss: ['Who is in the conversation?'],
      notes: ['Watch for speaking for her.'],
      onlyAfter: [],
    });
    expect(plan.points[1]!.onlyAfter).toEqual([{ number: 1, option: 'Answer for her' }]);
    expect(plan.points.map((p) => p.moment)).not.toContain('desk');
    expect(plan.points[2]!.onlyAfter).toEqual([]);
  });

  it('defaults to room votes at the first three decisions every path meets', () => {
    const plan = listDecisionPoints(compile(BRANCHING));
    expect(defaultVotePoints(plan.points)).toEqual([plan.points[0]!.key, plan.points[2]!.key]);
  });

  it('says when the walk stopped early', () => {
    expect(listDecisionPoints(compile(BRANCHING), { maxReplays: 2 }).complete).toBe(false);
  });

  it('finds S1’s decisions, each with its facilitator note, and the repair scene as conditional', () => {
    const plan = listDecisionPoints(s1().json);
    expect(plan.complete).toBe(true);
    expect(plan.points.length).toBeGreaterThanOrEqual(6);
    for (const point of plan.points) {
      expect(point.notes.length, point.key).toBeGreaterThan(0);
      expect(point.options.length).toBeGreaterThan(1);
    }
    const conditional = plan.points.filter((p) => p.onlyAfter.length > 0);
    expect(conditional.length).toBeGreaterThanOrEqual(1);
    // A conditional point sits straight after the decision that leads to it.
    for (const c of conditional) expect(c.number).toBe(c.onlyAfter[0]!.number + 1);
  });
});
