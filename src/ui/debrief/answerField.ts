// A labelled box for the learner's own words, kept on the device as they type.
import { el } from '../dom';
import type { DebriefContext } from './debriefInput';

export interface AnswerFieldOptions {
  name: string;
  label: string;
  hint?: string;
  value: string;
  rows?: number;
  onInput(value: string): void;
}

export function answerField(
  ctx: DebriefContext,
  o: AnswerFieldOptions,
): { wrapper: HTMLElement; textarea: HTMLTextAreaElement } {
  const fieldId = ctx.id(o.name);
  const hintId = o.hint ? ctx.id(`${o.name}-hint`) : null;
  const textarea = el('textarea', {
    id: fieldId,
    name: o.name,
    rows: o.rows ?? 4,
    'aria-describedby': hintId,
    spellcheck: 'true',
  });
  textarea.value = o.value;
  textarea.addEventListener('input', () => o.onInput(textarea.value));
  const wrapper = el(
    'div',
    { className: 'debrief-field' },
    el('label', { for: fieldId }, o.label),
    hintId ? el('p', { id: hintId, className: 'debrief-hint' }, o.hint!) : null,
    textarea,
  );
  return { wrapper, textarea };
}

/** A button that does one thing in this curtain call. */
export function actionButton(label: string | Node, onClick: () => void, className = ''): HTMLButtonElement {
  const button = el('button', { type: 'button', className: className || null }, label);
  button.addEventListener('click', onClick);
  return button;
}
