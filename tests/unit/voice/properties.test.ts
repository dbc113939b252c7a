// Properties over many generated contexts and choices (seeded, so a failure is repeatable from its seed).
import { describe, it, expect } from 'vitest';
import { MOVE_NAMES, MOVE_RULES, type MoveRule } from '../../../src/engine/contract/index.ts';
import { resolveChoice } from '../../../src/engine/resolveChoice';
import { resolveMove, scoreAct } from '../../../src/engine/resolveMove';
import { decisionLog } from '../../../src/engine/decisionLog';
import type { ContextSnapshot, DecisionRecord, MoveSpec, PersonContext } from '../../../src/engine/types';
import { ctx, decision, mv, pick, seeded } from './voiceFixtures';

const PEOPLE = ['amina', 'okafor', 'jo'];
const RUNS = 400;

function randomContext(rand: () => number): ContextSnapshot {
  const people: Record<string, Partial<PersonContext>> = {};
  for (const id of PEOPLE) {
    people[id] = {
      present: rand() < 0.5,
      access: pick(rand, ['able', 'able_with_support', 'substantial_difficulty'] as const),
      mandate: pick(rand, ['asked', 'consented', 'known_wishes', 'none', 'declined'] as const),
      wants: pick(rand, ['yes', 'no', 'unknown'] as const),
      consents: rand() < 0.3 ? { partner: rand() < 0.5 ? null : [pick(rand, PEOPLE)] } : {},
    };
  }
  return ctx({
    people,
    harm: pick(rand, ['off', 'on', 'exclusion'] as const),
    duty: rand() < 0.3,
    unsafe: rand() < 0.3,
    rank: pick(rand, ['below', 'peer', 'above'] as const),
  });
}

/** A move the grammar accepts, built from MOVE_RULES so every move, param and flag gets exercised. */
function randomMove(rand: () => number, selfFocus = rand() < 0.2): MoveSpec {
  const name = pick(rand, MOVE_NAMES);
  const rule: MoveRule = MOVE_RULES[name];
  const words: string[] = [name];
  if (rule.target === 'required' || rand() < 0.6) words.push(pick(rand, PEOPLE));
  for (const [key, param] of Object.entries(rule.params)) {
    if (!rule.requiredParams.includes(key) && rand() < 0.5) continue;
    const value =
      param.kind === 'oneOf'
        ? pick(rand, param.values)
        : param.kind === 'item'
          ? pick(rand, ['partner', 'diagnosis'])
          : pick(rand, PEOPLE);
    words.push(`${key}=${value}`);
  }
  for (const flag of rule.flags) if (rand() < 0.4) words.push(flag);
  if (selfFocus) words.push('self_focus');
  return mv(words.join(' '));
}

function randomMoves(rand: () => number): MoveSpec[] {
  return Array.from({ length: 1 + Math.floor(rand() * 3) }, () => randomMove(rand));
}

const dims = ['voice', 'power', 'courage'] as const;

describe('voice model properties', () => {
  it('keeps every score within −2..+2', () => {
    const rand = seeded(1);
    for (let i = 0; i < RUNS; i++) {
      const r = resolveChoice(randomMoves(rand), randomContext(rand));
      for (const d of dims) expect(Math.abs(r[d])).toBeLessThanOrEqual(2);
    }
  });

  it('self_focus never raises voice, and always leaves it at −1 or below', () => {
    const rand = seeded(2);
    for (let i = 0; i < RUNS; i++) {
      const context = randomContext(rand);
      const moves = randomMoves(rand).map((m) => ({ ...m, flags: m.flags.filter((f) => f !== 'self_focus') }));
      const plain = resolveChoice(moves, context);
      const focused = resolveChoice(
        moves.map((m, j) => (j === 0 ? { ...m, flags: [...m.flags, 'self_focus'] } : m)),
        context,
      );
      expect(focused.voice, `seed 2 run ${i}`).toBeLessThanOrEqual(plain.voice);
      expect(focused.voice).toBeLessThanOrEqual(-1);
      expect(focused.courage).toBeLessThanOrEqual(0);
    }
  });

  it('gives positive courage only when voice ≥ 0 and power ≥ 0', () => {
    const rand = seeded(3);
    for (let i = 0; i < RUNS; i++) {
      const r = resolveChoice(randomMoves(rand), randomContext(rand));
      if (r.courage > 0) {
        expect(r.voice, `seed 3 run ${i}`).toBeGreaterThanOrEqual(0);
        expect(r.power, `seed 3 run ${i}`).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('never hides a negative dimension behind a positive act on the same choice', () => {
    const rand = seeded(4);
    for (let i = 0; i < RUNS; i++) {
      const context = randomContext(rand);
      const moves = randomMoves(rand);
      const r = resolveChoice(moves, context);
      for (const move of moves) {
        for (const act of resolveMove(move, context).filter((a) => a.act !== 'CENTRE_SELF')) {
          const s = scoreAct(act, move, context);
          for (const d of dims) if (s[d] < 0) expect(r[d], `seed 4 run ${i} ${act.act} ${d}`).toBeLessThanOrEqual(s[d]);
        }
      }
    }
  });

  it('scores the same whatever order the moves are written in (only last_act may differ)', () => {
    const rand = seeded(5);
    for (let i = 0; i < RUNS; i++) {
      const context = randomContext(rand);
      const moves = randomMoves(rand);
      const a = resolveChoice(moves, context);
      const b = resolveChoice([...moves].reverse(), context);
      expect([b.voice, b.power, b.courage]).toEqual([a.voice, a.power, a.courage]);
    }
  });

  it('R9 and R13 lift a score by at most 1, only from below 0, and never above 0', () => {
    const rand = seeded(6);
    const laterMoves = [
      'indirect amina kind=delay',
      'indirect okafor kind=delay',
      'indirect kind=delay',
      'repair amina',
      'repair okafor',
      'repair jo',
      'repair jo self_focus',
    ];
    for (let i = 0; i < RUNS / 4; i++) {
      const made: DecisionRecord[] = [];
      for (let j = 0; j < 6; j++) {
        const moves = rand() < 0.3 ? [pick(rand, laterMoves)] : randomMoves(rand);
        made.push(decision(j, moves, randomContext(rand)));
      }
      const log = decisionLog(made);
      for (const d of log) {
        for (const dim of dims) {
          const lift = d[dim] - d.base[dim];
          expect(lift, `seed 6 run ${i}`).toBeGreaterThanOrEqual(0);
          expect(lift).toBeLessThanOrEqual(1);
          if (lift > 0) expect(d[dim]).toBeLessThanOrEqual(0);
        }
      }
    }
  });
});
