// What Chromium hands a screen reader or a braille display, read from its own accessibility tree (the DevTools
// protocol's Accessibility.getFullAXTree, the tree NVDA and JAWS are given), over every screen a learner or a
// facilitator meets: the foyer, settings, saved places, the play screen, the curtain call part by part, the
// reflections, and the workshop presenter from its plan to its debrief.
//  - Names read cleanly: no space before punctuation, no double space, none at either end. A braille display shows
//    a control's name as it is ("Begin : Sitting in Reception"), and speech pauses on the stray comma or colon.
//  - A region or form landmark, or a list, is never named exactly like its own first heading or group, or like the
//    heading read just before it (the options' list after "What do you do?"). NVDA says such a name
//    twice as it enters ("What happened region, What happened heading level 2": nvaccess/nvda#7823, where NV Access
//    asked what the region adds that the heading does not), JAWS too (nvaccess/nvda#10512); w3c/aria-practices#575
//    advises not wrapping every part that has a heading in a labelled landmark. The W3C ARIA APG (Landmark Regions)
//    keeps the region role for content "sufficiently important" to be listed in a summary of the page, each with a
//    name of its own; WCAG technique ARIA20 and MDN warn that regions used freely make a page verbose. Headings are
//    how most screen-reader users find their way (WebAIM's survey, quoted in #575). So a part of a screen that opens
//    with a heading is a plain <section>, found by that heading; the landmarks that stay are few and have names no
//    heading gives: the site bar's navigation, main, "Story so far" and "Story controls" on the play screen, the
//    notices (your progress, another tab, your learning system), "Carry on" in the foyer, the room's screen on the
//    presenter, and on the author's page its workings beside the preview.
// heard.test.ts listens to the same screens in order; this reads every one of them whole.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cleanPage, launchBrowser, stageHiddenEarlier } from './support/browser';
import { playToEnd } from './support/playToEnd';
import { clickOn, toFirstRoomVote } from './support/roomPages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  childIds?: string[];
}

/** Text pieces, not things with names of their own: their text is already in the name of what holds them. */
const TEXT_ROLES = new Set(['StaticText', 'InlineTextBox', 'ListMarker', 'LineBreak']);

/**
 * Parts of a screen that a screen reader names as it enters them: a landmark (region, form) and a list ("What do you
 * do? list with 3 items" just after "What do you do? heading level 2" is the question twice).
 */
const NAMED_PARTS = new Set(['region', 'form', 'list']);

/** A space before punctuation, two spaces, or a space at either end. */
const STRAY_SPACE = /\s[,.:;!?)]|\(\s|\s{2}|^\s|\s$/;

/** What was found wrong, screen by screen, reported together at the end. */
const found: string[] = [];

async function tree(cdp: CDPSession): Promise<AXNode[]> {
  return ((await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] }).nodes;
}

/** Read the screen's whole tree: every name and description, and every region against its own heading. */
async function readScreen(page: Page, cdp: CDPSession, screen: string): Promise<void> {
  const all = await tree(cdp);
  const nodes = all.filter((n) => !n.ignored);
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  for (const node of nodes) {
    const role = node.role?.value ?? '';
    if (TEXT_ROLES.has(role)) continue;
    for (const [what, text] of [
      ['named', node.name?.value ?? ''],
      ['described', node.description?.value ?? ''],
    ])
      if (text && STRAY_SPACE.test(text)) found.push(`${screen}: ${role} ${what} ${JSON.stringify(text)}`);
  }
  const firstHeading = (node: AXNode): AXNode | null => {
    for (const id of node.childIds ?? []) {
      const child = byId.get(id);
      if (!child) continue;
      if (child.role?.value === 'heading' || child.role?.value === 'group') return child;
      const inside = firstHeading(child);
      if (inside) return inside;
    }
    return null;
  };
  // The heading read last before each node, in the tree's reading order (ignored nodes too: they hold the rest).
  const everything = new Map(all.map((n) => [n.nodeId, n]));
  const headingBefore = new Map<string, string>();
  let lastHeading = '';
  const walk = (node: AXNode) => {
    headingBefore.set(node.nodeId, lastHeading);
    if (!node.ignored && node.role?.value === 'heading') lastHeading = node.name?.value ?? '';
    for (const id of node.childIds ?? []) {
      const child = everything.get(id);
      if (child) walk(child);
    }
  };
  if (all[0]) walk(all[0]);
  for (const named of nodes.filter((n) => NAMED_PARTS.has(n.role?.value ?? ''))) {
    const name = named.name?.value ?? '';
    const role = named.role?.value;
    if (name && name === firstHeading(named)?.name?.value)
      found.push(`${screen}: ${role} named like its own heading, "${name}"`);
    else if (name && name === headingBefore.get(named.nodeId))
      found.push(`${screen}: ${role} named like the heading just before it, "${name}"`);
  }
  const regions = nodes.filter((n) => n.role?.value === 'region');
  const names = regions.map((r) => r.name?.value ?? '');
  for (const name of new Set(names.filter((n, i) => names.indexOf(n) !== i)))
    found.push(`${screen}: more than one region named "${name}"`);
}

