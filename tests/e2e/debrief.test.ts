// The curtain call in real Chromium (issue 7): S1 played along the README's "With" path, then the six-part
// debrief read back, answered, reloaded, exported as Markdown, printed to PDF, explored in What if, deleted,
// audited by axe part by part, and done from the end card to the Record by keyboard alone.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  cleanPage,
  downloadedText,
  expectNoAxeViolations,
  launchBrowser,
  pdfText,
  stageHiddenEarlier,
  tabUntil,
  type Focused,
} from './support/browser';
import { heardSaid, hearStatus } from './support/heardSaid';
import { playToEnd } from './support/playToEnd';
import { chooseRadio, closeDialog, openSiteDialog } from './support/theatreKeys';

const S1 = 'sitting-in-reception';
/**
 * Walk to the surgery, then HOLD_SPACE, DECIDE_WITH, AMPLIFY, DECIDE_WITH, ADVOCATE+REMOVE_BARRIER, CHALLENGE+REMOVE_BARRIER,
 * RESPECT_WISH+INDIRECT (the S1 rewritten for issue 16, after the December 2026 educator read).
 */
const MOMENTS = [
  'The desk: "we rang her"',
  '"Or she can book online"',
  'Mrs Lee at the desk',
  'When the wait runs long',
  "Passing on Esther's message",
  'The new tablets',
  'Afterwards',
];
const CHOICES = [
  "Catch Esther's eye, and wait for her to answer Dawn",
  '"Three weeks is a long time. Shall we ask for a doctor today?"',
  'Tell Dawn Mrs Lee is right: the NHS needs no address to register',
  "Tell Esther your next call can't have his lunch late, and you'd be back by twenty past twelve",
  "Ask Dawn if she could type the note onto Esther's record",
  "Ask Dr Shah to put the tablets and her call to Efua on Esther's pad",
  "Write up what you saw at the desk in the agency's notes, with the time and Dawn's words",
];
/** Chosen by text, not by place: the options' order varies so that the best is not always first. */
const WITH_PATH = ['Walk to the surgery with Esther', ...CHOICES];
/**
 * What selectPrompts gives this path on a device's first curtain call (rotation 0), in order: reflect: first, from
 * the path's strongest decisions (no harm on this path), the later first: the note for the desk, then the GP's pad.
 * Waiting at the desk is contested, so it is not held up as one to repeat: it is asked what making room for Esther
 * opened up and what it was weighed against. Deciding together is asked of "Or she can book online" (each decision
 * weighs the facets shown by then: her hearing is on her card from the kitchen). Questions on what went well stop at
 * two while the path earns others (session 16), so leaving it with Esther afterwards, as she wanted, gives way:
 * Dawn talked to the carer at the desk, not to Esther, so the curtain call asks whether anyone was talked to instead
 * of her before that choice (her age and her hearing, both shown by then).
 */
const PROMPTS = [
  "Dawn was twenty minutes late to her mum for that note. How did you weigh her hour against Esther's record?",
  "You asked a GP for four minutes she didn't have. What did the paper let Esther do that a question at the desk would not?",
  'Colleagues might have chosen differently at “The desk: ‘we rang her’”. What did making room for Esther open up, and what might it have cost her, or others?',
  'You and Esther decided together at “Or she can book online”. What did that change about what happened next?',
  'Before your choice at “The desk: ‘we rang her’”, did anyone talk to you, or to someone else there, instead of to Esther? What might that have been like for her?',
  'What does the idea of allyship change about the way you see your own work in health and social care?',
];
const BANDS = ['their voices mostly heard', 'mostly with', 'mostly acted'];
const BAND_LINES = [
  'Whose voice was heard: their voices mostly heard',
  'Who decided: with, for or to: mostly with',
  'Acting or standing by: mostly acted',
];
const PARTS = ['Pause', 'What happened', 'So what', 'What if', 'Now what', 'Record'];
const SELF_REFLECTION = 'It is a self-reflection, not an accreditation or an assessment';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Click the `.choice` button with each text in turn, each after the last one has been taken, until the end card. */
async function playS1(page: Page, choices: string[]): Promise<void> {
  await takeChoices(page, choices);
  await page.locator('.end-card').waitFor();
}

/** Click the `.choice` button with each text in turn, each after the last one has been taken. */
async function takeChoices(page: Page, choices: string[]): Promise<void> {
  await page.locator('.choice').first().waitFor();
  for (const text of choices) {
    const taken = await page.locator('.transcript .chosen').count();
    await page.locator('.choice', { hasText: text }).first().click();
    await page.waitForFunction((count) => document.querySelectorAll('.transcript .chosen').length > count, taken);
  }
}

async function openCurtainCall(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Take your curtain call' }).click();
  await page.locator('.debrief-part:not([hidden])').waitFor();
}

/** A reload (or coming back another day) with the curtain call open: it opens again, at the part that was open. */
async function reloadAtCurtainCall(page: Page): Promise<void> {
  await page.reload();
  await page.locator('.debrief-part:not([hidden])').waitFor();
}

/**
 * A fresh device, S1 played along the With path, the curtain call open at Part 1. The learner has asked for less
 * movement and hid the stage earlier: the curtain call is what these tests are about, and without a smooth scroll
 * after each choice and the stage the play costs far less CPU and time. The keyboard test below plays with full
 * motion and the stage, as do the play screen's own tests (learnerFlow, theatre, stage). `stage: 'shown'` for a
 * test that must find the device empty after a delete (a seeded setting would come back with the next page).
 */
async function curtainCallAfterWith(
  { stage }: { stage: 'hidden' | 'shown' } = { stage: 'hidden' },
): Promise<{ page: Page; errors: string[] }> {
  const opened = await cleanPage(browser, `/?story=${S1}`, {
    reducedMotion: 'reduce',
    ...(stage === 'hidden' ? { tab: { name: 'stage hidden', initScripts: [stageHiddenEarlier] } } : {}),
  });
  await playS1(opened.page, WITH_PATH);
  await openCurtainCall(opened.page);
  return opened;
}

const shownPart = (page: Page) => page.locator('.debrief-part:not([hidden])');

async function shownTitle(page: Page): Promise<string> {
  const text = (await shownPart(page).locator('h2').first().textContent()) ?? '';
  return text.replace(/^Part \d+ of \d+: /, '');
}

