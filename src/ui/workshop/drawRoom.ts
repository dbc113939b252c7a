// Draws a RoomView: the projector draws it full screen, the presenter draws the same thing small ("what the
// room sees"), so the two can never disagree. Text goes in as text nodes only. Bars get their length through
// the CSSOM (the page's policy forbids inline style attributes); each bar's words say the same thing.
import type { RoomBar, RoomView, RoomViewBody, RoomVoteRow } from '../../facilitation/roomView';
import { clear, el } from '../dom';
import { fitRoom } from './fitRoom';
import { timerText } from './timerText';

// What the room's screen labels the option played, as the session's records do (sessionLog.ts, playedLine): not
// "the room chose", which is false when the facilitator broke a tie, overrode the vote or picked with no vote.
const PLAYED = 'Played: ';

type Level = 1 | 2 | 3;

const tickers = new WeakMap<HTMLElement, number>();

export function drawRoom(target: HTMLElement, view: RoomView, top: Level = 1): void {
  clear(target);
  target.dataset.seq = String(view.seq);
  target.dataset.kind = view.body.kind;
  target.dataset.theme = view.theme;
  const h = (level: 0 | 1, text: string, props: Record<string, string> = {}) =>
    el(`h${top + level}` as 'h1', props, text);
  target.append(...bodyNodes(view.body, view.storyTitle, h));
  window.clearInterval(tickers.get(target));
  if (view.timer && view.body.kind !== 'blank') {
    const timer = el(
      'p',
      { className: 'room-timer', role: 'timer', 'aria-label': 'Discussion timer' },
      timerText(view.timer.endsAt, Date.now()),
    );
    target.prepend(timer);
    const endsAt = view.timer.endsAt;
    const id = window.setInterval(() => {
      // The presenter redraws its preview into a new element: a timer left behind stops itself.
      if (!timer.isConnected) window.clearInterval(id);
      else timer.textContent = timerText(endsAt, Date.now());
    }, 1000);
    tickers.set(target, id);
  }
  fitRoom(target);
}

type Heading = (level: 0 | 1, text: string, props?: Record<string, string>) => HTMLElement;

