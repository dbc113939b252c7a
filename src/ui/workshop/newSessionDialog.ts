// Asked before "Start a new session" replaces the one on screen: a slip after the debrief must not cost the
// session's record before it is printed. Native <dialog>, asked by askBeforeLosing's rule: focus opens on "Keep this
// session", and Esc or that button leaves everything as it was; focus goes back to the button that opened it.
import { askBeforeLosing } from '../askBeforeLosing';
import { el } from '../dom';

/** The question, in the words the facilitator reads; `kept` says whether this browser keeps what is set aside. */
function newSessionWords(title: string, kept: boolean): string {
  return kept
    ? `“${title}” is set aside on this browser, not deleted: you can bring it back from the plan screen, under “Sessions set aside”. Print or download its summary first if you want it on paper now.`
    : `This browser is not keeping anything for this page, so “${title}” will be gone. Print or download its summary first if you want it.`;
}

export function confirmNewSession(title: string, kept: boolean, onYes: () => void): void {
  const keep = el(
    'button',
    { type: 'button', className: 'primary', 'data-key': 'new-session-no' },
    'Keep this session',
  );
  const yes = el(
    'button',
    { type: 'button', 'data-key': 'new-session-yes' },
    kept ? 'Set it aside and start a new session' : 'Start a new session',
  );
  const box = el(
    'dialog',
    { className: 'ws-dialog', 'aria-labelledby': 'new-session-title', 'aria-describedby': 'new-session-words' },
    el('h2', { id: 'new-session-title' }, 'Start a new session?'),
    el('p', { id: 'new-session-words' }, newSessionWords(title, kept)),
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
