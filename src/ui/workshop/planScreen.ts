// Planning a session: choose the story, read its outcomes and content notes, see every decision with its
// notes and discussion card, and choose which decisions the room votes on (two or three suit 45 minutes).
import type { ManifestEntry } from '../../engine/manifest';
import type { Workshop } from '../../facilitation/workshop';
import { el } from '../dom';
import { plannedSessionTime, sessionTimeWords } from '../../facilitation/sessionTime';
import { quotedChoice } from '../../engine/quotedChoice';

export interface PlanHandlers {
  chooseStory(id: string): void;
  setVote(key: string, on: boolean): void;
  printBrief(): void;
  printCards(): void;
  start(): void;
}

export function planScreen(
  stories: readonly ManifestEntry[],
  w: Workshop | null,
  loading: string | null,
  on: PlanHandlers,
): HTMLElement {
  const section = el(
    'section',
    { className: 'ws-plan' },
    el('h1', { id: 'plan-heading', tabindex: '-1' }, 'Plan a workshop'),
    el(
      'p',
      { className: 'lede' },
      'One story, played together on one screen. Choose the story and the decisions the room votes on; at the others you pick. Open the Guide for how to run the session safely.',
    ),
  );

  const picker = el('fieldset', { className: 'ws-stories' }, el('legend', {}, 'Story'));
  for (const entry of stories) {
    const id = `story-${entry.id}`;
    const radio = el('input', {
      type: 'radio',
      name: 'story',
      id,
      value: entry.id,
      'data-key': id,
      checked: w?.story.id === entry.id,
    });
    radio.addEventListener('change', () => on.chooseStory(entry.id));
    picker.append(
      el(
        'div',
        { className: 'ws-story-choice' },
        radio,
        el(
          'label',
          { for: id },
          el('strong', {}, entry.title),
          ` — ${entry.role}${entry.minutes ? `, about ${entry.minutes} minutes alone` : ''}`,
        ),
        el('p', { className: 'ws-hint' }, entry.summary),
      ),
    );
  }
  section.append(picker);
  if (loading) section.append(el('p', { className: 'notice', role: 'status' }, loading));
  if (!w) return section;

  const header = w.main.header;
  section.append(
    el('h2', {}, header.title),
    el('h3', {}, 'What the session is for'),
    el('ul', {}, ...header.outcomes.map((o) => el('li', {}, o))),
    el('h3', {}, 'Content notes'),
    header.contentNotes.length
      ? el('ul', { className: 'content-notes' }, ...header.contentNotes.map((o) => el('li', {}, o)))
      : el('p', {}, 'None given.'),
  );
  if (header.review) section.append(el('p', { className: 'ws-hint' }, `Review: ${header.review}`));

  const votes = new Set(w.state.votePoints);
  const count = w.plan.points.filter((p) => votes.has(p.key)).length;
  section.append(
    el('h2', {}, 'Decisions'),
    el(
      'p',
      {},
      'Each room vote, with its discussion and revote, takes 10 to 15 minutes. At the other decisions you pick the option. You can also open a vote at any decision during the session (V).',
    ),
    el(
      'p',
      { className: 'ws-count', 'aria-live': 'polite' },
      `Room votes planned: ${count}. ${sessionTimeWords(plannedSessionTime(header.minutes, count))}`,
    ),
  );
  if (!w.plan.complete)
    section.append(
      el(
        'p',
        { className: 'notice' },
        'This story is large, so some later decisions may not be listed. You can still open a vote at any decision as it comes up.',
      ),
    );

  // Found by the Decisions heading above it, not named like it too (the name would be said twice).
  const list = el('ol', { className: 'ws-points' });
  for (const point of w.plan.points) {
    const boxId = `vote-${point.number}`;
    const box = el('input', { type: 'checkbox', id: boxId, 'data-key': boxId, checked: votes.has(point.key) });
    box.addEventListener('change', () => on.setVote(point.key, box.checked));
    list.append(
      el(
        'li',
        { className: 'ws-point' },
        el('h3', {}, `Decision ${point.number}${point.moment ? ` · “${point.moment}”` : ''}`),
        point.onlyAfter.length
          ? el(
              'p',
              { className: 'ws-hint' },
              `Only if the room chooses ${quotedChoice(point.onlyAfter[0]!.option)} at decision ${point.onlyAfter[0]!.number}.`,
            )
          : null,
        el('div', { className: 'ws-check' }, box, el('label', { for: boxId }, 'Room vote here')),
        el('h4', {}, 'Options'),
        el('ol', {}, ...point.options.map((o) => el('li', {}, o))),
        point.discuss.length ? el('h4', {}, 'Discussion card') : null,
        point.discuss.length ? el('ul', {}, ...point.discuss.map((d) => el('li', {}, d))) : null,
        point.notes.length ? el('h4', {}, 'Notes for you') : null,
        point.notes.length ? el('ul', { className: 'ws-notes' }, ...point.notes.map((n) => el('li', {}, n))) : null,
      ),
    );
  }
  const print = el('button', { type: 'button', 'data-key': 'print-brief' }, 'Print the facilitator brief');
  print.addEventListener('click', on.printBrief);
  const cards = el('button', { type: 'button', 'data-key': 'print-cards' }, 'Print vote cards');
  cards.addEventListener('click', on.printCards);
  const start = el('button', { type: 'button', className: 'primary', 'data-key': 'start' }, 'Start the session');
  start.addEventListener('click', on.start);
  section.append(list, el('div', { className: 'button-row' }, print, cards, start));
  return section;
}
