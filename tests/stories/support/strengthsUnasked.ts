// Session 16: how often a walk that did something well hears no question on it (PEARLS' plus, Gibbs' "what was
// good"). A strength is a choice the curtain call weighs (voice or power +2, debrief.md step 1) that did no harm (no
// act of HARM_ORDER); it is asked about when one of the five questions on that choice is the author's own
// (`reflect:`) or a library question on what went well (a `wentWell` family).
import { HARM_ORDER } from '../../../src/engine/contract/index.ts';
import type { Playthrough } from '../../../src/engine/playthrough';
import type { DecisionRecord } from '../../../src/engine/types';
import { library, questionsOnPath } from '../../unit/debrief/shippedQuestions';
import { playWalk } from './playStory';

const WENT_WELL = new Set(library.families.filter((f) => f.wentWell === true).map((f) => f.family));

/** The path's strengths: choices weighed (voice or power +2) that did no harm. */
const strengths = (playthrough: Playthrough): DecisionRecord[] =>
  playthrough.log.decisions.filter(
    (d) => (d.base.voice >= 2 || d.base.power >= 2) && !d.acts.some((a) => HARM_ORDER.includes(a.act)),
  );

/** Whether one of the curtain call's questions (rotation 0) asks about one of the path's strengths. */
function strengthAsked(playthrough: Playthrough): boolean {
  const at = new Set(strengths(playthrough).map((d) => d.index));
  return questionsOnPath(playthrough, 0).some(
    (p) => p.decision !== null && at.has(p.decision) && (p.kind === 'story' || WENT_WELL.has(p.family)),
  );
}

/** Of `walks` seeded walks of the story (`npm run play -- FILE --walk SEED`), those with a strength none asks about. */
export function strengthsUnasked(id: string, walks: number): { withStrength: number; unasked: number[] } {
  let withStrength = 0;
  const unasked: number[] = [];
  for (let seed = 1; seed <= walks; seed++) {
    const playthrough = playWalk(id, seed);
    if (strengths(playthrough).length === 0) continue;
    withStrength++;
    if (!strengthAsked(playthrough)) unasked.push(seed);
  }
  return { withStrength, unasked };
}
