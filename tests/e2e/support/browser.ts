// Helpers for the real-browser tests: Debian's chromium driven by playwright-core
// (Playwright's own browser download is not available on the build machines).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type CDPSession, type Download, type Page, type Request } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath } from '../../../scripts/chromiumLaunch';
import { AXE_TAGS, axeFile, axeSource, failOnViolations, runAxe } from './axe';

const CHROMIUM = chromiumPath();

/**
 * The e2e project's one headless Chromium (started by globalSetup.ts), connected afresh for this test file: each
 * file still gets its own contexts, and `browser.close()` in afterAll disconnects it without stopping the browser.
 * WebGL is off (`--disable-3d-apis`, Phaser falls back to Canvas): software WebGL costs about a fifth of the
 * machine per page. `{ stage3d: true }` launches a browser of its own with WebGL, only for tests about the stage's
 * drawing itself.
 */
export function launchBrowser(opts: { stage3d?: boolean } = {}): Promise<Browser> {
  if (opts.stage3d) return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  return chromium.connect(inject('browserWsEndpoint'));
}

export interface NewPageOptions {
  /** Serve from another origin/folder than the global dist/ (e.g. `${url}/sub`). */
  baseUrl?: string;
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  /** Default 'load'. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
}

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught page errors and HTTP failures (status ≥ 400), in order. Assert `toEqual([])`. */
  errors: string[];
}

/** Join a base (with or without trailing slash) and a path, keeping any subfolder in the base. */
export function urlFor(base: string, pagePath: string): string {
  return base.replace(/\/+$/, '') + (pagePath.startsWith('/') ? pagePath : `/${pagePath}`);
}

const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

/** Collect console errors, uncaught page errors and HTTP failures into whatever `sink()` returns at the time. */
function watchErrors(page: Page, sink: () => string[]): void {
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location().url;
    // Chromium asks for /favicon.ico on its own when the page names no icon; that 404 is not the game's.
    if (where.endsWith('/favicon.ico') && msg.text().startsWith('Failed to load resource')) return;
    sink().push(`console: ${msg.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (err) => sink().push(`pageerror: ${err.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400) sink().push(`http ${res.status()}: ${res.url()}`);
  });
  // A request the page itself abandoned by loading a new document (a test's reload while a chunk was on its way) is
  // not a failure a learner meets: Chromium reports it as net::ERR_ABORTED. Any other failure, or an abort with no
  // navigation since the request began, still counts.
  let documents = 0;
  const startedIn = new WeakMap<Request, number>();
  page.on('request', (req) => {
    // A new document's own request starts before the old page's requests are abandoned.
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) documents++;
    startedIn.set(req, documents);
  });
  page.on('requestfailed', (req) => {
    const errorText = req.failure()?.errorText ?? '?';
    if (errorText === 'net::ERR_ABORTED' && (startedIn.get(req) ?? documents) < documents) return;
    // A blob: address has no network behind it: only unloading its page (or revoking it) aborts one, and the old
    // page can still start one in the instant after a test’s navigation began, so it is
    // counted as the new document's. A fresh clone's CI failed once on exactly that, after a page.goto.
    if (errorText === 'net::ERR_ABORTED' && req.url().startsWith('blob:') && documents > 1) return;
    sink().push(`request failed: ${req.url()} (${errorText})`);
  });
}

/**
 * Open `${baseUrl}${path}` in a fresh context (own storage, so tests do not share saves).
 * Close it with `page.context().close()`, or just close the browser in afterAll.
 * For a test that needs only one page at a time, `cleanPage` is cheaper.
 */
export async function newPage(browser: Browser, pagePath: string, opts: NewPageOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? DEFAULT_VIEWPORT,
    reducedMotion: opts.reducedMotion,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  watchErrors(page, () => errors);
  await page.goto(urlFor(opts.baseUrl ?? inject('baseUrl'), pagePath), { waitUntil: opts.waitUntil ?? 'load' });
  return { page, errors };
}

export interface CleanPageOptions extends NewPageOptions {
  /**
   * Scripts run in every document before the page's own (`addInitScript`, e.g. storage that throws). They cannot be
   * taken off a page again, so each set has a tab of its own, named: calls with the same name pass the same scripts.
   */
  tab?: { name: string; initScripts: (() => void)[] };
}

/**
 * An init script: a learner who hid the stage on this device earlier ("Show the stage" off in their settings), for
 * files whose subject is not the play screen (a page with the stage costs about twice the CPU to open and play).
 * It sets the setting only where the device has none, so a test that changes settings keeps its own. The stage's
 * own tests, and the play screen's (learnerFlow, theatre, settings, opening), keep the stage on.
 */
export function stageHiddenEarlier(): void {
  try {
    if (localStorage.getItem('allyship:settings') === null)
      localStorage.setItem('allyship:settings', JSON.stringify({ stage: false }));
  } catch {
    // A document without storage (about:blank), or storage that refuses: nothing to set.
  }
}

interface ReusedTab {
  page: Page;
  cdp: CDPSession;
  errors: string[];
  /** Every http(s) origin the tab has asked anything of since it was last cleaned. */
  origins: Set<string>;
}

const tabs = new WeakMap<Browser, Map<string, Promise<ReusedTab>>>();

async function openTab(browser: Browser, initScripts: (() => void)[]): Promise<ReusedTab> {
  const context = await browser.newContext({ viewport: DEFAULT_VIEWPORT });
  for (const script of initScripts) await context.addInitScript(script);
  const page = await context.newPage();
  const tab: ReusedTab = { page, cdp: await context.newCDPSession(page), errors: [], origins: new Set() };
  watchErrors(page, () => tab.errors);
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'http:' || url.protocol === 'https:') tab.origins.add(url.origin);
  });
  return tab;
}