/** Move through the parts with their own Continue and Back buttons until `title` shows. */
async function goToPart(page: Page, title: string): Promise<void> {
  const target = PARTS.indexOf(title);
  for (let step = 0; step < PARTS.length; step++) {
    const here = PARTS.indexOf(await shownTitle(page));
    if (here === target) return;
    const name = here < target ? `Continue to part ${here + 2}` : `Back to part ${here}`;
    await shownPart(page).getByRole('button', { name, exact: true }).click();
  }
  expect(await shownTitle(page)).toBe(title);
}

async function timelineText(page: Page): Promise<{ moments: string[]; choices: string[]; noticed: string[] }> {
  const items = page.locator('.debrief-timeline > li');
  return {
    moments: await items.locator('h3').allTextContents(),
    choices: await items.locator('q').allTextContents(),
    noticed: await items.locator('.debrief-perspective').allTextContents(),
  };
}

/** Everything the game keeps on this device. */
async function stored(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith('allyship:')) out[key] = localStorage.getItem(key)!;
    }
    return out;
  });
}

/**
 * Seeds, as a learner's earlier visit would have left it, an answer to a library question by its id and wording, then
 * reloads, which opens the curtain call again.
 */
async function seedEarlierAnswer(page: Page, id: string, question: string, answer: string): Promise<void> {
  await page.evaluate(
    ({ prefix, id, question, answer }) => {
      const key = Object.keys(localStorage).find((k) => k.startsWith(prefix))!;
      const answers = JSON.parse(localStorage.getItem(key)!);
      answers.prompts[id] = answer;
      answers.questions[id] = question;
      localStorage.setItem(key, JSON.stringify(answers));
    },
    { prefix: `allyship:debrief:${S1}:`, id, question, answer },
  );
  await reloadAtCurtainCall(page);
}

async function downloadMarkdown(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    shownPart(page).getByRole('button', { name: 'Download as Markdown' }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await downloadedText(download) };
}

const field = (page: Page, label: string) => shownPart(page).getByLabel(label, { exact: true });

test('the With path: the curtain call tells back the moments in order and asks the questions this path earned', async () => {
  const { page, errors } = await curtainCallAfterWith();
  expect(await page.locator('.debrief-title').textContent()).toBe('Curtain call: Sitting in Reception');
  expect(await shownTitle(page)).toBe('Pause');
  expect(await page.locator('.debrief-part h2').allTextContents()).toEqual(
    PARTS.map((title, i) => `Part ${i + 1} of 6: ${title}`),
  );
  // Support is there from the first moment (the organisation's file, or the national default).
  expect(await shownPart(page).locator('.debrief-signposts li').count()).toBeGreaterThan(0);

  await goToPart(page, 'What happened');
  const timeline = await timelineText(page);
  expect(timeline.moments).toEqual(MOMENTS);
  expect(timeline.choices).toEqual(CHOICES);
  expect(timeline.noticed[0]).toContain('What Esther Mensah noticed');
  expect(timeline.noticed[0]).toContain('You left the turn to me, and I took it.');

  await goToPart(page, 'So what');
  expect(await shownPart(page).locator('.debrief-bands dd strong').allTextContents()).toEqual(BANDS);
  // Words, never scores.
  expect(await shownPart(page).locator('.debrief-bands').textContent()).not.toMatch(/\d/);
  expect(await shownPart(page).locator('.debrief-questions label').allTextContents()).toEqual(PROMPTS);
  // The band link goes back to the moment that shaped it.
  await shownPart(page).locator('.debrief-bands dd').first().getByRole('button').click();
  expect(await shownTitle(page)).toBe('What happened');
  expect(await page.evaluate(() => document.activeElement?.querySelector('h3')?.textContent)).toBe(MOMENTS[0]);
  expect(errors).toEqual([]);
});

test('answers are kept as they are typed: after a reload the curtain call opens again, and has them', async () => {
  const { page, errors } = await curtainCallAfterWith();
  await field(page, 'How are you left feeling? (optional)').fill('Uneasy at the start, then lighter.');
  await goToPart(page, 'So what');
  await field(page, PROMPTS[1]!).fill('On paper Esther could read it twice, at her own pace, and answer for herself.');
  await goToPart(page, 'Now what');
  await field(page, 'Or in your own words').fill('Face the person I am with when a receptionist talks to me.');
  await goToPart(page, 'Record');
  await field(page, 'What I learned').fill('Turning to someone and waiting can hand the conversation back.');

  await reloadAtCurtainCall(page);
  // The curtain call opens again at the part the learner was on.
  expect(await shownTitle(page)).toBe('Record');
  await goToPart(page, 'Pause');
  expect(await field(page, 'How are you left feeling? (optional)').inputValue()).toBe(
    'Uneasy at the start, then lighter.',
  );
  await goToPart(page, 'So what');
  // The same questions come back beside the answers given to them.
  expect(await shownPart(page).locator('.debrief-questions label').allTextContents()).toEqual(PROMPTS);
  expect(await field(page, PROMPTS[1]!).inputValue()).toBe(
    'On paper Esther could read it twice, at her own pace, and answer for herself.',
  );
  expect(await field(page, PROMPTS[0]!).inputValue()).toBe('');
  await goToPart(page, 'Now what');
  expect(await field(page, 'Or in your own words').inputValue()).toBe(
    'Face the person I am with when a receptionist talks to me.',
  );
  await goToPart(page, 'Record');
  expect(await field(page, 'What I learned').inputValue()).toBe(
    'Turning to someone and waiting can hand the conversation back.',
  );
  expect(errors).toEqual([]);
});

test("Download as Markdown: the learner's words and what happened, and the three bands only when that box is ticked", async () => {
  const { page, errors } = await curtainCallAfterWith();
  // An answer to a question to think about goes into the record without any box to tick (issue 19).
  await goToPart(page, 'So what');
  const firstQuestion = (await shownPart(page).locator('.debrief-questions label').first().textContent())!;
  await field(page, firstQuestion).fill('I answered for her before she had a chance.');
  await goToPart(page, 'Record');
  await field(page, 'What I learned').fill('Waiting in silence is not the same as standing by.');
  await field(page, 'How I will change my practice').fill('I will ask before I book anything for someone.');

  const plain = await downloadMarkdown(page);
  expect(plain.name).toMatch(/^reflective-account-sitting-in-reception-\d{4}-\d{2}-\d{2}\.md$/);
  expect(plain.text).toContain('# Reflective account: Sitting in Reception');
  expect(plain.text).toContain('Waiting in silence is not the same as standing by.');
  expect(plain.text).toContain('I will ask before I book anything for someone.');
  expect(plain.text).toContain('I answered for her before she had a chance.');
  expect(plain.text).toContain(`${MOMENTS[0]} — I chose “${CHOICES[0]}”.`);
  expect(plain.text).toContain(SELF_REFLECTION);
  for (const band of BANDS) expect(plain.text).not.toContain(band);
  expect(await shownPart(page).locator('.debrief-status').textContent()).toContain('downloaded');

  await shownPart(page)
    .getByLabel(/Add the three words about how my choices read/)
    .check();
  const withBands = await downloadMarkdown(page);
  expect(withBands.text).toContain('## How the story read my choices');
  for (const line of BAND_LINES) expect(withBands.text).toContain(`- ${line}`);
  expect(withBands.text).toContain('Waiting in silence is not the same as standing by.');

  await shownPart(page)
    .getByLabel(/Add the three words about how my choices read/)
    .uncheck();
  const againWithout = await downloadMarkdown(page);
  for (const band of BANDS) expect(againWithout.text).not.toContain(band);
  expect(errors).toEqual([]);
});

