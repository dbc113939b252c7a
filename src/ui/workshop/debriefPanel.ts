// The facilitator's side of the group debrief: move through What? So what? Now what?, reveal how each choice
// resolved and the three bands when the room is ready, type the room's commitments, and print the session
// summary and the participants' take-away.
import type { Workshop } from '../../facilitation/workshop';
import { describeNext } from '../../facilitation/whatNext';
import { voteWords } from '../../facilitation/sessionRecord';
import { playedLine } from '../../facilitation/sessionLog';
import { el } from '../dom';

export interface DebriefHandlers {
  next(): void;
  back(): void;
  reveal(step?: number): void;
  setCommitments(list: string[]): void;
  printSummary(): void;
  downloadSummary(): void;
  printTakeAway(): void;
  newSession(): void;
}

export function debriefPanel(w: Workshop, on: DebriefHandlers): HTMLElement {
  const s = w.state;
  const box = el('section', { className: 'ws-controls' }, el('h2', { id: 'controls-heading' }, 'Your controls'));
  const back = el('button', { type: 'button', 'data-key': 'back' }, 'Back');
  back.addEventListener('click', on.back);
  const next = el(
    'button',
    { type: 'button', className: 'primary', 'data-key': 'next', disabled: s.screen === 'ended' },
    `Next: ${describeNext(w)}`,
  );
  next.addEventListener('click', on.next);
  box.append(
    el(
      'p',
      { className: 'ws-where' },
      s.screen === 'ended'
        ? 'The session is over: the room sees a thank-you card.'
        : `Debrief, part ${s.page + 1} of ${w.debriefParts()}.`,
    ),
    el('div', { className: 'button-row ws-nav' }, back, next),
  );

  const decisions = w.debriefDecisions();
  const what = el('section', { className: 'ws-panel' }, el('h3', { id: 'what-heading' }, 'What? The room’s decisions'));
  if (decisions.length === 0) what.append(el('p', {}, 'The room did not reach a decision.'));
  for (const d of decisions) {
    const reveal = el(
      'button',
      { type: 'button', 'data-key': `reveal-${d.step}`, disabled: d.revealed },
      d.revealed ? 'Shown to the room' : 'Reveal to the room',
    );
    reveal.addEventListener('click', () => on.reveal(d.step));
    what.append(
      el('h4', {}, `${d.number}. ${d.heading}`),
      el('p', {}, playedLine(d.chosen, d.how)),
      ...d.votes.map((v) => el('p', { className: 'ws-hint' }, voteWords(v))),
      el(
        'p',
        {},
        `How it resolved${d.revealed ? '' : ' (hidden from the room)'}: ${d.acts.join('; ') || 'no acts'}. `,
        reveal,
      ),
    );
  }

  const bands = el(
    'button',
    { type: 'button', 'data-key': 'reveal-bands', disabled: s.bandsRevealed },
    s.bandsRevealed ? 'The bands are shown' : 'Reveal the three bands (R)',
  );
  bands.addEventListener('click', () => on.reveal());
  const soWhat = el(
    'section',
    { className: 'ws-panel' },
    el('h3', { id: 'so-what-heading' }, 'So what?'),
    el(
      'p',
      { className: 'ws-hint' },
      'The room sees whose voice filled the scene, who was spoken to, and the discussion prompts. The bands (voice, power, courage in words, never numbers) stay hidden until you reveal them.',
    ),
    bands,
  );

  const input = el('input', {
    type: 'text',
    id: 'commitment',
    'data-key': 'commitment',
    autocomplete: 'off',
    'aria-describedby': 'commitment-hint',
  });
  const add = el('button', { type: 'button', 'data-key': 'commitment-add' }, 'Add');
  const addIt = () => {
    if (!input.value.trim()) return;
    on.setCommitments([...s.commitments, input.value]);
  };
  add.addEventListener('click', addIt);
  // Focus stays in the box after each one, for the next; the presenter keys never act in a box, so Esc is the way
  // out, to Next, where Space or Enter moves on (walk-about 11: Space did nothing after the last commitment).
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      addIt();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      next.focus();
    }
  });
  const list = el('ul', { className: 'ws-commitments' });
  s.commitments.forEach((c, i) => {
    const remove = el(
      'button',
      { type: 'button', className: 'quiet', 'data-key': `commitment-remove-${i}`, 'aria-label': `Remove: ${c}` },
      'Remove',
    );
    remove.addEventListener('click', () => on.setCommitments(s.commitments.filter((_, j) => j !== i)));
    list.append(el('li', {}, `${c} `, remove));
  });
  const nowWhat = el(
    'section',
    { className: 'ws-panel' },
    el('h3', { id: 'now-what-heading' }, 'Now what? The room’s commitments'),
    el('label', { for: 'commitment' }, 'A commitment the room agrees (no names)'),
    el('div', { className: 'ws-inline' }, input, add),
    el(
      'p',
      { className: 'ws-hint', id: 'commitment-hint' },
      'Press Enter to add each one. When the room has finished, press Esc to go to Next.',
    ),
    list,
  );

  const summary = el('button', { type: 'button', 'data-key': 'print-summary' }, 'Print the session summary');
  summary.addEventListener('click', on.printSummary);
  const download = el('button', { type: 'button', 'data-key': 'download-summary' }, 'Download the summary');
  download.addEventListener('click', on.downloadSummary);
  const takeAway = el('button', { type: 'button', 'data-key': 'print-takeaway' }, 'Print the take-away');
  takeAway.addEventListener('click', on.printTakeAway);
  const fresh = el('button', { type: 'button', className: 'quiet', 'data-key': 'new-session' }, 'Start a new session');
  fresh.addEventListener('click', on.newSession);
  const paper = el(
    'section',
    { className: 'ws-panel' },
    el('h3', { id: 'paper-heading' }, 'Print'),
    el(
      'p',
      { className: 'ws-hint' },
      'The summary is for your records: no names, no individual data; print it or download it as a text file. The take-away is one per participant: the outcomes, what the room played, its commitments, the time as participatory CPD, and a box for each part of a reflective account. With phones, each participant also has their own reflective account on their phone.',
    ),
    el('div', { className: 'button-row' }, summary, download, takeAway, fresh),
  );
  box.append(what, soWhat, nowWhat, paper);
  return box;
}
