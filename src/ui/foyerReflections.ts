// The foyer's "Your reflections": once the learner has written in a curtain call, the foyer says where those words
// are (every one a press away; Saved places has the same button), after the playbill so Begin stays on the first
// screen. It follows the answers (answersChanged.ts): a delete or undo in the dialog, or another tab's write,
// changes its words in place, with no live region and no new button, so focus and the page's announcement stay put.
import { allReflections, unreadableAnswers } from './answerStore';
import { followAnswers } from './answersChanged';
import { deviceStorage } from './deviceStorage';
import { el } from './dom';
import { reflectionsButton } from './reflectionsButton';

/** The foyer drawn last follows the answers; drawing it again stops the one before. */
let stopFollowing: (() => void) | null = null;

export function foyerReflections(): HTMLElement {
  stopFollowing?.();
  // An empty slot until there is something to say, so a first reflection written in another tab appears too.
  const slot = el('div', { className: 'foyer-reflections-slot' });
  const words = document.createTextNode('');
  const render = () => {
    const storage = deviceStorage();
    const stories = allReflections(storage).length;
    // Saved text that could not be read is said here too, so the learner knows to look (the dialog shows it all).
    const unreadable = unreadableAnswers(storage).length;
    if (!slot.firstChild) {
      if (stories === 0 && unreadable === 0) return;
      slot.append(
        el(
          'section',
          { className: 'foyer-reflections' },
          el('h2', { id: 'foyer-reflections-heading' }, 'Your reflections'),
          el('p', {}, words, reflectionsButton('Read your reflections')),
        ),
      );
    }
    // Once shown it stays, saying nothing is left, so focus coming back from the dialog still has its button.
    words.textContent =
      (stories === 0
        ? unreadable
          ? ''
          : 'Nothing you wrote in a curtain call is kept on this device now. '
        : `What you wrote in the curtain call of ${stories === 1 ? 'one story' : `${stories} stories`} is kept on this device until you delete it. `) +
      (unreadable
        ? 'Some saved text could not be read; nothing has been deleted, and you can copy it or save it as a file there. '
        : '');
  };
  render();
  const stop = followAnswers(() => (slot.isConnected ? render() : stop()));
  stopFollowing = stop;
  return slot;
}
