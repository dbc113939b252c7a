// The phone voting page: join with the room's code, see the options while a vote is open, vote and change the
// vote until it closes. No account and no name. The phone alone keeps what it chose (with the server's receipt,
// which it needs to change its vote); the server keeps counts. Light on purpose: no framework, no fonts, no zod.
import './phone.css';
import { accountToText, timeSpent } from '../../engine/debrief/reflectiveAccount';
import { ACCOUNT_PARTS, STANDARDS_QUESTION } from '../../engine/debrief/accountParts';
import {
  keptAnswers,
  PARTICIPANT_PARTS,
  participantAccount,
  STANDARDS,
  type ParticipantAnswers,
  type SessionForPhones,
} from '../../facilitation/participantAccount';
import { ROOM_ANSWER_SECONDS } from '../../facilitation/roomSilence';
import { askBeforeLosing } from '../askBeforeLosing';
import { announce, clear, el } from '../dom';

interface RoundView {
  id: number;
  options: string[];
  /** The decision's second vote, after the discussion (absent from an older room server: a first vote). */
  revote?: boolean;
  open: boolean;
  revealed: boolean;
}
interface PhoneView {
  round: RoundView | null;
  session?: SessionForPhones | null;
  ended: boolean;
}
/** The participant's own reflective account, on this phone only: never sent to the room. */
interface KeptAccount {
  code: string;
  session: SessionForPhones;
  answers: ParticipantAnswers;
}
type Choice = number | 'rather-not';
/**
 * A tap the room has not answered yet. It is kept on this phone (a reload keeps it too) and sent again, as the same
 * tap, until the room answers: the room counts one tap once however often it arrives (src/facilitation/phoneRoom.ts).
 */
interface Sending {
  round: number;
  choice: Choice;
  /** This tap's own key, made on this phone, the same on every try. */
  request: string;
  /** The receipt of the vote this tap changes, if there was one. */
  receipt: string | null;
  /** Another option tapped while this one was on its way: sent, as a change, once this one is answered. */
  after?: Choice;
  /** It could not reach the room at all, and the phone said so: it goes again only when tapped again. */
  unsent?: boolean;
}
/** What this phone remembers, on this phone only. */
interface Kept {
  code: string;
  token: string;
  vote: { round: number; choice: Choice; receipt: string } | null;
  sending?: Sending | null;
}

const KEY = 'allyship.room.phone';
const ACCOUNT_KEY = 'allyship.room.account';
/** Accounts from earlier rooms (this phone joined another since), the newest first: kept until deleted here. */
const EARLIER_KEY = 'allyship.room.earlier-accounts';
const heading = document.getElementById('phone-heading')!;
const body = document.getElementById('phone-body')!;
let kept: Kept | null = readKept();
let view: PhoneView | null = null;
let events: EventSource | null = null;
/** Why the last tap did not count, shown on screen (not only read out) until the next vote goes through. */
let problem: string | null = null;
/** The room's stream dropped and the browser is trying again (Wi-Fi gone, phone asleep, the server stopped). */
let lostTouch = false;
/** A try to send the vote is under way (it gives up after ROOM_ANSWER_SECONDS, and the next begins). */
let trying = false;
/** The room did not answer the last try in time: a hanging server, a captive Wi-Fi portal, a stuck proxy. */
let notAnswering = false;
/** A tap that reached the room only after its vote closed: not counted, and the phone says so (which, if a change). */
let tooLate: { round: number; words: string } | null = null;

const THANKS = 'Thank you for taking part. Nothing about your vote was kept.';
/**
 * What happens to the account's page, said truly: it stays open after the workshop ends (the room server has gone,
 * so a reload or a closed tab cannot bring it back); the words stay stored on this phone either way.
 */
