// The way to "Your reflections" (reflectionsPanel.ts) from the foyer and from Saved places: a button that loads
// the dialog only when pressed. Inside another dialog (Saved places), that one closes first, so one dialog is open
// at a time and focus goes back to what opened the first when this one closes.
import { el } from './dom';

export function reflectionsButton(label: string): HTMLButtonElement {
  const button = el('button', { type: 'button', className: 'reflections-open' }, label);
  button.addEventListener('click', async () => {
    const host = button.closest('dialog');
    if (host?.open) {
      await new Promise((resolve) => {
        host.addEventListener('close', resolve, { once: true });
        host.close();
      });
    }
    const { reflectionsDialog } = await import('./reflectionsPanel');
    reflectionsDialog().open(host ? (document.activeElement as HTMLElement | null) : button);
  });
  return button;
}
