// The facilitator's controls while the session runs: where the room is, Next and Back (labelled with what
// comes next), the decision now on offer, the room's last choice (hidden from the room until revealed, and
// the rewind), the optional timer, and the safety controls, which are always there.
import type { VoteTaking, Workshop } from '../../facilitation/workshop';
import { describeNext, comingNext } from '../../facilitation/whatNext';
import { deciding } from '../../facilitation/groupDebrief';
import { PICK_WORDS, pickAt } from '../../facilitation/sessionLog';
import { actPhrase } from '../../facilitation/actWords';
import { tallyVotes } from '../../facilitation/voteTally';
import { el } from '../dom';
import { countsInFields, decisionPanel, type DecisionHandlers } from './decisionPanel';
import { quotedChoice } from '../../engine/quotedChoice';

export interface ControlHandlers extends DecisionHandlers {
  next(): void;
  back(): void;
  reveal(): void;
  explore(option: number): void;
  endExplore(): void;
  timer(seconds: number): void;
  stopTimer(): void;
  skip(): void;
  quiet(): void;
  groundRules(): void;
  blank(): void;
  pause(): void;
  end(): void;
}

const SCREEN_WORDS: Record<string, string> = {
  prebrief: 'The prebrief is on the screen.',
  'ground-rules': 'The ground rules are on the screen.',
  'content-notes': 'The content notes are on the screen.',
};

export function controlsPanel(
  w: Workshop,
  on: ControlHandlers,
  confirmingEnd: boolean,
  onConfirmEnd: (yes: boolean | null) => void,
  /** Single-screen mode: the room sees this panel too, so nothing hidden from the room is drawn in it. */
  shared = false,
): HTMLElement {
  const s = w.state;
  // Phones or not, for the line saying where the room is (the count fields, drawn below, only change Next).
  const taking = voteTaking(on, null);
  const box = el('section', { className: 'ws-controls' }, el('h2', { id: 'controls-heading' }, 'Your controls'));
  box.append(el('p', { className: 'ws-where' }, whereWords(w, taking)));
  if (s.blank) box.append(el('p', { className: 'notice' }, 'The room’s screen is blank (B to show it again).'));
  if (s.paused) box.append(el('p', { className: 'notice' }, 'Paused: the room sees a pause card (P to carry on).'));

  const back = el('button', { type: 'button', 'data-key': 'back' }, 'Back');
  back.addEventListener('click', on.back);
  const next = el('button', { type: 'button', className: 'primary', 'data-key': 'next' });
  next.addEventListener('click', on.next);
  box.append(el('div', { className: 'button-row ws-nav' }, back, next));
  const coming = comingNext(w);
  if (coming) box.append(el('p', { className: 'ws-coming' }, el('strong', {}, 'Coming next: '), coming));

  if (s.screen === 'story') {
    if (s.exploring) box.append(explorePanel(w, on));
    else {
      const point = w.currentPoint();
      if (point && w.atChoices()) box.append(decisionPanel(w, point, on, shared));
      else if (point)
        box.append(
          el(
            'p',
            { className: 'ws-hint' },
            `A ${point.vote ? 'room vote' : 'decision'} comes at the end of this passage. D shows its discussion card, V opens a vote now.`,
          ),
        );
    }
    const last = lastChoicePanel(w, on, shared);
    if (last && !s.exploring) box.append(last);
    box.append(timerPanel(w, on));
  }
  box.append(safetyPanel(w, on, confirmingEnd, onConfirmEnd));
  // Read from the count fields as they are typed in, so Next never asks for counts that are already there.
  const counts = box.querySelector<HTMLFormElement>('form.ws-vote');
  const nextWords = () => (next.textContent = `Next: ${describeNext(w, voteTaking(on, counts))}`);
  nextWords();
  counts?.addEventListener('input', nextWords);
  return box;
}

/**
 * How the vote now open is taken: by counts (none in the fields yet, or typed and not yet shown), or by phones (still
 * voting, or closed into the fields). `counts` is the vote's form, where typed counts are until the room sees them.
 */
