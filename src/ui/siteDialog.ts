// A modal <dialog> the site bar opens (settings, saved places). The browser's own modal dialog does the hard
// parts: the rest of the page is inert, Tab stays inside, Esc closes. Focus goes back to the button that
// opened it, because a keyboard or screen-reader user would otherwise be dropped at the top of the page.
import { el } from './dom';

export interface SiteDialog {
  dialog: HTMLDialogElement;
  /** Where the dialog's own content goes (between the heading and the Close button). */
  body: HTMLElement;
  open(opener?: HTMLElement | null): void;
  close(): void;
}

export function createSiteDialog(id: string, title: string, onOpen?: () => void): SiteDialog {
  const headingId = `${id}-title`;
  const heading = el('h2', { id: headingId, tabindex: '-1' }, title);
  const body = el('div', { className: 'dialog-body' });
  const close = el('button', { type: 'button', className: 'dialog-close' }, 'Close');
  const dialog = el(
    'dialog',
    { id, className: 'site-dialog', 'aria-labelledby': headingId },
    heading,
    body,
    el('div', { className: 'button-row' }, close),
  );
  let returnTo: HTMLElement | null = null;

  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    const target = returnTo;
    returnTo = null;
    if (target?.isConnected) target.focus();
  });
  document.body.append(dialog);

  return {
    dialog,
    body,
    open(opener) {
      returnTo = opener ?? (document.activeElement as HTMLElement | null);
      onOpen?.();
      if (!dialog.open) dialog.showModal();
      // The heading first: a screen reader then reads the dialog's name and the learner tabs into it.
      heading.focus();
    },
    close() {
      if (dialog.open) dialog.close();
    },
  };
}
