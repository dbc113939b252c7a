// What the stage shows, as plain data: who is on, who speaks to whom, who faces whom, who is being talked past
// and who the learner has brought back into the light. A pure reducer fed by the story's cues, each spoken line's
// `to:` and each decision's acts; the scene draws whatever state it is given, and tests read the same state.
import { ACT_SCORES } from '../engine/contract/index.ts';
import { LEARNER_ID } from '../engine/contract/index.ts';
import type { ActName } from '../engine/types';
import type { StageCue } from '../engine/storyEvents';
import { talkedPastBy } from '../engine/talkedPast.ts';

/** `you`: the learner has a place on stage too (downstage, seen from behind), never drawn as anyone in particular. */
export const YOU = LEARNER_ID;

export interface StageState {
  scene: string | null;
  /** Cast ids on stage, in the order they came on (left to right). The learner is always on and is not listed. */
  onStage: readonly string[];
  /** Everyone who has been on stage in this performance, in order: the company at the curtain call. */
  met: readonly string[];
  /** Props each person carries; kept between scenes, as people keep their things. */
  props: Readonly<Record<string, readonly string[]>>;
  /** Who speaks now: a cast id, `you`, or null (narration). Lit. */
  speaker: string | null;
  /** Whom the speaker addresses (`to:`): a cast id, `you`, or null for the room. */
  addressee: string | null;
  /** Whom each person faces: an id (cast or `you`), or null for out front. */
  facing: Readonly<Record<string, string | null>>;
  /** On stage and being talked past or about: dimmed, and the speaker turned from them. */
  leftOut: readonly string[];
  /** Those the learner handed the floor to in this scene after they were left out: back in the light. */
  broughtBack: readonly string[];
  /** The person the learner has just handed the floor to, lit until someone speaks. */
  floor: string | null;
  /**
   * The person the learner has just handed the floor to, kept through the learner's own words after the choice
   * ("…Desmond, you were saying?") until someone else speaks or the story narrates: whoever speaks next, if not them,
   * speaks instead of them (engine/talkedPast.ts SceneSoFar.invited).
   */
  invited: string | null;
  harm: 'off' | 'on' | 'exclusion';
  /** Per person, the last one they spoke with in this scene (whom a turn away leaves out). */
  partner: Readonly<Record<string, string>>;
  /**
   * Per speaker, whom they last spoke to and those they turned from to do it: still turned from while they talk on
   * (the next line is theirs again, to the same person).
   */
  away: Readonly<Record<string, { to: string; from: readonly string[] }>>;
  /**
   * Whom the last line spoken talks past, if the scene is (or turns out to be) one of exclusion. Kept through
   * narration, so a `harm: exclusion` a line of narration after the line that did it still applies to that line.
   */
  passing: readonly string[];
  /** Who has talked past someone in this scene: the one doing the excluding is never the one talked past. */
  excluding: readonly string[];
  /** Whose matters this scene weighs (its `access:`, `mandate:`, `wants:`, `consent:`): who can be talked past. */
  weighs: readonly string[];
  /** The story's Audience, told as it starts: whose voice the choices are about (their words talk past nobody). */
  audience: readonly string[];
  /** The story has ended: the whole company comes on and bows. */
  curtainCall: boolean;
}

export type StageAction =
  /** A stage direction; `speaker:` reaches the stage as an entrance (followStory.ts). */
  | Exclude<StageCue, { kind: 'speaker' }>
  /** A line after its cues: who speaks, to whom. A hidden (tag-only) line leaves the light as it was. */
  | { kind: 'line'; speaker: string | null; to: string | null; hidden: boolean }
  /** The learner's decision, as the voice model resolved it. */
  | { kind: 'decision'; acts: readonly { act: ActName; target: string | null }[] }
  | { kind: 'ended' };

export const EMPTY_STAGE: StageState = {
  scene: null,
  onStage: [],
  met: [],
  props: {},
  speaker: null,
  addressee: null,
  facing: {},
  leftOut: [],
  broughtBack: [],
  floor: null,
  invited: null,
  harm: 'off',
  partner: {},
  away: {},
  passing: [],
  excluding: [],
  weighs: [],
  audience: [],
  curtainCall: false,
};

