// The curtain call: after the ending, the debrief. Until the full debrief is mounted this shows the timeline.
import type { Playthrough } from '../engine/playthrough';
import type { PlayScreen } from './playScreen';
import type { LoadedStory } from './storySource';
import { clear, el } from './dom';

export interface CurtainCallOptions {
  root: HTMLElement;
  story: LoadedStory;
  playthrough: Playthrough;
  screen: PlayScreen;
  onFoyer(): void;
}

export function showCurtainCall(o: CurtainCallOptions): void {
  o.screen.destroy();
  clear(o.root);
  const heading = el('h1', { tabindex: '-1' }, `Curtain call: ${o.story.entry.title}`);
  const list = el('ol', { className: 'timeline' });
  for (const d of o.playthrough.log.decisions) {
    list.append(el('li', {}, el('strong', {}, d.moment ?? 'A decision'), ' — ', d.choice.text));
  }
  const back = el('button', { type: 'button' }, 'Back to the foyer');
  back.addEventListener('click', o.onFoyer);
  o.root.append(heading, list, back);
  heading.focus();
}
