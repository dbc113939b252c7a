// The tag language of the authoring contract as zod schemas: the types the engine passes around are inferred
// from these, so the grammar and the types cannot drift apart. Header and cast grammars live in storyHeader.ts
// and castGrammar.ts, the move grammar in moveGrammar.ts; this file holds the line and choice tags and is the
// one place the rest of the house imports the grammar from.
import { z } from './zod.ts';
import { MoveSpecSchema, parseMove } from './moveGrammar.ts';
import { HEADER_KEYS, INKY_KEYS, idSchema, splitTag, suggestKey } from './tagKeys.ts';

export { parseMove, MoveSpecSchema, MOVE_RULES, MOVE_NAMES } from './moveGrammar.ts';
export { parseHeader, StoryHeaderSchema, type StoryHeader } from './storyHeader.ts';
export {
  parseCastMember,
  CastMemberSchema,
  FacetSchema,
  FACET_KEYS,
  FACET_MARKS,
  type CastMember,
  type Facet,
  type FacetKey,
  type FacetMark,
} from './castGrammar.ts';
export { splitTag, suggestKey, KNOWN_TAG_KEYS, RESERVED_WORDS, LEARNER_ID, type TagProblem } from './tagKeys.ts';

export const ACCESS_LEVELS = ['able', 'able_with_support', 'substantial_difficulty'] as const;
export const MANDATES = ['asked', 'consented', 'known_wishes', 'none', 'declined'] as const;
export const WANTS = ['yes', 'no', 'unknown'] as const;
export const HARM_LEVELS = ['on', 'off', 'exclusion'] as const;
export const RANKS = ['below', 'peer', 'above'] as const;
export const THEORY_KEYS = [
  'allyship_advocacy',
  'with_for_to',
  'situated_knowledge',
  'intersectionality',
  'hierarchy_of_oppression',
  'amplification',
  'five_ds',
  'care_act_advocacy',
  'mental_capacity',
  'accessible_information',
  'enablers_inhibitors',
  'say_see_expect',
  'leeds_pairing',
  'calling_in_out',
  'positive_action',
] as const;

function oneOf<const T extends readonly [string, ...string[]]>(key: string, values: T) {
  const list = values.length === 2 ? values.join(' or ') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
  return z.enum(values, {
    error: (issue) => `${key}: must be ${list} (got "${typeof issue.input === 'string' ? issue.input : ''}")`,
  });
}

const textSchema = (key: string) => z.string().check(z.minLength(1, { error: `${key}: needs some text` }));
const onOff = (key: string) =>
  z.pipe(
    z.enum(['on', 'off'], {
      error: (issue) => `${key}: must be on or off (got "${typeof issue.input === 'string' ? issue.input : ''}")`,
    }),
    z.transform((v: 'on' | 'off') => v === 'on'),
  );

const personTag = <K extends string>(key: K) => z.object({ key: z.literal(key), id: idSchema });

export const LineTagSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('scene'), name: textSchema('scene') }),
  personTag('speaker'),
  personTag('to'),
  personTag('enter'),
  personTag('exit'),
  z.object({ key: z.literal('access'), id: idSchema, access: oneOf('access', ACCESS_LEVELS) }),
  z.object({ key: z.literal('mandate'), id: idSchema, mandate: oneOf('mandate', MANDATES) }),
  z.object({ key: z.literal('wants'), id: idSchema, wants: oneOf('wants', WANTS) }),
  z.object({
    key: z.literal('consent'),
    id: idSchema,
    item: textSchema('consent'),
    /** null: everyone. */
    to: z.nullable(z.array(idSchema)),
  }),
  z.object({ key: z.literal('harm'), harm: oneOf('harm', HARM_LEVELS) }),
  z.object({ key: z.literal('duty'), duty: onOff('duty') }),
  z.object({ key: z.literal('unsafe'), unsafe: onOff('unsafe') }),
  z.object({ key: z.literal('rank'), rank: oneOf('rank', RANKS) }),
  z.object({ key: z.literal('discuss'), text: textSchema('discuss') }),
  z.object({ key: z.literal('note'), text: textSchema('note') }),
  z.object({ key: z.literal('moment'), text: textSchema('moment') }),
  z.object({ key: z.literal('perspective'), who: idSchema, text: textSchema('perspective') }),
  z.object({ key: z.literal('theory'), theory: oneOf('theory', THEORY_KEYS) }),
  z.object({ key: z.literal('prop'), id: idSchema, item: textSchema('prop') }),
  z.object({ key: z.literal('next_scene'), knot: textSchema('next_scene') }),
  z.object({ key: z.literal('move'), move: MoveSpecSchema }),
  z.object({ key: z.literal('contested') }),
]);