/**
 * Acts that hand a person the floor: by the voice model's own table, those that hear their voice or make room for
 * it (VOICE +2) or leave the decision with them (POWER +2): INVITE, HOLD_SPACE, AMPLIFY, CREDIT, ASK_CONSENT,
 * DECIDE_WITH, REMOVE_BARRIER, RESPECT_WISH.
 */
export function handsTheFloor(act: ActName): boolean {
  return ACT_SCORES[act].voice === 2 || ACT_SCORES[act].power === 2;
}

/** Acts that talk about, for or over a person (VOICE below 0): done in front of them, they leave them out. */
export function talksPast(act: ActName): boolean {
  return ACT_SCORES[act].voice < 0;
}

const without = (list: readonly string[], id: string) => list.filter((x) => x !== id);
const withOne = (list: readonly string[], id: string) => (list.includes(id) ? list : [...list, id]);

export function stageReducer(state: StageState, action: StageAction): StageState {
  switch (action.kind) {
    case 'scene':
      return {
        ...EMPTY_STAGE,
        scene: action.name,
        met: state.met,
        props: state.props,
        audience: state.audience,
      };
    case 'enter':
      return {
        ...state,
        onStage: withOne(state.onStage, action.id),
        met: withOne(state.met, action.id),
        curtainCall: false,
      };
    case 'exit': {
      const facing = { ...state.facing };
      delete facing[action.id];
      for (const [who, to] of Object.entries(facing)) if (to === action.id) facing[who] = null;
      return {
        ...state,
        onStage: without(state.onStage, action.id),
        leftOut: without(state.leftOut, action.id),
        broughtBack: without(state.broughtBack, action.id),
        speaker: state.speaker === action.id ? null : state.speaker,
        addressee: state.addressee === action.id ? null : state.addressee,
        floor: state.floor === action.id ? null : state.floor,
        invited: state.invited === action.id ? null : state.invited,
        facing,
      };
    }
    case 'prop': {
      const had = state.props[action.id] ?? [];
      if (had.includes(action.item)) return state;
      return { ...state, props: { ...state.props, [action.id]: [...had, action.item] } };
    }
    case 'weighs':
      return { ...state, weighs: withOne(state.weighs, action.id) };
    case 'audience':
      return { ...state, audience: withOne(state.audience, action.id) };
    case 'harm':
      // Authors often mark the harm just after the line that does it: it applies to that line too.
      return action.harm === 'exclusion'
        ? leaveOut({ ...state, harm: action.harm }, state.passing, state.speaker)
        : { ...state, harm: action.harm };
    case 'line':
      return spoken(state, action);
    case 'decision':
      return decided(state, action.acts);
    case 'ended':
      // The company takes a bow: everyone the learner met, in the light, facing out front.
      return {
        ...state,
        onStage: state.met,
        speaker: null,
        addressee: null,
        floor: null,
        leftOut: [],
        passing: [],
        facing: {},
        curtainCall: true,
      };
  }
}

const isHere = (state: StageState, id: string | null): id is string =>
  id !== null && (id === YOU || state.onStage.includes(id));

