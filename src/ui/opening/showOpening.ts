// The story's opening, shown before the game's code arrives (issue 20: first line first). A story opened by its
// link (`?story=ID`) starts the same way every time (seed 0, nothing chosen yet), so the build wrote what the play
// screen shows up to the first choices into index.html (prerenderOpenings.ts). This builds that DOM again with
// text nodes only, puts focus where the play screen puts it, and keeps any button pressed meanwhile until the
// engine takes over (takeOverOpening.ts), which then presses it for real.
// A resumed save, an LMS launch (its own saved place) and a hidden stage change what the play screen would show:
// those take the normal path, and so does any page without an opening for the story.
import { markStageShown } from '../stageShown';
import { launchedByLms } from '../../lms/lmsApi';
import { autosaveKey } from '../autosaveKey';
import { deviceStorage } from '../deviceStorage';
import { settings } from '../settings';
import { prefetchStory } from '../storyPrefetch';
import { buildTree, openingElementId, pathIn, type StoryOpening } from './openingTree';

export interface OpeningOnScreen {
  storyId: string;
  /** The button pressed before the engine was ready (as child indices from the root), or null. */
  readonly pressed: number[] | null;
  /** Stop holding presses: the engine has taken over, or the opening is being replaced. */
  release(): void;
}

let onScreen: OpeningOnScreen | null = null;

/** The opening now on screen (handed over once), for the game to take over or set aside. */
export function takeOpening(): OpeningOnScreen | null {
  const opening = onScreen;
  onScreen = null;
  return opening;
}

/** Would the play screen open this story exactly as the build drew it? */
function opensAsDrawn(storyId: string, params: URLSearchParams): boolean {
  if (launchedByLms(window)) return false;
  if (params.get('fresh') !== '1' && deviceStorage().getItem(autosaveKey(storyId)) !== null) return false;
  return settings().stage;
}

export function showOpening(root: HTMLElement): OpeningOnScreen | null {
  const params = new URLSearchParams(location.search);
  const storyId = params.get('story');
  const data = storyId ? document.getElementById(openingElementId(storyId)) : null;
  // Read once, at the page's first script: after that the openings are only weight in the document.
  for (const element of document.querySelectorAll(`script[id^="${openingElementId('')}"]`)) element.remove();
  if (!storyId || !data) return null;
  let opening: StoryOpening | null = null;
  try {
    if (opensAsDrawn(storyId, params)) opening = JSON.parse(data.textContent ?? '') as StoryOpening;
  } catch {
    opening = null;
  }
  // The story's JSON is asked for at once either way (the engine needs it whichever path the page takes), but
  // after the opening's words: the first line does not wait for it.
  if (!opening) {
    prefetchStory(storyId);
    return null;
  }
  document.title = opening.title;
  for (const node of opening.nodes) root.appendChild(buildTree(node));
  // The layout the play screen will have: with the stage box shown (opensAsDrawn), as the build drew it.
  markStageShown(root.querySelector('.stage-box:not([hidden])') !== null);
  // Marked where the play screen marks it: the first line is in the document.
  performance.mark('first-text');
  prefetchStory(storyId);

  // Where the play screen puts a fresh start: the first line at the top of the window, with focus on it.
  const first = root.querySelector<HTMLElement>('.transcript p');
  first?.focus({ preventScroll: true });
  first?.scrollIntoView({ block: 'start', behavior: settings().reducedMotion ? 'auto' : 'smooth' });

  // A press before the engine is ready is held (the first one; a double click is one choice) and taken when it is.
  let pressed: number[] | null = null;
  const hold = (button: Element | null, e: Event) => {
    if (!button || !root.contains(button)) return;
    e.preventDefault();
    e.stopPropagation();
    pressed ??= pathIn(root, button);
  };
  const onClick = (e: MouseEvent) => hold((e.target as Element | null)?.closest('button') ?? null, e);
  // The play screen's number keys, on the same terms (only with focus in the story, only if switched on).
  const onKey = (e: KeyboardEvent) => {
    if (!settings().shortcuts || e.ctrlKey || e.metaKey || e.altKey || !/^[1-9]$/.test(e.key)) return;
    const target = e.target as HTMLElement | null;
    if (!target || !root.contains(target) || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    hold(root.querySelector(`.choice[data-index="${Number(e.key) - 1}"]`), e);
  };
  root.addEventListener('click', onClick, true);
  document.addEventListener('keydown', onKey, true);
  onScreen = {
    storyId,
    get pressed() {
      return pressed;
    },
    release() {
      root.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKey, true);
    },
  };
  return onScreen;
}
