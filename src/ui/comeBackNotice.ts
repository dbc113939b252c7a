// "Come back in a few weeks": when a learner returns on or after the date they set in the curtain call, the foyer
// says so first, with the way back to that story's curtain call, opened at the Record, where "What happened when I
// tried it" now waits.
import { comeBackIsDue } from '../engine/debrief/debriefAnswers';
import { storedComeBack } from './answerStore';
import type { ManifestEntry } from '../engine/manifest';
import { deviceStorage } from './deviceStorage';
import { el } from './dom';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function comeBackNotice(stories: ManifestEntry[], onOpen: (storyId: string) => void): HTMLElement | null {
  const due = stories.filter((s) => comeBackIsDue(storedComeBack(deviceStorage(), s.id), today()));
  if (!due.length) return null;
  return el(
    'section',
    { className: 'come-back notice' },
    el('h2', { id: 'come-back-heading' }, 'Welcome back'),
    el(
      'p',
      {},
      'You planned to look back at how your commitment went. Open the curtain call to add what happened when you tried it.',
    ),
    el(
      'ul',
      {},
      ...due.map((s) => {
        const open = el('button', { type: 'button', 'data-come-back': s.id }, `Look back at ${s.title}`);
        open.addEventListener('click', () => onOpen(s.id));
        return el('li', {}, open);
      }),
    ),
  );
}
