// The settings dialog: every choice applies the moment it is made (so the learner sees what it does) and is
// remembered on the device. Radio groups and checkboxes, because they work the same with a keyboard, a
// switch, a screen reader and a mouse.
import { el } from './dom';
import { createSiteDialog, type SiteDialog } from './siteDialog';
import {
  onSettingsChange,
  resetSettings,
  settings,
  TEXT_SIZES,
  updateSettings,
  type Settings,
  type StoredSettings,
} from './settings';

type Choice<V extends string | number> = { value: V; label: string; hint?: string };

function radioGroup<K extends keyof StoredSettings>(
  key: K,
  legend: string,
  choices: Choice<StoredSettings[K] & (string | number)>[],
  hint?: string,
): { fieldset: HTMLFieldSetElement; sync(s: Settings): void } {
  const name = `setting-${key}`;
  const hintId = `${name}-hint`;
  const fieldset = el(
    'fieldset',
    { className: 'setting', 'aria-describedby': hint ? hintId : null },
    el('legend', {}, legend),
  );
  if (hint) fieldset.append(el('p', { className: 'hint', id: hintId }, hint));
  const inputs: HTMLInputElement[] = [];
  for (const choice of choices) {
    const id = `${name}-${choice.value}`;
    const input = el('input', { type: 'radio', name, id, value: String(choice.value) });
    input.addEventListener('change', () => {
      if (input.checked) updateSettings({ [key]: choice.value } as Partial<StoredSettings>);
    });
    inputs.push(input);
    const label = el('label', { for: id, className: `choice-label ${name}-${choice.value}` }, choice.label);
    fieldset.append(el('div', { className: 'radio' }, input, label));
  }
  return {
    fieldset,
    sync(s) {
      for (const input of inputs) input.checked = input.value === String(s[key]);
    },
  };
}

function checkbox(
  key: 'stage' | 'shortcuts',
  label: string,
  hint: string,
): { field: HTMLElement; sync(s: Settings): void } {
  const id = `setting-${key}`;
  const input = el('input', { type: 'checkbox', id, 'aria-describedby': `${id}-hint` });
  input.addEventListener('change', () => updateSettings({ [key]: input.checked }));
  const field = el(
    'div',
    { className: 'setting checkbox' },
    input,
    el('label', { for: id }, label),
    el('p', { className: 'hint', id: `${id}-hint` }, hint),
  );
  return { field, sync: (s) => (input.checked = s[key]) };
}

let panel: SiteDialog | null = null;

/** The one settings dialog of this page, built on first use. */
export function settingsDialog(): SiteDialog {
  if (panel) return panel;
  const groups = [
    radioGroup(
      'textSize',
      'Text size',
      TEXT_SIZES.map((n) => ({ value: n, label: n === 100 ? '100 % (standard)' : `${n} %` })),
      'The page rearranges itself to fit, so nothing is cut off.',
    ),
    radioGroup('lineSpacing', 'Space between lines', [
      { value: 'normal', label: 'Standard' },
      { value: 'wide', label: 'Wide' },
      { value: 'wider', label: 'Extra wide' },
    ]),
    radioGroup('theme', 'Colours', [
      { value: 'system', label: 'Follow my device (light or dark)' },
      { value: 'light', label: 'Light' },
      { value: 'dark', label: 'Dark' },
      { value: 'contrast', label: 'High contrast (yellow and white on black)' },
    ]),
    radioGroup('font', 'Font', [
      { value: 'atkinson', label: 'Atkinson Hyperlegible (standard)' },
      { value: 'opendyslexic', label: 'OpenDyslexic' },
      { value: 'system', label: 'My device’s own font' },
    ]),
    radioGroup(
      'motion',
      'Movement',
      [
        { value: 'system', label: 'Follow my device’s setting' },
        { value: 'reduce', label: 'Reduce movement' },
        { value: 'full', label: 'Allow movement' },
      ],
      'With movement reduced, the stage changes at once instead of moving.',
    ),
  ];
  const stage = checkbox(
    'stage',
    'Show the stage (the drawn theatre)',
    'Switch it off for text only: the story is all in the words, and old computers run cooler.',
  );
  const shortcuts = checkbox(
    'shortcuts',
    'Number keys choose options',
    'While you are in the story, pressing 1, 2, 3… picks that option. Switch this off if you use speech input or often press keys by accident.',
  );
  const reset = el('button', { type: 'button', className: 'quiet' }, 'Put every setting back to standard');

  const sync = (s: Settings) => {
    for (const g of groups) g.sync(s);
    stage.sync(s);
    shortcuts.sync(s);
  };

  panel = createSiteDialog('settings-dialog', 'Settings', () => sync(settings()));
  panel.body.append(
    el('p', {}, 'Changes apply straight away and are remembered on this device.'),
    ...groups.map((g) => g.fieldset),
    el('fieldset', { className: 'setting' }, el('legend', {}, 'Stage and keys'), stage.field, shortcuts.field),
    el('div', { className: 'button-row' }, reset),
  );
  reset.addEventListener('click', () => resetSettings());
  onSettingsChange(sync);
  return panel;
}
