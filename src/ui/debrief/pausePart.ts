// Part 1, Pause: reactions first (the PEARLS debrief). Nothing here is required, nothing is scored, and the
// support signposts come from a file the organisation can edit.
import { DEFAULT_SUPPORT, supportFrom, type SupportConfig } from '../../engine/debrief/supportSignposts';
import { append, clear, el } from '../dom';
import { answerField } from './answerField';
import type { DebriefContext, DebriefPart } from './debriefInput';

export function pausePart(ctx: DebriefContext): DebriefPart {
  const feelings = answerField(ctx, {
    name: 'feelings',
    label: 'How are you left feeling? (optional)',
    hint: 'You do not have to write anything. What you write here stays on this device and is not part of your reflective account.',
    value: ctx.answers().feelings,
    onInput: (value) => ctx.save({ feelings: value }),
  });
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
