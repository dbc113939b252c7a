// The theatre the game is framed as (NHS England's allyship synthesis, seeds/002), said in the product's own
// words wherever a learner meets it: the playbill names every role, each story's opening names its company, and
// the end of the performance has the company take a bow. One place for these words.
import { roleMidSentence } from '../engine/roleInSentence';
import { el } from './dom';

const SCRIPT_HREF = 'script.html';

/** The roles of the theatre, a sentence each, for the playbill. */
export function theatreRoles(): HTMLElement {
  const role = (term: string, ...definition: (string | HTMLElement)[]) => [
    el('dt', {}, term),
    el('dd', {}, ...definition),
  ];
  return el(
    'section',
    { className: 'theatre-roles' },
    el('h3', { id: 'roles-heading' }, 'Who is who in this theatre'),
    el(
      'dl',
      {},
      ...role(
        'The Theatre',
        'The care system you work in: the wards, homes, surgeries and boards where these stories happen.',
      ),
      ...role(
        'The Audience',
        'The people allyship is for. In every story they are on stage with you and have their own voice; nobody here is only talked about.',
      ),
      ...role('The Actors', 'You and the colleagues around you. You play your own professional role.'),
      ...role(
        'The Directors',
        'Allyship Activators: people who set the tone and help others act. When a story gives you that power, you are one.',
      ),
      ...role(
        'The Script',
        'What you need to know, from the law to the ideas behind allyship, kept as cards in ',
        el('a', { href: SCRIPT_HREF }, 'the Script'),
        '.',
      ),
      ...role(
        'Props and Costumes',
        'The signs of the part someone plays, such as an “Ally” lanyard. A prop makes a promise; what you do keeps it.',
      ),
    ),
  );
}

/** "A, B and C". */
function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export interface Company {
  /** The learner's role, from the story's header. */
  role: string;
  /** Display names of the Audience: the people the story's choices are about. */
  audience: string[];
  /** Display names of everyone else in the cast. */
  others: string[];
}

/** Each story's opening: who is who tonight, a sentence each. */
export function storyOpening(company: Company): HTMLElement {
  const role = company.role ? roleMidSentence(company.role) : '';
  const lines = [
    role ? `You are an Actor, in your own role: ${role}.` : 'You are an Actor, in your own role.',
    company.audience.length
      ? `The Audience, on stage with you and here to use their own voice: ${listOf(company.audience)}.`
      : null,
    `${company.others.length ? `Also in the company: ${listOf(company.others)}. ` : ''}Whoever sets the tone for others is a Director, and that can be you.`,
  ].filter((line): line is string => line !== null);
  return el(
    'section',
    { className: 'programme' },
    el('h2', { id: 'programme-heading', className: 'programme-heading' }, 'Tonight’s company'),
    ...lines.map((line) => el('p', {}, line)),
    el(
      'p',
      {},
      'The ',
      el('a', { href: SCRIPT_HREF, target: '_blank' }, 'Script (opens in a new tab)'),
      ' holds what you need to know; Props, like a lanyard or a headset, show the part each person plays.',
    ),
  );
}

/** The end of the performance: the company takes a bow, the people the learner spoke with and for among them. */
export function companyBow(company: { bowing: string[]; spokenWithOrFor: string[] }): HTMLElement {
  const bow = el(
    'p',
    { className: 'company-bow' },
    company.bowing.length
      ? `The company takes a bow: ${listOf([...company.bowing, 'you'])}.`
      : 'The company takes a bow, and so do you.',
  );
  if (company.spokenWithOrFor.length) {
    bow.append(` Beside you, the people you spoke with and for tonight: ${listOf(company.spokenWithOrFor)}.`);
  }
  return bow;
}