test('how the learner was left feeling joins the account only when they put it in; the choice is kept over a reload and can be undone from the Record', async () => {
  const { page, errors } = await curtainCallAfterWith();
  const felt = 'shaken at first, then glad I waited.';
  const putIn = () => shownPart(page).getByLabel('Put these words in my reflective account', { exact: true });
  const feelingsHint = () =>
    field(page, 'How are you left feeling? (optional)').evaluate(
      (box) => document.getElementById(box.getAttribute('aria-describedby')!)!.textContent,
    );
  await field(page, 'How are you left feeling? (optional)').fill(felt);
  // Off by default: the words are the learner's alone.
  expect(await putIn().isChecked()).toBe(false);
  // READ5 C1: why off is the safe default for a CPD record.
  expect(
    await putIn().evaluate((box) => document.getElementById(box.getAttribute('aria-describedby')!)!.textContent),
  ).toContain('The NMC and Social Work England forms don’t ask for it.');
  await goToPart(page, 'Record');
  expect((await downloadMarkdown(page)).text).not.toContain(felt);

  await goToPart(page, 'Pause');
  await putIn().check();
  expect(await feelingsHint()).toContain('You chose to put this in your reflective account');
  await reloadAtCurtainCall(page);
  expect(await putIn().isChecked()).toBe(true);
  expect(await feelingsHint()).toContain('so it is in what you download, print or copy');

  await goToPart(page, 'Record');
  // READ5 S6: the same words for the same choice as in Pause: "my reflective account", the part's own title.
  const inRecord = shownPart(page).getByLabel(
    'Put how I was left feeling (from part 1, Pause) in my reflective account',
    {
      exact: true,
    },
  );
  expect(await inRecord.isChecked()).toBe(true);
  expect((await downloadMarkdown(page)).text).toContain(
    `## How I felt straight after the story\n\n${felt}\n\n## What I learned`,
  );
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect(await page.locator('.debrief-print-copy').textContent()).toContain(felt);

  // Taken out again from the Record: out of the account, and unticked beside the box too.
  await inRecord.uncheck();
  expect((await downloadMarkdown(page)).text).not.toContain(felt);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect(await page.locator('.debrief-print-copy').textContent()).not.toContain(felt);
  await goToPart(page, 'Pause');
  expect(await putIn().isChecked()).toBe(false);
  expect(await feelingsHint()).toContain('This is just for you');
  expect(errors).toEqual([]);
});

test("Print or save as PDF: the printed page is the account, with the learner's words and the self-reflection note", async () => {
  const { page, errors } = await curtainCallAfterWith();
  await goToPart(page, 'So what');
  await field(page, PROMPTS[1]!).fill('On paper Esther could read it twice, at her own pace.');
  await goToPart(page, 'Record');
  await field(page, 'What I learned').fill('Esther had a speech ready; she needed the room to give it.');
  // The print window cannot be driven in a headless browser: note what the page held when the button asked for
  // it, then let Chromium print the page itself.
  await page.evaluate(() => {
    const w = window as unknown as { printedCopy?: string };
    window.print = () => {
      w.printedCopy = document.querySelector('.debrief-print-copy')?.textContent ?? '';
    };
  });
  await shownPart(page).getByRole('button', { name: 'Print or save as PDF' }).click();
  const printed = await page.evaluate(() => (window as unknown as { printedCopy?: string }).printedCopy);
  expect(printed).toContain('Esther had a speech ready; she needed the room to give it.');
  // Typing more after the button was pressed still reaches the page when printing starts.
  await field(page, 'How I will change my practice').fill('Face the person, then wait.');
  const pages = (await pdfText(page)).split('\f').map((one) => one.replace(/\s+/g, ' '));
  const text = pages.join(' ');
  // r19 C3: a CPD reader meets the learner's own reflection on page 1, after the dated facts; the game's record of
  // the path, its questions and the story's aims follow (page 1 used to be the story's aims and the game's words).
  expect(pages[0]).toContain('Date: ');
  expect(pages[0]).toContain('Esther had a speech ready; she needed the room to give it.');
  expect(pages[0]).toContain('Face the person, then wait.');
  expect(text.indexOf('Face the person, then wait.')).toBeLessThan(text.indexOf('What happened in the story'));
  expect(text).toContain('On paper Esther could read it twice, at her own pace.');
  expect(text).toContain(`I chose “${CHOICES[0]}”`);
  expect(text).toContain('Reflective account: Sitting in Reception');
  expect(text).toContain('Esther had a speech ready; she needed the room to give it.');
  expect(text).toContain(SELF_REFLECTION);
  expect(text).toContain('What I learned');
  expect(text).toContain('Face the person, then wait.');
  // Only the account is printed, not the curtain call's buttons and boxes.
  expect(text).not.toContain('Download as Markdown');
  expect(text).not.toContain('Delete everything');
  expect(errors).toEqual([]);
});

