// S4 "Standing Alongside": the verdicts reviewers disputed (scenarios.md v3, "Verdicts reviewers disputed"), each
// named by its reason, and the consequences that travel from an early choice to a later scene.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expectInOrder, indexIn } from './support/inOrder';
import { StoryWalk, type Pick } from './support/playByMoves';
import promptsData from '../../src/content/prompts.json';
import { parsePromptLibrary } from '../../src/engine/debrief/promptLibrary';
import { selectPrompts } from '../../src/engine/debrief/selectPrompts';

const ID = 'standing-alongside';

/** The label of the option on offer whose moves are exactly these (in any order). */
const label = (walk: StoryWalk, ...moves: readonly string[]) =>
  walk.options().find((o) => [...o.moves].sort().join(' + ') === [...moves].sort().join(' + '))!.text;
// Month one, honest: ask what the pairing is for and say what you can't do. Samir trusts you enough to ask you
// to carry his points to the board.
const HONEST_START = 'invite samir';
// The promise puts the Director at the centre as the benefactor (self_focus), on top of deciding for Samir.
const PROMISE_MONEY = ['act_on_behalf samir self_focus', /their fares are covered/] as const;
// Month one, clumsy but honest: ask Samir and Hawa to teach the Director about the families (BURDEN).
const ASK_TO_BE_TAUGHT = ['ask_to_educate samir', 'ask_to_educate hawa'] as const;
// Month one: before the first decision, a phone call: the hospital cashier turned a mother away this morning, and
// she goes back on Tuesday. After it, Hawa shows the letter (nothing about fares; "if it said fares, no cashier could
// say no"), says she keeps herself unnoticed at the cashier's desk, with four appointments to go, and that her choir
// thinks they're check-ups. The Director rings the trust about the cashiers (and raises the letter), no names.
const FARES_TOGETHER = ['act_on_behalf hawa', 'adjust hawa'] as const;
// The fix for everyone: a line about fares in every letter, her name kept out, and nothing about the cashier till April.
const ONE_LINE_ONLY = ['act_on_behalf hawa', 'silent'] as const;
// The old reflex: ask her to come to the trust's chief executive herself, fare paid (she had already answered, so
// it is a burden, not an invitation).
const HAWA_TO_THE_PANEL = ['ask_to_educate hawa'] as const;
// Take her letter, name and hospital number on it, to the trust's chief executive.
const HAWAS_LETTER = ['act_on_behalf hawa', 'disclose hawa info=letter'] as const;
const PUSH_THE_CHAIR = ['challenge', 'sponsor samir'];
// The chair's office: offer the chair the mother's winter "if she'll agree", and ask her for five minutes for Samir
// too (eleventh round: the trap also asks for his voice, so the best is not the only option that does).
const OFFER_THE_WINTER = ['disclose hawa info=story to=begum', 'sponsor samir'] as const;
const KEEP_THE_PEACE = 'silent samir';
const RELAY_AND_SLOT = ['relay samir', 'adjust samir room'];
const DECLINE_AND_SLOT = ['silent samir', 'adjust samir room'];
// The board: read Samir's points, credited, and add the mothers' winter, the walk included (seventh round: the trap
// does what Samir asked and gives the chair her face, so it is no longer the story instead of the points; twelfth
// round: it asks for his slot next time too, so it is the option that gives everyone what they asked for).
const HAWAS_STORY = ['relay samir', 'adjust samir room', 'disclose hawa info=story'] as const;
// The same trap with Samir in the gallery: his next time is a request passed on for him, as the best's words are.
const HAWAS_STORY_HERE = ['relay samir', 'act_on_behalf samir', 'disclose hawa info=story'] as const;
// The board, Samir in the gallery: read his points, credited, and ask the chair to hear him next time (eleventh
// round: the best's words out of the room, where next time removes a barrier; here he is twenty feet away).
const READ_FOR_HIM_HERE = ['relay samir', 'act_on_behalf samir'] as const;
// Month three: stop the "nothing we can offer" line today, and rewrite it with Lorna's advisers and New Roots.
const STOP_AND_COWRITE = ['challenge', 'decide_with lorna', 'decide_with samir'];
// Month three: agree a six-week test with both of them, while the old line keeps being read to callers.
const TEST_FIRST = ['decide_with samir', 'decide_with lorna', 'silent'];
// Month three: stop the line this week and hand the redraft to the council's lawyers (nobody who reads or hears
// the script asked).
const LEGAL_REDRAFT = ['challenge', 'indirect kind=delegate'];
const SCRIPT_TOGETHER = STOP_AND_COWRITE;
// The forum: tell the chair Samir's right and have his list minuted for the next board.
const NEXT_BOARD = ['challenge', 'indirect samir kind=document'];
// The forum: Samir has just said on the microphone what accountability would look like. The Director stops the
// chair, says he's right and agrees his list on the record, with a date.
const REPAIR_AND_FLOOR = ['challenge', 'repair samir', 'act_on_behalf samir'];
// The forum, as the rule of thumb reads it (act on what he asked; pay for the work): agree all of his list on the
// record, New Roots paid for its signposting included. A Director promising council money to their own pairing
// partner from a stage, outside the grant and contract rules, is month one's probity problem again (self_focus:
// the Director as benefactor); the best agrees the rest and puts paying for the signposting to the chair, who
// holds the cabinet brief, through an open round.
const ALL_OF_IT = ['challenge', 'repair samir', 'act_on_behalf samir self_focus'];
// The forum, kind and private: say he's right and take the list to New Roots next week (the chair moves on).
const WEDNESDAY = ['repair samir', 'silent samir'];
// Six months: ask Samir to co-chair the promotion review, paid a day rate (still on the council's side of the table).
const CO_CHAIR = ['invite samir', 'ask_to_educate samir'];
// Six months: Joy, for the department's race equality staff network, asked that staff see the promotion figures
// first, in May, and the Director agreed; last month the Director offered the network paid time for its plan and
// Joy took Thursdays, every one booked for the plan. The best keeps her order and tells Samir the date, nothing
// more; the echo of Joy's words keeps the order and offers Samir her paid time (it was given for the plan); the
// old reflex hands him the figures now.
const FIGURES_IN_MAY = ['decide_with samir', 'silent joy'];
const ECHO_JOY = ['decide_with samir', 'silent joy', 'ask_to_educate joy'];
const HAND_THE_FIGURES = ['decide_with samir', 'disclose joy info=figures'];
const DIRECT_AWARD = ['act_on_behalf samir', /underspend/] as const;
const BUDGET_TOUR = 'silent samir';

const total = (o: { voice: number; power: number; courage: number }) => o.voice + o.power + o.courage;

/** To Thursday's board with Samir in the gallery (the chair was pushed for his five minutes). */
function inTheGallery(): StoryWalk {
  const walk = new StoryWalk(ID);
  walk.take(HONEST_START);
  walk.take(...FARES_TOGETHER);
  walk.take(...PUSH_THE_CHAIR);
  return walk;
}

/** Month one to the board, with Samir having asked the learner to carry his three points. */
function atTheBoardAsked(): StoryWalk {
  const walk = new StoryWalk(ID);
  walk.take(HONEST_START);
  walk.take(...FARES_TOGETHER);
  walk.take(KEEP_THE_PEACE);
  return walk;
}

/** Six months on, after the board (Samir's points carried with a slot), the front door co-written and the forum repaired. */
function atSixMonths(): StoryWalk {
  const walk = atTheBoardAsked();
  walk.take(...RELAY_AND_SLOT);
  walk.take(...STOP_AND_COWRITE);
  walk.take(...REPAIR_AND_FLOOR);
  return walk;
}

/** Six months on, after the board (points carried), the legal redraft and agreeing to all of Samir's list at the forum. */
function atSixMonthsAfterPromisingAll(): StoryWalk {
  const walk = atTheBoardAsked();
  walk.take(...RELAY_AND_SLOT);
  walk.take(...LEGAL_REDRAFT);
  walk.take(...ALL_OF_IT);
  return walk;
}

/** The other promise path: money promised at the first visit, the story told at the board, the list to March. */
function atSixMonthsAfterPromisingInMonthOne(): StoryWalk {
  const walk = new StoryWalk(ID);
  walk.take(...PROMISE_MONEY);
  walk.take(...FARES_TOGETHER);
  walk.take(KEEP_THE_PEACE);
  walk.take(...HAWAS_STORY);
  walk.take(...LEGAL_REDRAFT);
  walk.take(...NEXT_BOARD);
  return walk;
}

describe('Standing Alongside: disputed verdicts, fixed', () => {
  it("the board: making Samir's three points as he asked, credited and with his request to speak, outscores declining to say them (reviewers: declining left his words unsaid and still scored higher)", () => {
    const walk = atTheBoardAsked();
    expect(walk.present()).not.toContain('samir');
    const relay = walk.wouldScore(...RELAY_AND_SLOT);
    const decline = walk.wouldScore(...DECLINE_AND_SLOT);
    expect(relay.acts).toContain('ADVOCATE');
    expect(decline.acts).toContain('BYSTAND');
    expect(relay.courage).toBeGreaterThan(decline.courage);
    expect(relay.voice).toBeGreaterThanOrEqual(decline.voice);
    expect(relay.power).toBeGreaterThanOrEqual(decline.power);
    expect(total(relay)).toBeGreaterThan(total(decline));
  });

  it('month one: promising money the director cannot commit is worse than an honest "I can\'t promise that" (a probity breach as well as deciding for Samir)', () => {
    const walk = new StoryWalk(ID);
    const promise = walk.wouldScore(...PROMISE_MONEY);
    const honest = walk.wouldScore(HONEST_START);
    expect(promise.acts).toEqual(['DOING_FOR', 'CENTRE_SELF']);
    expect(promise.power).toBeLessThan(0);
    expect(total(honest)).toBeGreaterThan(total(promise));
  });

  it('month six: keeping the money promise through a direct award scores below owning it and planning the grant bid with Samir', () => {
    const walk = new StoryWalk(ID);
    walk.take(...PROMISE_MONEY);
    walk.take(...FARES_TOGETHER);
    walk.take(KEEP_THE_PEACE);
    walk.take(...RELAY_AND_SLOT);
    walk.take(...SCRIPT_TOGETHER);
    walk.take(...REPAIR_AND_FLOOR);
    const directAward = walk.wouldScore(...DIRECT_AWARD);
    const owned = walk.wouldScore('repair samir', 'decide_with samir');
    expect(directAward.acts).toEqual(['OVERRIDE']);
    expect(total(owned)).toBeGreaterThan(total(directAward));
  });

  it('month six: the direct award, a probity breach Samir had refused ("the open round or not at all"), scores worse than the honest but evasive budget tour (reviewers: it scored above it)', () => {
    const walk = new StoryWalk(ID);
    walk.take(...PROMISE_MONEY);
    walk.take(...FARES_TOGETHER);
    walk.take(KEEP_THE_PEACE);
    walk.take(...RELAY_AND_SLOT);
    walk.take(...STOP_AND_COWRITE);
    walk.take(...REPAIR_AND_FLOOR);
    expect(walk.pt.sceneContext.people.samir!.mandate).toBe('declined');
    const directAward = walk.wouldScore(...DIRECT_AWARD);
    const tour = walk.wouldScore(BUDGET_TOUR);
    expect(directAward.power).toBeLessThan(tour.power);
    expect(total(directAward)).toBeLessThan(total(tour));
  });

  it("month one: the money promise scores below every other option, the honest but clumsy question included (a Director promising grant money in public, with no authority, is a probity breach, and the promise makes the Director the benefactor in Samir's own room; reviewers: it tied with the question)", () => {
    const walk = new StoryWalk(ID);
    const promise = total(walk.wouldScore(...PROMISE_MONEY));
    const question = walk.wouldScore(...ASK_TO_BE_TAUGHT);
    expect(question.acts).toEqual(['BURDEN', 'BURDEN']);
    expect(total(question)).toBeGreaterThan(promise);
    const others = walk
      .options()
      .filter((o) => !/their fares are covered/.test(o.text))
      .map((o) => total(walk.wouldScore(...o.moves)));
    // Tenth round: three options besides the promise (telling Hawa the cashier is wrong was added).
    expect(others).toHaveLength(3);
    expect(others.every((t) => t > promise)).toBe(true);
  });

  it('the front door: stopping the "nothing we can offer" line now and co-writing the fix is the best option, above a six-week test while the line still runs (telling people with no recourse to public funds there is nothing before any assessment risks the Care Act 2014 s9 duty to assess)', () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    const stop = walk.wouldScore(...STOP_AND_COWRITE);
    const testFirst = walk.wouldScore(...TEST_FIRST);
    expect(stop.acts).toEqual(expect.arrayContaining(['CHALLENGE', 'DECIDE_WITH']));
    expect(testFirst.acts).toContain('BYSTAND');
    expect(testFirst.courage).toBeLessThan(0);
    expect(total(stop)).toBeGreaterThan(total(testFirst));
    for (const o of walk.options()) expect(total(stop)).toBeGreaterThanOrEqual(total(walk.wouldScore(...o.moves)));
  });

  it("the front door: New Roots is paid as a charity (for the test calls, or for its volunteers' time on the script), never its volunteers as people (people seeking asylum may usually receive expenses only)", () => {
    for (const option of [STOP_AND_COWRITE, TEST_FIRST]) {
      const walk = atTheBoardAsked();
      walk.take(...RELAY_AND_SLOT);
      const before = walk.shown.length;
      walk.take(...option);
      const read = walk.shown.slice(before).join('\n');
      expect(read).toMatch(/paid (for the test calls )?as a charity/);
      expect(read).not.toMatch(/volunteers? (are |get |will be )?paid/i);
    }
  });

  it("the front door: Samir's test calls from Monday, New Roots paid and Lorna's advisers hearing them first, score below taking the line out now (the rule of thumb finds what Samir asked, pay and Lorna's say in the test; the 'nothing we can offer' line runs all through it, and Samir's three points said so a scene before)", () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    // The line's harm is shown at the board (Samir's second point), not spoken in the line before the choice.
    expect(walk.shown.at(-1)).not.toMatch(/this afternoon|read that line/);
    const stop = walk.wouldScore(...STOP_AND_COWRITE);
    const testFirst = walk.wouldScore(...TEST_FIRST);
    const testText = walk.options().find((o) => o.moves.includes('silent'))!.text;
    expect(testText).toMatch(/test calls/);
    expect(testText).toMatch(/paid/);
    expect(total(stop)).toBeGreaterThan(total(testFirst));
  });

  it('the front door: stopping the line this week and handing the redraft to legal ranks second, above six weeks of test calls while callers still hear "nothing" (educator fifth read: the Care Act 2014 s9 duty to assess arises on the appearance of need, so a script that turns people away first is unlawful gatekeeping; it was third, below the test), and below stopping it and co-writing the fix (nobody who reads or hears the script was asked)', () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    const stop = walk.wouldScore(...STOP_AND_COWRITE);
    const legal = walk.wouldScore(...LEGAL_REDRAFT);
    const testFirst = walk.wouldScore(...TEST_FIRST);
    expect(legal.acts).toEqual(['CHALLENGE', 'INDIRECT']);
    expect(legal.voice).toBeLessThan(stop.voice);
    expect(total(legal)).toBeGreaterThan(total(testFirst));
    expect(total(stop)).toBeGreaterThan(total(legal));
    const ranked = walk
      .options()
      .map((o) => total(walk.wouldScore(...o.moves)))
      .sort((a, b) => b - a);
    expect(ranked.slice(0, 3)).toEqual([total(stop), total(legal), total(testFirst)]);
  });

  it("the chair's office: offering the chair the mother's winter \"if she'll agree\" still overrides Hawa (the outline is on the chair's pad before anyone asks, and Hawa had said her choir thinks the appointments are check-ups)", () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    walk.take(...FARES_TOGETHER);
    const offer = walk.options().find((o) => o.moves.includes('disclose hawa info=story to=begum'))!;
    expect(offer.text).toMatch(/if she'll agree/);
    const offered = walk.wouldScore(...offer.moves);
    expect(offered.acts).toContain('OVERRIDE');
    expect([offered.voice, offered.power, offered.courage]).toEqual([-2, -2, 0]);
    expect(total(walk.wouldScore(...PUSH_THE_CHAIR))).toBeGreaterThan(total(walk.wouldScore(...offer.moves)));
  });

  it("the board: Samir's published points, read out and credited to him, outscore declining even when he asked the chair and not the learner (reviewers: repeating them scored below declining)", () => {
    const walk = new StoryWalk(ID);
    walk.take(...PROMISE_MONEY);
    walk.take(...FARES_TOGETHER);
    walk.take(KEEP_THE_PEACE);
    expect(walk.pt.sceneContext.people.samir!.mandate).toBe('none');
    const relay = walk.wouldScore(...RELAY_AND_SLOT);
    const decline = walk.wouldScore(...DECLINE_AND_SLOT);
    expect(total(relay)).toBeGreaterThan(total(decline));
    expect(relay.courage).toBeGreaterThan(decline.courage);
  });

  it("six months: Samir has heard that the department's promotion figures, by race, will go to a workforce board, not the website (in March, before the May order agreed with Joy; council SC-WRES returns are not routinely published; the seventeenth read: the standard's name in the scene was never tied to the 'promotion figures' the options name, so the scene says the figures and the debrief note names the standard)", () => {
    const walk = atSixMonths();
    const read = walk.shown.join('\n');
    expect(read).toMatch(
      /Samir has heard that your department's promotion figures, by race, will go to a workforce board, not the website\./,
    );
    expect(read).not.toMatch(/Workforce Race Equality Standard/);
    const ink = readFileSync(resolve(__dirname, '../../stories/standing-alongside.ink'), 'utf8');
    expect(ink).toMatch(/The Social Care Workforce Race Equality Standard \(SC-WRES\) is run by Skills for Care/);
  });

  it("the forum: telling the chair Samir's right and sending his list to the next board scores below agreeing it on the record tonight (the line and the assessments are the Director's own service to say yes to; a later meeting commits to nothing tonight)", () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    walk.take(...SCRIPT_TOGETHER);
    const nextBoard = walk.wouldScore(...NEXT_BOARD);
    const agree = walk.wouldScore(...REPAIR_AND_FLOOR);
    expect(nextBoard.acts).toEqual(expect.arrayContaining(['CHALLENGE', 'INDIRECT']));
    expect(agree.acts).toEqual(expect.arrayContaining(['REPAIR', 'ADVOCATE']));
    expect(agree.voice).toBeGreaterThan(nextBoard.voice);
    expect(total(agree)).toBeGreaterThan(total(nextBoard));
  });

  it("month one: Hawa has told the Director about the letter and that she keeps herself unnoticed at the hospital desk, so taking it up with the trust yourself outscores the reflex of asking her to come to the trust's chief executive herself (asking makes her carry it twice), and taking her named letter overrides her", () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    expect(walk.pt.sceneContext.people.hawa!.mandate).toBe('known_wishes');
    const carry = walk.wouldScore(...FARES_TOGETHER);
    const panel = walk.wouldScore(...HAWA_TO_THE_PANEL);
    const letter = walk.wouldScore(...HAWAS_LETTER);
    expect(carry.acts).toEqual(expect.arrayContaining(['ADVOCATE', 'REMOVE_BARRIER']));
    expect(panel.acts).toContain('BURDEN');
    expect(panel.power).toBeLessThan(0);
    expect(letter.acts).toContain('OVERRIDE');
    expect(total(carry)).toBeGreaterThan(total(panel));
    expect(total(panel)).toBeGreaterThan(total(letter));
  });

  it("the forum: agreeing all of Samir's list on the record, New Roots paid for its signposting included, scores below agreeing what is the Director's and putting paying for the signposting to the cabinet member, through an open round (the rule of thumb, act on what he asked and pay for the work, picks the first; a Director promising council money to their own pairing partner from a stage is a probity breach, as in month one)", () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    walk.take(...STOP_AND_COWRITE);
    expect(walk.pt.sceneContext.people.samir!.mandate).toBe('asked');
    const agree = walk.wouldScore(...REPAIR_AND_FLOOR);
    const all = walk.wouldScore(...ALL_OF_IT);
    const wednesday = walk.wouldScore(...WEDNESDAY);
    expect(agree.acts).toEqual(expect.arrayContaining(['REPAIR', 'ADVOCATE']));
    expect(all.acts).toContain('CENTRE_SELF');
    expect(wednesday.acts).toContain('BYSTAND');
    expect(total(agree)).toBeGreaterThan(total(all));
    expect(total(agree)).toBeGreaterThan(total(wednesday));
    for (const o of walk.options()) expect(total(agree)).toBeGreaterThanOrEqual(total(walk.wouldScore(...o.moves)));
  });

  it("six months: telling Samir the promotion figures can't be his until late May outscores the reflex of handing them over now (the Director promised Joy's staff network that staff see them first) and asking him to co-chair the review, even paid (the council's review of its own staff put on him, on its side of the table, at the cost of his voice as a critic)", () => {
    const walk = atSixMonths();
    expect(walk.pt.sceneContext.people.samir!.mandate).toBe('none');
    const inMay = walk.wouldScore(...FIGURES_IN_MAY);
    const handOver = walk.wouldScore(...HAND_THE_FIGURES);
    const coChair = walk.wouldScore(...CO_CHAIR);
    expect(inMay.acts).toEqual(expect.arrayContaining(['DECIDE_WITH', 'RESPECT_WISH']));
    expect(handOver.acts).toContain('OVERRIDE');
    expect(coChair.acts).toContain('BURDEN');
    expect(walk.options().find((o) => o.moves.includes('invite samir'))!.text).toMatch(/paid/);
    expect(total(inMay)).toBeGreaterThan(total(coChair));
    expect(total(coChair)).toBeGreaterThan(total(handOver));
    for (const o of walk.options()) expect(total(inMay)).toBeGreaterThanOrEqual(total(walk.wouldScore(...o.moves)));
  });

  it('six months, after the money promise: asking Samir to help shape the grant round he would bid into scores below owning the promise (unpaid, and a conflict of interest that would rule New Roots out)', () => {
    const walk = new StoryWalk(ID);
    walk.take(...PROMISE_MONEY);
    walk.take(...FARES_TOGETHER);
    walk.take(KEEP_THE_PEACE);
    walk.take(...RELAY_AND_SLOT);
    walk.take(...STOP_AND_COWRITE);
    walk.take(...REPAIR_AND_FLOOR);
    const shape = walk.wouldScore(...CO_CHAIR);
    const owned = walk.wouldScore('repair samir', 'decide_with samir');
    expect(shape.acts).toContain('BURDEN');
    expect(total(owned)).toBeGreaterThan(total(shape));
  });

  it("month one: getting a line about fares into the letter, her name kept out, outscores asking her to come to the trust's chief executive herself (educator fifth read: she keeps herself unnoticed at that desk, with four appointments to go, so asking is a burden, not an invitation, and on that path nothing changes; it ranked above the letter)", () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    const oneLine = walk.wouldScore(...ONE_LINE_ONLY);
    const panel = walk.wouldScore(...HAWA_TO_THE_PANEL);
    expect(panel.acts).toEqual(['BURDEN']);
    expect(total(oneLine)).toBeGreaterThan(total(panel));
    const ranked = walk
      .options()
      .map((o) => total(walk.wouldScore(...o.moves)))
      .sort((a, b) => b - a);
    expect(ranked).toEqual([
      total(walk.wouldScore(...FARES_TOGETHER)),
      total(oneLine),
      total(panel),
      total(walk.wouldScore(...HAWAS_LETTER)),
    ]);
  });

  it('month one: after the phone call (the cashier turned another mother away today, and she goes back on Tuesday), ringing the trust about the cashiers outscores getting a line about fares into every letter, her name kept out (the rule of thumb, fix it for everyone, picks the letter; her wish covers her name, not the refusals that go on till April)', () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    expect(walk.pt.sceneContext.people.hawa!.mandate).toBe('known_wishes');
    const carry = walk.wouldScore(...FARES_TOGETHER);
    const oneLine = walk.wouldScore(...ONE_LINE_ONLY);
    expect(oneLine.acts).toEqual(['ADVOCATE', 'BYSTAND']);
    // Tuesday is heard before Hawa's request, not in the line just before the choice.
    expect(walk.shown.at(-1)).not.toMatch(/Tuesday/);
    expect(walk.shown.join('\n')).toMatch(/Tuesday[\s\S]*If it said fares/);
    expect(oneLine.courage).toBeLessThan(0);
    expect(total(carry)).toBeGreaterThan(total(oneLine));
    for (const o of walk.options()) expect(total(carry)).toBeGreaterThanOrEqual(total(walk.wouldScore(...o.moves)));
  });

  it("six months: telling Samir that Joy will meet him before May in the network's paid time scores below keeping her order and saying no more (the rule of thumb, act on her wish and pay for the work, picks the first; the paid Thursdays were offered to Joy and taken for the plan, and aren't the Director's to spend on a visitor; educator read: offer the time to Joy first)", () => {
    const walk = atSixMonths();
    const best = walk.wouldScore(...FIGURES_IN_MAY);
    const echo = walk.wouldScore(...ECHO_JOY);
    expect(best.acts).toEqual(expect.arrayContaining(['RESPECT_WISH', 'DECIDE_WITH']));
    expect(echo.acts).toEqual(expect.arrayContaining(['RESPECT_WISH', 'BURDEN']));
    expect(echo.power).toBeLessThan(0);
    expect(total(best)).toBeGreaterThan(total(echo));
    // The paid time was offered to Joy, and taken, before Samir hears of it.
    expect(walk.shown.join('\n')).toMatch(/offered the network paid time[^\n]*Joy took/);
    expect(walk.options().find((o) => o.moves.includes('ask_to_educate joy'))!.text).toMatch(/paid time/);
  });

  it("the board: telling Hawa's story, even with no names and beside the other mothers', overrides her (she said her choir thinks the appointments are check-ups, and she'd like it to stay that way)", () => {
    const walk = atTheBoardAsked();
    expect(walk.wouldScore(...HAWAS_STORY).acts).toEqual(['ADVOCATE', 'REMOVE_BARRIER', 'OVERRIDE']);
  });
});

