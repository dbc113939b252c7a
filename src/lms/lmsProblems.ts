// When the learner's learning system (LMS) cannot be reached or will not save, the learner is told: what happened,
// that what they wrote is safe on this device, and what to do. Said in one place above the game, which stays on
// screen through the story and the curtain call, and read out once each time it changes.
import { announce, el } from '../ui/dom';

export type LmsProblem = 'unreachable' | 'place' | 'completion';

/** What the learner is told for each problem. Exported for the tests, which look for these words. */
export const LMS_PROBLEM: Record<LmsProblem, string> = {
  unreachable:
    'This was opened from your learning system, but the game can’t reach it, so your learning system won’t record your place or that you’ve finished. You can still play, and what you write stays on this device. To have it recorded, close this window and open the course again from your learning system. If that doesn’t help, tell your learning and development team.',
  place:
    'Your learning system didn’t save your place just now (it may have timed out, or the connection dropped). You can carry on: this device keeps your place and what you write, and the game tries again at your next choice. If this stays, close this window and open the course again from your learning system.',
  completion:
    'Your learning system didn’t accept that you’ve finished (it may have timed out, or the connection dropped). What you wrote is safe on this device. The game tries again when you leave this page. If the course still doesn’t show as complete, open it again from your learning system on this computer: the game tells it then.',
};

/** Said when a problem has gone: a later save or the finish went through after all. */
export const LMS_RECOVERED: Record<Exclude<LmsProblem, 'unreachable'>, string> = {
  place: 'Your learning system has your place again.',
  completion: 'Your learning system now has a record that you finished.',
};

export interface LmsProblems {
  /** Show (and read out) what went wrong. */
  tell(problem: LmsProblem): void;
  /**
   * The problem has gone: say so, briefly. A place is mentioned only if its problem was shown; a completion always
   * (the link calls this only for one that failed before, perhaps on an earlier visit).
   */
  resolved(problem: Exclude<LmsProblem, 'unreachable'>): void;
}

/** The notice, placed just before `root` (beside the storage notice); hidden until there is something to say. */
export function mountLmsProblems(root: HTMLElement): LmsProblems {
  const notice = el('div', {
    className: 'notice lms-problem',
    role: 'region',
    'aria-label': 'Your learning system',
    hidden: true,
  });
  root.before(notice);
  const shown = new Map<LmsProblem, HTMLElement>();
  const render = () => {
    notice.hidden = notice.childElementCount === 0;
  };
  return {
    tell(problem) {
      if (shown.has(problem)) return;
      notice.querySelector(`[data-recovered="${problem}"]`)?.remove();
      const p = el('p', { 'data-problem': problem }, LMS_PROBLEM[problem]);
      shown.set(problem, p);
      notice.append(p);
      render();
      announce(LMS_PROBLEM[problem]);
    },
    resolved(problem) {
      const p = shown.get(problem);
      shown.delete(problem);
      const said = el('p', { 'data-recovered': problem }, LMS_RECOVERED[problem]);
      if (p) p.replaceWith(said);
      else if (problem === 'completion') notice.append(said);
      else return;
      render();
      announce(LMS_RECOVERED[problem]);
    },
  };
}
