// One choice → its scores (R7, CENTRE_SELF, R8). Every move reads the context as it stood before the choice:
// a person's answer comes after the choice, in the story.
import type { ContextSnapshot, ResolvedAct } from './types';
import { HARM_ORDER, type MoveSpec, type Scores } from './contract/index.ts';
import { resolveMove } from './resolveMove';
import { clampScore, scoreAct } from './actScores';

export interface ChoiceResult {
  acts: ResolvedAct[];
  voice: number;
  power: number;
  courage: number;
  selfFocus: boolean;
  lastAct: string;
}

/** R7 for one dimension: a negative is never hidden by a positive riding beside it. */
function combine(values: number[]): number {
  if (values.length === 0) return 0;
  return values.some((v) => v < 0) ? Math.min(...values) : Math.max(...values);
}

function lastActOf(acts: ResolvedAct[]): string {
  for (const harmful of HARM_ORDER) {
    if (acts.some((a) => a.act === harmful)) return harmful;
  }
  return acts.find((a) => a.act !== 'CENTRE_SELF')?.act ?? '';
}

export function resolveChoice(moves: MoveSpec[], ctx: ContextSnapshot): ChoiceResult {
  const acts: ResolvedAct[] = [];
  const scored: Scores[] = [];
  for (const move of moves) {
    for (const act of resolveMove(move, ctx)) {
      acts.push(act);
      if (act.act !== 'CENTRE_SELF') {
        scored.push(scoreAct(act, move, ctx));
      }
    }
  }
  let voice = combine(scored.map((x) => x.voice));
  const power = combine(scored.map((x) => x.power));
  let courage = combine(scored.map((x) => x.courage));

  const selfFocus = acts.some((a) => a.act === 'CENTRE_SELF');
  if (selfFocus) {
    voice = Math.min(voice, -1);
    courage = Math.min(courage, 0);
  }
  // R8: loud rescuing and performative acts earn nothing for courage.
  if (courage > 0 && (voice < 0 || power < 0)) {
    courage = 0;
  }
  return {
    acts,
    voice: clampScore(voice),
    power: clampScore(power),
    courage: clampScore(courage),
    selfFocus,
    lastAct: lastActOf(acts),
  };
}
