// Part 6, Record: the reflective account to print (or save as PDF from the print window), download as
// Markdown, or copy as text. Only "what happened" is filled in; the rest is the learner's own words.
import { accountFromAnswers } from '../../engine/debrief/accountFromAnswers';
import { ACCOUNT_PARTS, STANDARDS_QUESTION } from '../../engine/debrief/accountParts';
import { comeBackIsDue } from '../../engine/debrief/debriefAnswers';
import {
  accountSections,
  accountToMarkdown,
  accountToText,
  namesInLearnersWords,
  NOT_YET_WRITTEN,
  SELF_REFLECTION_NOTE,
  timeSpent,
  type ReflectiveAccount,
} from '../../engine/debrief/reflectiveAccount';
import { whatHappenedFromLog } from '../../engine/debrief/timeline';
import type { DebriefAnswers } from '../../engine/debrief/debriefAnswers';
import { askBeforeLosing } from '../askBeforeLosing';
import { append, clear, el } from '../dom';
import { actionButton, answerField } from './answerField';
import type { DebriefContext, DebriefPart } from './debriefInput';
import { isoDay, readableDate } from './readableDate';

type AccountText = Exclude<keyof DebriefAnswers['account'], 'whatHappened' | 'cpdTime'>;

export function currentAccount(ctx: DebriefContext): ReflectiveAccount {
  const { input } = ctx;
  return accountFromAnswers({
    header: input.header,
    log: input.log,
    answers: ctx.answers(),
    commitments: ctx.commitments,
    standards: ctx.standards,
    activeMs: input.activeMs ?? null,
    endedAt: input.endedAt,
    participatory: input.participatory,
    formatDate: readableDate,
    today: ctx.today(),
    questions: ctx.prompts,
  });
}

/** The account as a page of its own, for printing: headings, lists and paragraphs, built from text. */
export function printableAccount(account: ReflectiveAccount): HTMLElement {
  const page = el(
    'article',
    {},
    el('h1', {}, `Reflective account: ${account.title}`),
    el('p', {}, el('em', {}, SELF_REFLECTION_NOTE)),
  );
  for (const section of accountSections(account)) {
    page.append(el(section.level === 3 ? 'h3' : 'h2', {}, section.heading));
    if (section.group) continue;
    if (section.items) page.append(el('ul', {}, ...section.items.map((item) => el('li', {}, item))));
    else if (section.paragraphs?.trim()) {
      for (const paragraph of section.paragraphs.trim().split(/\n+/)) page.append(el('p', {}, paragraph));
      // Room to write by hand: a ruled space under a heading with nothing yet.
    } else
      page.append(
        el('p', { className: 'debrief-write-here' }, el('span', { className: 'visually-hidden' }, NOT_YET_WRITTEN)),
      );
    for (const note of section.notes ?? []) page.append(el('p', {}, note));
  }
  return page;
}

function activitySummary(ctx: DebriefContext): HTMLElement {
  const account = currentAccount(ctx);
  const row = (term: string, ...detail: (Node | string)[]) => [el('dt', {}, term), el('dd', {}, ...detail)];
  return el(
    'dl',
    { className: 'debrief-activity' },
    ...row('Story', account.title),
    ...(account.outcomes.length > 0
      ? row(
          'What it set out to help you learn',
          el('ul', {}, ...account.outcomes.map((outcome) => el('li', {}, outcome))),
        )
      : []),
    ...(account.authors.length > 0 ? row('Written by', account.authors.join(', ')) : []),
    ...row('Date', account.date),
    ...row(
      'Type of learning',
      account.participatory ? 'Participatory: a facilitated group session' : 'Non-participatory: played on your own',
    ),
  );
}

