// When the browser will not keep anything (a private window, a locked-down setting) or its storage is full, the
// game still plays from memory. The learner is told once, in plain words, and offered the one thing that does
// keep their place: saving it to a file, right there in the notice.
import { announce, el } from './dom';
import { deviceStorage, type StorageProblem } from './deviceStorage';
import { currentPlay, onCurrentPlayChange } from './currentPlay';
import { afterFirstWords } from './firstWords';

const WHY: Record<Exclude<StorageProblem, null>, string> = {
  full: 'This browser’s storage is full',
  unavailable: 'This browser is not letting the game keep anything (a private window or a locked-down setting)',
};

/**
 * What the learner loses, and the way to keep it. Launched from an LMS, the LMS keeps their place (suspend data), so
 * "your progress will not be kept" would be false; what it never keeps is what they write, which only this device
 * holds (LMS.md), so that is what they are told, with the way to keep it at the end.
 */
function noticeText(problem: Exclude<StorageProblem, null>, placeKeptByLms: boolean): string {
  return placeKeptByLms
    ? `${WHY[problem]}. Your learning system keeps your place in the story, but what you write in the curtain call will not be kept after you close the page. You can still play; save, print or copy your reflective account at the end.`
    : `${WHY[problem]}, so your progress will not be kept after you close the page. You can still play. To keep your place, save it to a file while you play; your reflective account can be saved at the end.`;
}

export function mountStorageNotice(before: HTMLElement, placeKeptByLms = false): void {
  const text = el('p', {});
  const exportButton = el('button', { type: 'button', 'data-action': 'export' }, 'Save your place to a file');
  const exported = el('p', { role: 'status' });
  const notice = el(
    'div',
    { className: 'notice storage-notice', role: 'region', 'aria-label': 'Your progress', hidden: true },
    text,
    exportButton,
    exported,
  );
  before.before(notice);

  const sync = () => {
    exportButton.hidden = placeKeptByLms || !currentPlay();
  };
  exportButton.addEventListener('click', async () => {
    const play = currentPlay();
    if (!play) return;
    // Loaded when asked for: most learners' browsers keep their place, and never need it.
    const { downloadSave } = await import('./saveFile');
    downloadSave(play.place().save);
    exported.textContent =
      'Your place has been saved as a file. Look in your downloads; “Saved places” can load it again.';
  });
  onCurrentPlayChange(sync);
  sync();

  let told = false;
  deviceStorage().onProblem((problem) => {
    if (!problem) return;
    notice.hidden = false;
    text.textContent = noticeText(problem, placeKeptByLms);
    // Once is enough: the notice stays on screen, and repeating it at every choice would drown the story. Said after
    // the screen has put focus on its first words: a screen reader cuts short what it is saying when focus moves,
    // and storage fails as the page starts, a moment before the foyer or the story takes focus.
    if (!told) {
      const message = text.textContent;
      afterFirstWords(() => announce(message));
    }
    told = true;
  });
}