describe('Standing Alongside: consequences travel', () => {
  it('pressing the chair in month two puts Samir in the public gallery, and only then can the learner hand him the floor', () => {
    const pushed = new StoryWalk(ID);
    pushed.take(HONEST_START);
    pushed.take(...FARES_TOGETHER);
    pushed.take(...PUSH_THE_CHAIR);
    expect(pushed.present()).toContain('samir');
    expect(pushed.offers('invite samir public')).toBe(true);

    const quiet = atTheBoardAsked();
    expect(quiet.present()).not.toContain('samir');
    expect(quiet.offers('invite samir public')).toBe(false);
  });

  it('a money promise in month one changes what month six offers: the direct award exists only on that path', () => {
    const promised = new StoryWalk(ID);
    promised.take(...PROMISE_MONEY);
    promised.take(...FARES_TOGETHER);
    promised.take(KEEP_THE_PEACE);
    promised.take(...RELAY_AND_SLOT);
    promised.take(...SCRIPT_TOGETHER);
    promised.take(...REPAIR_AND_FLOOR);
    expect(promised.offers('repair samir', 'decide_with samir')).toBe(true);

    const honest = atTheBoardAsked();
    honest.take(...RELAY_AND_SLOT);
    honest.take(...SCRIPT_TOGETHER);
    honest.take(...REPAIR_AND_FLOOR);
    expect(honest.offers('repair samir', 'decide_with samir')).toBe(false);
    expect(honest.offers(...FIGURES_IN_MAY)).toBe(true);
  });

  it("agreeing all of Samir's list at the forum, New Roots paid included, brings a money promise to month six: the direct award and owning it are on offer, Joy's figures are not", () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    walk.take(...SCRIPT_TOGETHER);
    walk.take(...ALL_OF_IT);
    expect(walk.offers(...DIRECT_AWARD)).toBe(true);
    expect(walk.offers('repair samir', 'decide_with samir')).toBe(true);
    expect(walk.offers(...FIGURES_IN_MAY)).toBe(false);
    expect(walk.shown.join('\n')).toMatch(/the money you promised at the forum/);
    expect(walk.pt.sceneContext.people.samir!.mandate).toBe('declined');
  });

  it("the forum's best leaves new money to the cabinet member, through an open round, rather than committing it from the panel (educator fifth read: new spend is a member or budget decision)", () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    walk.take(...STOP_AND_COWRITE);
    const before = walk.shown.length;
    walk.take(...REPAIR_AND_FLOOR);
    const said = walk.shown.slice(before).join('\n');
    expect(said).toMatch(/new money, Chair, so it's yours to decide/);
    expect(said).toMatch(/open round/);
    expect(said).not.toMatch(/goes out to open bids/);
  });

  it("telling Hawa's story points to her through the walk the option names, not a profession or a detail it never chose, and neither refugee's worth rests on a hidden credential (stereotype reads: the 'skilled refugee' pattern; educator and stereotype sixth reads: the speech added her homework club, which the option never chose)", () => {
    const told = atTheBoardAsked();
    const option = told.options().find((o) => o.moves.includes('disclose hawa info=story'))!;
    expect(option.text).toMatch(/walking her daughter to hospital each week last winter/);
    const before = told.shown.length;
    told.take(...HAWAS_STORY);
    const board = told.shown.slice(before).join('\n');
    const said = told.shown.slice(before).find((l) => /asylum support/.test(l))!;
    // Review fixes (session 9): the speech says "forty minutes each way", as the label does.
    expect(said).toMatch(/walked her little girl to hospital every week, forty minutes each way/);
    expect(said).not.toMatch(/homework|allowed to work/);
    expect(board).toMatch(/choir recognises[^\n]*hospital every week/);
    expect(board).not.toMatch(/teacher/i);
    expect(told.shown.join('\n')).not.toMatch(/pharmacist/i);
  });

  it("telling Hawa's story at the board keeps her away from County Hall at six months", () => {
    const told = atTheBoardAsked();
    told.take(...HAWAS_STORY);
    told.take(...SCRIPT_TOGETHER);
    told.take(...REPAIR_AND_FLOOR);
    expect(told.present()).not.toContain('hawa');

    const kept = atTheBoardAsked();
    kept.take(...RELAY_AND_SLOT);
    kept.take(...SCRIPT_TOGETHER);
    kept.take(...REPAIR_AND_FLOOR);
    expect(kept.present()).toContain('hawa');
  });

  it('the trust the first visit earns decides whether Samir asks the learner to carry his words (his mandate at the board)', () => {
    expect(atTheBoardAsked().pt.sceneContext.people.samir!.mandate).toBe('asked');
    const folder = new StoryWalk(ID);
    folder.take(...PROMISE_MONEY);
    folder.take(...FARES_TOGETHER);
    folder.take(KEEP_THE_PEACE);
    expect(folder.pt.sceneContext.people.samir!.mandate).toBe('none');
  });
});

describe('Standing Alongside: the giveaways the sixth cold read named, gone', () => {
  it("month one: the call about the cashier (the mother goes back on Tuesday) is heard before the first decision, and no option at the fares repeats Hawa's words (cold read 6: her request for one line and to be nobody at that desk, just before the choice, with an option echoing it)", () => {
    const walk = new StoryWalk(ID);
    expect(walk.shown.join('\n')).toMatch(/goes back on Tuesday/);
    walk.take(HONEST_START);
    const since = walk.shown.join('\n');
    expect(since).not.toMatch(/one line in that letter|be nobody/);
    for (const o of walk.options()) expect(o.text).not.toMatch(/one line|name out|nobody/i);
  });

  it('month one: only the money option speaks of funding, and it carries the reason the room shows (a volunteer on hold to the Director\'s own front door, unpaid), with no "from your own budget" to mark the Director as benefactor in the label (cold read 6: the two others said "you can\'t fund New Roots"; cold read 7: "from your own budget" gave it away)', () => {
    const walk = new StoryWalk(ID);
    expect(walk.shown.join('\n')).toMatch(/on hold to your front door[\s\S]*unpaid/);
    const texts = walk.options().map((o) => o.text);
    // Tenth round: the cashier option speaks of the HC2's fares, not of funding New Roots.
    expect(texts.filter((t) => /fund|money|paid|fares are covered/.test(t))).toHaveLength(1);
    const promise = texts.find((t) => /fares are covered/.test(t))!;
    expect(promise).toMatch(/front door's work/);
    expect(promise).not.toMatch(/budget/);
  });

  it('six months: the order for the figures is agreed with Joy in month three, two scenes before, as what they did, and nobody repeats it before the choice; no option says who sees them first (cold read 6: Joy\'s visit just before, "Before anyone outside. We agreed"; panel of three, seventh polish: the month-five beat just before read as the answer key)', () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    const atFrontDoor = walk.shown.length;
    walk.take(...STOP_AND_COWRITE);
    const monthThree = walk.shown.slice(atFrontDoor).join('\n');
    expect(monthThree).toMatch(
      /The same month, Joy Adeyemi[\s\S]*network's members see the figures at their May meeting/,
    );
    const before = walk.shown.length;
    walk.take(...REPAIR_AND_FLOOR);
    const afterForum = walk.shown.slice(before).join('\n');
    expect(afterForum).not.toMatch(/Joy|initial|May meeting/);
    const sixAt = walk.shown.findIndex((l, i) => i >= before && l.startsWith('Month six'));
    // Found, or the slice would be the last line alone and the "not" below could not fail.
    expect(sixAt).toBeGreaterThan(-1);
    const monthSix = walk.shown.slice(sixAt);
    expect(monthSix.join('\n')).not.toMatch(/Joy|staff see|before anyone|We agreed/);
    for (const o of walk.options()) expect(o.text).not.toMatch(/first|after your staff/);
    expect(walk.pt.sceneContext.people.joy!.wants).toBe('no');
  });

  it('the forum: no option opens with "Samir\'s right", and the hardship fund sits on the panel from the start, not a reply being written (cold read 6: three options said it, and "already writing a reply" marked the deflection; ninth round: the colleague\'s note just before the choice planted it)', () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    walk.take(...STOP_AND_COWRITE);
    for (const o of walk.options()) expect(o.text).not.toMatch(/Samir's right/);
    expect(walk.shown.join('\n')).not.toMatch(/already writing a reply/);
    expect(walk.shown.join('\n')).toMatch(/Beside you sits the officer who runs the hardship fund/);
  });

  it('the lines cold read 6 heard as a leaflet or a grade are gone on the path it read (walk 3) and the kept path', () => {
    const leaflet =
      /Say the script is wrong\. Not the people|came up our stairs|in my language|only louder|very small from here|say thank you anyway|long enough for the webcast|under review\.$|That part works|answers in writing first/;
    const kept = atSixMonths();
    kept.take(...FIGURES_IN_MAY);
    for (const line of kept.shown) expect(line).not.toMatch(leaflet);
    const walked = new StoryWalk(ID);
    walked.take(...ASK_TO_BE_TAUGHT);
    walked.take(...HAWAS_LETTER);
    walked.take(...PUSH_THE_CHAIR);
    walked.take('invite samir public');
    walked.take('interrupt samir', 'sponsor lorna');
    walked.take(...NEXT_BOARD);
    walked.take(...CO_CHAIR);
    for (const line of walked.shown) expect(line).not.toMatch(leaflet);
  });
});