function spoken(state: StageState, line: { speaker: string | null; to: string | null; hidden: boolean }): StageState {
  const speaker = isHere(state, line.speaker) ? line.speaker : null;
  if (speaker === null) {
    // Narration lights nobody; a tag-only line changes nothing that is lit. Session 18 (S1 "The new tablets": Dr Shah
    // asks the worker about Esther, "She has eleven more patients.", then `harm: exclusion`): what the last line
    // talked past stands through the narration after it, for a harm marked just after.
    return line.hidden ? state : { ...state, speaker: null, addressee: null, floor: null, invited: null };
  }
  const to = isHere(state, line.to) && line.to !== speaker ? line.to : null;

  // Talked past: someone speaking to one person turns from the one they were last speaking with, or, at their first
  // words in the scene, from everyone else on stage, unless they answer the one who has just spoken: everyone watches
  // the speaker, so they were facing them already and turn from nobody (session 18, S2 planning meeting: Luke's
  // "She is, Helen" after Helen's "Claire is family." turned him from Desmond, but only on walks where it was his
  // first line in the scene); talking on to the same person, they are still turned from
  // whom they turned from (session 18, S2 Sunday: Claire's second line about Alan, to you at the door). Of those,
  // the line talks past whom engine/talkedPast.ts says: only those whose matters the scene weighs, and never the
  // one doing the excluding. It counts when the scene is one of exclusion: the author's `harm: exclusion`, now or
  // just after the line.
  let passing: string[] = [];
  const away = { ...state.away };
  if (speaker !== YOU && to !== null) {
    const before = state.partner[speaker];
    // Talking on: the line before was theirs, to the same person (no reply, narration or choice between).
    const talkingOn = state.speaker === speaker && state.addressee === to && state.away[speaker]?.to === to;
    const turnedFrom = (
      before === undefined
        ? state.speaker === to
          ? []
          : state.onStage.filter((p) => p !== speaker)
        : talkingOn
          ? state.away[speaker]!.from
          : [before]
    ).filter((p) => state.onStage.includes(p));
    away[speaker] = { to, from: turnedFrom };
    passing = talkedPastBy({ who: speaker, to }, turnedFrom, {
      audience: state.audience,
      weighs: state.weighs,
      excluding: state.excluding,
      talkedPast: [...state.leftOut, ...state.broughtBack],
      invited: state.invited !== null && state.onStage.includes(state.invited) ? state.invited : null,
    });
  }

  // The speaker turns to whom they address; the one addressed turns back; everyone else watches the speaker.
  const facing: Record<string, string | null> = {};
  for (const id of [...state.onStage, YOU]) facing[id] = id === speaker ? to : id === to ? speaker : speaker;
  const partner = { ...state.partner };
  if (to !== null) {
    partner[speaker] = to;
    partner[to] = speaker;
  }
  // The learner's own words after handing someone the floor keep the invitation open; anyone else's close it.
  const invited = speaker === YOU ? state.invited : null;
  const next = { ...state, speaker, addressee: to, floor: null, invited, facing, partner, away, passing };
  return state.harm === 'exclusion' ? leaveOut(next, passing, speaker) : next;
}

/** `by`: the cast member whose line left them out (the one doing the excluding), or null for the learner's acts. */
function leaveOut(state: StageState, people: readonly string[], by: string | null): StageState {
  let { leftOut, broughtBack } = state;
  for (const p of people) {
    if (!state.onStage.includes(p)) continue;
    leftOut = withOne(leftOut, p);
    broughtBack = without(broughtBack, p);
  }
  const excluding =
    by !== null && people.some((p) => state.onStage.includes(p)) ? withOne(state.excluding, by) : state.excluding;
  return { ...state, leftOut, broughtBack, excluding };
}

function decided(state: StageState, acts: readonly { act: ActName; target: string | null }[]): StageState {
  let next: StageState = { ...state, passing: [], invited: null };
  for (const { act, target } of acts) {
    if (target === null || !next.onStage.includes(target)) continue;
    if (handsTheFloor(act)) {
      // Brought back into the light: the floor is theirs, and everyone, the learner too, turns to them.
      const facing: Record<string, string | null> = {};
      for (const id of [...next.onStage, YOU]) facing[id] = id === target ? YOU : target;
      next = {
        ...next,
        speaker: null,
        addressee: null,
        floor: target,
        invited: target,
        facing,
        leftOut: without(next.leftOut, target),
        broughtBack: next.leftOut.includes(target) ? withOne(next.broughtBack, target) : next.broughtBack,
      };
    } else if (talksPast(act)) {
      // Spoken for, over or about while standing there.
      next = leaveOut({ ...next, floor: next.floor === target ? null : next.floor }, [target], null);
    }
  }
  return next;
}

/** The read-only view tests assert on (the scene publishes it on the stage box as `data-stage`). */
export function stageSnapshot(state: StageState) {
  const { scene, onStage, speaker, addressee, facing, leftOut, broughtBack, floor, props, curtainCall } = state;
  return { scene, onStage, speaker, addressee, facing, leftOut, broughtBack, floor, props, curtainCall };
}
export type StageSnapshot = ReturnType<typeof stageSnapshot>;
