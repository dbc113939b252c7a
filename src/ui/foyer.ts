// The foyer: the playbill of every production, built from the manifest written at build time. No story JSON
// is loaded here; a story's text is fetched only when the learner chooses it.
import type { ManifestEntry } from '../engine/manifest';
import { clear, el, focusInView } from './dom';
import { storyManifest } from './storySource';
import { atCurtainCall, storiesWithAutosave } from './autosave';
import { comeBackNotice } from './comeBackNotice';
import { theatreRoles } from './theatreFrame';
import { foyerReflections } from './foyerReflections';
import { deviceStorage } from './deviceStorage';

export interface FoyerOptions {
  root: HTMLElement;
  /** `toRecord`: straight to the Record of the curtain call the learner already opened ("Back to your curtain call"). */
  onPlay(storyId: string, resume: boolean, toRecord?: boolean): void;
  /** Extra controls other rooms add (open a story file, settings, the Script…). */
  extras?: HTMLElement[];
  /** Launched from an LMS package: only its stories are on the playbill. */
  only?: string[];
  /** Launched from an LMS: what it keeps and what is sent, said in place of "nothing is sent anywhere". */
  keeps?: string[];
}

/** A story the learner finished and looked back on is not "continued": the way back is to its curtain call. */
const carryOnLabel = (storyId: string): string =>
  atCurtainCall(storyId) ? 'Back to your curtain call' : 'Continue where you left off';

function productionCard(entry: ManifestEntry, hasSave: boolean, onPlay: FoyerOptions['onPlay']): HTMLElement {
  const headingId = `story-${entry.id}`;
  const notesId = `notes-${entry.id}`;
  // The card leads with the title, the learner's role and length, and the button, so Begin is on the first screen
  // at every size (a phone, 200 % text). The summary and content notes follow at once, and the button's
  // description carries the content notes, so a screen reader hears them with it.
  const facts = el('dl', { className: 'facts' });
  const fact = (term: string, value: string | null | undefined) => {
    if (!value) return;
    facts.append(el('dt', {}, term), el('dd', {}, value));
  };
  fact('Reviewed', entry.review);
  if (entry.authors.length) fact('Written by', entry.authors.join(', '));

  const row = el('div', { className: 'button-row' });
  const described = entry.contentNotes.length ? notesId : null;
  if (hasSave) {
    const cont = el(
      'button',
      {
        type: 'button',
        className: 'primary',
        'data-story': entry.id,
        'aria-describedby': described,
        'aria-label': `${carryOnLabel(entry.id)}: ${entry.title}`,
      },
      carryOnLabel(entry.id),
    );
    cont.addEventListener('click', () => onPlay(entry.id, true, atCurtainCall(entry.id)));
    row.append(cont);
  }
  const beginLabel = hasSave ? 'Start from the beginning' : 'Begin';
  const begin = el(
    'button',
    {
      type: 'button',
      className: hasSave ? '' : 'primary',
      'data-story': entry.id,
      'aria-describedby': described,
      // Named in full, the face's words first (so speech control finds it by them): a name, not text on the page,
      // so neither copied nor found with Ctrl+F.
      'aria-label': `${beginLabel}: ${entry.title}`,
    },
    beginLabel,
  );
  begin.addEventListener('click', () => onPlay(entry.id, false));
  row.append(begin);

  const card = el(
    'article',
    { className: 'production', 'aria-labelledby': headingId },
    el('h3', { id: headingId }, entry.title),
    el(
      'p',
      { className: 'production-facts' },
      entry.role ? `You play: ${entry.role}` : '',
      entry.role && entry.minutes ? ' · ' : '',
      entry.minutes ? `About ${entry.minutes} minutes` : '',
    ),
    row,
    el('p', { className: 'summary' }, entry.summary),
  );
  if (entry.contentNotes.length) {
    card.append(
      el(
        'p',
        { className: 'content-notes', id: notesId },
        el('strong', {}, 'Content notes: '),
        entry.contentNotes.join(' '),
      ),
    );
  }
  const more = el(
    'details',
    { className: 'production-more' },
    el('summary', {}, 'What you will practise, and who wrote it'),
  );
  if (entry.outcomes.length) more.append(el('ul', {}, ...entry.outcomes.map((o) => el('li', {}, o))));
  more.append(facts);
  card.append(more);
  return card;
}

