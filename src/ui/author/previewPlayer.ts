// The author preview's player: plain paragraphs and choice buttons, Restart and Back one choice. Back replays the
// path without its last step on a fresh playthrough (a save is a path), so what is shown is exactly what the game
// would show after those choices. The workings panel is redrawn after every step.
import { Playthrough, type Passage } from '../../engine/playthrough';
import { splitTag } from '../../engine/contract/index.ts';
import type { StoryLine } from '../../engine/types';
import { announce, clear, el } from '../dom';
import { renderWorkings } from './workingsPanel';
import { speakerLabel } from '../speakerLabel';

export interface PreviewPlayer {
  restart(): void;
  back(): void;
  readonly playthrough: Playthrough;
}

const isClear = (line: StoryLine) => line.tags.some((t) => splitTag(t).key === 'clear');

export function mountPreviewPlayer(
  story: HTMLElement,
  workings: HTMLElement,
  json: string,
  storyId: string,
): PreviewPlayer {
  let playthrough = new Playthrough(json, { storyId });
  const names = new Map(playthrough.header.cast.map((c) => [c.id, c.name]));
  const transcript = el('div', { className: 'transcript', id: 'preview-transcript' });
  const choiceArea = el('div', { className: 'choice-area' });
  const back = el('button', { type: 'button', id: 'preview-back' }, 'Back one choice');
  const restart = el('button', { type: 'button', id: 'preview-restart' }, 'Restart');
  const heading = el('h2', { id: 'preview-heading', tabindex: -1 }, playthrough.header.title || storyId);
  clear(story);
  story.append(heading, el('div', { className: 'button-row preview-controls' }, restart, back), transcript, choiceArea);

  /** Show a passage's lines; returns the first paragraph added, for focus. */
  const showLines = (passage: Passage): HTMLElement | null => {
    let first: HTMLElement | null = null;
    for (const line of passage.lines) {
      // Inky's CLEAR: the page starts afresh from this line.
      if (isClear(line)) {
        clear(transcript);
        first = null;
      }
      if (line.hidden) continue;
      const who = speakerLabel(line, (id) => names.get(id) ?? id);
      const p = el(
        'p',
        { className: `line${line.speaker === 'you' ? ' you' : ''}`, tabindex: -1 },
        who ? el('span', { className: 'speaker' }, `${who}: `) : null,
        line.text,
      );
      transcript.append(p);
      first ??= p;
    }
    return first;
  };

  const showChoices = (passage: Passage) => {
    clear(choiceArea);
    if (passage.error) {
      const where = passage.error.where ? ` (in ${passage.error.where})` : '';
      choiceArea.append(
        el(
          'div',
          { className: 'error-panel', role: 'alert' },
          el('h3', {}, 'The story stopped with an error'),
          el('p', {}, `${passage.error.message}${where}`),
        ),
      );
      return;
    }
    if (passage.ended) {
      choiceArea.append(
        el(
          'div',
          { className: 'end-card' },
          el('h3', {}, 'The end'),
          el('p', {}, 'Restart to play again, or go back one choice to try another option.'),
        ),
      );
      return;
    }
    const label = passage.isDecision ? 'A decision: what do you do?' : 'Choices';
    const list = el('ol', { className: 'choices', 'aria-labelledby': 'preview-choices-heading' });
    passage.choices.forEach((choice, i) => {
      list.append(
        el(
          'li',
          {},
          el(
            'button',
            { type: 'button', className: 'choice', onclick: () => choose(i) },
            el('span', { className: 'choice-number', 'aria-hidden': 'true' }, `${i + 1}`),
            choice.text,
          ),
        ),
      );
    });
    choiceArea.append(el('h3', { id: 'preview-choices-heading' }, label), list);
  };

  const refresh = (passage: Passage, focus: HTMLElement | null) => {
    showChoices(passage);
    back.disabled = playthrough.save.path.length === 0;
    renderWorkings(workings, playthrough);
    (focus ?? choiceArea.querySelector<HTMLElement>('button, [role="alert"]'))?.focus();
  };

  function choose(index: number) {
    const chosen = playthrough.passage?.choices[index];
    if (!chosen) return;
    transcript.append(el('p', { className: 'chosen' }, `You chose: ${chosen.text}`));
    const passage = playthrough.choose(index);
    refresh(passage, showLines(passage));
  }

  const start = () => {
    const passage = playthrough.start();
    showLines(passage);
    // The story has just appeared: take keyboard and screen-reader users to its heading.
    refresh(passage, heading);
  };

  const player: PreviewPlayer = {
    get playthrough() {
      return playthrough;
    },
    restart() {
      playthrough = new Playthrough(json, { storyId });
      clear(transcript);
      const passage = playthrough.start();
      refresh(passage, showLines(passage));
      announce('Restarted from the beginning.');
    },
    back() {
      const save = playthrough.save;
      if (save.path.length === 0) return;
      const resumed = Playthrough.resume(json, { ...save, path: save.path.slice(0, -1) }, { storyId });
      playthrough = resumed.playthrough;
      clear(transcript);
      let focus: HTMLElement | null = null;
      resumed.passages.forEach((passage, i) => {
        const step = save.path[i - 1];
        if (step && 'text' in step) transcript.append(el('p', { className: 'chosen' }, `You chose: ${step.text}`));
        focus = showLines(passage) ?? focus;
      });
      refresh(playthrough.passage!, focus);
      announce('Went back one choice.');
    },
  };
  restart.addEventListener('click', () => player.restart());
  back.addEventListener('click', () => player.back());
  start();
  return player;
}
