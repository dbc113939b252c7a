// The four things a facilitator prints: the one-page brief (before; each note's first sentence, then the notes in
// full on the pages after it), the session summary and the participant take-away (after), and a quiet-task card
// for anyone who steps out. Each is built into #print-area, which the
// print stylesheet shows alone. The take-away has no links and no QR code; none of them names anyone.
import type { Workshop } from '../../facilitation/workshop';
import type { QuietTask } from '../../facilitation/quietTask';
import { briefNote, firstWords } from '../../facilitation/briefNote';
import { discussionPrompts } from '../../facilitation/groupDebrief';
import { sessionSummary, summaryText, takeAway } from '../../facilitation/sessionRecord';
import { playedLine } from '../../facilitation/sessionLog';
import { clear, el } from '../dom';
import { briefTimeWords } from '../../facilitation/sessionTime';
import { STANDARDS } from '../../facilitation/participantAccount';
import { ACCOUNT_PARTS, STANDARDS_QUESTION, type AccountPartName } from '../../engine/debrief/accountParts';

export type SheetKind = 'brief' | 'summary' | 'takeaway' | 'quiet' | 'cards';

/** Put a sheet in the print area and open the browser's print dialog (Save as PDF is one of its printers). */
export function printSheet(kind: SheetKind, sheet: HTMLElement): void {
  const area = document.getElementById('print-area');
  if (!area) return;
  clear(area);
  area.append(sheet);
  document.body.dataset.printing = kind;
  window.print();
}

const list = (items: readonly string[], className = '') =>
  el('ul', { className }, ...items.map((i) => el('li', {}, i)));

export function briefSheet(w: Workshop): HTMLElement {
  const header = w.main.header;
  const votes = new Set(w.state.votePoints);
  const sheet = el(
    'article',
    { className: 'sheet sheet-brief' },
    el('h1', {}, `Facilitator brief: ${header.title}`),
    el('p', {}, `${header.summary} You play: ${header.role}. ${briefTimeWords(header.minutes, votes.size)}`),
    el('h2', {}, 'Learning outcomes'),
    list(header.outcomes),
    el('h2', {}, 'Content notes'),
    header.contentNotes.length ? list(header.contentNotes) : el('p', {}, 'None given.'),
    header.review ? el('p', { className: 'sheet-small' }, `Review: ${header.review}`) : null,
    el('h2', {}, `Decisions (${votes.size} room vote${votes.size === 1 ? '' : 's'})`),
  );
  const points = el('ol', { className: 'sheet-points' });
  /** Decisions (by number) whose notes the brief shortened, to print in full after it. */
  const fullNotes = new Map<number, (typeof w.plan.points)[number]>();
  const printedAt = new Map<string, number>();
  for (const [i, point] of w.plan.points.entries()) {
    const number = i + 1;
    const vote = votes.has(point.key);
    const item = el(
      'li',
      {},
      el('strong', {}, `${vote ? 'Room vote' : 'You pick'}${point.moment ? ` · “${point.moment}”` : ''}`),
      point.onlyAfter.length
        ? el(
            'span',
            {},
            ` · only after “${firstWords(point.onlyAfter[0]!.option, 8)}” (decision ${point.onlyAfter[0]!.number})`,
          )
        : null,
    );
    if (vote) item.append(el('ol', { className: 'sheet-options' }, ...point.options.map((o) => el('li', {}, o))));
    // A decision met in two versions (an option offered only after an earlier choice) often keeps its card and
    // note: the second prints "as decision N", so the page holds the plan.
    for (const d of point.discuss) {
      const seen = printedAt.get(`discuss:${d}`);
      item.append(el('p', {}, seen ? `Discuss: as decision ${seen}.` : `Discuss: ${d}`));
      if (!seen) printedAt.set(`discuss:${d}`, number);
    }
    for (const n of point.notes) {
      const seen = printedAt.get(`note:${n}`);
      if (seen) {
        item.append(el('p', { className: 'sheet-note' }, `Note: as decision ${seen}.`));
        continue;
      }
      printedAt.set(`note:${n}`, number);
      const { text, shortened } = briefNote(n);
      const more = shortened ? ' (in full after the brief)' : '';
      item.append(el('p', { className: 'sheet-note' }, `Note: ${text}${more}`));
      if (shortened) fullNotes.set(number, point);
    }
    points.append(item);
  }
  sheet.append(
    points,
    el('h2', {}, 'Safety'),
    list([
      'Ground rules first, with their limits: what is shared stays in the room except where someone may be at risk or a concern must be raised.',
      'If someone discloses something: listen, do not probe, do not promise secrecy; tell them privately what happens next; follow your safeguarding or speaking-up policy.',
      'Anyone may step out: offer the quiet task. Skip a scene, blank the screen (B) or pause (P) whenever the room needs it.',
      'Sessions on racism, homophobia or disability are best co-facilitated with people with lived experience, paid for their time.',
    ]),
  );
  // The notes in full start on a new page, so the first page is still the whole brief.
  if (fullNotes.size) {
    const full = el('section', { className: 'sheet-notes-full' }, el('h2', {}, 'Notes in full'));
    for (const [number, point] of fullNotes) {
      full.append(el('h3', {}, `${number}. ${point.moment ? `“${point.moment}”` : 'Decision'}`));
      for (const n of point.notes) full.append(el('p', { className: 'sheet-note' }, n));
    }
    sheet.append(full);
  }
  return sheet;
}

