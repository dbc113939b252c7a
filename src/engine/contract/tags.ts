// Every tag key of the authoring contract, in one registry: where it may stand, the schema its value must meet
// and how its words are read. The checker, the play CLI, the engine, the stage and AUTHORING.md's tables all
// derive from this file (a test fails when AUTHORING.md and this registry disagree).
//
// Where a tag may stand:
//   global  the story header: tag-only lines at the very top of the main file (header.ts reads them)
//   knot    the first line of a knot or stitch (scene-level tags); the checker accepts them on any line
//   line    any line of story text
//   choice  inside an option's [brackets]
import { z } from '../zod.ts';
import { closest } from '../didYouMean.ts';
import { idSchema, splitTag, words } from './tagWords.ts';
import { MoveSpecSchema, parseMove } from './moves.ts';
import { FacetKeySchema } from './cast.ts';
import { SCRIPT_CARD_KEYS } from './scriptCards.ts';

export type TagPlace = 'global' | 'knot' | 'line' | 'choice';

const ACCESS_LEVELS = ['able', 'able_with_support', 'substantial_difficulty'] as const;
const MANDATES = ['asked', 'consented', 'known_wishes', 'none', 'declined'] as const;
const WANTS = ['yes', 'no', 'unknown'] as const;
const HARM_LEVELS = ['on', 'off', 'exclusion'] as const;
const RANKS = ['below', 'peer', 'above'] as const;

export type Access = (typeof ACCESS_LEVELS)[number];
export type Mandate = (typeof MANDATES)[number];
export type Wants = (typeof WANTS)[number];
export type HarmLevel = (typeof HARM_LEVELS)[number];
export type Rank = (typeof RANKS)[number];

/** The header's keys: each stands only in the header. header.ts reads their values. */
export const HEADER_TAGS = {
  title: { requiredWhenScored: true, repeats: false },
  summary: { requiredWhenScored: true, repeats: false },
  minutes: { requiredWhenScored: true, repeats: false },
  role: { requiredWhenScored: true, repeats: false },
  outcome: { requiredWhenScored: true, repeats: true },
  content_note: { requiredWhenScored: false, repeats: true },
  review: { requiredWhenScored: false, repeats: false },
  author: { requiredWhenScored: false, repeats: true },
  cast: { requiredWhenScored: false, repeats: true },
  listed: { requiredWhenScored: false, repeats: false },
} as const satisfies Record<string, { requiredWhenScored: boolean; repeats: boolean }>;

export type HeaderKey = keyof typeof HEADER_TAGS;
export const HEADER_KEYS = Object.keys(HEADER_TAGS) as HeaderKey[];

