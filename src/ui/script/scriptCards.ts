// The Script's cards as DOM: a contents list and one section per card, text only.
import { el } from '../dom';

export interface ScriptCardData {
  key: string;
  title: string;
  body: string[];
  source: string;
  checked: string | null;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-11" → "November 2025". */
export function checkedMonth(checked: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(checked);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : checked;
}

export function cardSections(cards: ScriptCardData[]): { contents: HTMLElement[]; cards: HTMLElement[] } {
  const contents = cards.map((card) => el('li', {}, el('a', { href: `#${card.key}` }, card.title)));
  const sections = cards.map((card) =>
    el(
      'section',
      { className: 'script-card', id: card.key, tabindex: '-1', 'aria-labelledby': `${card.key}-title` },
      el('h2', { id: `${card.key}-title` }, card.title),
      ...card.body.map((p) => el('p', {}, p)),
      el(
        'p',
        { className: 'script-source' },
        `Drawn from: ${card.source}.`,
        card.checked ? ` Facts checked ${checkedMonth(card.checked)}.` : '',
      ),
    ),
  );
  return { contents, cards: sections };
}
