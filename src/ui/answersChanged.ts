// "The learner's answers changed on this device": a delete or an undo in "Your reflections" (this tab), or a write
// from another tab (the browser's `storage` event). What shows the answers elsewhere on the page (the foyer) follows
// this, so it never shows words that are gone. answerStore.ts stays pure (no window); this is its browser side.
import { storageKey } from './deviceStorage';

const changes = new EventTarget();
const CHANGED = 'answers-changed';
/** Every answers key, per playthrough or the older one per story, starts with this. */
const ANSWERS = storageKey('debrief', '');

/** Tell whoever follows the answers that this tab changed them. */
export function answersChanged(): void {
  changes.dispatchEvent(new Event(CHANGED));
}

/** Call `listener` whenever the answers change, here or in another tab; returns how to stop. */
export function followAnswers(listener: () => void): () => void {
  // key null: another tab cleared the whole store.
  const fromOtherTab = (e: StorageEvent) => {
    if (e.key === null || e.key.startsWith(ANSWERS)) listener();
  };
  changes.addEventListener(CHANGED, listener);
  window.addEventListener('storage', fromOtherTab);
  return () => {
    changes.removeEventListener(CHANGED, listener);
    window.removeEventListener('storage', fromOtherTab);
  };
}
