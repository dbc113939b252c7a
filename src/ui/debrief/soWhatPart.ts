// Part 3, So what: the three dimensions as words, each linked to the moment that shaped it; the pattern,
// described rather than named; whose voice filled the scene; one or two Script cards; and the keyed prompts.
import { bandsFor, DIMENSION_QUESTIONS, type Dimension } from '../../engine/debrief/bands';
import { describePattern, emphasisRuns } from '../../engine/debrief/patternText';
import { scriptCardsFor } from '../../engine/debrief/scriptCardPick';
import { el } from '../dom';
import { actionButton } from './answerField';
import { airtimePicture } from './airtimePicture';
import type { DebriefContext, DebriefPart } from './debriefInput';
import { reflectiveQuestions } from './reflectiveQuestions';

/** Text with *emphasis* built as text nodes and <em>, never as markup. */
function emphasised(text: string): Node[] {
  return emphasisRuns(text).map((run) => (run.emphasis ? el('em', {}, run.text) : document.createTextNode(run.text)));
}

function bandsSection(ctx: DebriefContext): HTMLElement {
  const { log } = ctx.input;
  const bands = bandsFor(log.decisions);
  const list = el('dl', { className: 'debrief-bands' });
  for (const dimension of ['voice', 'power', 'courage'] as Dimension[]) {
    const band = bands[dimension];
    const drove = band.drivenBy === null ? null : log.decisions.find((decision) => decision.index === band.drivenBy);
    list.append(
      el('dt', {}, DIMENSION_QUESTIONS[dimension]),
      el(
        'dd',
        {},
        el('strong', {}, band.text),
        drove
          ? el(
              'span',
              { className: 'debrief-band-link' },
              ' ',
              actionButton(
                `See the moment that shaped this: ${drove.moment ?? drove.choice.text}`,
                () => ctx.goToMoment(drove.index),
                'debrief-link',
              ),
            )
          : null,
      ),
    );
  }
  return el(
    'section',
    {},
    el('h3', { id: ctx.id('bands-heading') }, 'How your choices read'),
    el('p', {}, 'Words, not scores: a rough picture of the whole playthrough.'),
    list,
  );
}

function patternSection(ctx: DebriefContext): HTMLElement | null {
  const text = describePattern(ctx.input.log.pattern);
  if (!text) return null;
  return el(
    'section',
    {},
    el('h3', { id: ctx.id('pattern-heading') }, 'A pattern in this playthrough'),
    el('p', {}, ...emphasised(text)),
  );
}

function scriptSection(ctx: DebriefContext): HTMLElement | null {
  const cards = scriptCardsFor(ctx.input.log, ctx.scriptCards);
  if (cards.length === 0) return null;
  return el(
    'section',
    {},
    el('h3', { id: ctx.id('script-heading') }, 'From the Script'),
    ...cards.map((card) =>
      el(
        'article',
        { className: 'debrief-card' },
        el('h4', {}, card.title),
        ...card.body.map((paragraph) => el('p', {}, ...emphasised(paragraph))),
      ),
    ),
  );
}

export function soWhatPart(ctx: DebriefContext): DebriefPart {
  const body = el(
    'div',
    {},
    bandsSection(ctx),
    patternSection(ctx),
    el('section', {}, el('h3', { id: ctx.id('airtime-heading') }, 'Whose voice filled the scene'), airtimePicture(ctx)),
    scriptSection(ctx),
    el(
      'section',
      {},
      el('h3', { id: ctx.id('questions-heading') }, 'Questions to think about'),
      reflectiveQuestions(ctx, ctx.prompts),
    ),
  );
  return { id: 'so-what', title: 'So what', body };
}

/** The plain-story version: general questions and the closing question, as a part of its own. */
export function questionsPart(ctx: DebriefContext): DebriefPart {
  return { id: 'questions', title: 'Questions to think about', body: reflectiveQuestions(ctx, ctx.prompts) };
}
