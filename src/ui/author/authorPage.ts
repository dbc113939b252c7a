// The author preview: open (or drop) a story's .ink files, see what `check` says with line numbers, and, when
// there are no errors, play the story with the workings beside it and export it as one file for the foyer.
// The files are read in the browser; nothing is uploaded.
import type { StoryCheck } from '../../ink/checkStory';
import { formatSummary } from '../../ink/checkSummary';
import { runUntrusted, type UntrustedRun } from '../untrustedInk';
import { resolveIncludes, type OpenedFile, type OpenedStories } from '../../ink/includedFiles';
import { announce, clear, el } from '../dom';
import { exportStoryFile, storyIdFor } from './exportStory';
import { diagnosticItem } from './diagnosticItem';
import { mountPreviewPlayer } from './previewPlayer';
import { playWarnings } from './playWarnings';
import { startHere } from './startHere';

const isInk = (file: File) => /\.ink$/i.test(file.name);

export interface AuthorPageOptions {
  /** How long a worker may run one story before it is stopped (untrustedInk.ts, timeLimitFromAddress). */
  timeLimitMs: number;
}

export function mountAuthorPage(main: HTMLElement, o: AuthorPageOptions): void {
  const input = el('input', {
    type: 'file',
    id: 'ink-files',
    accept: '.ink',
    multiple: true,
    'aria-describedby': 'ink-files-hint',
  });
  const picker = el('div', { className: 'story-picker' });
  const results = el('section', { className: 'check-results', hidden: true });
  const story = el('section', { className: 'preview-story' });
  const workings = el('aside', { className: 'workings', 'aria-labelledby': 'workings-heading' });
  const layout = el('div', { className: 'author-layout', hidden: true }, story, workings);
  const dropZone = el(
    'section',
    { className: 'drop-zone' },
    el('h2', { id: 'open-heading' }, 'Open story files'),
    el('label', { for: 'ink-files', className: 'file-label' }, 'Choose .ink files'),
    input,
    el(
      'p',
      { id: 'ink-files-hint', className: 'hint' },
      'Choose your story and every file it INCLUDEs (hold Ctrl or Shift to pick several), or drop them anywhere on this page.',
    ),
    picker,
  );
  main.append(
    startHere((file) => void openFiles([file])),
    dropZone,
    results,
    layout,
  );

  let opened: OpenedStories | null = null;
  // ink's runtime warnings from the preview's play, under check's problems; the same list across checks, so an
  // edit that leaves a warning in place does not make it flicker or be said again.
  const played = playWarnings(() => opened?.files ?? null);

  const showCheck = (check: StoryCheck, mainFile: string) => {
    const errors = check.diagnostics.filter((d) => d.severity === 'error');
    const warnings = check.diagnostics.filter((d) => d.severity === 'warning');
    const exportButton = el(
      'button',
      { type: 'button', id: 'export-story', className: 'primary', disabled: errors.length > 0 || !check.json },
      'Export story file',
    );
    const exportMessage = el('p', { className: 'save-message', role: 'status' });
    exportButton.addEventListener('click', async () => {
      if (!check.json) return;
      try {
        const name = await exportStoryFile(check.id, check.title, check.json);
        exportMessage.textContent = `Saved ${name}. Open it in the foyer with "Open a story file".`;
      } catch (e) {
        exportMessage.textContent = `The story file could not be made: ${e instanceof Error ? e.message : String(e)}`;
      }
    });
    clear(results);
    results.append(
      el('h2', { id: 'check-heading' }, `Check: ${mainFile}`),
      el('p', { className: 'check-summary' }, formatSummary(check)),
    );
    if (errors.length) {
      results.append(
        el(
          'div',
          { className: 'check-errors', role: 'alert' },
          el(
            'h3',
            {},
            `${errors.length} ${errors.length === 1 ? 'error' : 'errors'} to fix${check.json ? '' : ' before the story can play'}`,
          ),
          el('ul', { className: 'diagnostics' }, ...errors.map((d) => diagnosticItem(d, opened?.files ?? null))),
        ),
      );
    }
    if (warnings.length) {
      results.append(
        el(
          'details',
          { className: 'check-warnings' },
          el('summary', {}, `${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}`),
          el('ul', { className: 'diagnostics' }, ...warnings.map((d) => diagnosticItem(d, opened?.files ?? null))),
        ),
      );
    }
    results.append(played.element, el('div', { className: 'button-row' }, exportButton), exportMessage);
    results.hidden = false;
  };

  // The story is checked in a worker (untrustedInk.ts): a crafted file that loops or floods memory stops there,
  // with a message naming it, while this page stays usable. Stop ends the check at once.
  let running: UntrustedRun | null = null;
  const checking = el('div', { className: 'checking', role: 'status', hidden: true });
  results.before(checking);
  const preview = async (mainFile: string) => {
    if (!opened) return;
    running?.stop();
    announce(`Checking ${mainFile}…`);
    const id = storyIdFor(mainFile);
    const run = runUntrusted({ kind: 'check', files: opened.files, main: mainFile }, mainFile, o.timeLimitMs);
    running = run;
    const stop = el('button', { type: 'button', id: 'stop-check' }, 'Stop checking');
    stop.addEventListener('click', () => run.stop());
    checking.replaceChildren(el('p', {}, `Checking ${mainFile}…`), stop);
    checking.hidden = false;
    const outcome = await run.result;
    if (running !== run) return; // a newer check has started
    running = null;
    checking.hidden = true;
    if (outcome.kind !== 'checked') {
      layout.hidden = true;
      played.show([]);
      const message =
        outcome.kind === 'stopped'
          ? outcome.message
          : `${mainFile} could not be checked: ${outcome.kind === 'refused' ? outcome.message : 'no answer'}.`;
      clear(results);
      results.append(
        el('h2', { id: 'check-heading' }, `Check: ${mainFile}`),
        el('div', { className: 'check-errors', role: 'alert' }, el('h3', { tabindex: '-1' }, message)),
      );
      results.hidden = false;
      announce(message);
      results.querySelector<HTMLElement>('.check-errors h3')?.focus();
      return;
    }
    const check = outcome.check;
    showCheck({ ...check, id }, mainFile);
    if (!check.json) {
      layout.hidden = true;
      played.show([]);
      announce(`${check.errors} ${check.errors === 1 ? 'error' : 'errors'} in ${mainFile}.`);
      results.querySelector<HTMLElement>('.check-errors h3')?.setAttribute('tabindex', '-1');
      results.querySelector<HTMLElement>('.check-errors h3')?.focus();
      return;
    }
    // The ink compiled, so the story can play even with a bad tag: the engine passes over what it cannot read.
    // The author sees where, above the story, and Export waits until the problems are fixed.
    layout.hidden = false;
    mountPreviewPlayer(story, workings, check.json, id, o.timeLimitMs, {
      show: played.show,
      file: mainFile,
      places: check.places,
      files: () => opened?.files ?? null,
    });
    if (check.errors > 0) {
      const where = check.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => `${d.file}${d.line !== null ? `:${d.line}` : ''}`);
      story.prepend(
        el(
          'p',
          { className: 'notice playing-around', role: 'note' },
          `Playing around ${check.errors} ${check.errors === 1 ? 'problem' : 'problems'} (${[...new Set(where)].join(', ')}): what those lines say may not be scored or shown, and a path that meets one may stop there, until you fix them. Export waits until then.`,
        ),
      );
      announce(
        `${check.errors} ${check.errors === 1 ? 'problem' : 'problems'} in ${mainFile}; the story plays around them.`,
      );
      return;
    }
    announce(
      `${mainFile} has no errors${check.warnings ? ` and ${check.warnings} warnings` : ''}. The story is ready to play.`,
    );
  };

  const openFiles = async (files: File[]) => {
    const inkFiles = files.filter(isInk);
    if (inkFiles.length === 0) {
      announce('Those were not .ink files.');
      return;
    }
    const read: OpenedFile[] = await Promise.all(inkFiles.map(async (f) => ({ name: f.name, text: await f.text() })));
    opened = resolveIncludes(read);
    clear(picker);
    if (opened.stories.length === 0) {
      picker.append(
        el(
          'p',
          { role: 'alert' },
          'Every file you opened is INCLUDEd by another one, so none of them is a story on its own.',
        ),
      );
      return;
    }
    if (opened.stories.length > 1) {
      const select = el('select', { id: 'story-choice' }, ...opened.stories.map((s) => el('option', { value: s }, s)));
      select.addEventListener('change', () => void preview(select.value));
      picker.append(el('label', { for: 'story-choice' }, 'Story to preview'), select);
    } else {
      picker.append(
        el(
          'p',
          {},
          `Story: ${opened.stories[0]}${read.length > 1 ? ` (with ${read.length - 1} more ${read.length === 2 ? 'file' : 'files'})` : ''}`,
        ),
      );
    }
    await preview(opened.stories[0]);
  };

  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    void openFiles(files);
  });
  // Dropping anywhere on the page opens the files, rather than the browser leaving the page to show one.
  document.addEventListener('dragover', (e) => {
    e.preventDefault();
    dropZone.classList.add('dragging');
  });
  document.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    dropZone.classList.remove('dragging');
    void openFiles([...(e.dataTransfer?.files ?? [])]);
  });
}