const SAVE_WARNING = {
  live: 'Save it or email it to yourself before the workshop ends. After that, this page stays open until you close or reload it, and then you cannot open it again. You can finish your account later in the file you save.',
  ended:
    'Save it or email it to yourself now. This page stays open until you close or reload it, and then you cannot open it again. You can finish your account later in the file you save.',
};
const VOTE_IN = 'Your vote is in. It is not shown to anyone by name.';
const SENDING = 'Sending your vote…';
const NOT_ANSWERING =
  'The room is not answering at the moment. Your vote is kept on this phone and will be sent as soon as the room answers. There is no need to tap again.';
const TOO_LATE = 'Your vote did not reach the room before the vote closed, so it was not counted.';
const CHANGE_TOO_LATE =
  'Your change did not reach the room before the vote closed, so your vote stays as it was before the change.';
const LOST_TOUCH =
  'This phone has lost touch with the room. It is trying again. If this lasts, check the phone is on the room’s Wi-Fi, or tell the facilitator.';

function readKept(): Kept | null {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as Kept) : null;
    return parsed && typeof parsed.token === 'string' && typeof parsed.code === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

function keep(next: Kept | null): void {
  kept = next;
  try {
    if (next) localStorage.setItem(KEY, JSON.stringify(next));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage blocked (private browsing): the vote still counts; a reload will ask for the code again.
  }
}

function show(title: string, ...children: (Node | string | null)[]): void {
  const focused = document.activeElement;
  heading.textContent = title;
  clear(body);
  if (lostTouch) body.append(el('p', { className: 'phone-problem', role: 'alert' }, LOST_TOUCH));
  for (const c of children) if (c !== null) body.append(c);
  // A part drawn again as it was (the earlier accounts) keeps the focus it had.
  if (focused instanceof HTMLElement && focused !== document.activeElement && focused.isConnected) focused.focus();
}

/**
 * A request to the room. With `limitSeconds`, an answer that has not come by then is given up on, as 'no-answer'
 * (the room may still have it: only a request that can safely arrive twice is given a limit).
 */
async function post(
  url: string,
  data: unknown,
  limitSeconds?: number,
): Promise<{ ok: boolean; message?: string; reason?: string; [k: string]: unknown }> {
  // Not AbortSignal.timeout: older phones' browsers lack it.
  const limit = new AbortController();
  const timer = limitSeconds === undefined ? undefined : window.setTimeout(() => limit.abort(), limitSeconds * 1000);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(data),
      signal: limit.signal,
    });
    return (await response.json()) as { ok: boolean; message?: string };
  } catch {
    if (limit.signal.aborted) return { ok: false, reason: 'no-answer' };
    return {
      ok: false,
      reason: 'unreachable',
      message: 'This phone could not reach the room. Check it is on the room’s Wi-Fi, then try again.',
    };
  } finally {
    window.clearTimeout(timer);
  }
}

function askForCode(problem: string | null): void {
  lostTouch = false;
  // No room now: the last room's account joins the earlier ones, on this screen, until its room is joined again.
  if (account) putAccountAside();
  const input = el('input', {
    type: 'text',
    id: 'room-code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: 12,
    required: true,
  });
  const form = el(
    'form',
    {},
    el('label', { for: 'room-code' }, 'The code on the room’s screen'),
    input,
    el('button', { type: 'submit', className: 'phone-primary' }, 'Join the room'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void join(input.value);
  });
  show(
    'Join the room vote',
    problem ? el('p', { role: 'alert' }, problem) : null,
    el('p', {}, 'No name and no account. Your vote is counted, never shown by name.'),
    form,
    earlierAccounts(),
  );
  input.focus();
}

async function join(code: string): Promise<void> {
  const answer = await post('room/api/join', { code });
  if (!answer.ok || typeof answer.token !== 'string') {
    askForCode(answer.message ?? 'That did not work. Try again.');
    return;
  }
  const joined = code.replace(/\s+/g, '').toUpperCase();
  keep({ code: joined, token: answer.token, vote: null });
  if (account && account.code !== joined) putAccountAside();
  const back = account ? null : earlier.find((a) => a.code === joined);
  if (back) {
    // The same room again (a reload after the page lost it): its account is this room's again.
    account = back;
    earlier = earlier.filter((a) => a !== back);
    storeEarlier();
    storeAccount();
  }
  listen();
}

