// Trusts and colleges host the game wherever their static host allows, often in a subfolder:
// the build must use relative URLs, so dist/ copied to /sub/ still loads its scripts.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/serveStatic';
import { launchBrowser, newPage } from './support/browser';

let browser: Browser;
let server: StaticServer;
let parent: string;

beforeAll(async () => {
  parent = await mkdtemp(path.join(os.tmpdir(), 'allyship-sub-'));
  await cp(inject('distDir'), path.join(parent, 'sub'), { recursive: true });
  server = await serveStatic(parent);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (parent) await rm(parent, { recursive: true, force: true });
});

test('dist served from /sub/ loads its scripts and shows the heading', async () => {
  const { page, errors } = await newPage(browser, '/sub/', { baseUrl: server.url });
  // The heading is written by the bundled script, so its presence proves the script loaded from sub/.
  await page.locator('h1').first().waitFor();
  const scripts = await page.$$eval('script[src]', (els) => els.map((el) => (el as HTMLScriptElement).src));
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts) expect(src).toContain('/sub/');
  expect(errors).toEqual([]);
});
