// A screen reader, virtually, inside the real Chromium page: @guidepup/virtual-screen-reader walks the page's
// accessibility tree as a screen reader's reading cursor does, hears focus moves and live regions, and keeps the
// log of what it would have said. It is not NVDA, JAWS or VoiceOver: it follows the W3C mappings (accname, core-aam,
// html-aam), not any one reader's habits, so it shows the order and the words a learner hears, not the voice.
// Keys are pressed by playwright, real key events in Chromium, so the game reacts as it does to a person.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromiumLaunch';

const require = createRequire(import.meta.url);

/** The package's browser bundle, an ES module, turned into a script that puts its `virtual` on the window. */
async function readerScript(): Promise<string> {
  const file = require.resolve('@guidepup/virtual-screen-reader/browser.js');
  const source = await readFile(file, 'utf8');
  const exported = [...source.matchAll(/export\s*\{([^}]*)\}\s*;?/g)].at(-1);
  if (!exported) throw new Error(`virtualReader: no export list found in ${file}; has the bundle's shape changed?`);
  const names = exported[1]!
    .split(',')
    .map((part) => part.trim().split(/\s+as\s+/))
    .map(([local, name]) => `${name ?? local}: ${local}`);
  const body = source.slice(0, exported.index) + `window.__virtualReader = { ${names.join(', ')} };`;
  // A function of its own, so the bundle's many short top-level names do not land on the game's window.
  return `(() => {\n${body}\n})();`;
}

let script: Promise<string> | null = null;

/**
 * A Chromium of its own for reading, which hands each element's accessible role and name as Chromium itself computes
 * them for screen readers (`computedRole`, `computedName`: Blink's ComputedAccessibilityInfo). The virtual reader
 * takes those over its own computation where they are there, so a name is the one NVDA or JAWS would get from this
 * browser, not a second opinion of it.
 */
export function launchReadingBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, '--enable-blink-features=ComputedAccessibilityInfo'],
  });
}

interface ReaderOnWindow {
  virtual: {
    start(o: { container: Node }): Promise<void>;
    next(): Promise<void>;
    lastSpokenPhrase(): Promise<string>;
    spokenPhraseLog(): Promise<string[]>;
    clearSpokenPhraseLog(): Promise<void>;
    activeNode: Node | null;
  };
  /** Indexes in the reader's log of steps a real screen reader does not take (inside a button: `readUntil`). */
  skipped: Set<number>;
  /** The last thing said before the log was last forgotten: where the reading cursor is. */
  lastSaid: string;
}

/**
 * Start the virtual reader on the whole page. The built page's Content-Security-Policy refuses inline scripts, so
 * the bundle is evaluated through the DevTools protocol (as axe-core is: browser.ts), which the policy does not bind.
 */
export async function startReader(page: Page): Promise<Reader> {
  script ??= readerScript();
  await page.evaluate(await script);
  await page.evaluate(async () => {
    const reader = (window as unknown as { __virtualReader: ReaderOnWindow }).__virtualReader;
    reader.skipped = new Set();
    reader.lastSaid = '';
    await reader.virtual.start({ container: document.body });
  });
  return new Reader(page);
}

export class Reader {
  constructor(private readonly page: Page) {}

  /**
   * Everything said since the reader started (or since `forget`), in order: what reading on said, what focus moves
   * said, and live-region messages (prefixed "polite: " or "assertive: ").
   */
  log(): Promise<string[]> {
    return this.page.evaluate(async () => {
      const reader = (window as unknown as { __virtualReader: ReaderOnWindow }).__virtualReader;
      const log = await reader.virtual.spokenPhraseLog();
      return log.filter((_, i) => !reader.skipped.has(i));
    });
  }

  /**
   * Read on, item by item (a screen reader's down arrow in browse mode), until an item matching `until` is said;
   * returns what was said on the way, that item last. Fails with what was heard if the page wraps round first.
   *
   * The virtual reader also steps into a button's own text ("button, Begin", then "Begin", then "end of button").
   * A real reader does not: in ARIA a button's children are presentational, so NVDA, JAWS and VoiceOver say a
   * button once, by its name. Those steps are taken but left out of what was heard, so a word said twice in the log
   * is one a learner hears twice.
   */
  async readUntil(until: RegExp, max = 400): Promise<string[]> {
    const heard = await this.page.evaluate(
      async ({ source, flags, max }) => {
        const reader = (window as unknown as { __virtualReader: ReaderOnWindow }).__virtualReader;
        const { virtual } = reader;
        const wanted = new RegExp(source, flags);
        // Said once, as one item, by the name their content gives them: ARIA 1.2's roles whose children are
        // presentational, and headings and links.
        const leaves =
          'button, [role=button], img, [role=img], input, select, textarea, progress, meter, [role=checkbox], ' +
          '[role=radio], [role=switch], [role=tab], [role=option], [role=slider], [role=progressbar], ' +
          '[role=separator], h1, h2, h3, h4, h5, h6, [role=heading], a[href], [role=link]';
        const said: string[] = [];
        let first: { node: Node | null; phrase: string } | null = null;
        for (let i = 0; i < max; i++) {
          await virtual.next();
          const phrase = await virtual.lastSpokenPhrase();
          const node = virtual.activeNode;
          if (first && node === first.node && phrase === first.phrase) return { said, found: false };
          first ??= { node, phrase };
          const element = node instanceof Element ? node : (node?.parentElement ?? null);
          const leaf = element?.closest(leaves);
          if (leaf && (leaf !== node || phrase.startsWith('end of '))) {
            reader.skipped.add((await virtual.spokenPhraseLog()).lastIndexOf(phrase));
            continue;
          }
          said.push(phrase);
          if (wanted.test(phrase)) return { said, found: true };
        }
        return { said, found: false };
      },
      { source: until.source, flags: until.flags, max },
    );
    if (!heard.found)
      throw new Error(
        `readUntil ${until}: not heard in ${heard.said.length} items. Heard:\n  ${heard.said.join('\n  ')}`,
      );
    return heard.said;
  }

  /**
   * Give keyboard focus to the item under the reading cursor, as a screen reader does in browse mode before a key
   * goes to a control (NVDA's Enter on a button, VoiceOver's VO-Space).
   */
  async focusHere(): Promise<void> {
    await this.page.evaluate(async () => {
      const reader = (window as unknown as { __virtualReader: ReaderOnWindow }).__virtualReader;
      const { virtual } = reader;
      const here = (await virtual.lastSpokenPhrase()) || reader.lastSaid;
      const from = (await virtual.spokenPhraseLog()).length;
      const node = virtual.activeNode;
      const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
      element?.focus();
      // The reader hears the focus move a tick later, and says again the item it is already on; a real screen
      // reader, whose cursor is already there, says nothing.
      for (let waited = 0; waited < 1000; waited += 20) {
        if ((await virtual.spokenPhraseLog()).slice(from).includes(here)) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const log = await virtual.spokenPhraseLog();
      for (let i = from; i < log.length; i++) if (log[i] === here) reader.skipped.add(i);
    });
  }

  /** Forget what was said so far, so the next assertions read only what follows. */
  async forget(): Promise<void> {
    await this.page.evaluate(async () => {
      const reader = (window as unknown as { __virtualReader: ReaderOnWindow }).__virtualReader;
      reader.lastSaid = (await reader.virtual.lastSpokenPhrase()) || reader.lastSaid;
      await reader.virtual.clearSpokenPhraseLog();
      reader.skipped.clear();
    });
  }
}
