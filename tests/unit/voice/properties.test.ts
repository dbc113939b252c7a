// Properties of the voice model over generated contexts and choices. fast-check builds the cases from the move
// grammar and the context's own values, and on a failure shrinks it to the smallest case that still fails and
// prints the seed that replays it.
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { MOVE_NAMES, MOVE_RULES, type MoveRule } from '../../../src/engine/contract/index.ts';
import { resolveChoice } from '../../../src/engine/resolveChoice';
import { resolveMove, scoreAct } from '../../../src/engine/resolveMove';
import { decisionLog } from '../../../src/engine/decisionLog';
import type { ContextSnapshot, MoveSpec, PersonContext } from '../../../src/engine/types';
import { ctx, decision, mv } from './voiceFixtures';

const PEOPLE = ['amina', 'okafor', 'jo'] as const;
const RUNS = { numRuns: 400 };

const person: fc.Arbitrary<Partial<PersonContext>> = fc.record({
  present: fc.boolean(),
  access: fc.constantFrom('able', 'able_with_support', 'substantial_difficulty'),
  mandate: fc.constantFrom('asked', 'consented', 'known_wishes', 'none', 'declined'),
  wants: fc.constantFrom('yes', 'no', 'unknown'),
  consents: fc.oneof(
    fc.constant({}),
    fc.record({
      partner: fc.oneof(
        fc.constant(null),
        fc.constantFrom(...PEOPLE).map((id) => [id]),
      ),
    }),
  ),
});

const context: fc.Arbitrary<ContextSnapshot> = fc
  .record({
    people: fc.tuple(person, person, person),
    harm: fc.constantFrom('off', 'on', 'exclusion'),
    duty: fc.boolean(),
    unsafe: fc.boolean(),
    rank: fc.constantFrom('below', 'peer', 'above'),
  })
  .map(({ people, ...rest }) => ctx({ ...rest, people: Object.fromEntries(PEOPLE.map((id, i) => [id, people[i]!])) }));

/** Any move the grammar accepts, built from MOVE_RULES so every move, param and flag gets exercised. */
const move: fc.Arbitrary<MoveSpec> = fc.constantFrom(...MOVE_NAMES).chain((name) => {
  const rule: MoveRule = MOVE_RULES[name];
  const target = rule.target === 'required' ? fc.constantFrom(...PEOPLE) : fc.option(fc.constantFrom(...PEOPLE));
  const params = Object.entries(rule.params).map(([key, param]) => {
    const value =
      param.kind === 'oneOf'
        ? fc.constantFrom(...param.values)
        : param.kind === 'item'
          ? fc.constantFrom('partner', 'diagnosis')
          : fc.constantFrom(...PEOPLE);
    const written = value.map((v) => `${key}=${v}`);
    return rule.requiredParams.includes(key) ? written : fc.option(written);
  });
  return fc
    .tuple(target, fc.tuple(...params), fc.subarray([...rule.flags]), fc.boolean())
    .map(([who, written, flags, selfFocus]) =>
      mv([name, who, ...written, ...flags, selfFocus ? 'self_focus' : null].filter((w) => w !== null).join(' ')),
    );
});

const moves = fc.array(move, { minLength: 1, maxLength: 3 });
const withoutSelfFocus = (m: MoveSpec): MoveSpec => ({ ...m, flags: m.flags.filter((f) => f !== 'self_focus') });

const dims = ['voice', 'power', 'courage'] as const;

describe('voice model properties', () => {
  it('keeps every score within −2..+2', () => {
    fc.assert(
      fc.property(moves, context, (ms, c) => {
        const r = resolveChoice(ms, c);
        for (const d of dims) expect(Math.abs(r[d])).toBeLessThanOrEqual(2);
      }),
      RUNS,
    );
  });

  it('self_focus never raises voice, and always leaves it at −1 or below', () => {
    fc.assert(
      fc.property(moves, context, (ms, c) => {
        const plain = ms.map(withoutSelfFocus);
        const focused = plain.map((m, j) => (j === 0 ? { ...m, flags: [...m.flags, 'self_focus'] } : m));
        const before = resolveChoice(plain, c);
        const after = resolveChoice(focused, c);
        expect(after.voice).toBeLessThanOrEqual(before.voice);
        expect(after.voice).toBeLessThanOrEqual(-1);
        expect(after.courage).toBeLessThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('gives positive courage only when voice ≥ 0 and power ≥ 0', () => {
    fc.assert(
      fc.property(moves, context, (ms, c) => {
        const r = resolveChoice(ms, c);
        expect(r.courage <= 0 || (r.voice >= 0 && r.power >= 0)).toBe(true);
      }),
      RUNS,
    );
  });

  it('never hides a negative dimension behind a positive act on the same choice', () => {
    fc.assert(
      fc.property(moves, context, (ms, c) => {
        const r = resolveChoice(ms, c);
        const worst = { voice: 0, power: 0, courage: 0 };
        for (const m of ms) {
          for (const act of resolveMove(m, c).filter((a) => a.act !== 'CENTRE_SELF')) {
            const s = scoreAct(act, m, c);
            for (const d of dims) worst[d] = Math.min(worst[d], s[d]);
          }
        }
        for (const d of dims) expect(r[d], d).toBeLessThanOrEqual(worst[d] < 0 ? worst[d] : Infinity);
      }),
      RUNS,
    );
  });

  it('scores the same whatever order the moves are written in (only last_act may differ)', () => {
    fc.assert(
      fc.property(moves, context, (ms, c) => {
        const a = resolveChoice(ms, c);
        const b = resolveChoice([...ms].reverse(), c);
        expect([b.voice, b.power, b.courage]).toEqual([a.voice, a.power, a.courage]);
      }),
      RUNS,
    );
  });

  it('R9 and R13 lift a score by at most 1, only from below 0, and never above 0', () => {
    const laterMove = fc.constantFrom(
      'indirect amina kind=delay',
      'indirect okafor kind=delay',
      'indirect kind=delay',
      'repair amina',
      'repair okafor',
      'repair jo',
      'repair jo self_focus',
    );
    const step = fc.tuple(
      fc.oneof(
        laterMove.map((m) => [mv(m)]),
        moves,
      ),
      context,
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), (steps) => {
        const log = decisionLog(steps.map(([ms, c], j) => decision(j, ms, c)));
        for (const d of log) {
          for (const dim of dims) {
            const lift = d[dim] - d.base[dim];
            expect(lift).toBeGreaterThanOrEqual(0);
            expect(lift).toBeLessThanOrEqual(1);
            expect(lift === 0 || d[dim] <= 0).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