function bodyNodes(body: RoomViewBody, storyTitle: string, h: Heading): Node[] {
  switch (body.kind) {
    case 'waiting':
      return [
        h(0, body.title),
        el('p', { className: 'room-lede' }, body.text),
        ...(body.phones ? [phoneJoin(body.phones, 'To vote on your phone')] : []),
      ];
    case 'blank':
      return [h(0, 'The screen is blank for now', { className: 'visually-hidden' })];
    case 'card':
      return [
        h(0, body.card.title),
        ...body.card.paragraphs.map((p) => el('p', {}, p)),
        body.card.items.length
          ? el('ul', { className: 'room-list' }, ...body.card.items.map((i) => el('li', {}, i)))
          : null,
      ].filter((n): n is HTMLElement => n !== null);
    case 'story':
      return [
        h(0, storyTitle, { className: 'visually-hidden' }),
        body.banner ? el('p', { className: 'room-banner' }, body.banner) : null,
        body.chosen
          ? el('p', { className: 'room-chosen' }, el('span', { className: 'room-chosen-label' }, PLAYED), body.chosen)
          : null,
        ...body.lines.map((line) =>
          el(
            'p',
            { className: line.you ? 'room-line you' : 'room-line' },
            line.speaker ? el('span', { className: 'room-speaker' }, `${line.speaker}: `) : null,
            line.text,
          ),
        ),
        body.pages > 1 ? el('p', { className: 'room-page' }, `Page ${body.page + 1} of ${body.pages}`) : null,
      ].filter((n): n is HTMLElement => n !== null);
    case 'options':
      return [
        h(0, 'What do you do?'),
        body.vote ? el('p', { className: 'room-lede' }, 'The room votes on this one.') : null,
        optionList(body.options),
      ].filter((n): n is HTMLElement => n !== null);
    case 'vote':
      return [
        h(0, body.round === 1 ? 'Vote now' : 'Vote again'),
        // Phones are offered only while the phone room answers (the presenter adds `phones` then): a room server
        // that has stopped cannot take a vote, so the room is told to use a card or a hand.
        el(
          'p',
          { className: 'room-lede' },
          `Privately: ${body.phones ? 'a card, a hand or your phone' : 'a card or a hand'}. Nobody will see who chose what. You can also say you would rather not say.`,
        ),
        optionList(body.options),
        ...(body.phones ? [phoneJoin(body.phones, 'Vote on your phone')] : []),
      ];
    case 'result':
      return [
        h(0, body.row.label),
        el(
          'p',
          { className: 'room-lede' },
          body.before
            ? 'How the room moved since the first vote (the lighter bar). A split, not the answer.'
            : 'This is how the room split, not the answer.',
        ),
        voteChart(body.row, 'wide', body.before ?? null),
      ];
    case 'discuss':
      return [h(0, 'Talk about it'), el('ul', { className: 'room-list' }, ...body.prompts.map((p) => el('li', {}, p)))];
    case 'reveal':
      return [
        h(0, 'How the room’s choice resolved'),
        el('p', { className: 'room-chosen' }, el('span', { className: 'room-chosen-label' }, PLAYED), body.chosen),
        body.acts.length
          ? el('ul', { className: 'room-list room-acts' }, ...body.acts.map((a) => el('li', {}, a)))
          : null,
        ...body.perspectives.flatMap((p) => [h(1, p.heading), el('p', { className: 'room-perspective' }, p.text)]),
      ].filter((n): n is HTMLElement => n !== null);
    case 'room-move':
      return [h(0, 'The room’s own move'), el('p', { className: 'room-lede' }, body.text)];
    case 'curtain':
      return [h(0, 'The curtain falls'), el('p', { className: 'room-lede' }, body.text)];
    case 'debrief-what':
      return [
        h(0, body.parts > 1 ? `What happened (${body.part} of ${body.parts})` : 'What happened'),
        ...(body.decisions.length === 0 ? [el('p', {}, 'The room did not reach a decision.')] : []),
        ...body.decisions.flatMap((d) => [
          h(1, d.heading),
          el('p', { className: 'room-chosen' }, el('span', { className: 'room-chosen-label' }, PLAYED), d.chosen),
          d.how ? el('p', { className: 'room-small' }, `How: ${d.how}.`) : null,
          ...d.votes.map((v) => voteChart(v, 'compact')),
          d.acts ? el('p', { className: 'room-small room-acts' }, `How it resolved: ${d.acts.join('; ')}.`) : null,
          ...d.roomMoves.map((m) => el('p', { className: 'room-small' }, `The room’s own move: ${m}`)),
          d.explored.length
            ? el('p', { className: 'room-small' }, `The room also tried: ${d.explored.join('; ')}`)
            : null,
        ]),
      ].filter((n): n is HTMLElement => n !== null);
    case 'debrief-airtime':
      return [
        h(0, 'Whose voice filled the scene?'),
        el(
          'div',
          { className: 'room-charts' },
          chart(h(1, 'Turns taken'), body.spoke),
          chart(h(1, 'Who was spoken to'), body.spokenTo),
        ),
        body.notes.length
          ? el('ul', { className: 'room-list room-small' }, ...body.notes.map((n) => el('li', {}, n)))
          : null,
      ].filter((n): n is HTMLElement => n !== null);
    case 'debrief-so-what':
      return [
        h(0, 'So what?'),
        el('ul', { className: 'room-list' }, ...body.prompts.map((p) => el('li', {}, p))),
        ...(body.bands
          ? [
              h(1, 'The room’s choices, in words'),
              el(
                'dl',
                { className: 'room-bands' },
                ...body.bands.flatMap((b) => [el('dt', {}, b.question), el('dd', {}, b.text)]),
              ),
            ]
          : []),
      ];
    case 'debrief-now-what':
      return [
        h(0, 'Now what?'),
        el('ul', { className: 'room-list' }, ...body.questions.map((q) => el('li', {}, q))),
        h(1, 'The room’s commitments'),
        body.commitments.length
          ? el('ul', { className: 'room-list room-commitments' }, ...body.commitments.map((c) => el('li', {}, c)))
          : el('p', { className: 'room-small' }, 'Commitments appear here as the room agrees them.'),
      ];
  }
}

function optionList(options: readonly string[]): HTMLElement {
  return el(
    'ol',
    { className: 'room-options' },
    ...options.map((text, i) =>
      el(
        'li',
        {},
        el('span', { className: 'room-number', 'aria-hidden': 'true' }, String(i + 1)),
        el('span', {}, text),
      ),
    ),
  );
}