describe('Standing Alongside: the seventh cold read and the sixth educator and stereotype reads, acted on', () => {
  it("month one: the photo of Hawa's letter says in its label that the letter itself goes to the chief executive, is marked as a verdict practitioners dispute, and still overrides her, below ringing about the cashiers with no names (educator sixth read: the label showed only asking, and the harm came from an act nobody chose; consent asked by a director of someone awaiting an asylum decision is hard to refuse, UK GDPR Recital 43, and the letter carries her name and hospital number, Caldicott principle 3)", () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    const photo = walk.options().find((o) => o.moves.includes('disclose hawa info=letter'))!;
    expect(photo.text).toMatch(/send the trust's chief executive a photo of her letter/);
    expect(walk.pt.optionsOnOffer.find((o) => o.text === photo.text)!.contested).toBe(true);
    const letter = walk.wouldScore(...HAWAS_LETTER);
    expect(letter.acts).toContain('OVERRIDE');
    expect(total(walk.wouldScore(...FARES_TOGETHER))).toBeGreaterThan(total(letter));
  });

  it("month one: the choir line sits with the walk it is about, not just before the fares choice, and Hawa's asylum claim is in her own words, not a narrator's punchline after the fractions (cold read 7 and stereotype sixth read: the 'wasted talent' beat)", () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    const lines = walk.shown;
    const choir = lines.findIndex((l) => /choir thinks they're check-ups/.test(l));
    expect(lines[choir - 1]).toMatch(/Forty minutes each way/);
    expect(lines.slice(choir + 1).join('\n')).toMatch(/If it said fares/);
    expect(lines.find((l) => /while they decide my claim/.test(l))).toMatch(/^"/);
    expect(lines.find((l) => /fractions/.test(l))).toMatch(/finds the mistake upside down\.$/);
    expect(lines.join('\n')).not.toMatch(/isn't allowed to work here/);
  });

  it("month one: Samir's Friday at the mosque is on stage again, so the story's only faith shown is not the Christian refugee's (stereotype sixth read); Hawa's church is never the thing photographed or exposed at County Hall", () => {
    const walk = atSixMonths();
    const read = walk.shown.join('\n');
    // Fifteenth-round review (stereotype): his Friday is "at one he's off to Friday prayers", after his smile.
    expect(read).toMatch(/He smiles; at one he's off to Friday prayers\./);
    expect(read).not.toMatch(/finds her church/);
  });

  it("Joy's beat: she speaks for herself about the figures, and what she brings from her allotment goes to the team kitchen, not the Director's desk (stereotype sixth read: narrated, not heard; heritage food as thanks to the boss)", () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    const before = walk.shown.length;
    walk.take(...STOP_AND_COWRITE);
    const monthFive = walk.shown.slice(before).join('\n');
    expect(monthFive).toMatch(/"Worse than I'd hoped\. About what my members guessed/);
    expect(monthFive).toMatch(/allotment's pepper sauce[^\n]*team kitchen/);
    expect(monthFive).not.toMatch(/on your desk/);
  });

  it('the lines cold read 7 named as a reminder, a telegraph, a repeated rule or a grade are gone (the stairs reminder of the choir, "I\'m not blaming them", "the open round or not at all" said three times, "You didn\'t answer my question", "The conversation is about the council now", "Nobody quotes Samir", the chair\'s closing moral)', () => {
    const named =
      /On the stairs you remember|I'm not blaming them|You haven't asked anyone yet|The conversation is about the council now|Nobody quotes Samir|You didn't answer my question|rather hear them in my chamber|Grants go through an open round/;
    const offered = new StoryWalk(ID);
    offered.take(...PROMISE_MONEY);
    offered.take(...FARES_TOGETHER);
    offered.take(...OFFER_THE_WINTER);
    offered.take(...HAWAS_STORY);
    offered.take('interrupt samir', 'sponsor lorna');
    offered.take('interrupt samir');
    offered.take(BUDGET_TOUR);
    for (const line of offered.shown) expect(line).not.toMatch(named);
    // At most once (ninth round: month one no longer says it as a rule, so on this path it is said nowhere).
    expect((offered.shown.join('\n').match(/or not at all|or I don't want it/g) ?? []).length).toBeLessThanOrEqual(1);
    expect(offered.shown.join('\n')).toMatch(/the chair has already written "homework club, walk, hospital"/);
  });

  it('no line both carries a speaker tag and names its speaker with "says", and the co-written script is said to Lorna, whose advisers write it (educator sixth read: "Samir Haddad (to Lorna Kerr): "Agreed," says Samir.")', () => {
    const source = readFileSync(resolve(__dirname, '../../stories/standing-alongside.ink'), 'utf8').split('\n');
    for (const line of source) {
      if (/# speaker:/.test(line)) expect(line).not.toMatch(/\bsays (Samir|Lorna|Hawa|Joy|Cllr Begum)\b/);
    }
    expect(source.find((l) => /"Your advisers and Samir's volunteers write it/.test(l))).toMatch(/# to: lorna$/);
  });
});

describe('Standing Alongside: the seventh round (the sixth round\'s "left for the next round" and cold reads 7 and 8)', () => {
  it("the board: the story trap now also reads out Samir's three points, credited, as he asked, so it is no longer the story instead of his points; it still tells Hawa's winter on the webcast and scores below declining to speak and below carrying his points with his request for a slot (Hawa's stated wish about her choir decides, a scene earlier)", () => {
    const walk = atTheBoardAsked();
    const trap = walk.options().find((o) => o.moves.includes('disclose hawa info=story'))!;
    expect(trap.text).toMatch(/Samir's three points/);
    expect(trap.text).toMatch(/walking her daughter to hospital each week last winter/);
    const story = walk.wouldScore(...HAWAS_STORY);
    expect(story.acts).toEqual(['ADVOCATE', 'REMOVE_BARRIER', 'OVERRIDE']);
    expect(total(story)).toBeLessThan(total(walk.wouldScore(...DECLINE_AND_SLOT)));
    expect(total(story)).toBeLessThan(total(walk.wouldScore(...RELAY_AND_SLOT)));
    // Two of the three options now read Samir's points; the best is not the only one doing what he asked.
    expect(walk.options().filter((o) => /Samir's three points/.test(o.text))).toHaveLength(2);
  });

  it('the board: the webcast is named a scene earlier, by the chair in her office, and the narrator no longer points at the trap (cold read 8: "filmed for the council\'s website" and "\'A face, not a list\' is in your head" just before the board)', () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    walk.take(...FARES_TOGETHER);
    expect(walk.shown.join('\n')).toMatch(/my chamber to do it again on the webcast/);
    walk.take(KEEP_THE_PEACE);
    const read = walk.shown.join('\n');
    expect(read).not.toMatch(/is in your head|filmed for the council's website/);
  });

  it("the front door: the best is no longer the only option that both stops the line and brings in the people who read the script; the lawyers' redraft takes two of Lorna's advisers, chosen for her team rather than with her (so no DECIDE_WITH), and still ranks second, below stopping it and co-writing with her advisers and New Roots (Samir's callers are left out)", () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    const legalText = walk.options().find((o) => o.moves.includes('indirect kind=delegate'))!.text;
    // Tenth round: "this week" became "on Monday", when the new script is ready (a different act from stopping
    // it today, not a different tail).
    expect(legalText).toMatch(/line goes on Monday/);
    expect(legalText).toMatch(/two of her advisers redraft with legal/);
    const legal = walk.wouldScore(...LEGAL_REDRAFT);
    expect(legal.acts).toEqual(['CHALLENGE', 'INDIRECT']);
    expect(total(walk.wouldScore(...STOP_AND_COWRITE))).toBeGreaterThan(total(legal));
    const before = walk.shown.length;
    walk.take(...LEGAL_REDRAFT);
    expect(walk.shown.slice(before).join('\n')).toMatch(/Two of mine in the room/);
  });

  it('Joy\'s beat: her paid Thursdays are for the plan, without "every one till May booked" ruling out the offer of her time before the choice (cold read 8); the chair\'s "Cruel was the wrong word" and Hawa\'s tidy introduction are gone from the ending (cold read 8: too neat)', () => {
    const walk = atSixMonths();
    expect(walk.shown.join('\n')).toMatch(/offered the network paid time for its plan/);
    expect(walk.shown.join('\n')).not.toMatch(/every one till May booked/);
    walk.take(...FIGURES_IN_MAY);
    const ending = walk.shown.join('\n');
    expect(ending).toMatch(/At the next Health and Wellbeing Board, Samir is at the table/);
    expect(ending).not.toMatch(/Cruel was the wrong word|how she'd like to be introduced/);
    expect(ending).toMatch(/still thinks "cruel" was unfair/);
    // The narration about her questions is the narrator's, not a line the chair speaks.
    const source = readFileSync(resolve(__dirname, '../../stories/standing-alongside.ink'), 'utf8').split('\n');
    expect(source.find((l) => /three sharp questions/.test(l))).not.toMatch(/# speaker:/);
  });
});

describe('Standing Alongside: the seventh polish (panel of three cold readers on walk 13, educator and stereotype seventh reads)', () => {
  /** The panel's walk 13: honest start, the letter line, pushing the chair, his points read from the gallery, the
   * lawyers' redraft, the hardship fund, the budget tour (the low-trust ending). */
  function walk13(): StoryWalk {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    walk.take(...ONE_LINE_ONLY);
    walk.take(...PUSH_THE_CHAIR);
    walk.take(...READ_FOR_HIM_HERE);
    walk.take(...LEGAL_REDRAFT);
    walk.take('interrupt samir');
    walk.take(BUDGET_TOUR);
    return walk;
  }

  it("month one: the photo of Hawa's letter keeps its verdict (OVERRIDE, contested, below ringing about the cashiers), and its cost and reason are shown fairly: the letter is hers, the photo gets the letter changed sooner than any other option, and the debrief note says what it gained and what would have made the point without her (all three panel readers chose it, meaning to ask her)", () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    // Ninth round: the letter is hers (a hospital letter carries her name and number), and the narrator no longer
    // points at them before the choice (panel eight: that pointer, with the choir line, decided the decision).
    const letterShown = walk.shown.find((l) => /She shows you her hospital letter/.test(l))!;
    expect(letterShown).not.toMatch(/name and hospital number/);
    const letter = walk.wouldScore(...HAWAS_LETTER);
    expect(letter.acts).toContain('OVERRIDE');
    expect(total(walk.wouldScore(...FARES_TOGETHER))).toBeGreaterThan(total(letter));
    const before = walk.shown.length;
    const record = walk.take(...HAWAS_LETTER);
    expect(record.contested).toBe(true);
    const after = walk.shown.slice(before).join('\n');
    expect(after).toMatch(/the letter will change by March\./);
    expect(after).toMatch(/her name and hospital number from the photo/);
    const note = record.notes.join('\n');
    expect(note).toMatch(/most persuasive move, and it works, sooner than the others/);
    expect(note).toMatch(/with her details covered/);
    expect(note).toMatch(/Caldicott principle 3/);
    expect(note).toMatch(/Recital 43/);
  });

  it('the consequence lines all three panel readers heard as the narrator grading them are gone, and the weaker options on their walk sometimes turn out fine (the letter ends the arguments in April; the hardship fund gets people its forms; the budget tour gets honest numbers)', () => {
    const graded =
      /One of them stops claiming|solicitor's letter|Samir's list is in the last paragraph|since the agenda's so full|You write "March" on your pad|asks for a different pairing|community partners talk to each other|never heard it read|writes it in his notebook|before you've checked your diary|I didn't ask about the hardship fund/;
    const walk = walk13();
    const read = walk.shown.join('\n');
    for (const line of walk.shown) expect(line).not.toMatch(graded);
    expect(read).toMatch(/after that no cashier argues with it/);
    expect(read).toMatch(/eleven people queue at the panel table for the hardship fund's forms/);
    expect(read).toMatch(/Thank you for the honest numbers/);
    // The chair's trade is stated as one, not a penalty the narrator points at.
    expect(read).toMatch(/To leave room for that, something comes off Thursday/);
    // The low-trust ending keeps the pairing and its cost, in what people do.
    expect(read).toMatch(
      /Samir stops hosting: his members ask whose side he's on\. The pairing meets at County Hall now/,
    );
    // Tenth round: the chair calling him to the table read as the narrator tidying up; she asks New Roots instead.
    expect(read).toMatch(/Cllr Begum's office rings New Roots for his evidence\./);
    expect(walk.ended).toBe(true);
  });

  it("the colour the panel read as a checklist has a job or is gone: Samir leaves for Friday prayers at one and Hawa speaks to the Director then; the football and the castle line are cut; what Joy brings from her allotment goes with the plan's first paid Thursday, not a weekly habit, and is something a December allotment has (pepper sauce, not fresh ugu)", () => {
    const walk = atSixMonths();
    const read = walk.shown.join('\n');
    expect(read).toMatch(/at one he's off to Friday prayers[\s\S]*Samir goes to prayers; Hawa pulls a chair over/);
    expect(read).toMatch(/That first Friday, back from the mosque, Samir walks you out/);
    expect(read).not.toMatch(/football|council lives in a castle|as she does every Friday/);
    expect(read).toMatch(/On the first Thursday she leaves a jar of her allotment's pepper sauce[^\n]*plan meeting/);
  });

  it("the months agree: month one is October (the forum's March board is two months off in month four, and month six's figures wait till late May), so Hawa's weekly walks to hospital were last winter, never 'this winter'", () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    expect(walk.shown.join('\n')).toMatch(/Last winter my daughter had a hospital appointment every week/);
    walk.take(...FARES_TOGETHER);
    expect(walk.options().find((o) => o.moves.includes('disclose hawa info=story to=begum'))).toBeDefined();
    walk.take(...OFFER_THE_WINTER);
    const read = walk.shown.join('\n');
    expect(read).toMatch(/every week last winter/);
    expect(read).not.toMatch(/this winter/i);
  });

  it('the calendar is named where scenes open and never runs backwards (two cold readers could not place month six): month one October, month four January with the March board two months off, month six March (after the March board where one is named), so what month six leads to is April or later, and a promise made at the forum is not "six months" old', () => {
    const walk = new StoryWalk(ID);
    expect(walk.shown.join('\n')).toMatch(/^Month one: October half-term\./m);
    walk.take(...PROMISE_MONEY);
    walk.take(...FARES_TOGETHER);
    walk.take(KEEP_THE_PEACE);
    walk.take(...RELAY_AND_SLOT);
    walk.take(...SCRIPT_TOGETHER);
    expect(walk.shown.join('\n')).toMatch(/^Month four: January\./m);
    walk.take(...NEXT_BOARD);
    const board = walk.shown.findIndex((l) => /At the March board/.test(l));
    const monthSix = walk.shown.findIndex((l) => l.startsWith('Month six'));
    expect(board).toBeGreaterThan(-1);
    expect(monthSix).toBeGreaterThan(board);
    expect(walk.shown[monthSix]).toBe('Month six: March.');
    const before = walk.shown.length;
    const award = walk.take(...DIRECT_AWARD);
    const afterSix = [...walk.shown.slice(monthSix), ...award.perspectives.map((p) => p.text)].join('\n');
    expect(afterSix).not.toMatch(/January|February|opens in March/);
    expect(walk.shown.slice(before).join('\n')).toMatch(/In April the council's monitoring officer/);
    // The hardship fund's doubling, in January, is last April's, not April to come.
    expect(walk.shown.join('\n')).toMatch(/the hardship fund, doubled last April/);

    const atForum = atTheBoardAsked();
    atForum.take(...RELAY_AND_SLOT);
    atForum.take(...STOP_AND_COWRITE);
    atForum.take(...ALL_OF_IT);
    const owned = atForum.shown.length;
    atForum.take('repair samir', 'decide_with samir');
    expect(atForum.shown.slice(owned).join('\n')).not.toMatch(/six months/);
  });

  it('month six is March, so nothing in it is "since spring" or a spring round still to shape, and January\'s forum says the hardship fund doubled in April, as its officer\'s note does (final educator check)', () => {
    const ink = readFileSync(resolve(__dirname, '../../stories/standing-alongside.ink'), 'utf8');
    expect(ink).not.toMatch(
      /since spring|shape the spring round|the round's consultation|hardship fund (?:doubled )?this year|doubled the hardship fund this year/,
    );
    expect(ink).toContain("join the grants team's working group that shapes next year's round");
    expect(ink).toContain('We doubled the hardship fund in April');
  });

  it("the forum: the private meeting at New Roots no longer clashes with Hawa's Wednesday homework club (panel: a planted detail deciding the option, not judgement); its cost is the room it leaves, shown in what people do", () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    walk.take(...STOP_AND_COWRITE);
    const label = walk.options().find((o) => o.moves.join(' + ') === WEDNESDAY.join(' + '))!.text;
    expect(label).toMatch(/at New Roots/);
    expect(label).not.toMatch(/Wednesday/);
    const before = walk.shown.length;
    walk.take(...WEDNESDAY);
    const after = walk.shown.slice(before).join('\n');
    expect(after).not.toMatch(/Wednesday|Nothing is minuted/);
    expect(after).toMatch(/This was the room with the council in it/);
  });

  it("educator seventh read: Lorna's view of the lawyers' redraft names what separates it from the best (legal held the pen; no calls played), not being decided in front of a visitor, which the best shares", () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    const record = walk.take(...LEGAL_REDRAFT);
    const lorna = record.perspectives.find((p) => p.who === 'lorna')!.text;
    expect(lorna).toMatch(/Legal held the pen, though, and nobody played us a single call/);
    expect(lorna).not.toMatch(/in front of a visitor/);
  });

  it('stereotype seventh read: on the exposed path Hawa acts (she has the clip taken down) rather than only withdrawing; the narrator no longer vouches for her deciding to speak; Samir\'s "That\'s the problem" is cut', () => {
    const exposed = atTheBoardAsked();
    const record = exposed.take(...HAWAS_STORY);
    expect(record.perspectives.find((p) => p.who === 'samir')!.text).not.toMatch(/That's the problem/);
    exposed.take(...STOP_AND_COWRITE);
    exposed.take(...REPAIR_AND_FLOOR);
    exposed.take(...FIGURES_IN_MAY);
    const read = exposed.shown.join('\n');
    expect(read).not.toMatch(/without speaking to anyone/);
    expect(read).toMatch(/She asked the council herself to take the clip down/);
    const kept = atSixMonths();
    kept.take(...FIGURES_IN_MAY);
    expect(kept.shown.join('\n')).not.toMatch(/decided, for herself/);
  });
});

describe('Standing Alongside: the eighth round (a panel of three agreed on four decisions; make the room split)', () => {
  it("the first visit: before Samir's question the room shows both pulls, a volunteer whose fares New Roots can't always cover and a table listening for the answer, so the money promise answers a need on stage and saying what the job can't do costs face in that room; the promise still scores below every other option (panel: all three took the honest answer, the promise \"plainly bad\")", () => {
    const walk = new StoryWalk(ID);
    const read = walk.shown.join('\n');
    expect(read).toMatch(/unpaid; New Roots can't always cover her fares/);
    const listening = walk.shown.findIndex((l) => /stopped pretending not to listen/.test(l));
    const question = walk.shown.findIndex((l) => /What did you come for\?/.test(l));
    expect(listening).toBeGreaterThan(-1);
    expect(question).toBe(listening + 1);
    const promise = total(walk.wouldScore(...PROMISE_MONEY));
    const honest = total(walk.wouldScore(HONEST_START));
    expect(promise).toBeLessThan(total(walk.wouldScore(...ASK_TO_BE_TAUGHT)));
    expect(honest).toBeGreaterThan(total(walk.wouldScore(...ASK_TO_BE_TAUGHT)));
  });

  it("month one: before the fares choice the cost of each good is on stage (the mother turned away this morning asks who can lend her Tuesday's fare; the Director's one favour with the trust's chief executive was meant for winter beds), so Hawa's letter and the cashiers pull against each other; ringing about the cashiers spends the favour and still outscores the letter, which leaves the refusals till April (panel: all three took the letter, reading only Hawa's fix)", () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    const lines = walk.shown;
    const fix = lines.findIndex((l) => /If it said fares, no cashier could say no/.test(l));
    const tuesday = lines.findIndex((l) => /lend her Tuesday's bus fare/.test(l));
    const favour = lines.findIndex((l) => /chief exec still owes you one\. We'll need it for winter beds\./.test(l));
    expect(fix).toBeGreaterThan(-1);
    expect(tuesday).toBeGreaterThan(fix);
    expect(favour).toBeGreaterThan(fix);
    const cashiers = walk.wouldScore(...FARES_TOGETHER);
    const letter = walk.wouldScore(...ONE_LINE_ONLY);
    expect(total(cashiers)).toBeGreaterThan(total(letter));
    const before = walk.shown.length;
    walk.take(...FARES_TOGETHER);
    expect(walk.shown.slice(before).join('\n')).toMatch(/the favour you'd meant for winter beds/);
  });

  it('the board, Samir in the gallery: reading his points, credited, and asking the chair in public to hear him are both marked contested (panel: all three read his points rather than press a chair who had said she sets her agenda, on her webcast, with the item running long; practitioners disagree), and asking her still scores highest', () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    walk.take(...FARES_TOGETHER);
    walk.take(...PUSH_THE_CHAIR);
    expect(walk.present()).toContain('samir');
    const record = walk.take('invite samir public');
    const relay = record.options.find(
      (o) => o.moves.length === 2 && o.moves[0]!.move === 'relay' && o.moves[1]!.move === 'act_on_behalf',
    )!;
    const invite = record.options.find((o) => o.moves.some((m) => m.move === 'invite'))!;
    expect(relay.contested).toBe(true);
    expect(invite.contested).toBe(true);
    expect(record.options.filter((o) => o.contested)).toHaveLength(2);
    for (const o of record.options) expect(total(o)).toBeLessThanOrEqual(total(invite));
    expect(total(relay)).toBeLessThan(total(invite));
    expect(record.notes.join('\n')).toMatch(/that pair is marked as disputed/);
  });

  it("six months: before the choice, two of Samir's members who work on the front door have asked him why neither is promoted (a claim from the staff Joy's order serves, competing with it); keeping the order still outscores handing him the figures, and on the money path the line isn't there", () => {
    const walk = atSixMonths();
    expect(walk.shown.join('\n')).toMatch(/Two of my members work on your front door/);
    expect(total(walk.wouldScore(...FIGURES_IN_MAY))).toBeGreaterThan(total(walk.wouldScore(...HAND_THE_FIGURES)));
    for (const o of walk.options()) expect(o.text).not.toMatch(/first|after your staff/);

    const promised = new StoryWalk(ID);
    promised.take(...PROMISE_MONEY);
    promised.take(...FARES_TOGETHER);
    promised.take(KEEP_THE_PEACE);
    promised.take(...DECLINE_AND_SLOT);
    promised.take(...STOP_AND_COWRITE);
    promised.take(...REPAIR_AND_FLOOR);
    expect(promised.shown.join('\n')).not.toMatch(/Two of my members/);
  });
});

describe('Standing Alongside: the eighth-round educator and stereotype reads, acted on', () => {
  const joined = (walk: StoryWalk) => walk.shown.join('\n');

  it("six months: the two front-door staff who asked Samir about promotion get their own route in every reply that tells him what's changed, the same words in each so it is no tell (both reads: raised, then dropped; their own case is not the figures in May), and Samir calls them his members, not volunteers, so month three's test callers are not Lorna's own staff", () => {
    const route = /Those two are my staff: they can see me this week about their own promotion/;
    for (const reply of [FIGURES_IN_MAY, HAND_THE_FIGURES, ECHO_JOY]) {
      const walk = atSixMonths();
      expect(joined(walk)).toMatch(/Two of my members work on your front door/);
      expect(joined(walk)).not.toMatch(/Two of my volunteers work/); // room 13: month three's offer to write the script says volunteers, rightly
      const before = walk.shown.length;
      walk.take(...reply);
      expect(walk.shown.slice(before).join('\n')).toMatch(route);
    }
    const tour = atSixMonths();
    const before = tour.shown.length;
    tour.take(BUDGET_TOUR);
    expect(tour.shown.slice(before).join('\n')).not.toMatch(route);
  });

  it("six months: keeping the order in May still outscores handing over the figures and the offer of Joy's time once the route is added (the shared sentence changes no verdict)", () => {
    const walk = atSixMonths();
    const may = total(walk.wouldScore(...FIGURES_IN_MAY));
    expect(may).toBeGreaterThan(total(walk.wouldScore(...HAND_THE_FIGURES)));
    expect(may).toBeGreaterThan(total(walk.wouldScore(...ECHO_JOY)));
  });

  it('month four: the favour meant for winter beds, spent on the cashiers, is missed in January, told as a fact with no grade (both reads: a cost mentioned and never landed), and only on the path that spent it', () => {
    const spent =
      /the trust refused you winter step-down beds\. Nine people on your discharge list wait in hospital for a bed/;
    const walk = atSixMonths();
    expect(joined(walk)).toMatch(spent);
    const month = walk.shown.findIndex((l) => l.startsWith('Month four: January'));
    expect(walk.shown.findIndex((l) => spent.test(l))).toBe(month + 1);

    const letter = new StoryWalk(ID);
    letter.take(HONEST_START);
    letter.take(...ONE_LINE_ONLY);
    letter.take(KEEP_THE_PEACE);
    letter.take(...RELAY_AND_SLOT);
    letter.take(...STOP_AND_COWRITE);
    expect(joined(letter)).toMatch(/^Month four: January/m);
    // Fifteenth-round review (educator COULD): where the favour was kept, the beds come instead.
    expect(joined(letter)).not.toMatch(/refused you winter step-down beds/);
  });

  it("month one: the mother turned away at the cashier has a Tuesday on every path, the photo's and the invitation's included (stereotype read: she vanished there, a pressure device rather than a person whose outcome counts)", () => {
    const tuesday = (moves: readonly string[], pattern: RegExp) => {
      const walk = new StoryWalk(ID);
      walk.take(HONEST_START);
      const before = walk.shown.length;
      walk.take(...moves);
      expect(walk.shown.slice(before).join('\n')).toMatch(pattern);
    };
    tuesday(HAWAS_LETTER, /On Tuesday the cashier still says no, and Samir pays the mother's fare from New Roots' tin/);
    tuesday(HAWA_TO_THE_PANEL, /On Tuesday the mother borrows a one-way fare, and walks home/);
    tuesday(FARES_TOGETHER, /On Tuesday the mother gets her fare back/);
    tuesday(ONE_LINE_ONLY, /on Tuesdays, one of Samir's volunteers goes to the cashier's window/);
  });

  it("the board: declining to speak for New Roots keeps its agenda slot as a barrier removed (R11 names an agenda slot), not a check-in afterwards (indirect kind=delay is R9's follow-through, and would lift the chair's-office silence on the path that takes both), so its courage stays below zero and it scores below carrying his points; the note says the refusal shows in courage, not voice (educator eighth read: the score read against the note)", () => {
    const walk = atTheBoardAsked();
    const record = walk.take(...DECLINE_AND_SLOT);
    const decline = record.options.find((o) => o.moves.some((m) => m.move === 'silent'))!;
    expect(decline.moves.map((m) => m.move)).toEqual(['silent', 'adjust']);
    expect(decline.acts.map((a) => a.act)).toEqual(['BYSTAND', 'REMOVE_BARRIER']);
    expect(decline.courage).toBeLessThan(0);
    const relay = record.options.find(
      (o) => o.moves.some((m) => m.move === 'relay') && o.moves.length === 2 && o.moves[1]!.move === 'adjust',
    )!;
    expect(total(relay)).toBeGreaterThan(total(decline));
    expect(record.notes.join('\n')).toMatch(/shows the refusal in its courage, not its voice/);
  });
});

describe('Standing Alongside: the eighth polish (the narrator stops marking, and the endings stop tidying)', () => {
  const joined = (walk: StoryWalk) => walk.shown.join('\n');

  it('the lines both cold-reader panels quoted as marks are gone: no arms unfolding, no "Samir lets you", no twelfth item getting two dates, no nod from the chair for the hardship fund, no thank-you card, no clerk asking "loudly", no typed agenda and no "Have your answers ready, Director"', () => {
    const ink = readFileSync(resolve(__dirname, '../../stories/standing-alongside.ink'), 'utf8');
    expect(ink).not.toMatch(
      /unfolds her arms|Samir lets you|twelfth on the agenda|asks for dates, and gets two|nods at you and moves on|thank-you card|asks loudly|still talking to the people who clapped|to a typed agenda|Have your answers ready/,
    );
  });

  it("each consequence is kept and told as what people do, with their own stake: Lorna pleased for her advisers while the script stays; the minuted list answered in March, the money still open; the test-calls path leaving Lorna's advisers and legal disagreeing", () => {
    const backed = atTheBoardAsked();
    backed.take(...RELAY_AND_SLOT);
    const before = backed.shown.length;
    backed.take('interrupt samir', 'sponsor lorna');
    const front = backed.shown.slice(before).join('\n');
    expect(front).toMatch(/Lorna says she'll tell her advisers\./);
    expect(front).toMatch(/The script doesn't change\./);
    const forum = backed.shown.length;
    backed.take(...NEXT_BOARD);
    expect(backed.shown.slice(forum).join('\n')).toMatch(
      /At the March board the rest is answered on the record, with dates; the money waits for next year's budget\./,
    );

    const tested = atTheBoardAsked();
    tested.take(...RELAY_AND_SLOT);
    tested.take(...TEST_FIRST);
    tested.take(...WEDNESDAY);
    expect(joined(tested)).toMatch(/Samir takes phone numbers for New Roots at the door/);
    expect(joined(tested)).toMatch(/Lorna's advisers want the test calls kept on every quarter; legal doesn't\./);

    const photo = new StoryWalk(ID);
    photo.take(HONEST_START);
    photo.take(...HAWAS_LETTER);
    expect(joined(photo)).toMatch(/the clerk asks whether Hawa's the lady who wrote to the chief executive/);
  });

  it("the endings leave something open: on the best path Hawa still wants to teach maths again and the chair still disagrees; on the low-trust path Samir's reason for not hosting is his members', and the chair calls him for her own reason, not to mark the Director", () => {
    const best = atSixMonths();
    best.take(...FIGURES_IN_MAY);
    expect(joined(best)).toMatch(
      /to speak about fares, not the walk: she's shown six mothers how\. She'd like to teach maths again\./,
    );
    expect(joined(best)).toMatch(/still thinks "cruel" was unfair/);

    const low = new StoryWalk(ID);
    low.take(HONEST_START);
    low.take(...ONE_LINE_ONLY);
    low.take(...PUSH_THE_CHAIR);
    low.take(...READ_FOR_HIM_HERE);
    low.take(...LEGAL_REDRAFT);
    low.take('interrupt samir');
    low.take(BUDGET_TOUR);
    const read = joined(low);
    expect(read).toMatch(/Thank you for the honest numbers\. They'll be on my blog\./);
    expect(read).toMatch(
      /Samir stops hosting: his members ask whose side he's on\. The pairing meets at County Hall now/,
    );
    expect(read).toMatch(/Cllr Begum's office rings New Roots for his evidence\./);
    expect(read).not.toMatch(/Five minutes, Mr Haddad/);
    expect(low.ended).toBe(true);
  });
});

// After the eighth final check (reviews/educator-eighth-final-S4-S5.md, reviews/stereotype-eighth-final-S2-S5.md):
// each test fails on the text before it. No option, score or verdict changed; every added word is paid on its line.
describe('Standing Alongside: after the eighth final check', () => {
  const joined = (walk: StoryWalk) => walk.shown.join('\n');

  it("the best ending leaves Hawa's own thread open, the maths she taught, not her asylum claim, which the learner could not touch (both reads)", () => {
    const best = atSixMonths();
    best.take(...FIGURES_IN_MAY);
    expect(joined(best)).toMatch(/she's shown six mothers how\. She'd like to teach maths again\./);
    expect(joined(best)).not.toMatch(/asylum claim is still undecided/);
  });

  it('the wording COULDs: the mother borrows a one-way fare and walks home; the nine wait for a bed; the March money waits; Samir stops hosting because his members ask; the two front-door staff hear that asking will not count against them', () => {
    const invited = new StoryWalk(ID);
    invited.take(HONEST_START);
    invited.take(...HAWA_TO_THE_PANEL);
    expect(joined(invited)).not.toMatch(/borrows the fare again, and walks back/);

    const spent = atSixMonths();
    expect(joined(spent)).toMatch(/wait in hospital for a bed\./);
    expect(joined(spent)).not.toMatch(/wait in hospital to come home/);
    spent.take(...FIGURES_IN_MAY);
    expect(joined(spent)).toMatch(/Those two are my staff: [^"]*asking won't count against them\./);

    const backed = atTheBoardAsked();
    backed.take(...RELAY_AND_SLOT);
    backed.take('interrupt samir', 'sponsor lorna');
    backed.take(...NEXT_BOARD);
    expect(joined(backed)).not.toMatch(/the money goes to the budget/);

    const ink = readFileSync(resolve(__dirname, '../../stories/standing-alongside.ink'), 'utf8');
    expect(ink).toMatch(
      /Samir stops hosting: his members ask whose side he's on\. The pairing meets at County Hall now\./,
    );
  });
});

// Ninth round (issue 16, MEND9-BRIEF; panel eight on walk 29): the planted lines stop deciding, every option a room
// would vote for has its reason on stage, and the lines after a choice show what happened instead of marking it.
// No move or score changed; each test fails on the text before it.
describe('Standing Alongside: the ninth round (no memory tests, no dead options, no verdicts in hindsight)', () => {
  const joined = (walk: StoryWalk) => walk.shown.join('\n');

  it("month six on the money path: Samir's month-one condition is no longer said as a rule, and keeping it now visibly costs his volunteers (the underspend lapses at the end of March, the round pays in October); owning the promise still outscores the direct award", () => {
    const walk = new StoryWalk(ID);
    walk.take(...PROMISE_MONEY);
    expect(joined(walk)).toMatch(/Through your grant round, though/);
    expect(joined(walk)).not.toMatch(/or I don't want it|Everyone in the room heard/);
    walk.take(...ONE_LINE_ONLY);
    walk.take(...PUSH_THE_CHAIR);
    walk.take(...READ_FOR_HIM_HERE);
    walk.take(...LEGAL_REDRAFT);
    walk.take(...NEXT_BOARD);
    const monthSix = walk.shown.slice(walk.shown.findIndex((l) => l.startsWith('Month six'))).join('\n');
    expect(monthSix).toMatch(/underspend lapses at the end of March[\s\S]*can't afford the fares/);
    // The promotion question is raised only on the path whose options answer it.
    expect(monthSix).not.toMatch(/Workforce Race Equality Standard/);
    expect(total(walk.wouldScore(...DIRECT_AWARD))).toBeLessThan(
      total(walk.wouldScore('repair samir', 'decide_with samir')),
    );
  });

  it("month one and the board: the narrator no longer points at the letter's name and number or Hawa's \"say as little as I can\"; at the board, where the cashiers weren't fixed, the trust's chief executive is at the table and another mother was turned away, so telling the mothers' winter has a reason in the room; it still overrides Hawa and scores below carrying Samir's points", () => {
    const unfixed = new StoryWalk(ID);
    unfixed.take(HONEST_START);
    expect(joined(unfixed)).toMatch(/The choir thinks they're check-ups/);
    expect(joined(unfixed)).not.toMatch(/say as little as I can|name and hospital number at the top/);
    unfixed.take(...ONE_LINE_ONLY);
    unfixed.take(KEEP_THE_PEACE);
    expect(joined(unfixed)).toMatch(
      /chief executive sits two places from the chair\. This week his cashier turned away another/,
    );
    const story = unfixed.wouldScore(...HAWAS_STORY);
    expect(story.acts).toContain('OVERRIDE');
    expect(total(story)).toBeLessThan(total(unfixed.wouldScore(...RELAY_AND_SLOT)));

    const fixed = atTheBoardAsked();
    expect(joined(fixed)).not.toMatch(/his cashier turned away another/);
  });

  it("the options the panel called dead now do something a busy professional would do, for a reason on stage: the fares, an email asking (not a promise), the front door's own figures, legal, a hardship fund on the panel and a woman whose gas ran out", () => {
    const first = new StoryWalk(ID);
    expect(first.options().find((o) => o.moves.includes(PROMISE_MONEY[0]))!.text).toMatch(/fares are covered/);
    first.take(HONEST_START);
    const letter = first.options().find((o) => o.moves.includes('silent'))!;
    expect(letter.text).toMatch(/^Email the trust's chief executive asking/);

    const board = atTheBoardAsked();
    expect(board.options().find((o) => o.moves.includes('silent samir'))!.text).toMatch(/front door's own figures/);
    const before = board.shown.length;
    board.take(...DECLINE_AND_SLOT);
    expect(board.shown.slice(before).join('\n')).toMatch(/ninety calls/);
    expect(board.shown.slice(before).join('\n')).not.toMatch(/declined to comment|It isn't an answer/);

    const front = atTheBoardAsked();
    front.take(...RELAY_AND_SLOT);
    const legal = front.options().find((o) => o.moves.includes('sponsor lorna'))!;
    expect(legal.text).toMatch(/walk him over to legal/);
    expect(joined(front)).not.toMatch(/She started as a care assistant at sixteen/);
    front.take(...STOP_AND_COWRITE);
    const shown = front.shown;
    const fund = shown.findIndex((l) => /Beside you sits the officer who runs the hardship fund/.test(l));
    const stands = shown.findIndex((l) => /Samir stands up from the third row/.test(l));
    expect(fund).toBeGreaterThan(-1);
    expect(fund).toBeLessThan(stands);
    expect(shown.join('\n')).toMatch(/her gas ran out on Sunday/);
    expect(shown.join('\n')).not.toMatch(/slides you a note/);
  });

  it('the lines the panel read as a mark after a choice, a moral or a repeated guilt beat are gone from the story', () => {
    const ink = readFileSync(resolve(__dirname, '../../stories/standing-alongside.ink'), 'utf8');
    expect(ink).not.toMatch(
      /a month sooner than anyone expected|Two councillors write it down|stack the chairs|asks why it took so long|hasn't been back to the library|Hawa leaves before the end\.|only a face ever moved a budget|rather hear him at my table|hear about her script from you before/,
    );
    expect(ink).toMatch(/show him the rooms where it gets decided/);
  });
});

// Ninth-round fixes (issue 16, FIX9-BRIEF; educator and stereotype ninth reads, panel on walk 29 in /tmp/blind14).
// One verdict-free round: no move or score changed; labels, speech and consequences now match what each option does.
describe('Standing Alongside: the ninth-round fixes (continuity, excuse clauses, cost on weaker options)', () => {
  const joined = (walk: StoryWalk) => walk.shown.join('\n');
  const forumOn = (walk: StoryWalk) => joined(walk).slice(indexIn(joined(walk), 'Month four'));

  it('the money promise kept in part: where New Roots is paid for its volunteers\' time on the script and their fares covered, Samir at the forum and the Director at month six say some fares came and the rest didn\'t, not that none came (educator ninth read, MUST: "We\'re still waiting" and "None has come" contradicted the fares paid)', () => {
    const walk = new StoryWalk(ID);
    walk.take(...PROMISE_MONEY);
    walk.take(...ONE_LINE_ONLY);
    walk.take(...PUSH_THE_CHAIR);
    walk.take(...READ_FOR_HIM_HERE);
    walk.take(...STOP_AND_COWRITE);
    expect(forumOn(walk)).toMatch(/The script work paid some of them\. For the rest, we're still waiting/);
    walk.take(...NEXT_BOARD);
    const monthSix = joined(walk).slice(indexIn(joined(walk), 'Month six'));
    expect(monthSix).toMatch(/covered some fares; the rest hasn't come/);
    expect(monthSix).not.toMatch(/None has come/);

    // Where nothing was paid, nothing came.
    const unpaid = new StoryWalk(ID);
    unpaid.take(...PROMISE_MONEY);
    unpaid.take(...ONE_LINE_ONLY);
    unpaid.take(...PUSH_THE_CHAIR);
    unpaid.take(...READ_FOR_HIM_HERE);
    unpaid.take(...LEGAL_REDRAFT);
    expect(forumOn(unpaid)).toMatch(/We're still waiting/);
    expect(forumOn(unpaid)).not.toMatch(/six weeks/);
    unpaid.take(...NEXT_BOARD);
    expect(joined(unpaid)).toMatch(/None has come/);
  });

  it("the front door: the legal option's label says what its speech does (tells Samir the wording is legal's, not the advisers'), carries no reason of its own, and no longer has the Director defend the advisers to a man who never criticised them; it still speaks over Samir and scores below stopping the line (stereotype ninth read, MUST)", () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    const legal = walk.options().find((o) => o.moves.includes('sponsor lorna'))!;
    expect(legal.text).toMatch(/^Tell Samir the wording is legal's, not the advisers'/);
    expect(legal.text).not.toMatch(/who wrote the line/);
    const score = walk.wouldScore('interrupt samir', 'sponsor lorna');
    expect(score.acts).toContain('SPEAK_OVER');
    expect(total(score)).toBeLessThan(total(walk.wouldScore(...LEGAL_REDRAFT)));
    const before = walk.shown.length;
    walk.take('interrupt samir', 'sponsor lorna');
    const after = walk.shown.slice(before).join('\n');
    expect(after).not.toMatch(/hard job well|I didn't criticise them/);
    expect(after).toMatch(/And my volunteers\?/);
  });

  it('cost no longer marks the best: two weaker options now cost the Director something visible in the label (clearing an afternoon to walk Samir to legal; giving up a Friday afternoon at New Roots), and both still score below the best of their decision (educator ninth read: "the best option is the one where you pay the cost")', () => {
    const front = atTheBoardAsked();
    front.take(...RELAY_AND_SLOT);
    expect(front.options().find((o) => o.moves.includes('sponsor lorna'))!.text).toMatch(/clear your afternoon/);
    expect(total(front.wouldScore('interrupt samir', 'sponsor lorna'))).toBeLessThan(
      total(front.wouldScore(...STOP_AND_COWRITE)),
    );
    front.take(...STOP_AND_COWRITE);
    const friday = front.options().find((o) => o.moves.join(' + ') === WEDNESDAY.join(' + '))!;
    expect(friday.text).toMatch(/give up next Friday afternoon/);
    expect(total(front.wouldScore(...WEDNESDAY))).toBeLessThan(total(front.wouldScore(...REPAIR_AND_FLOOR)));
  });

  it('no harmful label carries its own reason (stereotype ninth read, cross-story tell): the photo, the invitation to the chief executive and the grants working group say what they do, not why', () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    const labels = walk.options().map((o) => o.text);
    for (const l of labels) expect(l).not.toMatch(/so he sees|so he hears|see Hawa again/);
    // The cashiers option names the letter it also raises, so the letter is not the email's alone (panel: all three
    // took the email, reading it as the only option with Hawa's fix in it).
    expect(walk.options().find((o) => o.moves.includes('adjust hawa'))!.text).toMatch(
      /cashiers, no names, and the letter\./,
    );
    const ink = readFileSync(resolve(__dirname, '../../stories/standing-alongside.ink'), 'utf8');
    expect(ink).not.toMatch(/so small charities like his stand a chance|who wrote the line, this afternoon/);
  });

  it("the board: the story option's label names the walk as last winter's, not this morning's mother (educator ninth read); the front door's figures are its call volume, not Samir's second point under the Director's name, and the verdict stands (educator ninth read: 'three booked for an assessment' took his point)", () => {
    const walk = atTheBoardAsked();
    const story = walk.options().find((o) => o.moves.includes('disclose hawa info=story'))!;
    expect(story.text).toMatch(/walking her daughter to hospital each week last winter, to save the fare/);
    const figures = walk.wouldScore(...DECLINE_AND_SLOT);
    expect([figures.voice, figures.power, figures.courage]).toEqual([2, 2, -1]);
    const before = walk.shown.length;
    walk.take(...DECLINE_AND_SLOT);
    const after = walk.shown.slice(before).join('\n');
    expect(after).toMatch(/ninety calls from people with no recourse/);
    expect(after).not.toMatch(/booked for an assessment|backed my second point/);
  });

  it("the front door: the co-writing option's label says callers are asked about needs from today (panel: all three took the legal redraft, reading the best as leaving advisers with no script till the new one)", () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    const best = walk.options().find((o) => o.moves.includes('decide_with lorna') && o.moves.includes('challenge'))!;
    // Twelfth round: said as what advisers do from this afternoon, not as "needs asked first".
    expect(best.text).toMatch(/ask about care needs from this afternoon, and write the new script/);
  });

  it('the lines all three walk-29 readers quoted as the narrator grading them are gone: the chair\'s "That brings it home", the ending\'s "without asking you first", and "It was never mine to promise"', () => {
    const ink = readFileSync(resolve(__dirname, '../../stories/standing-alongside.ink'), 'utf8');
    expect(ink).not.toMatch(/That brings it home|without asking you first|never mine to promise/);
    expect(ink).toMatch(/Cllr Begum's office rings New Roots for his evidence\./);
  });

  it('the forum: the woman whose gas ran out gets a hardship form on every path, not only where the Director named the fund (stereotype ninth read: a bit-part person added as bait)', () => {
    for (const pick of [WEDNESDAY, NEXT_BOARD, ['interrupt samir'], REPAIR_AND_FLOOR, ALL_OF_IT]) {
      const walk = atTheBoardAsked();
      walk.take(...RELAY_AND_SLOT);
      walk.take(...STOP_AND_COWRITE);
      walk.take(...pick);
      expect(forumOn(walk)).toMatch(/the woman with the pushchair/);
    }
  });
});

describe('Standing Alongside: the tenth touch (issue 16: labels a reader cannot pick without the scene)', () => {
  // Three readers shown only the options picked the best from its wording in five S4 decisions: the consent or
  // voice phrase was the best's alone. Each test pins that a weaker option now shares it, or the best no longer
  // carries it.
  // Exact moves (twelfth round: the story trap now carries the best's two moves as well as its own).

  it('the first visit: the best no longer asks "what he\'d want to use you for", and the question to be taught also says what the Director can\'t do and asks', () => {
    const walk = new StoryWalk(ID);
    const best = label(walk, HONEST_START);
    const taught = label(walk, ...ASK_TO_BE_TAUGHT);
    expect(best).not.toMatch(/what he'd want/);
    // f15: the best says what it can't do as its spoken line does ("can't give grants").
    for (const text of [best, taught]) expect(text).toMatch(/can't (do|give grants)[\s\S]*, and ask /);
  });

  it('the chair\'s office: pushing the chair says its act ("ask her for five minutes for Samir"), not "Samir has asked to speak", and reading his points carries "in his words"', () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    walk.take(...FARES_TOGETHER);
    const push = label(walk, ...PUSH_THE_CHAIR);
    expect(push).not.toMatch(/has asked/);
    expect(push).toMatch(/ask her for five minutes for Samir/);
    expect(label(walk, KEEP_THE_PEACE)).toMatch(/Samir's three points in his words, credited to him/);
  });

  it('the board: the story option reads Samir\'s points "in his words, say they\'re his" as the best does, and the front door\'s figures ask for a New Roots item next time as the best asks the chair to hear him next time (final ninth check: not "his request", which was to speak at this board; eleventh round: nor on the best)', () => {
    const walk = atTheBoardAsked();
    const best = label(walk, ...RELAY_AND_SLOT);
    // Fourteenth round (options only): the best now asks, as the trap does, "to hear him next time".
    const sayings = [/in his words, say they're his/, /ask to hear him next time/] as const;
    for (const s of sayings) expect(best).toMatch(s);
    expect(label(walk, ...HAWAS_STORY)).toMatch(sayings[0]);
    expect(label(walk, ...DECLINE_AND_SLOT)).toMatch(/ask the chair for a New Roots item next time/);
  });

  it('the board, Samir in the gallery: asking the chair to call him says so plainly, without "make them himself"; no label names the gallery, which is on stage before the choice (eleventh round, options only: "in the gallery" beside reading his points marked that option as the flawed one)', () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    walk.take(...FARES_TOGETHER);
    walk.take(...PUSH_THE_CHAIR);
    const invite = label(walk, 'invite samir public');
    expect(invite).not.toMatch(/himself/);
    expect(invite).toMatch(/ask her, on camera in her own chamber, to call him\.$/);
    for (const o of walk.options()) expect(o.text).not.toMatch(/gallery/);
    expect(walk.shown.join('\n')).toMatch(/Samir is in the public gallery/);
  });

  it('the front door: the lawyers\' redraft says "needs asked first" and the test calls say "her advisers and New Roots rewrite the script", while the best now says plainly what advisers do from this afternoon (twelfth round: the best had ticked every box)', () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    const best = label(walk, ...STOP_AND_COWRITE);
    expect(best).not.toMatch(/needs asked first|rewrite the script/);
    expect(best).toMatch(/write the new script with Samir's volunteers/);
    expect(label(walk, ...LEGAL_REDRAFT)).toMatch(/needs asked first/);
    expect(label(walk, ...TEST_FIRST)).toMatch(/her advisers and New Roots rewrite the script/);
  });
});

// Final check of the ninth round (issue 16, FIX11-BRIEF; reviews/final-ninth-S4-S5.md, three SHOULDs, no MUST).
describe('Standing Alongside: the final ninth check (a deferral is not his request; what is said aloud matches the label)', () => {
  const IN_GALLERY_FIGURES = ['silent samir', 'act_on_behalf samir'];

  it("the board: the front door's figures no longer pass on \"Samir's request for a slot next time\" (he asked to be heard at this board; next time is the Director's own deferral)", () => {
    for (const walk of [atTheBoardAsked(), inTheGallery()]) {
      const figures = walk.options().find((o) => o.text.startsWith("Leave Samir's points for him to make"))!;
      expect(figures.text).not.toMatch(/Samir's request/);
      expect(figures.text).toMatch(/ask the chair for a New Roots item next time\.$/);
    }
  });

  it('the board, Samir in the gallery: asking for a New Roots item next time, with him twenty feet away, is passing on a request for him, not a barrier removed: it scores voice 1, below asking the chair to call him and no higher than reading his points credited; out of the room it keeps its slot (final ninth check, SHOULD, by UK practice)', () => {
    const walk = inTheGallery();
    expect(walk.offers(...DECLINE_AND_SLOT)).toBe(false);
    const figures = walk.wouldScore(...IN_GALLERY_FIGURES);
    expect(figures.voice).toBe(1);
    expect(figures.voice).toBeLessThan(walk.wouldScore('invite samir public').voice);
    expect(figures.voice).toBeLessThanOrEqual(walk.wouldScore(...READ_FOR_HIM_HERE).voice);
    expect(total(figures)).toBeLessThan(total(walk.wouldScore(...READ_FOR_HIM_HERE)));
    const before = walk.shown.length;
    walk.take(...IN_GALLERY_FIGURES);
    expect(walk.shown.slice(before).join('\n')).toMatch(/agrees a New Roots item next time/);

    const away = atTheBoardAsked();
    const slot = away.wouldScore(...DECLINE_AND_SLOT);
    expect([slot.voice, slot.power, slot.courage]).toEqual([2, 2, -1]);
  });

  it('the front door: the test calls\' speech says the advisers rewrite the script with Samir\'s volunteers (the decide_with samir it is scored for), not "with them" (the recordings)', () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    const before = walk.shown.length;
    walk.take(...TEST_FIRST);
    const said = walk.shown.slice(before).join('\n');
    expect(said).toMatch(/hear the recordings first and rewrite the script with Samir's volunteers/);
    expect(said).not.toMatch(/rewrite the script with them/);
  });

  it("the front door: stopping the line covers the volunteers' fares while they write the script, so the six weeks Samir and month six name later are no surprise", () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    const before = walk.shown.length;
    walk.take(...STOP_AND_COWRITE);
    expect(walk.shown.slice(before).join('\n')).toMatch(/their fares are covered while they write it\./);
  });
});

// Check of the f11 fixes (issue 16, reviews/check-f11.md, two SHOULDs for S4, no MUST): the board's comment and
// note say what the in-gallery figures do when Samir never asked the Director (he emailed the chair himself).
describe('Standing Alongside: the check of the f11 fixes (the figures without his ask; the slot with him in the gallery)', () => {
  const unasked = () => {
    const walk = new StoryWalk(ID);
    walk.take(...PROMISE_MONEY);
    walk.take(...FARES_TOGETHER);
    walk.take(...PUSH_THE_CHAIR);
    return walk;
  };
  const IN_GALLERY_FIGURES = ['silent samir', 'act_on_behalf samir'];

  it("the board, Samir in the gallery but never asked you (he emailed the chair himself): the front door's figures and a New Roots item next time are doing for him (DOING_FOR, 0/-1/-1), level in total with reading his points for him and asking for next time (SPEAK_FOR with DOING_FOR, -1/-1/0) and above it in voice, and the story's comment says so", () => {
    const walk = unasked();
    expect(walk.shown.join('\n')).toMatch(/Last week Samir emailed three points to the chair of the board/);
    expect(walk.present()).toContain('samir');
    const figures = walk.wouldScore(...IN_GALLERY_FIGURES);
    expect(figures.acts).toContain('DOING_FOR');
    expect([figures.voice, figures.power, figures.courage]).toEqual([0, -1, -1]);
    const relay = walk.wouldScore(...READ_FOR_HIM_HERE);
    expect(relay.acts).toEqual(['SPEAK_FOR', 'DOING_FOR']);
    expect([relay.voice, relay.power, relay.courage]).toEqual([-1, -1, 0]);
    expect(total(figures)).toBe(total(relay));
    expect(figures.voice).toBeGreaterThan(relay.voice);

    const ink = readFileSync(resolve(__dirname, '../../stories/standing-alongside.ink'), 'utf8').split('\n');
    // The comment above the two figures options (out of the room, then in the gallery).
    const first = ink.findIndex((l) => l.includes('#move: silent samir #move: adjust samir room'));
    let top = first;
    while (ink[top - 1]!.startsWith('//')) top -= 1;
    const comment = ink
      .slice(top, first)
      .map((l) => l.replace(/^\/\/ ?/, ''))
      .join(' ');
    expect(comment).toMatch(/ADVOCATE with his mandate/);
    expect(comment).toMatch(/without his ask \(he emailed the chair\), the same words are DOING_FOR, 0\/-1\/-1/);
  });

  it("the board's note tells a facilitator why, with Samir in the gallery, asking for next time is advocacy and not a barrier removed (voice 1, not 2)", () => {
    const walk = atTheBoardAsked();
    const away = walk.take(...RELAY_AND_SLOT).notes.join('\n');
    expect(away).toMatch(
      /With him in the gallery, asking for next time passes on less than he asked for: it counts as advocacy, not as a barrier removed\./,
    );
  });
});

// Tenth round (issue 16, MEND10-BRIEF; a simulated room of eight on walk 43): decisions where the room converged
// get a real pull the other way, shown in the scene; a grade in the low-trust ending is gone. Each test fails on the
// text before it.
describe('Standing Alongside: the tenth round (a room that splits)', () => {
  const joined = (walk: StoryWalk) => walk.shown.join('\n');
  const CASHIER_IS_WRONG = ['act_on_behalf hawa', /cashier's wrong/] as const;

  it("month one: what three seats said they'd say first, that the cashier is wrong, is an option; it is true, it decides for them what the visit is about (DOING_FOR), and Hawa's answer agrees New Roots already knew; it scores below asking what the pairing is for and above the promise", () => {
    const walk = new StoryWalk(ID);
    const label = walk.options().find((o) => /cashier's wrong/.test(o.text))!.text;
    expect(label).toMatch(/the HC2 covers hospital fares/);
    const cashier = walk.wouldScore(...CASHIER_IS_WRONG);
    expect(cashier.acts).toEqual(['DOING_FOR']);
    expect(total(walk.wouldScore(HONEST_START))).toBeGreaterThan(total(cashier));
    expect(total(cashier)).toBeGreaterThan(total(walk.wouldScore(...PROMISE_MONEY)));
    walk.take(...CASHIER_IS_WRONG);
    expect(joined(walk)).toMatch(/We know\. The cashier doesn't\./);
  });

  it('month one: the question the room chose says the act in a worker\'s words, not a training slide\'s ("what the families here most need you to understand"), and its verdict holds (BURDEN)', () => {
    const walk = new StoryWalk(ID);
    const texts = walk.options().map((o) => o.text);
    expect(texts.join('\n')).not.toMatch(/most need you to understand/);
    expect(walk.wouldScore(...ASK_TO_BE_TAUGHT).acts).toEqual(['BURDEN', 'BURDEN']);
  });

  it("the front door: stopping the line on Monday with a script ready and stopping it today are different acts, and the cost of today (Lorna's nine-week list, nothing in the old line's place) is said before the choice; the verdicts hold", () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    const read = joined(walk);
    const lorna = indexIn(read, 'my nine-week list grows');
    expect(lorna).toBeLessThan(indexIn(read, 'They both turn to you.'));
    const texts = walk.options().map((o) => o.text);
    expect(texts.some((t) => /line goes on Monday/.test(t))).toBe(true);
    expect(texts.some((t) => /care needs from this afternoon/.test(t))).toBe(true);
    expect(total(walk.wouldScore(...STOP_AND_COWRITE))).toBeGreaterThan(total(walk.wouldScore(...LEGAL_REDRAFT)));
  });

  it("month six, the promise path: Hawa asks why the volunteers must wait for October, before the choice, so the direct award has a pull a room can feel; Samir's forum line no longer states the answer, and the direct award is still OVERRIDE (his word on the open round stands)", () => {
    const walk = atSixMonthsAfterPromisingAll();
    const read = joined(walk);
    expect(read).toMatch(/Paid through an open round, mind\./);
    expect(read).not.toMatch(/the Director's favourite/);
    expect(read.slice(indexIn(read, 'Month six'))).toMatch(/[Ww]hy make them wait for October\?/);
    expect(walk.wouldScore(...DIRECT_AWARD).acts).toEqual(['OVERRIDE']);
  });
});

// Tenth-round reviews (f13): a verdict must be fair at the moment of choice; no line marks the learner.
describe('Standing Alongside: the tenth-round educator and stereotype reads, acted on', () => {
  const joined = (walk: StoryWalk) => walk.shown.join('\n');
  const CASHIER_IS_WRONG = ['act_on_behalf hawa', /cashier's wrong/] as const;
  const library = parsePromptLibrary(promptsData);

  it("month one: that New Roots already know the fares rule is shown before the choice (the mother took Samir's page on fares to the cashier), so telling Hawa the cashier's wrong is fairly DOING_FOR, below asking what the pairing is for; after it Samir no longer marks the learner (both reads, MUST: the fact came only after the choice, a gotcha, and 'So you came to tell us our rights' made him the grader)", () => {
    const walk = new StoryWalk(ID);
    const read = joined(walk);
    expect(indexIn(read, "Samir's printout of the fares rules")).toBeLessThan(indexIn(read, 'What did you come for?'));
    const cashier = walk.wouldScore(...CASHIER_IS_WRONG);
    expect(cashier.acts).toEqual(['DOING_FOR']);
    expect(total(walk.wouldScore(HONEST_START))).toBeGreaterThan(total(cashier));
    walk.take(...CASHIER_IS_WRONG);
    expect(joined(walk)).not.toMatch(/came to tell us our rights|Now tell the cashier/);
  });

  it("month one, the cashier path: the debrief's questions fit telling someone a true entitlement (educator tenth read: 'You solved the problem' and what risk the act 'added' to Hawa's visa misfit it)", () => {
    const walk = new StoryWalk(ID);
    walk.take(...CASHIER_IS_WRONG);
    walk.take(...FARES_TOGETHER);
    walk.take(KEEP_THE_PEACE);
    walk.take(...RELAY_AND_SLOT);
    walk.take(...STOP_AND_COWRITE);
    walk.take(...REPAIR_AND_FLOOR);
    walk.take(...FIGURES_IN_MAY);
    const prompts = selectPrompts(walk.pt.log, walk.pt.header, library, { rotation: 0 });
    const first = prompts.filter((p) => p.decision === 0);
    // Since session 12 the author's own question on this option is asked here (it is the path's one harm), and the
    // library's questions go to decisions no question covers yet.
    expect(first.map((p) => p.family)).toContain('story');
    for (const p of first) expect(p.text).not.toMatch(/solved the problem|took a task off|add or take away/);
  });

  it('the front door: the note says the lawyers\' redraft stops the line on Monday, as its label does (educator tenth read: "this week")', () => {
    const ink = readFileSync(resolve(__dirname, '../../stories/standing-alongside.ink'), 'utf8');
    expect(ink).not.toMatch(/Stopping the line this week/);
    expect(ink).toMatch(/Stopping the line on Monday and sending two of Lorna's advisers/);
  });

  it('the forum: the best\'s label says the money goes to the chair and the rest of the list is agreed (l16: "the asks that are yours" was a prudence word that marked it); it still outscores minuting the list for March (educator tenth read: the facet the room missed, at the moment of choice)', () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    walk.take(...STOP_AND_COWRITE);
    const best = walk.options().find((o) => /and agree the rest on the record/.test(o.text))!;
    expect(best.text).toMatch(/leave the signposting money to her/);
    expect(total(walk.wouldScore(...REPAIR_AND_FLOOR))).toBeGreaterThan(total(walk.wouldScore(...NEXT_BOARD)));
  });

  it('month six, the promise path: Hawa knows of the underspend because Samir told her, and the narrator no longer says whom she asks instead of (educator and stereotype tenth reads)', () => {
    const walk = atSixMonthsAfterPromisingAll();
    const six = joined(walk).slice(indexIn(joined(walk), 'Month six'));
    expect(six).toMatch(/"Samir says your department's underspent\. Why make them wait for October\?"/);
    expect(six).not.toMatch(/you, not Samir/);
    expect(walk.wouldScore(...DIRECT_AWARD).acts).toEqual(['OVERRIDE']);
  });

  it('the low-trust ending keeps the chair ringing New Roots, without "not you" (educator tenth read: it read as a verdict)', () => {
    const ink = readFileSync(resolve(__dirname, '../../stories/standing-alongside.ink'), 'utf8');
    expect(ink).not.toMatch(/New Roots, not you/);
  });
});

// Final check of the tenth round (f15): the fact D1's verdict rests on reads one way only, and the labels at D1 and
// D2 show the best's case at the moment of choice. No score moved.
describe('Standing Alongside: the final tenth check (a fact that reads one way; the best shows its case)', () => {
  const joined = (walk: StoryWalk) => walk.shown.join('\n');
  const CASHIER_IS_WRONG = ['act_on_behalf hawa', /cashier's wrong/] as const;
  const label = (walk: StoryWalk, ...moves: string[]) =>
    walk.options().find((o) => moves.every((m) => o.moves.includes(m)))!.text;

  it("month one: the phone call says the cashier said medicines only, and that Samir's printout is the fares rules, so no reader can take it that Samir's page was wrong (final tenth check, MUST: in 'Medicines only, he said' the nearest 'he' was Samir, and room12 read the mother as misinformed)", () => {
    const walk = new StoryWalk(ID);
    const read = joined(walk);
    expect(read).not.toMatch(/Medicines only, he said/);
    const printout = indexIn(read, "Samir's printout of the fares rules");
    const refused = indexIn(read, 'The cashier still said medicines only.');
    expect(printout).toBeLessThan(refused);
    expect(refused).toBeLessThan(indexIn(read, 'What did you come for?'));
    // Hawa's own line on the walk agrees: she too thought it was medicines only till Samir checked.
    walk.take(HONEST_START);
    expect(joined(walk)).toMatch(/I thought it covered medicines only, till Samir checked\./);
  });

  it("month one: the best's label names the lever it puts at Samir's disposal (doors in the council, not grants) and the cashier label names its own act (the mother claims again on Tuesday, at the same window), each as its spoken line says; the verdicts hold (final tenth check, MUST: 0 of 24 seats chose the best, whose abstract label hid its case while a baby walked home)", () => {
    const walk = new StoryWalk(ID);
    const best = label(walk, HONEST_START);
    expect(best).toMatch(/open doors in the council but can't give grants, and ask what he wants the pairing for/);
    const cashier = walk.options().find((o) => /cashier's wrong/.test(o.text))!.text;
    expect(cashier).toMatch(/the HC2 covers hospital fares, and the mother should claim again on Tuesday/);
    expect(walk.wouldScore(HONEST_START).acts).toEqual(['INVITE']);
    expect(walk.wouldScore(...CASHIER_IS_WRONG).acts).toEqual(['DOING_FOR']);
    expect(total(walk.wouldScore(HONEST_START))).toBeGreaterThan(total(walk.wouldScore(...CASHIER_IS_WRONG)));

    const honest = new StoryWalk(ID);
    honest.take(HONEST_START);
    expect(joined(honest)).toMatch(/I can open doors inside the council[\s\S]*I can't give you a grant/);
    const told = new StoryWalk(ID);
    told.take(...CASHIER_IS_WRONG);
    expect(joined(told)).toMatch(/Tell her to claim again on Tuesday\./);
  });

  it("month one, the fares: the best's label shows it rings before Tuesday and keeps Hawa's name out, as its spoken line does ('no names'), and still outscores the letter (final tenth check, MUST: every seat that took the letter gave her privacy as the reason, a facet the best shares but its label hid)", () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    const best = label(walk, ...FARES_TOGETHER);
    expect(best).toMatch(/before Tuesday about the cashiers, no names, and the letter/);
    expect(total(walk.wouldScore(...FARES_TOGETHER))).toBeGreaterThan(total(walk.wouldScore(...ONE_LINE_ONLY)));
    walk.take(...FARES_TOGETHER);
    expect(joined(walk)).toMatch(/as a point from New Roots, no names/);
    expect(joined(walk)).toMatch(/On Monday the cashiers are told/);
  });

  it("month one, the fares: the letter's courage stays at -2, because the voice model gives it (final tenth check, SHOULD, checked: its silence is the cashiers' refusals, not timing; R3: with harm on, silence is BYSTAND, -2 when the learner holds the most power; her wish covers her name, not the cause)", () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    const letter = walk.wouldScore(...ONE_LINE_ONLY);
    expect(letter.acts).toEqual(['ADVOCATE', 'BYSTAND']);
    expect([letter.voice, letter.power, letter.courage]).toEqual([1, 1, -2]);
    walk.take(...ONE_LINE_ONLY);
    expect(joined(walk)).toMatch(/Until then, on Tuesdays, one of Samir's volunteers goes to the cashier's window/);
  });

  it("the debrief's 'who chose the fix' question no longer calls the matter the person's business, nor the choice a fix for them (final tenth check, SHOULD: S5's speaking-up policy is the agency's business, not Tendai's; last check: \"fix\" casts a nominee as the problem)", () => {
    const wordings = parsePromptLibrary(promptsData).families.flatMap((f) => f.wordings);
    const fix = wordings.find((w) => w.id === 'who-chose-the-fix')!;
    expect(fix.text).not.toMatch(/business/);
    expect(fix.text).toMatch(/you chose for \{name\}, unasked/);
    expect(fix.text).not.toMatch(/\bfix\b/);
  });
});

describe('Standing Alongside: the last edits of the tenth round (l16)', () => {
  it('labels no longer carry the tell the options-only read found ("no names" on the best alone; "the asks that are yours"), and the facts are still on the page before the choice', () => {
    const fares = new StoryWalk(ID);
    fares.take(HONEST_START);
    expect(fares.passage.lines.map((l) => l.text).join(' ')).toContain("Tuesday's bus fare");
    expect(label(fares, ...ONE_LINE_ONLY)).toBe(
      "Email the trust's chief executive asking for a line about fares in every appointment letter, no names.",
    );
    expect(label(fares, ...FARES_TOGETHER)).toMatch(/before Tuesday about the cashiers, no names/);
    expect(total(fares.wouldScore(...ONE_LINE_ONLY))).toBeLessThan(total(fares.wouldScore(...FARES_TOGETHER)));
    fares.take(...ONE_LINE_ONLY);
    expect(fares.shown.join(' ')).toContain('a line about fares in its letters. No names.');

    const forum = atTheBoardAsked();
    forum.take(...RELAY_AND_SLOT);
    forum.take(...STOP_AND_COWRITE);
    expect(forum.passage.lines.map((l) => l.text).join(' ')).toContain(
      'Pay for the signposting my volunteers do for you.',
    );
    for (const option of forum.options()) expect(option.text).not.toMatch(/yours/);
    expect(label(forum, ...REPAIR_AND_FLOOR)).toBe(
      'Stop the chair moving on, leave the signposting money to her, and agree the rest on the record.',
    );
    expect(label(forum, ...ALL_OF_IT)).toMatch(/agree his list on the record/);
    expect(total(forum.wouldScore(...ALL_OF_IT))).toBeLessThan(total(forum.wouldScore(...REPAIR_AND_FLOOR)));
  });
});

// Eleventh round (options only, main-s8): three cold readers saw only the options and found the best in the chair's
// office, both boards, the front door and the forum. Each tell is gone; the reason for each best is on stage before
// the choice; no verdict moved.
describe('Standing Alongside: the eleventh round (options only: take the answer out of the wording)', () => {
  it("the chair's office: the story offer asks the chair for five minutes for Samir too, so pushing the chair is not the only option that asks for his voice; the chair takes the story and turns him down, it still overrides Hawa (her choir, a scene earlier) and scores below pushing the chair", () => {
    const chair = new StoryWalk(ID);
    chair.take(HONEST_START);
    chair.take(...FARES_TOGETHER);
    const ask = /ask her for five minutes for Samir/;
    expect(label(chair, ...PUSH_THE_CHAIR)).toMatch(ask);
    expect(label(chair, ...OFFER_THE_WINTER)).toMatch(ask);
    expect(chair.shown.join('\n')).toMatch(/The choir thinks they're check-ups/);
    const offer = chair.wouldScore(...OFFER_THE_WINTER);
    expect(offer.acts).toContain('OVERRIDE');
    expect([offer.voice, offer.power, offer.courage]).toEqual([-2, -2, 0]);
    expect(total(chair.wouldScore(...PUSH_THE_CHAIR))).toBeGreaterThan(total(offer));
    const before = chair.shown.length;
    chair.take(...OFFER_THE_WINTER);
    expect(chair.shown.slice(before).join('\n')).toMatch(/And Samir would like five minutes\.[\s\S]*Mr Haddad, no\./);
    expect(chair.present()).not.toContain('samir');
  });

  it('the board: reading his points, credited, and asking the chair to hear him next time is the same label in and out of the room (same words, different act): out of the room it removes a barrier and is best; with Samir twenty feet away in the gallery it passes on a request for him and scores below asking the chair to call him, and its speech asks for next time as the label says', () => {
    const away = atTheBoardAsked();
    const here = inTheGallery();
    const words = label(away, ...RELAY_AND_SLOT);
    expect(label(here, ...READ_FOR_HIM_HERE)).toBe(words);
    expect(words).toMatch(
      /ask to hear him next time, and add one woman's forty minutes: on hold to your own front door\.$/,
    );
    const slot = away.wouldScore(...RELAY_AND_SLOT);
    expect(slot.acts).toContain('REMOVE_BARRIER');
    for (const o of away.options()) expect(total(away.wouldScore(...o.moves))).toBeLessThanOrEqual(total(slot));
    const read = here.wouldScore(...READ_FOR_HIM_HERE);
    expect(read.acts).not.toContain('REMOVE_BARRIER');
    expect(total(read)).toBeLessThan(total(here.wouldScore('invite samir public')));
    const before = here.shown.length;
    here.take(...READ_FOR_HIM_HERE);
    expect(here.shown.slice(before).join('\n')).toMatch(/I'd ask that he's heard next time\./);
  });

  it("the board: declining says it leaves Samir's points for him to make (the ally wording, aimed wrongly: he asked the Director to make them at this board) and still scores below carrying them; the story trap says what New Roots told you, not what the mothers told you, and still overrides Hawa", () => {
    const walk = atTheBoardAsked();
    expect(walk.shown.join('\n')).toMatch(/asked you to make them at Thursday's board, in his name/);
    expect(label(walk, ...DECLINE_AND_SLOT)).toMatch(/^Leave Samir's points for him to make/);
    expect(total(walk.wouldScore(...DECLINE_AND_SLOT))).toBeLessThan(total(walk.wouldScore(...RELAY_AND_SLOT)));
    const trap = label(walk, ...HAWAS_STORY);
    // Twelfth round (stereotype read): the walk is Hawa's, told on her stairs, so the label no longer files it under
    // what New Roots told you.
    // Fourteenth round (options only): "no names" marked the trap as the flawed one (and was its excuse); the walk
    // is still named as last winter's.
    expect(trap).toMatch(
      /add one woman's forty minutes: walking her daughter to hospital each week last winter, to save the fare\.$/,
    );
    expect(trap).not.toMatch(/no names/);
    expect(trap).not.toMatch(/New Roots told you|mothers told you/);
    expect(walk.wouldScore(...HAWAS_STORY).acts).toContain('OVERRIDE');
  });

  it('the front door: the test calls also end the line, once the script is rewritten, so the best is no longer the union of the others (stop the line, and rewrite with New Roots); the line still runs while they test, said in the speech and after, and the test still scores below stopping it today', () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    const test = label(walk, ...TEST_FIRST);
    expect(test).toMatch(/end the line once her advisers and New Roots rewrite the script/);
    expect(walk.shown.join('\n')).toMatch(/Nothing asks about care needs first\./);
    expect(total(walk.wouldScore(...TEST_FIRST))).toBeLessThan(total(walk.wouldScore(...STOP_AND_COWRITE)));
    const before = walk.shown.length;
    walk.take(...TEST_FIRST);
    const after = walk.shown.slice(before).join('\n');
    expect(after).toMatch(/Then the line goes\./);
    expect(after).toMatch(/Until then the old line stays\./);
  });

  it('the forum: agreeing his list no longer says "all of" it, so its money promise shows only to a reader who heard the list (paying for the signposting, a scene\'s last ask); the best leaves that money to the chair, and the verdicts hold', () => {
    const forum = atTheBoardAsked();
    forum.take(...RELAY_AND_SLOT);
    forum.take(...STOP_AND_COWRITE);
    expect(forum.shown.join('\n')).toMatch(/Pay for the signposting my volunteers do for you\./);
    const all = label(forum, ...ALL_OF_IT);
    expect(all).not.toMatch(/all of/);
    expect(all).toMatch(/agree his list on the record, with the date you'll report back/);
    expect(forum.wouldScore(...ALL_OF_IT).acts).toContain('CENTRE_SELF');
    expect(total(forum.wouldScore(...ALL_OF_IT))).toBeLessThan(total(forum.wouldScore(...REPAIR_AND_FLOOR)));
  });
});

describe('Standing Alongside: the twelfth round (REVIEW11 educator and stereotype reads; second options-only cold read)', () => {
  it("the board, Samir in the gallery but never asked you to carry his words: reading his points for him is SPEAK_FOR far below asking the chair to call him, so neither is marked contested there; where he asked you, the pair still is (educator REVIEW11: a 'practitioners differ' flag on a five-point gap misleads the debrief)", () => {
    const walk = new StoryWalk(ID);
    walk.take(...ASK_TO_BE_TAUGHT);
    walk.take(...FARES_TOGETHER);
    walk.take(...PUSH_THE_CHAIR);
    expect(walk.present()).toContain('samir');
    expect(walk.shown.join('\n')).toMatch(/He didn't ask you for anything\./);
    const record = walk.take('invite samir public');
    const relay = record.options.find(
      (o) => o.moves.length === 2 && o.moves[0]!.move === 'relay' && o.moves[1]!.move === 'act_on_behalf',
    )!;
    const invite = record.options.find((o) => o.moves.some((m) => m.move === 'invite'))!;
    expect([relay.voice, relay.power, relay.courage]).toEqual([-1, -1, 0]);
    expect(total(invite) - total(relay)).toBeGreaterThanOrEqual(5);
    expect(record.options.filter((o) => o.contested)).toHaveLength(0);
    // The same words, the same scene that follows.
    expect(walk.shown.join('\n')).toMatch(/Three minutes, Mr Haddad\./);
  });

  it("the board: the story trap is now the option that gives everyone what they asked for (Samir's points in his words, credited, his next time, and the chair's face with no names), so completeness no longer points at the best; what it adds is Hawa's walk, whose wish was shown a scene earlier, and it still overrides her, out of the room and in the gallery (second cold read: all three readers took the best out of the room)", () => {
    const walk = atTheBoardAsked();
    expect(walk.shown.join('\n')).toMatch(/The choir thinks they're check-ups\. I'd like it to stay that way\./);
    const best = walk.options().find((o) => o.moves.join(' + ') === RELAY_AND_SLOT.join(' + '))!;
    const trap = walk.options().find((o) => o.moves.includes('disclose hawa info=story'))!;
    for (const m of RELAY_AND_SLOT) expect(trap.moves).toContain(m);
    expect(trap.text).toMatch(
      /^Read out Samir's three points in his words, say they're his, ask to hear him next time/,
    );
    expect(trap.text.length).toBeGreaterThan(best.text.length);
    const story = walk.wouldScore(...HAWAS_STORY);
    expect([story.voice, story.power, story.courage]).toEqual([-2, -2, 0]);
    expect(total(story)).toBeLessThan(total(walk.wouldScore(...DECLINE_AND_SLOT)));
    const before = walk.shown.length;
    walk.take(...HAWAS_STORY);
    const after = walk.shown.slice(before).join('\n');
    expect(after).toMatch(/ask that he's heard next time/);
    expect(after).toMatch(/Someone from Hawa's choir recognises it straight away/);

    const here = new StoryWalk(ID);
    here.take(HONEST_START);
    here.take(...FARES_TOGETHER);
    here.take(...PUSH_THE_CHAIR);
    expect(here.wouldScore(...HAWAS_STORY_HERE).acts).toContain('OVERRIDE');
    expect(total(here.wouldScore(...HAWAS_STORY_HERE))).toBeLessThan(total(here.wouldScore(...READ_FOR_HIM_HERE)));
  });

  it("the front door: the best says what the Director does (advisers ask about care needs from this afternoon, and write the new script with Samir's volunteers), and the test calls, paid, with both rewriting, are the complete-looking option, whose cost (the line read to callers meanwhile) the scene shows; the verdicts hold (second cold read: the best 'ticks every box')", () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    const best = label(walk, ...STOP_AND_COWRITE);
    expect(best).toMatch(/^Tell Lorna her advisers ask about care needs from this afternoon/);
    expect(label(walk, ...TEST_FIRST)).toMatch(/paid as a charity/);
    expect(walk.shown.join('\n')).toMatch(
      /the line is read to callers every day|Nothing asks about care needs first\./,
    );
    const stop = walk.wouldScore(...STOP_AND_COWRITE);
    expect([stop.voice, stop.power, stop.courage]).toEqual([1, 2, 1]);
    expect(total(walk.wouldScore(...TEST_FIRST))).toBeLessThan(total(stop));
    expect(total(walk.wouldScore(...LEGAL_REDRAFT))).toBeLessThan(total(stop));
  });
});

// Thirteenth round (FIX13; reviews/REVIEW12-educator.md and REVIEW12-stereotype.md: no MUST, three SHOULDs and one
// optional for S4). No move, score or contested flag changed; the words now match each path and each option.
describe('Standing Alongside: the thirteenth round (REVIEW12 educator and stereotype reads)', () => {
  const throughTheChair = (start: readonly (string | RegExp)[], chair: readonly string[]) => {
    const walk = new StoryWalk(ID);
    walk.take(...start);
    walk.take(...FARES_TOGETHER);
    walk.take(...chair);
    return walk;
  };

  it('the board: the discuss card no longer says Samir asked you to carry his words, which is false where he emailed the chair and asked you nothing; it says what is true on every path (he sent three points and asked to be heard), and the contested flags are as before: the pair in the gallery only where he asked you (educator REVIEW12, SHOULD)', () => {
    const asked = atTheBoardAsked();
    const askedHere = throughTheChair([HONEST_START], PUSH_THE_CHAIR);
    const unaskedHere = throughTheChair(ASK_TO_BE_TAUGHT, PUSH_THE_CHAIR);
    expect(asked.shown.join('\n')).toMatch(/asked you to make them at Thursday's board/);
    expect(askedHere.shown.join('\n')).toMatch(/asked you to make them at Thursday's board/);
    expect(unaskedHere.shown.join('\n')).toMatch(/He didn't ask you for anything\./);
    for (const walk of [asked, askedHere, unaskedHere]) {
      const card = walk.passage.discuss.join(' ');
      expect(card).not.toMatch(/asked you to carry his words/);
      expect(card).toMatch(
        /One sent three points and asked to be heard; one asked that her story stay where she told it\./,
      );
    }
    const contested = (walk: StoryWalk) => walk.take('invite samir public').options.filter((o) => o.contested).length;
    expect(contested(askedHere)).toBe(2);
    expect(contested(unaskedHere)).toBe(0);
  });

  it("the front door: the best no longer pays for the test calls Lorna refused a moment before (a reversal of her no its label didn't show); New Roots is paid as a charity for its volunteers' time on the script, Samir lets the test calls wait in his own words, its label says plainly what advisers do from this afternoon, and is not the longest, and its score and rank hold (educator REVIEW12, SHOULD)", () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    expect(walk.shown.join('\n')).toMatch(/Mystery shoppers on my team\? No\./);
    const best = label(walk, ...STOP_AND_COWRITE);
    expect(best).toMatch(/ask about care needs from this afternoon, and write the new script/);
    expect(best).not.toMatch(/not read the line|test call/);
    // The best is not the longest option (Option craft): the thirteenth round's fix had made it so.
    expect(best.length).toBeLessThan(Math.max(...walk.options().map((o) => o.text.length)));
    const stop = walk.wouldScore(...STOP_AND_COWRITE);
    expect([stop.voice, stop.power, stop.courage]).toEqual([1, 2, 1]);
    for (const o of walk.options()) expect(total(stop)).toBeGreaterThanOrEqual(total(walk.wouldScore(...o.moves)));
    const before = walk.shown.length;
    walk.take(...STOP_AND_COWRITE);
    const said = walk.shown.slice(before).join('\n');
    // REVIEW13: for the script work, not its volunteers' time (they may usually receive expenses only).
    expect(said).toMatch(/New Roots is paid as a charity for the script work/);
    expect(said).not.toMatch(/paid for the test calls|while the test calls run|when the calls are played/);
    expect(said).toMatch(/Then it's my advisers in the room, not just their managers\./);
    expect(said).toMatch(/Agreed\. The test calls can wait\./);
  });

  it('the first visit: the man the volunteer rings for is given his language, not a lack ("who speaks only Tigrinya", not "with no English") (educator REVIEW12, SHOULD; stereotype REVIEW12, optional)', () => {
    const walk = new StoryWalk(ID);
    const read = walk.shown.join('\n');
    expect(read).toMatch(/for a man who speaks only Tigrinya\./);
    expect(read).not.toMatch(/no English/);
  });

  it('month two: on every month-one path, "no recourse" first appears as the full term, "no recourse to public funds"; on the shift path that is the line the Director read to a caller (educator REVIEW12, SHOULD)', () => {
    const starts: (readonly (string | RegExp)[])[] = [
      [HONEST_START],
      ASK_TO_BE_TAUGHT,
      PROMISE_MONEY,
      ['act_on_behalf hawa', /cashier's wrong/],
    ];
    for (const start of starts) {
      const walk = new StoryWalk(ID);
      walk.take(...start);
      walk.take(...FARES_TOGETHER);
      const read = walk.shown.join('\n');
      const first = read.search(/no recourse/);
      expect(first).toBeGreaterThan(-1);
      expect(read.slice(first)).toMatch(/^no recourse to public funds/);
    }
    const shift = new StoryWalk(ID);
    shift.take(HONEST_START);
    shift.take(...FARES_TOGETHER);
    expect(shift.shown.join('\n')).toMatch(
      /read a caller the line for people with no recourse to public funds: there's nothing we can offer\./,
    );
  });
});

// Fourteenth round (session 9, third options-only cold read: 16, 14 and 13 of 36, chance 11.2). All three readers
// found the board's best as the story trap minus its add-on, and all three took the month-one ask to be taught,
// listening first, over the best. The board's best now carries an add-on of its own; the first visit shows, before
// Samir's question, why asking to be taught is a burden here. No verdict moved.
describe('Standing Alongside: the fourteenth round (options only: the add-on, and the listening the scene rules out)', () => {
  const option = (walk: StoryWalk, ...moves: readonly string[]) =>
    walk.options().find((o) => [...o.moves].sort().join() === [...moves].sort().join())!;

  it("the board: the best is no longer the story trap without its add-on: both read Samir's points, credited, ask to hear him next time and add forty minutes seen or heard at New Roots; the best's is the volunteer the Director saw on hold to their own front door, before Samir's question (theirs to tell, nobody named), the trap's is Hawa's walk, told in confidence; scores unchanged (best ADVOCATE+REMOVE_BARRIER 2/2/2, trap OVERRIDE -2/-2/0)", () => {
    const walk = atTheBoardAsked();
    const read = walk.shown.join('\n');
    expect(read).toMatch(/A volunteer has been on hold to your front door for forty minutes/);
    expect(read).toMatch(/The choir thinks they're check-ups\. I'd like it to stay that way\./);
    const best = option(walk, ...RELAY_AND_SLOT).text;
    const trap = option(walk, ...HAWAS_STORY).text;
    const stem = "Read out Samir's three points in his words, say they're his, ask to hear him next time, and add ";
    expect(best.startsWith(stem)).toBe(true);
    expect(trap.startsWith(stem)).toBe(true);
    expect(best).toMatch(/one woman's forty minutes: on hold to your own front door\.$/);
    expect(trap).toMatch(
      /one woman's forty minutes: walking her daughter to hospital each week last winter, to save the fare\.$/,
    );
    // Neither label is the other with a clause taken off.
    expect(trap.startsWith(best.replace(/\.$/, ''))).toBe(false);
    expect(best.startsWith(trap.replace(/\.$/, ''))).toBe(false);
    const slot = walk.wouldScore(...RELAY_AND_SLOT);
    expect(slot.acts).toEqual(expect.arrayContaining(['ADVOCATE', 'REMOVE_BARRIER']));
    expect([slot.voice, slot.power, slot.courage]).toEqual([2, 2, 2]);
    const story = walk.wouldScore(...HAWAS_STORY);
    expect([story.voice, story.power, story.courage]).toEqual([-2, -2, 0]);
    const before = walk.shown.length;
    walk.take(...RELAY_AND_SLOT);
    const said = walk.shown.slice(before).join('\n');
    // The speech says what the label adds, with its cost: the Director's own staff hear it on the webcast.
    expect(said).toMatch(
      /Your staff are watching the webcast\.\n"And one thing of mine: at New Roots I found a volunteer/,
    );
    expect(said).not.toMatch(/walk|hospital|choir/);
  });

  it("the board, Samir in the gallery: the best's words carry the same add-on in and out of the room (same words, different act), the scene after them says it, and reading for him still scores below asking the chair to call him", () => {
    const away = atTheBoardAsked();
    const here = inTheGallery();
    expect(option(here, ...READ_FOR_HIM_HERE).text).toBe(option(away, ...RELAY_AND_SLOT).text);
    expect(option(here, ...HAWAS_STORY_HERE).text).toBe(option(away, ...HAWAS_STORY).text);
    expect(total(here.wouldScore(...READ_FOR_HIM_HERE))).toBeLessThan(total(here.wouldScore('invite samir public')));
    const before = here.shown.length;
    here.take(...READ_FOR_HIM_HERE);
    expect(here.shown.slice(before).join('\n')).toMatch(
      /"And one thing of mine: at New Roots I found a volunteer already forty minutes on hold to our front door\./,
    );
  });

  it("the first visit: asking Samir and Hawa to teach you about the families is a twelfth ask, shown before the choice (Samir says eleven officers have asked him to explain the families, the mothers told it once for New Roots' report, and none had read it, then asks what you came for), so the listening that sounds best is a burden here (BURDEN 0/-1/0) and asking what he wants the pairing for stays best (INVITE 2/2/0); his answer counts on from eleven", () => {
    const walk = new StoryWalk(ID);
    const lines = walk.shown;
    const question = lines.findIndex((l) => /What did you come for\?/.test(l));
    expect(lines[question]).toMatch(
      /Eleven officers have asked me to explain our families\. Our members told it once, for the report you hold\. None had read it\. What did you come for\?/,
    );
    const taught = walk.wouldScore(...ASK_TO_BE_TAUGHT);
    expect(new Set(taught.acts)).toEqual(new Set(['BURDEN']));
    expect([taught.voice, taught.power, taught.courage]).toEqual([0, -1, 0]);
    const invite = walk.wouldScore(HONEST_START);
    expect([invite.voice, invite.power, invite.courage]).toEqual([2, 2, 0]);
    for (const o of walk.options()) expect(total(walk.wouldScore(...o.moves))).toBeLessThanOrEqual(total(invite));
    // The label itself never says he has been asked before: the scene does.
    expect(option(walk, ...ASK_TO_BE_TAUGHT).text).not.toMatch(/eleven|again|twelve/i);
    const before = walk.shown.length;
    walk.take(...ASK_TO_BE_TAUGHT);
    expect(walk.shown.slice(before).join('\n')).toMatch(/"Twelve, then\. Nothing's changed but the count\./);
  });
});

// Review fixes, fourteenth round (session 9, educator and stereotype reviews; no MUSTs). No move or score changed:
// the first visit's trap is the careful ask, not a straw man; the volunteer on hold gives her own say before any
// choice, so the board's best spends only what was hers to give; on the story_offered path the best takes the
// offer of the mother back, in public, before Samir's points.
describe('Standing Alongside: review fixes to the fourteenth round (a trap worth taking, and whose forty minutes)', () => {
  const option = (walk: StoryWalk, ...moves: readonly string[]) =>
    walk.options().find((o) => [...o.moves].sort().join() === [...moves].sort().join())!;
  const INK = resolve(__dirname, '../../stories/standing-alongside.ink');

  it("the first visit: the trap is the question a careful, well-read director would ask (say you'll read the report, ask what's changed since), not a repeat of what Samir has just complained about; it still asks him to teach you at his own table (BURDEN 0/-1/0, below INVITE 2/2/0), his reply counts on from eleven, and his card shows his view without telling the learner off (both reviewers, SHOULD)", () => {
    const walk = new StoryWalk(ID);
    const label = option(walk, ...ASK_TO_BE_TAUGHT).text;
    expect(label).toBe(
      "Tell Samir and Hawa what you can't do, say you'll read the report, and ask what's changed since they wrote it.",
    );
    expect(label).not.toMatch(/what you should know about the families/);
    const taught = walk.wouldScore(...ASK_TO_BE_TAUGHT);
    expect([taught.voice, taught.power, taught.courage]).toEqual([0, -1, 0]);
    expect(total(taught)).toBeLessThan(total(walk.wouldScore(HONEST_START)));
    const before = walk.shown.length;
    const record = walk.take(...ASK_TO_BE_TAUGHT);
    const said = walk.shown.slice(before).join('\n');
    expect(said).toMatch(
      /"I can't fund you\. I'll read your report\. What's changed for the families since you wrote it\?"/,
    );
    expect(said).toMatch(/"Twelve, then\. Nothing's changed but the count\. Page six is still the front door\."/);
    const samir = record.perspectives.find((p) => p.who === 'samir')!.text;
    expect(samir).toBe("Twelve talks now. I'll give a thirteenth if it gets page six read.");
    expect(samir).not.toMatch(/I'd just told you/);
  });

  it("the first visit: Hawa comes over before she speaks (the stereotype reviewer: she started talking out of nowhere), and the volunteer on hold has her own say before any choice: she gets through and tells the Director 'You can tell them that' (stereotype reviewer, SHOULD: the board's best used her minutes without her voice)", () => {
    const walk = new StoryWalk(ID);
    const lines = walk.shown;
    const onHold = lines.findIndex((l) => /A volunteer has been on hold to your front door for forty minutes/.test(l));
    expect(lines[onHold + 1]).toBe('She gets through, and catches your eye. "Forty minutes. You can tell them that."');
    const hawa = lines.findIndex((l) => /I run the homework club on Wednesdays/.test(l));
    expect(lines[hawa - 1]).toBe('Hawa Adam comes over.');
    expect(walk.options().length).toBeGreaterThan(1);
  });

  it("the board: the best's label says only what the Director knows (they found her already forty minutes on hold), and their own words on the record blame neither the volunteer nor the advisers and name no language (a small community on a webcast; both reviewers); best ADVOCATE+REMOVE_BARRIER 2/2/2 and trap OVERRIDE -2/-2/0 unchanged", () => {
    const walk = atTheBoardAsked();
    expect(option(walk, ...RELAY_AND_SLOT).text).toMatch(
      /add one woman's forty minutes: on hold to your own front door\.$/,
    );
    expect(pick(walk.wouldScore(...RELAY_AND_SLOT))).toEqual({ voice: 2, power: 2, courage: 2 });
    expect(pick(walk.wouldScore(...HAWAS_STORY))).toEqual({ voice: -2, power: -2, courage: 0 });
    const before = walk.shown.length;
    walk.take(...RELAY_AND_SLOT);
    const said = walk.shown.slice(before).join('\n');
    expect(said).toMatch(
      /"And one thing of mine: at New Roots I found a volunteer already forty minutes on hold to our front door\. That's on me, not my advisers\."/,
    );
    expect(said).not.toMatch(/Tigrinya|interpreter|you saw/);
    expect(walk.shown.join('\n')).toMatch(/criticise it live\. She'd rather have heard it from you first/);
  });

  it("the board, after the chair was offered the mother's story: the best takes the offer back in public before Samir's points ('Not the mother, Chair… It's hers to tell, and she hasn't.') and Begum answers in her own voice; text only, the same moves and scores as on the path where nothing was offered (educator, SHOULD: saying no to the chair cost nothing there)", () => {
    const offered = new StoryWalk(ID);
    offered.take(HONEST_START);
    offered.take(...FARES_TOGETHER);
    offered.take(...OFFER_THE_WINTER);
    const plain = atTheBoardAsked();
    expect(option(offered, ...RELAY_AND_SLOT).text).toBe(option(plain, ...RELAY_AND_SLOT).text);
    expect(pick(offered.wouldScore(...RELAY_AND_SLOT))).toEqual(pick(plain.wouldScore(...RELAY_AND_SLOT)));
    const before = offered.shown.length;
    offered.take(...RELAY_AND_SLOT);
    const after = offered.shown.slice(before);
    const back = after.findIndex(
      (l) => l === "\"Not the mother, Chair. I shouldn't have offered her. It's hers to tell, and she hasn't.\"",
    );
    expect(back).toBeGreaterThan(-1);
    expect(after[back + 1]).toMatch(/"I built this item round her, Director\. Go on, then\."/);
    expect(back).toBeLessThan(after.findIndex((l) => /These aren't my words/.test(l)));
    plain.take(...RELAY_AND_SLOT);
    expect(plain.shown.join('\n')).not.toMatch(/Not the mother, Chair/);
  });

  it("the board's facilitator note gives nobody the answer before the vote: the reasoning that names the best (theirs to tell; a walk told in confidence is not) comes after 'After the choice:' (educator, COULD)", () => {
    const note = readFileSync(INK, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('# note: Relaying what someone asked you to say'))!;
    const after = note.indexOf('After the choice:');
    expect(after).toBeGreaterThan(-1);
    expect(note.indexOf('theirs to tell')).toBeGreaterThan(after);
    expect(note.indexOf('a walk told in confidence is not')).toBeGreaterThan(after);
  });
});

const pick = (o: { voice: number; power: number; courage: number }) => ({
  voice: o.voice,
  power: o.power,
  courage: o.courage,
});

// Last read of session 9 (/work/wt/notes/lastread-edu.md, COULD): text only, no move or score changed.
describe('Standing Alongside: last read (session 9)', () => {
  it("the board, after the best out of the room: Lorna's email keeps its cost (she'd rather have heard it first) and notices what the Director's words did (\"That's on me, not my advisers\"): she saw they didn't blame her advisers; after the trap (Hawa's winter told, no such line) her email is as it was; scores unchanged", () => {
    const walk = atTheBoardAsked();
    expect(pick(walk.wouldScore(...RELAY_AND_SLOT))).toEqual({ voice: 2, power: 2, courage: 2 });
    walk.take(...RELAY_AND_SLOT);
    const shown = walk.shown.join('\n');
    expectInOrder(
      shown,
      "That's on me, not my advisers.",
      "Lorna Kerr, who runs the front door, emails: three of her advisers watched you criticise it live. She'd rather have heard it from you first, and noticed you didn't blame them.",
    );
    const trap = atTheBoardAsked();
    trap.take(...HAWAS_STORY);
    const told = trap.shown.join('\n');
    expect(told).toContain(
      "Lorna Kerr, who runs the front door, emails: three of her advisers watched you criticise it on the webcast, and she'd rather have heard it from you first.",
    );
    expect(told).not.toMatch(/didn't blame them/);
  });
});

// Room 13 (session 9, /work/wt/notes/room-judge.md, FIX THE SCENE): every seat read the best's "write the new
// script with Samir's volunteers" as the mystery shopping Lorna refused, or as leaving out her advisers.
describe('Standing Alongside: room 13 (session 9)', () => {
  it("the front door: after Lorna's no to test callers, and before they turn to the Director, Samir offers two of his volunteers in a room with two of her advisers to write it, so the best takes up an offer made (not mystery shopping, advisers not left out) and the first leaves it out; moves and scores unchanged", () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    const shown = walk.shown.join('\n');
    expectInOrder(
      shown,
      'Mystery shoppers on my team? No.',
      'Then two of my volunteers in a room with two of your advisers, and we write it.',
      'They both turn to you.',
    );
    const ink = readFileSync(resolve(__dirname, '../../stories/standing-alongside.ink'), 'utf8');
    expect(ink).toContain(
      '"Then two of my volunteers in a room with two of your advisers, and we write it." # speaker: samir # to: lorna',
    );
    expect(label(walk, ...STOP_AND_COWRITE)).toMatch(/write the new script with Samir's volunteers/);
    expect(pick(walk.wouldScore(...STOP_AND_COWRITE))).toEqual({ voice: 1, power: 2, courage: 1 });
    expect(pick(walk.wouldScore(...LEGAL_REDRAFT))).toEqual({ voice: 0, power: 1, courage: 1 });
    for (const o of walk.options())
      expect(total(walk.wouldScore(...STOP_AND_COWRITE))).toBeGreaterThanOrEqual(total(walk.wouldScore(...o.moves)));
  });
});

// Fifteenth round (room 13, /work/wt/r15/room13-standing-alongside.md): six seats went unanimous on five of seven
// decisions. Each decision below now shows, before the choice, what pulls toward another option: a person's line or
// a fact in the scene, never a narrator's warning. No move, tag or score changed; these tests pin that.
describe('Standing Alongside: fifteenth round (a room that splits)', () => {
  const shownText = (walk: StoryWalk) => walk.shown.join('\n');

  it("the first visit: Samir says none of the eleven officers had read the report before he asks what you came for (review fix: was 'They listened nicely'), so the listening option's cost is his, on the page (room 13: six of six read the report and asked what's changed; judge KEEP); asking what he wants the pairing for stays best (INVITE 2/2/0) and the twelfth ask stays BURDEN 0/-1/0", () => {
    const walk = new StoryWalk(ID);
    const read = shownText(walk);
    expectInOrder(
      read,
      'Eleven officers have asked me to explain our families.',
      'Our members told it once, for the report you hold.',
      'None had read it.',
      'What did you come for?',
    );
    for (const o of walk.options()) expect(o.text).not.toMatch(/none had|eleven|twelfth/i);
    expect(pick(walk.wouldScore(HONEST_START))).toEqual({ voice: 2, power: 2, courage: 0 });
    expect(pick(walk.wouldScore(...ASK_TO_BE_TAUGHT))).toEqual({ voice: 0, power: -1, courage: 0 });
    for (const o of walk.options())
      expect(total(walk.wouldScore(...o.moves))).toBeLessThanOrEqual(total(walk.wouldScore(HONEST_START)));
  });

  it("Hawa's winter: the favour's other claim is a person with a reason before the choice (the discharge lead's text: the trust's chief exec owes you one, and winter beds need it), after Hawa's fix and the Tuesday call, so keeping the favour and fixing only the letter has a pull (room 13: six of six rang about the cashiers); ringing still outscores the letter, which leaves the refusals till April (R3: BYSTAND with harm on, rank above), and no label names the beds (the review fix names the favour in the best's: see the fifteenth-round reviews)", () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    const read = shownText(walk);
    expectInOrder(
      read,
      'If it said fares, no cashier could say no.',
      "asking who'll lend her Tuesday's bus fare",
      `Your discharge lead texts: "The trust's chief exec still owes you one. We'll need it for winter beds."`,
    );
    expect(walk.passage.discuss.join(' ')).toMatch(/your discharge lead wants the favour kept for winter beds/);
    for (const o of walk.options()) expect(o.text).not.toMatch(/beds|discharge/);
    expect(pick(walk.wouldScore(...FARES_TOGETHER))).toEqual({ voice: 2, power: 2, courage: 1 });
    expect(pick(walk.wouldScore(...ONE_LINE_ONLY))).toEqual({ voice: 1, power: 1, courage: -2 });
    for (const o of walk.options())
      expect(total(walk.wouldScore(...o.moves))).toBeLessThanOrEqual(total(walk.wouldScore(...FARES_TOGETHER)));
    const record = walk.take(...FARES_TOGETHER);
    expect(record.notes.join('\n')).toMatch(/the discharge lead's text puts on the page before the choice/);
  });

  it("the board, Samir in the gallery and asked: the item has half an hour, the Director's own staffing paper having gone to March, so the chance the chair named is on the page before the choice (room 13 never weighed asking her to call him; judge KEEP; the sixteenth round gave the unasked path his own wish instead, see below); asking her still scores highest (INVITE 2/2/1), contested with reading his points; out of the gallery the line isn't shown", () => {
    const walk = inTheGallery();
    expect(walk.present()).toContain('samir');
    expectInOrder(
      shownText(walk),
      'I may call him.',
      'The item has half an hour.',
      'What are you actually hearing from communities?',
    );
    const invite = walk.wouldScore('invite samir public');
    expect(pick(invite)).toEqual({ voice: 2, power: 2, courage: 1 });
    for (const o of walk.options()) expect(total(walk.wouldScore(...o.moves))).toBeLessThanOrEqual(total(invite));
    expect(shownText(atTheBoardAsked())).not.toMatch(/the item has half an hour/);
  });

  it("the front door: Lorna takes Samir's offer to write the script with her advisers and wants the old line kept till the new one's ready, with her reason (her nine-week list), just before they turn to the Director, so stopping it this afternoon goes against her stated wish (after room 13's fix the offer read as a giveaway); stopping it today still scores highest (the Care Act s9 duty doesn't wait for a script), and the Monday redraft with legal and the test calls hold their scores", () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    expectInOrder(
      shownText(walk),
      'Mystery shoppers on my team? No.',
      'Then two of my volunteers in a room with two of your advisers, and we write it.',
      "That I'd take. But the line stays till the new one's ready. Ask every caller about needs and my nine-week list grows.",
      'They both turn to you.',
    );
    expect(walk.passage.discuss.join(' ')).toMatch(/wants the old line kept till it's ready/);
    const best = walk.wouldScore(...STOP_AND_COWRITE);
    expect(pick(best)).toEqual({ voice: 1, power: 2, courage: 1 });
    expect(pick(walk.wouldScore(...LEGAL_REDRAFT))).toEqual({ voice: 0, power: 1, courage: 1 });
    expect(pick(walk.wouldScore(...TEST_FIRST))).toEqual({ voice: 1, power: 2, courage: -2 });
    for (const o of walk.options()) expect(total(walk.wouldScore(...o.moves))).toBeLessThanOrEqual(total(best));
    const record = walk.take(...STOP_AND_COWRITE);
    expect(record.notes.join('\n')).toMatch(/the duty doesn't wait for a script/);
  });

  it("six months, on both promise paths: Samir says, before 'What's different?', that last spring's round went to charities with paid bid writers, so the open round's cost is his and a working group on next year's round answers something he said (room 13: six of six owned the promise and stepped back); his word on the open round stands, so the direct award stays OVERRIDE, the working group INVITE+BURDEN 2/-1/0, and owning the promise and keeping out of the round stays best (REPAIR+DECIDE_WITH 1/2/2)", () => {
    const BID_WRITERS =
      "Last spring's round went to two charities with paid bid writers. We write ours after homework club.";
    const atForum = atSixMonthsAfterPromisingAll();
    const monthOne = atSixMonthsAfterPromisingInMonthOne();
    for (const walk of [atForum, monthOne]) {
      const read = shownText(walk);
      const six = read.slice(indexIn(read, 'Month six'));
      expectInOrder(six, BID_WRITERS, "So. Six months. What's different?");
      for (const o of walk.options()) expect(o.text).not.toMatch(/bid writer/);
      const owned = walk.wouldScore('repair samir', 'decide_with samir');
      expect(pick(owned)).toEqual({ voice: 1, power: 2, courage: 2 });
      expect(walk.wouldScore(...DIRECT_AWARD).acts).toEqual(['OVERRIDE']);
      expect(pick(walk.wouldScore(...CO_CHAIR))).toEqual({ voice: 2, power: -1, courage: 0 });
      for (const o of walk.options()) expect(total(walk.wouldScore(...o.moves))).toBeLessThanOrEqual(total(owned));
    }
    // With Hawa's winter told she isn't there to ask about October; Samir's line still is.
    expect(shownText(monthOne)).not.toMatch(/Why make them wait for October\?/);
  });
});

// Fifteenth-round reviews (/work/wt/notes/r15-edu-standing-alongside.md, educator; r15-ster-standing-alongside.md,
// stereotype): no MUST. Two contested marks added at Hawa's winter and one label changed at month six; no move or
// score changed. Each test names the finding it answers.
describe('Standing Alongside: the fifteenth-round reviews (educator and stereotype), acted on', () => {
  const shownText = (walk: StoryWalk) => walk.shown.join('\n');
  const onOffer = (walk: StoryWalk, ...moves: readonly string[]) =>
    walk.pt.optionsOnOffer.find((o) => o.text === label(walk, ...moves))!;

  it("the first visit: Samir says none of the eleven officers had read the report, not that they 'listened nicely' (both reviews: a sneer at listening that marked the other eleven and made him the examiner; educator: it gives 'I'll read the report' a real pull), after a smile and with his Friday prayers (stereotype SHOULD: cutting 'He smiles' left him only a grievance); it's October half-term, so the children at the tables aren't missing school; the HC2 is the NHS paper, not the Home Office's; Hawa says 'till Samir checked', not that he read her own paper to her; the verdicts hold (asking a twelfth talk is still BURDEN)", () => {
    const walk = new StoryWalk(ID);
    const read = shownText(walk);
    expect(read).not.toMatch(/listened nicely/);
    expectInOrder(
      read,
      'Month one: October half-term.',
      "I've been rude about your council in public, and will be again.",
      "He smiles; at one he's off to Friday prayers.",
      'her HC2, the NHS paper,',
      'Our members told it once, for the report you hold. None had read it. What did you come for?',
    );
    expect(read).not.toMatch(/Home Office paper/);
    expect(pick(walk.wouldScore(HONEST_START))).toEqual({ voice: 2, power: 2, courage: 0 });
    expect(pick(walk.wouldScore(...ASK_TO_BE_TAUGHT))).toEqual({ voice: 0, power: -1, courage: 0 });
    const record = walk.take(HONEST_START);
    expect(record.notes.join('\n')).toMatch(
      /his members told it once, for a report the council holds, and that none had read it/,
    );
    expect(shownText(walk)).toMatch(/till Samir checked\. I go to the cashier/);
  });

  it("Hawa's winter: the best's label says it spends the favour (educator SHOULD: all four options go to the same chief executive, so the discharge lead's claim on it couldn't reach the vote); the letter alone, which keeps the favour for beds, and ringing are both marked contested (educator SHOULD: after the text, with nine people waiting in hospital where it's spent, keeping it is triage many practitioners would defend), with the photo, already disputed; scores unchanged (ringing 2/2/1, the letter 1/1/-2)", () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    const best = label(walk, ...FARES_TOGETHER);
    expect(best).toMatch(
      /^Spend the favour: ring the trust's chief executive before Tuesday about the cashiers, no names, and the letter\.$/,
    );
    expect(onOffer(walk, ...FARES_TOGETHER).contested).toBe(true);
    expect(onOffer(walk, ...ONE_LINE_ONLY).contested).toBe(true);
    expect(onOffer(walk, ...HAWAS_LETTER).contested).toBe(true);
    expect(onOffer(walk, ...HAWA_TO_THE_PANEL).contested).toBe(false);
    expect(pick(walk.wouldScore(...FARES_TOGETHER))).toEqual({ voice: 2, power: 2, courage: 1 });
    expect(pick(walk.wouldScore(...ONE_LINE_ONLY))).toEqual({ voice: 1, power: 1, courage: -2 });
    for (const o of walk.options())
      expect(total(walk.wouldScore(...o.moves))).toBeLessThanOrEqual(total(walk.wouldScore(...FARES_TOGETHER)));
    // Stereotype SHOULD: straight after the beds, "who pays for it?" set the fares against older patients' beds.
    const discuss = walk.passage.discuss.join(' ');
    expect(discuss).toMatch(/Who should carry it from here, and what will it cost you\?/);
    expect(discuss).not.toMatch(/who pays/);
    const record = walk.take(...ONE_LINE_ONLY);
    expect(record.contested).toBe(true);
    expect(record.options.filter((o) => o.contested)).toHaveLength(3);
    expect(record.reflect!.join(' ')).toMatch(/kept the favour for beds/);
    const note = record.notes.join('\n');
    // Educator SHOULD (a fact gap): a refused fare can still be claimed by post, within three months.
    expect(note).toMatch(/or by post on an HC5\(T\) within three months/);
    expect(note).toMatch(/Practitioners disagree whether keeping it for beds is triage or standing by/);
    expect(note).not.toMatch(/negotiation for later/);
  });

  it("month four: where the favour was kept, the trust finds the Director step-down beds that week, and where it was spent, it refuses them (educator COULD: the favour's cost was shown, but keeping it never paid off)", () => {
    const kept = new StoryWalk(ID);
    kept.take(HONEST_START);
    kept.take(...ONE_LINE_ONLY);
    kept.take(KEEP_THE_PEACE);
    kept.take(...RELAY_AND_SLOT);
    kept.take(...STOP_AND_COWRITE);
    const read = shownText(kept);
    expectInOrder(read, 'Month four: January.', 'That week the trust found you step-down beds.');
    expect(read).not.toMatch(/refused you winter step-down beds/);
    expect(shownText(atSixMonths())).not.toMatch(/found you step-down beds/);
  });

  it("the front door: after the best overrules her, Lorna says 'Against my advice, then.' before asking about the script (educator SHOULD, stereotype COULD: she'd asked for the line to stay, and sounded as if she never had); after the test calls she refused, 'Not my choice. Six weeks, then.' (educator COULD), and her card owns keeping the line for her list, not waiting to be told she could stop it (stereotype SHOULD: it made her a bystander to her own decision); scores unchanged", () => {
    const best = atTheBoardAsked();
    best.take(...RELAY_AND_SLOT);
    expect(pick(best.wouldScore(...STOP_AND_COWRITE))).toEqual({ voice: 1, power: 2, courage: 1 });
    expect(pick(best.wouldScore(...TEST_FIRST))).toEqual({ voice: 1, power: 2, courage: -2 });
    const before = best.shown.length;
    best.take(...STOP_AND_COWRITE);
    expectInOrder(
      best.shown.slice(before).join('\n'),
      'That line stops now.',
      '"Against my advice, then. And the new script?"',
      "Your advisers and Samir's volunteers write it, together.",
    );
    const tested = atTheBoardAsked();
    tested.take(...RELAY_AND_SLOT);
    const record = tested.take(...TEST_FIRST);
    expect(shownText(tested)).toMatch(/"Not my choice\. Six weeks, then\. And my advisers are in the room/);
    expect(shownText(tested)).not.toMatch(/Six weeks\. Fine\./);
    const lorna = record.perspectives.find((p) => p.who === 'lorna')!.text;
    expect(lorna).toMatch(/I kept that line for my list; forty-one callers heard it instead\./);
    expect(lorna).not.toMatch(/if anyone had told me I could/);
  });

  it("the forum and month six on the promise path: the monitoring officer's call says 'with no open round', not 'no tender' (grants need no tender), and the note says council money 'usually' goes through open rounds or procurement (educator COULD); the best's label says the Director can't give the money, not that there's none beside an underspend that lapses this month (educator COULD); Samir's card after it no longer repeats his bid-writers line word for word (stereotype COULD: a one-note complainer); the working group 'could have' ruled New Roots out of the round, not 'would' (educator SHOULD: the Procurement Act 2023 excludes only for an unfair advantage that can't be removed); scores unchanged", () => {
    const walk = atSixMonthsAfterPromisingAll();
    const read = shownText(walk);
    expect(read).toMatch(/promised their own pairing partner council money, on the record, with no open round\./);
    expect(read).not.toMatch(/no tender/);
    const owned = label(walk, 'repair samir', 'decide_with samir');
    expect(owned).toMatch(
      /^Tell Samir you can't give the money, say sorry, and say you'll keep out of the spring round\./,
    );
    for (const o of walk.options()) expect(o.text).not.toMatch(/there's no money/);
    expect(read).toMatch(/underspend lapses at the end of March/);
    expect(pick(walk.wouldScore('repair samir', 'decide_with samir'))).toEqual({ voice: 1, power: 2, courage: 2 });
    expect(pick(walk.wouldScore(...CO_CHAIR))).toEqual({ voice: 2, power: -1, courage: 0 });

    const repaired = atSixMonthsAfterPromisingAll();
    const record = repaired.take('repair samir', 'decide_with samir');
    expect(record.notes.join('\n')).toMatch(
      /Council money for a charity usually goes through open grant rounds or procurement/,
    );
    const samir = record.perspectives.find((p) => p.who === 'samir')!.text;
    expect(samir).toMatch(/Now I write a bid after homework club, like I said\./);
    expect(samir).not.toMatch(/paid bid writers/);

    const group = atSixMonthsAfterPromisingAll();
    const joined = group.take(...CO_CHAIR);
    expect(joined.perspectives.find((p) => p.who === 'samir')!.text).toMatch(/could have ruled us out of the round/);
  });
});

// Sixteenth round (room 15, /work/wt/r16/room15-standing-alongside.md): six seats still unanimous at three decisions
// on walk 43. Each now has, before the choice, a person's line that a thoughtful professional can't wave away: the
// mothers' once-only telling, Samir's own wish to make his points, his ask that the round be fixed. No move, tag,
// score, contested mark or verdict changed; these tests pin that.
describe('Standing Alongside: sixteenth round (the decisions a room still agreed on)', () => {
  const shownText = (walk: StoryWalk) => walk.shown.join('\n');
  const CASHIER_IS_WRONG = ['act_on_behalf hawa', /cashier's wrong/] as const;

  it("the first visit: Samir says his members told it once, for the report the council holds, before 'None had read it' (room 15: six of six read the report and asked what's changed, 'None had read it' became the reason to, and nobody weighed asking again), so 'what's changed since' asks the telling again while reading keeps its pull; asking what he wants the pairing for stays best (INVITE 2/2/0), the twelfth telling BURDEN 0/-1/0, and no label names it", () => {
    const walk = new StoryWalk(ID);
    expectInOrder(
      shownText(walk),
      'Eleven officers have asked me to explain our families.',
      'Our members told it once, for the report you hold.',
      'None had read it.',
      'What did you come for?',
    );
    for (const o of walk.options()) expect(o.text).not.toMatch(/once|mothers told|eleven|twelfth/i);
    const invite = walk.wouldScore(HONEST_START);
    expect(pick(invite)).toEqual({ voice: 2, power: 2, courage: 0 });
    expect(pick(walk.wouldScore(...ASK_TO_BE_TAUGHT))).toEqual({ voice: 0, power: -1, courage: 0 });
    for (const o of walk.options()) expect(total(walk.wouldScore(...o.moves))).toBeLessThanOrEqual(total(invite));
    const record = walk.take(...ASK_TO_BE_TAUGHT);
    expect(record.notes.join('\n')).toMatch(/for another telling/);
  });

  it("the board, Samir in the gallery and not asked (walk 43): on the stairs he told the Director he'll make his own points, if she lets him (room 15: six of six read his points, credited, with the volunteer; nobody weighed the half hour), so reading them for him goes against his own wish, said to them; asking her to call him still scores highest (INVITE 2/2/1), reading for him stays SPEAK_FOR -1/-1/0 and uncontested; where he asked the Director to carry them the line isn't shown", () => {
    const walk = new StoryWalk(ID);
    walk.take(...CASHIER_IS_WRONG);
    walk.take(...FARES_TOGETHER);
    walk.take(...PUSH_THE_CHAIR);
    expect(walk.present()).toContain('samir');
    expectInOrder(
      shownText(walk),
      'I may call him.',
      'On the stairs he told you: "I came to make my own points."',
      'What are you actually hearing from communities?',
    );
    for (const o of walk.options()) expect(o.text).not.toMatch(/stairs|own points/);
    const invite = walk.wouldScore('invite samir public');
    expect(pick(invite)).toEqual({ voice: 2, power: 2, courage: 1 });
    expect(pick(walk.wouldScore(...READ_FOR_HIM_HERE))).toEqual({ voice: -1, power: -1, courage: 0 });
    for (const o of walk.options()) expect(total(walk.wouldScore(...o.moves))).toBeLessThanOrEqual(total(invite));
    expect(walk.pt.optionsOnOffer.filter((o) => o.contested)).toHaveLength(0);
    const record = walk.take(...READ_FOR_HIM_HERE);
    expect(record.notes.join('\n')).toMatch(
      /has told you he came to make them himself, reading them for him is speaking for him/,
    );
    expect(shownText(inTheGallery())).not.toMatch(/On the stairs he told you/);
  });

  it("six months, on both promise paths: Samir says 'Fix the round, not us.' before 'What's different?' (room 15: six of six owned the promise and kept out; his bid-writers line didn't weigh), his stated wish, which the working group answers and keeping out doesn't; the working group puts the fix on him, unpaid, in a round he'll bid in, and owns nothing, so it stays INVITE+BURDEN 2/-1/0, the direct award OVERRIDE, and owning the promise and keeping out best (REPAIR+DECIDE_WITH 1/2/2); taking the working group, he says he asked the Director to fix it", () => {
    const FIX =
      "Last spring's round went to two charities with paid bid writers. We write ours after homework club. Fix the round, not us.";
    const monthOne = atSixMonthsAfterPromisingInMonthOne();
    for (const walk of [atSixMonthsAfterPromisingAll(), monthOne]) {
      const read = shownText(walk);
      expectInOrder(read.slice(indexIn(read, 'Month six')), FIX, "So. Six months. What's different?");
      for (const o of walk.options()) expect(o.text).not.toMatch(/fix/i);
      const owned = walk.wouldScore('repair samir', 'decide_with samir');
      expect(pick(owned)).toEqual({ voice: 1, power: 2, courage: 2 });
      expect(walk.wouldScore(...DIRECT_AWARD).acts).toEqual(['OVERRIDE']);
      expect(pick(walk.wouldScore(...CO_CHAIR))).toEqual({ voice: 2, power: -1, courage: 0 });
      for (const o of walk.options()) expect(total(walk.wouldScore(...o.moves))).toBeLessThanOrEqual(total(owned));
    }
    const group = atSixMonthsAfterPromisingAll();
    const before = group.shown.length;
    const record = group.take(...CO_CHAIR);
    expect(group.shown.slice(before).join('\n')).toMatch(
      /"On my evenings, unpaid\? Write the rules, then bid under them\?/,
    );
    expect(record.notes.join('\n')).toMatch(/Samir's ask, to fix the round and not New Roots, is fair too/);
  });
});

// Seventeenth read (session 11, /work/wt/notes/r17-read-standing-alongside.md): a whole-story read that played every
// option found lines false on some paths. Text only; no move, score or verdict changed.
describe('Standing Alongside: seventeenth read (continuity on every path)', () => {
  const shownText = (walk: StoryWalk) => walk.shown.join('\n');
  const LORNA_BACKED = ['interrupt samir', 'sponsor lorna'] as const;

  it("month one, the ask-what-for path: the PA texts, so the Director is still at New Roots when Hawa pulls a chair over (the PA used to ring 'in the car park', before Hawa's table)", () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    const read = shownText(walk);
    expectInOrder(read, 'Your PA texts.', 'Samir goes to prayers; Hawa pulls a chair over.');
    expect(read).not.toMatch(/car park/);
  });

  it("month one, the promise path: the volunteer asks how much and when while the Director is still in the room (not 'on your way out', before Hawa's table and Samir walking them out), and 'You don't know' is said once", () => {
    const walk = new StoryWalk(ID);
    walk.take(...PROMISE_MONEY);
    walk.take(...FARES_TOGETHER);
    const read = shownText(walk);
    expectInOrder(
      read,
      "A volunteer asks how much, and when. You don't know.",
      'Samir goes to prayers; Hawa pulls a chair over.',
      'That first Friday, back from the mosque, Samir walks you out and asks when the grant round opens.',
    );
    expect(read).not.toMatch(/On your way out a volunteer/);
    expect(read.match(/You don't know\./g)).toHaveLength(1);
  });

  it('Hawa told the Director about the walk at the New Roots table (she pulled a chair over), so where it is offered to the chair and told on the webcast she says "at our table", never "on our stairs"', () => {
    const walk = new StoryWalk(ID);
    walk.take(...PROMISE_MONEY);
    walk.take(...HAWAS_LETTER);
    const hawaOn = (record: ReturnType<StoryWalk['take']>) => record.perspectives.find((p) => p.who === 'hawa')!.text;
    expect(hawaOn(walk.take(...OFFER_THE_WINTER))).toMatch(/^I told one person, at our table\./);
    expect(hawaOn(walk.take(...HAWAS_STORY))).toMatch(/I told you at our table\. You told the internet\./);
    expect(readFileSync(resolve(__dirname, '../../stories/standing-alongside.ink'), 'utf8')).not.toMatch(/stairs\. /);
  });

  it("where the legal walk left the script unchanged and the Director then promised on the record that the line stops that week, month six says the line stopped in January and the script's still with legal, and the ending asks about the front-door script, not a new one that never existed (the lorna_backed path used to read as if the forum promise was never made)", () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    walk.take(...HAWAS_LETTER);
    walk.take(...PUSH_THE_CHAIR);
    walk.take(...HAWAS_STORY_HERE);
    walk.take(...LORNA_BACKED);
    walk.take(...REPAIR_AND_FLOOR);
    expect(shownText(walk)).toMatch(/The line stops this week\./);
    const monthSix = walk.shown.slice(walk.shown.findIndex((l) => l.startsWith('Month six'))).join('\n');
    expect(monthSix).toMatch(/The line stopped in January; the script's still with legal\./);
    expect(monthSix).not.toMatch(/The front-door script hasn't changed/);
    walk.take(...FIGURES_IN_MAY);
    expect(walk.ended).toBe(true);
    const ending = shownText(walk);
    expect(ending).toMatch(/what New Roots thinks of the front-door script\. You don't know, and you say so\./);
    expect(ending).not.toMatch(/new front-door script/);

    // Where nothing was promised at the forum, the script hasn't changed, as before.
    const other = new StoryWalk(ID);
    other.take(HONEST_START);
    other.take(...HAWAS_LETTER);
    other.take(...PUSH_THE_CHAIR);
    other.take(...HAWAS_STORY_HERE);
    other.take(...LORNA_BACKED);
    other.take(...WEDNESDAY);
    expect(shownText(other)).toMatch(/The front-door script hasn't changed\. Lorna says legal are looking at it\./);
  });

  it("the promise made in October and met at the forum with 'It wasn't mine to promise. That's on me.': the Director owns it in public in a line, and apologises once, at month six, where Samir asks them to tell his volunteers themselves (at the forum the Director used to apologise and offer to tell the volunteers, and month six repeated both as new)", () => {
    const walk = new StoryWalk(ID);
    walk.take(...PROMISE_MONEY);
    walk.take(...FARES_TOGETHER);
    walk.take(KEEP_THE_PEACE);
    walk.take(...DECLINE_AND_SLOT);
    walk.take(...STOP_AND_COWRITE);
    walk.take(...REPAIR_AND_FLOOR);
    const forum = shownText(walk);
    expectInOrder(forum, '"And the money you promised us in October?"', "It wasn't mine to promise. That's on me.");
    expect(forum).not.toMatch(/I shouldn't have promised it|tell your volunteers that myself/);
    walk.take('repair samir', 'decide_with samir');
    const read = shownText(walk);
    expectInOrder(
      read,
      "I promised you money last October. I can't give it, and I'm sorry.",
      "You'll tell my volunteers that yourself. On a Wednesday.",
    );
    expect(read.match(/and I'm sorry/g)).toHaveLength(1);
  });
});

// Seventeenth read, second pass (session 11, /work/wt/notes/r17-read2-standing-alongside.md): seams left after the
// first mend, each on the path that showed it. Text only; no move, score or verdict changed.
describe('Standing Alongside: seventeenth read, second pass (time and state on every path)', () => {
  const shownText = (walk: StoryWalk) => walk.shown.join('\n');

  it("the board: where the Director spent the favour and the cashiers were told in October, the Director tells the chair the mothers were sent away from the cashier, not that they still are (they'd told Hawa 'the cashiers are done'); where the favour was kept, they still are", () => {
    const spent = new StoryWalk(ID);
    spent.take(HONEST_START);
    spent.take(...FARES_TOGETHER);
    spent.take(KEEP_THE_PEACE);
    spent.take(...HAWAS_STORY);
    const read = shownText(spent);
    expectInOrder(read, 'the cashiers are done', 'on asylum support, were sent away from the hospital cashier');
    expect(read).not.toMatch(/are being sent away/);

    const kept = new StoryWalk(ID);
    kept.take(HONEST_START);
    kept.take(...ONE_LINE_ONLY);
    kept.take(KEEP_THE_PEACE);
    kept.take(...HAWAS_STORY);
    expect(shownText(kept)).toMatch(/on asylum support, are being sent away from the hospital cashier/);
  });

  it('month one: each outcome runs ahead (to Tuesday, March or April), so Samir walking the Director out is marked as that first Friday, on all three walk-outs (it used to read as Samir back from the mosque in April)', () => {
    const walks: [readonly Pick[], readonly Pick[], RegExp, string][] = [
      [[HONEST_START], FARES_TOGETHER, /In April the letter gets its line/, '"Eight o\'clock," he says.'],
      [PROMISE_MONEY, HAWAS_LETTER, /the letter will change by March/, 'asks when the grant round opens.'],
      [ASK_TO_BE_TAUGHT, HAWA_TO_THE_PANEL, /On Tuesday the mother borrows a one-way fare/, 'The next visit is his'],
    ];
    for (const [start, winter, ahead, walkOut] of walks) {
      const walk = new StoryWalk(ID);
      walk.take(...start);
      const before = walk.shown.length;
      walk.take(...winter);
      const after = walk.shown.slice(before).join('\n');
      expectInOrder(after, ahead, `That first Friday, back from the mosque, Samir walks you out`, walkOut);
      expect(after).not.toMatch(/^Back from the mosque/m);
    }
  });

  it('the forum: after the options that run on to next Friday, the March board or the next morning, the queue and the hardship form are placed at the library that night, not "afterwards"', () => {
    const options: [readonly Pick[], RegExp][] = [
      [WEDNESDAY, /The next Friday you move your afternoon's meetings/],
      [NEXT_BOARD, /At the March board the rest is answered/],
      [REPAIR_AND_FLOOR, /At half past eight the next morning the chief executive rings/],
      [ALL_OF_IT, /At half past eight the next morning the monitoring officer rings/],
    ];
    for (const [forum, ahead] of options) {
      const walk = atTheBoardAsked();
      walk.take(...RELAY_AND_SLOT);
      walk.take(...STOP_AND_COWRITE);
      const before = walk.shown.length;
      walk.take(...forum);
      const after = walk.shown.slice(before).join('\n');
      expectInOrder(after, ahead, /At the library that night, (people queue|the hardship officer takes a form)/);
      expect(after).not.toMatch(/^Afterwards/m);
    }
  });
});

// The curtain call (session 12, /work/wt/notes/r18-curtain-standing-alongside.md): a reader played many paths and read
// the debrief each gets. Its questions now come from a path's most notable decisions, so every `reflect:` can reach a
// learner; each was read against every path where its option is taken. No option's moves, scores or verdicts moved.
describe('Standing Alongside: the curtain call (session 12)', () => {
  const said = (record: ReturnType<StoryWalk['take']>, who: string) =>
    record.perspectives.find((p) => p.who === who)!.text;
  const reflect = (record: ReturnType<StoryWalk['take']>) => record.reflect!.join(' ');
  const shownText = (walk: StoryWalk) => walk.shown.join('\n');

  it("month six, Hawa's winter told: her card on the co-chair offer no longer puts her on Samir's bus (r18 MUST: there she sent her apologies and wasn't at County Hall); it reads true on both paths", () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    walk.take(...FARES_TOGETHER);
    walk.take(...OFFER_THE_WINTER);
    walk.take(...HAWAS_STORY);
    walk.take(...STOP_AND_COWRITE);
    walk.take(...WEDNESDAY);
    const before = walk.shown.length;
    const record = walk.take(...CO_CHAIR);
    expect(walk.shown.slice(0, before).join('\n')).toMatch(
      /Samir comes to County Hall alone; Hawa sent her apologies\./,
    );
    const hawa = said(record, 'hawa');
    expect(hawa).not.toMatch(/On the bus/);
    expect(hawa).toMatch(/^Samir said no, politely\. Later he told me it was the third chair/);
    const there = atSixMonths();
    expect(said(there.take(...CO_CHAIR), 'hawa')).toBe(hawa);
  });

  it("the board, Samir in the gallery after the Director asked the chair for his five minutes: her card says she'd have given him three if asked in the chamber, not 'if anyone had asked' (r18 SHOULD: the learner had asked her, in her office)", () => {
    const walk = inTheGallery();
    const begum = said(walk.take(...READ_FOR_HIM_HERE), 'begum');
    expect(begum).not.toMatch(/if anyone had asked/);
    // r18 second read MUST: the Director did ask, in the chamber, but for "next time", after she'd said she might call him.
    expect(begum).not.toMatch(/if you'd asked me in the chamber/);
    expect(begum).toMatch(/you asked me for next time\. I'd told you I might call him\./);
  });

  it("the forum, all of his list agreed: Samir's card no longer says he never asked for the money (r18 SHOULD: he asked on the microphone; what he didn't want was a promise outside the open round), and the chair's says the new spend was hers to say (r18 COULD: 'the council's' blurred whose)", () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    walk.take(...LEGAL_REDRAFT);
    const record = walk.take(...ALL_OF_IT);
    expect(shownText(walk)).toMatch(/Pay for the signposting my volunteers do for you\./);
    const samir = said(record, 'samir');
    expect(samir).not.toMatch(/never asked/);
    expect(samir).toMatch(/The money I wanted through an open round, not promised from a stage\./);
    expect(said(record, 'begum')).toMatch(/Some of it was mine to say, not yours\.$/);
  });

  it("month one, Hawa asked to come to the chief executive: Samir's card says she told him (r18 COULD: he was at prayers)", () => {
    const walk = new StoryWalk(ID);
    walk.take(HONEST_START);
    expect(shownText(walk)).toMatch(/Samir goes to prayers/);
    const samir = said(walk.take(...HAWA_TO_THE_PANEL), 'samir');
    expect(samir).toMatch(/^She told me she said no to a director, in our own room\./);
  });

  it("month six, the promise owned after Hawa's winter was told: her card says the Director said no to the volunteers' faces, not 'our faces' (r18 COULD: she'd stopped coming on Wednesdays)", () => {
    const walk = atSixMonthsAfterPromisingInMonthOne();
    expect(shownText(walk)).toMatch(/She hasn't been to the homework club since the clip went up\./);
    const hawa = said(walk.take('repair samir', 'decide_with samir'), 'hawa');
    expect(hawa).not.toMatch(/our faces/);
    expect(hawa).toMatch(/^You said no to the volunteers' faces, on a Wednesday\./);
  });

  it("month one's second decision is 'Hawa's letter', on every option (r18 COULD: 'Hawa's winter' read as the board's 'last winter's walk' in the debrief's questions)", () => {
    for (const winter of [FARES_TOGETHER, ONE_LINE_ONLY, HAWAS_LETTER, HAWA_TO_THE_PANEL]) {
      const walk = new StoryWalk(ID);
      walk.take(HONEST_START);
      expect(walk.take(...winter).moment).toBe("Hawa's letter");
    }
  });

  it('the reflect questions read true on every path their option is taken, and ask about practice, not what a library question on the same decision asks (r18: every reflect can now reach a learner)', () => {
    // Month one, asking what the pairing is for: the learner did pay the price (r18 SHOULD: 'would you have paid it').
    const invited = new StoryWalk(ID);
    expect(reflect(invited.take(HONEST_START))).toMatch(/Was it worth it, and would you pay it in your own job\?$/);
    // Asking to be taught: the burden question on the same decision asks whose time it used; this asks what the
    // visit gives back.
    const taught = new StoryWalk(ID);
    const asked = reflect(taught.take(...ASK_TO_BE_TAUGHT));
    expect(asked).not.toMatch(/Who did the work of teaching you/);
    expect(asked).toMatch(/Twelve, then/);
    // The cashier: the entitlement was the mother's (and the HC2's), not only Hawa's.
    const cashier = new StoryWalk(ID);
    expect(reflect(cashier.take('act_on_behalf hawa', /the cashier's wrong/))).toMatch(
      /^You told Hawa what the HC2 covers\./,
    );

    // Hawa's letter: ringing's question weighs the favour's cost the story shows in January, not whose name
    // stayed off (which the option's own words answer); asking her to come asks what the override question doesn't.
    const rang = new StoryWalk(ID);
    rang.take(HONEST_START);
    expect(reflect(rang.take(...FARES_TOGETHER))).toMatch(/who waited in January\?$/);
    const come = new StoryWalk(ID);
    come.take(HONEST_START);
    expect(reflect(come.take(...HAWA_TO_THE_PANEL))).toMatch(/the lady who complained/);

    // The chair's office: the override question already asks whose decision it was, so this asks what else the
    // Director could have offered the chair (r18 second read: "how free would she have been" repeated it).
    const offered = new StoryWalk(ID);
    offered.take(HONEST_START);
    offered.take(...FARES_TOGETHER);
    const offer = reflect(offered.take(...OFFER_THE_WINTER));
    expect(offer).not.toMatch(/what had Hawa said about her choir|how free would she have been/);
    expect(offer).toMatch(/instead of Hawa's winter, and what would that have cost you\?$/);

    // The board, reading his points with Samir in the gallery: the speak-for question on the same decision asks what it
    // would take for his own words to be the ones heard; this asks what asking the chair to call him would have cost.
    const gallery = inTheGallery();
    const read = reflect(gallery.take(...READ_FOR_HIM_HERE));
    expect(read).not.toMatch(/heard his voice instead of yours/);
    expect(read).toMatch(/What would asking the chair to call him have cost you, there and then\?$/);

    // The front door: walking Samir to legal; what happened to his offer, plainly.
    const backed = atTheBoardAsked();
    backed.take(...RELAY_AND_SLOT);
    expect(reflect(backed.take('interrupt samir', 'sponsor lorna'))).toMatch(/What had he offered at the front door/);

    // The forum: 'this room' read as wherever the debrief is; 'over the chair's head' misread stopping her moving on.
    const wednesday = atTheBoardAsked();
    wednesday.take(...RELAY_AND_SLOT);
    wednesday.take(...STOP_AND_COWRITE);
    const taken = reflect(wednesday.take(...WEDNESDAY));
    expect(taken).not.toMatch(/this room/);
    // r18 second read: 'what did the eighty hear' had one answer, on screen; this asks what could have been said to them.
    expect(taken).toMatch(/What more could you have said to them that night, before taking it to New Roots\?$/);
    const floor = atTheBoardAsked();
    floor.take(...RELAY_AND_SLOT);
    floor.take(...STOP_AND_COWRITE);
    const repaired = reflect(floor.take(...REPAIR_AND_FLOOR));
    expect(repaired).not.toMatch(/over the chair's head/);
    expect(repaired).toMatch(/^You stopped the chair moving on/);

    // Month six, Joy's time offered: the burden question asks whose time; this asks what asking her first changes.
    const echo = atSixMonths();
    const joy = reflect(echo.take(...ECHO_JOY));
    expect(joy).not.toMatch(/who decided how it was spent/);
    expect(joy).toMatch(/What would asking her first have changed/);
    // Handing Samir the figures: the override question already asks whose they were to share; this asks how both
    // promises could have been kept (r18 second read: "seeing them second" was unclear, and Joy's card answered it).
    const handed = atSixMonths();
    const figures = reflect(handed.take(...HAND_THE_FIGURES));
    expect(figures).not.toMatch(/Who had you promised/);
    expect(figures).toMatch(/How could you have been open with Samir and still kept your word to Joy\?$/);
  });
});

// Session 13 fact check (/work/wt/r19/FACTS4.md): only the front door's note changed; no act, move, score or verdict.
describe('S4 facts, session 13', () => {
  it("the front door's note says which part of Schedule 3 was read at source (paragraph 1(1)(n) lists Part 1 of the Care Act 2014) and which was not (the human-rights exception, paragraph 3), and that Schedule 3 catches only some refused asylum seekers (paragraph 6 or 7 must apply)", () => {
    const walk = atTheBoardAsked();
    walk.take(...RELAY_AND_SLOT);
    const note = walk.take(...STOP_AND_COWRITE).notes.join(' ');
    expect(note).toMatch(/such as some refused asylum seekers and visa overstayers/);
    expect(note).toMatch(
      /Schedule 3 paragraph 1\(1\)\(n\), which lists Part 1 of the Care Act, read on legislation\.gov\.uk in its April 2015 text/,
    );
    expect(note).toMatch(
      /Schedule 3's human-rights exception \(paragraph 3\) through the NRPF Network's practice guidance/,
    );
    expect(note).toMatch(/checked 2026-12-07/);
  });
});

// Session 18 (issue 16; options-only cold read 17: both readers found the board's best). The two add-ons were told
// apart by whose they were ("the volunteer you found", "last winter's walk"): now both are one woman's forty minutes
// at the hands of a service, and only the scene says which was given to tell (the volunteer's "You can tell them
// that"; Hawa's choir). With Samir in the gallery, asking the chair to call him says where it's asked: on her own
// webcast, after she has said she sets her agenda. No move, act or score changed.
describe('Standing Alongside: session 18 (options only: whose forty minutes, and the chair in her own chamber)', () => {
  const addOn = (text: string) => text.slice(text.indexOf(', and add ') + ', and add '.length);

  it("the board: the best's add-on and the trap's are built alike (one woman's forty minutes at a service's hands), neither says who told it or whether she agreed, and the scene before the choice does; best ADVOCATE+REMOVE_BARRIER 2/2/2, trap OVERRIDE -2/-2/0, and the best's cost with the Director's own staff is shown", () => {
    const walk = atTheBoardAsked();
    const read = walk.shown.join('\n');
    expect(read).toMatch(/"Forty minutes\. You can tell them that\."/);
    expect(read).toMatch(/The choir thinks they're check-ups\. I'd like it to stay that way\./);
    const best = addOn(label(walk, ...RELAY_AND_SLOT));
    const trap = addOn(label(walk, ...HAWAS_STORY));
    for (const text of [best, trap]) {
      expect(text).toMatch(/^one woman's forty minutes: /);
      expect(text).not.toMatch(/you found|told you|you saw|agreed|in confidence|her name|no names/);
    }
    expect(pick(walk.wouldScore(...RELAY_AND_SLOT))).toEqual({ voice: 2, power: 2, courage: 2 });
    expect(pick(walk.wouldScore(...HAWAS_STORY))).toEqual({ voice: -2, power: -2, courage: 0 });
    const before = walk.shown.length;
    walk.take(...RELAY_AND_SLOT);
    const after = walk.shown.slice(before).join('\n');
    expect(after).toMatch(/Your staff are watching the webcast\./);
    expect(after).toMatch(/three of her advisers watched you criticise it live/);
  });

  it('the board, Samir in the gallery: asking the chair to call him names where it is asked (on camera, in her own chamber: mend-a, educator18a C2, the webcast belongs to the council), not that he is there; still the best (INVITE), above reading his points for him', () => {
    const walk = inTheGallery();
    const invite = label(walk, 'invite samir public');
    expect(invite).toMatch(/ask her, on camera in her own chamber, to call him\.$/);
    expect(invite).not.toMatch(/gallery|himself/);
    const called = walk.wouldScore('invite samir public');
    expect(called.acts).toEqual(['INVITE']);
    for (const o of walk.options()) expect(total(walk.wouldScore(...o.moves))).toBeLessThanOrEqual(total(called));
    expect(total(walk.wouldScore(...READ_FOR_HIM_HERE))).toBeLessThan(total(called));
  });
});