export type LineTag = z.infer<typeof LineTagSchema>;
export type LineTagKey = LineTag['key'];

export type ParsedTag =
  | { kind: 'ours'; tag: LineTag }
  | { kind: 'problem'; severity: 'error' | 'warning'; message: string }
  | { kind: 'foreign' };

type Reader = (value: string) => Record<string, unknown> | string;

const words = (value: string): string[] => value.split(/\s+/).filter((w) => w !== '');

function onePerson(key: string): Reader {
  return (value) => {
    const [id, ...rest] = words(value);
    return rest.length > 0 ? `${key}: takes one person id (got "${value}")` : { id: id ?? '' };
  };
}

function personAnd(key: string, field: string): Reader {
  return (value) => {
    const [id, level, ...rest] = words(value);
    if (level === undefined || rest.length > 0) {
      return `${key}: takes a person and a value, e.g. "${key}: esther ${field === 'access' ? 'able' : 'no'}" (got "${value}")`;
    }
    return { id, [field]: level };
  };
}

function single(key: string): Reader {
  return (value) => {
    const parts = words(value);
    return parts.length > 1 ? `${key}: takes one word (got "${value}")` : { [key]: parts[0] ?? '' };
  };
}

const READERS: Record<LineTagKey, Reader> = {
  scene: (value) => ({ name: value }),
  speaker: onePerson('speaker'),
  to: onePerson('to'),
  enter: onePerson('enter'),
  exit: onePerson('exit'),
  access: personAnd('access', 'access'),
  mandate: personAnd('mandate', 'mandate'),
  wants: personAnd('wants', 'wants'),
  consent: (value) => {
    const [id, item, audience, ...rest] = words(value);
    if (item === undefined || rest.length > 0 || (audience !== undefined && !audience.startsWith('to='))) {
      return `consent: takes a person, an item and optionally to=ID,…, e.g. "consent: desmond partner to=ann" (got "${value}")`;
    }
    return {
      id,
      item,
      to:
        audience === undefined
          ? null
          : audience
              .slice(3)
              .split(',')
              .filter((a) => a !== ''),
    };
  },
  harm: single('harm'),
  duty: single('duty'),
  unsafe: single('unsafe'),
  rank: single('rank'),
  discuss: (value) => ({ text: value }),
  note: (value) => ({ text: value }),
  moment: (value) => ({ text: value }),
  perspective: (value) => {
    const colon = value.indexOf(':');
    return colon < 0
      ? `perspective: needs "ID: what they noticed" (got "${value}")`
      : { who: value.slice(0, colon).trim(), text: value.slice(colon + 1).trim() };
  },
  theory: single('theory'),
  prop: (value) => {
    const [id = '', ...item] = words(value);
    return { id, item: item.join(' ') };
  },
  next_scene: (value) =>
    words(value).length > 1 ? `next_scene: takes one knot name (got "${value}")` : { knot: value },
  move: (value) => {
    const parsed = parseMove(value);
    return parsed.ok ? { move: parsed.move } : parsed.message;
  },
  contested: (value) => (value === '' ? {} : `contested takes no value (got "${value}")`),
};

const FOREIGN_KEYS: readonly string[] = [...HEADER_KEYS, ...INKY_KEYS, ''];

/**
 * Parses one tag met on a line or a choice. Header keys on a line, Inky's own tags and empty tags are 'foreign'
 * (not ours to judge); an unknown key is a warning, which the caller drops in an unscored story.
 */
export function parseLineTag(raw: string): ParsedTag {
  const { key, value } = splitTag(raw);
  if (FOREIGN_KEYS.includes(key)) {
    return { kind: 'foreign' };
  }
  const reader = READERS[key as LineTagKey] as Reader | undefined;
  if (reader === undefined || !Object.hasOwn(READERS, key)) {
    const guess = suggestKey(key);
    return {
      kind: 'problem',
      severity: 'warning',
      message: `unknown tag "${key}"${guess === null ? '' : ` (did you mean "${guess}"?)`}`,
    };
  }
  const candidate = reader(value);
  if (typeof candidate === 'string') {
    return { kind: 'problem', severity: 'error', message: candidate };
  }
  const parsed = LineTagSchema.safeParse({ key, ...candidate });
  if (!parsed.success) {
    return { kind: 'problem', severity: 'error', message: parsed.error.issues.map((i) => i.message).join('; ') };
  }
  return { kind: 'ours', tag: parsed.data };
}

/** A story is scored when any choice carries a `move:` tag (authoring contract). */
export function isScoredStory(choiceTagLists: string[][]): boolean {
  return choiceTagLists.some((tags) => tags.some((raw) => splitTag(raw).key === 'move'));
}
