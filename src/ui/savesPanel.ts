// The "Saved places" dialog: three slots (save here, load, delete), and a saved place as a file (save to a file,
// load from a file). Loading goes through the game's own resume: the path is replayed, and if the story has
// changed since, play stops at the first choice that no longer fits and the learner is told.
import type { SaveEnvelope } from '../engine/types';
import { askBeforeLosing } from './askBeforeLosing';
import { announce, clear, el } from './dom';
import { storiesWithAutosave, writeAutosave } from './autosave';
import { currentPlay } from './currentPlay';
import { navigate } from './navigation';
import { downloadSave, readSaveFile } from './saveFile';
import { deleteSlot, formatSavedAt, readSlot, SLOT_NUMBERS, writeSlot, type SlotNumber } from './saveSlots';
import { createSiteDialog, type SiteDialog } from './siteDialog';
import { findEntry } from './storySource';
import { reflectionsButton } from './reflectionsButton';

let panel: SiteDialog | null = null;

/** Resume a save: it becomes the story's automatic save, and the game opens the story from it. */
function loadSave(save: SaveEnvelope): void {
  writeAutosave(save);
  panel?.close();
  navigate(`?story=${encodeURIComponent(save.storyId)}`);
}

export function savesDialog(): SiteDialog {
  if (panel) return panel;
  const intro = el('p', {});
  const slots = el('ul', { className: 'slots' });
  const message = el('p', { className: 'save-message', role: 'status' });
  const problem = el('p', { className: 'save-problem', role: 'alert' });
  const fileArea = el('div', { className: 'save-file' });
  const fileInput = el('input', { type: 'file', id: 'save-file-input', accept: '.json,application/json' });

  const say = (text: string) => {
    problem.textContent = '';
    message.textContent = text;
  };
  const complain = (text: string) => {
    message.textContent = '';
    problem.textContent = text;
  };

  const slotButton = (label: string, n: SlotNumber, action: string, onClick: () => void, className = '') => {
    const button = el(
      'button',
      { type: 'button', className, 'data-slot': n, 'data-action': action },
      label,
      el('span', { className: 'visually-hidden' }, ` slot ${n}`),
    );
    button.addEventListener('click', onClick);
    return button;
  };

  const render = (focus?: { slot: SlotNumber; action: string }) => {
    const play = currentPlay();
    intro.textContent = play
      ? `You are playing “${play.title}”. Your place is saved automatically at every choice; you can also keep it in a slot or in a file.`
      : 'Your place in a story is saved automatically at every choice. Slots and files keep a place for later.';
    clear(slots);
    // The automatic saves come first: slots saying "Empty" must not read as "nothing is saved".
    const automatic = storiesWithAutosave()
      .map((id) => findEntry(id))
      .filter((e) => e !== null && e !== undefined);
    if (automatic.length)
      slots.append(
        el(
          'li',
          { className: 'slot-automatic' },
          el('h3', {}, 'Saved automatically'),
          el(
            'ul',
            {},
            ...automatic.map((entry) => {
              const go = el(
                'button',
                { type: 'button', 'data-action': 'continue' },
                'Continue',
                el('span', { className: 'visually-hidden' }, ` ${entry!.title}`),
              );
              go.addEventListener('click', () => {
                panel?.close();
                navigate(`?story=${encodeURIComponent(entry!.id)}`);
              });
              return el('li', {}, `${entry!.title}: your place at the last choice. `, go);
            }),
          ),
        ),
      );
    for (const n of SLOT_NUMBERS) {
      const state = readSlot(n);
      const item = el('li', { className: 'slot' }, el('h3', { id: `slot-${n}-heading`, tabindex: '-1' }, `Slot ${n}`));
      const row = el('div', { className: 'button-row' });
      if (state.kind === 'empty') item.append(el('p', {}, 'Nothing kept in this slot.'));
      else if (state.kind === 'unreadable')
        item.append(el('p', {}, 'This slot holds something the game cannot read. You can delete it, or save over it.'));
      else {
        const r = state.record;
        item.append(
          el(
            'dl',
            { className: 'facts' },
            el('dt', {}, 'Story'),
            el('dd', {}, r.title),
            el('dt', {}, 'Saved'),
            el('dd', {}, formatSavedAt(r.savedAt)),
            el('dt', {}, 'Last moment'),
            el('dd', {}, r.moment ?? 'The beginning'),
          ),
        );
      }
      if (play)
        row.append(
          slotButton(state.kind === 'empty' ? 'Save here' : 'Save over this', n, 'save', () => saveHere(n), 'primary'),
        );
      if (state.kind === 'saved') row.append(slotButton('Load', n, 'load', () => loadSlot(n)));
      if (state.kind !== 'empty') row.append(slotButton('Delete', n, 'delete', () => confirmDelete(n, row)));
      item.append(row);
      slots.append(item);
    }
    clear(fileArea);
    if (play) {
      const exportButton = el('button', { type: 'button', 'data-action': 'export' }, 'Save this place to a file');
      exportButton.addEventListener('click', () => {
        downloadSave(play.place().save);
        say('Your place has been saved as a file. Look in your downloads.');
      });
      fileArea.append(exportButton);
    } else {
      fileArea.append(el('p', {}, 'Start or continue a story to save your place to a file.'));
    }
    if (focus)
      (
        slots.querySelector<HTMLElement>(`[data-slot="${focus.slot}"][data-action="${focus.action}"]`) ??
        document.getElementById(`slot-${focus.slot}-heading`)
      )?.focus();
  };

  const saveHere = (n: SlotNumber) => {
    const play = currentPlay();
    if (!play) return;
    const { save, moment } = play.place();
    writeSlot(n, { save, title: play.title, savedAt: new Date().toISOString(), moment });
    render({ slot: n, action: 'save' });
    say(`Saved in slot ${n}.`);
  };

  const loadSlot = (n: SlotNumber) => {
    const state = readSlot(n);
    if (state.kind !== 'saved') return;
    if (!findEntry(state.record.save.storyId)) {
      complain(
        `Slot ${n} is a place in “${state.record.title}”, which is not in this theatre any more. The slot has been kept.`,
      );
      return;
    }
    announce(`Loading slot ${n}.`);
    loadSave(state.record.save);
  };

  const confirmDelete = (n: SlotNumber, row: HTMLElement) => {
    clear(row);
    const yes = el(
      'button',
      { type: 'button', 'data-slot': n, 'data-action': 'confirm-delete' },
      `Yes, delete slot ${n}`,
    );
    const no = el('button', { type: 'button', className: 'primary', 'data-slot': n, 'data-action': 'keep' }, 'Keep it');
    yes.addEventListener('click', () => {
      deleteSlot(n);
      render({ slot: n, action: 'none' });
      say(`Slot ${n} is now empty.`);
    });
    no.addEventListener('click', () => render({ slot: n, action: 'delete' }));
    row.append(el('p', { className: 'confirm' }, `Delete what is saved in slot ${n}? This cannot be undone.`), yes, no);
    askBeforeLosing(row, no).open();
  };

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const result = await readSaveFile(file);
    if (!result.ok) {
      complain(result.message);
      return;
    }
    announce(`Loading your saved place in “${result.title}”.`);
    loadSave(result.save);
  });

  panel = createSiteDialog('saves-dialog', 'Saved places', () => {
    message.textContent = '';
    problem.textContent = '';
    render();
  });
  panel.body.append(
    intro,
    message,
    problem,
    slots,
    el('h3', {}, 'Keep your place in a file'),
    el(
      'p',
      {},
      'A file works in any browser, even one that cannot keep anything. Nothing you wrote in the curtain call goes into it.',
    ),
    fileArea,
    el(
      'div',
      { className: 'file-field' },
      el('label', { for: 'save-file-input' }, 'Load a saved place from a file'),
      fileInput,
    ),
    // Every word written in a curtain call, from the one place every screen reaches.
    el('h3', {}, 'Your reflections'),
    el('p', {}, 'What you wrote in each curtain call stays on this device until you delete it.'),
    reflectionsButton('Read your reflections'),
  );
  return panel;
}