function summaryOf(w: Workshop, now: number) {
  const header = w.main.header;
  return sessionSummary({
    title: header.title,
    outcomes: header.outcomes,
    session: w.state,
    decisions: w.debriefDecisions(),
    prompts: discussionPrompts(w.main.log),
    now,
  });
}

/** Saves the session summary as a text file (for a training record, or to upload to an LMS). */
export function downloadSummary(w: Workshop, now: number): void {
  const s = summaryOf(w, now);
  const url = URL.createObjectURL(new Blob([summaryText(s)], { type: 'text/plain;charset=utf-8' }));
  const slug = s.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const link = el('a', {
    href: url,
    download: `session-summary-${slug || 'workshop'}-${new Date(now).toISOString().slice(0, 10)}.txt`,
  });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function summarySheet(w: Workshop, now: number): HTMLElement {
  const s = summaryOf(w, now);
  const decisions = el('ol', { className: 'sheet-points' });
  for (const d of s.decisions) {
    decisions.append(
      el(
        'li',
        {},
        el('strong', {}, d.heading.replace(/^\d+\.\s*/, '')),
        el('p', {}, playedLine(d.chosen, d.how)),
        ...d.votes.map((v) => el('p', {}, v)),
        d.split ? el('p', {}, d.split) : null,
        ...d.discussed.map((prompt) => el('p', {}, `Discussed: ${prompt}`)),
        el('p', {}, `How it resolved: ${d.acts}`),
        ...d.roomMoves.map((m) => el('p', {}, `The room’s own move: ${m}`)),
        d.explored.length ? el('p', {}, `Also tried on a rewind: ${d.explored.join('; ')}`) : null,
      ),
    );
  }
  return el(
    'article',
    { className: 'sheet sheet-summary' },
    el('h1', {}, `Session summary: ${s.title}`),
    el('p', {}, `${s.date} · ${s.duration} · ${s.ended}${s.skipped ? ` Scenes skipped: ${s.skipped}.` : ''}`),
    el(
      'p',
      { className: 'sheet-small' },
      'A record of what the room did together. It holds no names and no individual data: votes are shown as the room saw them.',
    ),
    el('h2', {}, 'Learning outcomes'),
    list(s.outcomes),
    el('h2', {}, 'Decisions and votes'),
    s.decisions.length ? decisions : el('p', {}, 'The room did not reach a decision.'),
    el('h2', {}, 'Discussion prompts the story offered'),
    s.prompts.length ? list(s.prompts) : el('p', {}, 'None reached.'),
    el('h2', {}, 'The room’s commitments'),
    s.commitments.length ? list(s.commitments) : el('p', {}, 'None recorded.'),
  );
}

export function takeAwaySheet(w: Workshop, now: number): HTMLElement {
  const header = w.main.header;
  const t = takeAway({
    title: header.title,
    outcomes: header.outcomes,
    session: w.state,
    decisions: w.debriefDecisions(),
    now,
  });
  return el(
    'article',
    { className: 'sheet sheet-takeaway' },
    el('h1', {}, `Take-away: ${t.title}`),
    el('p', {}, `${t.date} · ${t.cpd}`),
    list(t.notes, 'sheet-small'),
    el('h2', {}, 'What the session was for'),
    list(t.outcomes),
    el('h2', {}, 'What happened'),
    list(t.whatHappened),
    el('h2', {}, 'The room’s commitments'),
    t.commitments.length ? list(t.commitments) : el('p', {}, 'Write your own here: ______________________________'),
    // The rest of a reflective account (NMC form, SWE CPD record): every part the learner writes in the solo Record,
    // in its order and words (accountParts.ts), so a participant without a phone writes them by hand and ticks the
    // same standards; the follow-up too, for when they have tried it. The peer reflection gets the big box: Social
    // Work England asks for one piece a year with it.
    ...(Object.keys(ACCOUNT_PARTS) as AccountPartName[]).map((name) => {
      const { label, hint, printedHint } = ACCOUNT_PARTS[name];
      const big = name === 'peerReflection';
      // A part stays on one page with its box: a heading at the foot of a page, its box over the page, reads as two.
      return el(
        'section',
        { className: 'sheet-part' },
        el('h2', {}, label),
        (printedHint ?? hint) ? el('p', { className: 'sheet-small' }, printedHint ?? hint) : null,
        el('div', { className: big ? 'sheet-box' : 'sheet-box sheet-box-short', 'aria-label': `Blank box: ${label}` }),
      );
    }),
    el('h2', {}, STANDARDS_QUESTION),
    ...STANDARDS.groups.map((group) =>
      el(
        'section',
        { className: 'sheet-part' },
        el('h3', {}, group.title),
        group.note ? el('p', { className: 'sheet-small' }, group.note) : null,
        list(
          group.items.map((item) => item.text),
          'sheet-ticks',
        ),
      ),
    ),
  );
}

export function quietSheet(task: QuietTask): HTMLElement {
  return el(
    'article',
    { className: 'sheet sheet-quiet' },
    el('h1', {}, task.card.title),
    ...task.card.body.map((p) => el('p', {}, p)),
    el('h2', {}, 'A question to think about'),
    el('p', {}, task.question),
    el('p', { className: 'sheet-small' }, 'This is yours to keep. Nobody will ask for it back.'),
  );
}

/**
 * Numbered vote cards for a room without phones: one card per option number the story ever needs, and one for
 * "I'd rather not say". People hold one up facing the facilitator only, or fold it and hand it in.
 */
export function voteCardsSheet(w: Workshop): HTMLElement {
  const most = Math.max(2, ...w.plan.points.map((p) => p.options.length));
  const cards = Array.from({ length: most }, (_, i) =>
    el(
      'li',
      { className: 'sheet-card' },
      el('span', { className: 'sheet-card-number' }, String(i + 1)),
      el('span', { className: 'sheet-card-words' }, `Option ${i + 1}`),
    ),
  );
  cards.push(
    el(
      'li',
      { className: 'sheet-card' },
      el('span', { className: 'sheet-card-number' }, '–'),
      el('span', { className: 'sheet-card-words' }, 'I’d rather not say'),
    ),
  );
  return el(
    'article',
    { className: 'sheet sheet-cards' },
    el('h1', {}, `Vote cards: ${w.main.header.title}`),
    el(
      'p',
      {},
      'Print one set for each person and cut along the dashed lines. At a room vote, hold up the card for the option you would choose, facing the facilitator only, or fold it and hand it in.',
    ),
    el('ul', { className: 'sheet-card-grid' }, ...cards),
  );
}