export function voteTaking(on: Pick<DecisionHandlers, 'phoneVote'>, counts: HTMLFormElement | null): VoteTaking {
  const phones = on.phoneVote?.() ?? null;
  if (phones) return phones.closed ? 'phones-closed' : 'phones';
  return counts && countsInFields(counts) ? 'counts-typed' : 'counts';
}

/** Where the room is, in a line; at an open vote, how it is being taken (never "open" once the phones are closed). */
function whereWords(w: Workshop, taking: VoteTaking): string {
  const s = w.state;
  if (SCREEN_WORDS[s.screen]) return SCREEN_WORDS[s.screen]!;
  if (s.exploring) return 'A rewind is playing on a copy. The room’s own choice stays the record.';
  const pages = w.pages().length;
  if (s.page < pages) return `The room is reading: page ${s.page + 1} of ${pages}.`;
  if (w.passage.ended) return 'The story has ended.';
  const step = s.step;
  if ((step === 'vote-1' || step === 'vote-2') && (taking === 'phones' || taking === 'phones-closed')) {
    const vote = step === 'vote-1' ? 'vote' : 'revote';
    return taking === 'phones'
      ? `The phone ${vote} is open.`
      : `The phone ${vote} is closed and its counts are in the fields. The room has not seen them yet.`;
  }
  const words: Record<string, string> = {
    'vote-1': 'The vote is open.',
    'result-1': 'The room can see how it voted.',
    discuss: 'The discussion card is on the screen.',
    'vote-2': 'The revote is open.',
    'result-2': 'The room can see how it voted the second time.',
  };
  return step ? words[step]! : 'The options are on the screen.';
}

function explorePanel(w: Workshop, on: ControlHandlers): HTMLElement {
  const e = w.exploration();
  const back = el('button', { type: 'button', 'data-key': 'end-explore' }, 'Back to the room’s story');
  back.addEventListener('click', on.endExplore);
  return el(
    'section',
    { className: 'ws-panel' },
    el('h3', { id: 'explore-heading' }, 'Rewind'),
    el('p', {}, `Playing ${quotedChoice(e?.option ?? '')} on a copy. The room’s own choice stays the record.`),
    back,
  );
}

function lastChoicePanel(w: Workshop, on: ControlHandlers, shared: boolean): HTMLElement | null {
  const d = w.lastDecision();
  if (!d) return null;
  const s = w.state;
  const revealed = s.revealed.includes(d.pathIndex);
  const pick = pickAt(s.log, d.pathIndex);
  const section = el(
    'section',
    { className: 'ws-panel' },
    el('h3', { id: 'last-heading' }, 'The room’s last choice'),
    el('p', {}, `${quotedChoice(d.choice.text)}${pick ? `: ${PICK_WORDS[pick.how]}.` : ''}`),
    el('h4', {}, revealed ? 'How it resolved (shown to the room)' : 'How it resolved (hidden from the room)'),
  );
  const acts = d.acts.map((a) => actPhrase(a, w.nameOf));
  if (shared && !revealed) {
    section.append(
      el(
        'p',
        { className: 'ws-hint' },
        'Hidden in single-screen mode, because the room sees this screen. Reveal it to the room (R) when you are ready, or print the facilitator brief to keep it beside you.',
      ),
    );
  } else {
    section.append(
      acts.length
        ? el('ul', {}, ...acts.map((a) => el('li', {}, a)))
        : el('p', {}, 'This story does not resolve acts.'),
    );
    for (const p of d.perspectives) section.append(el('p', { className: 'ws-hint' }, `${w.nameOf(p.who)}: ${p.text}`));
  }
  const reveal = el(
    'button',
    { type: 'button', 'data-key': 'reveal' },
    revealed ? 'Show it to the room again (R)' : 'Reveal to the room (R)',
  );
  reveal.addEventListener('click', on.reveal);
  section.append(el('div', { className: 'button-row' }, reveal));

  // Rewind: the other options, with the ones some of the room chose first.
  const vote = deciding(s, d.pathIndex);
  const tally = vote ? tallyVotes({ counts: vote.counts, ratherNot: vote.ratherNot }) : null;
  const others = d.options.filter((o) => o.index !== d.choice.index);
  others.sort((a, b) => (tally?.options[b.index]?.count ?? 0) - (tally?.options[a.index]?.count ?? 0));
  const rewinds = el('div', { className: 'button-row' });
  for (const o of others) {
    const chosenBy = tally && (tally.options[o.index]?.count ?? 0) > 0 ? ' (some of the room chose it)' : '';
    const b = el(
      'button',
      { type: 'button', 'data-key': `explore-${o.index}` },
      `Play option ${o.index + 1} on a copy${chosenBy}`,
    );
    b.addEventListener('click', () => on.explore(o.index));
    rewinds.append(b);
  }
  section.append(
    el('h4', {}, 'Rewind and play another option'),
    el(
      'p',
      { className: 'ws-hint' },
      'Forum theatre: the room sees what another option would have led to. The room’s own choice stays the record.',
    ),
    rewinds,
  );
  return section;
}

