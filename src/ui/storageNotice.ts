// When the browser will not keep anything (a private window, a locked-down setting) or its storage is full, the
// game still plays from memory. The learner is told once, in plain words, and offered the one thing that does
// keep their place: saving it to a file, right there in the notice.
import { announce, el } from './dom';
import { deviceStorage, type StorageProblem } from './deviceStorage';
import { currentPlay, onCurrentPlayChange } from './currentPlay';
import { afterFirstWords } from './firstWords';

const WHY: Record<Exclude<StorageProblem, null>, string> = {
  full: 'This browser’s storage is full, so your progress will not be kept after you close the page.',
  unavailable:
    'This browser is not letting the game keep anything (a private window or a locked-down setting), so your progress will not be kept after you close the page.',
};

export function mountStorageNotice(before: HTMLElement): void {
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
    exportButton.hidden = !currentPlay();
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
    text.textContent = `${WHY[problem]} You can still play. To keep your place, save it to a file while you play; your reflective account can be saved at the end.`;
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
