// "Read the last passage again": focus moves to the first paragraph of the latest passage, which is also where a
// screen reader starts reading from, so nobody has to hunt back through the transcript by hand.
import { el } from './dom';

export function rereadButton(transcript: HTMLElement): HTMLButtonElement {
  const button = el('button', { type: 'button', className: 'quiet reread' }, 'Read the last passage again');
  button.addEventListener('click', () => {
    const passages = transcript.querySelectorAll<HTMLElement>('.passage');
    const last = passages[passages.length - 1];
    const first = last?.querySelector<HTMLElement>('p[tabindex="-1"]');
    if (!first) return;
    first.focus();
    first.scrollIntoView?.({ block: 'start' });
  });
  return button;
}
