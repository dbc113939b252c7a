// One playthrough's reflections, read back: folded under when they were written, with a delete that asks first and
// can be undone straight after (the words are put back as they were). Used by the curtain call's "your earlier
// reflections" and by "Your reflections" from the site bar, so deleting works and reads the same in both.
import { askBeforeLosing } from './askBeforeLosing';
import { el } from './dom';
import { readableDate } from './debrief/readableDate';
import './styles/reflections.css';

export interface ReflectionEntryOptions {
  /** A unique id for the folded entry (the page may show several lists). */
  id: string;
  /** When the words were written (ms since 1970), if known. */
  savedAt: number | null;
  /** The question and answer pairs; none means only ticks and dates were kept. */
  pairs: [string, string][];
  /** Delete the record now; returns a way to put it back (false when it could not be). */
  remove(): () => boolean;
}

export function reflectionEntry(o: ReflectionEntryOptions): HTMLLIElement {
  const item = el('li', { className: 'reflection-entry' });
  const on = o.savedAt ? ` on ${readableDate(new Date(o.savedAt))}` : ' earlier';
  const when = `Written${on}`;

  const show = (focus: boolean) => {
    const confirmBox = el('div', { className: 'reflection-confirm', hidden: true });
    const start = el('button', { type: 'button' }, 'Delete these reflections');
    const yes = el('button', { type: 'button', className: 'danger' }, 'Yes, delete them');
    const no = el('button', { type: 'button' }, 'No, keep them');
    const asking = askBeforeLosing(confirmBox, no);
    start.addEventListener('click', () => asking.open());
    no.addEventListener('click', () => {
      confirmBox.hidden = true;
      start.focus();
    });
    yes.addEventListener('click', () => deleted(o.remove()));
    confirmBox.append(
      el('p', {}, `Delete what you wrote${on}? You can undo this straight after.`),
      el('div', { className: 'button-row' }, yes, no),
    );
    const summary = el('summary', {}, when);
    const details = el(
      'details',
      { id: o.id },
      summary,
      o.pairs.length
        ? el('dl', {}, ...o.pairs.flatMap(([label, text]) => [el('dt', {}, label), el('dd', {}, text)]))
        : el('p', {}, 'Ticks and dates only, no words.'),
      start,
      confirmBox,
    );
    if (focus) details.open = true;
    item.replaceChildren(details);
    if (focus) summary.focus();
  };

  const deleted = (undo: () => boolean) => {
    const again = el('button', { type: 'button' }, 'Undo');
    const status = el('p', { role: 'status' }, `Deleted what you wrote${on}. `, again);
    again.addEventListener('click', () => {
      if (undo()) show(true);
      else
        status.replaceChildren(
          'They could not be put back: something new has been written there since, or this device would not keep them.',
        );
    });
    item.replaceChildren(status);
    again.focus();
  };

  show(false);
  return item;
}
