// Part 4, What if: rewind to a decision and play another option from there (forum theatre). It is exploring,
// not a retry for a better result: every branch runs on a copy, and the first playthrough stays the record.
import { displayName } from '../../engine/debrief/debriefSources';
import { calledBy } from '../../engine/debrief/curtainCallNames';
import {
  afterStep,
  exploreContested,
  exploreOption,
  isContestedDecision,
  type Exploration,
  type StoryCopy,
} from '../../engine/debrief/exploreBranch';
import type { HeardPassage } from '../../engine/heardPassage';
import { Playthrough } from '../../engine/playthrough';
import type { DecisionRecord } from '../../engine/types';
import { clear, el, focusInView } from '../dom';
import { actionButton } from './answerField';
import { speakerLabel } from '../../engine/speakerLabel';
import type { DebriefContext, DebriefPart } from './debriefInput';
import { PRACTITIONERS_DISAGREE } from './whatHappenedPart';
import { inWords } from '../../facilitation/voteTally';

function passageLines(ctx: DebriefContext, passage: HeardPassage): HTMLElement[] {
  const shown = passage.lines.filter((line) => !line.hidden && line.text.trim() !== '');
  return shown.map((line) => {
    const label = speakerLabel(line, (id) => displayName(id, ctx.input.header.cast));
    return label ? el('p', {}, el('strong', {}, `${label}: `), line.text) : el('p', {}, line.text);
  });
}

function noticed(ctx: DebriefContext, decision: DecisionRecord | null): HTMLElement[] {
  if (!decision) return [];
  return decision.perspectives.map((perspective) =>
    el(
      'p',
      { className: 'debrief-perspective' },
      el('strong', {}, ctx.asRead.names.name(`What ${calledBy(perspective.who, ctx.input.header.cast)} noticed: `)),
      ctx.asRead.names.name(perspective.text),
    ),
  );
}

/** One branch, with the chance to keep going in the copy until the story ends. */
function branchView(ctx: DebriefContext, exploration: Exploration, heading: HTMLElement): HTMLElement {
  const view = el(
    'div',
    { className: 'debrief-branch' },
    heading,
    ...passageLines(ctx, exploration.passage),
    ...noticed(ctx, exploration.decision),
  );
  const next = (passage: HeardPassage) => {
    if (passage.error) {
      view.append(
        el('p', { role: 'alert' }, 'The story stopped with a problem here, so this exploration cannot go further.'),
      );
      return;
    }
    if (passage.ended || passage.choices.length === 0) {
      view.append(el('p', { className: 'debrief-muted' }, 'The story ends here.'));
      return;
    }
    const choices = el('div', {
      className: 'debrief-keep-going',
      role: 'group',
      'aria-label': 'Keep going in this exploration',
    });
    for (const choice of passage.choices) {
      choices.append(
        actionButton(choice.text, async () => {
          choices.remove();
          const copy = exploration.playthrough;
          const before = copy.log.decisions.length;
          // What follows is heard on the copy's own stream, like the play screen hears the record.
          const { passage: after } = await afterStep(copy, () => copy.choose(choice.index));
          if (!view.isConnected) return;
          const made = exploration.playthrough.log.decisions[before] ?? null;
          const said = el(
            'p',
            { tabindex: '-1', className: 'debrief-you-chose' },
            'You try: ',
            el('q', {}, choice.text),
          );
          view.append(said, ...passageLines(ctx, after), ...noticed(ctx, made));
          said.focus();
          next(after);
        }),
      );
    }
    view.append(el('p', {}, 'Keep going?'), choices);
  };
  next(exploration.passage);
  return view;
}

/**
 * The comparison's words, counted truly: two contested options are "both sides"; three or more are not (educator
 * read 18b: S1's Afterwards and S5's review at the house showed "Both sides" over three columns).
 */
export function comparing(contested: number): { button: string; heading: string; lead: string } {
  if (contested === 2)
    return {
      button: 'Compare what follows each side',
      heading: 'Both sides of a choice practitioners disagree about',
      lead: 'Practitioners disagree here: neither side is simply right. Compare what each one does for the person.',
    };
  return {
    button: 'Compare what follows each option practitioners back',
    heading: `All ${inWords(contested)} options practitioners disagree about`,
    lead: 'Practitioners disagree here: no one option is simply right. Compare what each one does for the person.',
  };
}

