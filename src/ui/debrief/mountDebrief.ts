// The curtain call: the debrief after every story, one part at a time, each part skippable, the learner's
// answers kept on the device as they type. Six parts for a scored story (Pause, What happened, So what,
// What if, Now what, Record); four for a plain ink story (Pause, What happened, questions, Record): Pause and its
// support signposts need nothing from scoring, and a story someone downloaded may be as upsetting as ours.
import commitmentsData from '../../content/commitments.json';
import promptsData from '../../content/prompts.json';
import scriptCardsData from '../../content/scriptCards.json';
import standardsData from '../../content/standards.json';
import { parseCommitments } from '../../engine/debrief/commitmentMenu';
import type { AnswersPatch } from '../../engine/debrief/debriefAnswers';
import { answerBook, nextRotation } from '../answerStore';
import { parsePromptLibrary } from '../../engine/debrief/promptLibrary';
import type { ScriptCard } from '../../engine/debrief/scriptCardPick';
import { selectPrompts } from '../../engine/debrief/selectPrompts';
import { curtainCallAsRead } from '../../engine/debrief/curtainCallAsRead';
import { parseStandards } from '../../engine/debrief/standards';
import { clear, el, focusInView } from '../dom';
import { actionButton } from './answerField';
import { earlierReflections } from './earlierReflections';
import type { DebriefContext, DebriefInput, DebriefPart } from './debriefInput';
import { nowWhatPart } from './nowWhatPart';
import { pausePart } from './pausePart';
import { printableAccount, currentAccount, recordPart } from './recordPart';
import { isoDay } from './readableDate';
import { questionsPart, soWhatPart } from './soWhatPart';
import { whatHappenedPart, momentId } from './whatHappenedPart';
import { whatIfPart } from './whatIfPart';
import './debrief.css';

export type { DebriefInput } from './debriefInput';

let mounted = 0;

/**
 * Once the device has refused a learner's words, closing or reloading the page would lose them: the browser asks
 * first ("Leave site? Changes you made may not be saved"), for the rest of the visit, curtain call open or not (the
 * words live in this page's memory until it goes: deviceStorage.ts), until the learner deletes everything.
 */
let wordsAtRisk = false;
let listening = false;
function askBeforeLeaving(ask: boolean): void {
  wordsAtRisk = ask;
  if (listening || !ask) return;
  listening = true;
  window.addEventListener('beforeunload', (event) => {
    if (!wordsAtRisk) return;
    event.preventDefault();
  });
}

/**
 * Beside a box that is not in the account, once the device has stopped keeping words: what is at stake, and a way to
 * keep these words that doesn't put them in the account. The status inside is on the page before anything is said.
 */
function copyTheseWords(box: HTMLTextAreaElement): Node[] {
  const said = el('span', { role: 'status' });
  const copy = actionButton('Copy what I wrote here', () => {
    const done = () => (said.textContent = ' Copied. Paste it wherever you keep things just for you.');
    const byHand = () => {
      box.focus();
      box.select();
      said.textContent =
        ' The browser didn’t allow copying. Your words are selected in the box: press Ctrl and C (or Command and C on a Mac) to copy them.';
    };
    if (!navigator.clipboard) return byHand();
    navigator.clipboard.writeText(box.value).then(done, byHand);
  });
  return [
    el(
      'p',
      {},
      'This device is not keeping what you write now: it will be lost when you close the page. This box isn’t part of your reflective account, so downloading the account won’t keep it. If you want these words, copy them somewhere of your own.',
    ),
    el('p', {}, copy, said),
  ];
}

