// Build DOM with text only: every string becomes a text node, so story text, tag values and anything a file
// or a save brings in can never become markup.
type Child = Node | string | null | undefined | false;
type Props = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function')
      node.addEventListener(key.replace(/^on/, '').toLowerCase(), value as EventListener);
    else if (key === 'className') node.className = String(value);
    else if (value === true) node.setAttribute(key, '');
    else node.setAttribute(key, String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/**
 * Move focus to `target` where what was on screen has just been taken away (a screen replaced, a part hidden, an
 * exploration closed), and bring it into the window if it is not there, to the middle as Chromium and Firefox do.
 * WebKit, the engine of Safari and of every browser on an iPhone, leaves the window where the shorter page cut it
 * off: a learner who took the curtain call from the end of a story saw the bottom of its first part, its heading
 * 850 px above (WebKitGTK 2.50, tests/e2e/webkit.test.ts).
 */
export function focusInView(target: HTMLElement): void {
  target.focus({ preventScroll: true });
  const box = target.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) target.scrollIntoView?.({ block: 'center' });
}

/**
 * Put focus on a panel's heading, which a screen reader then reads, once. A panel that takes focus is not also an
 * alert or a status message: each would say it again. Only when focus cannot go there (a modal dialog over the page
 * keeps it) is the message said through the live region instead.
 */
export function focusOrSay(heading: HTMLElement, message: string): void {
  focusInView(heading);
  if (document.activeElement !== heading) announce(message);
}

/** Say something once to screen readers through the polite live region (never story text). */
export function announce(message: string): void {
  const region = document.getElementById('status');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after a tick makes screen readers read a repeated message again.
  window.setTimeout(() => (region.textContent = message), 30);
}

/**
 * A speaker's words shown briefly and said in full ("Dawn: " on screen, "Dawn, to you: " to a screen reader, on a
 * story line, which cannot take an aria-label): the shown words hidden from screen readers, the whole of what is
 * said in one piece that is not shown. A control says its name in full with `aria-label` instead ("Begin: Sitting
 * in Reception"), which axe-core reads; it does not read the stylesheet's words.
 *
 * What is said is the stylesheet's words (`.said::before`, app.css, from the `data-said` attribute: text, never
 * markup), not the page's: browsers name a focused line with them, as with any words in it, but leave them out of a
 * selection, the clipboard and find-in-page. As a text node, hidden only to the eye, it was copied with the line
 * ("Dawn: Dawn, to you:Hello") and found by Ctrl+F.
 *
 * Not the shown words plus a hidden tail (", to you: "): a visually hidden box is positioned, so laid out as a
 * block, and Chromium names a focused line from its contents with a space on each side of a block ("Dawn , to
 * you :"), which a braille display shows as it is. One hidden piece holding everything said has no join to put a
 * space in.
 */
export function shownAndSaid(shown: string, said: string): DocumentFragment {
  const words = document.createDocumentFragment();
  words.append(el('span', { 'aria-hidden': 'true' }, shown), el('span', { className: 'said', 'data-said': said }));
  return words;
}
