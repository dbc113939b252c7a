// A participant's own reflective account, marked as participatory learning, on their phone: in real Chromium
// against the real room server on 127.0.0.1. In the debrief each phone gets what the room did together (the story,
// the date, what it chose, its commitments) and boxes for the rest; what the participant writes stays on the phone
// through a reload and after the workshop ends, and leaves it only as a file they save or an email they send.
import { describe, expect, test } from 'vitest';
import { ACCOUNT_PARTS } from '../../src/engine/debrief/accountParts';
import { downloadedText, expectNoAxeViolations } from './support/browser';
import { openPresenter, openProjector, roomForTests } from './support/roomForTests';
import { clickOn as click, pageText as text, toFirstRoomVote, endPhoneRoom } from './support/roomPages';

const STORY = 'sitting-in-reception';

const theRoom = roomForTests();

const page = (viewport?: { width: number; height: number }) => theRoom.page(viewport, { downloads: true });

describe('a room voting by phone and by hand', () => {
  test('the phone vote closes into the count fields, hand votes are added, and the room sees one result', async () => {
    const running = theRoom.room();
    const presenter = await page();
    await openPresenter(presenter, running, STORY);
    const projector = await openProjector(presenter);
    const phone = await page({ width: 375, height: 812 });
    await phone.goto(running.joinAddress);
    await toFirstRoomVote(presenter);
    await presenter.keyboard.press('v');
    await expect.poll(() => text(phone, '#phone-heading')).toBe('What would you do?');
    await click(phone, '[data-choice="1"]');
    await expect.poll(() => text(presenter, '[data-phone-count]')).toContain('Phone votes in: 1');

    await click(presenter, '[data-key="phone-close-only"]');
    await expect.poll(() => presenter.inputValue('#count-1')).toBe('1');
    await expect.poll(() => text(phone, '#phone-heading')).toBe('The vote is closed');
    // The room has not been shown a phone-only split.
    expect(await text(projector, '#room')).not.toMatch(/%|a few/);
    // The phone vote is closed: the room's screen stops offering phones while the hands go up.
    await expect.poll(() => projector.locator('.room-qr').count()).toBe(0);
    expect(await text(projector, '#room .room-lede')).toContain('Privately: a card or a hand.');
    expect(await text(presenter, '.room-preview .room-lede')).toContain('Privately: a card or a hand.');
    // Three hands for option 2 and two for option 1, then one result for the room.
    for (let i = 0; i < 3; i++) await presenter.click('[data-key="count-1-plus"]');
    for (let i = 0; i < 2; i++) await presenter.click('[data-key="count-0-plus"]');
    await presenter.click('[data-key="show-vote"]');
    await expect.poll(() => text(projector, '#room')).toContain('67%');
    const votes = (await presenter.context().storageState()).origins
      .flatMap((o) => o.localStorage)
      .map((item) => item.value)
      .join('');
    expect(votes).toContain('"counts":[2,4,0,0]');
    await presenter.close();
    await phone.close();
  });
});

