// The built game loads from a plain static server: a heading, no errors, no accessibility violations.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('the built page loads with a heading, no console errors and no axe violations', async () => {
  const { page, errors } = await newPage(browser, '/');
  const h1 = page.locator('h1').first();
  await h1.waitFor();
  expect((await h1.textContent())?.trim()).toBeTruthy();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});