function listen(): void {
  if (!kept) return;
  events?.close();
  events = new EventSource(`room/api/phone/events?token=${encodeURIComponent(kept.token)}`);
  events.addEventListener('room', (e) => {
    const next = JSON.parse((e as MessageEvent<string>).data) as PhoneView;
    const before = lostTouch ? null : view;
    if (lostTouch) announce('Back in touch with the room.');
    lostTouch = false;
    view = next;
    draw(before);
    // The room is answering: a vote kept on this phone goes now (after a reload, too), unless a try is under way.
    if (kept?.sending && !kept.sending.unsent) void send();
  });
  events.addEventListener('error', () => {
    // Trying again by itself: say so on screen, so nobody taps into a room that cannot hear them unawares.
    if (events?.readyState === EventSource.CONNECTING && view && !lostTouch) {
      lostTouch = true;
      draw(view);
    }
    // The browser retries by itself while the stream was good. A refused or dropped stream closes for good: ask
    // the room whether it still knows this phone before giving up on it. (A page being reloaded closes its
    // stream too; the vote kept on this phone must survive that.)
    if (events?.readyState === EventSource.CLOSED) window.setTimeout(() => void stillInRoom(), 1000);
  });
}

async function stillInRoom(): Promise<void> {
  if (!kept) return;
  const answer = await post('room/api/phone/hello', { token: kept.token });
  if (answer.ok) listen();
  else if (answer.reason === 'unknown-phone' || answer.reason === 'ended') {
    keep(null);
    askForCode('The room has changed. Enter the code on the room’s screen to join again.');
  } else {
    show(
      'Reconnecting…',
      el('p', { role: 'alert' }, answer.message ?? 'The room could not be reached.'),
      el('p', {}, 'This page keeps trying. If it lasts, tell the facilitator: a card or a hand works too.'),
    );
    window.setTimeout(() => void stillInRoom(), 3000);
  }
}

function draw(before: PhoneView | null): void {
  if (!view) return;
  if (view.session && kept) keepAccount(view.session, kept.code);
  if (view.ended) {
    const room = kept?.code;
    events?.close();
    keep(null);
    notAnswering = false;
    if (account && account.code === room) drawAccount(true);
    else show('The workshop has ended', el('p', {}, THANKS), earlierAccounts());
    return;
  }
  const round = view.round;
  // The debrief: each participant's own reflective account, unless a vote is open.
  if (account && view.session && !round?.open) {
    drawAccount(false);
    return;
  }
  if (!round) {
    show(
      'Waiting for a vote',
      el('p', {}, 'Keep this page open. When the facilitator opens a vote, the options appear here.'),
      earlierAccounts(),
    );
    return;
  }
  const mine = kept?.vote?.round === round.id ? kept.vote : null;
  const changed = !before?.round || before.round.id !== round.id || before.round.open !== round.open;
  if (changed) problem = null;
  if (round.open) drawOpen(round, mine, changed);
  else {
    // A vote still on its way when the round closed: the room's answer to it says whether it counted.
    const waiting = kept?.sending?.round === round.id && !kept.sending.unsent;
    show(
      round.revealed ? 'The result is on the room’s screen' : 'The vote is closed',
      tooLate?.round === round.id ? el('p', { className: 'phone-problem' }, tooLate.words) : null,
      waiting
        ? el('p', { className: notAnswering ? 'phone-problem' : 'phone-note' }, notAnswering ? NOT_ANSWERING : SENDING)
        : null,
      mine && !waiting ? el('p', { className: 'phone-in' }, VOTE_IN) : null,
      el(
        'p',
        {},
        round.revealed
          ? 'Look up: the room’s screen shows how the room voted.'
          : 'The result will show on the room’s screen.',
      ),
    );
    if (changed) announce(round.revealed ? 'The result is on the room’s screen.' : 'The vote is closed.');
  }
}

