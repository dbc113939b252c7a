// The reflective questions: keyed prompts, general questions and the closing question, each with its own
// labelled box. All are optional; answers stay on the device.
import { answeredInEarlierWording, answeredNoLongerAsked } from '../../engine/debrief/accountFromAnswers';
import { endsASentence } from '../../engine/debrief/reflectiveAccount';
import type { SelectedPrompt } from '../../engine/debrief/selectPrompts';
import { el } from '../dom';
import { answerField } from './answerField';
import type { DebriefContext } from './debriefInput';
import { sameButForNames } from '../../engine/debrief/curtainCallNames';

export function reflectiveQuestions(ctx: DebriefContext, prompts: readonly SelectedPrompt[]): HTMLElement {
  const list = el('div', { className: 'debrief-questions' });
  prompts.forEach((prompt) => {
    const answer = ctx.answers().prompts[prompt.id] ?? '';
    // The same id asked in other words since the learner answered (a wording mended in place).
    const then = ctx.answers().questions[prompt.id];
    const reworded =
      then !== undefined && !sameButForNames(then, prompt.text, ctx.input.header.cast) && answer.trim() !== '';
    const field = answerField(ctx, {
      name: `prompt-${prompt.id}`,
      label: prompt.text,
      hint: reworded
        ? `You wrote this when the question read: ‘${then}’${endsASentence(then) ? '' : '.'}`
        : prompt.about === 'learner'
          ? 'This one is about your own position. Like every question here it is optional, and the game never asks who you are.'
          : prompt.kind === 'closing'
            ? 'A question to close on.'
            : undefined,
      value: answer,
      // The question goes beside the answer, so "your earlier reflections" can show both after the rotation moves on.
      onInput: (value) => ctx.save({ prompts: { [prompt.id]: value }, questions: { [prompt.id]: prompt.text } }),
    });
    list.append(field.wrapper);
    // What the learner wrote to an earlier wording of this question (the game re-worded it since) goes with it, as
    // their earlier answer under the wording they answered: its own box, kept by its own id, never merged into this
    // one, and never a second question beside it.
    for (const kept of answeredInEarlierWording(ctx.answers(), prompt)) {
      const earlier = answerField(ctx, {
        name: `prompt-${kept.id}`,
        label:
          kept.askedAs === null
            ? 'Your answer from before, when this question was worded differently'
            : `Your answer from before, when the question read: ‘${kept.askedAs}’`,
        // Session 15 read 5 (C3): say what to do with it, so nobody answers the same question twice.
        hint: 'Kept as you wrote it, here and in your account. You don’t need to answer again above. You can change it or copy it.',
        value: kept.answer,
        onInput: (value) => ctx.save({ prompts: { [kept.id]: value } }),
      });
      earlier.wrapper.classList.add('debrief-earlier-answer');
      field.wrapper.append(earlier.wrapper);
    }
  });
  // An answer to a question this version no longer asks in any wording stays in its own box, under the question as
  // the learner saw it: an update must never make what they wrote disappear.
  for (const kept of answeredNoLongerAsked(ctx.answers(), prompts)) {
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
