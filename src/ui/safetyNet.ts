// The last line of defence: an error nothing else caught must never leave a blank or frozen-looking page. A calm
// panel says what happened and offers a reload; the automatic save means the learner loses at most one choice.
import { el, focusInView, focusOrSay } from './dom';

// Chromium reports these through window.onerror although nothing is broken.
const HARMLESS = [/ResizeObserver loop/i];

let shown = false;

function showPanel(): void {
  if (shown) return;
  const main = document.getElementById('main') ?? document.body;
  shown = true;
  // A page that never drew its own heading gets this one as its first.
  const heading = el(main.querySelector('h1') ? 'h2' : 'h1', { tabindex: '-1' }, 'Something went wrong');
  const reload = el('button', { type: 'button', className: 'primary' }, 'Reload the page');
  reload.addEventListener('click', () => location.reload());
  const dismiss = el('button', { type: 'button' }, 'Carry on without reloading');
  const panel = el(
    'div',
    { className: 'error-panel safety-net' },
    heading,
    el(
      'p',
      {},
      'The game ran into a problem it did not expect. Your place is saved at every choice you make, so reloading the page should bring you back to where you were.',
    ),
    el('div', { className: 'button-row' }, reload, dismiss),
  );
  dismiss.addEventListener('click', () => {
    panel.remove();
    shown = false;
    focusInView(document.querySelector<HTMLElement>('main h1') ?? main);
  });
  // Put at the top of the page's content, so it is seen even if the screen below it is half drawn.
  main.prepend(panel);
  focusOrSay(heading, 'Something went wrong. You can reload the page.');
}

export function installSafetyNet(): void {
  window.addEventListener('error', (event) => {
    // A resource that failed to load (an image, a font) also fires here, without an error object: not ours to shout about.
    if (!(event instanceof ErrorEvent)) return;
    if (HARMLESS.some((re) => re.test(event.message ?? ''))) return;
    showPanel();
  });
  window.addEventListener('unhandledrejection', () => showPanel());
}