function drawOpen(round: RoundView, mine: Kept['vote'], announceIt: boolean): void {
  const list = el('ol', { className: 'phone-options' });
  const choices: Choice[] = [...round.options.map((_, i) => i), 'rather-not'];
  // A tap on its way (once the room has answered the last one that failed) shows at once on the option tapped.
  const sending = trying || notAnswering ? (kept?.sending?.round === round.id ? kept.sending : null) : null;
  const chosen = sending ? (sending.after ?? sending.choice) : mine?.choice;
  for (const choice of choices) {
    const label = choice === 'rather-not' ? 'I’d rather not say' : round.options[choice]!;
    const button = el(
      'button',
      { type: 'button', 'aria-pressed': chosen === choice ? 'true' : 'false', 'data-choice': String(choice) },
      choice === 'rather-not' ? null : el('span', { className: 'phone-number' }, `${choice + 1}.`),
      label,
      sending && chosen === choice
        ? el('span', { className: 'phone-sending' }, notAnswering ? 'Waiting to send' : 'Sending…')
        : null,
    );
    if (sending && chosen === choice) button.dataset.sending = '';
    button.addEventListener('click', () => void vote(round, choice));
    list.append(el('li', {}, button));
  }
  // Drawn again as a tap goes: the option that had focus keeps it.
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.choice : undefined;
  // The revote looks different from the first vote: it says it is the second, and that a mind may change.
  show(
    round.revote ? 'Vote again: what would you do now?' : 'What would you do?',
    problem ? el('p', { className: 'phone-problem', role: 'alert' }, problem) : null,
    round.revote
      ? el(
          'p',
          { className: 'phone-revote', 'data-revote': '' },
          'This is the second vote, after the discussion. Choose the same as before, or change your mind.',
        )
      : null,
    sending
      ? el('p', { className: notAnswering ? 'phone-problem' : 'phone-note' }, notAnswering ? NOT_ANSWERING : SENDING)
      : mine
        ? el('p', { className: 'phone-in' }, `${VOTE_IN} You can change it until the vote closes.`)
        : el('p', { className: 'phone-note' }, 'Choose one. You can change it until the vote closes.'),
    list,
  );
  if (focused !== undefined && !announceIt) list.querySelector<HTMLElement>(`[data-choice="${focused}"]`)?.focus();
  if (announceIt) {
    announce(round.revote ? 'The second vote is open.' : 'A vote is open.');
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

/** A key for one tap, unguessable; made here, so the room never holds it (crypto.randomUUID needs HTTPS). */
function newRequestKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function redrawOpen(round: RoundView): void {
  if (view?.round?.id === round.id && view.round.open)
    drawOpen(round, kept?.vote?.round === round.id ? kept.vote : null, false);
}

async function vote(round: RoundView, choice: Choice): Promise<void> {
  if (!kept) return;
  tooLate = null;
  const earlier = kept.sending?.round === round.id ? kept.sending : null;
  if (earlier && (trying || notAnswering)) {
    // A tap while the last is on its way: this one goes, as a change, once the room has answered that one.
    if (choice === earlier.choice) delete earlier.after;
    else earlier.after = choice;
    keep(kept);
    redrawOpen(round);
    announce(notAnswering ? NOT_ANSWERING : SENDING);
    return;
  }
  // The same option again after a tap that could not reach the room is the same tap: it counts once if both arrive.
  const again = earlier?.choice === choice ? earlier : null;
  const receipt = kept.vote?.round === round.id ? kept.vote.receipt : null;
  if (again) delete again.unsent;
  keep({ ...kept, sending: again ?? { round: round.id, choice, request: newRequestKey(), receipt } });
  problem = null;
  await send();
}

/**
 * Sends the tap kept on this phone, shown at once as on its way. No answer within ROOM_ANSWER_SECONDS: the phone
 * says the room is not answering and tries again, the same tap, until it answers (or the page hears from the room).
 */
async function send(): Promise<void> {
  const tap = kept?.sending;
  if (!kept || !tap || trying) return;
  trying = true;
  // Shown as on its way at once; a try after one that had no answer changes nothing on screen.
  const round = view?.round?.id === tap.round ? view.round : null;
  if (round?.open && !notAnswering) {
    redrawOpen(round);
    announce(SENDING);
  }
  const answer = await post(
    'room/api/vote',
    { token: kept.token, round: tap.round, choice: tap.choice, receipt: tap.receipt, request: tap.request },
    ROOM_ANSWER_SECONDS,
  );
  trying = false;
  if (!kept || kept.sending?.request !== tap.request) return;
  const current = kept.sending;
  if (answer.reason === 'no-answer') {
    if (!notAnswering) {
      notAnswering = true;
      if (view) draw(view);
      announce(NOT_ANSWERING);
    }
    void send();
    return;
  }
  notAnswering = false;
  if (answer.reason === 'unreachable') {
    // This phone cannot reach the room at all (off the Wi-Fi, the server stopped): said at once, tapped again by
    // hand. The tap is kept, so the same option tapped again is the same tap.
    delete current.after;
    current.unsent = true;
    keep(kept);
    problem = `Your vote did not go through. ${answer.message ?? 'Try again.'}`;
    if (view) draw(view);
    return;
  }
  if (answer.ok && typeof answer.receipt === 'string') {
    const counted = { round: tap.round, choice: tap.choice, receipt: answer.receipt };
    const next = current.after;
    const open = view?.round?.id === tap.round && view.round.open;
    keep({
      ...kept,
      vote: counted,
      sending:
        next !== undefined && open
          ? { round: tap.round, choice: next, request: newRequestKey(), receipt: answer.receipt }
          : null,
    });
    if (kept.sending) {
      void send();
      return;
    }
    problem = null;
    if (view) draw(view);
    announce(VOTE_IN);
    body.querySelector<HTMLButtonElement>(`[data-choice="${String(tap.choice)}"]`)?.focus();
    return;
  }
  keep({ ...kept, sending: null });
  if (answer.reason === 'no-vote-open') {
    // The room answered, but after the vote had closed: on the closed vote's screen, or above the next vote. A change
    // that came too late leaves the vote it would have changed counted.
    tooLate = { round: tap.round, words: tap.receipt === null ? TOO_LATE : CHANGE_TOO_LATE };
    if (view?.round?.id !== tap.round) problem = tooLate.words;
    if (view) draw(view);
    announce(tooLate.words);
    return;
  }
  // On screen as well as read out: a tap that did nothing visible reads as a vote that counted.
  problem = `Your vote did not go through. ${answer.message ?? 'Try again.'}`;
  if (view) draw(view);
}

// ---- the participant's own reflective account ----

let account: KeptAccount | null = readAccount();

function readAccount(): KeptAccount | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(ACCOUNT_KEY) ?? 'null') as KeptAccount | null;
    return parsed && typeof parsed.code === 'string' && parsed.session && parsed.answers
      ? { ...parsed, answers: keptAnswers(parsed.answers) }
      : null;
  } catch {
    return null;
  }
}

