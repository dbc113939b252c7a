// "Your earlier reflections": what the learner wrote after earlier playthroughs of this story (another path, or
// before the story was republished). Their words are theirs: shown here, read only, until they delete them.
import type { DebriefAnswers } from '../../engine/debrief/debriefAnswers';
import type { AnswerBook, EarlierReflection } from '../answerStore';
import { el } from '../dom';
import { actionButton } from './answerField';
import type { DebriefContext } from './debriefInput';
import { readableDate } from './readableDate';

const ACCOUNT: [keyof DebriefAnswers['account'], string][] = [
  ['whatHappened', 'What happened'],
  ['realSituation', 'A real situation this reminds me of'],
  ['learned', 'What I learned'],
  ['changePractice', 'How I will change my practice'],
  ['impact', 'The impact on the people I support'],
  ['peerReflection', 'Reflection with a peer'],
  ['followUp', 'What happened when I tried it'],
];

/** Question and answer pairs, in the order the curtain call asks them; empty boxes left out. */
function writtenWords(ctx: DebriefContext, answers: DebriefAnswers): [string, string][] {
  const pairs: [string, string][] = [];
  const add = (label: string, text: string | null) => {
    if (text && text.trim()) pairs.push([label, text]);
  };
  add('How you were left feeling', answers.feelings);
  for (const [id, text] of Object.entries(answers.prompts)) add(answers.questions[id] ?? 'A reflective question', text);
  const commitment = (id: string) => ctx.commitments.commitments.find((c) => c.id === id)?.text ?? null;
  for (const id of [...answers.commitments.self, ...answers.commitments.organisation])
    add('A commitment you chose', commitment(id));
  add('Your own commitment', answers.commitments.ownSelf);
  add('Your commitment for your organisation', answers.commitments.ownOrganisation);
  for (const [key, label] of ACCOUNT) add(label, answers.account[key]);
  return pairs;
}

function oneReflection(ctx: DebriefContext, book: AnswerBook, earlier: EarlierReflection, index: number) {
  const when = earlier.answers.savedAt
    ? `Written on ${readableDate(new Date(earlier.answers.savedAt))}`
    : 'Written earlier';
  const pairs = writtenWords(ctx, earlier.answers);
  const item = el('li', { className: 'debrief-earlier-item' });
  const status = el('p', { role: 'status' });
  const confirmBox = el('div', { className: 'debrief-confirm', hidden: true });
  const start = actionButton('Delete these reflections', () => {
    confirmBox.hidden = false;
    yes.focus();
  });
  const yes = actionButton(
    'Yes, delete them',
    () => {
      book.remove(earlier.playthrough);
      item.replaceChildren(el('p', { role: 'status' }, 'Those earlier reflections have been deleted.'));
    },
    'debrief-danger',
  );
  const no = actionButton('No, keep them', () => {
    confirmBox.hidden = true;
    start.focus();
  });
  confirmBox.append(el('p', {}, 'This deletes what you wrote that time. It cannot be undone.'), yes, ' ', no);
  const details = el(
    'details',
    {},
    el('summary', {}, when),
    pairs.length
      ? el('dl', {}, ...pairs.flatMap(([label, text]) => [el('dt', {}, label), el('dd', {}, text)]))
      : el('p', {}, 'Ticks and dates only, no words.'),
    start,
    confirmBox,
    status,
  );
  details.id = ctx.id(`earlier-${index}`);
  item.append(details);
  return item;
}

export function earlierReflections(ctx: DebriefContext, book: AnswerBook): HTMLElement {
  const section = el('section', { className: 'debrief-earlier', 'aria-labelledby': ctx.id('earlier-heading') });
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
      el('ul', {}, ...earlier.map((e, i) => oneReflection(ctx, book, e, i))),
    );
  };
  render();
  ctx.onReset(render);
  return section;
}