/** "Time I'm counting as CPD": filled from the time counted in the story; the learner's words win and are kept. */
function cpdTimeField(ctx: DebriefContext): HTMLElement {
  const minutes = currentAccount(ctx).minutesSpent;
  const counted = minutes === null ? '' : timeSpent(minutes);
  const fieldId = ctx.id('cpd-time');
  const hintId = ctx.id('cpd-time-hint');
  const input = el('input', { type: 'text', id: fieldId, name: 'cpd-time', 'aria-describedby': hintId });
  input.value = ctx.answers().account.cpdTime || counted;
  input.addEventListener('input', () => ctx.save({ account: { cpdTime: input.value === counted ? '' : input.value } }));
  ctx.onReset(() => (input.value = counted));
  return el(
    'div',
    { className: 'debrief-field' },
    el('label', { for: fieldId }, 'Time I’m counting as CPD'),
    el(
      'p',
      { id: hintId, className: 'debrief-hint' },
      `${counted ? `${counted} playing the story, long breaks left out.` : 'The time playing wasn’t counted on this device.'} This debrief adds about 10 minutes: put the time you’re counting.`,
    ),
    input,
  );
}

function standardsChoice(ctx: DebriefContext): HTMLElement {
  const wrapper = el('div', { className: 'debrief-standards' }, el('p', {}, STANDARDS_QUESTION));
  for (const group of ctx.standards.groups) {
    const fieldset = el('fieldset', {}, el('legend', {}, group.title));
    if (group.note) fieldset.append(el('p', { className: 'debrief-hint' }, group.note));
    for (const item of group.items) {
      const boxId = ctx.id(`standard-${item.id}`);
      const box = el('input', { type: 'checkbox', id: boxId, value: item.id });
      box.checked = ctx.answers().standards.includes(item.id);
      box.addEventListener('change', () => {
        const ticked = new Set(ctx.answers().standards);
        if (box.checked) ticked.add(item.id);
        else ticked.delete(item.id);
        ctx.save({ standards: [...ticked] });
      });
      fieldset.append(el('div', { className: 'debrief-check' }, box, el('label', { for: boxId }, item.text)));
    }
    wrapper.append(fieldset);
  }
  return wrapper;
}