function storeAccount(): void {
  try {
    localStorage.setItem(ACCOUNT_KEY, JSON.stringify(account));
  } catch {
    // Storage blocked: what is written lasts as long as the page; saving a file or emailing it still works.
  }
}

/**
 * The room's latest session; what this participant wrote stays. Another room's account (the same phone at next
 * week's workshop) is set aside, never written over.
 */
function keepAccount(session: SessionForPhones, code: string): void {
  if (account && account.code !== code) putAccountAside();
  const answers = account?.code === code ? account.answers : keptAnswers(null);
  account = { code, session, answers };
  storeAccount();
}

function hasWords(answers: ParticipantAnswers): boolean {
  return (
    PARTICIPANT_PARTS.some((key) => answers[key].trim() !== '') ||
    answers.standards.length > 0 ||
    answers.cpdTime !== ''
  );
}

// ---- accounts from earlier rooms ----

let earlier: KeptAccount[] = readEarlier();
/** Drawn once for the list as it is, so a screen drawn again keeps what is open and where focus is. */
let earlierDrawn: HTMLElement | null = null;

function readEarlier(): KeptAccount[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(EARLIER_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed)
      ? (parsed as KeptAccount[])
          .filter((a) => a && typeof a.code === 'string' && a.session && a.answers)
          .map((a) => ({ ...a, answers: keptAnswers(a.answers) }))
      : [];
  } catch {
    return [];
  }
}

