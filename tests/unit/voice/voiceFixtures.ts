// Small builders so each test states only the context that matters to its verdict.
import type { ContextSnapshot, DecisionRecord, MoveSpec, PersonContext } from '../../../src/engine/types';
import { parseMove } from '../../../src/engine/contract/index.ts';
import { resolveChoice } from '../../../src/engine/resolveChoice';
import { defaultPerson } from '../../../src/engine/sceneContext';

type ContextOverrides = Partial<Omit<ContextSnapshot, 'people'>> & { people?: Record<string, Partial<PersonContext>> };

export function ctx(over: ContextOverrides = {}): ContextSnapshot {
  const people: ContextSnapshot['people'] = {};
  for (const [id, p] of Object.entries(over.people ?? {})) {
    people[id] = { ...defaultPerson(), ...p };
  }
  return { harm: 'off', duty: false, unsafe: false, rank: 'peer', scene: null, ...over, people };
}

/** A move as an author would write it after `move:`; a test typo fails loudly. */
export function mv(text: string): MoveSpec {
  const parsed = parseMove(text);
  if (!parsed.ok) throw new Error(`bad move in test: ${text}: ${parsed.message}`);
  return parsed.move;
}

export function choose(moves: string[], context: ContextSnapshot) {
  return resolveChoice(moves.map(mv), context);
}

/** A decision record as the playthrough would log it, resolved against `context`. */
export function decision(
  index: number,
  moves: (string | MoveSpec)[],
  context: ContextSnapshot = ctx(),
): DecisionRecord {
  const specs = moves.map((m) => (typeof m === 'string' ? mv(m) : m));
  const r = resolveChoice(specs, context);
  return {
    index,
    pathIndex: index,
    choice: { index: 0, text: specs.map((m) => m.move).join(' + ') },
    options: [
      {
        index: 0,
        text: specs.map((m) => m.move).join(' + '),
        moves: specs,
        contested: false,
        acts: r.acts,
        voice: r.voice,
        power: r.power,
        courage: r.courage,
      },
    ],
    moves: specs,
    acts: r.acts,
    base: { voice: r.voice, power: r.power, courage: r.courage },
    voice: r.voice,
    power: r.power,
    courage: r.courage,
    lastAct: r.lastAct,
    selfFocus: r.selfFocus,
    context,
    moment: null,
    perspectives: [],
    discuss: [],
    notes: [],
    theory: [],
    contested: false,
    followedUpBy: null,
    repairedBy: null,
  };
}
