// The moves of voice-model.md with the person, parameters and flags each takes, and the grammar of the one tag
// that makes a story scored: `move: MOVE [ID] [key=value …] [flag …]`. Its errors must be plain enough for an
// author to fix without reading the voice model. What a move comes to (its act) is resolveMove.ts's business.
import { z } from '../zod.ts';
import { closest } from '../didYouMean.ts';
import { ID_PATTERN, LEARNER_ID, words } from './tagWords.ts';

type ParamRule = { kind: 'oneOf'; values: readonly string[] } | { kind: 'item' } | { kind: 'ids' };

export interface MoveRule {
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
export const MOVE_RULES = {
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
} as const satisfies Record<string, MoveRule>;

export type MoveName = keyof typeof MOVE_RULES;

export const MOVE_NAMES = Object.keys(MOVE_RULES) as [MoveName, ...MoveName[]];

export function isMoveName(name: string): name is MoveName {
  return Object.hasOwn(MOVE_RULES, name);
}

/** The flag every move takes: the choice makes the moment about the learner. */
export const SELF_FOCUS = 'self_focus';

/**
 * Flag words of the move grammar; a cast id may not be one, or `move: invite public` would be ambiguous.
 * Derived from the moves, so a new flag is reserved the moment a move takes it.
 */
export const RESERVED_WORDS: readonly string[] = [
  ...new Set([...Object.values(MOVE_RULES).flatMap((r: MoveRule) => r.flags), SELF_FOCUS]),
];

export function isReservedWord(word: string): boolean {
  return RESERVED_WORDS.includes(word);
}

/** A move as authored on a choice, parsed: `move: relay okafor source=inferred self_focus`. */
export const MoveSpecSchema = z.object({
  move: z.string(),
  target: z.nullable(z.string()),
  params: z.record(z.string(), z.string()),
  flags: z.array(z.string()),
});

export type MoveSpec = z.infer<typeof MoveSpecSchema>;

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
  const tokens = words(value);
  const name = tokens[0];
  if (name === undefined) {
    return { ok: false, message: 'move: needs a move name, e.g. "move: invite esther"' };
  }
  if (!isMoveName(name)) {
    const guess = closest(name, MOVE_NAMES, 2);
    return { ok: false, message: `unknown move "${name}"${guess === null ? '' : ` (did you mean "${guess}"?)`}` };
  }
  const moveRule: MoveRule = MOVE_RULES[name];
  const spec: MoveSpec = { move: name, target: null, params: {}, flags: [] };
  for (const token of tokens.slice(1)) {
    const eq = token.indexOf('=');
    if (eq >= 0) {
      const key = token.slice(0, eq);
      const paramValue = token.slice(eq + 1);
      const paramRule = Object.hasOwn(moveRule.params, key) ? moveRule.params[key] : undefined;
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
    } else if (isReservedWord(token)) {
      if (token !== SELF_FOCUS && !moveRule.flags.includes(token)) {
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
      // A second word that is not a flag: usually a flag misspelt ("publc"), sometimes a second person.
      const guess = closest(token, [SELF_FOCUS, ...moveRule.flags], 2);
      return {
        ok: false,
        message: guess
          ? `${name} does not know the word "${token}" (did you mean "${guess}"?)`
          : `${name} does not know the word "${token}": it already names ${spec.target}, and a move names one person (give each person a move: of their own)${moveRule.flags.length ? `; the words it takes are ${[...moveRule.flags, SELF_FOCUS].join(', ')}` : ''}`,
      };
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
