// Saved text the game could not read as reflections (answerStore.ts, unreadableAnswers): damaged on the device,
// or written by another version of the game. Nothing of it is deleted or hidden. "Your reflections" says so in
// plain words and shows each piece exactly as it was stored, in a box the learner can select, with a button to
// copy it and one to save all of it as a text file, so no word they wrote is lost (issue 17).
import type { UnreadableAnswers } from './answerStore';
import { el } from './dom';

const when = (at: number) =>
  new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** Every piece as one text file: where each came from, then its text exactly as stored. */
function unreadableAsText(items: readonly UnreadableAnswers[], titleOf: (storyId: string) => string): string {
  return items
    .map((item) => `${titleOf(item.storyId)}\n(kept on this device as ${item.key})\n\n${item.raw}\n`)
    .join('\n----------\n\n');
}

function saveAsFile(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = el('a', { href: url, download: `allyship-saved-text-${new Date().toISOString().slice(0, 10)}.txt` });
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the address is let go.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function unreadableSection(
  items: readonly UnreadableAnswers[],
  titleOf: (storyId: string) => string,
): HTMLElement {
  const status = el('p', { role: 'status', className: 'unreadable-status' });
  const copy = async (text: string, area: HTMLTextAreaElement) => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      status.textContent = 'Copied. You can paste it into a document to keep it.';
    } catch {
      // Some browsers block the clipboard: the text is selected in its box, to copy by hand.
      area.focus();
      area.select();
      status.textContent =
        'The browser did not allow copying. The text is selected in its box: press Ctrl and C (or Command and C on a Mac) to copy it.';
    }
  };
  const saveAll = el('button', { type: 'button' }, 'Save all of it as a text file');
  saveAll.addEventListener('click', () => {
    saveAsFile(unreadableAsText(items, titleOf));
    status.textContent = 'Saved as a text file in your downloads.';
  });
  return el(
    'section',
    { className: 'reflections-unreadable' },
    el('h3', { id: 'reflections-unreadable-heading' }, 'Some saved text could not be read'),
    el(
      'p',
      {},
      items.length === 1
        ? 'One piece of text saved on this device could not be read as your reflections. It may have been damaged, or written by a different version of the game. Nothing has been deleted: here it is exactly as it was saved, so you can copy it or save it as a file.'
        : `${items.length} pieces of text saved on this device could not be read as your reflections. They may have been damaged, or written by a different version of the game. Nothing has been deleted: here they are exactly as they were saved, so you can copy them or save them as a file.`,
    ),
    el(
      'ul',
      {},
      ...items.map((item, i) => {
        const areaId = `reflections-unreadable-${i}`;
        const area = el('textarea', { id: areaId, readonly: true, rows: 4, className: 'unreadable-text' });
        // As stored, character for character: a textarea's value is text, never markup.
        area.value = item.raw;
        const label = `${titleOf(item.storyId)}${item.setAsideAt === null ? '' : `, put aside on ${when(item.setAsideAt)}`}`;
        const copyButton = el('button', { type: 'button' }, 'Copy this text');
        copyButton.addEventListener('click', () => void copy(item.raw, area));
        return el('li', {}, el('label', { for: areaId }, label), area, copyButton);
      }),
    ),
    el('div', { className: 'button-row' }, saveAll),
    status,
  );
}
