// R13 (voice-model v3): an apology answers one harm, the one it names. A later `repair p` lifts the most recent
// earlier decision with a harmful act towards p that no earlier repair has answered yet; each decision is
// repaired at most once. Kept pure and apart from the log's fold, so the fold (or any other caller) asks it.
import { HARM_ORDER } from './contract/index.ts';
import type { ActName, MoveSpec, ResolvedAct } from './types';

/** Acts R13 can repair: the contract's harm list, and CENTRE_SELF (making someone's moment about yourself). */
const REPAIRABLE: readonly ActName[] = [...HARM_ORDER, 'CENTRE_SELF'];

/** People a decision's moves repair with; a repair that carries self_focus repairs nothing. */
function repairedPeople(moves: readonly MoveSpec[]): string[] {
  return moves
    .filter((m) => m.move === 'repair' && m.target !== null && !m.flags.includes('self_focus'))
    .map((m) => m.target as string);
}

/** Did this decision harm `who` in a way R13 can repair? */
function harmedTowards(acts: readonly ResolvedAct[], who: string): boolean {
  return acts.some((a) => a.target === who && REPAIRABLE.includes(a.act));
}

/**
 * Which earlier decisions (positions in `earlier`, oldest first) a repair with these moves answers: for each
 * person repaired, the most recent harm towards them not yet repaired. Spec silent when that most recent harm
 * was already answered by an earlier apology: the next unanswered one back is, so a second apology for a
 * second harm still counts.
 */
export function decisionsRepaired(
  earlier: readonly { acts: readonly ResolvedAct[] }[],
  alreadyRepaired: (position: number) => boolean,
  moves: readonly MoveSpec[],
): number[] {
  const out: number[] = [];
  for (const who of repairedPeople(moves)) {
    for (let i = earlier.length - 1; i >= 0; i--) {
      if (alreadyRepaired(i) || out.includes(i)) continue;
      if (harmedTowards(earlier[i]!.acts, who)) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}