test('What if: another option at the second decision plays on a copy, and the record stays as it was', async () => {
  const { page, errors } = await curtainCallAfterWith();
  await goToPart(page, 'What happened');
  const timelineBefore = await timelineText(page);
  await goToPart(page, 'Record');
  const accountBefore = await field(page, 'What happened').inputValue();
  // Taken at What if: moving between parts keeps which part is open, and that is all it changes.
  await goToPart(page, 'What if');
  const storedBefore = await stored(page);
  expect(storedBefore[`allyship:save:auto:${S1}`]).toBeDefined();

  const second = shownPart(page).locator('.debrief-what-if > li').nth(1);
  expect(await second.locator('h3').textContent()).toBe(MOMENTS[1]);
  await second
    .getByRole('button', {
      name: 'Try: Say Esther fell last week, and ask Dawn for the duty doctor today, with you waiting too',
    })
    .click();
  const branch = second.locator('.debrief-branch');
  await branch.waitFor();
  expect(await branch.textContent()).toContain('I fell last Tuesday.');
  expect(await branch.textContent()).toContain('What Esther noticed: You got me seen today');
  // Keep going in the copy: the next decision (Mrs Lee at the desk) is on offer there.
  const keepGoing = branch.locator('.debrief-keep-going button');
  expect(await keepGoing.allTextContents()).toContain('Stay in your seat with Esther, and leave the desk to Mrs Lee');
  await keepGoing.getByText('Stay in your seat with Esther, and leave the desk to Mrs Lee', { exact: true }).click();
  await branch.locator('.debrief-you-chose').waitFor();

  expect(await stored(page)).toEqual(storedBefore);
  await goToPart(page, 'What happened');
  expect(await timelineText(page)).toEqual(timelineBefore);
  await goToPart(page, 'Record');
  expect(await field(page, 'What happened').inputValue()).toBe(accountBefore);
  const markdown = await downloadMarkdown(page);
  // Speech in the option's own quotation marks is quoted once, ending its own sentence.
  expect(markdown.text).toContain(`${MOMENTS[1]} — I chose “${CHOICES[1]!.slice(1, -1)}”`);
  expect(markdown.text).not.toMatch(/“"|"”/);
  expect(markdown.text).not.toContain('Ask Dawn if the duty doctor can see Esther today');

  // The autosave is still the first playthrough: a reload brings back the same ending and timeline.
  await reloadAtCurtainCall(page);
  await goToPart(page, 'What happened');
  expect(await timelineText(page)).toEqual(timelineBefore);
  expect(errors).toEqual([]);
});

test("a play resumed a day later: the account counts the minutes played, not the day, and the learner's own time wins", async () => {
  // r18 M1: a play started on Monday and finished on Wednesday printed "About 2880 minutes" as CPD time.
  const { page, errors } = await cleanPage(browser, `/?story=${S1}`, {
    reducedMotion: 'reduce',
    tab: { name: 'stage hidden', initScripts: [stageHiddenEarlier] },
  });
  await takeChoices(page, WITH_PATH.slice(0, 3));
  // Left yesterday after seven minutes' play: the start is a day ago, and the clock was stopped when the page went.
  await page.waitForTimeout(400);
  await page.evaluate((id) => {
    localStorage.setItem(`allyship:started:${id}`, String(Date.now() - 24 * 60 * 60_000));
    localStorage.setItem(`allyship:active:${id}`, JSON.stringify({ ms: 7 * 60_000, at: null }));
  }, S1);
  await page.reload();
  await page.locator('.choice').first().waitFor();
  await playS1(page, WITH_PATH.slice(3));
  await openCurtainCall(page);
  await goToPart(page, 'Record');
  const time = field(page, 'Time I’m counting as CPD');
  expect(await time.inputValue()).toBe('About 7 minutes');
  expect((await downloadMarkdown(page)).text).toContain("- Time I'm counting as CPD: About 7 minutes");
  await time.fill('25');
  await reloadAtCurtainCall(page);
  await goToPart(page, 'Record');
  expect(await field(page, 'Time I’m counting as CPD').inputValue()).toBe('25');
  expect((await downloadMarkdown(page)).text).toContain("- Time I'm counting as CPD: 25 minutes");
  expect(errors).toEqual([]);
});

test('an answer to a question a newer version no longer asks stays in its box and the account, under the question as asked', async () => {
  // Session 14: re-wording a library question gave it a new id, and the account listed only the questions asked now,
  // so what a learner had written to the old one dropped out of their account without a word.
  const { page, errors } = await curtainCallAfterWith();
  await goToPart(page, 'So what');
  await field(page, PROMPTS[1]!).fill('On paper Esther could read it twice.');
  const oldQuestion = 'How might knowing about her education have changed that?';
  await seedEarlierAnswer(page, 'believed-less', oldQuestion, 'I took Dawn’s word over hers.');
  await goToPart(page, 'So what');
  expect(await field(page, oldQuestion).inputValue()).toBe('I took Dawn’s word over hers.');
  expect(await field(page, PROMPTS[1]!).inputValue()).toBe('On paper Esther could read it twice.');
  await goToPart(page, 'Record');
  expect((await downloadMarkdown(page)).text).toContain(`### ${oldQuestion}\n\nI took Dawn’s word over hers.`);
  expect(errors).toEqual([]);
});

test('an answer to an earlier wording of a question asked now goes with that question, as the earlier answer, editable, and into the account under it', async () => {
  // Session 15: re-wording a question gives it a new id (prompts.json `replaces` says which it re-words). The answer
  // to the old wording sat in a box of its own beside the new question, which read as the game asking twice.
  const { page, errors } = await curtainCallAfterWith();
  const oldQuestion =
    'Did anyone talk to you, or to a relative, instead of to Esther Mensah? If so, what might that have been like for her?';
  await seedEarlierAnswer(page, 'talked-to-instead', oldQuestion, 'Dawn talked to me, not to her.');
  await goToPart(page, 'So what');
  const earlierLabel = `Your answer from before, when the question read: ‘${oldQuestion}’`;
  // The same questions, and no question of its own for the old wording.
  expect(await shownPart(page).locator('.debrief-questions > .debrief-field > label').allTextContents()).toEqual(
    PROMPTS,
  );
  const withQuestion = shownPart(page).locator('.debrief-questions > .debrief-field', { hasText: PROMPTS[4]! });
  const earlier = withQuestion.getByLabel(earlierLabel, { exact: true });
  expect(await earlier.inputValue()).toBe('Dawn talked to me, not to her.');
  expect(await withQuestion.getByLabel(PROMPTS[4]!, { exact: true }).inputValue()).toBe('');
  await expectNoAxeViolations(page, '.debrief-part:not([hidden])');
  // Still the learner's to change, kept apart from the new question's answer.
  await earlier.fill('Dawn talked to me, not to her, twice.');
  await withQuestion.getByLabel(PROMPTS[4]!, { exact: true }).fill('Dr Shah too.');
  await reloadAtCurtainCall(page);
  await goToPart(page, 'So what');
  expect(await field(page, earlierLabel).inputValue()).toBe('Dawn talked to me, not to her, twice.');
  expect(await field(page, PROMPTS[4]!).inputValue()).toBe('Dr Shah too.');
  await goToPart(page, 'Record');
  const { text } = await downloadMarkdown(page);
  // The account is read on its own: its first question that names Esther names her in full (curtainCallNames.ts).
  const inAccount = PROMPTS[4]!.replace('instead of to Esther?', 'instead of to Esther Mensah?');
  expect(text).toContain(
    `### ${inAccount}\n\nDr Shah too.\n\nWhen it read ‘${oldQuestion}’, I wrote:\n\nDawn talked to me, not to her, twice.`,
  );
  expect(text).not.toContain(`### ${oldQuestion}`);
  expect(errors).toEqual([]);
});

