// Part 2, What happened: the learner's choices in their own words, each moment's name, and what the people
// affected noticed. No numbers: this is the story told back, not a mark sheet.
import { cameBackText } from '../../engine/debrief/timeline';
import { el } from '../dom';
import type { DebriefContext, DebriefPart } from './debriefInput';

/** Said at a contested decision wherever the curtain call shows it (What happened, What if). */
export const PRACTITIONERS_DISAGREE = 'Practitioners disagree about what is best here.';

/** The id of a decision's entry, so other parts can link to it. */
export function momentId(ctx: DebriefContext, decisionIndex: number): string {
  return ctx.id(`moment-${decisionIndex}`);
}

export function whatHappenedPart(ctx: DebriefContext): DebriefPart {
  const timeline = ctx.asRead.timeline;
  const body = el('div', {});
  if (timeline.length === 0) {
    body.append(el('p', {}, 'This story had no decisions for you to make.'));
    return { id: 'what-happened', title: 'What happened', body };
  }
  body.append(el('p', {}, 'The decisions you made, in the order you made them.'));
  const list = el('ol', { className: 'debrief-timeline' });
  timeline.forEach((entry, position) => {
    const item = el(
      'li',
      { id: momentId(ctx, entry.decision), tabindex: '-1' },
      el('h3', {}, entry.moment ?? `Decision ${position + 1}`),
      el('p', {}, 'You chose: ', el('q', {}, entry.choice)),
      entry.contested ? el('p', { className: 'debrief-contested' }, PRACTITIONERS_DISAGREE) : null,
    );
    for (const perspective of entry.perspectives) {
      item.append(
        el(
          'div',
          { className: 'debrief-perspective' },
          el('h4', {}, perspective.heading),
          el('p', {}, perspective.text),
        ),
      );
    }
    // A repaired decision is told whole: what happened, and what the learner did later (never only the later band).
    for (const later of entry.cameBack) item.append(el('p', { className: 'debrief-came-back' }, cameBackText(later)));
    list.append(item);
  });
  body.append(list);
  return { id: 'what-happened', title: 'What happened', body };
}
