// The Theatre frame: every listed production on the playbill plays to an ending in real Chromium, and the Script
// shows every knowledge card a story can link to.
import type { Browser } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { cleanPage, expectNoAxeViolations, launchBrowser } from './support/browser';
import { playToEnd } from './support/playToEnd';
import { SCRIPT_CARD_KEYS } from '../../src/engine/contract/index.ts';

const manifest = JSON.parse(fs.readFileSync(path.join(inject('distDir'), 'stories', 'manifest.json'), 'utf8')) as {
  stories: { id: string; title: string; listed: boolean }[];
};
const listed = manifest.stories.filter((s) => s.listed);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('the playbill lists the five productions, each with its role, length, content notes and review status', async () => {
  const { page, errors } = await cleanPage(browser, '/');
  await page.locator('.production').first().waitFor();
  expect(listed.length).toBeGreaterThanOrEqual(5);
  for (const story of listed) {
    const card = page.locator('.production', { has: page.getByRole('heading', { name: story.title, exact: true }) });
    const text = await card.textContent();
    expect(text).toContain('You play');
    expect(text).toMatch(/About \d+ minutes/);
    expect(text).toContain('Reviewed');
    expect(text).toContain('Content notes');
  }
  expect(errors).toEqual([]);
});

describe.each(listed.map((s) => [s.id, s] as const))('%s', (id) => {
  test('plays to an ending in the browser, taking the last option at each choice', async () => {
    const { page, errors } = await cleanPage(browser, `/?story=${id}`);
    await playToEnd(page, 'last');
    expect(await page.locator('.error-panel').count()).toBe(0);
    expect(await page.locator('.end-card').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

test('the Script has a card for every theory key, opens at a linked card, and passes axe', async () => {
  const { page, errors } = await cleanPage(browser, '/script.html#five_ds');
  await page.locator('.script-card').first().waitFor();
  const ids = await page.locator('.script-card h2').evaluateAll((headings) => headings.map((h) => h.id));
  expect([...ids].sort()).toEqual([...SCRIPT_CARD_KEYS].sort());
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('five_ds');
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('coming back after the date set in the curtain call: the foyer says so and the Record gains "What happened when I tried it"', async () => {
  const { page, errors } = await cleanPage(browser, '/?story=sitting-in-reception');
  await playToEnd(page);
  await page.getByRole('button', { name: 'Take your curtain call' }).click();
  await page.locator('.debrief-title').waitFor();
  // The learner set a date to come back; that day has now passed.
  await page.evaluate(() => {
    // This playthrough's answers: `allyship:debrief:STORY:PLAYTHROUGH`.
    const key = Object.keys(localStorage).find((k) => k.startsWith('allyship:debrief:sitting-in-reception:'))!;
    const answers = JSON.parse(localStorage.getItem(key) ?? '{}');
    localStorage.setItem(key, JSON.stringify({ ...answers, comeBackOn: '2001-01-01' }));
  });
  expect(await page.getByText('What happened when I tried it').count()).toBe(0);
  await page.goto(page.url().replace(/\?.*$/, ''));
  await page.getByRole('heading', { name: 'Welcome back' }).waitFor();
  // Straight to the Record, where the new box waits (r19: not the end card, then five parts to press through).
  await page.getByRole('button', { name: 'Look back at Sitting in Reception' }).click();
  await page.locator('.debrief-title').waitFor();
  expect(await page.locator('.debrief-part:not([hidden]) h2').textContent()).toBe('Part 6 of 6: Record');
  expect(await page.getByText('What happened when I tried it', { exact: true }).isVisible()).toBe(true);
  expect(errors).toEqual([]);
});

test('the frame is named: the playbill says who is who, a story opens with its company, and ends with a bow', async () => {
  const { page, errors } = await cleanPage(browser, '/');
  await page.locator('.theatre-roles').waitFor();
  expect(await page.locator('.theatre-roles dt').allTextContents()).toEqual([
    'The Theatre',
    'The Audience',
    'The Actors',
    'The Directors',
    'The Script',
    'Props and Costumes',
  ]);
  await expectNoAxeViolations(page);

  await page.goto(page.url().replace(/\/?(\?.*)?$/, '/?story=sitting-in-reception'));
  const opening = page.locator('.programme');
  await opening.waitFor();
  const said = (await opening.textContent()) ?? '';
  // The Audience is the people the story's choices are about; the learner is an Actor in their own role.
  expect(said).toMatch(/Audience[^.]*Esther Mensah and Mrs Lee/);
  expect(said).toContain('You are an Actor, in your own role: home-care worker.');
  expect(said).toContain('Director');
  expect(said).toContain('Script');
  expect(said).toContain('Props');
  await expectNoAxeViolations(page);

  await playToEnd(page);
  const bow = (await page.locator('.end-card .company-bow').textContent()) ?? '';
  expect(bow).toMatch(/The company takes a bow: .*Esther Mensah.*and you\./);
  expect(bow).toMatch(/spoke with and for tonight: .*Esther Mensah/);
  const stage = JSON.parse((await page.locator('.stage-box').getAttribute('data-stage')) ?? '{}');
  expect(stage.curtainCall).toBe(true);
  await page.getByRole('button', { name: 'Take your curtain call' }).click();
  await page.locator('.debrief-title + .company-bow').waitFor();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});
