// Part 1, Pause: reactions first (the PEARLS debrief). Nothing here is required, nothing is scored, and the
// support signposts come from a file the organisation can edit.
import { DEFAULT_SUPPORT, supportFrom, type SupportConfig } from '../../engine/debrief/supportSignposts';
import { append, clear, el } from '../dom';
import { answerField } from './answerField';
import type { DebriefContext, DebriefPart } from './debriefInput';

/**
 * The feelings box is the learner's alone, and stays out of the reflective account (r19 journey notes, Remains; session 14). Feelings
 * straight after a story (the PEARLS reactions phase) are for letting go of, not evidence: an account goes to a
 * manager, a confirmer or a peer, and a box that might end up in it invites the learner to write less. A learner who
 * wants a feeling in their account writes it there in their own words. So the box says, beside it, that it isn't in
 * what they download, print or copy, and where it is kept: on this device, or, where the device keeps nothing, nowhere
 * once the page closes. When the device stops keeping words as they type, the warning beside this box says so and
 * offers to copy these words (mountDebrief.ts), not to download an account they are not in.
 */
export function pausePart(ctx: DebriefContext): DebriefPart {
  const feelings = answerField(ctx, {
    name: 'feelings',
    label: 'How are you left feeling? (optional)',
    hint: ctx.deviceKeeps()
      ? 'You do not have to write anything. This is just for you: it isn’t part of your reflective account, so it isn’t in what you download, print or copy. It stays on this device.'
      : 'You do not have to write anything. This is just for you: it isn’t part of your reflective account, and this device can’t keep it, so it goes when you close the page.',
    value: ctx.answers().feelings,
    onInput: (value) => ctx.save({ feelings: value }),
  });
  feelings.wrapper.dataset.notInAccount = '';
  const support = el('section', { className: 'debrief-support', 'aria-labelledby': ctx.id('support-heading') });
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
  return { id: 'pause', title: 'Pause', body };
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