function storeEarlier(): void {
  earlierDrawn = null;
  try {
    if (earlier.length) localStorage.setItem(EARLIER_KEY, JSON.stringify(earlier));
    else localStorage.removeItem(EARLIER_KEY);
  } catch {
    // Storage blocked or full: the list lasts as long as the page, and each can still be saved as a file.
  }
}

/** The account on this phone moves to the earlier ones (if anything is written in it), never written over. */
function putAccountAside(): void {
  const old = account;
  if (!old) return;
  if (hasWords(old.answers)) {
    earlier = [old, ...earlier.filter((a) => a.code !== old.code)];
    storeEarlier();
  }
  account = null;
  try {
    localStorage.removeItem(ACCOUNT_KEY);
  } catch {
    // Storage blocked: nothing was kept to move.
  }
}

/** A button that asks before it deletes (askBeforeLosing's rule), then says what went. */
function deleteControl(label: string, question: string, onYes: () => void): HTMLElement {
  const start = el('button', { type: 'button', className: 'phone-secondary phone-danger' }, label);
  const questionId = `delete-question-${Math.random().toString(36).slice(2)}`;
  const yes = el('button', { type: 'button', className: 'phone-danger' }, 'Yes, delete it');
  const no = el('button', { type: 'button', className: 'phone-secondary' }, 'No, keep it');
  const confirm = el(
    'div',
    { className: 'phone-confirm', role: 'group', 'aria-labelledby': questionId, hidden: true },
    el('p', { id: questionId }, question),
    yes,
    no,
  );
  const asking = askBeforeLosing(confirm, no);
  start.addEventListener('click', () => asking.open());
  no.addEventListener('click', () => {
    confirm.hidden = true;
    start.focus();
  });
  yes.addEventListener('click', onYes);
  return el('div', { className: 'phone-delete' }, start, confirm);
}

function saveAsFile(which: KeptAccount): void {
  const url = URL.createObjectURL(new Blob([accountText(which)], { type: 'text/plain;charset=utf-8' }));
  const link = el('a', { href: url, download: fileName(which.session) });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  announce('The account is saved as a file on this phone.');
}

/** "Email it to myself", built when tapped so it carries what was written up to then. */
function emailLink(which: () => KeptAccount | null, attrs: Record<string, string>): HTMLAnchorElement {
  const email = el('a', { className: 'phone-secondary', href: '#', ...attrs }, 'Email it to myself');
  email.addEventListener('click', () => {
    const acc = which();
    if (!acc) return;
    email.setAttribute(
      'href',
      `mailto:?subject=${encodeURIComponent(`Reflective account: ${acc.session.title}`)}&body=${encodeURIComponent(accountText(acc))}`,
    );
  });
  return email;
}

