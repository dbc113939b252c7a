// `?story=ID` names no story in this theatre. Two different things look alike from the address alone, and the
// learner needs different words for each: a link mistyped (or cut off, or made from a title), where the way on is
// the story they meant; and a story that was here once and has been removed, where what matters is that their
// words are not lost and where to find them. The device tells them apart: a saved place or a reflection kept for
// that id means the learner played it here. Loaded only when such a link is opened (game.ts).
import { storyMeant } from '../engine/storyMeant';
import { answerBook, unreadableAnswers } from './answerStore';
import { storiesWithAutosave } from './autosave';
import { deviceStorage } from './deviceStorage';
import { el } from './dom';
import { reflectionsButton } from './reflectionsButton';
import { removedStoryName } from './removedStoryName';
import { slotsFor } from './saveSlots';
import { storyManifest } from './storySource';

/** What this device keeps of a story, by its id: its saved places, its words. */
function keptFor(storyId: string): { place: boolean; words: boolean } {
  const storage = deviceStorage();
  return {
    place: slotsFor(storyId).length > 0 || storiesWithAutosave().includes(storyId),
    // Words that could not be read are shown under "Your reflections" too, to be copied out.
    words:
      answerBook(storage, storyId).earlier('').length > 0 ||
      unreadableAnswers(storage).some((damaged) => damaged.storyId === storyId),
  };
}

/**
 * The panel's words and ways on for a story id not in this theatre. `open` plays the story a link most likely meant
 * (offered as a link to it, so it can also be opened in a new tab or copied).
 */
export function storyNotHere(storyId: string, open: (storyId: string) => void): HTMLElement[] {
  const stories = storyManifest().stories;
  const meantId = storyMeant(
    storyId,
    stories.map((story) => story.id),
  );
  const meant = stories.find((story) => story.id === meantId) ?? null;
  const meantLink = meant ? el('a', { href: `?story=${encodeURIComponent(meant.id)}` }, meant.title || meant.id) : null;
  meantLink?.addEventListener('click', (event) => {
    // A plain click stays on this page; a new tab or window, asked for with a key held, is the browser's own.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    open(meant!.id);
  });
  const kept = keptFor(storyId);
  if (!kept.place && !kept.words) {
    if (!meantLink)
      return [
        el(
          'p',
          {},
          `There is no story called “${storyId}” in this theatre: the link may be mistyped, or the story may have been removed. Go back to the foyer and choose a story there.`,
        ),
      ];
    return [
      el('p', {}, `There is no story called “${storyId}” in this theatre. Did you mean `, meantLink, '?'),
      el('p', {}, 'If not, go back to the foyer and choose a story there.'),
    ];
  }
  const name = removedStoryName(storyId);
  return [
    el(
      'p',
      {},
      // "Removed", not "taken off": a reader whose first language is not English may read that as "became popular".
      `“${name}” is no longer in this theatre: it has been removed, so it can’t be played or carried on here.`,
    ),
    kept.words
      ? el(
          'p',
          {},
          'What you wrote in its curtain call is still kept on this device. You can read it, copy it or delete it under “Your reflections” in the foyer, or from here.',
        )
      : null,
    kept.words ? el('p', {}, reflectionsButton('Read your reflections')) : null,
    meantLink ? el('p', {}, 'A story with a similar name is here: ', meantLink, '.') : null,
  ].filter((node) => node !== null);
}
