// The facilitator's side of a decision: the notes, the discussion card, vote entry (counts per option and
// "I'd rather not say"), what the room was shown, the options to play, and the room's own move. Counts are
// typed here and never reach the room's screen: the room sees proportions and "a few".
import type { CurrentPoint, Workshop } from '../../facilitation/workshop';
import { deciding } from '../../facilitation/groupDebrief';
import { roomMovesAt, votesAt, type VoteEvent } from '../../facilitation/sessionLog';
import { leadingOption, leadingWords, tallyVotes, tooManyVotesWords } from '../../facilitation/voteTally';
import { el } from '../dom';

export interface DecisionHandlers {
  pick(index: number): void;
  openVote(): void;
  recordVote(counts: number[], ratherNot: number): void;
  discuss(): void;
  setVote(key: string, on: boolean): void;
  roomMove(text: string, playedAs: number | null): void;
  showRoomMove(id: number): void;
  /**
   * When phones vote through the room server: how many have voted so far (never what), and whether the phone vote
   * is already closed into the count fields (hands being added).
   */
  phoneVote?: () => { voted: number; phones: number; closed: boolean } | null;
  /** Closes the phone vote; `show` puts its counts on the room's screen at once, otherwise only in the fields. */
  closePhoneVote?: (show: boolean) => void;
  /** The people the facilitator counted in the room (null to clear), to catch a double vote. */
  setRoomSize(size: number | null): void;
}

export function decisionPanel(w: Workshop, point: CurrentPoint, on: DecisionHandlers, shared = false): HTMLElement {
  const s = w.state;
  const votes = votesAt(s.log, point.step);
  const heading = point.isDecision
    ? `Decision ${point.number ?? ''}${point.number ? ' · ' : ''}${point.vote ? 'room vote' : 'you pick'}`
    : 'A choice that moves the story on';
  const section = el('section', { className: 'ws-panel ws-decision' }, el('h3', { id: 'decision-heading' }, heading));

  if (point.isDecision) {
    const box = el('input', { type: 'checkbox', id: 'vote-here', 'data-key': 'vote-here', checked: point.vote });
    box.addEventListener('change', () => on.setVote(point.key, box.checked));
    section.append(
      el('div', { className: 'ws-check' }, box, el('label', { for: 'vote-here' }, 'Room vote at this decision')),
    );
  }
  // While a vote is open the count fields come first, so they are on screen without scrolling.
  const latest = deciding(s, point.step);
  if (s.step && s.step !== 'discuss')
    section.append(voteForm(point, s.step, votes.first, votes.second, s.roomSize ?? null, on));
  if (latest) section.append(el('p', { className: 'ws-leading' }, leadingWords(leadingOption(latest.counts))));

  // What the room was shown, with the counts behind it (for the facilitator only).
  const options = el('ol', { className: 'ws-options' });
  point.options.forEach((text, i) => {
    const play = el('button', { type: 'button', 'data-key': `pick-${i}` }, `Play option ${i + 1}`);
    play.addEventListener('click', () => on.pick(i));
    options.append(
      el(
        'li',
        {},
        el('span', { className: 'ws-option-text' }, text),
        latest && !shared ? el('span', { className: 'ws-count' }, countWords(latest, i)) : null,
        play,
      ),
    );
  });
  section.append(el('h4', {}, 'Options'), options);

  if (point.isDecision) {
    const row = el('div', { className: 'button-row' });
    const open = el(
      'button',
      { type: 'button', 'data-key': 'open-vote' },
      votes.first ? 'Open the revote (V)' : 'Open the vote (V)',
    );
    open.addEventListener('click', on.openVote);
    const talk = el(
      'button',
      { type: 'button', 'data-key': 'discuss' },
      s.step === 'discuss' ? 'Close the discussion card (D)' : 'Discussion card (D)',
    );
    talk.addEventListener('click', on.discuss);
    row.append(open, talk);
    section.append(row);
  }
  if (point.notes.length && shared)
    section.append(
      el(
        'p',
        { className: 'ws-hint' },
        'Your notes for this decision are hidden in single-screen mode, because the room sees this screen. They are in the printed facilitator brief.',
      ),
    );
  else if (point.notes.length)
    section.append(
      el('h4', {}, 'Notes for you'),
      el('ul', { className: 'ws-notes' }, ...point.notes.map((n) => el('li', {}, n))),
    );
  if (point.discuss.length)
    section.append(el('h4', {}, 'Discussion card'), el('ul', {}, ...point.discuss.map((d) => el('li', {}, d))));
  if (point.isDecision) section.append(roomMoveForm(w, point, on));
  return section;
}

