// The quiet task, on the facilitator's screen only: a Script card and a question to hand over or print for
// anyone who steps out. Nothing about it reaches the room's screen, so stepping out is never announced.
import type { QuietTask } from '../../facilitation/quietTask';
import { el } from '../dom';

export function quietTaskPanel(task: QuietTask, on: { print(): void; another(): void; close(): void }): HTMLElement {
  const print = el('button', { type: 'button', 'data-key': 'quiet-print' }, 'Print this card');
  print.addEventListener('click', on.print);
  const another = el('button', { type: 'button', 'data-key': 'quiet-another' }, 'Another question');
  another.addEventListener('click', on.another);
  const close = el('button', { type: 'button', 'data-key': 'quiet-close' }, 'Close');
  close.addEventListener('click', on.close);
  return el(
    'section',
    { className: 'ws-panel ws-quiet' },
    el('h2', { id: 'quiet-heading', tabindex: '-1' }, 'Quiet task (not shown to the room)'),
    el('p', { className: 'ws-hint' }, 'Hand this screen over, or print the card. Nothing is collected back.'),
    el('h3', {}, task.card.title),
    ...task.card.body.map((p) => el('p', {}, p)),
    el('h4', {}, 'A question to think about'),
    el('p', { className: 'ws-question' }, task.question),
    el('div', { className: 'button-row' }, print, another, close),
  );
}