test('exporting with words that look like a real name asks first, and exports only when the learner says so', async () => {
  // r18 S6: the account used to head these words "(anonymised)", which the game can't know.
  const { page, errors } = await curtainCallAfterWith();
  await goToPart(page, 'Record');
  // r18 M3: nothing the game wrote is flagged before the learner types.
  expect(await shownPart(page).locator('.debrief-name-warning li').count()).toBe(0);
  await field(page, 'A real situation this reminds me of').fill('Mrs Patel’s son at St Anne’s Hospital.');
  let downloads = 0;
  page.on('download', () => downloads++);
  await shownPart(page).getByRole('button', { name: 'Download as Markdown' }).click();
  const ask = shownPart(page).getByText('Some words may name a real person or place (listed above). Export anyway?');
  await ask.waitFor();
  expect(await shownPart(page).locator('.debrief-name-warning li').allTextContents()).toEqual([
    '“Mrs Patel’s”',
    '“St Anne’s Hospital”',
  ]);
  await shownPart(page).getByRole('button', { name: 'No, I’ll check them' }).click();
  await ask.waitFor({ state: 'hidden' });
  expect(downloads).toBe(0);
  await shownPart(page).getByRole('button', { name: 'Download as Markdown' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    shownPart(page).getByRole('button', { name: 'Yes, export anyway' }).click(),
  ]);
  const text = await downloadedText(download);
  expect(text).toContain('## A real situation this reminds me of\n\nMrs Patel’s son at St Anne’s Hospital.');
  expect(text).not.toContain('anonymised');
  expect(errors).toEqual([]);
});

test('What if, for a screen reader: each "Compare what follows each side" button names its moment, so a list of buttons tells them apart', async () => {
  const { page, errors } = await curtainCallAfterWith();
  await goToPart(page, 'What if');
  const moments = await shownPart(page)
    .locator('.debrief-what-if > li')
    .evaluateAll((items) =>
      items.flatMap((item) =>
        [...item.querySelectorAll('button')].some((b) => b.textContent!.startsWith('Compare what follows'))
          ? [item.querySelector('h3')!.textContent!]
          : [],
      ),
    );
  expect(moments.length).toBeGreaterThan(0);
  expect(new Set(moments).size).toBe(moments.length);
  // Found by its whole accessible name, as a screen reader's list of buttons shows it: one button for each moment.
  for (const moment of moments)
    expect(
      await shownPart(page)
        .getByRole('button', { name: `Compare what follows each side, at ${moment}`, exact: true })
        .count(),
    ).toBe(1);
  // The "sides" are named before the button: the practitioners who disagree (walk-about finding 7).
  const before = await shownPart(page)
    .locator('.debrief-what-if > li')
    .evaluateAll((items) =>
      items.flatMap((item) => {
        const button = [...item.querySelectorAll('button')].find((b) =>
          b.textContent!.startsWith('Compare what follows'),
        );
        const said = item.querySelector('.debrief-contested');
        if (!button) return [];
        const first = said && said.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING;
        return [first ? said.textContent : null];
      }),
    );
  expect(before).toEqual(moments.map(() => 'Practitioners disagree about what is best here.'));
  expect(errors).toEqual([]);
});

test('What if, for a screen reader: "Playing it through…" is said, because its status region is on the page before the words arrive', async () => {
  // r19 a11y C2: the region was inserted with its words already in it, which screen readers often don't announce.
  const { page, errors } = await curtainCallAfterWith();
  await goToPart(page, 'What if');
  const item = shownPart(page).locator('.debrief-what-if > li').nth(1);
  await page.evaluate(() => {
    const w = window as unknown as { regionsInserted: string[]; regionsSaid: string[] };
    w.regionsInserted = [];
    w.regionsSaid = [];
    new MutationObserver((changes) => {
      for (const change of changes)
        for (const node of change.addedNodes) {
          const added = node instanceof Element ? node : null;
          if (added?.matches('[role="status"]') && added.textContent) w.regionsInserted.push(added.textContent);
          const region = (node.parentElement ?? null)?.closest('[role="status"]');
          if (region && !added?.matches('[role="status"]') && region.textContent)
            w.regionsSaid.push(region.textContent);
        }
    }).observe(document.querySelector('.debrief')!, { childList: true, subtree: true, characterData: true });
  });
  await item
    .getByRole('button', { name: /^Try: / })
    .first()
    .click();
  await item.locator('h4').waitFor();
  const { regionsInserted, regionsSaid } = await page.evaluate(() => {
    const w = window as unknown as { regionsInserted: string[]; regionsSaid: string[] };
    return { regionsInserted: w.regionsInserted, regionsSaid: w.regionsSaid };
  });
  expect(regionsInserted).toEqual([]);
  expect(regionsSaid).toContain('Playing it through…');
  // Once the result is there its heading has focus and says it; the region is empty again, so nothing is said twice.
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H4');
  expect(await item.locator('[role="status"]').textContent()).toBe('');
  expect(errors).toEqual([]);
});