function countWords(vote: VoteEvent, i: number): string {
  const tally = tallyVotes({ counts: vote.counts, ratherNot: vote.ratherNot });
  const o = tally.options[i]!;
  return `${vote.round === 1 ? 'vote' : 'revote'}: ${o.count} (room sees ${o.shown})`;
}

/** Whether a vote's count fields hold any vote yet (typed, tallied, or a correction's earlier counts). */
export function countsInFields(form: HTMLFormElement): boolean {
  return [...form.querySelectorAll<HTMLInputElement>('fieldset input[type="number"]')].some((field) => {
    const n = Number(field.value);
    return field.value.trim() !== '' && Number.isInteger(n) && n > 0;
  });
}

function voteForm(
  point: CurrentPoint,
  step: string,
  first: VoteEvent | null,
  second: VoteEvent | null,
  roomSize: number | null,
  on: DecisionHandlers,
): HTMLElement {
  const round = step === 'vote-1' || step === 'result-1' ? 1 : 2;
  const shown = step === 'result-1' || step === 'result-2';
  const previous = round === 1 ? first : second;
  const form = el('form', { className: 'ws-vote' });
  const fields: HTMLInputElement[] = [];
  const fieldset = el(
    'fieldset',
    {},
    el(
      'legend',
      { id: 'vote-legend' },
      round === 1 ? 'First vote: how many people chose each option?' : 'Revote: how many people chose each option?',
    ),
  );
  const field = (id: string, label: string, value: number) => {
    const input = el('input', {
      type: 'number',
      id,
      'data-key': id,
      min: '0',
      step: '1',
      inputmode: 'numeric',
      value: String(value),
      required: true,
    });
    fields.push(input);
    // Typing replaces the count (a field holding 0 would otherwise turn "6" into "06").
    input.addEventListener('focus', () => input.select());
    // Tap to tally: count hands or cards as they go up. Out of the Tab order: a keyboard types the number (or
    // uses the arrow keys), and Tab stays one stop a field.
    const tally = (by: 1 | -1) => {
      const now = Number(input.value);
      input.value = String(Math.max(0, (Number.isInteger(now) ? now : 0) + by));
      // As typing does, so what reads the fields (Next's words) hears of it.
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const minus = el(
      'button',
      { type: 'button', tabindex: '-1', 'data-key': `${id}-minus`, 'aria-label': `One fewer: ${label}` },
      '−',
    );
    const plus = el(
      'button',
      { type: 'button', tabindex: '-1', 'data-key': `${id}-plus`, 'aria-label': `One more: ${label}` },
      '+',
    );
    minus.addEventListener('click', () => tally(-1));
    plus.addEventListener('click', () => tally(1));
    fieldset.append(
      el(
        'div',
        { className: 'ws-count-field' },
        el('label', { for: id }, label),
        el('span', { className: 'ws-tally' }, minus, input, plus),
      ),
    );
    return input;
  };
  point.options.forEach((text, i) => field(`count-${i}`, `Option ${i + 1}: ${text}`, previous?.counts[i] ?? 0));
  const rather = field('count-rather', 'I’d rather not say', previous?.ratherNot ?? 0);
  const problem = el('p', { className: 'ws-problem', role: 'alert', hidden: true });
  const submit = el(
    'button',
    { type: 'submit', className: 'primary', 'data-key': 'show-vote' },
    shown ? 'Show the corrected counts' : 'Show the room',
  );
  const phones = shown ? null : (on.phoneVote?.() ?? null);
  if (phones && !phones.closed) {
    const close = el(
      'button',
      { type: 'button', className: 'primary', 'data-key': 'phone-close' },
      'Close the phone vote and show the room',
    );
    close.addEventListener('click', () => on.closePhoneVote?.(true));
    // A room where some vote by hand or card: the phone counts go into the fields first, and the room sees one
    // result, hands included, rather than a phone-only split and then a corrected one.
    const closeOnly = el(
      'button',
      { type: 'button', 'data-key': 'phone-close-only' },
      'Close the phone vote, then add hand votes',
    );
    closeOnly.addEventListener('click', () => on.closePhoneVote?.(false));
    form.append(
      el(
        'div',
        { className: 'ws-phones' },
        el('p', { 'data-phone-count': '' }, phoneCountWords({ ...phones, roomSize })),
        el(
          'p',
          { className: 'ws-hint' },
          'You see how many phones have voted, not what they chose. The counts fill the fields below when you close the vote. With hand or card votes too, close the phone vote first, add them to the fields, then show the room.',
        ),
        el('div', { className: 'button-row' }, close, closeOnly),
      ),
    );
  }
  // A head count, kept for the session: without accounts nothing stops one person voting twice, but votes that
  // add up to more than the people in the room are caught here, before the room sees them.
  const size = el('input', {
    type: 'number',
    id: 'room-size',
    'data-key': 'room-size',
    min: '0',
    step: '1',
    inputmode: 'numeric',
    value: roomSize === null ? '' : String(roomSize),
    'aria-describedby': 'room-size-hint',
  });
  const sizeNow = () => {
    const n = Number(size.value);
    return size.value.trim() !== '' && Number.isInteger(n) && n > 0 ? n : null;
  };
  size.addEventListener('change', () => on.setRoomSize(sizeNow()));
  form.append(
    fieldset,
    el(
      'p',
      { className: 'ws-hint' },
      'The room sees proportions, never counts. An option fewer than three people chose shows as “a few”. “I’d rather not say” is shown on its own line, outside the proportions.',
    ),
    el(
      'div',
      { className: 'ws-count-field ws-room-size' },
      el('label', { for: 'room-size' }, 'People in the room (optional)'),
      size,
      el(
        'p',
        { id: 'room-size-hint', className: 'ws-hint' },
        'Count heads once. If the votes add up to more, you are told before the room sees them: someone may have voted twice.',
      ),
    ),
    problem,
    submit,
  );
  // Votes over the head count are shown only on a second press, after the facilitator has been told (here, or
  // when a phone vote closed into the fields: data-warned holds the total they were told about).
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const values = fields.map((f) => Number(f.value));
    if (!values.every((v) => Number.isInteger(v) && v >= 0) || fields.some((f) => f.value.trim() === '')) {
      problem.hidden = false;
      problem.textContent = 'Each count must be a whole number, 0 or more.';
      return;
    }
    const total = values.reduce((a, b) => a + b, 0);
    const tooMany = tooManyVotesWords(total, sizeNow());
    if (tooMany && form.dataset.warned !== String(total)) {
      form.dataset.warned = String(total);
      problem.hidden = false;
      problem.textContent = `${tooMany} To show the room these counts as they are, press “${submit.textContent}” again.`;
      return;
    }
    on.recordVote(values.slice(0, point.options.length), Number(rather.value));
  });
  return form;
}