describe('a participant’s own reflective account from a workshop', () => {
  test('the debrief puts a participatory account on each phone, kept through a reload and the end, saved as a file', async () => {
    const running = theRoom.room();
    const presenter = await page();
    await openPresenter(presenter, running, STORY);
    const phone = await page({ width: 375, height: 812 });
    await phone.goto(running.joinAddress);
    // The room's last vote (the test before) may still be on the phone until this one opens.
    await expect.poll(() => text(phone, '#phone-heading')).toMatch(/Waiting for a vote|The result is on/);

    // One room vote, played as the majority, then the facilitator ends the story early for the debrief.
    await toFirstRoomVote(presenter);
    await presenter.keyboard.press('v');
    await expect.poll(() => text(phone, '#phone-heading')).toBe('What would you do?');
    await click(phone, '[data-choice="2"]');
    await expect.poll(() => text(presenter, '[data-phone-count]')).toContain('Phone votes in: 1');
    await click(presenter, '[data-key="phone-close"]');
    await expect.poll(() => presenter.inputValue('#count-2')).toBe('1');
    await presenter.keyboard.press('3');
    await click(presenter, '[data-key="end"]');
    await click(presenter, '[data-key="end-yes"]');

    // The phone turns to the participant's own account, marked as participatory, with what the room played.
    await expect.poll(() => text(phone, '#phone-heading')).toBe('The group debrief');
    const facts = await text(phone, '[data-account-facts]');
    expect(facts).toContain('Sitting in Reception');
    expect(facts).toContain('Participatory: a facilitated group session');
    expect(facts).toMatch(/What the room played.*the room played “Tell Dawn Esther lipreads/);
    await phone.fill('#account-learned', 'To hand the conversation back to the person.');
    // The solo Record's other parts, in its words (one declaration, accountParts.ts): a real situation, the impact,
    // and the standards it relates to, ticked as the Record ticks them.
    for (const part of ['realSituation', 'impact', 'codeRelevance'] as const)
      expect(await text(phone, `label[for="account-${part}"]`)).toBe(ACCOUNT_PARTS[part].label);
    expect(await text(phone, '#account-realSituation-hint')).toBe(ACCOUNT_PARTS.realSituation.hint);
    await phone.fill('#account-realSituation', 'A ward round where the doctor spoke only to the daughter.');
    await phone.fill('#account-impact', 'Patients who lipread get the news first, not last.');
    await phone.getByLabel('Prioritise people').check();
    await phone.getByLabel('Standard 4: Equality, diversity, inclusion and human rights').check();
    await expectNoAxeViolations(phone);

    // A commitment the room agrees reaches the phone without disturbing what is being typed.
    await phone.focus('#account-changePractice');
    await phone.keyboard.type('Face the person');
    await presenter.bringToFront();
    await presenter.fill('#commitment', 'Speak to the person, not about them');
    await presenter.press('#commitment', 'Enter');
    await expect.poll(() => text(phone, '[data-account-facts]')).toContain('Speak to the person, not about them');
    await phone.bringToFront();
    await phone.keyboard.type(' when I talk.');
    expect(await phone.inputValue('#account-changePractice')).toBe('Face the person when I talk.');

    // The phone sleeps and the page reloads: what was written is still there.
    await phone.reload();
    await expect.poll(() => text(phone, '#phone-heading')).toBe('The group debrief');
    expect(await phone.inputValue('#account-learned')).toBe('To hand the conversation back to the person.');
    expect(await phone.inputValue('#account-impact')).toBe('Patients who lipread get the news first, not last.');
    expect(await phone.getByLabel('Prioritise people').isChecked()).toBe(true);
    await phone.screenshot({ path: 'test-results/phone-account-375.png', fullPage: true });

    // The facilitator ends the phone room: the account stays on the phone, ready to save.
    await endPhoneRoom(presenter);
    await expect.poll(() => text(phone, '#phone-heading')).toBe('The workshop has ended');
    theRoom.stopped();
    expect(await phone.inputValue('#account-learned')).toBe('To hand the conversation back to the person.');
    const [download] = await Promise.all([phone.waitForEvent('download'), click(phone, '[data-account-save]')]);
    const saved = await downloadedText(download);
    expect(download.suggestedFilename()).toBe('reflective-account-sitting-in-reception.txt');
    expect(saved).toContain('Type of learning: participatory (a facilitated group session)');
    expect(saved).toContain('Type of activity: a facilitated group workshop');
    expect(saved).toContain('To hand the conversation back to the person.');
    expect(saved).toContain('Face the person when I talk.');
    expect(saved).toContain('Speak to the person, not about them');
    expect(saved).toMatch(/the room played “Tell Dawn Esther lipreads/);
    expect(saved).toContain('A real situation this reminds me of\n');
    expect(saved).toContain('A ward round where the doctor spoke only to the daughter.');
    expect(saved).toContain('The impact on the people I support\n');
    expect(saved).toContain('Patients who lipread get the news first, not last.');
    expect(saved).toContain('* The NMC Code (nurses, midwives and nursing associates): Prioritise people');
    expect(saved).toContain('* Care Certificate: Standard 4: Equality, diversity, inclusion and human rights');
    // What each ticked standard needs besides this account, as the Record says it.
    expect(saved).toContain('NMC revalidation: my reflective discussion must still be with another NMC registrant.');
    expect(saved).toContain('Care Certificate: this supports my learning for Standard 4; it isn’t evidence for it.');
    // Emailing it to oneself carries the same words.
    await phone.evaluate(() =>
      document
        .querySelector<HTMLAnchorElement>('[data-account-email]')!
        .dispatchEvent(new MouseEvent('click', { cancelable: true })),
    );
    const mail = await phone.getAttribute('[data-account-email]', 'href');
    expect(mail).toMatch(/^mailto:\?subject=Reflective%20account/);
    expect(decodeURIComponent(mail!)).toContain('participatory (a facilitated group session)');
    await phone.screenshot({ path: 'test-results/phone-account-ended-375.png', fullPage: true });
  });
});
