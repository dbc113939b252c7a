// The same story open in two tabs: each keeps its place in one slot on the device, so a choice in one silently
// replaced the other's place (r19 S2). When another tab keeps a place for the story on this screen, the learner is
// told here, just above the choices where they will look next, and chooses which place to carry on from.
import { readSave } from '../engine/contract/index.ts';
import type { SaveEnvelope } from '../engine/types';
import { autosaveKey } from './autosaveKey';
import { writeAutosave } from './autosave';
import { currentPlay } from './currentPlay';
import { el, focusInView } from './dom';
import type { PlayScreen } from './playScreen';

export interface OtherTabOptions {
  storyId: string;
  /** Where the play screen is (the notice goes at the top of its choices). */
  root: HTMLElement;
  play: PlayScreen;
  /** The story this screen plays, to replay the other tab's place in. */
  json: string;
}

/** Follow the other tabs' places for this story until the returned function is called. */
export function followOtherTabs(o: OtherTabOptions): () => void {
  let theirs: SaveEnvelope | null = null;
  const words = el('p', {});
  const carryOn = el('button', { type: 'button', className: 'primary' }, 'Carry on from the other tab');
  const stay = el('button', { type: 'button' }, 'Stay here');
  const notice = el(
    'div',
    { className: 'notice other-tab', role: 'region', 'aria-label': 'This story in another tab' },
    words,
    el('div', { className: 'button-row' }, carryOn, stay),
  );
  carryOn.addEventListener('click', () => {
    notice.remove();
    if (theirs) o.play.replay(o.json, theirs);
  });
  stay.addEventListener('click', () => {
    notice.remove();
    // Staying is a choice of place: this one is kept for next time, as a choice here would keep it.
    const mine = currentPlay()?.place().save;
    if (mine) writeAutosave(mine);
    const back = o.root.querySelector<HTMLElement>('.play .choice') ?? o.root.querySelector<HTMLElement>('.play h1');
    if (back) focusInView(back);
  });

  const onStorage = (event: StorageEvent) => {
    // A storage event comes only from another tab (or window) of this site; this tab's own writes raise none.
    if (event.key !== autosaveKey(o.storyId) || event.newValue === null) return;
    const read = readSave(event.newValue);
    if (!read.ok || read.save.storyId !== o.storyId) return;
    const mine = currentPlay()?.place().save;
    // The other tab opened the story where this one is (a resume): nothing to choose between.
    if (mine && JSON.stringify(mine.path) === JSON.stringify(read.save.path)) {
      notice.remove();
      return;
    }
    const choices = o.root.querySelector<HTMLElement>('.play .choice-area');
    const transcript = o.root.querySelector('.play .transcript');
    if (!choices || !transcript) return;
    theirs = read.save;
    const steps = theirs.path.length;
    // Updated in place while it is up, so focus on its buttons stays put.
    words.textContent = `You have played this story in another tab too (${steps === 1 ? 'one step' : `${steps} steps`} in). The place kept for next time is the one from there. A choice here keeps this one instead.`;
    // At the top of the choices, where the learner looks next; after the story's last words once it has ended.
    if (!notice.isConnected) {
      if (choices.hidden) transcript.append(notice);
      else choices.prepend(notice);
    }
  };

  window.addEventListener('storage', onStorage);
  // A choice here settles it: this tab's place is the one kept now.
  let offChoice: (() => void) | null = null;
  const offPerformance = o.play.onPerformance((p) => {
    offChoice?.();
    offChoice = p.events.on('save', () => notice.remove());
  });
  return () => {
    window.removeEventListener('storage', onStorage);
    offChoice?.();
    offPerformance();
    notice.remove();
  };
}