function roomMoveForm(w: Workshop, point: CurrentPoint, on: DecisionHandlers): HTMLElement {
  const details = el(
    'details',
    { className: 'ws-room-move' },
    el('summary', { 'data-key': 'room-move-summary' }, 'The room’s own move'),
  );
  const moves = roomMovesAt(w.state.log, point.step);
  if (moves.length) details.open = true;
  const text = el('textarea', { id: 'room-move-text', 'data-key': 'room-move-text', rows: 2 });
  const as = el(
    'select',
    { id: 'room-move-as', 'data-key': 'room-move-as' },
    el('option', { value: '' }, 'Discuss it without playing'),
  );
  point.options.forEach((o, i) =>
    as.append(
      el('option', { value: String(i) }, `Play it as option ${i + 1}: ${o.slice(0, 60)}${o.length > 60 ? '…' : ''}`),
    ),
  );
  const add = el('button', { type: 'button', 'data-key': 'room-move-add' }, 'Add to the log');
  add.addEventListener('click', () => on.roomMove(text.value, as.value === '' ? null : Number(as.value)));
  details.append(
    el(
      'p',
      { className: 'ws-hint' },
      'When the room invents an option, type it here (no names). It is kept in the session log and stays off the room’s screen unless you show it.',
    ),
    el('label', { for: 'room-move-text' }, 'What the room would do'),
    text,
    el('label', { for: 'room-move-as' }, 'Then'),
    as,
    el('div', { className: 'button-row' }, add),
  );
  for (const move of moves) {
    const show = el(
      'button',
      { type: 'button', 'data-key': `room-move-show-${move.id}`, disabled: move.shown },
      move.shown ? 'Shown to the room' : 'Show it to the room',
    );
    show.addEventListener('click', () => on.showRoomMove(move.id));
    details.append(el('p', { className: 'ws-logged' }, `In the log: “${move.text}”. `, show));
  }
  return details;
}

/**
 * "Phone votes in: 7 (8 phones connected now).": the only thing the presenter hears while a phone vote is open.
 * Connected, not joined: a phone that has left is not waited for.
 */
export function phoneCountWords(p: { voted: number; phones: number; roomSize?: number | null }): string {
  const words = `Phone votes in: ${p.voted} (${p.phones} phone${p.phones === 1 ? '' : 's'} connected now).`;
  const tooMany = tooManyVotesWords(p.voted, p.roomSize);
  return tooMany ? `${words} ${tooMany}` : words;
}
