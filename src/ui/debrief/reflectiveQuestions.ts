// The reflective questions: keyed prompts, general questions and the closing question, each with its own
// labelled box. All are optional; answers stay on the device.
import { answeredNoLongerAsked } from '../../engine/debrief/accountFromAnswers';
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
  // An answer to a question this version no longer asks (re-worded or re-chosen since) stays in its own box, under
  // the question as the learner saw it: an update must never make what they wrote disappear.
  const asked = new Set(prompts.map((prompt) => prompt.id));
  for (const kept of answeredNoLongerAsked(ctx.answers(), asked)) {
    const field = answerField(ctx, {
      name: `prompt-${kept.id}`,
      label: kept.question,
      hint: 'You answered this when the curtain call asked it in an earlier version. Your answer is kept here and in your account.',
      value: kept.answer,
      onInput: (value) => ctx.save({ prompts: { [kept.id]: value } }),
    });
    list.append(field.wrapper);
  }
  return el('div', {}, el('p', {}, 'Answer as many or as few as you like, in your own words.'), list);
}