/**
 * A vote as bars, one per option, each labelled with the option's words: whole on the live result, where the vote is
 * the whole screen; shortened on the debrief's compact rows, where several votes share it (see shortLabel).
 */
function voteChart(row: RoomVoteRow, size: 'wide' | 'compact', before: RoomVoteRow | null = null): HTMLElement {
  const list = el('ul', { className: size === 'wide' ? 'room-bars' : 'room-bars compact' });
  row.bars.forEach((bar, i) => {
    const words = size === 'wide' ? bar.label : shortLabel(bar.label);
    const first = before?.bars[i];
    list.append(first ? barPair(words, first, bar) : barItem(words, bar));
  });
  const box = el(
    'div',
    { className: 'room-vote' },
    size === 'wide' ? null : el('p', { className: 'room-small room-vote-label' }, row.label),
    list,
  );
  if (row.ratherNot) box.append(el('p', { className: 'room-small' }, `Would rather not say: ${row.ratherNot}`));
  // In words, what the bars show: in a small room every bar may read "a few", and this says whether it split.
  if (row.shape) box.append(el('p', { className: 'room-small room-shape' }, row.shape));
  return box;
}

/** The longest an option's words run on a compact bar (two lines of its third of the screen) before "…". */
const SHORT_LABEL = 64;

/**
 * An option's words, cut at the last whole word before SHORT_LABEL with "…", for the eye; a screen reader (and the
 * presenter's record) hears them whole, so nothing is lost by the cut.
 */
function shortLabel(words: string): Node | string {
  if (words.length <= SHORT_LABEL) return words;
  const cut = words
    .slice(0, SHORT_LABEL + 1)
    .replace(/\s+\S*$/u, '')
    .replace(/[\s,;:.–—-]+$/u, '');
  return el(
    'span',
    {},
    el('span', { 'aria-hidden': 'true', 'data-short': '' }, `${cut}…`),
    el('span', { className: 'visually-hidden' }, words),
  );
}

function chart(heading: HTMLElement, bars: readonly RoomBar[]): HTMLElement {
  return el(
    'div',
    { className: 'room-chart' },
    heading,
    el('ul', { className: 'room-bars compact' }, ...bars.map((b) => barItem(b.label, b))),
  );
}

function track(bar: RoomBar, extra = ''): HTMLElement {
  const fill = el('span', { className: bar.share === null ? 'room-bar-fill stub' : 'room-bar-fill' });
  // A stub for "a few": a fixed small mark that shows no proportion.
  if (bar.share !== null) fill.style.inlineSize = `${Math.round(bar.share * 100)}%`;
  return el('span', { className: `room-bar-track ${extra}`.trim(), 'aria-hidden': 'true' }, fill);
}

function barItem(words: Node | string, bar: RoomBar): HTMLElement {
  return el(
    'li',
    { className: 'room-bar' },
    el('span', { className: 'room-bar-words' }, words),
    track(bar),
    el('span', { className: 'room-bar-shown' }, bar.shown),
  );
}

/** One option on the revote: the first vote's bar (lighter) above the revote's, and both in words. */
function barPair(words: Node | string, first: RoomBar, now: RoomBar): HTMLElement {
  return el(
    'li',
    { className: 'room-bar' },
    el('span', { className: 'room-bar-words' }, words),
    el('span', { className: 'room-bar-pair' }, track(first, 'before'), track(now)),
    el('span', { className: 'room-bar-shown' }, `${first.shown} → ${now.shown}`),
  );
}

/** Where phones vote: the QR code (served by the room server) and the same address and code in words. */
function phoneJoin(phones: { joinAddress: string; code: string }, lead: string): HTMLElement {
  return el(
    'div',
    { className: 'room-phones' },
    el('img', { src: 'room/qr.svg', alt: '', className: 'room-qr', width: 200, height: 200 }),
    el(
      'p',
      {},
      `${lead}: scan the code, or open `,
      el(
        'strong',
        { className: 'room-join-address' },
        phones.joinAddress.replace(/^https?:\/\//, '').replace(/\?.*$/, ''),
      ),
      ' and enter ',
      el('strong', { className: 'room-code' }, phones.code),
      '. No name, no account.',
    ),
  );
}