function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = el('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function recordPart(ctx: DebriefContext, print: () => void): DebriefPart {
  const { input } = ctx;
  const answers = ctx.answers();
  const status = el('p', { className: 'debrief-status', role: 'status' });
  const warning = el('div', { className: 'debrief-name-warning', role: 'status' });

  const happened = answerField(ctx, {
    name: 'what-happened',
    label: 'What happened',
    hint: 'Filled in from your choices. Change it as you like.',
    value: answers.account.whatHappened ?? whatHappenedFromLog(input.log),
    rows: 5,
    onInput: (value) => ctx.save({ account: { whatHappened: value } }),
  });
  ctx.onReset(() => (happened.textarea.value = whatHappenedFromLog(input.log)));

  // The parts' words are declared once (accountParts.ts): a workshop participant's phone asks the same.
  const own = (name: AccountText) =>
    answerField(ctx, {
      name,
      label: ACCOUNT_PARTS[name].label,
      hint: ACCOUNT_PARTS[name].hint,
      value: answers.account[name],
      onInput: (value) => ctx.save({ account: { [name]: value } }),
    }).wrapper;

  const followUpDue = comeBackIsDue(answers.comeBackOn, ctx.today()) || answers.account.followUp.trim() !== '';

  // The warning looks at the learner's own words that leave the page in the account, a moment after typing stops:
  // never at the story's fiction the game wrote (a warning on words nobody typed teaches learners to dismiss it).
  let timer = 0;
  const namesNow = () => {
    const account = currentAccount(ctx);
    const { commitments } = ctx.answers();
    const own = [
      account.feelings ?? '',
      account.realSituation,
      account.learned,
      account.changePractice,
      account.impact,
      account.peerReflection,
      account.followUp,
      commitments.ownSelf,
      commitments.ownOrganisation,
      ...(account.reflections ?? []).map((reflection) => reflection.answer),
    ];
    const phrases = namesInLearnersWords({
      own,
      whatHappened: ctx.answers().account.whatHappened,
      gameWrote: whatHappenedFromLog(input.log),
      storyNames: input.header.cast.map((member) => member.name),
    });
    return phrases;
  };
  // The warning is a status region: it changes only when the list does, or a screen reader would read it all again
  // at every pause in the learner's typing.
  let warned = '[]';
  const checkNames = () => {
    const phrases = namesNow();
    const now = JSON.stringify(phrases);
    if (now === warned) return;
    warned = now;
    clear(warning);
    if (phrases.length === 0) return;
    warning.append(
      el(
        'p',
        {},
        'Some words look as if they might name a real person or place. Check they are changed before you share this:',
      ),
      el('ul', {}, ...phrases.map((phrase) => el('li', {}, `“${phrase}”`))),
    );
  };
  const body = el('div', {});
  body.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(checkNames, 500);
  });
  ctx.onDestroy(() => window.clearTimeout(timer));
  ctx.onReset(() => {
    clear(warning);
    warned = '[]';
  });

  const bandsBox = el('input', { type: 'checkbox', id: ctx.id('include-bands') });
  bandsBox.checked = answers.includeBands;
  bandsBox.addEventListener('change', () => ctx.save({ includeBands: bandsBox.checked }));
  // The same choice as beside the feelings box in Pause (pausePart.ts), where the learner decides what goes in the
  // record: every curtain call, scored or plain, opens with Pause.
  const feelingsBox = el('input', { type: 'checkbox', id: ctx.id('record-feelings-in-account') });
  feelingsBox.checked = answers.feelingsInAccount;
  feelingsBox.addEventListener('change', () => {
    ctx.save({ feelingsInAccount: feelingsBox.checked });
    checkNames();
  });
  const answersBox = el('input', { type: 'checkbox', id: ctx.id('leave-out-answers') });
  answersBox.checked = answers.leaveOutAnswers;
  answersBox.addEventListener('change', () => {
    ctx.save({ leaveOutAnswers: answersBox.checked });
    checkNames();
  });

  const copyFallback = el('div', { className: 'debrief-copy-fallback', hidden: true });
  const copy = async () => {
    const text = accountToText(currentAccount(ctx));
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      copyFallback.hidden = true;
      status.textContent = 'Copied. You can paste your account into your portfolio or a document.';
    } catch {
      // Some browsers block the clipboard: show the text, selected, so the learner can copy it by hand.
      clear(copyFallback);
      const areaId = ctx.id('copy-text');
      const area = el('textarea', { id: areaId, readonly: true, rows: 10 });
      area.value = text;
      copyFallback.append(el('label', { for: areaId }, 'Your account as text'), area);
      copyFallback.hidden = false;
      area.focus();
      area.select();
      status.textContent =
        'The browser did not allow copying. The text is selected in the box below: press Ctrl and C (or Command and C on a Mac) to copy it.';
    }
  };

  // The account never says it is anonymised (the game can't know): when words still look like a real name as the
  // learner exports, it asks first. The learner decides.
  // The question names the group, so a screen reader says it with the button that takes focus (not just "Yes, …").
  const { question: askFirstQuestion, box: askFirst } = confirmGroup(ctx, 'export-anyway-question');
  let waitingExport: (() => void) | null = null;
  const exportAnyway = actionButton('Yes, export anyway', () => {
    askFirst.hidden = true;
    const act = waitingExport;
    waitingExport = null;
    act?.();
  });
  const checkFirst = actionButton('No, I’ll check them', () => {
    askFirst.hidden = true;
    waitingExport = null;
    warning.querySelector('ul')?.setAttribute('tabindex', '-1');
    (warning.querySelector('ul') as HTMLElement | null)?.focus();
  });
  askFirst.append(
    el('p', { id: askFirstQuestion }, 'Some words may name a real person or place (listed above). Export anyway?'),
    exportAnyway,
    ' ',
    checkFirst,
  );
  const guarded = (act: () => void) => () => {
    if (namesNow().length === 0) return act();
    checkNames();
    waitingExport = act;
    askFirst.hidden = false;
    exportAnyway.focus();
  };
  ctx.onReset(() => {
    askFirst.hidden = true;
    waitingExport = null;
  });

  const actions = el(
    'div',
    { className: 'debrief-actions' },
    actionButton('Print or save as PDF', guarded(print)),
    actionButton(
      'Download as Markdown',
      guarded(() => {
        download(
          `reflective-account-${input.storyId}-${isoDay(new Date(ctx.now()))}.md`,
          accountToMarkdown(currentAccount(ctx)),
        );
        status.textContent = 'Your account has been downloaded as a Markdown file.';
      }),
    ),
    actionButton(
      'Copy as text',
      guarded(() => void copy()),
    ),
  );

  append(
    body,
    el(
      'p',
      {},
      'Your reflective account. Only “What happened” is filled in for you; the rest is in your own words, and every box is optional.',
    ),
    el('p', { className: 'debrief-disclaimer' }, SELF_REFLECTION_NOTE),
    activitySummary(ctx),
    cpdTimeField(ctx),
    happened.wrapper,
    own('realSituation'),
    own('learned'),
    own('changePractice'),
    own('impact'),
    own('peerReflection'),
    followUpDue ? own('followUp') : null,
    own('codeRelevance'),
    standardsChoice(ctx),
    el(
      'div',
      { className: 'debrief-check' },
      feelingsBox,
      el('label', { for: feelingsBox.id }, 'Put how I was left feeling (from part 1, Pause) in my reflective account'),
    ),
    el(
      'div',
      { className: 'debrief-check' },
      answersBox,
      el('label', { for: answersBox.id }, 'Leave my answers to the questions to think about out of this record.'),
    ),
    input.log.scored
      ? el(
          'div',
          { className: 'debrief-check' },
          bandsBox,
          el(
            'label',
            { for: bandsBox.id },
            'Add the three words about how my choices read (whose voice, who decided, acting or standing by). Never scores.',
          ),
        )
      : null,
    warning,
    actions,
    askFirst,
    status,
    copyFallback,
    deleteEverything(ctx),
  );
  const onShow = () => {
    // Pause may have changed it since this part was last shown.
    feelingsBox.checked = ctx.answers().feelingsInAccount;
    checkNames();
  };
  return { id: 'record', title: 'Record', body, onShow };
}

