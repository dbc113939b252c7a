// The author preview in the built page: errors with their lines, a story played with its workings, a story in
// two files, the exported story file, and no accessibility violations. Nothing here is uploaded anywhere.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStoryFile } from '../../src/engine/storyFile';
import { expectNoAxeViolations, launchBrowser, newPage, tabUntil } from './support/browser';

const fixture = (path: string) => ({
  name: path.replace(/^.*\//, ''),
  mimeType: 'text/plain',
  buffer: readFileSync(path),
});

/** Drop files on the page as a person would drag them from their desktop. */
async function dropFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    document
      .querySelector('main')!
      .dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the author preview', () => {
  it('lists the errors of a dropped story, with their lines, and does not play it', async () => {
    const { page, errors } = await newPage(browser, '/author.html');
    await dropFiles(page, [
      { name: 'broken.ink', text: readFileSync('tests/fixtures/check/compile-error.ink', 'utf8') },
    ]);
    const list = page.locator('.check-errors li');
    await list.first().waitFor();
    expect(await list.allTextContents()).toEqual(["broken.ink:4: error: Divert target not found: '-> nowhere_at_all'"]);
    expect(await page.locator('.author-layout').isHidden()).toBe(true);
    expect(await page.locator('#export-story').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('plays a good story: two choices, then the acts and scores in the workings', async () => {
    const { page, errors } = await newPage(browser, '/author.html');
    await page.setInputFiles('#ink-files', [fixture('tests/fixtures/check/good.ink')]);
    await page.locator('#preview-heading', { hasText: 'A Good Fixture' }).waitFor();
    expect(await page.locator('.check-summary').textContent()).toContain('0 errors, 0 warnings');

    // From the keyboard: Tab to the option and press Enter.
    await tabUntil(page, (el) => el.tag === 'button' && el.name.includes('Turn to Ann and wait'));
    await page.keyboard.press('Enter');
    const last = page.locator('section[aria-labelledby="workings-last"]');
    await expect.poll(() => last.textContent()).toContain('HOLD_SPACE');
    expect(await last.textContent()).toContain('voice +2, power +2, courage 0');
    expect(await last.textContent()).toContain('move: silent ann leaves_pause');
    // The consequence of last_act reached the story.
    expect(await page.locator('#preview-transcript').textContent()).toContain('Bob nods at you.');

    await page.getByRole('button', { name: /Ask Bob to ask Ann next time/ }).click();
    await expect.poll(() => last.textContent()).toContain('CHALLENGE');
    expect(await page.locator('.decision-log li').count()).toBe(2);
    await page.locator('.end-card').waitFor();

    await page.getByRole('button', { name: 'Back one choice' }).click();
    await expect.poll(() => page.locator('.decision-log li').count()).toBe(1);
    expect(await page.getByRole('button', { name: /Tell Bob that Ann is fine with it/ }).isVisible()).toBe(true);

    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  it('opens a story in two files, its INCLUDE found among them, and exports it for the foyer', async () => {
    const { page, errors } = await newPage(browser, '/author.html');
    await page.setInputFiles('#ink-files', [
      fixture('tests/fixtures/author/outing.ink'),
      fixture('tests/fixtures/author/includes/office.ink'),
    ]);
    await page.locator('#preview-heading', { hasText: 'Planning the Outing' }).waitFor();
    await page.getByRole('button', { name: /Turn to Rosa and wait/ }).click();
    // The office scene is in the included file.
    await expect.poll(() => page.locator('#preview-transcript').textContent()).toContain('Ben books the market.');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export story file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('outing.story.json');
    const opened = parseStoryFile(readFileSync((await download.path())!, 'utf8'));
    expect(opened.ok && opened.story.id).toBe('outing');
    expect(opened.ok && opened.story.title).toBe('Planning the Outing');
    expect(opened.ok && opened.story.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(errors).toEqual([]);
  });

  it('has no accessibility violations before a story is opened, with a labelled file control', async () => {
    const { page, errors } = await newPage(browser, '/author.html');
    await expectNoAxeViolations(page);
    expect(await page.getByLabel('Choose .ink files').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toBe('Author preview');
    expect(errors).toEqual([]);
  });
});
