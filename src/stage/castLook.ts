// How each person is drawn, read from what their cast line says about them. Only what others could see is drawn:
// a facet marked `invisible` never shows, and nothing is guessed from identity (no build, hair or aid from gender,
// faith or disability). Whatever the cast line leaves open (build, height, hairstyle, colours) comes from a hash
// of the person's id, so two people never share a look by accident and the same person looks the same everywhere.
import type { Facet } from '../engine/contract/index.ts';
import { textSeed } from '../engine/seededRandom.ts';
import { isTitle } from '../engine/titledNames.ts';
import type { StageCastMember } from './stageSource';

type Build = 'slight' | 'average' | 'broad';
type HairStyle = 'crop' | 'short' | 'bob' | 'long' | 'bun' | 'curls' | 'locs' | 'receding';
/** Clothes for the job the cast line names; `everyday` for anyone whose job is not on show. */
type Outfit = 'scrubs' | 'matron' | 'care_tunic' | 'doctor' | 'suit' | 'cardigan' | 'polo' | 'jacket' | 'everyday';
export type Aid = 'hearing_aid' | 'wheelchair' | 'walking_stick' | 'glasses' | 'communication_board';

export interface CastLook {
  build: Build;
  /** 0.9–1.06 of the base height. */
  height: number;
  skin: number;
  hair: number;
  hairStyle: HairStyle;
  /** Grey at the temples, lines at the eyes: from an `age:` of 50 and over (only age is read for age). */
  age: 'younger' | 'middle' | 'older';
  outfit: Outfit;
  /** The main colour of their clothes, and a second one (trousers, trim). */
  top: number;
  bottom: number;
  aids: Aid[];
}

// Six skin tones, light to deep.
export const SKIN_TONES = [0xf3d3bd, 0xe0b394, 0xc68e65, 0xa0673f, 0x7a4a2b, 0x553220] as const;
const HAIR_COLOURS = [0x1b1512, 0x3b2618, 0x5e3a21, 0x8a5a2e, 0xb98a4e, 0x6b2f1c] as const;
const GREY = 0xb9b4ae;
const SILVER = 0xe2ded8;
const HAIR_STYLES: readonly HairStyle[] = ['crop', 'short', 'bob', 'long', 'bun', 'curls', 'locs'];
const BUILDS: readonly Build[] = ['slight', 'average', 'broad'];
const EVERYDAY = [0x4f7fa6, 0x8a5a83, 0x5c8a5a, 0xb0703c, 0x6c6aa8, 0x9b4d4d, 0x3f7f7f, 0xa8924c] as const;
const TROUSERS = [0x2e3440, 0x3d3a4f, 0x4a3f35, 0x2f4a4a, 0x505050] as const;

const pick = <T>(list: readonly T[], seed: number): T => list[seed % list.length];

/** What the cast line says under `key`, unless the author marked it as not visible. */
function visible(facets: readonly Facet[], ...keys: string[]): string {
  return facets
    .filter((f) => keys.includes(f.key) && !f.marks.includes('invisible'))
    .map((f) => f.value.toLowerCase())
    .join('; ');
}

/**
 * Skin tone is a visible fact about a person, so the drawing follows the cast line's `race:` or `ethnicity:` when
 * it gives one (within a range, never one tone per group); otherwise any of the six, from the id.
 */
function skinFor(facets: readonly Facet[], seed: number): number {
  const said = visible(facets, 'race', 'ethnicity');
  const range: readonly number[] =
    /black|african|ghana|nigeria|jamaica|caribbean|zimbabwe|sudan|somali|congo|eritrea/.test(said)
      ? [3, 4, 5]
      : /indian|bangladeshi|pakistani|south asian|arab|syria|iraq|kurd|turk|iran|afghan|latin|brazil|mixed/.test(said)
        ? [2, 3]
        : /chinese|east asian|japanese|korean|vietnam|filipin/.test(said)
          ? [0, 1]
          : /white|irish|polish|english|scottish|welsh|romanian|european/.test(said)
            ? [0, 1]
            : [0, 1, 2, 3, 4, 5];
  return SKIN_TONES[pick(range, seed)];
}

function ageOf(facets: readonly Facet[]): CastLook['age'] {
  const years = Number(/\d+/.exec(visible(facets, 'age'))?.[0] ?? NaN);
  if (years >= 65) return 'older';
  if (years >= 50) return 'middle';
  return 'younger';
}