/**
 * Chromium names a story line only while it has focus (a paragraph has no name of its own), and that name is what
 * a screen reader says as focus lands on the line after a choice: so each line is given focus, and its name read.
 */
async function readLines(page: Page, cdp: CDPSession, screen: string): Promise<number> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
  const { nodeIds } = (await cdp.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: '.transcript p[tabindex="-1"]',
  })) as { nodeIds: number[] };
  for (const nodeId of nodeIds) {
    await cdp.send('DOM.focus', { nodeId });
    const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as {
      nodes: AXNode[];
    };
    const name = nodes[0]?.name?.value ?? '';
    if (STRAY_SPACE.test(name)) found.push(`${screen}, a line given focus: ${JSON.stringify(name)}`);
  }
  return nodeIds.length;
}

async function openDialog(page: Page, button: string, dialog: string): Promise<void> {
  await page.click(button);
  await page.locator(`${dialog}[open]`).waitFor();
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog[open]'));
}

// A limit that catches a hang, not a speed goal: a whole story, its curtain call and a workshop on a shared machine.
test(
  'every name Chromium gives a screen reader reads cleanly, and no region or list repeats a heading, on every screen',
  { timeout: 240_000 },
  async () => {
    const { page, errors } = await cleanPage(browser, '/', {
      reducedMotion: 'reduce',
      tab: { name: 'stage hidden', initScripts: [stageHiddenEarlier] },
    });
    const cdp = await page.context().newCDPSession(page);
    await page.locator('.playbill').waitFor();
    await readScreen(page, cdp, 'the foyer');
    await openDialog(page, '#settings-button', '#settings-dialog');
    await readScreen(page, cdp, 'settings');
    await closeDialog(page);

    // The play screen, a place kept in a slot, and the story to its end.
    await page.locator('button[data-story="sitting-in-reception"]').first().click();
    await page.locator('.choice').first().waitFor();
    await readScreen(page, cdp, 'the play screen');
    await page.locator('.choice').first().click();
    await openDialog(page, '#saves-button', '#saves-dialog');
    await page.click('#saves-dialog [data-slot="1"][data-action="save"]');
    await page.locator('#saves-dialog .save-message', { hasText: 'Saved in slot 1.' }).waitFor();
    await readScreen(page, cdp, 'saved places, while playing');
    await closeDialog(page);
    await playToEnd(page);
    await readScreen(page, cdp, 'the end of the story');
    // Lines said to someone ("Dawn, to you: …") are among them.
    expect(await readLines(page, cdp, 'the transcript')).toBeGreaterThan(20);

    // The curtain call, part by part, with something written so the reflections have it.
    await page.getByRole('button', { name: 'Take your curtain call' }).click();
    for (let part = 1; part <= 6; part++) {
      const shown = page.locator('.debrief-part:not([hidden])');
      await shown.locator('h2', { hasText: `Part ${part} of 6` }).waitFor();
      if (part === 1) await shown.locator('textarea').first().fill('Uneasy, then clearer.');
      await readScreen(page, cdp, `the curtain call, part ${part}`);
      if (part < 6) await shown.getByRole('button', { name: `Continue to part ${part + 1}`, exact: true }).click();
    }

    // Back in the foyer: the way back to the curtain call, the reflections, and the slot.
    await page.goto(page.url().replace(/\?.*$/, ''));
    await page.locator('.playbill').waitFor();
    await readScreen(page, cdp, 'the foyer, after a curtain call');
    await openDialog(page, '.foyer-reflections button', '#reflections-dialog');
    await page.locator('#reflections-dialog summary').first().click();
    await readScreen(page, cdp, 'the reflections');
    await closeDialog(page);
    await openDialog(page, '#saves-button', '#saves-dialog');
    await readScreen(page, cdp, 'saved places, from the foyer');
    await closeDialog(page);
    expect(errors).toEqual([]);

    // The workshop presenter: the plan, the story, a room vote, and the debrief with a commitment.
    await page.goto(page.url().replace(/\/[^/]*$/, '/workshop.html?story=sitting-in-reception'));
    await page.locator('.ws-point').first().waitFor();
    await readScreen(page, cdp, 'the workshop plan');
    await toFirstRoomVote(page);
    await readScreen(page, cdp, 'the presenter, at a room vote');
    await clickOn(page, '[data-key="next"]');
    await page.locator('[data-key$="-plus"]').first().waitFor();
    await readScreen(page, cdp, 'the presenter, counting a vote');
    await clickOn(page, '[data-key="end"]');
    await clickOn(page, '[data-key="end-yes"]');
    for (let i = 0; i < 8 && !(await page.locator('#commitment').isVisible()); i++) {
      await readScreen(page, cdp, `the presenter's debrief, step ${i + 1}`);
      const seq = await page.evaluate(() => document.querySelector<HTMLElement>('.room-preview')?.dataset.seq);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        (before) => document.querySelector<HTMLElement>('.room-preview')?.dataset.seq !== before,
        seq,
      );
    }
    await page.fill('#commitment', 'Face the person, and wait for their answer');
    await page.click('[data-key="commitment-add"]');
    await page.locator('[data-key="commitment-remove-0"]').waitFor();
    await readScreen(page, cdp, 'the presenter, a commitment added');

    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  },
);