function oneOf<const T extends readonly [string, ...string[]]>(key: string, values: T) {
  const list = orList(values);
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

/** Turns a tag's words into the fields its schema checks, or says plainly why they cannot be read. */
type Reader = (value: string) => Record<string, unknown> | string;

interface StoryTagDef<S> {
  places: readonly TagPlace[];
  schema: S;
  read: Reader;
}

const define = <S extends z.ZodMiniType>(places: readonly TagPlace[], schema: S, read: Reader): StoryTagDef<S> => ({
  places,
  schema,
  read,
});

const keyed = <const K extends string, S extends Record<string, z.ZodMiniType>>(key: K, shape: S) =>
  z.object({ key: z.literal(key), ...shape });

function onePerson(key: string): Reader {
  return (value) => {
    const [id, ...rest] = words(value);
    return rest.length > 0 ? `${key}: takes one person id (got "${value}")` : { id: id ?? '' };
  };
}

/** "a, b or c": the values a tag allows, as its messages list them (and check's, the places a tag may name). */
export function orList(values: readonly string[]): string {
  return values.length <= 2 ? values.join(' or ') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/**
 * A person and one of `values` (the contract's list for the key). Words written apart that the list joins with
 * underscores ("able with support") are named as the value meant.
 */
function personAnd(key: string, field: string, values: readonly [string, ...string[]]): Reader {
  return (value) => {
    const [id, level, ...rest] = words(value);
    if (level === undefined || rest.length > 0) {
      const joined = [level, ...rest].join('_').toLowerCase();
      const meant = values.includes(joined) ? ` (did you mean "${key}: ${id} ${joined}"?)` : '';
      return `${key}: takes a person and one of ${orList(values)}, e.g. "${key}: esther ${values[0]}" (got "${value}")${meant}`;
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

const text: Reader = (value) => ({ text: value });

const person = <const K extends string>(key: K) => define(['line'], keyed(key, { id: idSchema }), onePerson(key));

/** The tags of story lines and choices: events as the story runs, and what an option does. */
const STORY_TAGS = {
  scene: define(['knot'], keyed('scene', { name: textSchema('scene') }), (value) => ({ name: value })),
  speaker: person('speaker'),
  to: person('to'),
  enter: person('enter'),
  exit: person('exit'),
  access: define(
    ['line'],
    keyed('access', { id: idSchema, access: oneOf('access', ACCESS_LEVELS) }),
    personAnd('access', 'access', ACCESS_LEVELS),
  ),
  mandate: define(
    ['line'],
    keyed('mandate', { id: idSchema, mandate: oneOf('mandate', MANDATES) }),
    personAnd('mandate', 'mandate', MANDATES),
  ),
  wants: define(
    ['line'],
    keyed('wants', { id: idSchema, wants: oneOf('wants', WANTS) }),
    personAnd('wants', 'wants', WANTS),
  ),
  consent: define(
    ['line'],
    keyed('consent', {
      id: idSchema,
      item: textSchema('consent'),
      /** null: everyone. */
      to: z.nullable(z.array(idSchema)),
    }),
    (value) => {
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
  ),
  harm: define(['line'], keyed('harm', { harm: oneOf('harm', HARM_LEVELS) }), single('harm')),
  duty: define(['line'], keyed('duty', { duty: onOff('duty') }), single('duty')),
  unsafe: define(['line'], keyed('unsafe', { unsafe: onOff('unsafe') }), single('unsafe')),
  rank: define(['line'], keyed('rank', { rank: oneOf('rank', RANKS) }), single('rank')),
  discuss: define(['line'], keyed('discuss', { text: textSchema('discuss') }), text),
  note: define(['line'], keyed('note', { text: textSchema('note') }), text),
  moment: define(['line'], keyed('moment', { text: textSchema('moment') }), text),
  perspective: define(['line'], keyed('perspective', { who: idSchema, text: textSchema('perspective') }), (value) => {
    const colon = value.indexOf(':');
    return colon < 0
      ? `perspective: needs "ID: what they noticed" (got "${value}")`
      : { who: value.slice(0, colon).trim(), text: value.slice(colon + 1).trim() };
  }),
  theory: define(['line'], keyed('theory', { theory: oneOf('theory', SCRIPT_CARD_KEYS) }), single('theory')),
  prop: define(['line'], keyed('prop', { id: idSchema, item: textSchema('prop') }), (value) => {
    const [id = '', ...item] = words(value);
    return { id, item: item.join(' ') };
  }),
  next_scene: define(['knot'], keyed('next_scene', { knot: textSchema('next_scene') }), (value) =>
    words(value).length > 1 ? `next_scene: takes one knot name (got "${value}")` : { knot: value },
  ),
  // v3: from this line on the learner has been shown ID's facet KEY (debrief.md, step 2). Whether the person has
  // that facet, marked invisible or unvoiced, is the checker's to judge against the cast.
  reveal: define(['line'], keyed('reveal', { id: idSchema, facet: FacetKeySchema }), (value) => {
    const [id, facet, ...rest] = words(value);
    if (facet === undefined || rest.length > 0) {
      return `reveal: takes a person and one of their facet keys, e.g. "reveal: esther education" (got "${value}")`;
    }
    return { id, facet: facet.toLowerCase() };
  }),
  move: define(['choice'], keyed('move', { move: MoveSpecSchema }), (value) => {
    const parsed = parseMove(value);
    return parsed.ok ? { move: parsed.move } : parsed.message;
  }),
  contested: define(['choice'], keyed('contested', {}), (value) =>
    value === '' ? {} : `contested takes no value (got "${value}")`,
  ),
  // v3: the author's own debrief question for a learner who took this option (debrief.md, step 3).
  reflect: define(['choice'], keyed('reflect', { text: textSchema('reflect') }), text),
};

export type StoryTagKey = keyof typeof STORY_TAGS;
export type LineTag = { [K in StoryTagKey]: z.infer<(typeof STORY_TAGS)[K]['schema']> }[StoryTagKey];

export const STORY_TAG_KEYS = Object.keys(STORY_TAGS) as StoryTagKey[];

/** Inky's web export acts on these; a story written for it still plays here, so they are never "unknown". */
export const INKY_KEYS = ['clear', 'restart', 'image', 'class', 'audio', 'audioloop', 'background'] as const;

/** Every key the game knows, lower-cased (splitTag lower-cases keys, so `# CLEAR` matches `clear`). */
export const KNOWN_TAG_KEYS: readonly string[] = [...HEADER_KEYS, ...STORY_TAG_KEYS, ...INKY_KEYS];

/** Keys of our own (not Inky's): a story using any of them has its tags checked strictly. */
export const OUR_TAG_KEYS: ReadonlySet<string> = new Set([...HEADER_KEYS, ...STORY_TAG_KEYS]);

/** Where a key may stand; null for a key that is not ours (Inky's, or unknown). */
export function placesOf(key: string): readonly TagPlace[] | null {
  if (Object.hasOwn(HEADER_TAGS, key)) return ['global'];
  if (Object.hasOwn(STORY_TAGS, key)) return STORY_TAGS[key as StoryTagKey].places;
  return null;
}

function isStoryTagKey(key: string): key is StoryTagKey {
  return Object.hasOwn(STORY_TAGS, key);
}

/** The known key an unknown one was probably meant to be, within two edits; null for a known key. */
export function suggestKey(key: string): string | null {
  const lower = key.trim().toLowerCase();
  if (KNOWN_TAG_KEYS.includes(lower)) {
    return null;
  }
  return closest(lower, KNOWN_TAG_KEYS, 2);
}

export function unknownKeyMessage(key: string): string {
  const guess = suggestKey(key);
  return `unknown tag "${key}"${guess === null ? '' : ` (did you mean "${guess}"?)`}: the game ignores it${guess === null ? '' : `, so it does nothing a "${guess}:" would`}`;
}

export type ParsedTag =
  | { kind: 'ours'; tag: LineTag }
  | { kind: 'problem'; severity: 'error' | 'warning'; message: string }
  | { kind: 'foreign' };

const FOREIGN_KEYS: readonly string[] = [...HEADER_KEYS, ...INKY_KEYS, ''];

function readStoryTag(raw: string): ParsedTag {
  const { key, value } = splitTag(raw);
  if (FOREIGN_KEYS.includes(key)) {
    return { kind: 'foreign' };
  }
  if (!isStoryTagKey(key)) {
    return { kind: 'problem', severity: 'warning', message: unknownKeyMessage(key) };
  }
  const def: StoryTagDef<z.ZodMiniType> = STORY_TAGS[key];
  const candidate = def.read(value);
  if (typeof candidate === 'string') {
    return { kind: 'problem', severity: 'error', message: candidate };
  }
  const parsed = def.schema.safeParse({ key, ...candidate });
  if (!parsed.success) {
    return { kind: 'problem', severity: 'error', message: parsed.error.issues.map((i) => i.message).join('; ') };
  }
  return { kind: 'ours', tag: parsed.data as LineTag };
}

// The same tags come back on every line of every playthrough of a story: each raw tag is read once.
const readTags = new Map<string, ParsedTag>();

/**
 * Parses one tag met on a line or a choice: the one parse of the tag language, shared by the engine, the checker
 * and the stage. Header keys on a line, Inky's own tags and empty tags are 'foreign' (not ours to judge); an
 * unknown key is a warning, which the caller drops in an unscored story.
 */
export function parseLineTag(raw: string): ParsedTag {
  let parsed = readTags.get(raw);
  if (parsed === undefined) {
    parsed = readStoryTag(raw);
    if (readTags.size > 5000) readTags.clear();
    readTags.set(raw, parsed);
  }
  return parsed;
}

/** The tags of ours among raw tags, parsed, in order; problems and foreign tags are left out. */
export function ourTags(raws: readonly string[]): LineTag[] {
  const out: LineTag[] = [];
  for (const raw of raws) {
    const parsed = parseLineTag(raw);
    if (parsed.kind === 'ours') out.push(parsed.tag);
  }
  return out;
}
