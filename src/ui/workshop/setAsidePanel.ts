// On the plan screen: the sessions set aside on this browser (by "Start a new session", or because their story
// had gone or would not load), each with what it was, a button to bring it back, and one to delete it for good,
// which asks first and says what goes.
import type { Screen } from '../../facilitation/sessionState';
import { el } from '../dom';
import { findEntry } from '../storySource';
import { askFirst } from './askFirst';
import type { SetAsideSession } from './sessionStore';

const WHERE: Record<Screen, string> = {
  plan: 'Planned, not started',
  prebrief: 'At the prebrief',
  'ground-rules': 'At the ground rules',
  'content-notes': 'At the content notes',
  story: 'In the story',
  debrief: 'In the debrief',
  ended: 'After the debrief',
};

const when = (ms: number): string =>
  new Date(ms).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

/** What deleting a session set aside costs, in the words the facilitator reads before saying yes. */
function deleteWords(title: string, setAsideAt: number): string {
  return `This deletes “${title}” (set aside ${when(setAsideAt)}) from this browser. Its plan, the path the room took, every vote and its counts, and everything you typed (the room’s own moves, the commitments and the head count) will be gone. You cannot undo this. To keep a summary, bring the session back first, then print or download it.`;
}

export function setAsidePanel(
  sessions: SetAsideSession[],
  on: { bringBack(s: SetAsideSession): void; remove(s: SetAsideSession): void },
  /** What just happened to the list (one deleted), shown above it. */
  said: string | null = null,
): HTMLElement | null {
  if (!sessions.length) return null;
  const list = el('ul', { className: 'ws-set-aside' });
  for (const [i, kept] of sessions.entries()) {
    const story = findEntry(kept.state.storyId);
    const title = story?.title ?? `A story no longer in this theatre (${kept.state.storyId})`;
    const started = kept.state.startedAt === null ? '' : `, started ${when(kept.state.startedAt)}`;
    // Named with its story and when it was set aside, as the line under its title says: two sessions of one story
    // read apart by screen reader, and the name holds the words seen.
    const named = `${title}, set aside ${when(kept.at)}`;
    const back = story
      ? el(
          'button',
          { type: 'button', 'data-key': `bring-back-${i}`, 'aria-label': `Bring it back: ${named}` },
          'Bring it back',
        )
      : el('p', { className: 'ws-hint' }, 'It can be brought back once its story is in this theatre again.');
    if (back instanceof HTMLButtonElement) back.addEventListener('click', () => on.bringBack(kept));
    const remove = el(
      'button',
      { type: 'button', 'data-key': `delete-set-aside-${i}`, 'aria-label': `Delete: ${named}` },
      'Delete',
    );
    remove.addEventListener('click', () =>
      askFirst(
        {
          name: 'delete-session',
          title: 'Delete this session for good?',
          words: deleteWords(title, kept.at),
          keep: 'Keep it',
          yes: 'Delete it for good',
        },
        () => on.remove(kept),
      ),
    );
    list.append(
      el(
        'li',
        {},
        el('strong', {}, title),
        el('p', { className: 'ws-hint' }, `${WHERE[kept.state.screen]}${started}; set aside ${when(kept.at)}.`),
        el('div', { className: 'button-row' }, back, remove),
      ),
    );
  }
  return el(
    'section',
    { className: 'ws-panel' },
    el('h2', { id: 'set-aside-heading' }, 'Sessions set aside'),
    said ? el('p', { className: 'notice', role: 'note' }, said) : null,
    el(
      'p',
      {},
      'Kept on this browser until you delete one. Bringing one back sets aside the session you have now, so you can swap back.',
    ),
    list,
  );
}
