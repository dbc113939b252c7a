// The author preview's player: plain paragraphs and choice buttons, Restart and Back one choice. Back replays the
// path without its last step on a fresh playthrough (a save is a path), so what is shown is exactly what the game
// would show after those choices. The workings panel is redrawn after every step.
import { Playthrough, type Passage } from '../../engine/playthrough';
import { splitTag } from '../../engine/contract/index.ts';
import type { PathStep, StoryLine } from '../../engine/types';
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
    keepPlace(storyId, playthrough.save.path);
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

  /** Replay a path from the start (a save is a path) and show every passage on it; null when it all fitted. */
  const showPath = (path: readonly PathStep[]) => {
    const resumed = Playthrough.resume(
      json,
      { format: 1, storyId, storyHash: '', seed: 0, path: [...path] },
      { storyId },
    );
    playthrough = resumed.playthrough;
    clear(transcript);
    let focus: HTMLElement | null = null;
    resumed.passages.forEach((passage, i) => {
      const step = path[i - 1];
      if (step && 'text' in step) transcript.append(el('p', { className: 'chosen' }, `You chose: ${step.text}`));
      focus = showLines(passage) ?? focus;
    });
    return { focus, mismatch: resumed.mismatch };
  };

  const start = () => {
    // An author who edits the file and opens it again carries on where they were, as far as the story still fits.
    const kept = keptPlace(storyId);
    if (kept.length) {
      const { focus, mismatch } = showPath(kept);
      refresh(playthrough.passage!, focus ?? heading);
      announce(
        mismatch
          ? 'The story has changed here, so you are at the last choice that still fits.'
          : 'You are back where you were. Restart to play from the top.',
      );
      return;
    }
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
      keepPlace(storyId, []);
      playthrough = new Playthrough(json, { storyId });
      clear(transcript);
      const passage = playthrough.start();
      refresh(passage, showLines(passage));
      announce('Restarted from the beginning.');
    },
    back() {
      const save = playthrough.save;
      if (save.path.length === 0) return;
      const { focus } = showPath(save.path.slice(0, -1));
      refresh(playthrough.passage!, focus);
      announce('Went back one choice.');
    },
  };
  restart.addEventListener('click', () => player.restart());
  back.addEventListener('click', () => player.back());
  start();
  return player;
}

// Where the author was in each story, for this tab: kept on every step, read when the same story opens again.
const PLACE_KEY = (storyId: string) => `allyship:author:place:${storyId}`;

function keepPlace(storyId: string, path: readonly PathStep[]): void {
  try {
    sessionStorage.setItem(PLACE_KEY(storyId), JSON.stringify(path));
  } catch {
    // Storage blocked or full: the preview still plays; it just starts from the top next time.
  }
}

function keptPlace(storyId: string): PathStep[] {
  try {
    const raw = sessionStorage.getItem(PLACE_KEY(storyId));
    const path = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(path)
      ? path.filter(
          (s): s is PathStep =>
            !!s && typeof s === 'object' && (('index' in s && typeof s.index === 'number') || 'skip' in s),
        )
      : [];
  } catch {
    return [];
  }
}