function outfitFor(job: string, seed: number): { outfit: Outfit; top: number } {
  if (/matron/.test(job)) return { outfit: 'matron', top: 0x1f2f5c };
  if (/\bnurse|ward sister|midwife/.test(job)) return { outfit: 'scrubs', top: 0x2f5fa8 };
  if (/care worker|carer|healthcare assistant|\bhca\b|support worker/.test(job))
    return { outfit: 'care_tunic', top: 0x3f8a8a };
  // Before doctors: a "GP receptionist" is not a GP.
  if (/receptionist|administrator|clerk|secretary/.test(job))
    return { outfit: 'cardigan', top: pick([0x7b4f8a, 0x3f6f8f], seed) };
  if (/doctor|\bgp\b|registrar|consultant|physician|surgeon/.test(job)) return { outfit: 'doctor', top: 0xdfe7ee };
  if (/manager|director|councillor|chair|chief|lead|executive|head of|commissioner/.test(job))
    return { outfit: 'suit', top: pick([0x2b2f3a, 0x3b3350, 0x37474f], seed) };
  if (/coordinator|activities|porter|cafe|café|driver|warehouse/.test(job))
    return { outfit: 'polo', top: pick([0x2f7d5a, 0xb5573b], seed) };
  if (job !== '') return { outfit: 'jacket', top: pick(EVERYDAY, seed) };
  return { outfit: 'everyday', top: pick(EVERYDAY, seed) };
}

/** Aids the cast line says the person uses (or that a `prop:` hands them); never inferred from a condition alone. */
const AID_WORDS: readonly [RegExp, Aid][] = [
  [/hearing aid|hearing_aid/, 'hearing_aid'],
  [/wheelchair/, 'wheelchair'],
  [/walking stick|walking_stick|\bcane\b|walking frame/, 'walking_stick'],
  [/glasses|spectacles/, 'glasses'],
  [/communication board|communication_board|picture board|talking mat/, 'communication_board'],
];

export function aidsIn(text: string): Aid[] {
  return AID_WORDS.filter(([words]) => words.test(text.toLowerCase())).map(([, aid]) => aid);
}

/**
 * `castIndex` (the person's place in the header's cast, when known) spreads builds, hair colours and hairstyles so
 * that no two of the first six in a story share them; the rest comes from the id.
 */
export function lookFor(member: StageCastMember, castIndex?: number): CastLook {
  const facets = member.facets ?? [];
  const seed = textSeed(member.id);
  const age = ageOf(facets);
  const i = castIndex ?? null;
  const hairColour = i === null ? pick(HAIR_COLOURS, seed >>> 3) : HAIR_COLOURS[(i * 5) % HAIR_COLOURS.length];
  const { outfit, top } = outfitFor(visible(facets, 'employment'), seed >>> 5);
  // Aids are named in `ability:`; an aid anyone can see is drawn even when the condition itself is not on show.
  const aids = aidsIn(
    facets
      .filter((f) => f.key === 'ability')
      .map((f) => f.value)
      .join('; '),
  );
  return {
    build: i === null ? pick(BUILDS, seed >>> 7) : BUILDS[i % BUILDS.length],
    height: 0.9 + ((seed >>> 9) % 17) / 100,
    skin: skinFor(facets, seed >>> 11),
    hair: age === 'older' ? pick([GREY, SILVER], seed) : hairColour,
    hairStyle:
      age === 'older' && (seed >>> 13) % 4 === 0
        ? 'receding'
        : i === null
          ? pick(HAIR_STYLES, seed >>> 15)
          : HAIR_STYLES[(i * 3) % HAIR_STYLES.length],
    age,
    outfit,
    top,
    bottom: pick(TROUSERS, seed >>> 17),
    aids,
  };
}

/**
 * The name drawn under a figure: short enough to read on a phone (the full name is in the text). A titled person is
 * named as the story says them most (`calledAs`: "Pastor Ruth", "Dr Price"), as the curtain call names them after
 * the first time; without it, a title goes with the surname ("Cllr Nasreen Begum" → "Cllr Begum"), as people say it.
 */
export function stageName(member: Pick<StageCastMember, 'name' | 'calledAs'>): string {
  if (member.calledAs) return member.calledAs;
  const words = member.name.trim().split(/\s+/);
  if (isTitle(words[0] ?? '') && words.length > 1) return `${words[0]} ${words[words.length - 1]}`;
  return words[0] ?? member.name;
}