/**
 * Like `newPage`, but one tab serves a whole test file: each call hands it over as a first visit would find the
 * game — the last page unloaded (about:blank), everything the tab's origins kept cleared (local and session
 * storage, IndexedDB, cookies, caches), the viewport and reduced-motion setting as asked, no routes — and a fresh
 * `errors` list. A new context and page cost about twice the CPU of a navigation (a new renderer process and
 * window); a file opening ten pages saves seconds.
 * Only for tests that use one page at a time; a test that adds init scripts names its own tab (`opts.tab`).
 * A test may close the page; the next call opens another.
 */
export async function cleanPage(browser: Browser, pagePath: string, opts: CleanPageOptions = {}): Promise<OpenedPage> {
  const name = opts.tab?.name ?? '';
  let named = tabs.get(browser);
  if (!named) tabs.set(browser, (named = new Map()));
  let tab = await named.get(name);
  if (tab && !tab.page.isClosed()) await clean(tab);
  else {
    await tab?.page.context().close();
    const opening = openTab(browser, opts.tab?.initScripts ?? []);
    named.set(name, opening);
    tab = await opening;
  }
  const { page } = tab;
  await page.setViewportSize(opts.viewport ?? DEFAULT_VIEWPORT);
  // `null` is no emulation at all, as in a context made without the option.
  await page.emulateMedia({ reducedMotion: opts.reducedMotion ?? null });
  tab.errors = [];
  await page.goto(urlFor(opts.baseUrl ?? inject('baseUrl'), pagePath), { waitUntil: opts.waitUntil ?? 'load' });
  return { page, errors: tab.errors };
}

async function clean(tab: ReusedTab): Promise<void> {
  // The last test's page stops reporting into its `errors` here (requests it still had in flight fail as it goes).
  tab.errors = [];
  // Other tabs a test opened in this context go, with what they hold in memory.
  for (const other of tab.page.context().pages()) if (other !== tab.page) await other.close();
  // The tab's sessionStorage first (the author preview keeps its place there): Chromium 150's 'all' below leaves
  // it, and CDP's DOMStorage.clear wants a frame of the origin, so visit an empty page of each origin and empty it
  // there. Leaving the last page this way also unloads it: what it writes as it goes (pagehide, autosave) lands
  // before any clearing.
  const origins = [...tab.origins];
  for (const origin of origins) {
    await tab.page.route(`${origin}/__clean__`, (route) => route.fulfill({ body: '', contentType: 'text/html' }));
    await tab.page.goto(`${origin}/__clean__`);
    await tab.page.evaluate(() => {
      try {
        sessionStorage.clear();
      } catch {
        // A test that takes storage away (withoutStorage) has nothing here to clear.
      }
    });
  }
  await tab.page.goto('about:blank');
  for (const origin of origins) await tab.cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  tab.origins.clear();
  await tab.page.context().clearCookies();
  await tab.page.unrouteAll({ behavior: 'ignoreErrors' });
}

async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  const hasCsp = await page.evaluate(() => !!document.querySelector('meta[http-equiv="Content-Security-Policy" i]'));
  // The built page carries a Content-Security-Policy that refuses inline scripts (and logs a console
  // error we would then report). Evaluating through the DevTools protocol is not subject to it.
  if (hasCsp) await page.evaluate(await axeSource());
  else await page.addScriptTag({ path: axeFile() });
}

/**
 * Run axe-core with the WCAG 2.0/2.1 A and AA rules and fail with a readable list.
 * `context` is an optional CSS selector limiting the audit (default: the whole document).
 * axe cannot see inside a canvas: all text and controls must be DOM.
 */
export async function expectNoAxeViolations(page: Page, context?: string): Promise<void> {
  await injectAxe(page);
  failOnViolations(await page.evaluate(runAxe, { selector: context ?? null, tags: AXE_TAGS }), page.url(), context);
}

/** What has keyboard focus, as a plain object that predicates and failure messages can read. */
export interface Focused {
  tag: string;
  id: string;
  role: string | null;
  /** aria-label, else the trimmed text content (first 80 characters). */
  name: string;
  testId: string | null;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement ?? document.body;
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      role: el.getAttribute('role'),
      name: text.slice(0, 80),
      testId: el.getAttribute('data-testid'),
    };
  });
}

/**
 * Press Tab until `predicate` holds for the focused element; returns it. Keyboard-only tests use this
 * instead of click(). Fails after `max` presses, listing what focus visited.
 */
export async function tabUntil(page: Page, predicate: (el: Focused) => boolean, max = 50): Promise<Focused> {
  const visited: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await focused(page);
    if (predicate(el)) return el;
    visited.push(`${el.tag}${el.id ? `#${el.id}` : ''} "${el.name}"`);
  }
  throw new Error(`tabUntil: no match after ${max} Tab presses. Focus visited:\n  ${visited.join('\n  ')}`);
}

const execFileAsync = promisify(execFile);

/** Print the page to PDF (headless chromium only) and return its text via pdftotext (poppler-utils). */
export async function pdfText(page: Page): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'allyship-pdf-'));
  try {
    const file = path.join(dir, 'page.pdf');
    await writeFile(file, await page.pdf({ format: 'A4', printBackground: true }));
    const { stdout } = await execFileAsync('pdftotext', ['-enc', 'UTF-8', file, '-']);
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text of a finished download, read through playwright (the shared browser is remote: `path()` is not there). */
export async function downloadedText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
