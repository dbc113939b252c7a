// Asking the facilitator before something that cannot be taken back (a session replaced, a session deleted). A
// native <dialog>, asked by askBeforeLosing's rule (the safe answer has focus, so Enter pressed by reflex keeps
// everything; Esc keeps it too); focus goes back to the button that opened it.
import { askBeforeLosing } from '../askBeforeLosing';
import { el } from '../dom';

export interface Question {
  /** Names the dialog's parts and buttons: `${name}-title`, `${name}-words`, `${name}-no`, `${name}-yes`. */
  name: string;
  title: string;
  words: string;
  /** The safe answer, focused first. */
  keep: string;
  yes: string;
}

export function askFirst(question: Question, onYes: () => void): void {
  const { name } = question;
  const keep = el('button', { type: 'button', className: 'primary', 'data-key': `${name}-no` }, question.keep);
  const yes = el('button', { type: 'button', 'data-key': `${name}-yes` }, question.yes);
  const box = el(
    'dialog',
    { className: 'ws-dialog', 'aria-labelledby': `${name}-title`, 'aria-describedby': `${name}-words` },
    el('h2', { id: `${name}-title` }, question.title),
    el('p', { id: `${name}-words` }, question.words),
    el('div', { className: 'button-row' }, keep, yes),
  );
  keep.addEventListener('click', () => box.close());
  yes.addEventListener('click', () => {
    box.close();
    onYes();
  });
  box.addEventListener('close', () => box.remove());
  document.body.append(box);
  askBeforeLosing(box, keep).open();
}
