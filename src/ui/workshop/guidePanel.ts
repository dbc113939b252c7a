// Two dialogs on the presenter's screen: the facilitator guide and the list of presenter keys. Native
// <dialog>: Esc closes it, focus stays inside while it is open, and it returns to where it was on close.
import { el } from '../dom';
import { GUIDE } from './guideText';
import { KEY_HELP } from './presenterKeys';

function dialog(id: string, title: string, ...content: HTMLElement[]): HTMLDialogElement {
  const close = el('button', { type: 'button', className: 'primary', 'data-key': `${id}-close` }, 'Close');
  const box = el(
    'dialog',
    { id, className: 'ws-dialog', 'aria-labelledby': `${id}-title` },
    el('h2', { id: `${id}-title` }, title),
    ...content,
    el('div', { className: 'button-row' }, close),
  );
  close.addEventListener('click', () => box.close());
  return box;
}

export function guideDialog(): HTMLDialogElement {
  return dialog(
    'guide',
    'Facilitator guide',
    ...GUIDE.flatMap((section) => [
      el('h3', {}, section.title),
      ...section.paragraphs.map((p) => el('p', {}, p)),
      ...(section.items.length ? [el('ul', {}, ...section.items.map((i) => el('li', {}, i)))] : []),
    ]),
  );
}

export function keysDialog(): HTMLDialogElement {
  return dialog(
    'keys',
    'Presenter keys',
    el(
      'p',
      {},
      'These work on this screen only, and not while you are typing in a field. You can switch them off with “Presenter keys” at the top. In the projector window, F switches full screen on and off.',
    ),
    el('dl', { className: 'ws-keys' }, ...KEY_HELP.flatMap(([keys, what]) => [el('dt', {}, keys), el('dd', {}, what)])),
  );
}

export function openDialog(box: HTMLDialogElement): void {
  if (!box.isConnected) document.body.append(box);
  if (!box.open) box.showModal();
}
