// The browser tests' second browser: Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (Playwright
// cannot drive a stock Firefox). Learners on work laptops often have Firefox; the game they get is the same build
// every Chromium test serves (globalSetup.ts), read from the same address.
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { inject } from 'vitest';
import { firefoxEnv, firefoxPath } from '../../../scripts/firefoxLaunch';
import { AXE_TAGS, axeSource, failOnViolations, runAxe } from './axe';
import { urlFor } from './browser';

/** A Firefox of this file's own (each launch is a new profile: nothing kept from another run). */
export function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true, env: firefoxEnv() });
}

export interface FirefoxPage {
  page: Page;
  /** Console errors, uncaught page errors and HTTP failures (status ≥ 400), in order. Assert `toEqual([])`. */
  errors: string[];
}

/** Console errors, uncaught errors and failed requests, as browser.ts collects them from Chromium. */
function watchErrors(page: Page, errors: string[]): void {
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location().url;
    errors.push(`console: ${msg.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err instanceof Error ? err.message : String(err)}`));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`http ${res.status()}: ${res.url()}`);
  });
  // A request the page abandoned by loading a new document (a test's reload) is not a failure a learner meets.
  let documents = 0;
  const startedIn = new WeakMap<HTTPRequest, number>();
  page.on('request', (req) => {
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) documents++;
    startedIn.set(req, documents);
  });
  page.on('requestfailed', (req) => {
    if ((startedIn.get(req) ?? documents) < documents) return;
    errors.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? '?'})`);
  });
}

export interface FirefoxPageOptions {
  /** Default 1280×800. */
  viewport?: { width: number; height: number };
  /** Runs in every document before the page's own scripts (a device's settings from an earlier visit). */
  initScript?: () => void;
}

/** Open `path` of the built game in a fresh browser context (its own storage). */
export async function openInFirefox(
  browser: Browser,
  pagePath: string,
  opts: FirefoxPageOptions = {},
): Promise<FirefoxPage> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(opts.viewport ?? { width: 1280, height: 800 });
  if (opts.initScript) await page.evaluateOnNewDocument(opts.initScript);
  const errors: string[] = [];
  watchErrors(page, errors);
  await page.goto(urlFor(inject('baseUrl'), pagePath), { waitUntil: 'load' });
  return { page, errors };
}

/** axe-core with the rules every Chromium test holds the game to (WebDriver BiDi's evaluate is not bound by the CSP). */
export async function expectNoAxeViolationsIn(page: Page, context?: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource());
  failOnViolations(await page.evaluate(runAxe, { selector: context ?? null, tags: AXE_TAGS }), page.url(), context);
}
