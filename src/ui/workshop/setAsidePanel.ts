// On the plan screen: the sessions set aside on this browser (by "Start a new session", or because their story
// had gone or would not load), each with what it was and a button to bring it back. Nothing here deletes one.
import type { Screen } from '../../facilitation/sessionState';
import { el } from '../dom';
import { findEntry } from '../storySource';
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

export function setAsidePanel(
  sessions: SetAsideSession[],
  bringBack: (s: SetAsideSession) => void,
): HTMLElement | null {
  if (!sessions.length) return null;
  const list = el('ul', { className: 'ws-set-aside' });
  for (const [i, kept] of sessions.entries()) {
    const story = findEntry(kept.state.storyId);
    const title = story?.title ?? `A story no longer in this theatre (${kept.state.storyId})`;
    const started = kept.state.startedAt === null ? '' : `, started ${when(kept.state.startedAt)}`;
    // Named with its story, so a list of several reads apart by screen reader.
    const back = story
      ? el(
          'button',
          { type: 'button', 'data-key': `bring-back-${i}`, 'aria-label': `Bring it back: ${title}` },
          'Bring it back',
        )
      : el('p', { className: 'ws-hint' }, 'It can be brought back once its story is in this theatre again.');
    if (back instanceof HTMLButtonElement) back.addEventListener('click', () => bringBack(kept));
    list.append(
      el(
        'li',
        {},
        el('strong', {}, title),
        el('p', { className: 'ws-hint' }, `${WHERE[kept.state.screen]}${started}; set aside ${when(kept.at)}.`),
        back,
      ),
    );
  }
  return el(
    'section',
    { className: 'ws-panel' },
    el('h2', { id: 'set-aside-heading' }, 'Sessions set aside'),
    el(
      'p',
      {},
      'Kept on this browser, never deleted. Bringing one back sets aside the session you have now, so you can swap back.',
    ),
    list,
  );
}