/** The accounts kept from earlier rooms: each to read, save, email or delete. Null when there are none. */
function earlierAccounts(): HTMLElement | null {
  if (!earlier.length) return null;
  if (earlierDrawn) return earlierDrawn;
  const items = earlier.map((acc, i) => {
    const save = el(
      'button',
      { type: 'button', className: 'phone-primary', 'data-earlier-save': '' },
      'Save it as a file',
    );
    save.addEventListener('click', () => saveAsFile(acc));
    const headingId = `earlier-${i}`;
    const item: HTMLElement = el(
      'li',
      { 'aria-labelledby': headingId, 'data-earlier': acc.code },
      el('h3', { id: headingId }, `${acc.session.title}, ${acc.session.date}`),
      el('details', {}, el('summary', {}, 'Read it'), el('pre', { className: 'phone-account-text' }, accountText(acc))),
      save,
      emailLink(() => acc, { 'data-earlier-email': '' }),
      deleteControl(
        'Delete it from this phone',
        `Delete your account from “${acc.session.title}” on ${acc.session.date} from this phone? What you wrote goes for good. Save it or email it first if you want it.`,
        () => {
          earlier = earlier.filter((a) => a !== acc);
          const section = earlierDrawn;
          storeEarlier();
          // Taken off the screen where it is, so nothing else on it (a box being written in) is drawn again.
          if (earlier.length) item.remove();
          else section?.remove();
          say('That account is deleted from this phone.');
        },
      ),
    );
    return item;
  });
  earlierDrawn = el(
    'section',
    { className: 'phone-earlier' },
    el(
      'h2',
      { id: 'earlier-heading' },
      earlier.length === 1
        ? 'Your reflective account from an earlier workshop'
        : 'Your reflective accounts from earlier workshops',
    ),
    el(
      'p',
      {},
      'What you wrote then is kept on this phone, as you left it. Save it or email it to yourself; it stays here until you delete it.',
    ),
    el('ul', { className: 'phone-earlier-list' }, ...items),
  );
  return earlierDrawn;
}

/** Said aloud and shown at the top until the screen next changes. */
function say(words: string): void {
  body.prepend(el('p', { className: 'phone-in', role: 'status' }, words));
  heading.setAttribute('tabindex', '-1');
  heading.focus();
}

function accountText(which: KeptAccount): string {
  return accountToText(participantAccount(which.session, which.answers));
}

function fileName(session: SessionForPhones): string {
  const slug = session.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `reflective-account-${slug || 'workshop'}.txt`;
}

/** What the room did together: redrawn as the debrief goes on, without touching what is being typed. */
function accountFacts(session: SessionForPhones): HTMLElement {
  const row = (term: string, ...detail: (Node | string)[]) => [el('dt', {}, term), el('dd', {}, ...detail)];
  const list = (items: string[]) => el('ul', {}, ...items.map((i) => el('li', {}, i)));
  return el(
    'dl',
    { className: 'phone-facts', 'data-account-facts': '' },
    ...row('Story', session.title),
    ...row('Date', session.date),
    ...row('Type of learning', 'Participatory: a facilitated group session'),
    ...(session.outcomes.length ? row('What the session set out to help you learn', list(session.outcomes)) : []),
    ...(session.decisions.length ? row('What the room played', list(session.decisions)) : []),
    ...(session.commitments.length ? row('The room’s commitments', list(session.commitments)) : []),
  );
}

