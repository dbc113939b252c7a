// Pages other than the game (the author preview, the Script, the accessibility statement, the workshop) keep
// little on the device: settings, a workshop session. When the browser will not keep it (blocked, full or
// throwing storage) the page still works from memory and says so, once, in plain words.
import { announce, el } from './dom';
import { deviceStorage, type StorageProblem } from './deviceStorage';

const WHY: Record<Exclude<StorageProblem, null>, string> = {
  full: 'This browser’s storage is full',
  unavailable: 'This browser is not letting this page keep anything (a private window or a locked-down setting)',
};

/** A note, hidden until storage fails; `what` says what will not be kept ("your settings"). */
export function storageNote(what: string, onShown?: (text: string) => void): HTMLElement {
  const note = el('p', { className: 'notice storage-notice', role: 'note', hidden: true });
  let told = false;
  deviceStorage().onProblem((problem) => {
    if (!problem) return;
    note.hidden = false;
    note.textContent = `${WHY[problem]}, so ${what} will last only until you close the page. Everything else works as usual.`;
    onShown?.(note.textContent);
    if (!told) announce(note.textContent);
    told = true;
  });
  return note;
}
