// S2 "Next of Kin": the verdict reviewers disputed in the first draft (scenarios.md v3), with its reason, and the
// consequences that travel: asking Desmond in the office changes what the same words do in the corridor with
// Luke, and whether Desmond asks the learner at the meeting door.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectInOrder, lastIndexIn } from './support/inOrder';
import { actsOf, decisionAt, optionsAt, playBy, total, transcript as readAlong } from './support/playStory';

const S2 = 'next-of-kin';
const ASK_DESMOND = 'Tell Luke to leave that box blank';
const TELL_LUKE = "Have Luke put Desmond down as Alan's partner";
const NOT_MINE = "Tell Luke it isn't yours to say";
const RELAY_TO_LUKE = 'Tell Luke that Desmond will want to tell Claire';
const PLAYLIST = 'Ask Abena to put her playlist on';
const HELEN_REMINDS = 'Spend your break drafting Helen a reminder to all staff';
const RECORDED = 'Ask Alan if';
const READ_ALANS_WORDS = 'Read out to Helen what Alan told you';
const NEXT_OF_KIN = 'Ask Helen whether anyone holds a power of attorney';
const CLOSE_FRIEND = 'Have Luke write Desmond in as "close friend"';
const CREDIT_ABENA = 'Tell Helen, in front of the area manager';
const CATCH_JO = 'Carry on through, and catch Jo later';
const GO_TO_DESMOND = 'Tell Luke not to, and offer to go with him to Desmond';
const LET_DESMOND_KNOW = 'Tell Luke no, and go and tell Desmond';
const FETCH_ALAN = 'Ask Helen to pause while you bring Alan in';
const ASK_ALAN_SUNDAY = 'Go in with Claire';
const RUTH_STAYS = 'Tell Claire the visits stay';
const ASK_ABENA = 'Catch Abena at the door';
const QUIET_ROOM = "Put Abena's playlist on for Alan";
const LEAVE_SILENCE = 'Put your pen down, look at Desmond';
const ASK_RUTH = 'Suggest Claire asks Pastor Ruth herself';
const NIGHT_CARERS = 'Thank Helen, and say the night staff';
const TO_HELEN_LATER = "Wait till the area manager's gone";
const ROUND_TABLE = 'Tell Luke no, and ask Helen to start the meeting with a round';
const CLOSE_THE_PRAYER = 'After the prayer, ask Pastor Ruth to leave Claire';
const ONE_AT_A_TIME = 'Pull a chair up, and go through the form';
// The office and the handover, by their moment labels (session 12: a label ending in "?" read badly in the prompts).
const OFFICE_MOMENT = 'The form in the office';
const HANDOVER_MOMENT = "Helen's thanks";
const BEST = [ASK_DESMOND, PLAYLIST, RELAY_TO_LUKE, CATCH_JO, NEXT_OF_KIN, RUTH_STAYS, CREDIT_ABENA];
const source = () => readFileSync(`stories/${S2}.ink`, 'utf8');
const option = (record: ReturnType<typeof decisionAt>, prefix: string) => {
  const found = optionsAt(record).find((o) => o.text.startsWith(prefix));
  expect(found, `no option "${prefix}"`).toBeDefined();
  return found!;
};
const best = (record: ReturnType<typeof decisionAt>) => Math.max(...optionsAt(record).map(total));

const transcript = (prefixes: string[]) => readAlong(S2, prefixes, 'stop');

describe('S2 verdicts reviewers disputed', () => {
  it('Jo: asking Helen to remind all staff to correct residents, after Jo wrote that she has it in hand, overrides her (R5 v3), however kindly meant and though worded for everyone; it is not merely doing for', () => {
    const playthrough = playBy(S2, [ASK_DESMOND, PLAYLIST, RELAY_TO_LUKE, HELEN_REMINDS]);
    const record = decisionAt(playthrough, 'Jo and the tea round');
    expect(record.context.people.jo?.wants).toBe('no');
    expect(actsOf(record)).toEqual(['OVERRIDE jo']);
    // Keeping her wish in the room and checking in afterwards is the option that respects it.
    const later = optionsAt(record).find((o) => o.text.startsWith(CATCH_JO))!;
    expect(later.acts).toEqual(['RESPECT_WISH jo', 'INDIRECT jo']);
  });
});