test('the curtain call, for a screen reader: it opens on its h1, and reading on meets the company’s bow before Part 1, said once', async () => {
  // r19 a11y C5: first focus was "Part 1 of 6: Pause", after the h1 and the bow, which could be met only by reading back.
  const opened = await cleanPage(browser, `/?story=${S1}`, {
    reducedMotion: 'reduce',
    tab: { name: 'stage hidden', initScripts: [stageHiddenEarlier] },
  });
  const { page, errors } = opened;
  await playS1(page, WITH_PATH);
  await page.evaluate(() => {
    const w = window as unknown as { spokenNow: string[] };
    w.spokenNow = [];
    new MutationObserver((changes) => {
      for (const change of changes) {
        const target = change.target instanceof Element ? change.target : change.target.parentElement;
        if (target?.closest('#status') && target.textContent) w.spokenNow.push(target.textContent);
        for (const node of change.addedNodes)
          if (node instanceof Element && node.matches('[role="alert"]')) w.spokenNow.push(node.textContent ?? '');
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.getByRole('button', { name: 'Take your curtain call' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('.debrief-part:not([hidden])').waitFor();
  await expect
    .poll(() => page.evaluate(() => `${document.activeElement?.tagName}: ${document.activeElement?.textContent}`))
    .toBe('H1: Curtain call: Sitting in Reception');
  // In reading order after the h1: the bow, how long it takes and that parts can be skipped, then Part 1.
  const readOn = await page.evaluate(() => {
    const out: string[] = [];
    let node = document.activeElement?.nextElementSibling ?? null;
    while (node && out.length < 6) {
      if (!(node as HTMLElement).hidden && node.textContent?.trim()) out.push(node.textContent.trim().slice(0, 40));
      node = node.nextElementSibling;
    }
    return out;
  });
  expect(readOn[0]).toMatch(/^The company takes a bow/);
  expect(readOn[1]).toMatch(/^Six short parts/);
  expect(readOn[2]).toMatch(/^Part 1 of 6: Pause/);
  // The focus says it; nothing else is said as the curtain call opens.
  expect(await page.evaluate(() => (window as unknown as { spokenNow: string[] }).spokenNow)).toEqual([]);
  expect(errors).toEqual([]);
});

test('Record, for a screen reader: the real-name warning is said when its list changes, not at every pause in typing; each "Yes" is heard with its question', async () => {
  const { page, errors } = await curtainCallAfterWith();
  await goToPart(page, 'Record');
  const situation = field(page, 'A real situation this reminds me of');
  await situation.fill("Mrs Patel at St Mary's Surgery on Tuesday.");
  const warning = shownPart(page).locator('.debrief-name-warning');
  await warning.locator('li').first().waitFor();
  expect(await warning.getAttribute('role')).toBe('status');
  // Every change to the status region from here on is something a screen reader reads out.
  await warning.evaluate((region) => {
    const w = window as unknown as { __warningChanges: number };
    w.__warningChanges = 0;
    new MutationObserver((changes) => (w.__warningChanges += changes.length)).observe(region, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
  // The learner writes on, with pauses longer than the half second the check waits for, naming nobody new.
  await situation.press('End');
  for (const words of [' it was busy', ' and nobody looked up']) {
    await page.keyboard.type(words);
    await page.waitForTimeout(800);
  }
  expect(await page.evaluate(() => (window as unknown as { __warningChanges: number }).__warningChanges)).toBe(0);

  /** The name of the group the focused button is in, as a screen reader says it on the way in. */
  const focusedGroup = () =>
    page.evaluate(() => {
      const group = document.activeElement?.closest('[role="group"]');
      const label = group?.getAttribute('aria-labelledby');
      return {
        button: document.activeElement?.textContent,
        group: label ? document.getElementById(label)?.textContent : null,
      };
    });
  await shownPart(page).getByRole('button', { name: 'Download as Markdown' }).click();
  expect(await focusedGroup()).toEqual({
    button: 'Yes, export anyway',
    group: 'Some words may name a real person or place (listed above). Export anyway?',
  });
  await shownPart(page).getByRole('button', { name: 'No, I’ll check them' }).click();
  await shownPart(page).getByRole('button', { name: 'Delete everything this game has stored' }).click();
  expect(await focusedGroup()).toMatchObject({
    button: 'No, keep it',
    group: expect.stringContaining('It cannot be undone.'),
  });
  expect(errors).toEqual([]);
});

test('Delete everything: nothing the game stored for the learner is left, a facilitator’s workshop stays, and a reload starts the story afresh', async () => {
  const { page, errors } = await curtainCallAfterWith({ stage: 'shown' });
  // A facilitator ran a workshop from this browser (a shared training-room laptop): its session, one set aside
  // and the presenter's settings are theirs, not the learner's to delete.
  const workshop = {
    'allyship:workshop:session': '{"a facilitator’s":"session"}',
    'allyship:workshop:set-aside:1765000000000': '{"an earlier":"session"}',
    'allyship:workshop:prefs': '{"keys":false,"single":false}',
  };
  await page.evaluate((kept) => {
    for (const [k, v] of Object.entries(kept)) localStorage.setItem(k, v);
  }, workshop);
  await field(page, 'How are you left feeling? (optional)').fill('Tired.');
  await goToPart(page, 'Record');
  await field(page, 'What I learned').fill('Something to delete.');
  const keys = Object.keys(await stored(page));
  expect(keys).toContain(`allyship:save:auto:${S1}`);
  expect(keys.some((k) => k.startsWith(`allyship:debrief:${S1}:`))).toBe(true);

  await shownPart(page).getByRole('button', { name: 'Delete everything this game has stored' }).click();
  // Nothing goes until the learner confirms, and the question says what stays.
  expect(Object.keys(await stored(page)).length).toBeGreaterThan(3);
  expect(await shownPart(page).locator('.debrief-delete .debrief-confirm').textContent()).toContain(
    'If a facilitator ran a workshop in this browser, that session is theirs and stays.',
  );
  await shownPart(page).getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect.poll(() => shownPart(page).locator('.debrief-delete').textContent()).toContain('has been deleted');

  expect(await stored(page)).toEqual(workshop);
  expect(await page.evaluate(() => localStorage.length)).toBe(3);
  expect(await field(page, 'What I learned').inputValue()).toBe('');

  await page.reload();
  await page.locator('.choice').first().waitFor();
  expect(await page.locator('.end-card').count()).toBe(0);
  expect(await page.locator('.transcript .chosen').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('a reload in the curtain call opens it again at the part the learner was on, focus on its heading; a place kept before parts were opens at the story’s end, as it did', async () => {
  const { page, errors } = await curtainCallAfterWith();
  await goToPart(page, 'So what');
  await field(page, PROMPTS[1]!).fill('Written at part 3.');
  await reloadAtCurtainCall(page);
  expect(await shownTitle(page)).toBe('So what');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Part 3 of 6: So what');
  expect(await field(page, PROMPTS[1]!).inputValue()).toBe('Written at part 3.');

  // Coming back another day through the foyer lands there too.
  await goToPart(page, 'What if');
  await page.goto(page.url().replace(/\?.*$/, ''));
  await page.locator('.continue-strip button', { hasText: 'Back to your curtain call' }).click();
  await page.locator('.debrief-part:not([hidden])').waitFor();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Part 4 of 6: What if');

  // A place kept before the curtain call kept its part: a reload opens the story's end, and the curtain call is
  // one press away.
  await page.evaluate((id) => {
    const key = `allyship:ended:${id}`;
    const { part: _part, ...ended } = JSON.parse(localStorage.getItem(key)!);
    localStorage.setItem(key, JSON.stringify(ended));
  }, S1);
  await page.reload();
  await page.locator('.end-card').waitFor();
  expect(await page.locator('.debrief').count()).toBe(0);
  await openCurtainCall(page);
  expect(await shownTitle(page)).toBe('Pause');
  expect(errors).toEqual([]);
});

// Educator read 18b, COULD 7: said the same way as the other two welcomes ("Your curtain call is open…").
const WELCOME_BACK = 'Welcome back. Your curtain call is open where you left off.';

test('reopened by a reload, the curtain call says once that the learner is back where they left off; at Part 1 it opens from its title, so the company’s bow is met again', async () => {
  const { page, errors } = await cleanPage(browser, `/?story=${S1}`, {
    reducedMotion: 'reduce',
    tab: { name: 'stage hidden, live region heard', initScripts: [stageHiddenEarlier, hearStatus] },
  });
  await playS1(page, WITH_PATH);
  await openCurtainCall(page);
  const focused = () => page.evaluate(() => document.activeElement?.textContent);
  expect(await focused()).toBe('Curtain call: Sitting in Reception');
  expect(await heardSaid(page)).not.toContain(WELCOME_BACK);

  // Reloaded at Part 1, before going past the bow: it opens as it first did, focus on the title, the bow next.
  await reloadAtCurtainCall(page);
  expect(await shownTitle(page)).toBe('Pause');
  expect(await focused()).toBe('Curtain call: Sitting in Reception');
  expect(await page.evaluate(() => document.activeElement?.nextElementSibling?.classList.contains('company-bow'))).toBe(
    true,
  );
  // Polled until it is said; anything said before it (the play screen's own welcome back) would be there by then.
  await expect.poll(() => heardSaid(page)).toContain(WELCOME_BACK);
  expect(await heardSaid(page)).toEqual([WELCOME_BACK]);

  // Reloaded at a later part: focus on that part's heading, and the same words, said once.
  await goToPart(page, 'So what');
  await reloadAtCurtainCall(page);
  expect(await focused()).toBe('Part 3 of 6: So what');
  await expect.poll(() => heardSaid(page)).toContain(WELCOME_BACK);
  expect(await heardSaid(page)).toEqual([WELCOME_BACK]);
  expect(errors).toEqual([]);
});

test('Delete everything asks with focus on “No, keep it”: Enter pressed twice, or Esc, deletes nothing', async () => {
  const { page, errors } = await curtainCallAfterWith();
  await goToPart(page, 'Record');
  await field(page, 'What I learned').fill('Words a tired learner means to keep.');
  await expect.poll(async () => Object.values(await stored(page)).some((v) => v.includes('means to keep'))).toBe(true);
  const before = await stored(page);
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent);
  const start = shownPart(page).getByRole('button', { name: 'Delete everything this game has stored' });
  const question = shownPart(page).locator('.debrief-delete .debrief-confirm');

  // A double press, or a held key, on the button.
  await start.focus();
  await page.keyboard.press('Enter');
  expect(await focusedText()).toBe('No, keep it');
  await page.keyboard.press('Enter');
  expect(await question.isHidden()).toBe(true);
  expect(await focusedText()).toBe('Delete everything this game has stored');
  expect(await stored(page)).toEqual(before);

  // Esc answers the question the safe way too.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  expect(await question.isHidden()).toBe(true);
  expect(await focusedText()).toBe('Delete everything this game has stored');
  expect(await stored(page)).toEqual(before);
  expect(await field(page, 'What I learned').inputValue()).toBe('Words a tired learner means to keep.');
  expect(errors).toEqual([]);
});

test('axe-core finds no violations on any of the six parts, with an exploration and the delete question open', async () => {
  const { page, errors } = await curtainCallAfterWith();
  for (const title of PARTS) {
    await goToPart(page, title);
    if (title === 'What if') {
      await shownPart(page)
        .getByRole('button', { name: /^Try: / })
        .first()
        .click();
      await shownPart(page).locator('.debrief-branch').first().waitFor();
      // Mrs Lee at the desk is contested: both sides play out side by side.
      const mrsLee = shownPart(page).locator('.debrief-what-if > li').nth(2);
      await mrsLee.getByRole('button', { name: 'Compare what follows each side' }).click();
      expect(await mrsLee.locator('.debrief-side-by-side .debrief-branch').count()).toBe(2);
    }
    if (title === 'Record') {
      await field(page, 'A real situation this reminds me of').fill("Mrs Patel at St Mary's Surgery on Tuesday.");
      await shownPart(page).locator('.debrief-name-warning li').first().waitFor();
      await shownPart(page).getByRole('button', { name: 'Delete everything this game has stored' }).click();
    }
    try {
      await expectNoAxeViolations(page);
    } catch (e) {
      throw new Error(`Part “${title}”: ${(e as Error).message}`);
    }
  }
  expect(errors).toEqual([]);
});

test('200 % text in OpenDyslexic on a 320 px screen: no part of the curtain call scrolls sideways, both sides of a contested choice included', async () => {
  const { page, errors } = await curtainCallAfterWith();
  // The largest text and the widest font the settings offer, on the narrowest screen the accessibility statement
  // promises: the two columns of a contested choice (16rem each), the commitments' and standards' fieldsets, the
  // come-back date and the airtime tables all used to push the page wider than the screen.
  await openSiteDialog(page, 'settings');
  await chooseRadio(page, 'textSize', 200);
  await chooseRadio(page, 'font', 'opendyslexic');
  await closeDialog(page);
  await page.setViewportSize({ width: 320, height: 640 });
  const sideways = () =>
    page.evaluate(() => {
      const s = document.scrollingElement!;
      return s.scrollWidth - s.clientWidth;
    });
  for (const title of PARTS) {
    await goToPart(page, title);
    if (title === 'What if') {
      const mrsLee = shownPart(page).locator('.debrief-what-if > li').nth(2);
      await mrsLee.getByRole('button', { name: 'Compare what follows each side' }).click();
      await mrsLee.locator('.debrief-side-by-side .debrief-branch').nth(1).waitFor();
    }
    expect(await sideways(), `Part “${title}” scrolls sideways`).toBe(0);
  }
  expect(errors).toEqual([]);
});

test('keyboard only: from the end card to the Record, answering, ticking, exploring and downloading with Tab, Enter and Space', async () => {
  const { page, errors } = await cleanPage(browser, `/?story=${S1}`);
  await playS1(page, WITH_PATH);
  const isButton = (name: string | RegExp) => (f: Focused) =>
    f.tag === 'button' && (typeof name === 'string' ? f.name === name : name.test(f.name));
  const isField = (id: RegExp) => (f: Focused) => (f.tag === 'textarea' || f.tag === 'input') && id.test(f.id);
  const headingShown = async () =>
    page.evaluate(
      () =>
        document.activeElement?.closest('.debrief-part:not([hidden])') !== null &&
        document.activeElement?.tagName === 'H2',
    );

  // From here on, no mouse.
  await tabUntil(page, isButton('Take your curtain call'));
  await page.keyboard.press('Enter');
  await page.locator('.debrief-part:not([hidden])').waitFor();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent))
    .toBe('Curtain call: Sitting in Reception');

  await tabUntil(page, isField(/-feelings$/));
  await page.keyboard.type('A bit shaken.');
  const feelingsIn = await tabUntil(page, isField(/-feelings-in-account$/));
  await page.keyboard.press('Space');
  expect(await page.locator(`#${feelingsIn.id}`).isChecked()).toBe(true);
  await tabUntil(page, isButton('Continue to part 2'));
  await page.keyboard.press('Enter');
  expect(await shownTitle(page)).toBe('What happened');
  expect(await headingShown()).toBe(true);

  await tabUntil(page, isButton('Continue to part 3'));
  await page.keyboard.press('Space');
  expect(await shownTitle(page)).toBe('So what');
  await tabUntil(page, isField(/-prompt-deciding-together$/), 80);
  await page.keyboard.type('It made the plan hers.');
  await tabUntil(page, isButton('Continue to part 4'));
  await page.keyboard.press('Enter');

  expect(await shownTitle(page)).toBe('What if');
  await tabUntil(page, isButton("Try: Ask Esther what she'd like to do"));
  await page.keyboard.press('Space');
  // Focus moves to what the other option led to.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
    .toBe("If you had chosen: Ask Esther what she'd like to do");
  await tabUntil(page, isButton('Close this exploration'), 80);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Try: Ask Esther what she'd like to do");
  await tabUntil(page, isButton('Continue to part 5'), 80);
  await page.keyboard.press('Enter');

  expect(await shownTitle(page)).toBe('Now what');
  const box = await tabUntil(page, (f) => f.tag === 'input' && /-commit-/.test(f.id));
  await page.keyboard.press('Space');
  expect(await page.locator(`#${box.id}`).isChecked()).toBe(true);
  await tabUntil(page, isButton('Continue to part 6'), 80);
  await page.keyboard.press('Enter');

  expect(await shownTitle(page)).toBe('Record');
  expect(await headingShown()).toBe(true);
  await tabUntil(page, isField(/-learned$/));
  await page.keyboard.type('Wait, and let her speak.');
  const bands = await tabUntil(page, isField(/-include-bands$/), 80);
  await page.keyboard.press('Space');
  expect(await page.locator(`#${bands.id}`).isChecked()).toBe(true);
  await tabUntil(page, isButton('Download as Markdown'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const markdown = await downloadedText(download);
  expect(markdown).toContain('Wait, and let her speak.');
  expect(markdown).toContain('## How I felt straight after the story\n\nA bit shaken.');
  for (const line of BAND_LINES) expect(markdown).toContain(line);
  expect(markdown).toContain('## What I will do');

  // What was typed by keyboard was kept on the device.
  // Kept per story and playthrough: `allyship:debrief:STORY:PLAYTHROUGH`.
  const kept = Object.entries(await stored(page)).filter(([k]) => k.startsWith(`allyship:debrief:${S1}:`));
  expect(kept).toHaveLength(1);
  const answers = JSON.parse(kept[0]![1]);
  expect(answers.feelings).toBe('A bit shaken.');
  expect(answers.prompts['deciding-together']).toBe('It made the plan hers.');
  expect(answers.commitments.self).toHaveLength(1);
  expect(answers.account.learned).toBe('Wait, and let her speak.');
  // With the story's title, so the words are named by it even after the story leaves this theatre.
  expect(answers.title).toBe('Sitting in Reception');
  expect(errors).toEqual([]);
});

// A plain Inky story (no `move:` tags, so unscored): the shipped example, `stories/plain-example.ink`, unlisted on the
// playbill and opened by its address as a learner would open a link to it.
const PLAIN_PARTS = ['Pause', 'What happened', 'Questions to think about', 'Record'];

test('a plain ink story gets the four-part debrief: Pause with its support first, then What happened, questions and Record', async () => {
  const { page, errors } = await cleanPage(browser, '/?story=plain-example', { reducedMotion: 'reduce' });
  // A plain Inky story may CLEAR the page: playToEnd waits for the options to change, not for more text.
  await playToEnd(page);
  await openCurtainCall(page);
  expect(await page.locator('.debrief-part h2').allTextContents()).toEqual(
    PLAIN_PARTS.map((title, i) => `Part ${i + 1} of 4: ${title}`),
  );
  expect(await page.locator('.debrief-intro').textContent()).toMatch(/^Four short parts\. You can skip any of them\./);
  // Pause needs nothing from scoring: the feelings box and where to find support, from the first moment.
  expect(await shownTitle(page)).toBe('Pause');
  expect(await shownPart(page).locator('.debrief-signposts li').count()).toBeGreaterThan(0);
  const felt = 'Uneasy about talking over Ray.';
  await field(page, 'How are you left feeling? (optional)').fill(felt);
  await shownPart(page).getByLabel('Put these words in my reflective account', { exact: true }).check();
  await expectNoAxeViolations(page);

  for (const title of PLAIN_PARTS.slice(1)) {
    await shownPart(page)
      .getByRole('button', { name: /^Continue to part/ })
      .click();
    expect(await shownTitle(page)).toBe(title);
    if (title === 'Questions to think about')
      expect(await shownPart(page).locator('.debrief-questions label').count()).toBeGreaterThanOrEqual(2);
  }
  expect(await page.locator('.debrief-bands').count()).toBe(0);
  // The Record offers the same choice as Pause, and the words the learner put in reach the account.
  expect(
    await field(page, 'Put how I was left feeling (from part 1, Pause) in my reflective account').isChecked(),
  ).toBe(true);
  expect((await downloadMarkdown(page)).text).toContain(`## How I felt straight after the story\n\n${felt}`);
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});