function decisionItem(ctx: DebriefContext, decision: DecisionRecord, position: number): HTMLElement {
  const results = el('div', { className: 'debrief-explorations' });
  const copyOfStory: StoryCopy =
    ctx.input.copyOfStory ?? (() => new Playthrough(ctx.input.storyJson, { storyId: ctx.input.storyId }));
  // The copies on show: let go of (a worker's stops) when they are cleared away; a newer exploration wins.
  let shown: Exploration[] = [];
  let asked = 0;
  const clearResults = () => {
    for (const exploration of shown) exploration.playthrough.close?.();
    shown = [];
    clear(results);
    return ++asked;
  };
  // Say the copy is being played, while it is (a worker answers a moment later). The status region is on the page,
  // empty, from the start: a region inserted with its words already in it is often not read at all (r19 a11y C2).
  // Emptied when the result comes, whose heading then takes focus and says it: nothing is said twice.
  const status = el('p', { className: 'debrief-muted debrief-playing', role: 'status' });
  const playing = () => {
    status.textContent = 'Playing it through…';
  };
  const played = () => (status.textContent = '');
  const close = (returnTo: HTMLElement) =>
    actionButton('Close this exploration', () => {
      clearResults();
      focusInView(returnTo);
    });
  const problem = (reason: string) => el('p', { role: 'alert' }, reason);
  const moment = decision.moment ?? `decision ${position + 1}`;
  const controls = el('div', {
    className: 'debrief-try',
    role: 'group',
    'aria-label': `Other options at ${moment}`,
  });

  if (isContestedDecision(decision)) {
    // The "sides" are the practitioners' (said above the button, as What happened says it). Several decisions can have
    // this button: a screen reader's list of buttons tells them apart by the moment.
    const words = comparing(decision.options.filter((option) => option.contested).length);
    const face = words.button;
    const trigger = actionButton(face, async () => {
      const mine = clearResults();
      playing();
      const explored = await exploreContested(copyOfStory, ctx.input.save, decision);
      if (mine !== asked) {
        for (const result of explored) if (result.ok) result.exploration.playthrough.close?.();
        return;
      }
      clear(results);
      played();
      const heading = el('h4', { tabindex: '-1' }, words.heading);
      const columns = el('div', { className: 'debrief-side-by-side' });
      for (const result of explored) {
        if (!result.ok) {
          columns.append(problem(result.reason));
          continue;
        }
        shown.push(result.exploration);
        const column = branchView(
          ctx,
          result.exploration,
          el('h5', {}, 'If you chose: ', el('q', {}, result.exploration.optionText)),
        );
        columns.append(column);
      }
      results.append(heading, el('p', {}, words.lead), columns, close(trigger));
      focusInView(heading);
    });
    // Its name says which moment (a name, not words on the page, so neither copied nor found with Ctrl+F).
    trigger.setAttribute('aria-label', `${face}, at ${moment}`);
    controls.append(trigger);
  }
  for (const option of decision.options) {
    if (option.index === decision.choice.index) continue;
    const trigger = actionButton(`Try: ${option.text}`, async () => {
      const mine = clearResults();
      playing();
      const result = await exploreOption(copyOfStory, ctx.input.save, decision, option.index);
      if (mine !== asked) {
        if (result.ok) result.exploration.playthrough.close?.();
        return;
      }
      clear(results);
      played();
      if (!result.ok) {
        const message = problem(result.reason);
        results.append(message, close(trigger));
        return;
      }
      shown.push(result.exploration);
      const heading = el('h4', { tabindex: '-1' }, 'If you had chosen: ', el('q', {}, option.text));
      results.append(branchView(ctx, result.exploration, heading), close(trigger));
      focusInView(heading);
    });
    controls.append(trigger);
  }

  return el(
    'li',
    {},
    el('h3', {}, decision.moment ?? `Decision ${position + 1}`),
    el('p', {}, 'You chose: ', el('q', {}, decision.choice.text)),
    isContestedDecision(decision) ? el('p', { className: 'debrief-contested' }, PRACTITIONERS_DISAGREE) : null,
    controls.childElementCount > 0
      ? controls
      : el('p', { className: 'debrief-muted' }, 'There was no other option here.'),
    controls.childElementCount > 0 ? status : null,
    results,
  );
}

export function whatIfPart(ctx: DebriefContext): DebriefPart {
  const decisions = ctx.input.log.decisions;
  const body = el(
    'div',
    {},
    el(
      'p',
      {},
      'Pick a decision and try another option to see where it leads. This is for exploring, not for a better result: what you chose first stays as your record.',
    ),
  );
  if (decisions.length === 0) body.append(el('p', {}, 'This story had no decisions to explore.'));
  else
    body.append(
      el(
        'ol',
        { className: 'debrief-what-if' },
        ...decisions.map((decision, position) => decisionItem(ctx, decision, position)),
      ),
    );
  return { id: 'what-if', title: 'What if', body };
}