function drawAccount(ended: boolean): void {
  if (!account) return;
  const title = ended ? 'The workshop has ended' : 'The group debrief';
  const drawn = body.querySelector<HTMLElement>('[data-account]');
  if (drawn && drawn.dataset.account === account.code) {
    // Already on screen: only the room's part changes, so nothing being typed loses its place.
    heading.textContent = title;
    body.querySelector('[data-account-facts]')?.replaceWith(accountFacts(account.session));
    body.querySelector('[data-account-ended]')?.toggleAttribute('hidden', !ended);
    body.querySelector('[data-account-live]')?.toggleAttribute('hidden', ended);
    const warning = body.querySelector('[data-save-warning]');
    if (warning) warning.textContent = SAVE_WARNING[ended ? 'ended' : 'live'];
    const time = body.querySelector<HTMLInputElement>('#account-cpd-time');
    if (time && !account.answers.cpdTime && document.activeElement !== time)
      time.value = timeSpent(account.session.minutes);
    return;
  }
  const { session, answers } = account;
  const counted = timeSpent(session.minutes);
  const time = el('input', {
    type: 'text',
    id: 'account-cpd-time',
    className: 'phone-field',
    'aria-describedby': 'account-cpd-time-hint',
  });
  time.value = answers.cpdTime || counted;
  time.addEventListener('input', () => {
    if (!account) return;
    account.answers.cpdTime = time.value === timeSpent(account.session.minutes) ? '' : time.value;
    storeAccount();
  });
  const fields = PARTICIPANT_PARTS.map((key) => {
    const id = `account-${key}`;
    const { label, hint } = ACCOUNT_PARTS[key];
    const box = el('textarea', {
      id,
      rows: 4,
      className: 'phone-field',
      ...(hint ? { 'aria-describedby': `${id}-hint` } : {}),
    });
    box.value = answers[key];
    box.addEventListener('input', () => {
      if (!account) return;
      account.answers[key] = box.value;
      storeAccount();
    });
    return el(
      'div',
      { className: 'phone-account-field' },
      el('label', { for: id }, label),
      hint ? el('p', { id: `${id}-hint`, className: 'phone-note' }, hint) : null,
      box,
    );
  });
  const standards = el(
    'div',
    { className: 'phone-standards' },
    el('p', {}, STANDARDS_QUESTION),
    ...STANDARDS.groups.map((group, g) =>
      el(
        'fieldset',
        {},
        el('legend', {}, group.title),
        group.note ? el('p', { className: 'phone-note' }, group.note) : null,
        ...group.items.map((item, i) => {
          const id = `account-standard-${g}-${i}`;
          const tick = el('input', {
            type: 'checkbox',
            id,
            value: item.id,
            checked: answers.standards.includes(item.id),
          });
          tick.addEventListener('change', () => {
            if (!account) return;
            const ticked = new Set(account.answers.standards);
            if (tick.checked) ticked.add(item.id);
            else ticked.delete(item.id);
            account.answers.standards = STANDARDS.groups
              .flatMap((gr) => gr.items.map((it) => it.id))
              .filter((x) => ticked.has(x));
            storeAccount();
          });
          return el('div', { className: 'phone-check' }, tick, el('label', { for: id }, item.text));
        }),
      ),
    ),
  );
  const save = el(
    'button',
    { type: 'button', className: 'phone-primary', 'data-account-save': '' },
    'Save it as a file',
  );
  save.addEventListener('click', () => {
    if (account) saveAsFile(account);
  });
  const email = emailLink(() => account, { 'data-account-email': '' });
  const remove = deleteControl(
    'Delete my account from this phone',
    'Delete your reflective account from this phone? What you wrote goes for good. Save it or email it first if you want it.',
    () => {
      account = null;
      try {
        localStorage.removeItem(ACCOUNT_KEY);
      } catch {
        // Storage blocked: the account only lived in this page, and it has gone from it.
      }
      // Drawn afresh, so the boxes on screen go with it: a debrief still going starts an empty one for this room.
      body.querySelector('[data-account]')?.remove();
      if (view?.ended) show('The workshop has ended', el('p', {}, THANKS), earlierAccounts());
      else draw(view);
      say('Your account is deleted from this phone.');
    },
  );
  show(
    title,
    el('p', { 'data-account-ended': '', hidden: !ended }, THANKS),
    el(
      'p',
      { 'data-account-live': '', hidden: ended },
      'The debrief is on the room’s screen. Your own reflective account is here, to write now or later.',
    ),
    el(
      'section',
      { className: 'phone-account', 'data-account': account.code },
      el('h2', { id: 'account-heading' }, 'Your reflective account'),
      el(
        'p',
        {},
        'For your CPD or revalidation records: this workshop counts as participatory learning. What you write stays on this phone. Nobody else sees it, and it is not sent to the room.',
      ),
      el('p', { className: 'phone-in', 'data-save-warning': '' }, SAVE_WARNING[ended ? 'ended' : 'live']),
      accountFacts(session),
      el(
        'div',
        { className: 'phone-account-field' },
        el('label', { for: 'account-cpd-time' }, 'Time I’m counting as CPD'),
        el(
          'p',
          { id: 'account-cpd-time-hint', className: 'phone-note' },
          'The workshop’s length, the group debrief included. Change it to the time you are counting.',
        ),
        time,
      ),
      ...fields,
      standards,
      save,
      email,
      remove,
    ),
    earlierAccounts(),
  );
}

const code = new URLSearchParams(location.search).get('c');
if (kept && (!code || kept.code === code.replace(/\s+/g, '').toUpperCase())) listen();
else if (code) void join(code);
else askForCode(null);