export function mountDebrief(container: HTMLElement, given: DebriefInput): { destroy(): void } {
  // A plain ink story may have no title: the account and the heading still need something to call it.
  const input: DebriefInput = given.header.title.trim()
    ? given
    : { ...given, header: { ...given.header, title: given.storyId } };
  const prefix = `debrief-${++mounted}`;
  const cleanups: (() => void)[] = [];
  const resets: (() => void)[] = [];
  const book = answerBook(input.storage, input.storyId, given.header.title);
  const now = input.now ?? (() => Date.now());
  const playthrough = input.playthrough;

  const opened = book.open(playthrough, now());
  let answers = opened.answers;
  const root = el('section', { className: 'debrief' });
  const parts: { part: DebriefPart; section: HTMLElement; heading: HTMLElement }[] = [];
  const notice = el('p', { className: 'debrief-notice', role: 'status' });
  let warnedUnsaved = false;
  const unkept = () => {
    if (warnedUnsaved) return;
    warnedUnsaved = true;
    notice.textContent =
      'Your answers cannot be kept on this device, so they will be lost when you close the page. You can still download, print or copy your account.';
  };
  // When the device refuses what the learner has just written, it is said there too: the notice above may be
  // screens away by then. No live region: the notice above is one, and is heard once.
  const noticeHere = el('div', { className: 'debrief-notice-here' });
  const wordsUnkept = () => {
    unkept();
    askBeforeLeaving(true);
    const writing = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const field = writing && root.contains(writing) ? writing.closest('.debrief-field, .debrief-check') : null;
    if (field && field.nextElementSibling !== noticeHere) field.after(noticeHere);
    const onRecord = parts.at(-1)?.section.hidden === false;
    // A box that is not in the account (Pause's feelings, unless the learner put them in): downloading the account would not keep these words.
    const notInAccount = field instanceof HTMLElement && field.dataset.notInAccount !== undefined;
    const kind = notInAccount ? 'not-in-account' : String(onRecord);
    if (noticeHere.firstChild && noticeHere.dataset.kind === kind) return;
    noticeHere.dataset.kind = kind;
    clear(noticeHere);
    if (notInAccount) {
      noticeHere.append(...copyTheseWords(field.querySelector('textarea')!));
      return;
    }
    noticeHere.append(
      el(
        'p',
        {},
        'This device is not keeping what you write now: it will be lost when you close the page. ',
        onRecord
          ? 'To keep it, download, print or copy your account.'
          : 'To keep it, download, print or copy your account in the last part, Record.',
      ),
      onRecord
        ? actionButton('Go to download, print or copy', () =>
            root.querySelector<HTMLElement>('.debrief-actions button')?.focus(),
          )
        : actionButton('Go to Record', () => show(parts.length - 1)),
    );
  };
  if (answers.rotation === null) {
    // Fixed on first opening, so a reload brings back the same questions beside the answers given to them.
    const rotation = nextRotation(input.storage, input.storyId);
    if (!book.save(playthrough, { rotation }, now())) unkept();
    answers = { ...answers, rotation };
  }
  if (opened.setAside) {
    notice.textContent =
      'Some earlier answers on this device could not be read, so they have been kept aside and this starts afresh.';
  }
  if (opened.unkept) unkept();

  const library = input.promptLibrary ?? parsePromptLibrary(promptsData);
  const selected = selectPrompts(input.log, input.header, library, { rotation: answers.rotation ?? 0 });
  const asRead = curtainCallAsRead(input.log, input.header.cast, selected);
  const ctx: DebriefContext = {
    input,
    library,
    prompts: asRead.prompts,
    asRead,
    commitments: input.commitments ?? parseCommitments(commitmentsData),
    standards: input.standards ?? parseStandards(standardsData),
    scriptCards: input.scriptCards ?? (scriptCardsData as { cards: ScriptCard[] }).cards,
    id: (name) => `${prefix}-${name}`,
    answers: () => answers,
    deviceKeeps: () => !warnedUnsaved,
    save(patch: AnswersPatch) {
      const kept = book.save(playthrough, patch, now());
      answers = book.read(playthrough);
      if (!kept) wordsUnkept();
    },
    goToMoment(decisionIndex) {
      const at = parts.findIndex((entry) => entry.part.id === 'what-happened');
      if (at === -1) return;
      show(at, false);
      document.getElementById(momentId(ctx, decisionIndex))?.focus();
    },
    today: () => isoDay(new Date(now())),
    now,
    onDestroy: (cleanup) => cleanups.push(cleanup),
    onReset: (reset) => resets.push(reset),
    deleteEverything() {
      input.storage.clearAll();
      askBeforeLeaving(false);
      noticeHere.remove();
      input.onDeletedEverything?.();
      answers = book.read(playthrough);
      for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input')) {
        if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = false;
        else field.value = '';
      }
      for (const reset of resets) reset();
    },
  };

  // The printed page is the account alone, rebuilt from the latest answers whenever printing starts.
  const printCopy = el('div', { className: 'debrief-print-copy' });
  const refreshPrintCopy = () => printCopy.replaceChildren(printableAccount(currentAccount(ctx)));
  const print = () => {
    refreshPrintCopy();
    window.print();
  };
  window.addEventListener('beforeprint', refreshPrintCopy);
  cleanups.push(() => window.removeEventListener('beforeprint', refreshPrintCopy));

  const build: ((c: DebriefContext) => DebriefPart)[] = input.log.scored
    ? [pausePart, whatHappenedPart, soWhatPart, whatIfPart, nowWhatPart, (c) => recordPart(c, print)]
    : [pausePart, whatHappenedPart, questionsPart, (c) => recordPart(c, print)];

  function show(index: number, focus = true): void {
    parts.forEach((entry, at) => (entry.section.hidden = at !== index));
    parts[index]!.part.onShow?.();
    // Reaching the Record is what an LMS counts as completion.
    if (parts[index]!.part.id === 'record') input.onRecordReached?.();
    input.onPartShown?.(parts[index]!.part.id);
    if (focus) focusInView(parts[index]!.heading);
  }

  const total = build.length;
  build.forEach((make, index) => {
    const part = make(ctx);
    const headingId = ctx.id(`part-${index + 1}`);
    // The part number sits inside the heading, so moving focus there reads "Part 2 of 6: What happened".
    const heading = el(
      'h2',
      { id: headingId, tabindex: '-1' },
      el('span', { className: 'debrief-progress' }, `Part ${index + 1} of ${total}: `),
      part.title,
    );
    const last = index === total - 1;
    const nav = el('nav', { className: 'debrief-nav', 'aria-label': `Moving between parts, from ${part.title}` });
    if (index > 0) nav.append(actionButton(`Back to part ${index}`, () => show(index - 1)));
    nav.append(
      last
        ? actionButton('Finish and leave the curtain call', () => input.onExit(), 'primary')
        : actionButton(`Continue to part ${index + 2}`, () => show(index + 1), 'primary'),
    );
    const section = el(
      'section',
      { className: 'debrief-part', hidden: true },
      heading,
      last
        ? null
        : el(
            'p',
            { className: 'debrief-skip' },
            actionButton('Skip to the next part', () => show(index + 1), 'debrief-link'),
          ),
      part.body,
      nav,
    );
    parts.push({ part, section, heading });
  });

  const title = el(
    'h1',
    { id: `${prefix}-title`, className: 'debrief-title', tabindex: '-1' },
    `Curtain call: ${input.header.title}`,
  );
  root.append(
    title,
    el(
      'p',
      { className: 'debrief-intro' },
      input.log.scored ? 'Six short parts, about ten minutes in all. ' : 'Four short parts. ',
      'You can skip any of them.',
      // Where the device keeps nothing, the notice below says so; this would say the opposite.
      warnedUnsaved ? '' : ' What you write stays on this device unless you choose to download, print or copy it.',
    ),
    notice,
    earlierReflections(ctx, book),
    ...parts.map((entry) => entry.section),
    printCopy,
  );
  container.append(root);
  // Where a screen-reader user starts (r19 a11y C5). Coming from the end card, focus goes to the h1, "Curtain call:
  // <story>", said once as the page changes; reading on from there meets the company's bow (curtainCall.ts puts it
  // right after the h1), how long this takes and that every part can be skipped, then Part 1. Focus on Part 1's
  // heading skipped all three, and they could be met only by reading back. Opened again (a reload, the foyer's way
  // back, another day), it opens at the part the learner was on, with focus on that part's heading; back at Part 1
  // they had not gone past the bow, so it opens as it first did, from the title, and the bow is met again.
  const openAt = parts.findIndex((entry) => entry.part.id === input.openAt);
  if (openAt > 0) show(openAt);
  else {
    show(0, false);
    focusInView(title);
  }

  return {
    destroy() {
      for (const cleanup of cleanups.splice(0)) cleanup();
      root.remove();
    },
  };
}
