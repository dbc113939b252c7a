// Keyboard-only moves around the game that several browser tests share: open the site bar's dialogs, begin a
// story, take a choice. Every move is a key press; nothing is clicked.
import type { FileChooser, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * What finding focus needs of a page: keys and a look at the page. Both drivers' pages have it (Chromium's through
 * playwright-core, Firefox's through puppeteer-core), so the Firefox test tabs through the game the same way.
 */
interface KeyPage {
  keyboard: { press(key: string): Promise<void>; down(key: string): Promise<void>; up(key: string): Promise<void> };
  evaluate<R>(fn: () => R): Promise<Awaited<R>>;
}

export interface FocusedInfo {
  tag: string;
  id: string;
  name: string;
  type: string | null;
  action: string | null;
  slot: string | null;
}

/**
 * The focused element, named by its aria-label or else by its words: those shown, then those said and not shown
 * (`data-said`, the stylesheet's words: shownAndSaid in src/ui/dom.ts), so a test finds "Begin" by its story too.
 */
export async function focusedInfo(page: KeyPage): Promise<FocusedInfo> {
  return page.evaluate(() => {
    const el = document.activeElement ?? document.body;
    const said = el.cloneNode(true) as Element;
    said.querySelectorAll('[data-said]').forEach((words) => (words.textContent = words.getAttribute('data-said')));
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      name: (el.getAttribute('aria-label') ?? said.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120),
      type: el.getAttribute('type'),
      action: el.getAttribute('data-action'),
      slot: el.getAttribute('data-slot'),
    };
  });
}

/** Press `key` (Tab or Shift+Tab) until the focused element matches; fails listing where focus went. */
export async function pressUntil(
  page: KeyPage,
  key: 'Tab' | 'Shift+Tab',
  predicate: (f: FocusedInfo) => boolean,
  max = 60,
): Promise<FocusedInfo> {
  const visited: string[] = [];
  for (let i = 0; i < max; i++) {
    // Shift held down by hand: puppeteer-core presses one key at a time (playwright-core's 'Shift+Tab' does the same).
    if (key === 'Shift+Tab') await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    if (key === 'Shift+Tab') await page.keyboard.up('Shift');
    const f = await focusedInfo(page);
    if (predicate(f)) return f;
    visited.push(`${f.tag}${f.id ? `#${f.id}` : ''} "${f.name.slice(0, 50)}"`);
  }
  throw new Error(`pressUntil(${key}): no match after ${max} presses. Focus visited:\n  ${visited.join('\n  ')}`);
}

/** The site bar sits above <main>: reach its buttons by tabbing backwards from wherever focus is. */
export async function openSiteDialog(page: Page, which: 'settings' | 'saves'): Promise<void> {
  await pressUntil(page, 'Shift+Tab', (f) => f.id === `${which}-button`);
  await page.keyboard.press('Enter');
  await page.locator(`#${which}-dialog[open]`).waitFor();
}

/** Focus a radio or checkbox in the settings dialog by id, with Tab alone. */
export async function tabToControl(page: Page, id: string | RegExp): Promise<void> {
  await pressUntil(page, 'Tab', (f) => (typeof id === 'string' ? f.id === id : id.test(f.id)));
}

/** Choose a value of a radio group in the settings dialog: Tab into the group, then arrow keys. */
export async function chooseRadio(page: Page, group: string, value: string | number): Promise<void> {
  await tabToControl(page, new RegExp(`^setting-${group}-`));
  for (let i = 0; i < 8; i++) {
    const f = await focusedInfo(page);
    if (f.id === `setting-${group}-${value}`) break;
    await page.keyboard.press('ArrowDown');
  }
  expect(await page.locator(`#setting-${group}-${value}`).isChecked()).toBe(true);
}

export async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page
    .locator('dialog[open]')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  expect(await page.locator('dialog[open]').count()).toBe(0);
}

/** From the foyer, Tab to the first story's Begin (or Start from the beginning) button and press it. */
export async function beginFirstStory(page: Page): Promise<void> {
  await page.locator('.production').first().waitFor();
  // Its words start with those on its face ("Begin"), then those said in full ("Begin: Sitting in Reception").
  await pressUntil(page, 'Tab', (f) => f.tag === 'button' && /^(Begin|Start from the beginning)/.test(f.name));
  await page.keyboard.press('Enter');
  await page.locator('.transcript .line, .error-panel').first().waitFor();
  // Say why, if the story did not open (a failing test should name its cause, not just time out).
  if (!(await page.locator('.transcript .line').count()))
    throw new Error(`the story did not open: ${await page.locator('.error-panel').first().textContent()}`);
}

/** Tab to option `n` (1-based) of the choices on offer and press Enter; waits for the next passage. */
export async function takeChoice(page: Page, n = 1): Promise<void> {
  await page.locator('.choices button').first().waitFor();
  const before = await page.locator('.transcript .passage').count();
  const chosen = await page.locator('.transcript .chosen').count();
  await pressUntil(page, 'Tab', (f) => f.tag === 'button' && new RegExp(`^${n}(?!\\d)`).test(f.name));
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([p, c]) =>
      document.querySelectorAll('.transcript .chosen').length > c ||
      document.querySelectorAll('.transcript .passage').length !== p,
    [before, chosen],
  );
}

/** The text of the options on offer now. */
export async function choiceTexts(page: Page): Promise<string[]> {
  return page.locator('.choices .choice-text').allTextContents();
}

// Playwright turns on file-chooser interception without waiting for it, so a chooser opened straight after the
// first listener is added can slip past. Listen from the moment the page opens; file choosers queue up here.
const chooserQueues = new WeakMap<Page, ((c: FileChooser) => void)[]>();

export function watchFileChoosers(page: Page): void {
  if (chooserQueues.has(page)) return;
  const queue: ((c: FileChooser) => void)[] = [];
  chooserQueues.set(page, queue);
  page.on('filechooser', (chooser) => queue.shift()?.(chooser));
}

/** Tab to a file input, press Space (as a keyboard user would) and give the chooser this file. */
export async function chooseFile(page: Page, inputId: string, file: { name: string; text: string }): Promise<void> {
  const queue = chooserQueues.get(page);
  if (!queue) throw new Error('chooseFile: call watchFileChoosers(page) when the page opens');
  await pressUntil(page, 'Tab', (f) => f.id === inputId);
  const chosen = new Promise<FileChooser>((resolve) => queue.push(resolve));
  await page.keyboard.press('Space');
  const chooser = await chosen;
  await chooser.setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
}
