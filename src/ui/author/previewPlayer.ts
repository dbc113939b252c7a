// The author preview's player: plain paragraphs and choice buttons, Restart and Back one choice. The story is
// the author's own, untrusted file, so it is played in a worker the page can stop (untrustedInk.ts): each step
// sends the path so far (a save is a path) and gets back what to show, so a story that runs away on some choice
// stops there with a message, never freezing the page. The workings panel is redrawn after every step.
// The worker sends the story so far as the performance told it (its events); the player hears its passages from
// them (engine/heardPassage.ts), as every other listener does.
import { lastPassage, passagesIn, type HeardPassage } from '../../engine/heardPassage';
import type { PreviewView } from '../../ink/untrustedInkMessages';
import type { SaveEnvelope } from '../../engine/types';
import { runUntrusted } from '../untrustedInk';
import { splitTag } from '../../engine/contract/index.ts';
import type { Diagnostic, PathStep, StoryLine } from '../../engine/types';
import type { SourcePlaces } from '../../ink/storyMap';
import { announce, clear, el } from '../dom';
import { renderWorkings } from './workingsPanel';
import { speakerLabel } from '../../engine/speakerLabel';
import { diagnosticItem } from './diagnosticItem';

const isClear = (line: StoryLine) => line.tags.some((t) => splitTag(t).key === 'clear');

/** Where the preview is, with its passages as heard from the story so far. */
interface HeardView extends PreviewView {
  /** Every passage from the start (the transcript after Back is rebuilt from these). */
  passages: HeardPassage[];
  /** The passage now on offer. */
  passage: HeardPassage;
}

function heardView(view: PreviewView): HeardView {
  const passages = passagesIn(view.events);
  return { ...view, passages, passage: passages.at(-1) ?? lastPassage(view.events) };
}

/**
 * Where ink's runtime warnings met on each replay go (playWarnings.ts), what names their file and line (and the
 * line of an error the story stops at), and the files, to show that line under the error as check's list does.
 */
export interface PreviewWarnings {
  file: string;
  places: SourcePlaces;
  files: () => Readonly<Record<string, string>> | null;
  show(warnings: readonly Diagnostic[]): void;
}

export function mountPreviewPlayer(
  story: HTMLElement,
  workings: HTMLElement,
  json: string,
  storyId: string,
  timeLimitMs: number,
  warnings: PreviewWarnings,
): void {
  let view: HeardView | null = null;
  let names = new Map<string, string>();
  const transcript = el('div', { className: 'transcript', id: 'preview-transcript' });
  const choiceArea = el('div', { className: 'choice-area' });
  const back = el('button', { type: 'button', id: 'preview-back', disabled: true }, 'Back one choice');
  const restart = el('button', { type: 'button', id: 'preview-restart' }, 'Restart');
  const heading = el('h2', { id: 'preview-heading', tabindex: -1 }, storyId);
  clear(story);
  story.append(heading, el('div', { className: 'button-row preview-controls' }, restart, back), transcript, choiceArea);

  /** Show a passage's lines; returns the first paragraph added, for focus. */
  const showLines = (passage: HeardPassage): HTMLElement | null => {
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

  const stopped = (message: string) => {
    clear(choiceArea);
    const panel = el(
      'div',
      { className: 'error-panel', role: 'alert', tabindex: -1 },
      el('h3', {}, 'The story was stopped'),
      el('p', {}, message),
    );
    choiceArea.append(panel);
    panel.focus();
  };

  const showChoices = (next: HeardView) => {
    const passage = next.passage;
    clear(choiceArea);
    if (passage.error) {
      // As check and play say it: FILE:LINE at the line that caused it, that line of the file, and the fix in plain
      // words, without ink's "RUNTIME ERROR:" prefix (the worker worded it: the error it met is not sent whole).
      const said = next.error ?? {
        file: warnings.file,
        line: null,
        severity: 'error' as const,
        message: passage.error.message,
      };
      choiceArea.append(
        el(
          'div',
          { className: 'error-panel', role: 'alert' },
          el('h3', {}, 'The story stopped with an error'),
          el('ul', { className: 'diagnostics' }, diagnosticItem(said, warnings.files())),
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
          el(
            'p',
            {},
            'To see the curtain call a learner gets: Export story file (above), open that file in the foyer with Open a story file, and play this path there.',
          ),
        ),
      );
      return;
    }
    const label = passage.isDecision ? 'A decision: what do you do?' : 'Choices';
    // Found by its heading just before it, as the play screen's options are, not named like it too.
    const list = el('ol', { className: 'choices' });
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
    choiceArea.append(el('h3', {}, label), list);
  };

  const refresh = (next: HeardView, focus: HTMLElement | null) => {
    view = next;
    showChoices(next);
    back.disabled = next.path.length === 0;
    keepPlace(storyId, next.path);
    renderWorkings(workings, next);
    (focus ?? choiceArea.querySelector<HTMLElement>('button, [role="alert"]'))?.focus();
  };

  /** Play the story along `path` in a fresh worker; null (and a message on the page) when it had to be stopped. */
  let generation = 0;
  const playTo = async (path: SaveEnvelope['path']): Promise<HeardView | null> => {
    const mine = ++generation;
    const { file, places } = warnings;
    const request = { kind: 'play' as const, json, storyId, path, file, places };
    const outcome = await runUntrusted(request, `${storyId}.ink`, timeLimitMs).result;
    if (mine !== generation) return null; // a newer step has been asked for
    if (outcome.kind === 'played') {
      warnings.show(outcome.view.warnings);
      return heardView(outcome.view);
    }
    stopped(
      outcome.kind === 'stopped' || outcome.kind === 'refused' ? outcome.message : 'The story could not be played.',
    );
    return null;
  };

  /** Rebuild the transcript from every passage of a path (after Back or Restart). */
  const showAll = (next: HeardView): HTMLElement | null => {
    names = new Map(next.header.cast.map((c) => [c.id, c.name]));
    heading.textContent = next.header.title || storyId;
    clear(transcript);
    let focus: HTMLElement | null = null;
    next.passages.forEach((passage, i) => {
      const step = next.path[i - 1];
      if (step && 'text' in step) transcript.append(el('p', { className: 'chosen' }, `You chose: ${step.text}`));
      focus = showLines(passage) ?? focus;
    });
    return focus;
  };

  async function choose(index: number) {
    const chosen = view?.passage.choices[index];
    if (!view || !chosen) return;
    transcript.append(el('p', { className: 'chosen' }, `You chose: ${chosen.text}`));
    const next = await playTo([...view.path, { index, text: chosen.text }]);
    if (!next) return;
    refresh(next, showLines(next.passage));
  }

  const goTo = async (path: SaveEnvelope['path'], said: string | null, focusHeading: boolean) => {
    const next = await playTo(path);
    if (!next) return;
    const focus = showAll(next);
    refresh(next, focusHeading ? heading : focus);
    if (said) announce(said);
    return next;
  };

  restart.addEventListener('click', () => void goTo([], 'Restarted from the beginning.', false));
  back.addEventListener('click', () => {
    if (view && view.path.length) void goTo(view.path.slice(0, -1), 'Went back one choice.', false);
  });
  // An author who edits the file and opens it again carries on where they were, as far as the story still fits;
  // otherwise the story has just appeared: take keyboard and screen-reader users to its heading.
  const kept = keptPlace(storyId);
  void goTo(kept, null, kept.length === 0).then((next) => {
    if (!next || !kept.length) return;
    announce(
      next.path.length < kept.length
        ? 'The story has changed here, so you are at the last choice that still fits.'
        : 'You are back where you were. Restart to play from the top.',
    );
  });
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
