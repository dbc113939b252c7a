// Presenter keys, on the facilitator's screen only, and switchable off (WCAG 2.1.4). They never act while
// typing in a field or when a dialog is open, and Space or Enter on a button is left to the button.

export interface PresenterKeyHandlers {
  next(): void;
  back(): void;
  pick(index: number): void;
  vote(): void;
  discuss(): void;
  reveal(): void;
  blank(): void;
  pause(): void;
  help(): void;
  /** A presenter key was pressed in a count field and kept out of it: say how to leave the field. */
  keptFromField?(): void;
}

export const KEY_HELP: [keys: string, what: string][] = [
  ['Space, Right arrow or Page Down', 'Next: what the Next button says'],
  ['Left arrow or Page Up', 'Back one page or step'],
  ['1 to 9', 'Play that option'],
  ['V', 'Open the vote (or the revote)'],
  ['D', 'The discussion card'],
  ['R', 'Reveal how the room’s last choice resolved (in the debrief: the bands)'],
  ['B', 'Blank the room’s screen, or show it again'],
  ['P', 'Pause, or carry on (Esc never changes the room’s screen)'],
  ['?', 'This list of keys'],
];

const PRESSABLE = /^(BUTTON|A|SUMMARY)$/;
const TOGGLES = ['checkbox', 'radio'];

/** A field where keys type or choose: every key belongs to it. A checkbox or radio only keeps the keys it uses. */
function typingIn(target: HTMLElement): boolean {
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target.tagName === 'INPUT' && !TOGGLES.includes((target as HTMLInputElement).type);
}

function keyBelongsTo(target: HTMLElement, key: string): boolean {
  if (key === ' ' || key === 'Enter') return PRESSABLE.test(target.tagName) || target.tagName === 'INPUT';
  // Arrow keys move between the options of a radio group.
  return key.startsWith('Arrow') && (target as HTMLInputElement).type === 'radio';
}

/**
 * A letter key in a number field: the field has no use for it, but Chromium deletes the selected count when one is
 * typed (a "0" selected on focus, then D, left the field empty). Kept out, so a presenter key never changes a count.
 */
function letterInNumberField(target: HTMLElement | null, e: KeyboardEvent): boolean {
  return (
    target?.tagName === 'INPUT' &&
    (target as HTMLInputElement).type === 'number' &&
    e.key.length === 1 &&
    !/[0-9]/.test(e.key) &&
    !e.ctrlKey &&
    !e.metaKey &&
    !e.altKey
  );
}

export function bindPresenterKeys(handlers: PresenterKeyHandlers, enabled: () => boolean): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (letterInNumberField(e.target as HTMLElement | null, e)) {
      e.preventDefault();
      if (/^[vdrbp?]$/i.test(e.key)) handlers.keptFromField?.();
      return;
    }
    if (!enabled() || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    if (document.querySelector('dialog[open]')) return;
    const target = e.target as HTMLElement | null;
    if (target && (typingIn(target) || keyBelongsTo(target, e.key))) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    let act: (() => void) | null = null;
    if (key === ' ' || key === 'ArrowRight' || key === 'PageDown') act = handlers.next;
    else if (key === 'ArrowLeft' || key === 'PageUp') act = handlers.back;
    else if (/^[1-9]$/.test(key)) act = () => handlers.pick(Number(key) - 1);
    else if (key === 'v') act = handlers.vote;
    else if (key === 'd') act = handlers.discuss;
    else if (key === 'r') act = handlers.reveal;
    else if (key === 'b') act = handlers.blank;
    else if (key === 'p') act = handlers.pause;
    else if (key === '?') act = handlers.help;
    if (!act) return;
    e.preventDefault();
    act();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
