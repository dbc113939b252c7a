// Part 5, Now what: one or two concrete things to do, for yourself and, if you like, for your organisation,
// and a day to come back and see how it went.
import { commitmentMenu, type Commitment } from '../../engine/debrief/commitmentMenu';
import { el } from '../dom';
import { actionButton, answerField } from './answerField';
import type { DebriefContext, DebriefPart } from './debriefInput';
import { isoDay, readableDate } from './readableDate';

const SUGGESTED_WEEKS = 5;

function commitmentGroup(
  ctx: DebriefContext,
  kind: 'self' | 'organisation',
  legend: string,
  offered: Commitment[],
  ownLabel: string,
): HTMLElement {
  const fieldset = el('fieldset', { className: 'debrief-commitments' }, el('legend', {}, legend));
  for (const commitment of offered) {
    const boxId = ctx.id(`commit-${commitment.id}`);
    const box = el('input', { type: 'checkbox', id: boxId, value: commitment.id });
    box.checked = ctx.answers().commitments[kind].includes(commitment.id);
    box.addEventListener('change', () => {
      const chosen = new Set(ctx.answers().commitments[kind]);
      if (box.checked) chosen.add(commitment.id);
      else chosen.delete(commitment.id);
      ctx.save({ commitments: { [kind]: [...chosen] } });
    });
    fieldset.append(el('div', { className: 'debrief-check' }, box, el('label', { for: boxId }, commitment.text)));
  }
  const ownKey = kind === 'self' ? 'ownSelf' : 'ownOrganisation';
  const own = answerField(ctx, {
    name: `own-${kind}`,
    label: ownLabel,
    value: ctx.answers().commitments[ownKey],
    rows: 2,
    onInput: (value) => ctx.save({ commitments: { [ownKey]: value } }),
  });
  fieldset.append(own.wrapper);
  return fieldset;
}

function comeBack(ctx: DebriefContext): HTMLElement {
  const inputId = ctx.id('come-back');
  const hintId = ctx.id('come-back-hint');
  const suggested = new Date(ctx.now());
  suggested.setDate(suggested.getDate() + SUGGESTED_WEEKS * 7);
  const input = el('input', { type: 'date', id: inputId, min: ctx.today(), 'aria-describedby': hintId });
  input.value = ctx.answers().comeBackOn ?? '';
  const store = () => ctx.save({ comeBackOn: /^\d{4}-\d{2}-\d{2}$/.test(input.value) ? input.value : null });
  input.addEventListener('change', store);
  const setSuggested = actionButton(`Set it for ${readableDate(suggested)}`, () => {
    input.value = isoDay(suggested);
    store();
  });
  return el(
    'div',
    { className: 'debrief-field' },
    el('label', { for: inputId }, 'When will you look back at how it went? (optional)'),
    el(
      'p',
      { id: hintId, className: 'debrief-hint' },
      'Four to six weeks gives you time to try it. When you open this curtain call again after that day, your account gains a box for what happened when you tried it. The game does not send reminders, so put the date in your diary too.',
    ),
    input,
    ' ',
    setSuggested,
  );
}

export function nowWhatPart(ctx: DebriefContext): DebriefPart {
  const menu = commitmentMenu(ctx.input.log, ctx.commitments);
  const body = el(
    'div',
    {},
    el('p', {}, 'Choose one or two things you will do, or write your own. Small and specific works best.'),
    commitmentGroup(ctx, 'self', 'For yourself', menu.self, 'Or in your own words'),
    commitmentGroup(
      ctx,
      'organisation',
      'For your organisation (optional)',
      menu.organisation,
      'Or in your own words, for your organisation',
    ),
    comeBack(ctx),
  );
  return { id: 'now-what', title: 'Now what', body };
}
