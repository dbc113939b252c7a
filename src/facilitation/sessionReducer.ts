// Every change to a session is an action, and this is the one function that applies them. It knows nothing
// of the story: the caller (workshop.ts) asks the Playthrough what happened and hands over the new path. So
// the rules of a session (what the log keeps, what a reveal shows, what ending does) are tested on their own.
import type { PathStep } from '../engine/types';
import { nextRoomMoveId, type PickHow } from './sessionLog';
import type { DecisionStep, Overlay, Screen, SessionState } from './sessionState';

export type SessionAction =
  | { type: 'plan/vote'; key: string; on: boolean }
  | { type: 'start'; at: number }
  | { type: 'screen'; screen: Screen; page?: number }
  | { type: 'page'; page: number }
  | { type: 'step'; step: DecisionStep | null }
  | { type: 'vote'; step: number; round: 1 | 2; options: string[]; counts: number[]; ratherNot: number; at: number }
  | { type: 'picked'; path: PathStep[]; step: number; option: number; text: string; how: PickHow; at: number }
  | { type: 'skipped'; path: PathStep[]; step: number; to: string; at: number }
  | { type: 'explore'; step: number; option: number; text: string; at: number }
  | { type: 'explore/page'; page: number }
  | { type: 'explore/end' }
  | { type: 'reveal'; step: number; at: number }
  | { type: 'discussed'; step: number; at: number }
  | { type: 'overlay'; overlay: Overlay | null }
  | { type: 'bands'; at: number }
  | { type: 'blank' }
  | { type: 'pause' }
  | { type: 'timer'; seconds: number; at: number }
  | { type: 'timer/stop' }
  | { type: 'room-move'; step: number; text: string; playedAs: number | null; at: number }
  | { type: 'room-move/show'; id: number; shown: boolean }
  | { type: 'commitments'; commitments: string[] }
  | { type: 'room-size'; size: number | null }
  | { type: 'end'; at: number; /** True when the story had not reached its end. */ early: boolean }
  | { type: 'finish'; at: number }
  | { type: 'theme'; theme: 'dark' | 'light' };

/** Leaving a decision (a pick or a skip) closes whatever was laid over it. */
const freshPassage = { page: 0, step: null, exploring: null, overlay: null, timer: null } as const;

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'plan/vote': {
      const without = state.votePoints.filter((k) => k !== action.key);
      return { ...state, votePoints: action.on ? [...without, action.key] : without };
    }
    case 'start':
      if (state.startedAt !== null) return state;
      return {
        ...state,
        screen: 'prebrief',
        page: 0,
        startedAt: action.at,
        log: [...state.log, { type: 'started', at: action.at }],
      };
    case 'screen':
      return { ...state, screen: action.screen, page: action.page ?? 0, step: null, overlay: null };
    case 'page':
      return { ...state, page: Math.max(0, action.page), overlay: null };
    case 'step':
      return { ...state, step: action.step, overlay: null };
    case 'vote': {
      const { type: _type, ...vote } = action;
      return {
        ...state,
        step: action.round === 1 ? 'result-1' : 'result-2',
        overlay: null,
        log: [...state.log, { type: 'vote', ...vote }],
      };
    }
    case 'picked':
      return {
        ...state,
        ...freshPassage,
        path: action.path,
        log: [
          ...state.log,
          {
            type: 'picked',
            step: action.step,
            option: action.option,
            text: action.text,
            how: action.how,
            at: action.at,
          },
        ],
      };
    case 'skipped':
      return {
        ...state,
        ...freshPassage,
        path: action.path,
        log: [...state.log, { type: 'skipped', step: action.step, to: action.to, at: action.at }],
      };
    case 'explore':
      return {
        ...state,
        overlay: null,
        exploring: { step: action.step, option: action.option, page: 0 },
        log: [
          ...state.log,
          { type: 'explored', step: action.step, option: action.option, text: action.text, at: action.at },
        ],
      };
    case 'explore/page':
      return state.exploring ? { ...state, exploring: { ...state.exploring, page: Math.max(0, action.page) } } : state;
    case 'explore/end':
      return { ...state, exploring: null };
    case 'reveal': {
      const already = state.revealed.includes(action.step);
      return {
        ...state,
        revealed: already ? state.revealed : [...state.revealed, action.step],
        overlay: { card: 'reveal', step: action.step },
        log: already ? state.log : [...state.log, { type: 'revealed', step: action.step, at: action.at }],
      };
    }
    case 'overlay':
      return { ...state, overlay: action.overlay };
    case 'bands':
      return state.bandsRevealed
        ? state
        : { ...state, bandsRevealed: true, log: [...state.log, { type: 'bands-revealed', at: action.at }] };
    case 'blank':
      return { ...state, blank: !state.blank };
    case 'pause':
      return { ...state, paused: !state.paused };
    case 'timer':
      return { ...state, timer: { seconds: action.seconds, endsAt: action.at + action.seconds * 1000 } };
    case 'timer/stop':
      return { ...state, timer: null };
    case 'room-move': {
      const text = action.text.trim();
      if (!text) return state;
      const id = nextRoomMoveId(state.log);
      return {
        ...state,
        log: [
          ...state.log,
          { type: 'room-move', id, step: action.step, text, playedAs: action.playedAs, shown: false, at: action.at },
        ],
      };
    }
    case 'room-move/show':
      return {
        ...state,
        overlay: action.shown
          ? { card: 'room-move', id: action.id }
          : state.overlay?.card === 'room-move'
            ? null
            : state.overlay,
        log: state.log.map((e) =>
          e.type === 'room-move' && e.id === action.id ? { ...e, shown: e.shown || action.shown } : e,
        ),
      };
    case 'discussed':
      // Once per decision: the summary says which card the room discussed, not how often it was opened.
      if (state.log.some((e) => e.type === 'discussed' && e.step === action.step)) return state;
      return { ...state, log: [...state.log, { type: 'discussed', step: action.step, at: action.at }] };
    case 'commitments':
      return { ...state, commitments: action.commitments.map((c) => c.trim()).filter(Boolean) };
    case 'room-size':
      return { ...state, roomSize: action.size !== null && action.size > 0 ? action.size : null };
    case 'end': {
      if (state.endedAt !== null)
        return { ...state, screen: 'debrief', page: 0, step: null, overlay: null, exploring: null };
      return {
        ...state,
        screen: 'debrief',
        page: 0,
        step: null,
        overlay: null,
        exploring: null,
        timer: null,
        paused: false,
        endedAt: action.at,
        log: [...state.log, { type: 'ended', early: action.early, at: action.at }],
      };
    }
    case 'finish':
      return { ...state, screen: 'ended', page: 0, overlay: null, timer: null, closedAt: action.at };
    case 'theme':
      return { ...state, theme: action.theme };
  }
}
