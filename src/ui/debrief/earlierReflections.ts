// "Your earlier reflections": what the learner wrote after earlier playthroughs of this story (another path, or
// before the story was republished). Their words are theirs: shown here, read only, until they delete them.
import type { AnswerBook } from '../answerStore';
import { el } from '../dom';
import { reflectionEntry } from '../reflectionEntry';
import type { DebriefContext } from './debriefInput';
import { writtenWords } from './writtenWords';

export function earlierReflections(ctx: DebriefContext, book: AnswerBook): HTMLElement {
  const commitmentText = (id: string) => ctx.commitments.commitments.find((c) => c.id === id)?.text ?? null;
  const section = el('section', { className: 'debrief-earlier' });
  const render = () => {
    const earlier = book.earlier(ctx.input.playthrough);
    section.hidden = earlier.length === 0;
    section.replaceChildren(
      el('h2', { id: ctx.id('earlier-heading') }, 'Your earlier reflections'),
      el(
        'p',
        {},
        'What you wrote after an earlier playthrough of this story. It stays on this device until you delete it.',
      ),
      el(
        'ul',
        {},
        ...earlier.map((e, i) =>
          reflectionEntry({
            id: ctx.id(`earlier-${i}`),
            savedAt: e.answers.savedAt,
            pairs: writtenWords(e.answers, commitmentText),
            remove: () => book.remove(e.playthrough),
          }),
        ),
      ),
    );
  };
  render();
  ctx.onReset(render);
  return section;
}
