// Part 1, Pause: reactions first (the PEARLS debrief). Nothing here is required, nothing is scored, and the
// support signposts come from a file the organisation can edit.
import { DEFAULT_SUPPORT, supportFrom, type SupportConfig } from '../../engine/debrief/supportSignposts';
import { append, clear, el } from '../dom';
import { answerField } from './answerField';
import type { DebriefContext, DebriefPart } from './debriefInput';

/**
 * The feelings box is the learner's alone unless they choose otherwise. Feelings straight after a story (the PEARLS
 * reactions phase) are often for letting go of, not evidence: an account goes to a manager, a confirmer or a peer,
 * and a box that might end up there without asking invites the learner to write less (r19 journey notes, session 14).
 * But Gibbs' reflective cycle, which many nurses and social workers write their CPD in, has "feelings" as a stage
 * of its own, and some learners want theirs in the record. So a box beside it, off by default and kept with the
 * answers, puts these words in the account (session 15). The hint above the box always says which it is, and where
 * the words are kept: on this device, or, where the device keeps nothing, nowhere once the page closes. When the
 * device stops keeping words as they type, the warning beside this box (mountDebrief.ts) offers to copy these words
 * while they are not in the account, and to download the account once they are.
 */
export function pausePart(ctx: DebriefContext): DebriefPart {
  const feelings = answerField(ctx, {
    name: 'feelings',
    label: 'How are you left feeling? (optional)',
    hint: feelingsHint(ctx, ctx.answers().feelingsInAccount),
    value: ctx.answers().feelings,
    onInput: (value) => ctx.save({ feelings: value }),
  });
  const inAccount = el('input', {
    type: 'checkbox',
    id: ctx.id('feelings-in-account'),
    'aria-describedby': ctx.id('feelings-in-account-hint'),
  });
  const hint = feelings.wrapper.querySelector<HTMLElement>('.debrief-hint')!;
  const showChoice = (chosen: boolean) => {
    inAccount.checked = chosen;
    hint.textContent = feelingsHint(ctx, chosen);
    // Read by mountDebrief.ts when the device stops keeping words: how to keep these ones depends on it.
    if (chosen) delete feelings.wrapper.dataset.notInAccount;
    else feelings.wrapper.dataset.notInAccount = '';
  };
  showChoice(ctx.answers().feelingsInAccount);
  inAccount.addEventListener('change', () => {
    ctx.save({ feelingsInAccount: inAccount.checked });
    showChoice(inAccount.checked);
  });
  // After "Delete everything" the answers are empty again, and so is this choice.
  ctx.onReset(() => showChoice(false));
  feelings.wrapper.append(
    el(
      'div',
      { className: 'debrief-check' },
      inAccount,
      el(
        'div',
        {},
        el('label', { for: inAccount.id }, 'Put these words in my reflective account'),
        el(
          'p',
          { id: ctx.id('feelings-in-account-hint'), className: 'debrief-hint' },
          // The NMC reflective-account form (learning, change to practice, the Code) and Social Work England's CPD record
          // (the activity, learning, impact, peer reflection) ask for no feelings, and a confirmer or manager reads them.
          'Some ways of reflecting, such as Gibbs’ cycle, include how you felt. The NMC and Social Work England forms don’t ask for it. Leave it unticked to keep these words just for you.',
        ),
      ),
    ),
  );
  const support = el('section', { className: 'debrief-support' });
  showSupport(ctx, support, null);
  loadSupport(ctx, support);
  const body = el(
    'div',
    {},
    el(
      'p',
      {},
      'Stories like this one can stir up memories of real moments at work. Take a breath before you look back at what happened.',
    ),
    feelings.wrapper,
    support,
  );
  // The Record has the same choice (recordPart.ts): shown as it is now each time this part is.
  return { id: 'pause', title: 'Pause', body, onShow: () => showChoice(ctx.answers().feelingsInAccount) };
}

/** Under "How are you left feeling?": whether these words are in the account, and where they are kept. */
function feelingsHint(ctx: DebriefContext, inAccount: boolean): string {
  const keeps = ctx.deviceKeeps();
  if (inAccount)
    return keeps
      ? 'You do not have to write anything. You chose to put this in your reflective account, so it is in what you download, print or copy. It stays on this device.'
      : 'You do not have to write anything. You chose to put this in your reflective account, so it is in what you download, print or copy. This device can’t keep it: download, print or copy your account before you close the page.';
  return keeps
    ? 'You do not have to write anything. This is just for you: it isn’t part of your reflective account, so it isn’t in what you download, print or copy. It stays on this device.'
    : 'You do not have to write anything. This is just for you: it isn’t part of your reflective account, and this device can’t keep it, so it goes when you close the page.';
}

function loadSupport(ctx: DebriefContext, into: HTMLElement): void {
  const controller = new AbortController();
  ctx.onDestroy(() => controller.abort());
  // No cache: an organisation's edit shows up the next time the curtain call opens.
  fetch(ctx.input.supportUrl, { signal: controller.signal, cache: 'no-cache' })
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
    .then((data: unknown) => showSupport(ctx, into, supportFrom(data)))
    .catch(() => {
      if (!controller.signal.aborted) showSupport(ctx, into, DEFAULT_SUPPORT);
    });
}

// Until the file arrives the national default shows, so there is never an empty space where help should be.
function showSupport(ctx: DebriefContext, into: HTMLElement, config: SupportConfig | null): void {
  const shown = config ?? DEFAULT_SUPPORT;
  clear(into);
  const list = el('ul', { className: 'debrief-signposts' });
  for (const signpost of shown.signposts) {
    const item = el('li', {}, el('strong', {}, signpost.name), ' ', signpost.detail);
    if (signpost.contact) {
      item.append(
        ' ',
        signpost.phone
          ? el('a', { href: `tel:${signpost.phone.replace(/\s/g, '')}` }, signpost.contact)
          : signpost.contact + '.',
      );
    }
    if (signpost.url) {
      item.append(
        ' ',
        el(
          'a',
          { href: signpost.url, target: '_blank', rel: 'noopener noreferrer' },
          `${signpost.name} website (opens in a new tab)`,
        ),
      );
    }
    list.append(item);
  }
  append(
    into,
    el('h3', { id: ctx.id('support-heading') }, shown.heading),
    el('p', {}, shown.intro),
    list,
    shown.emergency ? el('p', { className: 'debrief-emergency' }, shown.emergency) : null,
  );
}
