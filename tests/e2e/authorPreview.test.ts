// The author preview in the built page: errors with their lines, a story played with its workings, a story in
// two files, the exported story file, and no accessibility violations. Nothing here is uploaded anywhere.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStoryFile } from '../../src/engine/storyFile';
import { cleanPage, downloadedText, expectNoAxeViolations, launchBrowser, tabUntil } from './support/browser';

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
    const { page, errors } = await cleanPage(browser, '/author.html');
    await dropFiles(page, [
      { name: 'broken.ink', text: readFileSync('tests/fixtures/check/compile-error.ink', 'utf8') },
    ]);
    const list = page.locator('.check-errors li');
    await list.first().waitFor();
    expect(await list.locator('.diagnostic-message').allTextContents()).toEqual([
      "broken.ink:4: error: Divert target not found: '-> nowhere_at_all'",
    ]);
    // The two lines it is about, the line itself marked, and the fix in plain words.
    expect(await list.locator('.diagnostic-line').allTextContents()).toEqual([
      '   3 │ * [Go on]\n',
      '   4 │     -> nowhere_at_all\n',
    ]);
    expect(await list.locator('.diagnostic-line.here').textContent()).toContain('nowhere_at_all');
    expect(await list.locator('.diagnostic-fix').textContent()).toContain(
      'Nothing in the story is called “nowhere_at_all”',
    );
    expect(await page.locator('.author-layout').isHidden()).toBe(true);
    expect(await page.locator('#export-story').isDisabled()).toBe(true);
    // A disabled Export looks disabled: no fill, muted.
    const look = await page.locator('#export-story').evaluate((b) => getComputedStyle(b).borderStyle);
    expect(look).toBe('dashed');
    expect(errors).toEqual([]);
  });

  it('opens with the template and the guide: the first minute ends with a story playing', async () => {
    const { page, errors } = await cleanPage(browser, '/author.html');
    const guide = page.getByRole('link', { name: /author’s guide/ });
    const href = await guide.getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.ok()).toBe(true);
    expect(await response.text()).toContain('# ');
    await page.click('#try-template');
    await page.locator('.preview-story .choice').first().waitFor();
    expect(await page.locator('.check-summary').textContent()).toContain('0 errors');
    await page.locator('.preview-story .choice').first().click();
    await expect.poll(() => page.locator('.preview-story .chosen').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('plays a good story: two choices, then the acts and scores in the workings', async () => {
    const { page, errors } = await cleanPage(browser, '/author.html');
    await page.setInputFiles('#ink-files', [fixture('tests/fixtures/check/good.ink')]);
    await page.locator('#preview-heading', { hasText: 'A Good Fixture' }).waitFor();
    expect(await page.locator('.check-summary').textContent()).toContain('0 errors, 0 warnings');

    // Before choosing, every option on offer with the act and scores it would resolve to now.
    const offered = page.locator('section:has(> #workings-pending) .option-outcomes li');
    await expect
      .poll(() => offered.allTextContents())
      .toEqual([
        '“Turn to Ann and wait” → HOLD_SPACE (ann): voice +2, power +2, courage 0',
        '“"She wants tea, milk and two sugars."” → SPEAK_FOR (ann): voice -1, power -1, courage 0',
      ]);

    // No pattern before a decision has been made (it read "Pattern so far: Finding the way").
    expect(await page.locator('body').textContent()).not.toContain('Pattern so far');

    // From the keyboard: Tab to the option and press Enter.
    await tabUntil(page, (el) => el.tag === 'button' && el.name.includes('Turn to Ann and wait'));
    await page.keyboard.press('Enter');
    const last = page.locator('section:has(> #workings-last)');
    await expect.poll(() => last.textContent()).toContain('HOLD_SPACE');
    expect(await last.textContent()).toContain(
      'voice +2 (their voice heard more), power +2 (they decided more), courage 0 (neither acted nor stood by)',
    );
    expect(await last.textContent()).toContain('move: silent ann leaves_pause');
    expect(await page.locator('body').textContent()).toContain('Pattern so far');
    // A person's name as the cast line writes it, not lower-cased with the rest of the phrase.
    expect(await last.textContent()).toContain('HOLD_SPACE (ann): holding space for Ann');
    expect(await page.locator('.decision-log li').first().textContent()).toContain(
      'HOLD_SPACE (holding space for Ann)',
    );
    expect(await last.locator('.option-outcomes li').last().textContent()).toContain('SPEAK_FOR (ann)');
    // The consequence of last_act reached the story.
    expect(await page.locator('#preview-transcript').textContent()).toContain('Bob nods at you.');

    await page.getByRole('button', { name: /Ask Bob to ask Ann next time/ }).click();
    await expect.poll(() => last.textContent()).toContain('CHALLENGE');
    expect(await page.locator('.decision-log li').count()).toBe(2);
    await page.locator('.end-card').waitFor();
    // The preview has no curtain call of its own: the end says how to see the one a learner gets.
    expect(await page.locator('.end-card').textContent()).toContain('Export story file');

    await page.getByRole('button', { name: 'Back one choice' }).click();
    await expect.poll(() => page.locator('.decision-log li').count()).toBe(1);
    await expect
      .poll(() => page.getByRole('button', { name: /Tell Bob that Ann is fine with it/ }).isVisible())
      .toBe(true);

    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  it('plays around a bad tag, saying where it is, and holds Export back until it is fixed', async () => {
    const { page, errors } = await cleanPage(browser, '/author.html');
    const source = readFileSync('tests/fixtures/check/good.ink', 'utf8').replace(
      '#move: silent ann leaves_pause',
      '#move: frobnicate ann',
    );
    await dropFiles(page, [{ name: 'good.ink', text: source }]);
    await page.locator('.playing-around').waitFor();
    expect(await page.locator('.playing-around').textContent()).toContain('good.ink:23');
    expect(await page.locator('.check-errors li').first().textContent()).toContain('unknown move');
    expect(await page.locator('#export-story').isDisabled()).toBe(true);
    await page.getByRole('button', { name: /Turn to Ann and wait/ }).click();
    await page.getByRole('button', { name: /Tell Bob that Ann is fine with it/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it('says in plain words what to do about a missing -> END, in the check list and where the story stops', async () => {
    const { page, errors } = await cleanPage(browser, '/author.html');
    const source = readFileSync('tests/fixtures/check/good.ink', 'utf8').replace(
      /Another end\.\n-> END/,
      'Another end.',
    );
    await dropFiles(page, [{ name: 'good.ink', text: source }]);
    // In the check list once, in the author's words with what to do, never ink's "DONE" (author walk-about, session 17).
    const runtime = page.locator('.check-errors li', { hasText: 'a path stops after this line with no -> END' });
    await runtime.waitFor();
    expect(await runtime.locator('.diagnostic-message').textContent()).toContain('end it with -> END');
    expect(await page.locator('.check-errors li', { hasText: 'DONE' }).count()).toBe(0);
    await page.getByRole('button', { name: /Turn to Ann and wait/ }).click();
    await page.getByRole('button', { name: /Ask Bob to ask Ann next time/ }).click();
    const stopped = page.locator('.preview-story .error-panel');
    await stopped.waitFor();
    // ink's "RUNTIME ERROR:" is not said again under "The story stopped with an error".
    expect(await stopped.textContent()).not.toContain('RUNTIME ERROR');
    expect(await stopped.locator('.diagnostic-fix').textContent()).toContain('-> END');
    // Named, as check and play name it, at the line the path stops after, with that line of the file shown (before:
    // "ran out of content … " with no file or line).
    const line = source.split('\n').indexOf('Another end.') + 1;
    expect(await stopped.locator('.diagnostic-message').textContent()).toMatch(
      new RegExp(`^good\\.ink:${line}: error: runtime error: ran out of content`),
    );
    expect(await stopped.locator('.diagnostic-line.here').textContent()).toContain('Another end.');
    expect(await runtime.locator('.diagnostic-message').textContent()).toContain(`good.ink:${line}:`);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  it('keeps its place when an edited file is opened again, even after a reload of the page', async () => {
    const { page, errors } = await cleanPage(browser, '/author.html');
    const source = readFileSync('tests/fixtures/check/good.ink', 'utf8');
    await dropFiles(page, [{ name: 'good.ink', text: source }]);
    await page.getByRole('button', { name: /Turn to Ann and wait/ }).click();
    await page.getByRole('button', { name: /Tell Bob that Ann is fine with it/ }).waitFor();
    // The author fixes a typo in their editor, reloads the page and opens the file again.
    await page.reload();
    await dropFiles(page, [{ name: 'good.ink', text: source.replace('"All done?"', '"All done, then?"') }]);
    await page.getByRole('button', { name: /Tell Bob that Ann is fine with it/ }).waitFor();
    expect(await page.locator('#preview-transcript').textContent()).toContain('You chose: Turn to Ann and wait');
    expect(await page.locator('#preview-transcript').textContent()).toContain('All done, then?');
    // Restart still plays from the top.
    await page.getByRole('button', { name: 'Restart' }).click();
    await page.getByRole('button', { name: /Turn to Ann and wait/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it("shows ink's runtime warnings from the play as FILE:LINE: warning:, kept on each step, gone once fixed", async () => {
    const { page, errors } = await cleanPage(browser, '/author.html');
    const source = readFileSync('tests/fixtures/play/runtime-warning.ink', 'utf8');
    await dropFiles(page, [{ name: 'runtime-warning.ink', text: source }]);
    const played = page.locator('.play-warnings li .diagnostic-message');
    await played.first().waitFor();
    // The same words as `npm run play` prints (tests/unit/cli/play.test.ts), at the line that reads `seen`, once.
    const said = await played.allTextContents();
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(
      /^runtime-warning\.ink:6: warning: runtime warning: Variable not found: 'seen'.* \(in hall\)$/,
    );
    expect(await page.locator('.play-warnings h3').textContent()).toBe('1 runtime warning while you played');
    expect(await page.locator('.play-warnings .diagnostic-line.here').textContent()).toContain('{ seen:');
    expect(await page.locator('.play-warnings [role="status"]').textContent()).toBe(
      'Ink gave 1 runtime warning while you played: runtime-warning.ink line 6.',
    );
    await expectNoAxeViolations(page);
    // The next step replays the path from the top: the warning is met again and stays, still once.
    await page.getByRole('button', { name: /Go in/ }).click();
    await page.getByText('The end', { exact: true }).waitFor();
    expect(await played.allTextContents()).toEqual(said);
    // The author fixes the story in their editor and opens it again: the warning has gone.
    const fixed = source.replace('{ seen: You have been here before. }\n', '');
    await dropFiles(page, [{ name: 'runtime-warning.ink', text: fixed }]);
    await page.locator('.play-warnings [role="status"]', { hasText: 'No runtime warnings' }).waitFor();
    expect(await played.count()).toBe(0);
    expect(await page.locator('.play-warnings h3').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('opens a story in two files, its INCLUDE found among them, and exports it for the foyer', async () => {
    const { page, errors } = await cleanPage(browser, '/author.html');
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
    const opened = parseStoryFile(await downloadedText(download));
    expect(opened.ok && opened.story.id).toBe('outing');
    expect(opened.ok && opened.story.title).toBe('Planning the Outing');
    expect(opened.ok && opened.story.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(errors).toEqual([]);
  });

  it('has no accessibility violations before a story is opened, with a labelled file control', async () => {
    const { page, errors } = await cleanPage(browser, '/author.html');
    await expectNoAxeViolations(page);
    expect(await page.getByLabel('Choose .ink files').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toBe('Author preview');
    expect(errors).toEqual([]);
  });
});