function timerPanel(w: Workshop, on: ControlHandlers): HTMLElement {
  const row = el('div', { className: 'button-row' });
  for (const minutes of [1, 2, 3, 5]) {
    const b = el('button', { type: 'button', 'data-key': `timer-${minutes}` }, `${minutes} min`);
    b.addEventListener('click', () => on.timer(minutes * 60));
    row.append(b);
  }
  if (w.state.timer) {
    const stop = el('button', { type: 'button', 'data-key': 'timer-stop' }, 'Stop the timer');
    stop.addEventListener('click', on.stopTimer);
    row.append(stop);
  }
  return el(
    'section',
    { className: 'ws-panel' },
    el('h3', { id: 'timer-heading' }, 'Discussion timer (optional)'),
    el('p', { className: 'ws-hint' }, 'The room sees the time left. Nothing moves on when it runs out.'),
    row,
  );
}

function safetyPanel(
  w: Workshop,
  on: ControlHandlers,
  confirmingEnd: boolean,
  onConfirmEnd: (yes: boolean | null) => void,
): HTMLElement {
  const s = w.state;
  const button = (key: string, label: string, fn: () => void, disabled = false) => {
    const b = el('button', { type: 'button', 'data-key': key, disabled }, label);
    b.addEventListener('click', fn);
    return b;
  };
  const section = el(
    'section',
    { className: 'ws-panel ws-safety' },
    el('h3', { id: 'safety-heading' }, 'Safety'),
    el(
      'div',
      { className: 'button-row' },
      button(
        'ground-rules',
        s.overlay?.card === 'ground-rules' ? 'Close the ground rules' : 'Show the ground rules',
        on.groundRules,
      ),
      button('skip', 'Skip this scene', on.skip, !w.canSkip()),
      button('quiet', 'Quiet task for someone stepping out', on.quiet),
      button('blank', s.blank ? 'Show the room’s screen (B)' : 'Blank the room’s screen (B)', on.blank),
      button('pause', s.paused ? 'Carry on (P)' : 'Pause (P)', on.pause),
    ),
  );
  if (confirmingEnd) {
    section.append(
      el(
        'div',
        { className: 'ws-confirm', role: 'group', 'aria-labelledby': 'end-question' },
        el(
          'p',
          { id: 'end-question' },
          'End the session now and start the debrief? The debrief uses whatever the room has done so far.',
        ),
        el(
          'div',
          { className: 'button-row' },
          button('end-yes', 'End and start the debrief', () => onConfirmEnd(true)),
          button('end-no', 'Keep going', () => onConfirmEnd(false)),
        ),
      ),
    );
  } else {
    section.append(
      el(
        'div',
        { className: 'button-row' },
        button('end', 'End the session', () => onConfirmEnd(null)),
      ),
    );
  }
  return section;
}
