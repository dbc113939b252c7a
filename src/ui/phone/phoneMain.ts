// The phone voting page: join with the room's code, see the options while a vote is open, vote and change the
// vote until it closes. No account and no name. The phone alone keeps what it chose (with the server's receipt,
// which it needs to change its vote); the server keeps counts. Light on purpose: no framework, no fonts, no zod.
import './phone.css';
import { accountToText, timeSpent } from '../../engine/debrief/reflectiveAccount';
import { ACCOUNT_PARTS, STANDARDS_QUESTION, type AccountPartName } from '../../engine/debrief/accountParts';
import {
  keptAnswers,
  participantAccount,
  STANDARDS,
  type ParticipantAnswers,
  type SessionForPhones,
} from '../../facilitation/participantAccount';
import { announce, clear, el } from '../dom';

interface RoundView {
  id: number;
  options: string[];
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
/** What this phone remembers, on this phone only. */
interface Kept {
  code: string;
  token: string;
  vote: { round: number; choice: number | 'rather-not'; receipt: string } | null;
}

const KEY = 'allyship.room.phone';
const ACCOUNT_KEY = 'allyship.room.account';
const heading = document.getElementById('phone-heading')!;
const body = document.getElementById('phone-body')!;
let kept: Kept | null = readKept();
let view: PhoneView | null = null;
let events: EventSource | null = null;
/** Why the last tap did not count, shown on screen (not only read out) until the next vote goes through. */
let problem: string | null = null;
/** The room's stream dropped and the browser is trying again (Wi-Fi gone, phone asleep, the server stopped). */
let lostTouch = false;

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
  heading.textContent = title;
  clear(body);
  if (lostTouch) body.append(el('p', { className: 'phone-problem', role: 'alert' }, LOST_TOUCH));
  for (const c of children) if (c !== null) body.append(c);
}

async function post(
  url: string,
  data: unknown,
): Promise<{ ok: boolean; message?: string; reason?: string; [k: string]: unknown }> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(data),
    });
    return (await response.json()) as { ok: boolean; message?: string };
  } catch {
    return {
      ok: false,
      reason: 'unreachable',
      message: 'This phone could not reach the room. Check it is on the room’s Wi-Fi, then try again.',
    };
  }
}

function askForCode(problem: string | null): void {
  lostTouch = false;
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
  );
  input.focus();
}

async function join(code: string): Promise<void> {
  const answer = await post('room/api/join', { code });
  if (!answer.ok || typeof answer.token !== 'string') {
    askForCode(answer.message ?? 'That did not work. Try again.');
    return;
  }
  keep({ code: code.replace(/\s+/g, '').toUpperCase(), token: answer.token, vote: null });
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
    if (account && account.code === room) drawAccount(true);
    else show('The workshop has ended', el('p', {}, 'Thank you for taking part. Nothing about your vote was kept.'));
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
    );
    return;
  }
  const mine = kept?.vote?.round === round.id ? kept.vote : null;
  const changed = !before?.round || before.round.id !== round.id || before.round.open !== round.open;
  if (changed) problem = null;
  if (round.open) drawOpen(round, mine, changed);
  else {
    show(
      round.revealed ? 'The result is on the room’s screen' : 'The vote is closed',
      mine ? el('p', { className: 'phone-in' }, 'Your vote is in. It is not shown to anyone by name.') : null,
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
  const choices: (number | 'rather-not')[] = [...round.options.map((_, i) => i), 'rather-not'];
  for (const choice of choices) {
    const label = choice === 'rather-not' ? 'I’d rather not say' : round.options[choice]!;
    const button = el(
      'button',
      { type: 'button', 'aria-pressed': mine?.choice === choice ? 'true' : 'false', 'data-choice': String(choice) },
      choice === 'rather-not' ? null : el('span', { className: 'phone-number' }, `${choice + 1}.`),
      label,
    );
    button.addEventListener('click', () => void vote(round, choice));
    list.append(el('li', {}, button));
  }
  show(
    'What would you do?',
    problem ? el('p', { className: 'phone-problem', role: 'alert' }, problem) : null,
    mine
      ? el(
          'p',
          { className: 'phone-in' },
          'Your vote is in. It is not shown to anyone by name. You can change it until the vote closes.',
        )
      : el('p', { className: 'phone-note' }, 'Choose one. You can change it until the vote closes.'),
    list,
  );
  if (announceIt) {
    announce('A vote is open.');
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

async function vote(round: RoundView, choice: number | 'rather-not'): Promise<void> {
  if (!kept) return;
  const receipt = kept.vote?.round === round.id ? kept.vote.receipt : null;
  const answer = await post('room/api/vote', { token: kept.token, round: round.id, choice, receipt });
  if (!answer.ok || typeof answer.receipt !== 'string') {
    // On screen as well as read out: a tap that did nothing visible reads as a vote that counted.
    problem = `Your vote did not go through. ${answer.message ?? 'Try again.'}`;
    drawOpen(round, kept.vote?.round === round.id ? kept.vote : null, false);
    return;
  }
  problem = null;
  keep({ ...kept, vote: { round: round.id, choice, receipt: answer.receipt } });
  drawOpen(round, kept.vote, false);
  announce('Your vote is in. It is not shown to anyone by name.');
  body.querySelector<HTMLButtonElement>(`[data-choice="${String(choice)}"]`)?.focus();
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

/** The room's latest session; what this participant wrote stays, unless it is another room's. */
function keepAccount(session: SessionForPhones, code: string): void {
  const answers = account?.code === code ? account.answers : keptAnswers(null);
  account = { code, session, answers };
  storeAccount();
}

/** The solo Record's parts, in its order and words (accountParts.ts), bar "what happened": the room's part is above. */
const PARTS: (AccountPartName & keyof ParticipantAnswers)[] = [
  'realSituation',
  'learned',
  'changePractice',
  'impact',
  'peerReflection',
  'codeRelevance',
];

function accountText(): string {
  return account ? accountToText(participantAccount(account.session, account.answers)) : '';
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
  const fields = PARTS.map((key) => {
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
    if (!account) return;
    const url = URL.createObjectURL(new Blob([accountText()], { type: 'text/plain;charset=utf-8' }));
    const link = el('a', { href: url, download: fileName(account.session) });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce('The account is saved as a file on this phone.');
  });
  const email = el('a', { className: 'phone-secondary', href: '#', 'data-account-email': '' }, 'Email it to myself');
  // Built when tapped, so it carries what was written up to then.
  email.addEventListener('click', () => {
    if (!account) return;
    email.setAttribute(
      'href',
      `mailto:?subject=${encodeURIComponent(`Reflective account: ${account.session.title}`)}&body=${encodeURIComponent(accountText())}`,
    );
  });
  show(
    title,
    el(
      'p',
      { 'data-account-ended': '', hidden: !ended },
      'Thank you for taking part. Nothing about your vote was kept.',
    ),
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
      el(
        'p',
        { className: 'phone-in' },
        'Save it or email it to yourself before you close this page: the page goes when the workshop ends. You can finish it later in the file.',
      ),
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
    ),
  );
}

const code = new URLSearchParams(location.search).get('c');
if (kept && (!code || kept.code === code.replace(/\s+/g, '').toUpperCase())) listen();
else if (code) void join(code);
else askForCode(null);
