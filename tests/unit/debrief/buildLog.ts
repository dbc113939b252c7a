// Hand-built decision logs for the debrief's tests: every field a DecisionRecord needs, with quiet defaults,
// so each test only states what it is about.
import type { ActName, ContextSnapshot, DecisionRecord, MoveSpec, Turn } from '../../../src/engine/types';
import type { CastMember, DecisionLog } from '../../../src/engine/debrief/debriefSources';

export interface DecisionSketch {
  acts?: [ActName, string | null][];
  moves?: Partial<MoveSpec>[];
  scores?: [number, number, number];
  moment?: string | null;
  choice?: string;
  rank?: ContextSnapshot['rank'];
  present?: string[];
  contested?: boolean;
  perspectives?: { who: string; text: string }[];
  theory?: string[];
  /** Scores before R9 and R13 (defaults to `scores`). */
  base?: [number, number, number];
  reflect?: string[];
  harm?: ContextSnapshot['harm'];
}

export function decision(index: number, sketch: DecisionSketch = {}): DecisionRecord {
  const [voice, power, courage] = sketch.scores ?? [0, 0, 0];
  const moves: MoveSpec[] = (sketch.moves ?? []).map((move) => ({
    move: move.move ?? 'relay',
    target: move.target ?? null,
    params: move.params ?? {},
    flags: move.flags ?? [],
  }));
  const acts = (sketch.acts ?? []).map(([act, target]) => ({ act, target }));
  const people: ContextSnapshot['people'] = {};
  for (const who of sketch.present ?? []) {
    people[who] = { present: true, access: 'able', mandate: 'none', wants: 'unknown', consents: {} };
  }
  return {
    index,
    pathIndex: index * 2 + 1,
    choice: { index: 0, text: sketch.choice ?? `Choice ${index}` },
    options: [
      {
        index: 0,
        text: sketch.choice ?? `Choice ${index}`,
        moves,
        contested: sketch.contested ?? false,
        acts,
        voice,
        power,
        courage,
      },
    ],
    moves,
    acts,
    base: sketch.base
      ? { voice: sketch.base[0], power: sketch.base[1], courage: sketch.base[2] }
      : { voice, power, courage },
    voice,
    power,
    courage,
    lastAct: sketch.acts?.[0]?.[0] ?? '',
    selfFocus: false,
    context: {
      people,
      harm: sketch.harm ?? 'off',
      duty: false,
      unsafe: false,
      rank: sketch.rank ?? 'peer',
      scene: null,
    },
    moment: sketch.moment === undefined ? `Moment ${index}` : sketch.moment,
    perspectives: sketch.perspectives ?? [],
    discuss: [],
    notes: [],
    theory: sketch.theory ?? [],
    contested: sketch.contested ?? false,
    followedUpBy: null,
    repairedBy: null,
    reflect: sketch.reflect ?? [],
  };
}

export function log(decisions: DecisionRecord[], extra: Partial<DecisionLog> = {}): DecisionLog {
  const turns: Turn[] = extra.turns ?? [];
  return {
    decisions,
    turns,
    pattern: extra.pattern ?? null,
    scored: extra.scored ?? true,
    // As the playthrough keeps it: every theory: key met, in order, without repeats.
    theory: extra.theory ?? [...new Set(decisions.flatMap((d) => d.theory))],
    ...(extra.theory ? { theory: extra.theory } : {}),
    ...(extra.shown ? { shown: extra.shown } : {}),
  };
}

/** Esther and Dawn from the authoring contract's example header, plus Amina from voice-model example 1. */
export const CAST: CastMember[] = [
  {
    id: 'esther',
    name: 'Esther Mensah',
    pronouns: 'she/her',
    facets: [
      { key: 'age', value: '78', marks: [] },
      { key: 'race', value: 'Ghanaian-British', marks: [] },
      { key: 'ability', value: 'severe hearing loss', marks: ['invisible', 'communication'] },
      { key: 'education', value: 'retired deputy head teacher', marks: ['invisible', 'unvoiced'] },
    ],
  },
  {
    id: 'dawn',
    name: 'Dawn',
    facets: [
      { key: 'employment', value: 'receptionist', marks: [] },
      { key: 'class', value: 'working-class', marks: [] },
      { key: 'caring', value: 'cares for her mother', marks: ['invisible'] },
    ],
  },
  {
    id: 'amina',
    name: 'Amina',
    facets: [
      { key: 'race', value: 'Black British', marks: ['minoritised'] },
      { key: 'employment', value: 'healthcare assistant', marks: ['junior'] },
      { key: 'gender', value: 'woman', marks: [] },
      { key: 'religion', value: 'Muslim', marks: ['selective'] },
    ],
  },
];
