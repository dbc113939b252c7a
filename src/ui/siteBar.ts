// The small bar at the top of every screen: the theatre's name (home), Settings, Saved places and the
// accessibility statement. It sits outside <main>, so it stays put while the screens below it change.
import { clear, el } from './dom';
import { settingsDialog } from './settingsPanel';
import { savesDialog } from './savesPanel';
import { storageNote } from './storageNote';

export interface SiteBarOptions {
  /** The game page offers saved places; other pages (the accessibility statement) do not play stories. */
  saves: boolean;
}

export function mountSiteBar(bar: HTMLElement, o: SiteBarOptions): void {
  clear(bar);
  const settingsButton = el(
    'button',
    { type: 'button', className: 'quiet', 'aria-haspopup': 'dialog', id: 'settings-button' },
    'Settings',
  );
  settingsButton.addEventListener('click', () => settingsDialog().open(settingsButton));
  const items: HTMLElement[] = [settingsButton];
  if (o.saves) {
    const savesButton = el(
      'button',
      { type: 'button', className: 'quiet', 'aria-haspopup': 'dialog', id: 'saves-button' },
      'Saved places',
    );
    savesButton.addEventListener('click', () => savesDialog().open(savesButton));
    items.push(savesButton);
  }
  // Pages every screen links to: the Script (the knowledge cards) and the accessibility statement.
  for (const [page, label] of [
    // Named for what it holds, so it is not mistaken for the story called The Script.
    ['script.html', 'Knowledge cards'],
    ['accessibility.html', 'Accessibility'],
  ] as const) {
    const here = location.pathname.endsWith(page);
    items.push(el('a', { href: page, className: 'site-link', 'aria-current': here ? 'page' : null }, label));
  }
  bar.append(
    el('a', { href: 'index.html', className: 'site-name' }, 'The Allyship Theatre'),
    el('nav', { 'aria-label': 'Site', className: 'site-nav' }, ...items),
  );
  // The game page has its own notice (with "save your place to a file"); every other page says it here.
  if (!o.saves && !bar.nextElementSibling?.classList.contains('storage-notice'))
    bar.after(storageNote('your settings'));
}
