// The Script's cards as DOM: a contents list and one section per card, text only. A card's source that cites one of
// the project's source documents ("seed 002") is shown by the document's name, publisher and date, with where to
// read it, never by the project's own file number.
import sourceDocuments from '../../content/sourceDocuments.json';
import { el } from '../dom';

interface SourceDocument {
  title: string;
  publisher: string;
  date: string | null;
  url?: string;
  find?: string;
}
const DOCUMENTS: Record<string, SourceDocument> = sourceDocuments.documents;

/** "Zest … (…, seed 002)" → the text without the seed numbers, and the documents they name. */
export function citedDocuments(source: string): { text: string; documents: SourceDocument[] } {
  const numbers = [...source.matchAll(/seed (\d{3})/g)].map((m) => m[1]!);
  const text = source
    .replace(/,?\s*seed \d{3}/g, '')
    .replace(/\(\s*\)/g, '')
    .replace(/\s+\)/g, ')')
    .trim();
  return { text, documents: [...new Set(numbers)].flatMap((n) => (DOCUMENTS[n] ? [DOCUMENTS[n]] : [])) };
}

function whereToRead(doc: SourceDocument): HTMLElement {
  const name = `${doc.title}, ${doc.publisher}${doc.date ? `, ${doc.date}` : ''}`;
  return el(
    'li',
    {},
    doc.url ? el('a', { href: doc.url, rel: 'noopener' }, name) : name,
    doc.url ? ' (the publisher’s website; search there for the title)' : doc.find ? `. ${doc.find}` : '',
  );
}

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
function checkedMonth(checked: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(checked);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : checked;
}

export function cardSections(cards: ScriptCardData[]): { contents: HTMLElement[]; cards: HTMLElement[] } {
  const contents = cards.map((card) => el('li', {}, el('a', { href: `#${card.key}` }, card.title)));
  const sections = cards.map((card) =>
    el(
      'section',
      { className: 'script-card' },
      // The card's heading is where a link to it lands: focus there says the card's title once.
      el('h2', { id: card.key, tabindex: '-1' }, card.title),
      ...card.body.map((p) => el('p', {}, p)),
      ...sourceParts(card),
    ),
  );
  return { contents, cards: sections };
}

function sourceParts(card: ScriptCardData): HTMLElement[] {
  const cited = citedDocuments(card.source);
  const parts: HTMLElement[] = [
    el(
      'p',
      { className: 'script-source' },
      `Drawn from: ${cited.text.replace(/\.$/, '')}.`,
      card.checked ? ` Facts checked ${checkedMonth(card.checked)}.` : '',
    ),
  ];
  if (cited.documents.length)
    parts.push(
      el(
        'ul',
        { className: 'script-source script-documents', 'aria-label': 'Where to read it' },
        ...cited.documents.map(whereToRead),
      ),
    );
  return parts;
}