/**
 * What this is, and the two things a learner with a few minutes before a shift asks first: where their words go and
 * whether they can stop. Said only where it is true: an LMS keeps a place and sends completion (its own words are
 * under "Before you start"), and a browser that keeps nothing keeps no place (its notice says so above).
 */
function lede(o: FoyerOptions): string {
  const what =
    'Short stories from health and social care. You play your own professional role, choose what to say or do, then look back at whose voice was heard.';
  if (o.keeps?.length || deviceStorage().problem) return `${what} Nobody is scored.`;
  return `${what} Nobody is scored, nothing leaves this device, and your place is kept at every choice.`;
}

export function showFoyer(o: FoyerOptions): void {
  clear(o.root);
  const saved = new Set(storiesWithAutosave());
  const listed = storyManifest().stories.filter((s) => (o.only?.length ? o.only.includes(s.id) : s.listed));
  const heading = el('h1', { tabindex: '-1' }, 'The Allyship Theatre');
  o.root.append(
    el('header', { className: 'foyer-header' }, heading, el('p', { className: 'lede' }, lede(o))),
    // Straight to the Record, where "What happened when I tried it" now waits.
    comeBackNotice(listed, (id) => o.onPlay(id, true, atCurtainCall(id))) ?? '',
    continueStrip(listed, saved, o.onPlay),
    el(
      'section',
      { className: 'playbill' },
      el('h2', { id: 'playbill-heading' }, 'Tonight’s playbill'),
      ...(listed.length
        ? listed.map((entry) => productionCard(entry, saved.has(entry.id), o.onPlay))
        : [el('p', {}, 'There are no stories in this theatre yet.')]),
      // The frame, named after the productions so that Begin stays on the first screen.
      theatreRoles(),
    ),
    foyerReflections(),
    el(
      'section',
      { className: 'before-you-start' },
      el('h2', { id: 'before-heading' }, 'Before you start'),
      el(
        'ul',
        {},
        ...(o.keeps?.length
          ? o.keeps.map((k) => el('li', {}, k))
          : [
              el(
                'li',
                {},
                'Everything you choose and write stays on this device. Nothing is sent anywhere, and you can delete it all at the end.',
              ),
            ]),
        el('li', {}, 'Nobody is scored and there is no leaderboard. You will not be asked about your own identity.'),
        el(
          'li',
          {},
          'Each story says how long it takes to play. The curtain call after it, where you look back, takes about 10 minutes more; you can leave it and come back to it later.',
        ),
        el(
          'li',
          {},
          'The stories use the law and services of England. Each one lists content notes; you can skip any scene.',
        ),
        el(
          'li',
          {},
          'If a story brings up something difficult, talk to someone you trust at work, your Freedom to Speak Up Guardian, or Samaritans on 116 123 (free, any time).',
        ),
        el(
          'li',
          {},
          'Text size, colours, fonts, movement and the drawn stage can all be changed in Settings at the top of the page. ',
          el('a', { href: 'accessibility.html' }, 'Read the accessibility statement'),
          '.',
        ),
      ),
    ),
    // Facilitators find the workshop here; a launch limited to some stories (an LMS) is one learner, not a room.
    o.only?.length
      ? ''
      : el(
          'p',
          { className: 'foyer-workshop' },
          'Facilitating a group? ',
          el('a', { href: 'workshop.html' }, 'Run a workshop'),
          ': one story on one screen, with room votes.',
        ),
    ...(o.extras ?? []),
  );
  focusInView(heading);
  if (performance.getEntriesByName('foyer-text').length === 0) performance.mark('foyer-text');
}

/** When a story has a saved place, carrying on is the first thing on the page, not inside its card. */
function continueStrip(
  listed: readonly ManifestEntry[],
  saved: ReadonlySet<string>,
  onPlay: FoyerOptions['onPlay'],
): HTMLElement | string {
  const withSave = listed.filter((e) => saved.has(e.id));
  if (withSave.length === 0) return '';
  return el(
    'section',
    { className: 'continue-strip', 'aria-label': 'Carry on' },
    ...withSave.map((entry) => {
      const button = el(
        'button',
        {
          type: 'button',
          className: 'primary',
          'data-story': entry.id,
          'aria-label': `${carryOnLabel(entry.id)}: ${entry.title}`,
        },
        carryOnLabel(entry.id),
      );
      button.addEventListener('click', () => onPlay(entry.id, true, atCurtainCall(entry.id)));
      return el('p', {}, button, ' ', el('span', { 'aria-hidden': 'true' }, entry.title));
    }),
  );
}