describe('S2 verdicts the December 2026 educator read disputed', () => {
  it("the nurse who carries Alan's own recorded words advocates (MCA s4(6), NMC Code 3.4), not SPEAK_FOR: in his room and at the meeting", () => {
    const room = decisionAt(playBy(S2, [ASK_DESMOND, RECORDED]), 'Asking Alan');
    expect(room.context.people.alan?.mandate).toBe('known_wishes');
    expect(actsOf(room)).toEqual(['ADVOCATE alan']);
    // Asking him again today, with the help he needs, is better still.
    expect(total(option(room, RECORDED))).toBeLessThan(best(room));
    const meeting = decisionAt(playBy(S2, [...BEST.slice(0, 4), READ_ALANS_WORDS]), 'The planning meeting');
    expect(meeting.context.people.alan?.present ?? false).toBe(false);
    expect(actsOf(meeting)).toEqual(['ADVOCATE alan']);
    expect(option(meeting, READ_ALANS_WORDS).courage).toBe(2);
  });

  it("going through the form with Desmond in the quiet room consults him (MCA s4(7)) but writes his answers in Alan's name while Alan, able with support, sits in his chair: still speaking for Alan, as filling it in while he dozed was", () => {
    const room = decisionAt(playBy(S2, [ASK_DESMOND, QUIET_ROOM]), 'Asking Alan');
    expect(room.context.people.alan?.access).toBe('able_with_support');
    expect(actsOf(room)).toEqual(['SPEAK_FOR alan']);
  });

  it("Regulation 9A enables visiting and does not promise overnight stays; John's Campaign is the lever for a carer at any hour", () => {
    const lines = source().split('\n');
    const nineA = lines.filter((l) => /Regulation 9A/.test(l));
    expect(nineA.length).toBeGreaterThan(0);
    for (const line of nineA) expect(line).toMatch(/does not promise overnight stays/);
    expect(lines.filter((l) => /John's Campaign/.test(l) && !l.startsWith('#')).length).toBeGreaterThan(0);
  });

  it('whether Alan goes to hospital is a clinician\'s decision guided by his plan or ReSPECT form: the meeting records wishes, and no one "changes the plan" to decide it', () => {
    const meeting = decisionAt(playBy(S2, BEST), 'The planning meeting');
    expect(meeting.notes.join(' ')).toMatch(
      /decided at the time by the doctor or paramedic treating him, guided by his advance care plan and any ReSPECT form/,
    );
    expect(source()).not.toMatch(/changes the plan to/);
    expect(source()).toMatch(/Family wish: hospital if unwell/);
  });

  it('in the office the private ask no longer has a near-twin that differs by one word: the other options are other acts', () => {
    const office = decisionAt(playBy(S2, [ASK_DESMOND]), OFFICE_MOMENT);
    const options = optionsAt(office);
    expect(options.map((o) => o.acts[0]!.split(' ')[0]).sort()).toEqual([
      'ASK_CONSENT',
      'DOING_FOR',
      'NEUTRAL',
      'OVERRIDE',
    ]);
    const words = (t: string) => new Set(t.toLowerCase().match(/[a-z']+/g));
    for (const a of options)
      for (const b of options) {
        if (a === b) continue;
        const [wa, wb] = [words(a.text), words(b.text)];
        const differ = [...wa].filter((w) => !wb.has(w)).length + [...wb].filter((w) => !wa.has(w)).length;
        expect(differ, `${a.text} / ${b.text}`).toBeGreaterThan(4);
      }
    expect(option(office, CLOSE_FRIEND).acts).toEqual(['DOING_FOR desmond']);
  });

  it('"close friend", chosen for Desmond without asking him, is doing for; the corridor still offers the refusal that goes to Desmond first, on his own', () => {
    const corridor = decisionAt(playBy(S2, [CLOSE_FRIEND, PLAYLIST, LET_DESMOND_KNOW]), "Luke's plan");
    expect(corridor.acts.map((a) => a.act)).toEqual(['CHALLENGE', 'ASK_CONSENT']);
    expect(total(option(corridor, LET_DESMOND_KNOW))).toBe(best(corridor));
  });

  it('Luke\'s plan: once Desmond has said "not Claire, not yet", going with Luke to ask him again makes him refuse twice (BURDEN, not ASK_CONSENT), and telling Luke what Desmond said, and no, is the best option', () => {
    const corridor = decisionAt(playBy(S2, [ASK_DESMOND, PLAYLIST, GO_TO_DESMOND]), "Luke's plan");
    expect(actsOf(corridor)).toContain('BURDEN desmond');
    expect(actsOf(corridor)).not.toContain('ASK_CONSENT desmond');
    expect(total(option(corridor, RELAY_TO_LUKE))).toBe(best(corridor));
    expect(option(corridor, RELAY_TO_LUKE).acts).toEqual(['ADVOCATE desmond', 'CHALLENGE']);
    expect(total(option(corridor, GO_TO_DESMOND))).toBeLessThan(best(corridor));
  });

  it("Claire reading the plan is a habit to check, not a right: the corridor note says a next of kin reads the record only with Alan's agreement or in a best-interests decision", () => {
    expect(source()).not.toMatch(/Family always do/);
    expect(source()).toMatch(
      /next of kin may read a person's care record only with their agreement or as part of a best-interests decision/,
    );
  });
});

describe('S2 decisions where "whose decision is this?" is the start of the thinking, not the answer (issue 16, third mend)', () => {
  it('Luke\'s plan, when nobody has asked Desmond: taking Luke with you to ask him names what he has not agreed to share with Luke, in front of the man who wants a yes, so it overrides him (R10), and the reflex "take it to Desmond" is not the best; letting Desmond know on his own is', () => {
    for (const first of [CLOSE_FRIEND, NOT_MINE]) {
      const corridor = decisionAt(playBy(S2, [first, PLAYLIST, GO_TO_DESMOND]), "Luke's plan");
      expect(corridor.context.people.desmond?.consents.partner).toBeUndefined();
      // f14: R10 (public ask naming an item not consented to) gives OVERRIDE; see "S2 tenth round (f13)".
      expect(actsOf(corridor)).toEqual(['CHALLENGE', 'OVERRIDE desmond']);
      expect(option(corridor, LET_DESMOND_KNOW).acts).toEqual(['CHALLENGE', 'ASK_CONSENT desmond']);
      expect(total(option(corridor, LET_DESMOND_KNOW))).toBe(best(corridor));
    }
  });

  it('in the corridor the nurse tells Desmond only what was really said: Claire asked "what kind" only where she read "close friend"; otherwise she asked Luke on the stairs who "Alan\'s friend" is (his line before the choice), and Luke wants to tell her', () => {
    const friend = transcript([CLOSE_FRIEND, PLAYLIST, LET_DESMOND_KNOW]);
    expect(friend).toMatch(
      /asked what kind; that Luke wants to tell her, and you've told him no; and that what she's told is up to him/,
    );
    // Where the learner told Luke, the line is the learner's own account (review fixes, below).
    for (const first of [NOT_MINE, TELL_LUKE]) {
      const told = transcript([first, PLAYLIST, LET_DESMOND_KNOW]);
      expect(told).not.toMatch(/Claire's been asking|asked what kind|She asked, did she/);
      expect(told).toMatch(/She asked me on the stairs who "Alan's friend" is\./);
      expect(told).toMatch(
        first === TELL_LUKE
          ? /tell him Claire asked Luke who "Alan's friend" is; that Luke knows because you told him this morning/
          : /tell him Claire asked Luke who "Alan's friend" is, that Luke wants to tell her before the meeting, that you've told him no/,
      );
    }
  });

  it('the meeting: bringing Alan in to say it himself (MCA s4(4)) is decent but second best: he has already answered, it is his sleepy time, the next-of-kin error stands and Desmond, cut off, is passed over again', () => {
    const meeting = decisionAt(playBy(S2, [...BEST.slice(0, 4), FETCH_ALAN]), 'The planning meeting');
    expect(actsOf(meeting)).toEqual(['REMOVE_BARRIER alan', 'BYSTAND']);
    expect(meeting.contested).toBe(true);
    expect(total(option(meeting, FETCH_ALAN))).toBeLessThan(total(option(meeting, NEXT_OF_KIN)));
    expect(total(option(meeting, NEXT_OF_KIN))).toBe(best(meeting));
    expect(source()).toMatch(/By mid-afternoon he's usually asleep in his chair/);
  });

  it("Sunday: Alan has already answered (he held on to Ruth's hand until she promised to come back, in his notes on every path), so declining Claire and writing his wish into his plan outscores putting her question to him again with Ruth beside him; granting the request colludes with a stereotype of a Black church", () => {
    for (const morning of [PLAYLIST, RECORDED, QUIET_ROOM]) {
      const sunday = decisionAt(
        playBy(S2, [ASK_DESMOND, morning, RELAY_TO_LUKE, CATCH_JO, NEXT_OF_KIN, RUTH_STAYS]),
        'Sunday',
      );
      expect(sunday.context.people.alan?.mandate).toBe('known_wishes');
      expect(actsOf(sunday)).toEqual(['CHALLENGE', 'REMOVE_BARRIER alan']);
      expect(total(option(sunday, RUTH_STAYS))).toBe(best(sunday));
      expect(option(sunday, ASK_ALAN_SUNDAY).acts).toEqual(['INVITE alan']);
      expect(total(option(sunday, ASK_ALAN_SUNDAY))).toBeLessThan(best(sunday));
      expect(option(sunday, CLOSE_THE_PRAYER).acts).toEqual(['COLLUDE']);
    }
    expect(source()).toMatch(/he held on to her hand until she promised to come back; you put that in his notes\./);
  });

  it("the handover: the thanks land on the learner, so accepting credit for Abena's work is the learner's own decision; asking her at the door hands it to her while the room's version stands (ASK_CONSENT riding with BYSTAND, R7), below both ways of crediting her", () => {
    const huddle = decisionAt(playBy(S2, [...BEST.slice(0, 6), ASK_ABENA]), HANDOVER_MOMENT);
    expect(actsOf(huddle)).toEqual(['ASK_CONSENT abena', 'BYSTAND']);
    expect(total(option(huddle, ASK_ABENA))).toBeLessThan(total(option(huddle, TO_HELEN_LATER)));
    expect(total(option(huddle, ASK_ABENA))).toBeLessThan(best(huddle));
  });

  it("Abena has a facet that is neither a qualification nor a parent back home (the course's other Ghanaian woman already has a mother in Kumasi): a pleasure of her own, arguing football with Desmond, shown on every path before Alan's room is decided", () => {
    expect(source()).toMatch(/# cast: abena = .*culture: an Arsenal supporter who argues with Desmond.*\(invisible\)/);
    expect(source()).not.toMatch(/Kumasi/);
    for (const first of [ASK_DESMOND, TELL_LUKE, CLOSE_FRIEND, NOT_MINE])
      expect(playBy(S2, [first]).shownFacets.abena).toContain('culture');
  });

  it("Helen's caring is her own, on her card, not the narrator's excuse on the line before she talks over Desmond", () => {
    const lines = source().split('\n');
    const talksOver = lines.findIndex((l) => l.startsWith("We'll come to you, Desmond."));
    expect(talksOver).toBeGreaterThan(0);
    expect(lines.slice(talksOver - 8, talksOver).join('\n')).not.toMatch(/stroke|helen caring/);
    expect(source()).toMatch(/# perspective: helen: Third one today, and Mike's physio at five\./);
  });

  it('nobody on the best path grades the learner in the course\'s own rule ("twice", "without asking", "doesn\'t happen much"): the cards give people\'s own stakes', () => {
    const cards = source()
      .split('\n')
      .filter((l) => /# perspective:/.test(l));
    for (const card of cards) expect(card).not.toMatch(/twice\.|say so twice|without asking\.|doesn't happen much/);
  });
});

// Issue 16, fifth mend: a cold reader applying one good rule of thumb ((a) send people to the person who is present;
// (b) no disclosure, nothing asked in front of others; (c) act on what they already said; (d) fix it now, yourself;
// (e) don't make the person harmed the unpaid face of the fix) found the best in 5 of 7. In these decisions each
// option keeps one clause, two clauses pull apart, and a detail shown earlier decides.
describe('S2 decisions where the rule of thumb gives two answers and an earlier detail decides (issue 16, fifth mend)', () => {
  it("Alan's room: the quiet room with Desmond keeps (b) and consults him, and writing Alan's recorded words keeps (c); the plan asks three things (the office says so) and his words answer one, so the help to answer them himself on a good morning is best", () => {
    const room = decisionAt(playBy(S2, [ASK_DESMOND, PLAYLIST]), 'Asking Alan');
    expect(option(room, QUIET_ROOM).acts).toEqual(['SPEAK_FOR alan']);
    expect(option(room, RECORDED).acts).toEqual(['ADVOCATE alan']);
    expect(total(option(room, RECORDED))).toBeGreaterThan(0);
    expect(total(option(room, PLAYLIST))).toBe(best(room));
    expect(total(option(room, RECORDED))).toBeLessThan(best(room));
    expect(source()).toMatch(/where he wants to be cared for, what treatment he'd want, and who should be with him/);
  });

  it('Luke\'s plan: a round at the meeting, "how does everyone know Alan?", keeps (b) to the letter (nobody singled out) and decides for Desmond where he names what he is, in front of Claire (CHALLENGE + DOING_FOR); he signs in as "a friend", shown in Alan\'s room on every path, and says it again at the table', () => {
    for (const first of [CLOSE_FRIEND, NOT_MINE, ASK_DESMOND]) {
      const corridor = decisionAt(playBy(S2, [first, PLAYLIST, ROUND_TABLE]), "Luke's plan");
      expect(actsOf(corridor)).toEqual(['CHALLENGE', 'DOING_FOR desmond']);
      expect(total(option(corridor, ROUND_TABLE))).toBeLessThan(0);
      expect(total(option(corridor, ROUND_TABLE))).toBeLessThan(best(corridor));
    }
    const read = readAlong(S2, [NOT_MINE, PLAYLIST, ROUND_TABLE, CATCH_JO], 'stop');
    expect(read).toMatch(/At reception Desmond always signs in as "a friend"\./);
    expect(read).toMatch(/how does everyone know Alan\?\nHis niece\. Next of kin\.[\s\S]*\nA friend\.\n/);
  });

  it("Alan's room: being asked about hospital made him cry when he was ill (the office, a scene before), which is what makes writing his recorded words without asking again tempting; the music and a good morning are the help that lets him answer, so that is best", () => {
    const room = decisionAt(playBy(S2, [NOT_MINE, PLAYLIST]), 'Asking Alan');
    expect(readAlong(S2, [NOT_MINE], 'stop')).toMatch(
      /a paramedic asked him whether he wanted to go into hospital, and Alan cried/,
    );
    expect(total(option(room, PLAYLIST))).toBeGreaterThan(total(option(room, RECORDED)));
    expect(readAlong(S2, [NOT_MINE, PLAYLIST], 'stop')).toMatch(/No hospital\. Too loud\./);
  });

  it("the meeting: leaving Desmond a silence keeps (a) and holds the space for him (HOLD_SPACE), but the chair has told the table that next of kin decides; on a path where he trusts you he takes the gap and the plan still records the family's wish, so correcting the error and handing back to him is best", () => {
    const trusted = playBy(S2, [...BEST.slice(0, 4), LEAVE_SILENCE, RUTH_STAYS, CREDIT_ABENA]);
    const meeting = decisionAt(trusted, 'The planning meeting');
    expect(meeting.context.harm).toBe('exclusion');
    expect(actsOf(meeting)).toEqual(['HOLD_SPACE desmond', 'BYSTAND']);
    expect(total(option(meeting, LEAVE_SILENCE))).toBeGreaterThan(0);
    expect(total(option(meeting, LEAVE_SILENCE))).toBeLessThan(total(option(meeting, NEXT_OF_KIN)));
    expect(total(option(meeting, NEXT_OF_KIN))).toBe(best(meeting));
    const read = readAlong(S2, [...BEST.slice(0, 4), LEAVE_SILENCE, RUTH_STAYS, CREDIT_ABENA], 'first');
    expect(read).toMatch(/Desmond sees you waiting, and goes on\./);
    expect(read).toMatch(/"Decisions" is the family's: hospital if unwell\. Desmond's view is under it/);
    expect(source()).toMatch(/Claire, as next of kin, you'll make the decisions/);
  });

  it('the meeting: whether Desmond takes the silence is the delayed consequence of the morning: outed in the office, he lets Helen go on', () => {
    const outed = readAlong(S2, [TELL_LUKE, PLAYLIST, RELAY_TO_LUKE, CATCH_JO, LEAVE_SILENCE], 'stop');
    expect(outed).toMatch(/Go on, Helen\./);
    expect(outed).not.toMatch(/Desmond sees you waiting/);
  });

  it("Sunday: sending Claire to ask Pastor Ruth herself keeps (a), but it makes the woman Claire has stereotyped answer for her church, and the only true answer is Desmond's to tell (BURDEN); Alan's own wish for her Sundays, shown in his room, decides for declining Claire and writing it into his plan", () => {
    const playthrough = playBy(S2, [...BEST.slice(0, 5), ASK_RUTH]);
    const sunday = decisionAt(playthrough, 'Sunday');
    expect(sunday.context.people.ruth?.present).toBe(true);
    expect(actsOf(sunday)).toEqual(['BURDEN ruth']);
    expect(total(option(sunday, ASK_RUTH))).toBeLessThan(total(option(sunday, ASK_ALAN_SUNDAY)));
    expect(total(option(sunday, RUTH_STAYS))).toBe(best(sunday));
    expect(readAlong(S2, [...BEST.slice(0, 5), ASK_RUTH], 'stop')).toMatch(/You'd want to ask Des that\. Not me\./);
  });

  it("Sunday: asking Pastor Ruth, after the prayer, to leave Claire the rest of the afternoon with Alan gives Claire her uncle and grants the request, against Alan's wish (COLLUDE)", () => {
    const sunday = decisionAt(playBy(S2, BEST), 'Sunday');
    expect(option(sunday, CLOSE_THE_PRAYER).acts).toEqual(['COLLUDE']);
  });

  it('the handover: crediting "the night staff" keeps (b) and is still taking her credit (R2), because Abena said in Alan\'s room, on every path, that the playlist goes in her portfolio; crediting her in the room and going to Helen that afternoon are both good, close and contested', () => {
    const huddle = decisionAt(playBy(S2, [...BEST.slice(0, 6), NIGHT_CARERS]), HANDOVER_MOMENT);
    expect(actsOf(huddle)).toEqual(['TAKE_CREDIT abena']);
    const [now, later] = [option(huddle, CREDIT_ABENA), option(huddle, TO_HELEN_LATER)];
    expect(later.acts).toEqual(['CREDIT abena']);
    expect(total(now) - total(later)).toBe(1);
    expect(source()).toMatch(
      /This is going in my portfolio for the senior carer course\. Helen's had my form since March\./,
    );
    // Read on every path, in Alan's room, four scenes before the handover: not in the line before the decision.
    for (const first of [ASK_DESMOND, TELL_LUKE, CLOSE_FRIEND, NOT_MINE])
      expect(readAlong(S2, [first], 'stop')).toMatch(/going in my portfolio/);
  });
});

// Polish after the fifth mend: the fifth educator read (/work/wt/reviews/educator-fifth-S5-S2.md) and the fifth
// stereotype read (stereotype-fifth-S2-S5.md). Each verdict that changed is named for its reason.
describe('S2 verdicts the fifth educator and stereotype reads changed', () => {
  it('the meeting: a silence for Desmond leaves the chair\'s "next of kin makes the decisions" standing over what is written, so it rides with standing by (HOLD_SPACE + BYSTAND) and scores below both ways of putting Alan\'s wish on the record (MCA s4(6): his past wishes must be considered), whatever the morning', () => {
    const paths = [
      BEST.slice(0, 4),
      [ASK_DESMOND, RECORDED, RELAY_TO_LUKE, CATCH_JO],
      [NOT_MINE, QUIET_ROOM, RELAY_TO_LUKE, CATCH_JO],
    ];
    for (const before of paths) {
      const meeting = decisionAt(playBy(S2, [...before, LEAVE_SILENCE]), 'The planning meeting');
      const silence = total(option(meeting, LEAVE_SILENCE));
      expect(option(meeting, LEAVE_SILENCE).acts).toEqual(['HOLD_SPACE desmond', 'BYSTAND']);
      expect(silence).toBeLessThan(total(option(meeting, READ_ALANS_WORDS)));
      expect(silence).toBeLessThan(best(meeting));
    }
    // Where Desmond asked at the door, the relay of his words is advocacy, and the silence sits below it too.
    const asked = decisionAt(playBy(S2, [...BEST.slice(0, 4), LEAVE_SILENCE]), 'The planning meeting');
    expect(asked.context.people.desmond?.mandate).toBe('asked');
    expect(total(option(asked, LEAVE_SILENCE))).toBeLessThan(
      total(option(asked, 'Tell the meeting what Desmond told you')),
    );
  });

  it('the meeting: fetching Alan at mid-afternoon, when "he\'s usually asleep in his chair" (shown in his room), is not the time of day he is most alert (MCA Code, chapter 3), and Helen turns back to Claire "as next of kin": no longer above reading his recorded words, level with the silence', () => {
    const meeting = decisionAt(playBy(S2, [...BEST.slice(0, 4), FETCH_ALAN]), 'The planning meeting');
    const fetch = total(option(meeting, FETCH_ALAN));
    expect(fetch).toBeLessThan(total(option(meeting, READ_ALANS_WORDS)));
    expect(fetch).toBe(total(option(meeting, LEAVE_SILENCE)));
    expect(readAlong(S2, [...BEST.slice(0, 4), FETCH_ALAN], 'stop')).toMatch(
      /Alan is asleep in his chair\. You wake him/,
    );
  });

  it("the hospital ending does not say the family's wish is the only one where Alan's own words went into his plan that morning: the plan holds two wishes that disagree, and the out-of-hours doctor finds both", () => {
    for (const morning of [PLAYLIST, RECORDED, ONE_AT_A_TIME]) {
      const read = readAlong(
        S2,
        [ASK_DESMOND, morning, RELAY_TO_LUKE, CATCH_JO, LEAVE_SILENCE, RUTH_STAYS, CREDIT_ABENA],
        'first',
      );
      expect(read).toMatch(/The plan has two wishes in it that disagree\. Alan's own, in his words/);
      expect(read).not.toMatch(/only wish in the plan/);
      // Desmond was asked and is on the form as partner: not "nobody else who matters" (5dceb94).
      expect(read).not.toMatch(/nobody else who matters/);
    }
    const quiet = readAlong(
      S2,
      [ASK_DESMOND, QUIET_ROOM, RELAY_TO_LUKE, CATCH_JO, LEAVE_SILENCE, RUTH_STAYS, CREDIT_ABENA],
      'first',
    );
    expect(quiet).toMatch(/"here, not hospital" is written in Alan's name, with nothing to say who gave the answers/);
  });

  it('the handover: crediting "the night staff" is labelled as taking credit only where the learner keeps the thanks ("I only wrote it up"), not after saying "it wasn\'t me": the line does what its act says (R2), and no option states its own excuse ("leave her to put her own name to it")', () => {
    const huddle = decisionAt(playBy(S2, [...BEST.slice(0, 6), NIGHT_CARERS]), HANDOVER_MOMENT);
    const carers = option(huddle, NIGHT_CARERS);
    expect(carers.acts).toEqual(['TAKE_CREDIT abena']);
    expect(total(carers)).toBeLessThan(total(option(huddle, ASK_ABENA)));
    expect(carers.text).not.toMatch(/put her own name to it/);
    const read = readAlong(S2, [...BEST.slice(0, 6), NIGHT_CARERS], 'stop');
    expect(read).toMatch(
      /Thank you\. The night staff noticed which records Alan reached for, and they keep it going\. I only wrote it up\./,
    );
    expect(source()).not.toMatch(/it wasn't me/);
  });

  it('Helen credits "Elm Court" in her quarterly report to the owners, by habit, not herself in a resident\'s care plan; and she is shown right on stage, backing Alan\'s wish to Claire for a reason of her own', () => {
    expect(source()).not.toMatch(/introduced by the home manager/);
    expect(readAlong(S2, [...BEST.slice(0, 6), CREDIT_ABENA], 'stop')).toMatch(
      /quarterly report to the owners[\s\S]*"Music-led care planning at Elm Court\."/,
    );
    // Ninth mend: her backing is a manager's own act, not a neat line; ninth fixes: the act is a call to Ruth, not
    // sitting in on her visit (educator MUST).
    expect(readAlong(S2, BEST.slice(0, 6), 'stop')).toMatch(
      /His plan stands, Claire\. I'll ring Pastor Ruth myself and tell her she's expected\./,
    );
  });

  it('people are not introduced by a lost credential or a résumé line: no "social worker in Accra… starting again", no "first in his family", no weekend caring stopped in the narration; those facets stay in the cast, unrevealed', () => {
    expect(source()).not.toMatch(/social worker in Accra\. Here/);
    expect(source()).not.toMatch(/first in his family to go to university, and/);
    expect(source()).not.toMatch(/caring for her mum at weekends/);
    expect(source()).not.toMatch(/# reveal: (abena education|luke class|jo caring)/);
    expect(source()).toMatch(
      /# cast: abena = .*education: was a social worker in Accra before she came to the UK \(invisible\)/,
    );
    const shown = playBy(S2, BEST).shownFacets;
    expect(shown.abena?.length ?? 0).toBeGreaterThanOrEqual(3);
  });

  it('Pastor Ruth is not the warm church mother who teaches the niece: no "my love" (the seventh panel: the last one went), no "rather be asked than talked about", a life of her own; and Claire says "you\'re staff" once', () => {
    expect(source()).not.toMatch(/my love/);
    expect(source()).not.toMatch(/rather be asked than talked about|You could have asked me yourself/);
    // Ninth mend: the walking group read as a detail planted against type (two of three panel readers); gone.
    expect(source()).not.toMatch(/walking group|ten miles/);
    expect(source().match(/you're staff/gi)?.length).toBe(1);
  });

  it('the narrator does not grade: no "Nobody told her to", no "last to be told anything", no "nobody asks him for it", no "It\'s true, and it\'s safe"', () => {
    expect(source()).not.toMatch(
      /Nobody told her to\.|last to be told anything|nobody asks him for it|It's true, and it's safe/,
    );
  });
});

// Issue 16, sixth mend: the sixth cold reader (/work/wt/reviews/blind-cold-6-next-of-kin.md) named the lines that
// handed answers over. The deciding details now sit a scene or more earlier, shown as what people did; no verdict
// changed.
describe('S2 deciding details shown earlier, not planted before the choice (issue 16, sixth mend)', () => {
  const beforeChoice = (prefixes: string[]) => readAlong(S2, prefixes, 'stop');

  it('the office: nothing on the lines before the first decision says Desmond hides it ("signs in as \'a friend\'", "careful about what he says"); his sign-in and the chair by the door are shown in Alan\'s room, a scene before the corridor that turns on them', () => {
    const office = beforeChoice([]);
    expect(office).not.toMatch(/a friend|careful about what he says/);
    const room = beforeChoice([ASK_DESMOND]);
    expect(room).toMatch(
      /At reception Desmond always signs in as "a friend"\. When Claire visits, he moves to the chair by the door\./,
    );
  });

  it("the office: the outing option carries the aim a capable nurse really has (Desmond rung first if Alan is taken ill, after a paramedic's question made Alan cry until Desmond came) and still outs him to Luke without asking (OVERRIDE, R6)", () => {
    const office = decisionAt(playBy(S2, [TELL_LUKE]), OFFICE_MOMENT);
    expect(office.choice.text).toMatch(/first to ring if Alan's taken ill/);
    expect(actsOf(office)).toEqual(['OVERRIDE desmond']);
    expect(total(option(office, TELL_LUKE))).toBeLessThan(total(option(office, NOT_MINE)));
    expect(beforeChoice([])).toMatch(/Alan cried until Desmond came/);
  });

  it("the lounge: Jo's wish is her own line in green pen on the team-meeting notes in the office, on every path two scenes before, not a request spoken on the line before the tea round; stepping in for her is still OVERRIDE and checking in later is still best", () => {
    expect(beforeChoice([])).toMatch(
      /Residents \+ my name and pronouns: I've got it, ta\. Just don't all stop and stare\. Jo\./,
    );
    const lounge = beforeChoice([NOT_MINE, PLAYLIST, ROUND_TABLE]);
    const teaRound = lounge.slice(lastIndexIn(lounge, 'On your way to the meeting'));
    expect(teaRound).not.toMatch(/don't jump in|sort it my way|I've got it/);
    const record = decisionAt(
      playBy(S2, [NOT_MINE, PLAYLIST, ROUND_TABLE, 'Tell Mr Hollis, "This is Jo']),
      'Jo and the tea round',
    );
    expect(record.context.people.jo?.mandate).toBe('declined');
    expect(actsOf(record)).toEqual(['OVERRIDE jo']);
    expect(total(option(record, CATCH_JO))).toBe(best(record));
  });

  it("Sunday: Alan's wish for Ruth's visits is shown as what he did last Sunday, not quoted, so the best option has no words of his to echo; the verdict stands", () => {
    expect(source()).not.toMatch(/Ruth\. Next week\./);
    const sunday = decisionAt(playBy(S2, BEST), 'Sunday');
    expect(sunday.context.people.alan?.mandate).toBe('known_wishes');
    expect(total(option(sunday, RUTH_STAYS))).toBe(best(sunday));
  });

  it('the handover: giving the idea to "the night staff", who do keep the music going (the handover\'s first lines), is the modest team credit a kind nurse gives, not a plain hiding of her name; it still leaves out the name her portfolio needs (TAKE_CREDIT, R2)', () => {
    const huddle = decisionAt(playBy(S2, [...BEST.slice(0, 6), NIGHT_CARERS]), HANDOVER_MOMENT);
    expect(actsOf(huddle)).toEqual(['TAKE_CREDIT abena']);
    expect(readAlong(S2, BEST.slice(0, 6), 'stop')).toMatch(/The night staff say he sleeps better with music on\./);
    expect(source()).not.toMatch(/one of the night carers/i);
  });

  it('nobody grades the choice just made, and no closing line marks an earlier one as failure: the consequences are what people do', () => {
    expect(source()).not.toMatch(
      /I asked for one thing|Did he say that\?|Claire chose the hymns|the report still says|hears about most of them afterwards|with his guard up/i,
    );
    // A weaker choice can turn out all right on the day: Mr Hollis gets Jo's name right after he is put right.
    expect(readAlong(S2, [ASK_DESMOND, PLAYLIST, RELAY_TO_LUKE, 'Tell Mr Hollis, "This is Jo'], 'stop')).toMatch(
      /"Ta, Jo\."/,
    );
  });
});

// Polish after the sixth reads (/work/wt/reviews/stereotype-sixth-S2-S3.md, educator-sixth-S2-S3.md,
// blind-cold-7-next-of-kin.md): nobody minoritised speaks the course's rule, props sit where people are introduced,
// and the notes answer the objections a trained nurse will raise. No verdict changed.
describe('S2 lines the sixth stereotype and educator reads asked for (polish 6)', () => {
  it('the office: Luke, the gay manager, does not grade the learner with the course\'s rule ("I\'m out because I chose to be"); his hands stop and he asks, and the outing is still OVERRIDE', () => {
    expect(source()).not.toMatch(/I'm out because I chose to be|doesn't mean he has/);
    const office = readAlong(S2, [TELL_LUKE], 'stop');
    // Ninth mend: Luke no longer asks "Did Desmond say I could have that?" (a verdict in hindsight, all three
    // readers); he does what was asked, and the cost is what he says next: Claire reads the plan.
    expect(office).not.toMatch(/Did Desmond say I could have that\?/);
    expect(office).toMatch(/Right\. Nights will ring him first\.\nClaire's asked to read this plan/);
    expect(actsOf(decisionAt(playBy(S2, [TELL_LUKE]), OFFICE_MOMENT))).toEqual(['OVERRIDE desmond']);
  });

  it("the corridor: Luke's reason to tell Claire is a pressure of today (she asked him on the stairs), not an outing story of his own: Desmond's 1991 is the only one", () => {
    expect(source()).not.toMatch(/My nan|neighbour she never forgave/);
    const corridor = readAlong(S2, [NOT_MINE, PLAYLIST], 'stop');
    expect(corridor).toMatch(
      /She asked me on the stairs who "Alan's friend" is\.\nDesmond's never said a word to me, mind\. Still calls me Mr Bennett\.\nSo I'll tell her now, over her sandwich, kindly\. I'd rather she heard it from someone who likes him/,
    );
    // Where Claire has already asked "what kind" over his shoulder, he does not say she asked again.
    const closeFriend = readAlong(S2, [CLOSE_FRIEND, PLAYLIST], 'stop');
    expect(closeFriend).not.toMatch(/on the stairs/);
    expect(closeFriend).toMatch(/someone who likes him/);
  });

  it("Pastor Ruth is introduced in Alan's room by what she does (Sundays, after her own service), with no detail planted against type", () => {
    expect(readAlong(S2, [ASK_DESMOND], 'stop')).toMatch(/Pastor Ruth comes on Sundays, after her own service\./);
    expect(source()).not.toMatch(/walking group|ten miles/);
  });

  it("Sunday: asked by Claire, Pastor Ruth answers in her own words, not the course's rule, and still points Claire at Desmond (BURDEN; it outs him)", () => {
    expect(source()).not.toMatch(/his and Des's to tell|"His and Des's,"/);
    const asked = playBy(S2, [...BEST.slice(0, 5), ASK_RUTH]);
    expect(actsOf(decisionAt(asked, 'Sunday'))).toEqual(['BURDEN ruth']);
    expect(readAlong(S2, [...BEST.slice(0, 5), ASK_RUTH], 'stop')).toMatch(
      /You'd want to ask Des that\. Not me\.\n"Ask Des," Claire says\./,
    );
  });

  it("the lounge: the note tells a standing team norm on names and pronouns (good practice) from an instruction to step in sent the day Jo wrote she had it (OVERRIDE); Jo's check-in answer is about her own day, not a warning about Desmond", () => {
    const lounge = decisionAt(playBy(S2, [...BEST.slice(0, 3), HELEN_REMINDS]), 'Jo and the tea round');
    expect(actsOf(lounge)).toEqual(['OVERRIDE jo']);
    expect(source()).toMatch(
      /A standing norm on names and pronouns, agreed with trans colleagues at a team meeting, is good practice/,
    );
    const kitchen = readAlong(S2, BEST.slice(0, 5), 'stop');
    expect(kitchen).toMatch(/failed its MOT/);
    expect(kitchen).not.toMatch(/Look out for him/);
    // S3's Chiamaka does yesterday's crossword in pen; Jo has her own texture.
    expect(source()).not.toMatch(/crossword/i);
  });

  it('the office note answers "sharing for direct care is implied consent": it covers the care team\'s care, not how Desmond is named in a plan his niece reads', () => {
    expect(source()).toMatch(
      /Implied consent covers what the care team needs to care for Alan; it does not decide, without asking Desmond, how he is named in a plan his niece will read/,
    );
  });

  it("Sunday: the nurse tells Claire what the notes record Alan doing (held on to Ruth's hand), not words he did not say; the hospital ending has Desmond collect his records, not Alan's care records", () => {
    expect(readAlong(S2, BEST.slice(0, 6), 'stop')).toMatch(
      /Who visits is up to Alan, and last week he held on to her hand till she promised to come back\./,
    );
    expect(source()).not.toMatch(/he asked her back last week|to collect Alan's records/);
  });
});

describe('S2 the seventh cold read: a trap given the reason the story shows (polish 6)', () => {
  it('the handover does not restate, on the lines before the choice, whose idea the playlist was: Abena said so herself in Alan\'s room, on every path, so "the night staff" is judged on what the learner remembers of her', () => {
    for (const office of [ASK_DESMOND, TELL_LUKE, CLOSE_FRIEND, NOT_MINE]) {
      const room = readAlong(S2, [office], 'stop');
      expect(room).toMatch(/So I made him a playlist of those\.\nThis is going in my portfolio/);
    }
    const handover = readAlong(S2, BEST.slice(0, 6), 'stop');
    const beforeChoice = handover.slice(lastIndexIn(handover, 'Two weeks later, at the morning handover'));
    expect(beforeChoice).not.toMatch(/Abena who|first noticed/);
    const huddle = decisionAt(playBy(S2, [...BEST.slice(0, 6), NIGHT_CARERS]), HANDOVER_MOMENT);
    expect(actsOf(huddle)).toEqual(['TAKE_CREDIT abena']);
  });
});

describe('S2 the last named giveaways, each given a reason or moved (issue 16, seventh mend)', () => {
  it("Alan's room: Abena says what she did (wrote down which records he reaches for, made a playlist), not that he talks more after a song or two; the playlist is best on what Alan's card says music does for him, level with asking him one question at a time in his best hour (f13)", () => {
    expect(source()).not.toMatch(/after a song or two he talks more/);
    expect(readAlong(S2, [ASK_DESMOND], 'stop')).toMatch(
      /I've been writing down which of Desmond's old records he reaches for\. The same few, every time\./,
    );
    expect(source()).toMatch(
      /ability: dementia, speaks in short phrases, music helps him find words \(communication\)/,
    );
    const room = decisionAt(playBy(S2, [ASK_DESMOND, PLAYLIST]), 'Asking Alan');
    expect(total(option(room, PLAYLIST))).toBe(best(room));
    expect(option(room, ONE_AT_A_TIME).acts).toEqual(['DECIDE_WITH alan', 'REMOVE_BARRIER alan']);
    expect(option(room, ONE_AT_A_TIME).text).not.toMatch(/line by line/);
    expect(total(option(room, PLAYLIST))).toBe(total(option(room, ONE_AT_A_TIME)));
  });

  it("Sunday: the weakest option carries the reason a kind nurse has (a small room, Claire upset at the door) and Claire is heard, but it ends Pastor Ruth's visit on her say-so and Ruth waits to be asked (still COLLUDE, still lowest)", () => {
    const path = [...BEST.slice(0, 5), CLOSE_THE_PRAYER];
    const sunday = decisionAt(playBy(S2, path), 'Sunday');
    expect(actsOf(sunday)).toEqual(['COLLUDE']);
    expect(Math.min(...optionsAt(sunday).map(total))).toBe(total(option(sunday, CLOSE_THE_PRAYER)));
    expect(source()).not.toMatch(/miss next Sunday/);
    const after = readAlong(S2, path, 'stop');
    expect(after).toMatch(/Claire sits with Alan till teatime/);
    expect(after).toMatch(/Then I'll wait till the home asks me back\./);
  });

  it('the tea round: correcting Mr Hollis no longer claims a bank worker looks after him every day, so the option is judged on what it does to Jo (still OVERRIDE)', () => {
    const lounge = decisionAt(playBy(S2, BEST), 'Jo and the tea round');
    const kindly = option(lounge, 'Tell Mr Hollis, "This is Jo');
    expect(kindly.text).not.toMatch(/every day/);
    expect(kindly.acts).toEqual(['OVERRIDE jo']);
  });

  it('the meeting: reading Alan\'s words from the notes no longer repeats "No more hospital ... with the date" from his room in its label; still ADVOCATE, below correcting next of kin', () => {
    const meeting = decisionAt(playBy(S2, BEST), 'The planning meeting');
    const read = option(meeting, READ_ALANS_WORDS);
    expect(read.text).not.toMatch(/No more hospital|the day he said/);
    expect(read.acts).toEqual(['ADVOCATE alan']);
    expect(total(read)).toBeLessThan(total(option(meeting, NEXT_OF_KIN)));
  });

  it('the narrator no longer marks a choice or cues the next one: the kinder guess does not end on Claire eating alone, Helen agrees to fetch Alan without a sigh, and Abena at the handover door is not "saying nothing"', () => {
    expect(source()).not.toMatch(/finishes her sandwich on her own|Helen sighs|She says nothing\./);
    expect(readAlong(S2, BEST.slice(0, 6), 'stop')).toMatch(/just off nights with two other night carers\.$/m);
  });
});

// Polish after the seventh reads: a panel of three cold readers (/tmp/blind9/next-of-kin, walk 13), the seventh
// stereotype read (/work/wt/reviews/stereotype-seventh.md) and the fact check (/work/wt/reviews/facts7.md). The panel
// agreed on four lines: a learner's line that was the training speaking, a stock fierce church-mother, the manager's
// line that read as the narrator ruling, and an ending that marked the office choice. No verdict changed.
describe('S2 lines the seventh panel, stereotype read and fact check asked for (polish 7)', () => {
  const THE_REST = ["Meet Jo's eye", FETCH_ALAN];
  const walk13 = (sunday: string) => [CLOSE_FRIEND, ONE_AT_A_TIME, GO_TO_DESMOND, ...THE_REST, sunday, CREDIT_ABENA];

  it('Sunday: the nurse tells Claire what Alan did and no more; no line about judging a church from an article (the training speaking); still the best, CHALLENGE + REMOVE_BARRIER', () => {
    expect(source()).not.toMatch(/judge from an article/);
    const sunday = decisionAt(playBy(S2, BEST), 'Sunday');
    expect(actsOf(sunday)).toEqual(['CHALLENGE', 'REMOVE_BARRIER alan']);
    expect(total(option(sunday, RUTH_STAYS))).toBe(best(sunday));
  });

  it('Sunday: Pastor Ruth does not put Claire in her place ("say it to my face", "come for your dinner"); she says how long she has known them, and the church question stays open', () => {
    expect(source()).not.toMatch(/say it to my face|Come for your dinner|more of an argument than a dinner/);
    const after = readAlong(S2, BEST.slice(0, 7), 'stop');
    expect(after).toMatch(/Twenty years I've known these two\.\nShe goes for her bus\./);
    expect(source()).toMatch(
      /perspective: claire: [^\n]*I'm still not sure about that church, but the pastor knew him\./,
    );
  });

  it("Sunday: Helen's backing is her own (her husband), not a ruling the narrator hands down, and it costs the learner: she'd rather have heard it first", () => {
    expect(source()).not.toMatch(/It stands\./);
    const after = readAlong(S2, BEST.slice(0, 7), 'stop');
    // Ninth mend: no rebuke worded as feedback; the cost is what Helen and Claire do.
    expect(after).not.toMatch(/she'd like to hear it from you before she hears it from them/);
    expect(after).toMatch(/without a word to you\. Claire doesn't speak to you again before she drives home\./);
    const sunday = decisionAt(playBy(S2, BEST), 'Sunday');
    expect(sunday.context.people.alan?.mandate).toBe('known_wishes');
  });

  it('the ending where Alan stays but Desmond was not heard at the meeting does not mark the office choice: no "a friend" at reception, no nurse ringing Claire while Desmond sits by the bed; Desmond chose the hymns, and Pastor Ruth is beside him on every path', () => {
    for (const sunday of [RUTH_STAYS, CLOSE_THE_PRAYER]) {
      const ending = readAlong(S2, walk13(sunday), 'first');
      const here = ending.slice(lastIndexIn(ending, 'In February'));
      expect(here).toMatch(/Desmond chose the hymns, and sits with Pastor Ruth\./);
      expect(here).not.toMatch(/a friend|rings Claire/);
    }
  });

  it("Sunday's weakest option: the missing Sundays are the home's doing, not Desmond's (educator and stereotype, seventh reads): Ruth waits till the home asks her back, and nobody does (still COLLUDE)", () => {
    const path = [...BEST.slice(0, 5), CLOSE_THE_PRAYER];
    const after = readAlong(S2, path, 'stop');
    expect(after).toMatch(/Then I'll wait till the home asks me back\./);
    // Ninth fixes (stereotype SHOULD): Ruth acts (she rings to ask), and the home is what fails to answer.
    expect(after).toMatch(/Next Sunday Pastor Ruth rings the office[^\n]*nobody rings back\./);
    expect(source()).not.toMatch(/wait till Alan or Des asks me|waiting to hear from us/);
    expect(actsOf(decisionAt(playBy(S2, path), 'Sunday'))).toEqual(['COLLUDE']);
  });

  it('the meeting: the narrator does not point at what Desmond did not do ("doesn\'t take out the folded sheet"), and the corridor does not name "the folded sheet" before the meeting door shows it', () => {
    expect(source()).not.toMatch(/doesn't take out the folded sheet/);
    const corridor = readAlong(S2, [NOT_MINE, PLAYLIST, LET_DESMOND_KNOW, "Meet Jo's eye"], 'stop');
    expect(corridor).toMatch(/He takes a folded sheet out of his pocket/);
    expectInOrder(corridor, 'a folded sheet', 'In his jacket pocket is a folded sheet');
  });

  it('the handover note gets SC-WRES right (facts7): run by Skills for Care with councils that opt in, for their own social care staff, from the 2024 report, date-stamped', () => {
    expect(source()).toMatch(
      /Social Care Workforce Race Equality Standard 2024 report \(published May 2025\)[^\n]*45% less likely than white staff[^\n]*run by Skills for Care with councils that opt in, and covers their own social care staff[^\n]*\(checked 2026-12-06\)/,
    );
    expect(source()).not.toMatch(/run by councils that opt in|adult social care staff, so/);
  });
});

describe('S2 options that do not give the answer away', () => {
  it('the best option is a different kind of act across the story, not always "ask him" or "hand him the floor"', () => {
    const playthrough = playBy(S2, BEST);
    const bestActs = playthrough.log.decisions.map((d) => {
      const top = best(d);
      return optionsAt(d)
        .find((o) => total(o) === top)!
        .acts.map((a) => a.split(' ')[0])
        .join('+');
    });
    expect(new Set(bestActs).size).toBeGreaterThanOrEqual(6);
    expect(bestActs.filter((acts) => /INVITE|HOLD_SPACE/.test(acts)).length).toBeLessThanOrEqual(2);
  });

  it('no option states its own excuse ("so…", "since…", "because…")', () => {
    for (const d of playBy(S2, BEST).log.decisions)
      for (const o of d.options) expect(o.text, o.text).not.toMatch(/(,|;)\s*(so|since|because)\b/i);
  });

  it('crediting Abena by name in the room is the best option', () => {
    const huddle = decisionAt(playBy(S2, BEST), HANDOVER_MOMENT);
    expect(option(huddle, CREDIT_ABENA).acts).toEqual(['AMPLIFY abena']);
    expect(total(option(huddle, CREDIT_ABENA))).toBe(best(huddle));
  });
});

describe('S2 pattern reviewers disputed', () => {
  it('outing Desmond once can no longer end "With", however well the rest goes (voice model v3: no OVERRIDE in With)', () => {
    const rest = BEST.slice(1);
    const outed = playBy(S2, [TELL_LUKE, ...rest]);
    expect(actsOf(outed.log.decisions[0]!)).toEqual(['OVERRIDE desmond']);
    expect(outed.log.pattern).not.toBe('With');
    expect(playBy(S2, [ASK_DESMOND, ...rest]).log.pattern).toBe('With');
  });
});

describe('S2 consequences that travel', () => {
  it('the office changes the corridor: telling Luke what Desmond wants is advocacy after asking Desmond, and a guess that speaks for him otherwise', () => {
    const asked = decisionAt(playBy(S2, [ASK_DESMOND, PLAYLIST, RELAY_TO_LUKE]), "Luke's plan");
    const notAsked = decisionAt(playBy(S2, [NOT_MINE, PLAYLIST, RELAY_TO_LUKE]), "Luke's plan");
    expect(asked.choice.text).toBe(notAsked.choice.text);
    expect(actsOf(asked)).toEqual(['ADVOCATE desmond', 'CHALLENGE']);
    expect(actsOf(notAsked)).toEqual(['SPEAK_FOR desmond']);
  });

  it('trust earned earlier decides whether Desmond asks at the meeting door, and so what passing on his words is', () => {
    const meeting = 'Tell the meeting what Desmond told you';
    const trusted = playBy(S2, [ASK_DESMOND, PLAYLIST, RELAY_TO_LUKE, "Meet Jo's eye", meeting]);
    const outed = playBy(S2, [TELL_LUKE, RECORDED, RELAY_TO_LUKE, "Meet Jo's eye", meeting]);
    expect(actsOf(decisionAt(trusted, 'The planning meeting'))).toEqual(['ADVOCATE desmond']);
    expect(actsOf(decisionAt(outed, 'The planning meeting'))).toEqual(['SPEAK_FOR desmond']);
  });

  it('every path has seven decisions', () => {
    const playthrough = playBy(S2, BEST);
    expect(playthrough.ended).toBe(true);
    expect(playthrough.log.decisions).toHaveLength(7);
    expect(playthrough.log.pattern).toBe('With');
  });
});

describe('Next of kin: after the second panel (December 2026)', () => {
  it("Abena's hurry at the door is a call someone is waiting for, not a language put there to mark her (two panel readers)", () => {
    expect(source()).not.toMatch(/talking Twi into the phone/);
    expect(source()).toContain("already on the phone to her sister, who's been waiting since seven");
  });
});

// Issue 16, eighth mend (/work/wt/reviews/MEND8-BRIEF.md): the panel of three readers agreed with each other on most
// decisions. Four decisions now carry a claim the scene shows when choosing, or mark a pair practitioners defend.
describe('S2 decisions a room should argue about (issue 16, eighth mend)', () => {
  const beforeChoice = (prefixes: string[]) => readAlong(S2, prefixes, 'stop');

  it('the office: the need the outing and "close friend" options answer is shown before the choice (tonight the night staff would ring Claire, three hours away); asking Desmond first is still best and writing "partner" still outs him (OVERRIDE)', () => {
    expect(beforeChoice([])).toMatch(
      /nights ring whoever's at the top of this page\. Right now that's Claire, three hours away\.$/m,
    );
    const office = decisionAt(playBy(S2, [TELL_LUKE]), OFFICE_MOMENT);
    expect(actsOf(office)).toEqual(['OVERRIDE desmond']);
    expect(total(option(office, ASK_DESMOND))).toBe(best(office));
  });

  it("Alan's room: asking him now, in his best hour, one question at a time, and the music first are both the help the Act asks for (MCA s1(3)); all three panel readers chose asking now, for his alert window, so the pair is contested, and since f13 level", () => {
    for (const help of [ONE_AT_A_TIME, PLAYLIST])
      expect(decisionAt(playBy(S2, [ASK_DESMOND, help]), 'Asking Alan').contested, help).toBe(true);
    for (const other of [RECORDED, QUIET_ROOM])
      expect(decisionAt(playBy(S2, [ASK_DESMOND, other]), 'Asking Alan').contested, other).toBe(false);
    const room = decisionAt(playBy(S2, [ASK_DESMOND, ONE_AT_A_TIME]), 'Asking Alan');
    expect(total(option(room, PLAYLIST))).toBe(total(option(room, ONE_AT_A_TIME)));
  });

  it("the tea round: a new carer on her first shift watches what the nurse does (a real claim that makes stepping in or a reminder tempting), shown before the choice; Jo's written wish still decides: stepping in overrides her, and leaving it to her then checking in is best", () => {
    const lounge = beforeChoice(BEST.slice(0, 3));
    expect(lounge.slice(lastIndexIn(lounge, 'On your way to the meeting'))).toMatch(
      /a new carer on her first shift\. She looks from Mr Hollis to Jo, and then at you\.$/m,
    );
    const record = decisionAt(playBy(S2, [...BEST.slice(0, 3), HELEN_REMINDS]), 'Jo and the tea round');
    expect(actsOf(record)).toEqual(['OVERRIDE jo']);
    expect(option(record, 'Tell Mr Hollis, "This is Jo').acts).toEqual(['OVERRIDE jo']);
    expect(total(option(record, CATCH_JO))).toBe(best(record));
    expect(beforeChoice([...BEST.slice(0, 3), HELEN_REMINDS, NEXT_OF_KIN])).toMatch(
      /the new carer has put Mr Hollis right for Jo twice/,
    );
  });

  it("Sunday: Claire's own need is shown when choosing (all weekend she has had barely a word from Alan), which is what putting her question to him answers; the hand squeeze that pointed at the answer on the line before the choice is gone; telling her the visits stay, and writing them in his plan, is still best, and both are contested", () => {
    const sunday = beforeChoice(BEST.slice(0, 5));
    expect(sunday).toMatch(/I've sat with him all weekend and barely had a word out of him\./);
    expect(sunday.slice(lastIndexIn(sunday, 'Claire is back for the weekend'))).not.toMatch(/squeezes/);
    const record = decisionAt(playBy(S2, BEST), 'Sunday');
    expect(total(option(record, RUTH_STAYS))).toBe(best(record));
    expect(total(option(record, ASK_ALAN_SUNDAY))).toBeLessThan(best(record));
    expect(record.contested).toBe(true);
    expect(decisionAt(playBy(S2, [...BEST.slice(0, 5), ASK_ALAN_SUNDAY]), 'Sunday').contested).toBe(true);
  });

  it("the handover: the cost of crediting Abena in the room is shown when choosing (the owners' area manager sits beside Helen, who signs Abena's course form); crediting her now is still best, going to Helen later one below, both contested", () => {
    const handover = beforeChoice(BEST.slice(0, 6));
    expect(handover).toMatch(/The owners' area manager sits beside Helen today/);
    const huddle = decisionAt(playBy(S2, BEST), HANDOVER_MOMENT);
    expect(total(option(huddle, CREDIT_ABENA))).toBe(best(huddle));
    expect(total(option(huddle, CREDIT_ABENA)) - total(option(huddle, TO_HELEN_LATER))).toBe(1);
    expect(huddle.contested).toBe(true);
    expect(decisionAt(playBy(S2, [...BEST.slice(0, 6), TO_HELEN_LATER]), HANDOVER_MOMENT).contested).toBe(true);
  });
});

// The two independent reviews of the eighth mend (/work/wt/reviews/educator-eighth-S2-S3.md and
// stereotype-eighth-S2-S3.md): each test fails on the text they read.
describe('S2 after the eighth reviews (educator and stereotype reads)', () => {
  const beforeChoice = (prefixes: string[]) => readAlong(S2, prefixes, 'stop');

  it("Alan's room: the clock both contested options weigh is shown before the choice (the medicines round at half ten), and asking now gains something of its own (the round goes out on time, the music after lunch); the pair stays contested, level since f13", () => {
    const room = beforeChoice([ASK_DESMOND]);
    expect(room.slice(lastIndexIn(room, 'Before the meeting you need'))).toMatch(
      /Your medicines round is due at half ten\. It's ten past\./,
    );
    const asked = readAlong(S2, [ASK_DESMOND, ONE_AT_A_TIME], 'stop');
    expect(asked).toContain("you'll come back after lunch with Abena's music. The medicines round goes out on time.");
    expect(asked).not.toContain('The music would have helped him last longer.');
    const record = decisionAt(playBy(S2, [ASK_DESMOND, ONE_AT_A_TIME]), 'Asking Alan');
    expect(record.reflect).toEqual(['You asked Alan straight away. What did that get him, and what did it leave?']);
    expect(record.contested).toBe(true);
    expect(total(option(record, PLAYLIST))).toBe(total(option(record, ONE_AT_A_TIME)));
  });

  it("the tea round: the new carer's need is the home's standing norm in her induction, not Jo's story and not Jo's job (educator MUST, stereotype SHOULD); on the check-in path Jo hands it back to the home, and the narrator does not settle what the new carer learned", () => {
    const record = decisionAt(playBy(S2, BEST), 'Jo and the tea round');
    const note = record.notes.join(' ');
    expect(note).not.toContain('which overrides nobody');
    expect(note).toContain('Care Certificate Standard 4');
    expect(note).toContain(
      "does not override a colleague's clear wish. Protecting staff from harassment by residents is the employer's duty",
    );
    expect(note).toContain(
      "Helen's to meet, with a norm agreed with Jo, not the learner's by stepping in over her wish",
    );
    const checkIn = readAlong(S2, BEST.slice(0, 4), 'stop');
    expect(checkIn).not.toContain('I told her she can always ask me.');
    expect(checkIn).toContain('She missed the team meeting, mind. Someone should show her the notes.');
    const leftToJo = readAlong(S2, [...BEST.slice(0, 3), "Meet Jo's eye"], 'stop');
    expect(leftToJo).not.toContain('The new carer watches how she does it.');
    // Ninth mend: the new carer copying the learner at teatime read as a mark (all three panel readers); she follows
    // Jo, and what she learned is left open.
    const corrected = readAlong(S2, [...BEST.slice(0, 3), 'Tell Mr Hollis, "This is Jo'], 'stop');
    expect(corrected).not.toContain('At teatime the new carer says "This is Jo"');
    expect(corrected).toContain('the new carer follows her with the biscuits');
  });

  it("the handover: the area manager is a gain as well as a cost (she hears Abena's name), and the course form's fate is shown on the in-room path; crediting her is still best, going to Helen later one below", () => {
    const huddle = decisionAt(playBy(S2, BEST), HANDOVER_MOMENT);
    expect(huddle.notes.join(' ')).toContain('the area manager hearing whose idea it was');
    const text = readAlong(S2, BEST, 'stop');
    expect(text).toContain('Abena goes home, and the area manager writes her name in the notebook.');
    expect(text).toContain('the course form stays in her tray till Friday');
    expect(total(option(huddle, CREDIT_ABENA)) - total(option(huddle, TO_HELEN_LATER))).toBe(1);
  });
});

// Eighth polish (POLISH8-BRIEF.md): the cold readers of walk 17 (/tmp/blind11 and /tmp/blind12, next-of-kin) named
// lines after a choice that told them their mark. Each consequence stays; it is told as a plain fact or a person's
// own reaction, and the best path's ending leaves something unfixed. No option, score or tag changed.
describe('S2 consequences told, not marked (eighth polish)', () => {
  const GRADES = [
    /Desmond nods at you, once/,
    /Half the lounge turns to look at Jo/,
    /Nobody's asked her back/,
    /Desmond sits in the third row/,
    /Luke nods, relieved to have a plan/,
    /the football results stop/,
    /then unfolds them/,
    /I got to speak for us both/,
  ];

  it('none of the reward or punishment beats the readers quoted is left in the story', () => {
    for (const grade of GRADES) expect(source()).not.toMatch(grade);
  });

  it("the costs stay: Desmond still goes back in on Luke's path, Jo is still the one asked about, Ruth still doesn't come back on the weakest Sunday path, and Alan asks for her", () => {
    const withLuke = readAlong(S2, [NOT_MINE, PLAYLIST, GO_TO_DESMOND], 'stop');
    expect(withLuke).toContain("So it's the office's business now.");
    expect(withLuke).toContain("Desmond goes back to Alan's room and closes the door.");
    const corrected = readAlong(S2, [...BEST.slice(0, 3), 'Tell Mr Hollis, "This is Jo'], 'stop');
    expect(corrected).toContain('"I know who she is." Mrs Ahmed, who didn\'t catch it, asks Jo what he said.');
    const closed = readAlong(S2, [...BEST.slice(0, 5), CLOSE_THE_PRAYER], 'stop');
    expect(closed).toMatch(/nobody rings back\. Desmond prays on his own[^\n]*\nRuth\?/);
    expect(actsOf(decisionAt(playBy(S2, [...BEST.slice(0, 5), CLOSE_THE_PRAYER]), 'Sunday'))).toEqual(['COLLUDE']);
  });

  it("on the best path Claire still disagrees after the correction, and the ending leaves something open: Desmond speaks as Alan's partner, and two elders want a word with him; no line thanks the learner", () => {
    const meeting = readAlong(S2, BEST.slice(0, 5), 'stop');
    expect(meeting).toContain('Claire keeps her arms folded. "I still want him to have every chance."');
    const ending = readAlong(S2, BEST, 'first');
    const after = ending.slice(lastIndexIn(ending, 'In February'));
    expect(after).toContain("speaks as Alan's partner");
    expect(after).toMatch(/Two of the elders want a word about today\. Let them\./);
    expect(after).not.toMatch(/I'll remember that/);
  });
});

// After the eighth final check (reviews/educator-eighth-final-S2-S3.md, reviews/stereotype-eighth-final-S2-S5.md):
// each test fails on the text before it. No option, score or verdict changed.
describe('S2 after the eighth final check', () => {
  it("Alan's room: the sum is honest, so the music keeps its cost (educator MUST): from ten past, half an hour puts the half-ten round ten minutes late, in the text and the note; the pair stays contested, level since f13", () => {
    const music = readAlong(S2, [ASK_DESMOND, PLAYLIST], 'stop');
    expect(music).toContain("It's taken half an hour, and your medicines round goes out ten minutes late.");
    expect(music).not.toContain("It's taken twenty minutes");
    const record = decisionAt(playBy(S2, [ASK_DESMOND, PLAYLIST]), 'Asking Alan');
    const note = record.notes.join(' ');
    expect(note).toContain('the music puts the round ten minutes late');
    expect(note).not.toContain('costs the round twenty minutes');
    expect(record.contested).toBe(true);
    expect(total(option(record, PLAYLIST))).toBe(total(option(record, ONE_AT_A_TIME)));
  });

  it("the best ending keeps the elders' word, with the church's support in the same frame (both SHOULD): Desmond is a church elder, Pastor Ruth takes the service, half his church is there", () => {
    const ending = readAlong(S2, BEST, 'first');
    const after = ending.slice(lastIndexIn(ending, 'In February'));
    expect(after).toContain(
      "At the funeral Desmond, a church elder, stands up first and speaks as Alan's partner. Pastor Ruth takes the service, and half of his church is there.",
    );
    expect(after).toMatch(/Two of the elders want a word about today\. Let them\./);
  });

  it('the handover note no longer says the quiet word never reaches above Helen (educator SHOULD): the report does; what it lacks is her name said in front of colleagues', () => {
    const note = decisionAt(playBy(S2, BEST), HANDOVER_MOMENT).notes.join(' ');
    expect(note).not.toContain('which the quiet word never gives her');
    expect(note).toContain('on the quiet word she meets it only as a line in the report');
  });

  it('the tea round: Mrs Ahmed has her own reason to ask Jo (she didn\'t catch it), and "he" is Mr Hollis (educator COULD)', () => {
    const corrected = readAlong(S2, [...BEST.slice(0, 3), 'Tell Mr Hollis, "This is Jo'], 'stop');
    expect(corrected).toContain("Mrs Ahmed, who didn't catch it, asks Jo what he said.");
    expect(corrected).not.toContain('asks Jo what he means');
  });
});

// Issue 16, ninth mend (/work/wt/reviews/MEND9-BRIEF.md; panel walk 29, /work/wt/reviews/panel8-walk29/): the
// readers scored memory ("did I remember Jo's note?"), ruled out dead options, and read verdicts in the line after a
// choice. No option added (19,200 paths), no score or verdict changed: each test fails on the text before it.
describe('S2 no memory tests, no dead options, no verdicts in hindsight (issue 16, ninth mend)', () => {
  const beforeChoice = (prefixes: string[]) => readAlong(S2, prefixes, 'stop');

  it('Alan\'s room: no "Morning." cue and no "knows exactly where he is" before the choice; today is a mixed morning, and Claire, due back any minute, is what the quiet room with Desmond answers; the verdicts stand', () => {
    const room = beforeChoice([ASK_DESMOND]);
    const scene = room.slice(lastIndexIn(room, 'Before the meeting you need'));
    expect(scene).not.toMatch(/^Morning\.$/m);
    expect(source()).not.toMatch(/knows exactly where he is/);
    expect(scene).toMatch(/called Abena "Miss" twice/);
    expect(scene).toMatch(/She's gone to ring work from the car park, and she'll be back up any minute\./);
    const record = decisionAt(playBy(S2, [ASK_DESMOND, QUIET_ROOM]), 'Asking Alan');
    expect(actsOf(record)).toEqual(['SPEAK_FOR alan']);
    expect(total(option(record, PLAYLIST))).toBe(best(record));
    expect(record.notes.join(' ')).toContain('from Claire, who is due back any minute');
  });

  it('the corridor: no poster line ("It isn\'t yours to tell, Luke"); passing on what Desmond will want reads as the learner\'s own reading on both paths (same words), advocacy only after asking him', () => {
    expect(source()).not.toMatch(/It isn't yours to tell/);
    const asked = decisionAt(playBy(S2, [ASK_DESMOND, PLAYLIST, RELAY_TO_LUKE]), "Luke's plan");
    const notAsked = decisionAt(playBy(S2, [NOT_MINE, PLAYLIST, RELAY_TO_LUKE]), "Luke's plan");
    expect(asked.choice.text).toBe(notAsked.choice.text);
    expect(asked.choice.text).toContain('will want');
    expect(actsOf(notAsked)).toEqual(['SPEAK_FOR desmond']);
  });

  it('the tea round: Jo\'s note is a month old and something has moved on (the third time this week; she doesn\'t pull a face back), so honouring it is a judgement; no "kindly" or "gently" marks the trap; checking in later is still best and stepping in still OVERRIDE', () => {
    const lounge = beforeChoice(BEST.slice(0, 3));
    const scene = lounge.slice(lastIndexIn(lounge, 'On your way to the meeting'));
    expect(scene).toContain("Abena told you at handover it's the third time this week.");
    expect(scene).toContain("Jo doesn't pull one back this time.");
    expect(scene).not.toMatch(/Jo grins/);
    const record = decisionAt(playBy(S2, BEST), 'Jo and the tea round');
    for (const o of optionsAt(record)) expect(o.text).not.toMatch(/kindly|gently/);
    expect(total(option(record, CATCH_JO))).toBe(best(record));
    expect(option(record, HELEN_REMINDS).acts).toEqual(['OVERRIDE jo']);
    expect(record.notes.join(' ')).toContain('whether it still holds today is a judgement');
  });

  it('the tea round: the consequences are mixed, not marks: Mr Hollis gets her name right and is not "confused, then cross"; the reminder works on him and costs Jo her toast round', () => {
    expect(source()).not.toMatch(/confused, then cross|Three people, the new carer first|finishes the round quickly/);
    const reminded = readAlong(S2, [...BEST.slice(0, 3), HELEN_REMINDS, NEXT_OF_KIN], 'stop');
    expect(reminded).toMatch(/at supper he calls her Jo, and won't let her butter his toast/);
  });

  it("the meeting: Helen talks over Desmond for a reason she gives (Claire's three-hour drive), not by turning the page; Claire's doubt that Alan can say it himself is what reading his words and fetching him answer; correcting next of kin is still best", () => {
    const meeting = beforeChoice(BEST.slice(0, 4));
    const table = meeting.slice(lastIndexIn(meeting, 'Helen opens the plan'));
    expect(table).toContain("We'll come to you, Desmond. Claire's driven three hours.");
    expect(table).toContain("If he could tell me himself, that'd be different. He can't, can he? Not any more.");
    expect(source()).not.toMatch(/Noted\. Family wish|Helen has already turned the page/);
    const record = decisionAt(playBy(S2, BEST), 'The planning meeting');
    expect(total(option(record, NEXT_OF_KIN))).toBe(best(record));
    expect(total(option(record, FETCH_ALAN))).toBeLessThan(total(option(record, READ_ALANS_WORDS)));
  });

  it("Sunday: the weakest option no longer cuts a prayer off; it waits for the Amen and gives Claire, who drives home tomorrow, the afternoon with Alan (a good effect), and still ends Ruth's visit on Claire's say-so (COLLUDE, lowest); Claire's worry is her own words, not \"I've read about those churches\"", () => {
    expect(source()).not.toMatch(/I've read about those churches|close there for today/);
    const path = [...BEST.slice(0, 5), CLOSE_THE_PRAYER];
    const after = readAlong(S2, path, 'stop');
    expect(after).toContain('You wait for the "Amen"');
    expect(after).toContain('He falls asleep holding her hand.');
    const sunday = decisionAt(playBy(S2, path), 'Sunday');
    expect(actsOf(sunday)).toEqual(['COLLUDE']);
    expect(Math.min(...optionsAt(sunday).map(total))).toBe(total(option(sunday, CLOSE_THE_PRAYER)));
  });

  it('the handover: "the night staff" answers a real claim shown when choosing (two other night carers are at the door with Abena, and the night staff say he sleeps better with music on), and naming Abena now costs them a mention; no "Abena has already gone", no margin note turned past; "the night staff" is still TAKE_CREDIT and crediting Abena still best', () => {
    expect(source()).not.toMatch(/Abena has already gone|in the margin of her report/);
    const after = readAlong(S2, [...BEST.slice(0, 6), NIGHT_CARERS], 'first');
    expect(after).toContain('Abena lifts a hand to the room and goes out.');
    expect(readAlong(S2, BEST, 'first')).toContain('"We put it on every night."');
    const record = decisionAt(playBy(S2, BEST), HANDOVER_MOMENT);
    expect(total(option(record, CREDIT_ABENA))).toBe(best(record));
    expect(actsOf(decisionAt(playBy(S2, [...BEST.slice(0, 6), NIGHT_CARERS]), HANDOVER_MOMENT))).toEqual([
      'TAKE_CREDIT abena',
    ]);
  });
});

// Issue 16, ninth fixes (/work/wt/reviews/FIX9-BRIEF.md): the ninth educator and stereotype reviews
// (educator-ninth-S2-S3.md, stereotype-ninth-S2-S5.md) and the cold panel on walk 29 (/tmp/blind14/next-of-kin/).
// No option added (19,200 paths), no score, act or verdict changed: each test fails on the text before it.
describe('S2 after the ninth reviews and panel (issue 16, ninth fixes)', () => {
  const perspectiveOf = (record: ReturnType<typeof decisionAt>, who: string) =>
    record.perspectives
      .filter((p) => p.who === who)
      .map((p) => p.text)
      .join(' ');

  it('Sunday (educator MUST): after a complaint about a Black pastor\'s church, Helen does not "sit in" on Ruth\'s visit (it reads as supervising her); she rings Ruth to say she is expected', () => {
    expect(source()).not.toMatch(/sit in with him/);
    expect(readAlong(S2, BEST.slice(0, 6), 'stop')).toContain(
      "His plan stands, Claire. I'll ring Pastor Ruth myself and tell her she's expected.",
    );
  });

  it("the tea round (stereotype MUST, continuity): Jo's perspective matches the scene, where only the new carer corrects Mr Hollis, twice", () => {
    const record = decisionAt(playBy(S2, [...BEST.slice(0, 3), HELEN_REMINDS]), 'Jo and the tea round');
    const jo = perspectiveOf(record, 'jo');
    expect(jo).toContain('The new girl corrected Mr Hollis for me twice');
    expect(jo).not.toMatch(/Three of them/);
    expect(readAlong(S2, [...BEST.slice(0, 3), HELEN_REMINDS, NEXT_OF_KIN], 'stop')).toContain(
      'the new carer has put Mr Hollis right for Jo twice',
    );
  });

  it('Alan\'s room (educator SHOULD): Claire, "back up any minute" when choosing, comes back on the music path, so the half hour has a mixed cost (Desmond does not look up when Alan says his name); the music is still best', () => {
    const music = readAlong(S2, [ASK_DESMOND, PLAYLIST], 'stop');
    expect(music).toContain(
      'Halfway through the next song Claire comes back in with her phone and stands at the door. Alan says "Des" twice; Desmond doesn\'t look up.',
    );
    const record = decisionAt(playBy(S2, [ASK_DESMOND, PLAYLIST]), 'Asking Alan');
    expect(perspectiveOf(record, 'desmond')).toContain('and Claire was at the door when he did');
    expect(total(option(record, PLAYLIST))).toBe(best(record));
  });

  it("Sunday's weakest option (educator and stereotype SHOULDs): the harm comes from what the learner does and what the home fails to do: Ruth heard every word, and she rings to ask if she's still welcome and nobody rings back; still COLLUDE, still lowest", () => {
    const path = [...BEST.slice(0, 5), CLOSE_THE_PRAYER];
    const after = readAlong(S2, path, 'stop');
    expect(after).toContain('She looks past you at Claire in the doorway; she heard every word.');
    expect(after).toContain(
      "Next Sunday Pastor Ruth rings the office before she sets out, to ask if she's still welcome. The nurse on the desk doesn't know, says she'll find out, and nobody rings back.",
    );
    const sunday = decisionAt(playBy(S2, path), 'Sunday');
    expect(actsOf(sunday)).toEqual(['COLLUDE']);
    expect(Math.min(...optionsAt(sunday).map(total))).toBe(total(option(sunday, CLOSE_THE_PRAYER)));
  });

  it("Sunday's discuss (stereotype SHOULD) asks what Claire is assuming, instead of telling the learner she thinks a Black Pentecostal church must disapprove", () => {
    const discuss = decisionAt(playBy(S2, BEST), 'Sunday').discuss.join(' ');
    expect(discuss).toContain("What is she assuming about Ruth's church, and would she assume it of every church?");
    expect(discuss).not.toMatch(/what a Black Pentecostal church must think/);
  });

  it("the tea-round note (educator SHOULD) says telling a person with dementia who a colleague is, is ordinary orientation: what is scored is doing it in front of the lounge over Jo's written wish; the verdict stands", () => {
    const record = decisionAt(playBy(S2, BEST), 'Jo and the tea round');
    expect(record.notes.join(' ')).toContain(
      'is ordinary orientation practice: the harm scored here is doing it in front of the lounge',
    );
    expect(option(record, 'Tell Mr Hollis, "This is Jo').acts).toEqual(['OVERRIDE jo']);
  });

  it('cost no longer marks the best (FIX9 item 5): the round at the meeting costs the learner a lunch break (in the scene; the fourteenth round took it out of the label, see there), and the staff reminder costs a break, in the label and the scene; both still score below zero', () => {
    const corridor = decisionAt(playBy(S2, [NOT_MINE, PLAYLIST, ROUND_TABLE]), "Luke's plan");
    expect(option(corridor, ROUND_TABLE).text).not.toMatch(/lunch/);
    expect(option(corridor, ROUND_TABLE).text).not.toMatch(/in their own words/);
    expect(total(option(corridor, ROUND_TABLE))).toBeLessThan(0);
    expect(readAlong(S2, [NOT_MINE, PLAYLIST, ROUND_TABLE], 'stop')).toContain(
      "You spend your lunch break outside Helen's door while she finishes a call with the GP surgery.",
    );
    const lounge = decisionAt(playBy(S2, [...BEST.slice(0, 3), HELEN_REMINDS]), 'Jo and the tea round');
    expect(option(lounge, HELEN_REMINDS).text).toMatch(/^Spend your break/);
    expect(total(option(lounge, HELEN_REMINDS))).toBeLessThan(0);
    expect(readAlong(S2, [...BEST.slice(0, 3), HELEN_REMINDS, NEXT_OF_KIN], 'stop')).toContain(
      'Later you skip your break and draft it',
    );
  });

  it('the meeting after telling Luke (all three panel readers): no narrator hint ("Since this morning she\'s been watching him differently"); the cost of the office choice is shown: Claire has read "partner" above her name', () => {
    expect(source()).not.toMatch(/watching him differently/);
    const meeting = readAlong(S2, [TELL_LUKE, PLAYLIST, LET_DESMOND_KNOW, CATCH_JO], 'stop');
    expect(meeting).toContain(
      'Claire has the plan open at its first page, where Desmond\'s name is above hers with "partner" beside it.',
    );
  });

  it('the meeting\'s best option no longer reads as a leaflet ("gives no legal say here", a panel reader): it asks the question the scene\'s line asks ("Can I check something?"); still a public challenge with the invitation to Desmond, still best', () => {
    const record = decisionAt(playBy(S2, BEST), 'The planning meeting');
    expect(record.choice.text).not.toMatch(/no legal say here/);
    expect(record.choice.text).toMatch(/^Ask Helen whether anyone holds a power of attorney/);
    expect(actsOf(record)).toEqual(['CHALLENGE desmond', 'INVITE desmond']);
    expect(total(option(record, NEXT_OF_KIN))).toBe(best(record));
    expect(readAlong(S2, BEST, 'first')).toContain(
      'Can I check something? Does anyone hold a Lasting Power of Attorney for Alan?',
    );
  });

  it('Sunday\'s best path: Pastor Ruth does not answer Claire\'s worry with a neat undoing of the stereotype (all three readers); since f13 she does not soothe it either (see "S2 tenth round (f13)")', () => {
    const sunday = readAlong(S2, BEST.slice(0, 6), 'stop');
    expect(sunday).not.toMatch(/nothing to fear from us|we're not like that/i);
    expect(sunday).toContain("Twenty years I've known these two.");
  });
});

// Issue 16, tenth touch (/work/wt/reviews/LABEL10-BRIEF.md): three readers shown only the options picked the office's
// best from its wording alone ("leave that box blank", "find Desmond alone"). Labels only; no move or score changed.
describe('S2 labels a reader cannot pick without the scene (issue 16, tenth touch)', () => {
  it('the office: leaving it to Desmond also says "leave that box blank", and the best says its act plainly, not "find Desmond alone"; the acts are unchanged', () => {
    const office = decisionAt(playBy(S2, [ASK_DESMOND]), OFFICE_MOMENT);
    const asking = option(office, ASK_DESMOND);
    expect(asking.text).not.toMatch(/alone|if he wants|to decide/);
    for (const weaker of [NOT_MINE, ASK_DESMOND]) expect(option(office, weaker).text).toMatch(/leave that box blank/);
    expect(asking.acts).toEqual(['ASK_CONSENT desmond']);
    expect(total(asking)).toBe(best(office));
    expect(total(option(office, NOT_MINE))).toBeLessThan(best(office));
  });
});

// Issue 16, final check of the ninth round (/work/wt/reviews/final-ninth-S1-S3.md, S2 SHOULD): "and leave the rest for
// Desmond to decide" was the option's case for itself; nobody tells Desmond there is anything to decide. Label only.
describe('S2 after the final check of the ninth round (issue 16)', () => {
  it('the office: "close friend" says only what it does (the box filled, Desmond first to ring), not that it leaves anything "for Desmond to decide"; its act and score are unchanged', () => {
    const office = decisionAt(playBy(S2, [CLOSE_FRIEND]), OFFICE_MOMENT);
    const friend = option(office, CLOSE_FRIEND);
    expect(friend.text).not.toMatch(/to decide|leave the rest/);
    expect(friend.text).toMatch(/"close friend", and the first to ring if Alan's taken ill$/);
    expect(friend.acts).toEqual(['DOING_FOR desmond']);
    expect(total(friend)).toBeLessThan(best(office));
  });
});

// Issue 16, tenth mend (/work/wt/reviews/MEND10-BRIEF.md): a room of eight seats converged on five of seven
// decisions (room10). The options stay; what pulls each way is now shown at the moment of choice, and the endings
// show what happened to people instead of marking the learner. No option added (19,200 paths), no score or verdict
// changed.
describe('S2 a room that splits (issue 16, tenth mend)', () => {
  const beforeChoice = (prefixes: string[]) => readAlong(S2, prefixes, 'stop');

  it('the office: leaving it to Desmond has a pull of its own (nobody else on the staff has heard it from him), against the night staff ringing Claire; asking him is still best, and both stay contested', () => {
    const office = beforeChoice([]);
    expect(office).toMatch(/Nobody else on the staff has heard it from him\.$/m);
    expect(office).toMatch(/Right now that's Claire, three hours away\./);
    const record = decisionAt(playBy(S2, [NOT_MINE]), OFFICE_MOMENT);
    expect(record.contested).toBe(true);
    expect(total(option(record, ASK_DESMOND))).toBe(best(record));
    expect(total(option(record, NOT_MINE))).toBeLessThan(best(record));
  });

  it("Alan's room: what makes the music best is shown as what Alan did this morning (lost his words about Brighton, sang every line of Ella), not said by Abena; asking now still has his sharp moment and the clock, and the pair stays contested, level since f13", () => {
    const room = beforeChoice([ASK_DESMOND]);
    expect(room).toMatch(/lost his words halfway through telling her about Brighton/);
    expect(room).toMatch(/When the radio played Ella at nine, he sang every line\./);
    expect(room).toMatch(/put Desmond right on a footballer's name/);
    expect(source()).not.toMatch(/after a song or two he talks more/);
    const record = decisionAt(playBy(S2, [ASK_DESMOND, ONE_AT_A_TIME]), 'Asking Alan');
    expect(record.contested).toBe(true);
    expect(total(option(record, PLAYLIST))).toBe(total(option(record, ONE_AT_A_TIME)));
  });

  it("the tea round: Jo's month-old note may have moved on (for a second she looks straight at you), so stepping in has a real pull; it is still OVERRIDE, and checking in later is still best", () => {
    const lounge = beforeChoice(BEST.slice(0, 3));
    expect(lounge.slice(lastIndexIn(lounge, 'On your way to the meeting'))).toMatch(
      /for a second she looks straight at you/,
    );
    const record = decisionAt(playBy(S2, [...BEST.slice(0, 3), 'Tell Mr Hollis, "This is Jo']), 'Jo and the tea round');
    expect(actsOf(record)).toEqual(['OVERRIDE jo']);
    expect(total(option(record, CATCH_JO))).toBe(best(record));
  });

  it("the tea round: walking past, a near-twin of checking in later with the check-in left off (nobody in the room chose it), is replaced by a different act: meeting Jo's eye and taking her answer now (ASK_CONSENT, not public, contested), below asking her later on her own", () => {
    expect(source()).not.toMatch(/leave Mr Hollis to Jo/);
    const record = decisionAt(playBy(S2, [...BEST.slice(0, 3), "Meet Jo's eye"]), 'Jo and the tea round');
    expect(actsOf(record)).toEqual(['ASK_CONSENT jo']);
    expect(record.contested).toBe(true);
    expect(total(option(record, "Meet Jo's eye"))).toBeLessThan(total(option(record, CATCH_JO)));
    expect(readAlong(S2, [...BEST.slice(0, 3), "Meet Jo's eye"], 'stop')).toMatch(
      /Jo gives the smallest shake of her head/,
    );
  });

  it('Sunday: Claire herself asks to hear Alan say it, which is the pull of putting her question to him; telling her the visits stay and writing them in his plan is still best, and the pair stays contested', () => {
    const sunday = beforeChoice(BEST.slice(0, 5));
    expect(sunday).toMatch(/Or ask him, with me there\. I want to hear it from him, not from a nurse\./);
    expect(sunday).toMatch(/you hear what some churches say about men like him/);
    const record = decisionAt(playBy(S2, [...BEST.slice(0, 5), ASK_ALAN_SUNDAY]), 'Sunday');
    expect(record.contested).toBe(true);
    expect(total(option(record, RUTH_STAYS))).toBe(best(record));
    expect(total(option(record, ASK_ALAN_SUNDAY))).toBeLessThan(best(record));
  });

  it("the handover: the owners' area manager is there to appraise Helen, so correcting her in the room costs Helen more, the pull of the quiet word; crediting Abena now is still best, the quiet word one below, contested", () => {
    expect(beforeChoice(BEST.slice(0, 6))).toMatch(/notebook open, to appraise her\./);
    const huddle = decisionAt(playBy(S2, [...BEST.slice(0, 6), TO_HELEN_LATER]), HANDOVER_MOMENT);
    expect(huddle.contested).toBe(true);
    expect(total(option(huddle, CREDIT_ABENA)) - total(option(huddle, TO_HELEN_LATER))).toBe(1);
  });

  it('the hospital ending shows what happened (Alan dies on the ward, Desmond at home, a John\'s Campaign poster over the assistant who sends him home) without a mark: no "wasn\'t mine to decide", no "I told you what he wanted", no "nobody checks"', () => {
    expect(source()).not.toMatch(
      /wasn't mine to decide|I told you what he wanted|nobody checks|I still thought it was mine/,
    );
    const read = readAlong(
      S2,
      [ASK_DESMOND, PLAYLIST, RELAY_TO_LUKE, CATCH_JO, LEAVE_SILENCE, RUTH_STAYS, CREDIT_ABENA],
      'first',
    );
    expect(read).toMatch(/On the fourth night Alan dies in hospital\. Desmond is at home\./);
    expect(read).toMatch(/under a John's Campaign poster: carers welcome at any hour/);
    expect(read).toMatch(/I thought hospital was the fight he'd want\./);
  });
});

// f13 (reviews/FIX13-BRIEF.md; educator-tenth-S1-S3.md, stereotype-tenth.md; room11): a verdict fair at the moment
// of choice. Each verdict change has a test named for its reason.
describe('S2 tenth round (f13)', () => {
  it("Luke's plan, nobody having asked Desmond: asking him in front of Luke whether Claire can be told he is Alan's partner is a public ask naming an item he has not consented to share with those present, so it is OVERRIDE (-2/-2/0) by voice model R10, whose own example it is (f14 restored it after f13 scored it BURDEN: the spec wins over reviewers); no lone contested tag on a decision with no partner", () => {
    for (const first of [CLOSE_FRIEND, NOT_MINE, TELL_LUKE]) {
      const corridor = decisionAt(playBy(S2, [first, PLAYLIST, GO_TO_DESMOND]), "Luke's plan");
      expect(corridor.moves).toContainEqual({
        move: 'ask_consent',
        target: 'desmond',
        params: { info: 'partner' },
        flags: ['public'],
      });
      expect(corridor.context.people.desmond?.consents.partner).toBeUndefined();
      expect(actsOf(corridor)).toEqual(['CHALLENGE', 'OVERRIDE desmond']);
      expect([corridor.voice, corridor.power, corridor.courage]).toEqual([-2, -2, 0]);
      expect(corridor.notes.join(' ')).toMatch(/voice model R10[^]*is not a free question/);
      expect(corridor.contested).toBe(false);
      expect(total(option(corridor, LET_DESMOND_KNOW))).toBe(best(corridor));
      expect(total(option(corridor, GO_TO_DESMOND))).toBeLessThan(0);
    }
  });

  it("Luke's plan (educator MUST, stereotype SHOULD): the fact that makes asking in front of Luke a harm is on the page at the moment of choice: Desmond has never said a word to Luke (only where nobody has asked Desmond)", () => {
    for (const first of [CLOSE_FRIEND, NOT_MINE, TELL_LUKE]) {
      const corridor = readAlong(S2, [first, PLAYLIST], 'stop');
      expect(corridor.slice(lastIndexIn(corridor, 'At one, Luke catches you'))).toContain(
        "Desmond's never said a word to me, mind.",
      );
    }
    expect(readAlong(S2, [ASK_DESMOND, PLAYLIST], 'stop')).not.toContain('never said a word to me');
  });

  it("Alan's room (educator and stereotype SHOULDs; room11 8/8): asking Alan now, in the hour he is most alert, one question at a time, is the help the MCA Code names (chapter 3), so it ties the music (both 2/2/1) and stays contested", () => {
    const record = decisionAt(playBy(S2, [ASK_DESMOND, ONE_AT_A_TIME]), 'Asking Alan');
    expect(record.contested).toBe(true);
    expect([record.voice, record.power, record.courage]).toEqual([2, 2, 1]);
    expect(total(option(record, ONE_AT_A_TIME))).toBe(best(record));
    expect(total(option(record, PLAYLIST))).toBe(best(record));
    expect(source()).not.toMatch(/the music scores one higher/);
  });

  it('Sunday (stereotype SHOULD): after the learner tells Claire the visits stay, Pastor Ruth does not soothe the woman who stereotyped her church ("You\'re not wrong about some churches… Alan still laughs"); she says "Twenty years I\'ve known these two" and leaves for her bus; the verdict is unchanged', () => {
    expect(source()).not.toMatch(/You're not wrong about some churches|Alan still laughs before I get to the end/);
    const after = readAlong(S2, BEST.slice(0, 7), 'stop');
    expect(after.slice(lastIndexIn(after, "Ruth's Sundays are staying"))).toMatch(
      /Twenty years I've known these two\.\nShe goes for her bus\./,
    );
    const sunday = decisionAt(playBy(S2, BEST), 'Sunday');
    expect(total(option(sunday, RUTH_STAYS))).toBe(best(sunday));
  });
});

// Final check of the tenth round (reviews/final-tenth-S1-S3.md, SHOULDs): the line that carries Luke's plan's verdict
// names Desmond (it came straight after Claire and "Alan's friend"), the "mind" tic is said once a scene, and the note
// no longer reads as if the MCA Code of Practice names music.
describe('S2 after the final check of the tenth round (f15)', () => {
  it('the corridor line that carries the verdict says who has never told Luke (Desmond, not "He"); the night carer no longer repeats "mind"; the Code of Practice names the time of day, and music is a step of its own under s1(3)', () => {
    const corridor = readAlong(S2, [NOT_MINE, PLAYLIST], 'stop');
    expect(corridor).toContain("Desmond's never said a word to me, mind.");
    expect(corridor).not.toContain("He's never said a word to me");
    expect(readAlong(S2, BEST, 'first')).not.toContain('every night, mind');
    const room = decisionAt(playBy(S2, [ASK_DESMOND, ONE_AT_A_TIME]), 'Asking Alan');
    expect(room.notes.join(' ')).toContain('as such a step; the music is another (s1(3)).');
    expect(room.notes.join(' ')).not.toContain('as such a step, as the music is');
  });
});

// Issue 16, eleventh round (/work/wt/MEND11-next-of-kin.md): three readers shown only the options found the best in
// the office (3 of 3: the only option that asks Desmond, and the union of leaving it blank and asking) and in Alan's
// room (3 of 3: the only option with Alan in the room). Labels and their lines only; no move, score or verdict changed.
describe('S2 eleventh round: the answer is not in the wording (options only)', () => {
  it('the office: leaving it alone also sends the question to Desmond, by Luke, whom Desmond has never told (shown before the choice), so asking Desmond is no longer the only option that does; it stays NEUTRAL, below the learner, whom he told, asking him', () => {
    expect(readAlong(S2, [], 'stop')).toMatch(/Nobody else on the staff has heard it from him\.$/m);
    const office = decisionAt(playBy(S2, [NOT_MINE]), OFFICE_MOMENT);
    const leave = option(office, NOT_MINE);
    expect(leave.text).toMatch(/ask Desmond himself$/);
    expect(leave.acts).toEqual(['NEUTRAL desmond']);
    expect(total(leave)).toBeLessThan(best(office));
    expect(option(office, ASK_DESMOND).acts).toEqual(['ASK_CONSENT desmond']);
    expect(total(option(office, ASK_DESMOND))).toBe(best(office));
    // The minute Luke meant to find never comes: nobody asks Desmond on this path.
    expect(readAlong(S2, [NOT_MINE, PLAYLIST], 'stop')).toMatch(/The minute doesn't come\./);
  });

  it('the office: "close friend" meets the night-call need too (first to ring, above Claire), as writing "partner" does, so each of the four does two things; still DOING_FOR, and Claire asks "what kind"', () => {
    const office = decisionAt(playBy(S2, [CLOSE_FRIEND]), OFFICE_MOMENT);
    for (const p of [CLOSE_FRIEND, TELL_LUKE])
      expect(option(office, p).text).toMatch(/first to ring if Alan's taken ill$/);
    expect(actsOf(office)).toEqual(['DOING_FOR desmond']);
    expect(readAlong(S2, [CLOSE_FRIEND, PLAYLIST], 'stop')).toMatch(/asked what kind/);
  });

  it("Alan's room: Alan is reached in the decent and the weak options too (his recorded words read to him; Desmond's answers read back to him), so asking him is not the only option with him in it; the acts stand: ADVOCATE, SPEAK_FOR, and the music and asking now level at best", () => {
    const room = decisionAt(playBy(S2, [ASK_DESMOND, PLAYLIST]), 'Asking Alan');
    expect(option(room, RECORDED).text).toMatch(/^Ask Alan if/);
    expect(option(room, QUIET_ROOM).text).toMatch(
      /go through the form with Desmond in the quiet room, then with Alan$/,
    );
    expect(option(room, RECORDED).acts).toEqual(['ADVOCATE alan']);
    expect(option(room, QUIET_ROOM).acts).toEqual(['SPEAK_FOR alan']);
    expect(option(room, ONE_AT_A_TIME).text).not.toMatch(/one at a time|ask him/);
    expect(total(option(room, ONE_AT_A_TIME))).toBe(best(room));
    expect(total(option(room, PLAYLIST))).toBe(best(room));
    // Twelfth round: the read-back happens, with Alan awake, and gets the same yes to every answer (see below).
    expect(readAlong(S2, [ASK_DESMOND, QUIET_ROOM], 'stop')).toContain(
      'You read him each answer and ask, "Is that right, Alan?"',
    );
  });
});

// Twelfth round (/work/wt/MEND12-next-of-kin.md; reviews/REVIEW11-educator.md, S2 SHOULDs). No move, score or
// verdict changed; the second cold read found no S2 decision where all three readers were on the best at 40 % chance
// or less, so no label was changed for it.
describe('S2 twelfth round: a read-back is a closed question (REVIEW11 educator)', () => {
  it("Alan's room: the quiet room's flaw no longer rests on Alan being asleep: he is awake when Desmond's answers are read back, and says the same yes to each, watching your face; still SPEAK_FOR, below both bests", () => {
    const read = readAlong(S2, [ASK_DESMOND, QUIET_ROOM], 'stop');
    const after = read.slice(lastIndexIn(read, "He'd say me."));
    expect(after).not.toMatch(/asleep/);
    expect(after).toMatch(/He says yes to each, the same yes, watching your face, not the page\./);
    const room = decisionAt(playBy(S2, [ASK_DESMOND, QUIET_ROOM]), 'Asking Alan');
    expect(actsOf(room)).toEqual(['SPEAK_FOR alan']);
    expect(total(option(room, QUIET_ROOM))).toBeLessThan(best(room));
    expect(source()).toMatch(/# perspective: alan: [^\n]*asked was it right\. Yes is the word that comes to that\./);
  });

  it("Alan's room: the note says why reading him his recorded words scores below asking him openly (a closed question invites a yes), and that reading Desmond's answers back is not asking him, awake or not", () => {
    const room = decisionAt(playBy(S2, [ASK_DESMOND, RECORDED]), 'Asking Alan');
    const note = room.notes.join(' ');
    expect(note).toContain('reading him his own words asks a closed question, which invites a yes');
    expect(note).toContain('a read-back invites a yes, awake or not');
    expect(total(option(room, RECORDED))).toBeLessThan(best(room));
    expect(option(room, RECORDED).acts).toEqual(['ADVOCATE alan']);
  });
});

// Thirteenth round (/work/wt/FIX13-next-of-kin.md; reviews/REVIEW12-stereotype.md, S2's one optional note). No move,
// score or verdict changed.
describe('S2 thirteenth round: Alan keeps a view of his own on the quiet-room path (REVIEW12 stereotype)', () => {
  it("Alan's room: after the read-back, Alan's card names a wish the list missed (Ella), so he is a man with views, not only a yes; the closed-question flaw stands and the quiet room is still SPEAK_FOR, below both bests", () => {
    const room = decisionAt(playBy(S2, [ASK_DESMOND, QUIET_ROOM]), 'Asking Alan');
    const alan = room.perspectives
      .filter((p) => p.who === 'alan')
      .map((p) => p.text)
      .join(' ');
    expect(alan).toContain('Yes is the word that comes to that.');
    expect(alan).toContain("Ella wasn't on it.");
    expect(actsOf(room)).toEqual(['SPEAK_FOR alan']);
    expect(total(option(room, QUIET_ROOM))).toBeLessThan(best(room));
  });
});

// Fourteenth round (/work/wt/pack0/mender-s1-tells.md): three blind readers shown only the options were all on a best
// in Alan's room (the two options that engage Alan beside two that read to him) and two of three on the corridor's
// (the one clean move, beside a round with "give up your lunch", which they read as heroics). Labels and their lines
// only; no move, score or verdict changed.
describe('S2 fourteenth round: the last tells out of the wording (options only)', () => {
  it('Alan\'s room: asking now names the clock it keeps ("before your round", due at half ten, shown before the choice), its real trade-off with the music, so it is not the plain textbook line beside two passive ones; still DECIDE_WITH + REMOVE_BARRIER, level with the music at best, contested', () => {
    const before = readAlong(S2, [ASK_DESMOND], 'stop');
    expect(before.slice(lastIndexIn(before, 'Before the meeting you need'))).toMatch(
      /Your medicines round is due at half ten\./,
    );
    const room = decisionAt(playBy(S2, [ASK_DESMOND, ONE_AT_A_TIME]), 'Asking Alan');
    expect(option(room, ONE_AT_A_TIME).text).toBe(
      'Pull a chair up, and go through the form with Alan and Desmond in the twenty minutes before your round',
    );
    expect(actsOf(room)).toEqual(['DECIDE_WITH alan', 'REMOVE_BARRIER alan']);
    expect(total(option(room, ONE_AT_A_TIME))).toBe(best(room));
    expect(total(option(room, PLAYLIST))).toBe(best(room));
    expect(room.contested).toBe(true);
    expect(readAlong(S2, [ASK_DESMOND, ONE_AT_A_TIME], 'stop')).toContain('The medicines round goes out on time.');
  });

  it('Alan\'s room: his recorded words now ask the closed question they always asked ("Still mean it?"), and the quiet room "checks each answer" with him, so both weaker options reach Alan too; a read-back invites a yes, so they stay ADVOCATE (known wishes) and SPEAK_FOR, not DECIDE_WITH, below both bests', () => {
    const recorded = decisionAt(playBy(S2, [ASK_DESMOND, RECORDED]), 'Asking Alan');
    expect(option(recorded, RECORDED).text).toBe(
      'Ask Alan if last month\'s "No more hospital" still stands, and write his answer in his words',
    );
    expect(actsOf(recorded)).toEqual(['ADVOCATE alan']);
    expect(total(option(recorded, RECORDED))).toBeLessThan(best(recorded));
    expect(recorded.notes.join(' ')).toContain('reading him his own words asks a closed question, which invites a yes');
    expectInOrder(
      readAlong(S2, [ASK_DESMOND, RECORDED], 'stop'),
      'You told me that last month, Alan. Is that still how you feel?',
      'No hospital.',
      // Mend-a (educator18a S2): today's answer goes in with today's date, kept beside the old words, as the label
      // promises ("write his answer"), not last month's words copied with last month's date.
      'You write "No hospital" in the plan with today\'s date, under last month\'s words.',
    );
    const quiet = decisionAt(playBy(S2, [ASK_DESMOND, QUIET_ROOM]), 'Asking Alan');
    expect(option(quiet, QUIET_ROOM).text).toMatch(/^Put Abena's playlist on for Alan/);
    expect(actsOf(quiet)).toEqual(['SPEAK_FOR alan']);
    expect(total(option(quiet, QUIET_ROOM))).toBeLessThan(best(quiet));
  });

  it('Luke\'s plan, where nobody has asked Desmond: the best says its act plainly, telling Desmond what Claire has been asking (her question is shown before the choice on every such path), not "before two what\'s being said"; still CHALLENGE + ASK_CONSENT and best, and going with Luke to ask him, the reflex, still outs him to Luke (R10: "Desmond\'s never said a word to me")', () => {
    for (const first of [CLOSE_FRIEND, NOT_MINE, TELL_LUKE]) {
      const before = readAlong(S2, [first, PLAYLIST], 'stop');
      const corridor = before.slice(lastIndexIn(before, 'At one, Luke catches you'));
      expect(corridor).toMatch(
        first === CLOSE_FRIEND ? /asked what kind/ : /She asked me on the stairs who "Alan's friend" is\./,
      );
      expect(corridor).toContain("Desmond's never said a word to me, mind.");
      const record = decisionAt(playBy(S2, [first, PLAYLIST, LET_DESMOND_KNOW]), "Luke's plan");
      expect(option(record, LET_DESMOND_KNOW).text).toBe('Tell Luke no, and go and tell Desmond what Claire asked');
      expect(actsOf(record)).toEqual(['CHALLENGE', 'ASK_CONSENT desmond']);
      expect(total(option(record, LET_DESMOND_KNOW))).toBe(best(record));
      expect(option(record, GO_TO_DESMOND).acts).toEqual(['CHALLENGE', 'OVERRIDE desmond']);
    }
  });

  it('Luke\'s plan: the round for everyone no longer says "give up your lunch" (readers read a spent break as heroics, a distractor\'s mark), so it reads as the fair fix it looks like; the lunch is still spent in the scene, and the round still does for Desmond, who signs in as "a friend" (shown in Alan\'s room): CHALLENGE + DOING_FOR, below zero, on both versions', () => {
    for (const first of [NOT_MINE, ASK_DESMOND]) {
      const record = decisionAt(playBy(S2, [first, PLAYLIST, ROUND_TABLE]), "Luke's plan");
      expect(option(record, ROUND_TABLE).text).toBe(
        'Tell Luke no, and ask Helen to start the meeting with a round: how everyone knows Alan',
      );
      expect(actsOf(record)).toEqual(['CHALLENGE', 'DOING_FOR desmond']);
      expect(total(option(record, ROUND_TABLE))).toBeLessThan(0);
    }
    expect(readAlong(S2, [NOT_MINE, PLAYLIST, ROUND_TABLE], 'stop')).toContain(
      "You spend your lunch break outside Helen's door",
    );
    expect(readAlong(S2, [NOT_MINE], 'stop')).toMatch(/At reception Desmond always signs in as "a friend"\./);
  });
});

// Review fixes of the fourteenth round (/work/wt/notes/review-edu-next-of-kin.ink.md and
// review-ster-next-of-kin.ink.md). No move, score or verdict changed.
describe('S2 fourteenth-round review fixes', () => {
  it('Luke\'s plan, where the learner told Luke (educator and stereotype MUST): the best tells Desmond, just the two of them, that Luke knows because the learner told him this morning and that "partner" is on the plan Claire is due to read; Desmond answers in his own voice, hurt, and keeps his say; no apology is written for the learner, and the option is still CHALLENGE + ASK_CONSENT and best', () => {
    const read = transcript([TELL_LUKE, PLAYLIST, LET_DESMOND_KNOW]);
    const corridor = read.slice(lastIndexIn(read, 'He walks off to the office.'));
    expectInOrder(
      corridor,
      'just the two of you, tell him Claire asked Luke who "Alan\'s friend" is',
      'that Luke knows because you told him this morning',
      'that "partner" is on the plan she\'s due to read',
      "that you've told Luke no",
      "and that what she's told now is up to him.",
      'You told him. I told you, not the office.',
      'Let her read it, then. If she wants to know, she can ask me. Not Luke, and not you.',
    );
    expect(corridor.slice(0, corridor.indexOf('On your way to the meeting'))).not.toMatch(
      /sorry|Did he, now|Not today/,
    );
    const record = decisionAt(playBy(S2, [TELL_LUKE, PLAYLIST, LET_DESMOND_KNOW]), "Luke's plan");
    expect(actsOf(record)).toEqual(['CHALLENGE', 'ASK_CONSENT desmond']);
    expect(total(option(record, LET_DESMOND_KNOW))).toBe(best(record));
    const told = option(record, LET_DESMOND_KNOW);
    expect([told.voice, told.power, told.courage]).toEqual([1, 2, 2]);
    const desmond = record.perspectives.filter((p) => p.who === 'desmond').map((p) => p.text);
    expect(desmond).toEqual([
      "You told Luke my business, then you came and told me you had. I had an hour to decide what to do about a page she'd read at two.",
    ]);
    // His choice holds at the meeting: Claire reads "partner" on the plan, and asks nobody there.
    expect(readAlong(S2, [TELL_LUKE, PLAYLIST, LET_DESMOND_KNOW, CATCH_JO], 'stop')).toContain(
      'where Desmond\'s name is above hers with "partner" beside it',
    );
  });

  it('Luke\'s plan: the label is "what Claire asked" (she asks once on every path, COULD 7); Desmond hears that Luke was told no on every path (COULD 6), and on the "close friend" path the learner owns the word (SHOULD 5)', () => {
    for (const first of [CLOSE_FRIEND, NOT_MINE, TELL_LUKE]) {
      const record = decisionAt(playBy(S2, [first, PLAYLIST, LET_DESMOND_KNOW]), "Luke's plan");
      expect(option(record, LET_DESMOND_KNOW).text).toBe('Tell Luke no, and go and tell Desmond what Claire asked');
      expect(transcript([first, PLAYLIST, LET_DESMOND_KNOW])).toMatch(/you've told (him|Luke) no/);
    }
    expect(transcript([CLOSE_FRIEND, PLAYLIST, LET_DESMOND_KNOW])).toContain(
      'tell him Claire read "close friend" on the plan, your word, not his, and asked what kind',
    );
  });

  it('Alan\'s room (SHOULD 2): what a yes-or-no gets is on the page before the choice, as the question\'s doing, not his dementia ("Porridge?" got a yes and a full bowl back; "What would you like?" got "Toast."); the read-back is a closed question in the scene', () => {
    const before = readAlong(S2, [ASK_DESMOND], 'stop');
    expect(before.slice(lastIndexIn(before, 'Before the meeting you need'))).toContain(
      'At breakfast "Porridge?" got a yes and a full bowl back; "What would you like?" got "Toast."',
    );
    expect(readAlong(S2, [ASK_DESMOND, QUIET_ROOM], 'stop')).toContain(
      'You read him each answer and ask, "Is that right, Alan?" He says yes to each',
    );
  });

  it('Alan\'s room (SHOULD 4): his recorded words are put kindly ("Is that still how you feel?"), still a closed question, and the reflect asks about the form\'s other two questions; still ADVOCATE, below both bests', () => {
    const room = decisionAt(playBy(S2, [ASK_DESMOND, RECORDED]), 'Asking Alan');
    expect(readAlong(S2, [ASK_DESMOND, RECORDED], 'stop')).toContain(
      'No more hospital. You told me that last month, Alan. Is that still how you feel?',
    );
    expect(source()).not.toMatch(/Still mean it\?/);
    expect(room.reflect).toEqual([
      "You asked Alan about one thing he'd said before. What about the other two questions on the form?",
    ]);
    expect(actsOf(room)).toEqual(['ADVOCATE alan']);
    expect(total(option(room, RECORDED))).toBeLessThan(best(room));
  });

  it("Alan's room (SHOULD 3): the quiet room puts Abena's playlist on for Alan too, so the music is not the one option that uses her idea; Ella is still on at the read-back, and Alan's card says so; same move (SPEAK_FOR, source inferred), same score, below both bests", () => {
    const room = decisionAt(playBy(S2, [ASK_DESMOND, QUIET_ROOM]), 'Asking Alan');
    expect(option(room, QUIET_ROOM).text).toBe(
      "Put Abena's playlist on for Alan, go through the form with Desmond in the quiet room, then with Alan",
    );
    expect(actsOf(room)).toEqual(['SPEAK_FOR alan']);
    expect(total(option(room, QUIET_ROOM))).toBeLessThan(best(room));
    const quiet = option(room, QUIET_ROOM);
    expect([quiet.voice, quiet.power, quiet.courage]).toEqual([-1, -1, 0]);
    expectInOrder(
      readAlong(S2, [ASK_DESMOND, QUIET_ROOM], 'stop'),
      'Abena puts her playlist on for Alan',
      "Back in Alan's room, Ella's still on",
    );
    const alan = room.perspectives.filter((p) => p.who === 'alan').map((p) => p.text);
    expect(alan.join(' ')).toMatch(/^Ella was on, and Des went out with the paper\..*Ella wasn't on it\.$/);
  });
});

// Last read of session 9 (/work/wt/notes/lastread-edu.md): text only, no move, score or verdict changed.
describe('S2 last read (session 9): the hospital ending on the path where Luke was told', () => {
  const TOLD_TO_HOSPITAL = [TELL_LUKE, PLAYLIST, LET_DESMOND_KNOW, CATCH_JO, LEAVE_SILENCE, ASK_ALAN_SUNDAY, ASK_ABENA];
  const ending = (prefixes: string[]) => {
    const read = readAlong(S2, prefixes, 'first');
    return read.slice(lastIndexIn(read, 'In February, Alan gets a chest infection.'));
  };

  it('educator MUST: where the learner told Luke, Luke typed "partner" and put Desmond at the top ("Nights will ring him first"), so the hospital ending says so: his view is under the family\'s as his partner\'s (and Helen wrote it so at the meeting), the doctor rings Desmond first, then Claire, and Claire says hospital; the plan has Desmond at the top, as partner, and the ward has Claire; never "as a friend\'s" or "nobody else who matters"', () => {
    const read = readAlong(S2, TOLD_TO_HOSPITAL, 'first');
    expectInOrder(
      read,
      'Luke types "partner" into the box, and moves Desmond\'s name above Claire\'s.',
      'Right. Nights will ring him first.',
      'Under it, smaller: "Partner\'s view: would prefer to stay."',
      "Desmond's view is under it, as his partner's.",
      'At two in the morning the out-of-hours doctor finds both, and rings Desmond first, who says Alan wants to stay, then Claire. Claire says hospital',
      'Desmond is in A&E by half three.',
      'The plan from Elm Court has Desmond at the top, as partner; the ward has Claire as next of kin.',
      'On the fourth night Alan dies in hospital.',
    );
    const end = ending(TOLD_TO_HOSPITAL);
    expect(end).not.toMatch(/as a friend's|rings the next of kin|nobody else who matters/);
    expect(read).not.toMatch(/Friend's view/);
  });

  it("the same ending where Desmond was outed only at Sunday (Claire asked Pastor Ruth) and nobody told Luke: the box was left blank, so the plan still lists Claire and nobody else, the doctor rings the next of kin, and his view is a friend's; the story tells the two apart by who typed what in the office, not by desmond_outed alone", () => {
    const path = [NOT_MINE, PLAYLIST, LET_DESMOND_KNOW, CATCH_JO, LEAVE_SILENCE, ASK_RUTH, ASK_ABENA];
    const end = ending(path);
    expect(end).toContain("Desmond's view is under it, as a friend's.");
    expect(end).toContain('finds both, and rings the next of kin. Claire says hospital');
    expect(end).toContain('The plan from Elm Court lists Claire as next of kin and nobody else who matters to Alan.');
    expect(end).not.toMatch(/at the top, as partner|his partner's/);
    // Nobody listed him, so Helen writes him down by name (session 11 educator read).
    expect(readAlong(S2, path, 'first')).toContain('Under it, smaller: "Desmond\'s view: would prefer to stay."');
  });

  it("text only: on the told path the office decision is still OVERRIDE desmond (-2/-2/0) and the meeting's silence still HOLD_SPACE + BYSTAND (2/2/-1)", () => {
    const played = playBy(S2, TOLD_TO_HOSPITAL);
    const office = decisionAt(played, OFFICE_MOMENT);
    expect(actsOf(office)).toEqual(['OVERRIDE desmond']);
    expect([office.voice, office.power, office.courage]).toEqual([-2, -2, 0]);
    const meeting = decisionAt(played, 'The planning meeting');
    expect(actsOf(meeting)).toEqual(['HOLD_SPACE desmond', 'BYSTAND']);
    expect([meeting.voice, meeting.power, meeting.courage]).toEqual([2, 2, -1]);
  });
});

// Fifteenth round (/work/wt/r15/task-next-of-kin.md; room 13 on walk 43 went 6-0 on the office, the meeting, Sunday
// and the handover): what pulls the other way is now on the page before the choice, said by a person. Text only: no
// move, score, contested tag or verdict changed; each test checks the best is where it was.
describe('S2 fifteenth round: a pull the other way, said before the choice', () => {
  const beforeChoice = (prefixes: string[]) => readAlong(S2, prefixes, 'stop');
  const contestedAt = (record: ReturnType<typeof decisionAt>, prefix: string) =>
    record.options.find((o) => o.text.startsWith(prefix))!.contested;

  it('the office: Desmond said it was "for you, not the office" and not to bring him their forms, a pull towards keeping him off the form or a word that gives nothing away; asking him is still best, "close friend" still chooses his word for him (DOING_FOR), and leaving it stays contested with asking', () => {
    const office = beforeChoice([]);
    expect(office).toMatch(
      /told you they've been together for thirty-eight years: "That's for you, not the office\. Don't go bringing me their forms\." Nobody else on the staff has heard it from him\.$/m,
    );
    const record = decisionAt(playBy(S2, [ASK_DESMOND]), OFFICE_MOMENT);
    expect(total(option(record, ASK_DESMOND))).toBe(best(record));
    expect(option(record, CLOSE_FRIEND).acts).toEqual(['DOING_FOR desmond']);
    expect(total(option(record, CLOSE_FRIEND))).toBeLessThan(best(record));
    expect(contestedAt(record, ASK_DESMOND) && contestedAt(record, NOT_MINE)).toBe(true);
    // Where the learner told Luke anyway, Desmond's answer in the corridor is the same words.
    expect(readAlong(S2, [TELL_LUKE, PLAYLIST, LET_DESMOND_KNOW], 'stop')).toContain(
      'You told him. I told you, not the office.',
    );
  });

  it('Luke\'s plan (judge: KEEP): on every path where nobody has asked Desmond, Luke adds "Still calls me Mr Bennett", so who would be standing there when Desmond is asked is on the page; going with Luke still outs him to his manager (R10), and telling Desmond alone is still best', () => {
    for (const first of [NOT_MINE, CLOSE_FRIEND, TELL_LUKE]) {
      expect(beforeChoice([first, PLAYLIST])).toContain(
        "Desmond's never said a word to me, mind. Still calls me Mr Bennett.",
      );
      const corridor = decisionAt(playBy(S2, [first, PLAYLIST, LET_DESMOND_KNOW]), "Luke's plan");
      expect(option(corridor, GO_TO_DESMOND).acts).toContain('OVERRIDE desmond');
      expect(total(option(corridor, LET_DESMOND_KNOW))).toBe(best(corridor));
    }
    expect(beforeChoice([ASK_DESMOND, PLAYLIST])).not.toContain('Mr Bennett');
  });

  it("the meeting: Claire asks Desmond to let Helen write (\"Please. I can't go through it again\"), the cost of reopening it, and she has said Alan's own words would make a difference; correcting Helen and turning to Desmond is still best, reading Alan's words still contested with it, one tier below", () => {
    for (const path of [BEST.slice(0, 4), [NOT_MINE, PLAYLIST, GO_TO_DESMOND, "Meet Jo's eye"]]) {
      const table = beforeChoice(path);
      expectInOrder(
        table,
        "If he could tell me himself, that'd be different.",
        "I hadn't finished, Helen.",
        "Let her write it, Desmond. Please. I can't go through it again.",
        "Helen's pen is already moving.",
      );
      const record = decisionAt(playBy(S2, [...path, NEXT_OF_KIN]), 'The planning meeting');
      expect(total(option(record, NEXT_OF_KIN))).toBe(best(record));
      expect(total(option(record, READ_ALANS_WORDS))).toBeLessThan(best(record));
      expect(contestedAt(record, NEXT_OF_KIN) && contestedAt(record, READ_ALANS_WORDS)).toBe(true);
    }
  });

  it('Sunday: Claire wants it "from him, not from a nurse", so the best\'s no comes as the nurse\'s word against hers; writing the visits into his plan is still best, putting her question to Alan still contested below it, and his card there answers her line', () => {
    expect(beforeChoice(BEST.slice(0, 5))).toContain(
      'Or ask him, with me there. I want to hear it from him, not from a nurse.',
    );
    const record = decisionAt(playBy(S2, [...BEST.slice(0, 5), ASK_ALAN_SUNDAY]), 'Sunday');
    expect(total(option(record, RUTH_STAYS))).toBe(best(record));
    expect(contestedAt(record, RUTH_STAYS) && contestedAt(record, ASK_ALAN_SUNDAY)).toBe(true);
    expect(record.perspectives.map((p) => p.text)).toContain(
      "I heard it from him, not from a nurse. That counted. I'm still not sure about that church.",
    );
  });

  it('the handover: Helen tells the area manager "That\'s the one I wanted you to see" before the clapping, so correcting her in the room visibly costs her; crediting Abena now is still best, the quiet word to Helen one below and contested', () => {
    expectInOrder(
      beforeChoice(BEST.slice(0, 6)),
      "The owners' area manager sits beside Helen today, notebook open, to appraise her.",
      '"That\'s the one I wanted you to see," Helen tells her.',
      'Luke starts to clap.',
    );
    const record = decisionAt(playBy(S2, [...BEST.slice(0, 6), TO_HELEN_LATER]), HANDOVER_MOMENT);
    expect(total(option(record, CREDIT_ABENA))).toBe(best(record));
    expect(total(option(record, CREDIT_ABENA)) - total(option(record, TO_HELEN_LATER))).toBe(1);
    expect(contestedAt(record, CREDIT_ABENA) && contestedAt(record, TO_HELEN_LATER)).toBe(true);
  });
});

// Sixteenth round (/work/wt/r16/task-next-of-kin.md; room 15 on walk 43 was still 6-0 on the office, the tea round,
// Sunday and the handover): each seat weighed one thing, so the other side now has a reason a thoughtful professional
// can't wave away, said by a person before the choice. Text only: no move, score, contested tag or verdict changed.
describe('S2 sixteenth round: a reason on each side, said before the choice', () => {
  const beforeChoice = (prefixes: string[]) => readAlong(S2, prefixes, 'stop');
  const contestedAt = (record: ReturnType<typeof decisionAt>, prefix: string) =>
    record.options.find((o) => o.text.startsWith(prefix))!.contested;

  it('the office: Desmond\'s own stated wish, "Don\'t go bringing me their forms", is a cost of taking the office\'s question to him; asking him is still best (the form now decides who nights ring), leaving it still contested with it, "close friend" still DOING_FOR', () => {
    expect(beforeChoice([])).toContain('"That\'s for you, not the office. Don\'t go bringing me their forms."');
    const record = decisionAt(playBy(S2, [ASK_DESMOND]), OFFICE_MOMENT);
    expect(total(option(record, ASK_DESMOND))).toBe(best(record));
    expect(contestedAt(record, ASK_DESMOND) && contestedAt(record, NOT_MINE)).toBe(true);
    expect(option(record, CLOSE_FRIEND).acts).toEqual(['DOING_FOR desmond']);
    expect(record.notes.join(' ')).toContain('and not to bring him their forms');
  });

  it("the tea round: Jo's note now also asks staff not to stop and stare, a reason against waiting for her signal in the lounge, set against her look today; checking in later is still best, both contested", () => {
    expect(beforeChoice([])).toContain("I've got it, ta. Just don't all stop and stare. Jo.");
    const record = decisionAt(playBy(S2, BEST), 'Jo and the tea round');
    expect(total(option(record, CATCH_JO))).toBe(best(record));
    expect(total(option(record, "Meet Jo's eye"))).toBeLessThan(best(record));
    expect(contestedAt(record, CATCH_JO) && contestedAt(record, "Meet Jo's eye")).toBe(true);
    expect(record.notes.join(' ')).toContain('it can read as stopping to watch, which her note asked staff not to do');
  });

  it('Sunday: Desmond, who heard, asks you quietly not to make Alan answer again (a cost to Alan set against Claire\'s "from him, not from a nurse"); writing the visits into his plan is still best, asking Alan still contested below it, and Desmond\'s card there answers his line', () => {
    expectInOrder(
      beforeChoice(BEST.slice(0, 5)),
      'I want to hear it from him, not from a nurse.',
      "He answered that last Sunday. Don't make him answer again.",
    );
    const record = decisionAt(playBy(S2, [...BEST.slice(0, 5), ASK_ALAN_SUNDAY]), 'Sunday');
    expect(total(option(record, RUTH_STAYS))).toBe(best(record));
    expect(total(option(record, ASK_ALAN_SUNDAY))).toBeLessThan(best(record));
    expect(contestedAt(record, RUTH_STAYS) && contestedAt(record, ASK_ALAN_SUNDAY)).toBe(true);
    expect(record.perspectives.map((p) => p.text)).toContain(
      "I asked you not to make him answer again. He did, with Ruth's hand in his.",
    );
  });

  it('the handover: Abena says Helen signs her course form today, so showing Helen up in front of the area manager can cost Abena (the form waits till Friday on that path); crediting her now is still best, the quiet word one below, both contested', () => {
    expectInOrder(
      beforeChoice(BEST.slice(0, 6)),
      '"That\'s the one I wanted you to see," Helen tells her.',
      'Abena tells the other two, low: "Helen\'s signing my course form today. Only took since March."',
    );
    const record = decisionAt(playBy(S2, [...BEST.slice(0, 6), TO_HELEN_LATER]), HANDOVER_MOMENT);
    expect(total(option(record, CREDIT_ABENA))).toBe(best(record));
    expect(total(option(record, CREDIT_ABENA)) - total(option(record, TO_HELEN_LATER))).toBe(1);
    expect(contestedAt(record, CREDIT_ABENA) && contestedAt(record, TO_HELEN_LATER)).toBe(true);
    expect(readAlong(S2, BEST, 'stop')).toContain('the course form stays in her tray till Friday');
  });
});

// Seventeenth read (session 11, /work/wt/notes/r17-read-next-of-kin.md): its four MUST seams, each a later line that
// depends on an earlier choice, asserted on the path that showed it. Text only: no move, score or verdict changed.
describe('S2 seventeenth read: later lines that follow the earlier choice', () => {
  it('the ask-Desmond path writes him as partner, as he chose, for the care team only: with Claire at the table Helen writes "Desmond\'s view" (he said "Not Claire. Not yet."), the hospital ending has his view as his partner\'s, and the out-of-hours doctor rings him first (path A)', () => {
    const read = readAlong(
      S2,
      [ASK_DESMOND, PLAYLIST, GO_TO_DESMOND, "Meet Jo's eye", LEAVE_SILENCE, ASK_ALAN_SUNDAY, ASK_ABENA],
      'first',
    );
    expectInOrder(
      read,
      'Put "partner". Luke and the care team can know.',
      "Desmond's down as partner now, thanks to you.",
      'Under it, smaller: "Desmond\'s view: would prefer to stay."',
      "Desmond's view is under it, as his partner's.",
      'rings Desmond first, who says Alan wants to stay, then Claire.',
      'Desmond is in A&E by half three.',
    );
    expect(read).not.toMatch(
      /Partner's view|Friend's view|as a friend's|rings the next of kin|Desmond arrives at seven/,
    );
  });

  it("the close-friend path rings Desmond first, as the learner had Luke put him above Claire: the out-of-hours doctor rings him, then Claire, and he is in A&E by half three; his view is still a friend's (path F)", () => {
    const read = readAlong(
      S2,
      [CLOSE_FRIEND, PLAYLIST, LET_DESMOND_KNOW, CATCH_JO, LEAVE_SILENCE, RUTH_STAYS, ASK_ABENA],
      'first',
    );
    expectInOrder(
      read,
      'Luke types it in, and moves Desmond\'s name above Claire\'s. "Close friend. Done."',
      'Under it, smaller: "Friend\'s view: would prefer to stay."',
      'rings Desmond first, who says Alan wants to stay, then Claire.',
      'Desmond is in A&E by half three.',
      'lists Claire as next of kin and Desmond as a close friend.',
    );
    expect(read).not.toMatch(/rings the next of kin|Desmond arrives at seven|as his partner's/);
  });

  it("where the quiet room wrote Desmond's answers in Alan's name and the meeting heard only \"Staff report Alan prefers to stay\", the ending says Alan's wish is on his ReSPECT form, not his words (path C)", () => {
    const read = readAlong(
      S2,
      [
        NOT_MINE,
        QUIET_ROOM,
        RELAY_TO_LUKE,
        "Meet Jo's eye",
        'Tell the meeting what Desmond told you',
        ASK_ALAN_SUNDAY,
        ASK_ABENA,
      ],
      'first',
    );
    expectInOrder(
      read,
      'With the door shut, he answers every question',
      'She writes "Staff report Alan prefers to stay."',
      "Alan's wish is on his ReSPECT form, and the GP treats him at the home.",
    );
    expect(read).not.toMatch(/Alan's words are on his ReSPECT form/);
  });

  it('after going through the form with Alan, where he said "Here. This is home now", the learner tells the meeting he said as much this morning, not that he said "No more hospital" again (path D)', () => {
    const read = readAlong(S2, [ASK_DESMOND, ONE_AT_A_TIME, RELAY_TO_LUKE, CATCH_JO, READ_ALANS_WORDS], 'stop');
    expectInOrder(
      read,
      'Here. This is home now.',
      'Alan told me himself, last month, "No more hospital."',
      'He said as much this morning.',
    );
    expect(read).not.toContain('He said it again this morning');
  });
});

describe('S2 seventeenth read, second pass: the ending keeps the stake the office set', () => {
  it('where the learner left the box blank and nobody changed the page, nights ring Claire first, as Luke said they would, then Desmond; where Desmond is at the top, Jo rings him (paths 4,1,4,1,… and 2,1,2,1,…)', () => {
    const blank = readAlong(
      S2,
      [
        NOT_MINE,
        QUIET_ROOM,
        RELAY_TO_LUKE,
        CATCH_JO,
        'Tell the meeting what Desmond told you',
        CLOSE_THE_PRAYER,
        TO_HELEN_LATER,
      ],
      'first',
    );
    expectInOrder(
      blank,
      "Right now that's Claire, three hours away.",
      "The minute doesn't come.",
      "Alan's wish is on his ReSPECT form",
      'Jo, on nights, rings Claire at four, as the plan says, then Desmond.',
      'I was there at the end, thank God.',
    );
    expect(blank).not.toContain('rings Desmond at four');
    const partner = readAlong(
      S2,
      [ASK_DESMOND, RECORDED, ROUND_TABLE, 'Tell Mr Hollis, "This is Jo', READ_ALANS_WORDS, ASK_RUTH, CREDIT_ABENA],
      'first',
    );
    expectInOrder(
      partner,
      'Put "partner". Luke and the care team can know.',
      "Alan's wish is on his ReSPECT form",
      'Jo, on the night shift, rings Desmond at four and tells him to come now.',
    );
    expect(partner).not.toContain('rings Claire at four');
  });
});

// Session 12, the curtain call (/work/wt/notes/r18-curtain-next-of-kin.md): what each path's debrief says, read against
// the path that shows it. Once the engine picks a path's reflect questions by its most notable decisions, every
// `reflect:` can reach a learner, so each must be true on every path where its option is taken, open, about practice,
// and not the library question already keyed to that act. Text only: no move, score or verdict changed.
describe('S2 the curtain call (session 12)', () => {
  const RELAY_AT_MEETING = 'Tell the meeting what Desmond told you';
  const cardOf = (record: ReturnType<typeof decisionAt>, who: string) =>
    record.perspectives
      .filter((p) => p.who === who)
      .map((p) => p.text)
      .join(' ');
  const reflectOf = (record: ReturnType<typeof decisionAt>) => (record.reflect ?? []).join(' ');

  it("MUST 2, Luke's plan, going with Luke to ask Desmond: Luke is the deputy manager of the home, not Desmond's manager (Desmond is a visitor), so Luke's card says Desmond said no \"to a manager\" (paths 1,1,1,… and 4,1,1,…)", () => {
    for (const first of [TELL_LUKE, NOT_MINE]) {
      const record = decisionAt(playBy(S2, [first, PLAYLIST, GO_TO_DESMOND]), "Luke's plan");
      const luke = cardOf(record, 'luke');
      expect(luke).toContain('He had to say no to my face, to a manager, with you at the door.');
      expect(luke).not.toMatch(/his manager/);
    }
  });

  it('SHOULD 3, the meeting, telling it what Desmond said at the door when he had not asked you to: he had found his words (he told you at the door; "Alan said..." and "I hadn\'t finished"), so his card says he had started and you finished it for him (path 1,1,4,1,1,1,3,1,4,…)', () => {
    const path = [TELL_LUKE, QUIET_ROOM, GO_TO_DESMOND, HELEN_REMINDS, RELAY_AT_MEETING];
    expectInOrder(
      transcript(path),
      "Alan doesn't want the hospital again.",
      'Alan said...',
      "I hadn't finished, Helen.",
    );
    const record = decisionAt(playBy(S2, path), 'The planning meeting');
    expect(record.context.people.desmond?.mandate).not.toBe('asked');
    const desmond = cardOf(record, 'desmond');
    expect(desmond).not.toMatch(/before I'd found them/);
    expect(desmond).toContain("I was sitting right there, and I'd started. You finished it for me");
  });

  it('SHOULD 4, Luke\'s plan, passing on "not Claire, not yet": Desmond\'s card no longer says he never knew and then that he found out (path 2,1,3,1,3,1,…)', () => {
    const record = decisionAt(playBy(S2, [ASK_DESMOND, PLAYLIST, RELAY_TO_LUKE]), "Luke's plan");
    const desmond = cardOf(record, 'desmond');
    expect(desmond).not.toMatch(/I never knew about that corridor/);
    expect(desmond).toContain("I wasn't in that corridor."); // the rest: "S2 the curtain call, second read", SHOULD 3
  });

  it('SHOULD 5, Luke\'s plan: where Desmond told you, "How did you know?" has one answer and reads as suspicion, so it asks whether you would tell him you had passed his words on; where you guessed, it no longer repeats the speak-for library question ("how did you know it?") but asks what a guess does', () => {
    const told = decisionAt(playBy(S2, [ASK_DESMOND, PLAYLIST, RELAY_TO_LUKE]), "Luke's plan");
    expect(reflectOf(told)).not.toMatch(/How did you know/);
    expect(told.reflect).toHaveLength(1); // its wording: "S2 the curtain call, second read", COULD 8
    const guessed = decisionAt(playBy(S2, [NOT_MINE, PLAYLIST, RELAY_TO_LUKE]), "Luke's plan");
    expect(actsOf(guessed)).toContain('SPEAK_FOR desmond');
    expect(reflectOf(guessed)).not.toMatch(/How did you know/);
    expect(guessed.reflect).toEqual([
      "Your guess about Desmond stopped Luke. What if the next person's guess about him goes the other way?",
    ]);
  });

  it('SHOULD 6, the meeting, leaving Desmond a silence: where he trusts you too little to take it ("Go on, Helen."), the question no longer says he used it (path 3,1,1,1,3,1,4,1,5,…)', () => {
    const path = [CLOSE_FRIEND, ONE_AT_A_TIME, ROUND_TABLE, CATCH_JO, LEAVE_SILENCE];
    expect(transcript([...path, RUTH_STAYS])).toContain('Go on, Helen.');
    const record = decisionAt(playBy(S2, path), 'The planning meeting');
    expect(reflectOf(record)).not.toMatch(/when he'd used it/);
    expect(record.reflect).toEqual([
      'You gave Desmond the gap. What was still on the table, whether he took it or not?',
    ]);
  });

  it("SHOULD 7, Alan's room, the music: Abena's card doesn't answer a line only the other paths have (\"not after lunch\")", () => {
    const record = decisionAt(playBy(S2, [ASK_DESMOND, PLAYLIST]), 'Asking Alan');
    const abena = cardOf(record, 'abena');
    expect(abena).not.toMatch(/after lunch/);
    expect(abena).toContain("Ella in the morning, and he found his words. It's going in my portfolio, if Helen signs.");
  });

  it('SHOULD 8: no moment label ends in "?" (the prompts read "…at “Whose idea was it?”?"); the office is "The form in the office", not Luke\'s question, and the handover is "Helen\'s thanks"', () => {
    expect(source()).not.toMatch(/^\s*# moment: .*\?\s*$/m);
    const played = playBy(S2, BEST);
    expect(played.log.decisions.map((d) => d.moment)).toEqual([
      OFFICE_MOMENT,
      'Asking Alan',
      "Luke's plan",
      'Jo and the tea round',
      'The planning meeting',
      'Sunday',
      HANDOVER_MOMENT,
    ]);
    for (const first of [TELL_LUKE, CLOSE_FRIEND, NOT_MINE])
      expect(decisionAt(playBy(S2, [first]), OFFICE_MOMENT)).toBeDefined();
    for (const last of [ASK_ABENA, NIGHT_CARERS, TO_HELEN_LATER])
      expect(decisionAt(playBy(S2, [...BEST.slice(0, 6), last]), HANDOVER_MOMENT)).toBeDefined();
  });

  it('COULD 10, Sunday, sending Claire to Pastor Ruth: Ruth did speak ("You\'d want to ask Des that."), so Desmond\'s card says she sent Claire to him', () => {
    const path = [...BEST.slice(0, 5), ASK_RUTH];
    expect(transcript([...path, CREDIT_ABENA])).toContain("You'd want to ask Des that. Not me.");
    const desmond = cardOf(decisionAt(playBy(S2, path), 'Sunday'), 'desmond');
    expect(desmond).not.toMatch(/Ruth said nothing/);
    expect(desmond).toContain('Ruth sent her to me, and Claire heard it anyway.');
  });

  it('COULD 11, the office, "close friend": where you told Desmond at one what Claire read, he did not first read it at the meeting, so his card names the word without saying how he met it', () => {
    const path = [CLOSE_FRIEND, PLAYLIST, LET_DESMOND_KNOW];
    expect(transcript([...path, CATCH_JO])).toContain('tell him Claire read "close friend" on the plan');
    const desmond = cardOf(decisionAt(playBy(S2, path), OFFICE_MOMENT), 'desmond');
    expect(desmond).not.toMatch(/at the meeting/);
    expect(desmond).toContain('"Close friend", on Alan\'s plan. Kindly meant, and not a word I chose.');
  });

  it('COULD 12, Alan\'s room, going through the form with him: he said "Here" to Desmond, not to you, so his card says "I said here"', () => {
    const path = [ASK_DESMOND, ONE_AT_A_TIME];
    expect(transcript([...path, RELAY_TO_LUKE])).toContain('Here. This is home now.');
    const alan = cardOf(decisionAt(playBy(S2, path), 'Asking Alan'), 'alan');
    expect(alan).not.toMatch(/I told you here/);
    expect(alan).toContain('I said: here.');
  });

  it("COULD 13: telling Desmond alone (where you had outed him, he's hurt) and writing Ruth's Sundays in (Claire stops speaking to you) ask what the act gave and what it cost, not only what it gained", () => {
    const toDesmond = decisionAt(playBy(S2, [TELL_LUKE, PLAYLIST, LET_DESMOND_KNOW]), "Luke's plan");
    expect(toDesmond.reflect).toEqual([
      'You said no to your manager, then went to Desmond. What did that give him, and what did it ask of him?',
    ]);
    const sunday = decisionAt(playBy(S2, BEST.slice(0, 6)), 'Sunday');
    expect(sunday.reflect).toEqual([
      'Claire heard "no" from you, not from Alan. What did that spare Alan and Ruth, and what did it cost you with Claire?',
    ]);
  });

  it('the office, leaving it alone: where Luke later goes with you to ask Desmond, someone did ask him, at one, so his card says nobody asked him "that morning"; the question asks what leaving it protected and left undone, not who had asked (its one answer, "nobody")', () => {
    const path = [NOT_MINE, PLAYLIST, GO_TO_DESMOND];
    expect(transcript([...path, CATCH_JO])).toContain(
      'while he asks whether Claire can be told that he and Alan are partners',
    );
    const office = decisionAt(playBy(S2, path), OFFICE_MOMENT);
    const desmond = cardOf(office, 'desmond');
    expect(desmond).not.toMatch(/Nobody asked me either\./);
    expect(desmond).toContain('Nobody asked me that morning either.');
    expect(office.reflect).toEqual([
      "You kept Desmond's business his, and left Luke to ask him. What did that protect, and what did it leave undone?",
    ]);
  });

  it("the office and Alan's room: the reflects no longer repeat the library question keyed to the same act (who decides who knows, who got to decide, how to hear it first-hand); they ask what else would have met the aim, who read the word, and where Desmond's view belonged", () => {
    const told = decisionAt(playBy(S2, [TELL_LUKE]), OFFICE_MOMENT);
    expect(told.reflect).toEqual([
      'Desmond told you in private. What did telling Luke change for him, and what else could have got him rung first?',
    ]);
    const friend = decisionAt(playBy(S2, [CLOSE_FRIEND]), OFFICE_MOMENT);
    expect(friend.reflect).toEqual([
      '"Close friend" got Desmond rung first. Who read that word on the plan, and what did it tell them?',
    ]);
    const quiet = decisionAt(playBy(S2, [ASK_DESMOND, QUIET_ROOM]), 'Asking Alan');
    expect(reflectOf(quiet)).not.toMatch(/what would he have said/);
    expect(quiet.reflect).toEqual([
      "Desmond could talk freely in the quiet room. Whose answers went in Alan's name, and where did Desmond's own view belong?",
    ]);
  });

  it('the meeting, telling it what Desmond said at the door: "Had he asked you to?" has one answer on each path; the question is open on both, and true on both (where he asked, the room turns to him; where not, to you)', () => {
    const asked = [ASK_DESMOND, PLAYLIST, RELAY_TO_LUKE, CATCH_JO, RELAY_AT_MEETING];
    const unasked = [TELL_LUKE, QUIET_ROOM, GO_TO_DESMOND, HELEN_REMINDS, RELAY_AT_MEETING];
    expect(transcript([...asked, RUTH_STAYS])).toContain('Then Desmond goes on himself');
    expect(transcript([...unasked, RUTH_STAYS])).toContain('Helen turns to you, not to Desmond.');
    for (const path of [asked, unasked]) {
      const record = decisionAt(playBy(S2, path), 'The planning meeting');
      expect(record.reflect).toEqual([
        'You said what Desmond told you at the door. What made it yours to say, and who did the room turn to next?',
      ]);
    }
  });

  it("facts (r18 SHOULD 6): the meeting's note flags the NMC Code 3.4 and the MCA Code of Practice chapter 3 as read in secondary sources only, as Alan's room's note does", () => {
    const note = decisionAt(playBy(S2, BEST), 'The planning meeting').notes.join(' ');
    expect(note).toMatch(/NMC Code \(3\.4; secondary sources only\)/);
    expect(note).toMatch(/Code of Practice \(chapter 3; secondary sources only\)/);
  });
});

// Session 12, the second curtain-call read (/work/wt/notes/r18-read2-next-of-kin.md), the story's items (the lead does the
// engine's). Text only: no act, move, score or verdict changed.
describe('S2 the curtain call, second read (session 12)', () => {
  const RELAY_AT_MEETING = 'Tell the meeting what Desmond told you';
  const WORST = [TELL_LUKE, QUIET_ROOM, GO_TO_DESMOND, HELEN_REMINDS, RELAY_AT_MEETING, CLOSE_THE_PRAYER, NIGHT_CARERS];
  const cardOf = (record: ReturnType<typeof decisionAt>, who: string) =>
    record.perspectives
      .filter((p) => p.who === who)
      .map((p) => p.text)
      .join(' ');

  it('SHOULD 3, the best path: Desmond no longer grades you twice in the same words ("I was glad someone…" at Luke\'s plan and at the meeting); at Luke\'s plan he says the words that stopped Luke were his own, and his to give', () => {
    const played = playBy(S2, BEST);
    const plan = cardOf(decisionAt(played, "Luke's plan"), 'desmond');
    const meeting = cardOf(decisionAt(played, 'The planning meeting'), 'desmond');
    expect(meeting).toContain('I was glad someone said it.');
    expect(plan).not.toMatch(/I was glad/);
    expect(plan).toBe(
      "I wasn't in that corridor. When I heard, it was my own words that had stopped him. They were mine to give.",
    );
  });

  it('SHOULD 4, the tea round, the reminder to all staff: "Whose name did everyone read in it?" was a riddle with one answer (Jo); the question is open, on the worst path and on 2,1,3,1,2,1,3,…', () => {
    const paths = [WORST.slice(0, 4), [ASK_DESMOND, PLAYLIST, ROUND_TABLE, HELEN_REMINDS]];
    for (const path of paths) {
      expect(transcript([...path, NEXT_OF_KIN])).toContain("Nobody's name is in it.");
      const record = decisionAt(playBy(S2, path), 'Jo and the tea round');
      expect((record.reflect ?? []).join(' ')).not.toMatch(/Whose name/);
      expect(record.reflect).toEqual([
        'The reminder named nobody. How did it still land on Jo, and what would asking her first have changed?',
      ]);
    }
  });

  it("SHOULD 5, Sunday, ending the pastor's visit for Claire: \"whose wish was in his notes?\" was a quiz (Alan's); the question asks what it cost Alan and why Ruth, not Claire, was the one asked (the worst path's only question on it)", () => {
    const played = playBy(S2, WORST);
    const record = decisionAt(played, 'Sunday');
    expect((record.reflect ?? []).join(' ')).not.toMatch(/whose wish/i);
    expect(record.reflect).toEqual([
      'Claire got her uncle to herself for an afternoon. What did that cost Alan, and why was Ruth the easier one to ask?',
    ]);
    expect(transcript([...WORST.slice(0, 6), NIGHT_CARERS])).toContain(
      'ask Pastor Ruth, quietly, if Claire could have',
    );
  });

  it('COULD 6, 7 and 8: Alan\'s "I said here" no longer reads as "said it here"; Desmond\'s "close friend" card says whose plan ("his", in his mouth, read as his own); the relay question no longer opens as yes/no', () => {
    const alan = cardOf(decisionAt(playBy(S2, [CLOSE_FRIEND, ONE_AT_A_TIME]), 'Asking Alan'), 'alan');
    expect(alan).toBe(
      'The three of us sat round the paper. I said: here. Then I was tired, and you stopped when I was.',
    );
    const desmond = cardOf(decisionAt(playBy(S2, [CLOSE_FRIEND]), OFFICE_MOMENT), 'desmond');
    expect(desmond).not.toMatch(/on his plan/);
    expect(desmond).toContain('"Close friend", on Alan\'s plan.');
    const told = decisionAt(playBy(S2, [ASK_DESMOND, PLAYLIST, RELAY_TO_LUKE]), "Luke's plan");
    expect((told.reflect ?? []).join(' ')).not.toMatch(/Would you tell/);
    expect(told.reflect).toEqual([
      "You passed on Desmond's words to Luke, without him there. What would you tell Desmond about it, and when?",
    ]);
  });
});

// Session 13 fact check (/work/wt/r19/FACTS4.md): notes only. We found no revised MCA Code of Practice laid (a draft
// was consulted on in 2022; a new consultation was announced for 2026), but absence in stored copies isn't proof, so the notes name the 2007 Code.
describe('S2 facts, session 13', () => {
  it("the notes that cite the MCA Code of Practice's chapter 3 name the 2007 Code (no revised Code found laid) and keep its 'secondary sources only' flag", () => {
    const room = decisionAt(playBy(S2, BEST), 'Asking Alan').notes.join(' ');
    expect(room).toMatch(
      /the 2007 Code of Practice \(we found no revised Code laid by December 2026; chapter 3 read in secondary sources only\)/,
    );
    const meeting = decisionAt(playBy(S2, BEST), 'The planning meeting').notes.join(' ');
    expect(meeting).toMatch(/the 2007 Code of Practice \(chapter 3; secondary sources only\)/);
  });
});

// Session 17 fact check (/work/wt/notes/facts.md): notes only. The NMC Code 3.4 and the MCA Code's chapter 3 were
// searched for again and are still not at source; the note says what was searched and when, not that they were read.
describe('S2 facts, session 17', () => {
  it("Alan's room's note says NMC Code 3.4 and the MCA Code's chapter 3 were searched for again on 2026-12-07 and not found at source", () => {
    const room = decisionAt(playBy(S2, BEST), 'Asking Alan').notes.join(' ');
    expect(room).toContain(
      "read in secondary sources only, December 2026; searched again 2026-12-07, and nmc.org.uk's text of the 2018 Code was not in the sources we could reach",
    );
    expect(room).toContain(
      "Searched again 2026-12-07: the 2007 Code's chapter 3 was not in the sources we could reach except in secondary copies",
    );
    expect(room).toContain('www.gov.uk/government/consultations/changes-to-the-mca-code-of-practice');
    expect(room).not.toContain('https:');
  });
});

// Session 18 (issue 16; options-only cold read 17: both readers found the best at "Asking Alan" and at "Helen's
// thanks"). Alan's room: the best was the one option that waited for Alan ("give it a quarter of an hour before any
// questions") and the others spoke for him; now every option names Alan and asks or checks with him, and both bests
// say their clock. The handover: the best was credit-by-name-now beside a quiet word that "let it pass"; now both
// name Abena and say when, and the best says who hears it. No move, act or score changed.
describe('S2: session 18 (options only: Alan in every option, and who hears Abena named)', () => {
  it("Alan's room: every option names Alan and asks, checks or goes through the form with him, so asking the person no longer marks the best; both bests name what they cost (the round run late; twenty minutes before it) and the scene shows it; the acts stand: ADVOCATE, SPEAK_FOR, and the music and asking now level at best", () => {
    const room = decisionAt(playBy(S2, [ASK_DESMOND, PLAYLIST]), 'Asking Alan');
    for (const o of optionsAt(room)) {
      expect(o.text).toMatch(/\bAlan\b/);
      expect(o.text).toMatch(/\b(ask|check|with)\b/i);
    }
    expect(option(room, PLAYLIST).text).toMatch(/let the medicines round run late/);
    expect(option(room, ONE_AT_A_TIME).text).toMatch(/in the twenty minutes before your round$/);
    expect(option(room, RECORDED).acts).toEqual(['ADVOCATE alan']);
    expect(option(room, QUIET_ROOM).acts).toEqual(['SPEAK_FOR alan']);
    expect(total(option(room, PLAYLIST))).toBe(best(room));
    expect(total(option(room, ONE_AT_A_TIME))).toBe(best(room));
    expect(total(option(room, RECORDED))).toBeLessThan(best(room));
    expect(total(option(room, QUIET_ROOM))).toBeLessThan(best(room));
    expect(readAlong(S2, [ASK_DESMOND, PLAYLIST], 'stop')).toContain('your medicines round goes out ten minutes late');
    expect(readAlong(S2, [ASK_DESMOND, ONE_AT_A_TIME], 'stop')).toContain("you'll come back after lunch");
  });

  it("the handover: crediting Abena in the room and the quiet word both name her and say when (in front of the area manager; once she's gone), so the best is not the only one with her name and the other one 'letting it pass'; Helen is short with you on the in-room path; AMPLIFY still best, CREDIT one below", () => {
    const handover = decisionAt(playBy(S2, BEST), HANDOVER_MOMENT);
    const inRoom = option(handover, CREDIT_ABENA);
    const later = option(handover, TO_HELEN_LATER);
    expect(inRoom.text).toMatch(/in front of the area manager.*Abena's/);
    expect(later.text).toMatch(/area manager's gone.*Abena's name/);
    expect(later.text).not.toMatch(/let it pass/i);
    expect(inRoom.acts).toEqual(['AMPLIFY abena']);
    expect(later.acts).toEqual(['CREDIT abena']);
    expect(total(inRoom)).toBe(best(handover));
    expect(total(later)).toBe(best(handover) - 1);
    expect(readAlong(S2, BEST, 'stop')).toContain('Helen is short with you for the rest of the week');
  });
});

// Mend-a (/work/wt/notes/educator18a.md, M3): the music's cost changed in session 18 from a quarter of an hour to a
// late medicines round, and its reflect, read straight after the scene, still named the old cost.
describe('S2 mend-a: the educator read of the session-18 rewrites', () => {
  it("Alan's room, the music (M3): the reflect names the cost the scene shows (the round goes out late), not a quarter of an hour nothing on the path says", () => {
    const record = decisionAt(playBy(S2, [ASK_DESMOND, PLAYLIST]), 'Asking Alan');
    const reflect = (record.reflect ?? []).join(' ');
    expect(reflect).not.toContain('quarter of an hour');
    expect(reflect).toContain('medicines round late');
    expect(readAlong(S2, [ASK_DESMOND, PLAYLIST], 'stop')).toContain('your medicines round goes out ten minutes late');
  });
});
