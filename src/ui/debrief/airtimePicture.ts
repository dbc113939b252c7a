// The airtime picture: who took turns and who was spoken to, as two real tables with numbers in text. The
// bars only repeat what the numbers say, so nothing depends on seeing colour or length. Each bar sits in its number's
// cell, hidden from screen readers: a column of its own was heard as a "Picture" column of blank cells, a blank for
// every person in every table (tests/e2e/heard.test.ts).
import { airtime, airtimeNotes } from '../../engine/debrief/airtime';
import { el } from '../dom';
import type { DebriefContext } from './debriefInput';

function table(caption: string, column: string, rows: { name: string; count: number }[]): HTMLTableElement {
  const most = Math.max(1, ...rows.map((row) => row.count));
  const body = el('tbody', {});
  for (const row of rows) {
    const bar = el('span', { className: 'debrief-bar' });
    // Set through the CSSOM: the page's Content-Security-Policy refuses inline style attributes.
    bar.style.inlineSize = `${(row.count / most) * 100}%`;
    body.append(
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, row.name),
        el(
          'td',
          { className: 'debrief-count' },
          el(
            'span',
            { className: 'debrief-count-line' },
            el('span', { className: 'debrief-count-number' }, String(row.count)),
            el('span', { className: 'debrief-bar-track', 'aria-hidden': 'true' }, bar),
          ),
        ),
      ),
    );
  }
  return el(
    'table',
    { className: 'debrief-airtime' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Person'), el('th', { scope: 'col' }, column))),
    body,
  );
}

export function airtimePicture(ctx: DebriefContext): HTMLElement {
  const picture = ctx.asRead.airtime ?? airtime(ctx.input.log, ctx.input.header.cast);
  const notes = airtimeNotes(picture);
  return el(
    'div',
    {},
    el(
      'p',
      {},
      'Every turn counts the same, whether spoken, written, signed or made with a communication aid. Each choice you made counts as one of your turns, unless you chose to stay silent. When you asked someone, decided with them or came back to them, your turn counts as spoken to them; when you spoke for or over someone, or took their credit, it counts in the last table.',
    ),
    el(
      'div',
      { className: 'debrief-airtime-pair' },
      table(
        'Who took turns',
        'Turns',
        picture.spoke.map((row) => ({ name: row.name, count: row.turns })),
      ),
      table(
        'Who was spoken to',
        'Times',
        picture.spokenTo.map((row) => ({ name: row.name, count: row.times })),
      ),
      table(
        'Whom you spoke for or over',
        'Times',
        picture.spokenFor.map((row) => ({ name: row.name, count: row.times })),
      ),
    ),
    notes.length > 0
      ? el('ul', { className: 'debrief-airtime-notes' }, ...notes.map((note) => el('li', {}, note)))
      : null,
  );
}
