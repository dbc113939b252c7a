// Acts in plain words for the room, once the facilitator reveals them: "Holding space for Esther Mensah".
// The engine's act names are for authors and tests; a room reads what was done, never a score.
import type { ActName, ResolvedAct } from '../engine/types';

/** [without a person, with one ({name})]. */
export const ACT_WORDS: Record<ActName, [string, string]> = {
  AMPLIFY: ['amplifying', 'amplifying {name}'],
  INVITE: ['inviting someone in', 'inviting {name} in'],
  HOLD_SPACE: ['holding space', 'holding space for {name}'],
  CREDIT: ['giving credit', 'crediting {name}'],
  ASK_CONSENT: ['asking consent', 'asking {name}’s consent'],
  DECIDE_WITH: ['deciding together', 'deciding with {name}'],
  REMOVE_BARRIER: ['removing a barrier', 'removing a barrier for {name}'],
  ADVOCATE: ['advocating', 'advocating for {name}'],
  CHALLENGE: ['challenging', 'challenging, for {name}'],
  INDIRECT: ['acting indirectly', 'acting indirectly, for {name}'],
  RESPECT_WISH: ['respecting a wish', 'respecting {name}’s wish'],
  SAFEGUARD: ['safeguarding', 'safeguarding {name}'],
  REPAIR: ['repairing', 'repairing things with {name}'],
  NEUTRAL: ['neither helping nor harming', 'neither helping nor harming {name}'],
  DOING_FOR: ['doing for', 'doing for {name}'],
  SPEAK_FOR: ['speaking for someone', 'speaking for {name}'],
  SPEAK_OVER: ['speaking over someone', 'speaking over {name}'],
  TAKE_CREDIT: ['taking credit', 'taking {name}’s credit'],
  BURDEN: ['asking someone to educate you', 'asking {name} to educate you'],
  BYSTAND: ['standing by', 'standing by as {name} was affected'],
  COLLUDE: ['colluding', 'colluding against {name}'],
  OVERRIDE: ['overriding someone', 'overriding {name}'],
  CENTRE_SELF: ['centring yourself', 'centring yourself'],
};

/** One act in words, with the person it was towards. */
export function actPhrase(act: ResolvedAct, nameOf: (id: string) => string): string {
  const [plain, withName] = ACT_WORDS[act.act];
  const words = act.target ? withName.replace('{name}', nameOf(act.target)) : plain;
  return words.charAt(0).toUpperCase() + words.slice(1);
}
