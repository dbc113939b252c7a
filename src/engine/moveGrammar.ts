// `move: MOVE [ID] [key=value …] [flag …]` — the one tag that makes a story scored, so its errors must be plain
// enough for an author to fix without reading the voice model.
import { z } from './zod.ts';
import type { MoveSpec } from './types.ts';
import { closest } from './didYouMean.ts';
import { ID_PATTERN, LEARNER_ID, isReservedWord } from './tagKeys.ts';

type ParamRule = { kind: 'oneOf'; values: readonly string[] } | { kind: 'item' } | { kind: 'ids' };

interface MoveRule {
  target: 'required' | 'optional';
  params: Record<string, ParamRule>;
  /** Flags besides self_focus, which every move takes. */
  flags: readonly string[];
  requiredParams: readonly string[];
}

function rule(
  target: MoveRule['target'],
  params: MoveRule['params'] = {},
  flags: string[] = [],
  requiredParams: string[] = [],
): MoveRule {
  return { target, params, flags, requiredParams };
}

/** The moves of voice-model.md with what each takes. */
export const MOVE_RULES: Record<string, MoveRule> = {
  relay: rule('required', { source: { kind: 'oneOf', values: ['expressed', 'inferred', 'own'] } }),
  credit_repeat: rule('required', { credited: { kind: 'oneOf', values: ['yes', 'no'] } }, [], ['credited']),
  claim: rule('required'),
  sponsor: rule('required', {}, ['public']),
  invite: rule('required', {}, ['public']),
  ask_consent: rule('required', { info: { kind: 'item' } }, ['public']),
  decide_with: rule('required'),
  adjust: rule('required', {}, ['room']),
  act_on_behalf: rule('required', { informs: { kind: 'oneOf', values: ['unsafe'] } }, ['informs']),
  challenge: rule('optional', {}, ['public']),
  indirect: rule('optional', { kind: { kind: 'oneOf', values: ['distract', 'delegate', 'delay', 'document'] } }),
  silent: rule('optional', {}, ['leaves_pause']),
  // The spec writes `collude` without a person; naming the person the talk was about is allowed so a later
  // `repair p` (R13) and the debrief can find it.
  collude: rule('optional'),
  // `info=` is optional: a disclosure naming no item has no consent to rest on, so R6 treats it as outing.
  disclose: rule('required', { info: { kind: 'item' }, to: { kind: 'ids' } }, ['informs']),
  interrupt: rule('required'),
  ask_to_educate: rule('required'),
  repair: rule('required'),
};

export const MOVE_NAMES: readonly string[] = Object.keys(MOVE_RULES);

export const MoveSpecSchema = z.object({
  move: z.string(),
  target: z.nullable(z.string()),
  params: z.record(z.string(), z.string()),
  flags: z.array(z.string()),
}) satisfies z.ZodMiniType<MoveSpec>;

const ITEM_PATTERN = /^[^\s=,]+$/;

function checkParam(move: string, key: string, value: string, paramRule: ParamRule): string | null {
  if (value === '') {
    return `${key}= needs a value on ${move}`;
  }
  switch (paramRule.kind) {
    case 'oneOf':
      return paramRule.values.includes(value)
        ? null
        : `${key}=${value} is not allowed on ${move}; use ${paramRule.values.map((v) => `${key}=${v}`).join(' or ')}`;
    case 'item':
      return ITEM_PATTERN.test(value) ? null : `${key}=${value} is not an item name (one word, no commas)`;
    case 'ids': {
      const bad = value.split(',').find((id) => !ID_PATTERN.test(id.trim()));
      return bad === undefined ? null : `${key}= lists "${bad}", which is not a person id`;
    }
  }
}

export function parseMove(value: string): { ok: true; move: MoveSpec } | { ok: false; message: string } {
  const tokens = value
    .trim()
    .split(/\s+/)
    .filter((t) => t !== '');
  const name = tokens[0];
  if (name === undefined) {
    return { ok: false, message: 'move: needs a move name, e.g. "move: invite esther"' };
  }
  const moveRule = MOVE_RULES[name];
  if (moveRule === undefined) {
    const guess = closest(name, MOVE_NAMES, 2);
    return { ok: false, message: `unknown move "${name}"${guess === null ? '' : ` (did you mean "${guess}"?)`}` };
  }
  const spec: MoveSpec = { move: name, target: null, params: {}, flags: [] };
  for (const token of tokens.slice(1)) {
    const eq = token.indexOf('=');
    if (eq >= 0) {
      const key = token.slice(0, eq);
      const paramValue = token.slice(eq + 1);
      const paramRule = moveRule.params[key];
      if (paramRule === undefined) {
        const allowed = Object.keys(moveRule.params);
        return {
          ok: false,
          message: `${name} has no parameter "${key}"${allowed.length === 0 ? '' : ` (it takes ${allowed.map((k) => `${k}=`).join(', ')})`}`,
        };
      }
      if (key in spec.params) {
        return { ok: false, message: `${key}= is given twice on ${name}` };
      }
      const problem = checkParam(name, key, paramValue, paramRule);
      if (problem !== null) {
        return { ok: false, message: problem };
      }
      spec.params[key] = paramValue;
    } else if (token === 'self_focus' || isReservedWord(token)) {
      if (token !== 'self_focus' && !moveRule.flags.includes(token)) {
        return { ok: false, message: `${name} does not take the flag "${token}"` };
      }
      if (spec.flags.includes(token)) {
        return { ok: false, message: `the flag "${token}" is given twice on ${name}` };
      }
      spec.flags.push(token);
    } else if (spec.target === null) {
      if (token === LEARNER_ID) {
        return { ok: false, message: `"${LEARNER_ID}" is the learner; ${name} names another person` };
      }
      if (!ID_PATTERN.test(token)) {
        return { ok: false, message: `"${token}" is not a person id (lower-case letters, digits and _)` };
      }
      spec.target = token;
    } else {
      return { ok: false, message: `unknown flag "${token}" on ${name} (a move names at most one person)` };
    }
  }
  if (moveRule.target === 'required' && spec.target === null) {
    return { ok: false, message: `${name} needs a person: "move: ${name} ID"` };
  }
  for (const key of moveRule.requiredParams) {
    if (!(key in spec.params)) {
      const paramRule = moveRule.params[key];
      const choices = paramRule?.kind === 'oneOf' ? paramRule.values.map((v) => `${key}=${v}`).join(' or ') : `${key}=`;
      return { ok: false, message: `${name} needs ${choices}` };
    }
  }
  return { ok: true, move: spec };
}
