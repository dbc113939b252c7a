// The reflective questions: keyed prompts, general questions and the closing question, each with its own
// labelled box. All are optional; answers stay on the device.
import type { SelectedPrompt } from '../../engine/debrief/selectPrompts';
import { el } from '../dom';
import { answerField } from './answerField';
import type { DebriefContext } from './debriefInput';

export function reflectiveQuestions(ctx: DebriefContext, prompts: readonly SelectedPrompt[]): HTMLElement {
  const list = el('div', { className: 'debrief-questions' });
  prompts.forEach((prompt) => {
    const field = answerField(ctx, {
      name: `prompt-${prompt.id}`,
      label: prompt.text,
      hint:
        prompt.about === 'learner'
          ? 'This one is about your own position. Like every question here it is optional, and the game never asks who you are.'
          : prompt.kind === 'closing'
            ? 'A question to close on.'
            : undefined,
      value: ctx.answers().prompts[prompt.id] ?? '',
      // The question goes beside the answer, so "your earlier reflections" can show both after the rotation moves on.
      onInput: (value) => ctx.save({ prompts: { [prompt.id]: value }, questions: { [prompt.id]: prompt.text } }),
    });
    list.append(field.wrapper);
  });
  return el('div', {}, el('p', {}, 'Answer as many or as few as you like, in your own words.'), list);
}