/** A hidden box that asks before something can't be taken back, named by its question (the id returned). */
function confirmGroup(ctx: DebriefContext, questionKey: string): { question: string; box: HTMLElement } {
  const question = ctx.id(questionKey);
  const box = el('div', { className: 'debrief-confirm', role: 'group', 'aria-labelledby': question, hidden: true });
  return { question, box };
}

function deleteEverything(ctx: DebriefContext): HTMLElement {
  const done = el('p', { role: 'status' });
  // What deleting does names the group the focused "No" is in: a screen reader says "cannot be undone" with it.
  const { question, box: confirmBox } = confirmGroup(ctx, 'delete-question');
  const start = actionButton(
    'Delete everything this game has stored',
    () => {
      done.textContent = '';
      asking.open();
    },
    'debrief-danger',
  );
  const yes = actionButton(
    'Yes, delete everything',
    () => {
      ctx.deleteEverything();
      confirmBox.hidden = true;
      done.textContent = 'Everything this game stored for you on this device has been deleted.';
      start.focus();
    },
    'debrief-danger',
  );
  const no = actionButton('No, keep it', () => {
    confirmBox.hidden = true;
    start.focus();
  });
  const asking = askBeforeLosing(confirmBox, no);
  confirmBox.append(
    el(
      'p',
      { id: question },
      'This deletes your answers, your saved places in stories and your settings on this device. It cannot be undone. Download or print your account first if you want to keep it. If a facilitator ran a workshop in this browser, that session is theirs and stays.',
    ),
    yes,
    ' ',
    no,
  );
  return el(
    'section',
    { className: 'debrief-delete' },
    el('h3', { id: ctx.id('delete-heading') }, 'What this game keeps'),
    el(
      'p',
      {},
      'Your answers stay on this device only. They are never sent anywhere, not even to your learning system.',
    ),
    start,
    confirmBox,
    done,
  );
}
