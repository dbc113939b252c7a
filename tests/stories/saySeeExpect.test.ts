// S5 "Say, See, Expect": the verdicts reviewers disputed (scenarios.md v3, "Verdicts reviewers disputed"), each
// named by its reason, and the consequences that travel from an early choice to a later scene.
import { describe, expect, it } from 'vitest';
import { expectInOrder } from './support/inOrder';
import { StoryWalk } from './support/playByMoves';

const ID = 'say-see-expect';
// Monday: Tendai has said what she wants (keep Mr Hughes, not alone while Gareth's in, Gareth told by the manager,
// and she turns the incident form face down). The best does the first three and logs the house as a risk for whoever goes.
const LOG_THE_HOUSE = ['challenge', 'act_on_behalf tendai', 'disclose tendai info=abuse informs'];
const ALL_OFF_PAPER = ['challenge', 'act_on_behalf tendai', 'silent tendai'];
const LET_SWAP_STAND = ['collude', 'invite tendai'];
const OVERNIGHT = 'silent tendai';
// Session 10: the best's challenge is marked public (said in his dad's front room), the car's is not (said to him alone).
const TERMS_WITH_HUGHES = ['challenge public', 'decide_with hughes'];
// Thursday: Tendai texted "say what we do now … Not Monday. I'll sit at the back" the night before; the group chat named her
// this morning.
const CUT_TO_THE_RULE = 'act_on_behalf tendai';
const SHOW_HER_THE_CHAT = 'decide_with tendai';
const CHECK_AGAIN_ON_THE_STAIRS = 'ask_to_educate tendai';
const ANSWER_THE_CHAT = 'disclose tendai info=abuse';
// Tenth mend: the reply that confirms nothing carries out her text too (a room of eight chose it), so it is ADVOCATE, contested.
const CHAT_RULE_ONLY = ['challenge', 'act_on_behalf tendai'];
const ONE_LINE_THEN_PRIVATE = ['challenge public', 'invite tendai'];
const CARRY_ON_THEN_PRIVATE = ['silent tendai', 'challenge', 'indirect tendai kind=delay'];
const NAME_HER_IN_THE_ROOM = 'challenge tendai public';
// The senior post: the open process changes the advert for everyone; Sheila's own adjustment comes with encouraging Tendai
// (seventh mend: the open process no longer does both, so it is not the broad-looking one).
const OPEN_PROCESS = ['adjust sheila room'];
const JUST_FOR_SHEILA = ['adjust sheila', 'invite tendai'];
// Fifteenth round: the offer to act up is the other best's stem (Sheila's own adjustment) with the act towards Tendai
// changed, so the two differ only in that act (fourteenth round's change for everyone made the open process its stem).
const OFFER_THE_POST = ['adjust sheila', 'act_on_behalf tendai'];
const WALK_OUT_AND_RING = ['challenge public', 'indirect sheila kind=delay'];
const PAID_SESSIONS = ['adjust tendai room', 'adjust sheila room', 'decide_with tendai', 'decide_with sheila'];
const PAID_PHONE_SURVEY = ['adjust tendai room', 'act_on_behalf tendai', 'act_on_behalf sheila'];
const LEAVE_IT_TO_HIS_DAD = ['decide_with hughes', 'silent'];
// Session 10 (room 13's educator judge): telling Gareth yourself at his car, after the review, replaces the letter to
// him, which no seat chose (the judge: what many home-care managers would do; a practice view, not checked at source).
const TELL_HIM_AT_HIS_CAR = ['decide_with hughes', 'challenge'];
const PAID_EVENINGS = ['adjust sheila room', 'decide_with sheila', 'act_on_behalf tendai'];
const PAID_DRAFTING = ['ask_to_educate tendai', 'act_on_behalf sheila'];
// Six months on: Tendai asks for Thursdays for the apprenticeship; she has not asked Farah.
const GIVE_THURSDAYS = ['adjust tendai room'];
const MONDAYS_ON_HER_DAY_OFF = 'decide_with tendai';
const SEND_HER_TO_FARAH = 'indirect tendai kind=delegate';
// Eighth mend: the award option is replaced by holding the college a year until the trainee post's sponsorship is certain.
const HOLD_THE_COLLEGE_A_YEAR = 'act_on_behalf tendai';
// Six months on, after a harm: Tendai names it (she has told nobody else) and has brought her own list.
// f13: asking what would put it right is an invitation to her voice too (REPAIR + INVITE), level with waiting.
const ASK_WHAT_PUTS_IT_RIGHT = ['repair tendai', 'invite tendai'];
const SAY_IT_THEN_HER_LIST = ['repair tendai', 'silent tendai leaves_pause'];
const SAY_WHAT_YOU_CHANGED = ['repair tendai', 'act_on_behalf tendai'];

const total = (o: { voice: number; power: number; courage: number }) => o.voice + o.power + o.courage;

/** The option on offer that makes exactly these moves (tests name options by what they do, not their words). */
function optionWith(walk: StoryWalk, moves: readonly string[]) {
  return walk.options().find((o) => o.moves.join() === moves.join())!;
}

/** A path that harmed Tendai more than once, to the six-month supervision where she names the latest harm. */
function afterAHarm(): StoryWalk {
  const walk = new StoryWalk(ID);
  walk.take(...LET_SWAP_STAND);
  walk.take(...TERMS_WITH_HUGHES);
  walk.take(ANSWER_THE_CHAT);
  walk.take(NAME_HER_IN_THE_ROOM);
  walk.take(...OPEN_PROCESS);
  walk.take(...PAID_PHONE_SURVEY);
  return walk;
}

/** Monday to Thursday's briefing along the path a careful manager takes. */
/** A path on which Tendai never asks about her visa at the senior post (her trust is below 1 by then). */
function seniorPostUnasked(): StoryWalk {
  const walk = new StoryWalk(ID);
  walk.take(...LET_SWAP_STAND);
  walk.take(...TERMS_WITH_HUGHES);
  walk.take(ANSWER_THE_CHAT);
  walk.take(NAME_HER_IN_THE_ROOM);
  return walk;
}

/** Thursday's corridor, after logging the house on Monday and writing the terms with Mr Hughes. */
function atThursdaysCorridor(): StoryWalk {
  const walk = new StoryWalk(ID);
  walk.take(...LOG_THE_HOUSE);
  walk.take(...TERMS_WITH_HUGHES);
  return walk;
}

function atTheBriefing(first: string[] = LOG_THE_HOUSE): StoryWalk {
  const walk = new StoryWalk(ID);
  walk.take(...first);
  walk.take(...TERMS_WITH_HUGHES);
  walk.take(SHOW_HER_THE_CHAT);
  return walk;
}

/** The careful manager's path to the end: one line to the room, Sheila's own adjustment, paid sessions, Thursdays. */
function toTheBestEnding(): StoryWalk {
  const walk = atTheBriefing();
  walk.take(...ONE_LINE_THEN_PRIVATE);
  walk.take(...JUST_FOR_SHEILA);
  walk.take(...PAID_SESSIONS);
  walk.take(...GIVE_THURSDAYS);
  return walk;
}

describe('Say, See, Expect: disputed verdicts, fixed', () => {
  it("the briefing: the whole team heard Sheila, so carrying on and calling her in later leaves the room's silence as the expectation; one line to the room naming nobody, then the private conversations, scores higher", () => {
    const walk = atTheBriefing();
    expect(walk.present()).toEqual(expect.arrayContaining(['tendai', 'sheila']));
    const oneLine = walk.wouldScore(...ONE_LINE_THEN_PRIVATE);
    const carryOn = walk.wouldScore(...CARRY_ON_THEN_PRIVATE);
    expect(oneLine.acts).toEqual(['CHALLENGE', 'INVITE']);
    expect(carryOn.acts).toContain('BYSTAND');
    expect(carryOn.courage).toBeLessThan(0);
    expect(oneLine.courage).toBeGreaterThan(carryOn.courage);
    expect(total(oneLine)).toBeGreaterThan(total(carryOn));
  });

  it('the briefing: naming what Gareth Hughes said to the room (everyone knows who he said it to: the group chat named her), after she asked for "what we do now… Not Monday" and sat at the back, overrides her however true the words', () => {
    expect(atTheBriefing().wouldScore(NAME_HER_IN_THE_ROOM).acts).toEqual(['OVERRIDE']);
  });

  it('the briefing: the OVERRIDE rests on a wish every learner has read, so "Not Monday" is in her text on every path to the briefing, a scene and a decision before it, and the trap does not echo it (sixth educator read, MUST)', () => {
    const corridor = new StoryWalk(ID);
    corridor.take(...LOG_THE_HOUSE);
    corridor.take(...TERMS_WITH_HUGHES);
    const paths = corridor.options().map((o) => o.moves);
    expect(paths.length).toBe(5);
    for (const moves of paths) {
      const walk = atThursdaysCorridor();
      walk.take(...moves);
      expect(walk.passage.lines.map((l) => l.text).join(' ')).not.toContain('Not Monday');
      expect(walk.shown.join(' ')).toContain("say what we do now when it happens. Not Monday. I'll sit at the back.");
      expect(walk.wouldScore(NAME_HER_IN_THE_ROOM).acts).toEqual(['OVERRIDE']);
      const trap = walk.options().find((o) => o.moves.includes(NAME_HER_IN_THE_ROOM))!;
      expect(trap.text).not.toMatch(/Monday/);
    }
    const note = atTheBriefing().take(NAME_HER_IN_THE_ROOM).notes.join(' ');
    expect(note).toContain('Not Monday');
    expect(note).toMatch(/spotlight/);
  });

  it('one overnight pause is not a pattern: a manager who waits on Monday and then acts well is not called a Bystander', () => {
    const walk = atTheBriefing([OVERNIGHT]);
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    walk.take(...PAID_SESSIONS);
    walk.take(...GIVE_THURSDAYS);
    expect(walk.ended).toBe(true);
    expect(walk.pt.log.decisions[0]!.acts.map((a) => a.act)).toEqual(['BYSTAND']);
    expect(walk.pt.log.pattern).not.toBe('Bystander');
  });

  it("Monday: letting the deputy's swap stand grants Gareth's request (COLLUDE), however kindly it waits for a second carer and asks Tendai, and scores below stopping it and logging the house", () => {
    const walk = new StoryWalk(ID);
    const swap = walk.wouldScore(...LET_SWAP_STAND);
    const asked = walk.wouldScore(...LOG_THE_HOUSE);
    expect(swap.acts).toContain('COLLUDE');
    expect(asked.acts).toEqual(['CHALLENGE', 'ADVOCATE', 'SAFEGUARD']);
    expect(total(asked)).toBeGreaterThan(total(swap));
  });

  it("the senior post: telling the panel about Sheila's dyslexia, to be fair to her, overrides her (she told only you); the option says the telling, so the learner chooses the act it is scored for, and its reason is one the story shows (Farah marks the test she wrote)", () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    const told = walk.options().find((o) => o.moves.includes('disclose sheila info=dyslexia to=farah'))!;
    // Ninth mend: it carries Farah's own reason (the post checks written care plans) and still says the telling.
    // Session 18: it says what Farah is told, to mark content, not spelling, from which she reads the rest ("that
    // Sheila is dyslexic" was ruled out on sight by both round-17 option-only readers); Sheila hears it back.
    expect(told.text).toMatch(/ask Farah, who marks it, to mark content, not spelling/);
    expect(walk.wouldScore('disclose sheila info=dyslexia to=farah').acts).toEqual(['OVERRIDE']);
    expect(walk.wouldScore(...OPEN_PROCESS).acts).toEqual(['REMOVE_BARRIER']);
    walk.take('disclose sheila info=dyslexia to=farah');
    // Educator read 18b, SHOULD 1: Farah no longer writes a guessed disability on the marking sheet (that made her
    // the problem); the harm rests on the learner's instruction, and Sheila still hears it back.
    expect(walk.shown.join(' ')).toContain('"S. Rowe. Extra time. Mark content, not spelling."');
    expect(walk.shown.join(' ')).not.toMatch(/Dyslexic\?/);
    expect(walk.shown.join(' ')).toContain('Farah had to know something. Not my spelling.');
  });
});

describe('Say, See, Expect: verdicts from the educator read (December 2026)', () => {
  it("the review at the house: writing the terms with Mr Hughes and leaving it to him, at 88, to tell his son leaves the employer's duty to protect staff undone (Health and Safety at Work etc. Act 1974, s2), so it scores below naming the abuse and writing the terms with Mr Hughes", () => {
    const walk = new StoryWalk(ID);
    walk.take(...LOG_THE_HOUSE);
    const leave = walk.wouldScore(...LEAVE_IT_TO_HIS_DAD);
    const terms = walk.wouldScore(...TERMS_WITH_HUGHES);
    expect(leave.acts).toContain('BYSTAND');
    expect(leave.courage).toBeLessThan(0);
    expect(terms.acts).toEqual(['CHALLENGE', 'DECIDE_WITH']);
    expect(total(leave)).toBeLessThan(total(terms));
  });

  it("the briefing: calling racist abuse racist, to the whole room and naming nobody, scores best; it is putting Tendai's name to it that overrides her, not the word", () => {
    const walk = atTheBriefing();
    const said = walk.options();
    const oneLine = said.find((o) => o.moves.includes('challenge public'))!;
    expect(oneLine.text).toMatch(/anything racist said to her in a house gets reported/);
    expect(oneLine.moves).not.toContain('challenge tendai public');
    const best = walk.wouldScore(...ONE_LINE_THEN_PRIVATE);
    for (const option of said) {
      const other = walk.wouldScore(...option.moves);
      expect(total(best)).toBeGreaterThanOrEqual(total(other));
    }
    expect(walk.wouldScore(NAME_HER_IN_THE_ROOM).acts).toEqual(['OVERRIDE']);
  });

  it("six months on: holding the college a year until the trainee post's sponsorship is certain protects her visa but decides her year for her (the question can be answered before September), and scores below planning the year with her (eighth mend: it replaces the award, which no panel reader took seriously)", () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    walk.take(...PAID_SESSIONS);
    const hold = walk.wouldScore(HOLD_THE_COLLEGE_A_YEAR);
    expect(hold.acts).toEqual(['DOING_FOR']);
    expect(hold.power).toBeLessThan(0);
    expect(total(walk.wouldScore(...GIVE_THURSDAYS))).toBeGreaterThan(total(walk.wouldScore(MONDAYS_ON_HER_DAY_OFF)));
    expect(total(walk.wouldScore(MONDAYS_ON_HER_DAY_OFF))).toBeGreaterThan(total(hold));
    expect(walk.options().some((o) => /award/.test(o.text))).toBe(false);
  });

  it("Monday: ending Mr Hughes's care over his son's conduct is not the agency's call alone; the note names the commissioner, safeguarding and continuity of care, and gives the third-party harassment duty's planned date with its source without asserting a commencement it could not confirm", () => {
    const walk = new StoryWalk(ID);
    const record = walk.take(...LOG_THE_HOUSE);
    const note = record.notes.join(' ');
    expect(note).toMatch(/commissioner/);
    expect(note).toMatch(/safeguarding/);
    expect(note).toMatch(/without care/);
    expect(note).toMatch(/Equality Act 2010, s40/);
    expect(note).toMatch(/roadmap planned that for 1 October 2026/);
    expect(note).toMatch(/check before you teach it as in force/);
    expect(note).not.toMatch(/in force on 1 October 2026/);
  });
});

describe('Say, See, Expect: the second reads (December 2026)', () => {
  it("Monday: the way forward doesn't pause an 88-year-old's visits (Care Act 2014 s1 wellbeing, continuity of care): Tendai keeps Mr Hughes, with a second carer while Gareth's in", () => {
    const walk = new StoryWalk(ID);
    walk.take(...LOG_THE_HOUSE);
    const said = walk.shown.join(' ');
    expect(said).toContain("Tendai keeps Mr Hughes. Whenever Gareth's in, there are two carers at that house");
    expect(said).not.toMatch(/pause the visits/);
  });

  it('the senior post: each fair process has a real cost; there is one post, one of the two strong candidates does not get it, and nobody grades the learner for it', () => {
    const seen = [JUST_FOR_SHEILA, OPEN_PROCESS].map((pick) => {
      const walk = atTheBriefing();
      walk.take(...ONE_LINE_THEN_PRIVATE);
      walk.take(...pick);
      const said = walk.shown.join(' ');
      expect(said).not.toMatch(/second post/);
      return said;
    });
    expect(seen[0]).toContain('gives the post to Tendai');
    expect(seen[1]).toContain('and gets the post');
    expect(seen[1]).toContain('she decides it can wait.');
  });

  it("Thursday's corridor: replying in the chat that clients and colleagues aren't discussed there is the manager's part and confirms nothing, but posted before Tendai has seen the chat it leaves her to read the rumour on the stairs and settles nothing with her; it scores above telling the chat she reported and below showing her first", () => {
    const walk = atThursdaysCorridor();
    const ruleOnly = walk.wouldScore(...CHAT_RULE_ONLY);
    expect(ruleOnly.acts[0]).toBe('CHALLENGE');
    expect(ruleOnly.acts).not.toContain('OVERRIDE');
    expect(total(ruleOnly)).toBeGreaterThan(total(walk.wouldScore(ANSWER_THE_CHAT)));
    expect(total(ruleOnly)).toBeLessThan(total(walk.wouldScore(SHOW_HER_THE_CHAT)));
    // Same place, same medium, a different act: one reply confirms she reported, the other confirms nothing.
    const label = optionWith(walk, CHAT_RULE_ONLY);
    expect(label.text).toContain("clients and colleagues aren't discussed in there");
    walk.take(...CHAT_RULE_ONLY);
    const read = walk.shown.join(' ');
    expect(read).not.toContain('So she did report him');
    expect(read).toContain('Is the old man losing his carers');
  });

  it("Thursday's corridor: Farah's 2004 comes out on every path to the corridor (her card's class facet), said as a memory, not a lesson", () => {
    for (const first of [LOG_THE_HOUSE, LET_SWAP_STAND, [OVERNIGHT], ['challenge', 'relay hughes source=inferred']]) {
      const walk = new StoryWalk(ID);
      walk.take(...first);
      walk.take(...TERMS_WITH_HUGHES);
      const scene = walk.passage.lines.map((l) => l.text).join(' ');
      expect(scene).toContain('2004');
      expect(scene).not.toMatch(/looking after us|called it being looked after/);
    }
  });

  it('six months on: the visa line names the new certificate of sponsorship an extension needs (a certificate is not renewed)', () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    walk.take(...PAID_SESSIONS);
    walk.take(...GIVE_THURSDAYS);
    const said = walk.shown.join(' ');
    expect(said).toContain('the new certificate of sponsorship');
    expect(said).not.toMatch(/certificate renewal/);
  });
});

describe('Say, See, Expect: when asking is not the best act (issue 16, third mend)', () => {
  it("Monday: Tendai turning the incident form face down covers what singles her out, not the employer's duty to record the abuse and assess the risk for whoever goes next (R3, rank above, harm on); doing all she asked and keeping it off paper stands by on the cause, so logging the house scores best", () => {
    const walk = new StoryWalk(ID);
    const scene = walk.passage.lines.map((l) => l.text);
    // Shown as an act early in the scene, not as a request in the line before the choice (sixth cold read).
    const faceDown = scene.findIndex((l) => l.includes('Tendai turns it face down'));
    expect(faceDown).toBeGreaterThanOrEqual(0);
    expect(faceDown).toBeLessThan(scene.length - 4);
    expect(scene.join(' ')).not.toContain('nothing on paper');
    for (const option of walk.options()) expect(option.text).not.toMatch(/nothing on paper/);
    const offPaper = walk.wouldScore(...ALL_OFF_PAPER);
    const logged = walk.wouldScore(...LOG_THE_HOUSE);
    expect(offPaper.acts).toEqual(['CHALLENGE', 'ADVOCATE', 'BYSTAND']);
    expect(offPaper.courage).toBeLessThan(0);
    expect(logged.acts).toEqual(['CHALLENGE', 'ADVOCATE', 'SAFEGUARD']);
    expect(logged.power).toBeGreaterThan(0);
    for (const option of walk.options()) {
      expect(total(logged)).toBeGreaterThanOrEqual(total(walk.wouldScore(...option.moves)));
    }
    expect(total(offPaper)).toBeLessThan(total(logged));
    // f13: the label says who records it (a room read "fill in the incident form" as pushing her form back at her).
    // Session 18: it names its cost, the form she turned over (both round-17 option-only readers chose it by "log it
    // yourself"); where it goes, the house's record with her name once, is said to her in the consequence.
    const log = optionWith(walk, LOG_THE_HOUSE);
    // Educator read 18b, SHOULD 7: every part has its verb, and it says where it is logged (her fear is a complaint
    // about her, so the house's record, not her file, is what a learner who knows the duty chooses it for).
    expect(log.text).toContain(
      "send two carers while he's in, and log it on the house's record, though Tendai turned the form over.",
    );
  });

  it("Monday: telling Gareth his dad won't want him in the house during Tendai's visits is firm, but said without asking Mr Hughes, who has capacity and no duty here owed to him, it speaks for him about who comes into his home (SPEAK_FOR, never SAFEGUARD; the seventh educator read made the wording voice him); it scores below doing what Tendai asked and logging the house. The option no longer threatens his care, the flaw the cold readers saw at once (seventh mend)", () => {
    const walk = new StoryWalk(ID);
    const threatened = walk.options().find((o) => o.moves.includes('relay hughes source=inferred'))!;
    // Ninth mend: the option borrows Mr Hughes's real request (he asked for Tendai by name) to tell his son to keep out
    // of her way, which a firm manager might; it still speaks for him about his own home.
    // f9-s5: the label keeps the act (in his father's name) and drops its excuse ("his dad asked for Tendai, so").
    // Session 18: it says what his dad wants, the ally's word, and the second want is the guess.
    expect(threatened.text).toContain('his dad wants Tendai, and wants him out of her way');
    expect(threatened.text).not.toContain('his dad asked for Tendai');
    expect(threatened.text).not.toMatch(/council|review|his dad's care/);
    walk.take('challenge', 'relay hughes source=inferred');
    expect(walk.shown.join(' ')).toContain('Has anyone asked Mr Hughes?');
    walk.take(...TERMS_WITH_HUGHES);
    expect(walk.shown.join(' ')).toContain(
      '"I never said that." Mr Hughes looks from Gareth to you. "Nobody\'s asked me."',
    );
    const monday = new StoryWalk(ID);
    const threat = monday.wouldScore('challenge', 'relay hughes source=inferred');
    expect(threat.acts).toEqual(['CHALLENGE', 'SPEAK_FOR']);
    expect(threat.acts).not.toContain('SAFEGUARD');
    expect(threat.voice).toBeLessThan(0);
    expect(threat.power).toBeLessThan(0);
    expect(total(threat)).toBeLessThan(total(monday.wouldScore(...ALL_OFF_PAPER)));
    expect(total(threat)).toBeLessThan(total(monday.wouldScore(...LOG_THE_HOUSE)));
    for (const option of monday.options()) expect(option.moves).not.toContain('act_on_behalf hughes');
  });

  it("Thursday's corridor: the group chat put Tendai's name to Gareth's untrue story after she texted, and she hasn't seen it; carrying out last night's text alone decides the new question for her, so it scores below showing her in private; checking again on the stairs without telling her is still a burden, and answering the chat before she has seen it tells everyone she reported", () => {
    const walk = atThursdaysCorridor();
    const scene = walk.passage.lines.map((l) => l.text).join(' ');
    // Her text comes a scene before the decision (Wednesday night), not in the lines just before it, and no line
    // there says she hasn't seen the chat (her phone lives in the glovebox on calls: Monday).
    expect(walk.shown.join(' ')).toContain("say what we do now when it happens. Not Monday. I'll sit at the back.");
    expect(walk.shown.join(' ')).toContain('her phone lives in the glovebox');
    expect(scene).not.toMatch(/Not my name|doesn't read the chat/);
    expect(scene).toContain("carers' group chat");
    // The rumour's source is Gareth, not the incident log (fourth educator read).
    expect(scene).toContain('Gareth Hughes is telling half his street');
    expect(scene).not.toMatch(/made a complaint/);
    const again = walk.wouldScore(CHECK_AGAIN_ON_THE_STAIRS);
    const answered = walk.wouldScore(ANSWER_THE_CHAT);
    const rule = walk.wouldScore(CUT_TO_THE_RULE);
    const chat = walk.wouldScore(SHOW_HER_THE_CHAT);
    expect(again.acts).toEqual(['BURDEN']);
    expect(answered.acts).toEqual(['OVERRIDE']);
    expect(rule.acts).toEqual(['ADVOCATE']);
    expect(chat.acts).toEqual(['DECIDE_WITH']);
    for (const option of walk.options()) {
      expect(total(chat)).toBeGreaterThanOrEqual(total(walk.wouldScore(...option.moves)));
    }
    expect(total(rule)).toBeLessThan(total(chat));
  });

  it('the briefing: telling Precious to walk out and ring is a rule for everyone that names nobody, but it leaves the word unsaid in a team that has moved carers off "clients like him" for twenty years; it scores below the line that names racism, and above saying nothing in the room', () => {
    const walk = atTheBriefing();
    expect(walk.shown.join(' ')).toContain('for girls with clients like him');
    const walkOut = walk.wouldScore(...WALK_OUT_AND_RING);
    const named = walk.wouldScore(...ONE_LINE_THEN_PRIVATE);
    const carryOn = walk.wouldScore(...CARRY_ON_THEN_PRIVATE);
    expect(walkOut.acts).toEqual(['CHALLENGE', 'INDIRECT']);
    expect(walkOut.voice).toBe(0);
    expect(total(walkOut)).toBeLessThan(total(named));
    expect(total(walkOut)).toBeGreaterThan(total(carryOn));
  });

  it('the speaking-up policy: a paid survey on a phone still asks a dyslexic colleague to write between calls, and the manager drafts from it; it scores below meetings in rota time before anything is written', () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    const survey = walk.wouldScore(...PAID_PHONE_SURVEY);
    const meetings = walk.wouldScore(...PAID_SESSIONS);
    expect(survey.acts).toContain('DOING_FOR');
    expect(survey.power).toBeLessThan(0);
    expect(meetings.acts).toEqual(['REMOVE_BARRIER', 'REMOVE_BARRIER', 'DECIDE_WITH', 'DECIDE_WITH']);
    expect(total(meetings)).toBeGreaterThan(total(survey));
  });

  it("six months on: Thursdays for the apprenticeship are the manager's to give; sending Tendai to negotiate them with a deputy who has three off sick scores below giving them and planning the rest with her", () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    walk.take(...PAID_SESSIONS);
    const send = walk.wouldScore(SEND_HER_TO_FARAH);
    const give = walk.wouldScore(...GIVE_THURSDAYS);
    expect(send.acts).toEqual(['INDIRECT']);
    expect(give.acts).toEqual(['REMOVE_BARRIER']);
    for (const option of walk.options()) {
      expect(total(give)).toBeGreaterThanOrEqual(total(walk.wouldScore(...option.moves)));
    }
    expect(total(give)).toBeGreaterThan(total(send));
  });

  it("six months on: Tendai's offer to go to college on her day off is made to her sponsor so the rota won't move; an apprentice's college days fall in paid hours, so taking her up on it scores below giving Thursdays", () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    walk.take(...PAID_SESSIONS);
    expect(walk.passage.lines.map((l) => l.text).join(' ')).toContain('I can make Thursday my day off');
    const mondays = walk.wouldScore(MONDAYS_ON_HER_DAY_OFF);
    const give = walk.wouldScore(...GIVE_THURSDAYS);
    expect(mondays.acts).toEqual(['DECIDE_WITH']);
    expect(total(mondays)).toBeLessThan(total(give));
    const after = walk.take(MONDAYS_ON_HER_DAY_OFF);
    expect(after.notes.join(' ')).toMatch(/normal working hours, which the funding rules define as paid hours/);
    expect(walk.shown.join(' ')).toContain('have to fall in her paid hours');
  });
});

describe("Say, See, Expect: when the reader's rule of thumb gives more than one answer (issue 16, fifth mend)", () => {
  it("the review at the house: telling Gareth yourself at his car (session 10: it replaces the letter to him, which no seat of room 13 chose) says the line in the employer's own voice, as Tendai asked, and keeps the row out of the front room, as Mr Hughes asked, but goes round his 'it'll be me, in my own time': DECIDE_WITH + CHALLENGE, level with saying it in the room, both contested; leaving it to him scores below both", () => {
    const walk = new StoryWalk(ID);
    walk.take(...LOG_THE_HOUSE);
    // That the power of attorney is for money is shown as the document itself (its heading through the wallet), not
    // said by anyone; the note leads with what decides it: Mr Hughes has capacity (sixth educator read).
    expect(walk.shown.join(' ')).toContain("He pays his father's invoices");
    const scene = walk.passage.lines.map((l) => l.text).join(' ');
    expect(scene).toContain('"Lasting power of attorney: Financial decisions"');
    expect(scene).not.toContain('money and property');
    expectInOrder(scene, 'No rows in my front room.', "it'll be me, in my own time. Not behind my back.");
    const notes = walk.passage.notes.join(' ');
    expect(notes).toMatch(
      /^Date-stamped 2026-12-06\. Mr Hughes has capacity, so no power of attorney gives Gareth a say over his care/,
    );
    expect(notes).toContain(
      'Telling Gareth yourself, at his car after the review, is what many home-care managers would do (a practice view, not checked at source)',
    );
    expect(notes).not.toMatch(/written warning|a letter to Gareth alone/);
    expect(walk.options().some((o) => /letter/.test(o.text))).toBe(false);
    const car = walk.wouldScore(...TELL_HIM_AT_HIS_CAR);
    const leave = walk.wouldScore(...LEAVE_IT_TO_HIS_DAD);
    const terms = walk.wouldScore(...TERMS_WITH_HUGHES);
    expect(car.acts).toEqual(['DECIDE_WITH', 'CHALLENGE']);
    expect([car.voice, car.power, car.courage]).toEqual([1, 2, 1]);
    expect(total(car)).toBe(total(terms));
    expect(total(leave)).toBeLessThan(total(car));
    for (const option of walk.options()) {
      expect(total(terms)).toBeGreaterThanOrEqual(total(walk.wouldScore(...option.moves)));
    }
    const inTheRoom = new StoryWalk(ID);
    inTheRoom.take(...LOG_THE_HOUSE);
    expect(inTheRoom.take(...TERMS_WITH_HUGHES).contested).toBe(true);
    const heard = walk.shown.length;
    const record = walk.take(...TELL_HIM_AT_HIS_CAR);
    expect(record.contested).toBe(true);
    // Its cost is shown, not scored: Mr Hughes had said the telling was his, and his son's version reaches him first.
    expectInOrder(
      walk.shown.slice(heard).join(' '),
      'he signs them himself.',
      "At his car you tell Gareth: what he said to Tendai on Monday was racist abuse, and it isn't accepted.",
      'Mr Hughes has watched from the window.',
      '"I said I\'d tell him. Not in the street."',
    );
    // Fifteenth round (educator COULD): where you rang him on Monday, Gareth says so.
    expect(record.perspectives.find((p) => p.who === 'gareth')!.text).toBe(
      "You rang me Monday, now the street. Dad'll hear it from me first.",
    );
  });

  it("the speaking-up policy: paid evening meetings keep every visit covered and pay people, but fall at the hour Tendai can't leave her son (on Farah's rota, shown the scene before); paid drafting hours hand her the fix and ask a dyslexic colleague to write; both score below daytime meetings in rota time", () => {
    const walk = atTheBriefing();
    expect(walk.shown.join(' ')).toContain('her son, eight, came with her');
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    expect(walk.shown.join(' ')).toContain('"Bath and bedtime are mine," Tendai told Farah');
    const evenings = walk.wouldScore(...PAID_EVENINGS);
    const drafting = walk.wouldScore(...PAID_DRAFTING);
    const meetings = walk.wouldScore(...PAID_SESSIONS);
    expect(evenings.acts).toEqual(['REMOVE_BARRIER', 'DECIDE_WITH', 'DOING_FOR']);
    expect(evenings.power).toBeLessThan(0);
    expect(drafting.acts).toContain('BURDEN');
    expect(total(evenings)).toBeLessThan(total(meetings));
    expect(total(drafting)).toBeLessThan(total(meetings));
    // Farah is right about something that matters, and credits Sheila: the night staff need their own slot (f13: the
    // slot is in the option now, so Farah books it rather than proposing it after the choice).
    walk.take(...PAID_SESSIONS);
    // Fifteenth round: she offers the ring-round for the daytime plan too, in her own words.
    expect(walk.shown.join(' ')).toContain(
      "Seven in the morning for nights, as Sheila said. I'll book it, and ring whoever's left.",
    );
  });
  it("the senior post: Sheila's own adjustment with encouragement for Tendai (Equality Act 2010 ss20, 158) and the open process for everyone score level on every dimension; each does one kind of thing well and each shows its cost (Farah sees one candidate treated differently; nobody asks Tendai), so neither is the broad-looking option (seventh mend); offering Tendai the post now decides for her (s159 allows that only as a tie-break)", () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    expect(walk.passage.lines.map((l) => l.text).join(' ')).toContain("Farah's on the interview panel");
    const hers = walk.wouldScore(...JUST_FOR_SHEILA);
    const open = walk.wouldScore(...OPEN_PROCESS);
    const offer = walk.wouldScore(...OFFER_THE_POST);
    expect(hers.acts).toEqual(['REMOVE_BARRIER', 'INVITE']);
    expect(open.acts).toEqual(['REMOVE_BARRIER']);
    expect(total(hers)).toBe(total(open));
    expect(offer.acts).toEqual(['REMOVE_BARRIER', 'DOING_FOR']);
    expect(total(offer)).toBeLessThan(total(hers));
    const openText = optionWith(walk, OPEN_PROCESS).text;
    expect(openText).not.toMatch(/Tendai/);
    const forSheila = atTheBriefing();
    forSheila.take(...ONE_LINE_THEN_PRIVATE);
    forSheila.take(...JUST_FOR_SHEILA);
    expect(forSheila.shown.join(' ')).toContain("She reads the name, looks at you, and doesn't ask.");
    walk.take(...OPEN_PROCESS);
    const said = walk.shown.join(' ');
    expect(said).toContain('she decides it can wait.');
    expect(said).not.toMatch(/nobody asks her why/);
    expect(said).not.toMatch(/nobody knows it's for me/);
  });
});

describe('Say, See, Expect: after the fifth educator and stereotype reads (December 2026)', () => {
  it("the senior post: Sheila's own adjustment and the open process are both good practice and practitioners split on them, so both are marked contested and the debrief shows what each cost", () => {
    for (const pick of [JUST_FOR_SHEILA, OPEN_PROCESS]) {
      const walk = atTheBriefing();
      walk.take(...ONE_LINE_THEN_PRIVATE);
      expect(walk.take(...pick).contested).toBe(true);
    }
  });

  it("Thursday's corridor: a client's care in a forty-person chat is a confidentiality breach, so the best path's note to self and the facilitator's note both carry the reply that confirms nothing", () => {
    const walk = atThursdaysCorridor();
    const record = walk.take(SHOW_HER_THE_CHAT);
    expect(record.notes.join(' ')).toContain("we don't discuss clients or colleagues in this chat");
    expect(walk.shown.join(' ')).toContain("we don't discuss clients or colleagues there");
  });

  it("six months on: Tendai's son is her son, not news: nothing frames him as good news or gifted, and his autism comes up where it matters to her (bedtime, on Farah's rota), not stacked on her visa on Monday", () => {
    const walk = atTheBriefing();
    expect(walk.shown.join(' ')).not.toMatch(/autistic/);
    walk.take(...ONE_LINE_THEN_PRIVATE);
    const rota = walk.passage.lines.map((l) => l.text).find((t) => t.includes('autistic'));
    expect(rota).toContain("Tendai's row stops at six every day");
    expect(rota).not.toMatch(/visa|sponsor/);
    walk.take(...OPEN_PROCESS);
    walk.take(...PAID_EVENINGS);
    expect(walk.shown.join(' ')).toContain("half past seven is her son's bath and bedtime");
    walk.take(...GIVE_THURSDAYS);
    const said = walk.shown.join(' ');
    expect(said).not.toMatch(/good news|maps of cities/);
    expect(said).toContain('parkrun');
    expect(said).not.toMatch(/personal best/);
  });
  it('six months on, after a harm: Tendai came to say it (to nobody else) and brought her own list; saying what you did and waiting for her to go on (REPAIR + HOLD_SPACE) and asking what would put it right (REPAIR + INVITE: it invites her voice, and a whole room chose it, f13) score level, both contested; telling her what you changed since chose the repair for her (DOING_FOR) and scores lowest, though it still answers the harm (R13)', () => {
    const walk = afterAHarm();
    expect(walk.passage.lines.map((l) => l.text).join(' ')).toContain("I've not said that to anyone else.");
    expect(walk.shown.join(' ')).toContain('her own list');
    // Her list decides it, from the scene; no option names it (seventh cold read: the label echoed the list).
    for (const option of walk.options()) expect(option.text).not.toMatch(/list/);
    const ask = walk.wouldScore(...ASK_WHAT_PUTS_IT_RIGHT);
    const list = walk.wouldScore(...SAY_IT_THEN_HER_LIST);
    const changed = walk.wouldScore(...SAY_WHAT_YOU_CHANGED);
    expect(ask.acts).toEqual(['REPAIR', 'INVITE']);
    expect(list.acts).toEqual(['REPAIR', 'HOLD_SPACE']);
    expect(changed.acts).toEqual(['REPAIR', 'DOING_FOR']);
    expect(changed.power).toBeLessThan(0);
    expect(total(list)).toBe(total(ask));
    expect(total(ask)).toBeGreaterThan(total(changed));
    expect(afterAHarm().take(...ASK_WHAT_PUTS_IT_RIGHT).contested).toBe(true);
    expect(afterAHarm().take(...SAY_IT_THEN_HER_LIST).contested).toBe(true);
    const told = afterAHarm();
    const before = told.pt.log.decisions.length;
    expect(told.take(...SAY_WHAT_YOU_CHANGED).contested).toBe(false);
    const repaired = told.pt.log.decisions.slice(0, before).filter((d) => d.repairedBy !== null);
    expect(repaired.length).toBe(1);
  });

  it('six months on: every one of the three repairs answers the harm as far as trust goes, so telling her what you changed since does not by itself end in her notice (the scores, not the ending, carry the difference)', () => {
    // One harm only (the swap left to stand): the repair decides whether she stays.
    const endings = [ASK_WHAT_PUTS_IT_RIGHT, SAY_IT_THEN_HER_LIST, SAY_WHAT_YOU_CHANGED].map((moves) => {
      const walk = new StoryWalk(ID);
      for (const m of [LET_SWAP_STAND, TERMS_WITH_HUGHES, [SHOW_HER_THE_CHAT], [NAME_HER_IN_THE_ROOM], OPEN_PROCESS])
        walk.take(...m);
      walk.take(...PAID_PHONE_SURVEY);
      walk.take(...moves);
      return walk.shown.some((line) => line.includes('hands in her notice'));
    });
    expect(endings).toEqual([false, false, false]);
  });
});

describe('Say, See, Expect: the seventh mend (the last named giveaways)', () => {
  it("Monday: the options the best beats carry a reason the story shows, not a flaw phrase (no 'this week', form 'in the tray', 'nothing needs deciding' or threat to the client's care), and the verdicts stand: logging the house is still best, the swap still colludes, the night's pause still stands by", () => {
    const walk = new StoryWalk(ID);
    for (const option of walk.options()) {
      expect(option.text).not.toMatch(/this week|in the tray|nothing needs deciding|review whether|his dad's care/);
    }
    const best = total(walk.wouldScore(...LOG_THE_HOUSE));
    for (const option of walk.options()) expect(best).toBeGreaterThanOrEqual(total(walk.wouldScore(...option.moves)));
    expect(walk.wouldScore(...LET_SWAP_STAND).acts).toContain('COLLUDE');
    expect(walk.wouldScore(OVERNIGHT).acts).toEqual(['BYSTAND']);
    // The swap's reason (no second carer free for a fortnight) and its cost (three hours a week) are both on the page.
    walk.take(...LET_SWAP_STAND);
    const said = walk.shown.join(' ');
    expect(said).toContain("with a new starter beside you. Till then, Farah's swap stands.");
    expect(said).toContain('Where are the other three?');
  });

  it('the briefing and the best ending: the best line opens with the answer, not a slide, and the ending shows what people do rather than marking the learner (no apology "to the carer, not to you", no induction invitation tying it up)', () => {
    const walk = toTheBestEnding();
    expect(walk.ended).toBe(true);
    const said = walk.shown.join(' ');
    expect(said).toContain('Sheila tells him to stop');
    expect(said).not.toMatch(/used to cope|isn't good enough now/);
    expect(said).not.toMatch(/not to you|show the new starters how|That's how we do it now/);
  });
});

describe('Say, See, Expect: the seventh polish (the panel of three cold readers, walk 13)', () => {
  const SENIOR_POST_PICKS = [JUST_FOR_SHEILA, OPEN_PROCESS, OFFER_THE_POST, ['disclose sheila info=dyslexia to=farah']];

  it("the speaking-up policy: the evening meetings' cost, Tendai's son's bedtime, is on the page a scene before the decision on every path (Farah's rota, in the senior post), so the consequence follows from what the learner was shown, not a fact held back (all three panel readers called it a gotcha)", () => {
    for (const pick of SENIOR_POST_PICKS) {
      const walk = atTheBriefing();
      walk.take(...ONE_LINE_THEN_PRIVATE);
      walk.take(...pick);
      expect(walk.offers(...PAID_EVENINGS)).toBe(true);
      expect(walk.shown.join(' ')).toContain('"He\'s autistic. It has to be me."');
    }
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    const before = walk.shown.length;
    walk.take(...PAID_EVENINGS);
    const after = walk.shown.slice(before).join(' ');
    expect(after).not.toMatch(/autistic|nobody at home to put to bed|in your words/);
    // The weaker option is allowed to turn out partly well: people are paid, visits are covered, her question goes in.
    expect(after).toContain('nobody misses a visit');
    expect(after).toContain("Tendai's goes in as its first question.");
  });

  it('consequences show what people do, not a verdict on the learner, and the best line at the briefing is spoken, not a slogan (the lines the panel named as grading, leaflet or too tidy)', () => {
    const graded =
      /nobody asks her why|Nobody sent me one|nothing goes on paper|Nobody wrote that down|why nobody told her in July|Every time\.|Goes for me too|Took me long enough|sit in his car|Nobody else has/;
    const best = toTheBestEnding();
    expect(best.ended).toBe(true);
    const said = best.shown.join(' ');
    expect(said).toContain('If anyone in a house says something racist to you, you ring me that day.');
    expect(said).toContain('My hands are still shaking.');
    expect(said).not.toMatch(graded);
    const other = atTheBriefing(ALL_OFF_PAPER);
    other.take(...WALK_OUT_AND_RING);
    other.take(...OPEN_PROCESS);
    other.take(...PAID_EVENINGS);
    other.take(MONDAYS_ON_HER_DAY_OFF);
    expect(other.shown.join(' ')).not.toMatch(graded);
    const car = new StoryWalk(ID);
    car.take(...ALL_OFF_PAPER);
    car.take(...TELL_HIM_AT_HIS_CAR);
    expect(car.shown.join(' ')).not.toMatch(graded);
  });

  it("the seventh stereotype read: Tendai decides herself that the advert can wait, for a reason on the page, with no narrator marking the learner (MUST); encouraged, she had read the advert before anyone asked (her ambition is hers, not the manager's gift); and Farah's perspective on the firm option is her own stake, not a verdict", () => {
    const open = atTheBriefing();
    open.take(...ONE_LINE_THEN_PRIVATE);
    open.take(...OPEN_PROCESS);
    const read = open.shown.join(' ');
    expect(read).toContain('in a year like this one: she decides it can wait.');
    expect(read).not.toMatch(/nobody asks her why/);
    const asked = atTheBriefing();
    asked.take(...ONE_LINE_THEN_PRIVATE);
    const record = asked.take(...JUST_FOR_SHEILA);
    const tendai = record.perspectives.find((p) => p.who === 'tendai')!.text;
    expect(tendai).toContain("I'd read that advert twice before you said a word.");
    expect(tendai).not.toMatch(/because you asked me/);
    const firm = new StoryWalk(ID).take('challenge', 'relay hughes source=inferred');
    const farah = firm.perspectives.find((p) => p.who === 'farah')!.text;
    expect(farah).toContain('asking who decided');
    expect(farah).not.toMatch(/nobody asked him/);
  });

  it('the policy scene two months on: a new starter who has left is not in the room (the survey and the evening meetings name Precious only if she stayed)', () => {
    const walk = atThursdaysCorridor();
    walk.take(SHOW_HER_THE_CHAT);
    walk.take(...CARRY_ON_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    expect(walk.shown.join(' ')).toContain('A month later Precious leaves.');
    for (const pick of [PAID_EVENINGS, PAID_PHONE_SURVEY]) {
      const here = walk.pt.snapshot();
      const before = walk.shown.length;
      walk.take(...pick);
      expect(walk.shown.slice(before).join(' ')).not.toMatch(/Precious/);
      walk.pt.restore(here);
      walk.shown.length = before;
    }
  });
});

describe('Say, See, Expect: after the educator check of the seventh polish (December 2026)', () => {
  it("Thursday's corridor: all three panel readers carried out Tendai's text as written; a clear, recent wish and a reason not to show her a rumour before the briefing make that defensible, so it and showing her the chat are both contested, and the chat still scores higher (her text came before the chat)", () => {
    for (const pick of [SHOW_HER_THE_CHAT, CUT_TO_THE_RULE]) {
      const walk = atThursdaysCorridor();
      expect(total(walk.wouldScore(CUT_TO_THE_RULE))).toBeLessThan(total(walk.wouldScore(SHOW_HER_THE_CHAT)));
      const record = walk.take(pick);
      expect(record.contested).toBe(true);
      // Tenth mend: the reply to the chat that confirms nothing joined them (all three contested).
      expect(record.notes.join(' ')).toContain('all three are marked as contested');
    }
  });
});

describe('Say, See, Expect: the eighth mend (so the room splits: two goods in tension, shown before the choice)', () => {
  it("Monday: the best option's cost is on the page before the choice (with three off sick, a second carer at a Monday teatime makes another client's call late, for a fortnight), and it lands on that client; the fortnight's swap that spares her still grants Gareth's request (COLLUDE) and scores below logging the house", () => {
    const walk = new StoryWalk(ID);
    const before = walk.shown.join(' ');
    expect(before).toMatch(/a second carer at any Monday teatime visit makes another client's call late/);
    expect(before).toMatch(/in a fortnight/);
    expect(walk.options().find((o) => o.moves.includes('collude'))!.text).toMatch(/fortnight/);
    expect(walk.wouldScore(...LET_SWAP_STAND).acts).toContain('COLLUDE');
    expect(total(walk.wouldScore(...LOG_THE_HOUSE))).toBeGreaterThan(total(walk.wouldScore(...LET_SWAP_STAND)));
    walk.take(...LOG_THE_HOUSE);
    expect(walk.shown.join(' ')).toContain('her teatime call goes to half six');
  });

  it("the review at the house: the best option says the terms are written with Mr Hughes, the act it is scored for (DECIDE_WITH); two panel readers read 'put it in his dad's care agreement' as writing into it without asking him", () => {
    const walk = new StoryWalk(ID);
    walk.take(...LOG_THE_HOUSE);
    const best = optionWith(walk, TERMS_WITH_HUGHES);
    expect(best.text).toMatch(/with Mr Hughes/);
    expect(walk.wouldScore(...TERMS_WITH_HUGHES).acts).toEqual(['CHALLENGE', 'DECIDE_WITH']);
  });

  it("the phone call to Gareth on Monday night does not word the best option at the house in advance (three final-panel readers read 'write that into his dad's care agreement, with his dad' as the answer planted a line before); the call ends on what won't be put up with", () => {
    const walk = new StoryWalk(ID);
    walk.take(...LOG_THE_HOUSE);
    const call = walk.shown.find((line) => line.startsWith('You ring Gareth at nine'))!;
    expect(call).toMatch(/won't be put up with\.$/);
    expect(call).not.toMatch(/care agreement|with his dad/);
  });

  it("the senior post: the open process's cost is on the page before the choice (the advert closes on Friday, and till someone is in post Farah supervises the new starters on top of the rota), and changing it for everyone shows that cost; the two stay level and contested", () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    expect(walk.offers(...OPEN_PROCESS)).toBe(true);
    const scene = walk.shown.join(' ');
    expect(scene).toMatch(/closes on Friday/);
    expect(scene).toMatch(/Till it.s filled, she supervises the new starters, on top of the rota\./);
    const scores = (o: { voice: number; power: number; courage: number }) => [o.voice, o.power, o.courage];
    expect(scores(walk.wouldScore(...OPEN_PROCESS))).toEqual(scores(walk.wouldScore(...JUST_FOR_SHEILA)));
    const record = walk.take(...OPEN_PROCESS);
    expect(record.contested).toBe(true);
    expect(walk.shown.join(' ')).toMatch(/Three more weeks of new starters on top of the rota/);
  });

  it("six months on: the visa risk that makes holding the college tempting is Tendai's own question, on her list before the choice (the college asked if a trainee post can be sponsored), and the answer can come before September", () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    walk.take(...PAID_SESSIONS);
    expect(walk.shown.join(' ')).toContain('The college asked if a trainee post can be sponsored.');
    const record = walk.take(HOLD_THE_COLLEGE_A_YEAR);
    expect(record.notes.join(' ')).toMatch(/answered before September/);
    expect(walk.shown.join(' ')).toContain('with weeks to spare before term');
  });
});

describe('Say, See, Expect: the eighth-round educator and stereotype reads, acted on', () => {
  it("Monday: the double-up's cost lands on Mrs Ali's family carer, for two Mondays, and nobody tells her family why (educator read: half an hour late was too thin to split a room; both reads: 'to say why' told one client's family about another client's house and a carer's incident); the manager is on a round too, so 'why not go yourself' has its answer on the page", () => {
    const walk = new StoryWalk(ID);
    expect(walk.shown.join(' ')).toMatch(/With three off sick and you covering a round yourself/);
    for (const pick of [LOG_THE_HOUSE, ALL_OFF_PAPER]) {
      const w = new StoryWalk(ID);
      w.take(...pick);
      const after = w.shown.join(' ');
      expect(after).toMatch(
        /her teatime call goes to half six for two Mondays; her daughter leaves work early to sit with her\./,
      );
      expect(after).not.toMatch(/to say why/);
    }
    expect(total(walk.wouldScore(...LOG_THE_HOUSE))).toBeGreaterThan(total(walk.wouldScore(...LET_SWAP_STAND)));
  });

  it('the senior post: where Tendai never asked about her visa, the option leads with her work and offers help with the visa, and she is the one who asks in what follows; where she asked, it takes her through the steps (both reads: opening with her visa unasked frames her by immigration status); the verdict and the contested pair are unchanged', () => {
    const unasked = seniorPostUnasked();
    expect(unasked.shown.join(' ')).toMatch(/She walks away without asking you anything/);
    const label = unasked.options().find((o) => o.moves.includes('invite tendai'))!.text;
    expect(label).toMatch(/Tell Tendai her care plans suit the post, and offer visa help\./);
    expect(label).not.toMatch(/Take Tendai through the visa steps/);
    const scores = (o: { voice: number; power: number; courage: number }) => [o.voice, o.power, o.courage];
    expect(scores(unasked.wouldScore(...JUST_FOR_SHEILA))).toEqual(scores(unasked.wouldScore(...OPEN_PROCESS)));
    const record = unasked.take(...JUST_FOR_SHEILA);
    expect(record.contested).toBe(true);
    expect(unasked.shown.join(' ')).toMatch(/She asks what that means, and you go through the steps with her/);
    expect(record.notes.join(' ')).toMatch(/licensed sponsor may advise its own sponsored worker, free/);

    const asked = atTheBriefing();
    asked.take(...ONE_LINE_THEN_PRIVATE);
    expect(asked.shown.join(' ')).toMatch(/Would it change my visa\?/);
    expect(asked.options().find((o) => o.moves.includes('invite tendai'))!.text).toMatch(
      /Take Tendai through the visa steps\./,
    );
  });

  it("the senior post: changing the advert for everyone gives Farah her own words about her load, said to you (stereotype read: the deputy as the story's wordless cost meter)", () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    expect(walk.shown).toContain(
      '"Three more weeks of new starters on top of the rota, then. I\'ll do it. Ask me next time."',
    );
  });

  it("six months on: holding the college a year ends with the adviser answering in time, not with the story deciding the trainee post can be sponsored (its own note leaves the occupation code unconfirmed), and Tendai judges who decided, not how it turned out (educator read: 'So September would have been all right' graded the deferral by its outcome)", () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    walk.take(...PAID_SESSIONS);
    walk.take(HOLD_THE_COLLEGE_A_YEAR);
    const after = walk.shown.join(' ');
    expect(after).toMatch(/The adviser answers in a fortnight, with weeks to spare before term\./);
    expect(after).toMatch(/"So we could have asked before we decided\."/);
    expect(walk.passage.lines.find((l) => l.text.startsWith('"So we could have asked'))?.speaker).toBe('tendai');
    expect(after).not.toMatch(/it can be sponsored|September would have been all right/);
  });
});

describe('Say, See, Expect: the eighth polish (lines after a choice that told the learner their mark)', () => {
  const marking =
    /quote it in supervision|the policy works|I wrote that bit|Same time Thursday|best on the sheet|out of order|fill in July|nods once|So does everything else/;

  it('the best path ends with something still open: the new carer gives up Mondays at the house, the number rang eleven times, and the policy was agreed after the inspection', () => {
    const best = toTheBestEnding();
    expect(best.ended).toBe(true);
    const said = best.shown.join(' ');
    expect(said).not.toMatch(marking);
    expect(said).toContain('The new carer asks not to do Mondays there again.');
    expect(said).toContain('It rang eleven times before anyone answered.');
    expect(said).toContain("it's agreed in June, after the inspection");
    expect(said).toContain("Farah marks Tendai's care-plan answer a point above Sheila's");
    expect(said).toContain("At the door he tells his dad he'll see him Monday.");
  });

  it("weaker choices show what happened without a verdict: the college waits a year by her own act, and the night sent home leaves the eight o'clock visit as it was", () => {
    const toFarah = atTheBriefing();
    toFarah.take(...ONE_LINE_THEN_PRIVATE);
    toFarah.take(...OPEN_PROCESS);
    toFarah.take(...PAID_SESSIONS);
    toFarah.take(SEND_HER_TO_FARAH);
    expect(toFarah.shown.join(' ')).toContain('By August she has put her name down for the year after.');
    expect(toFarah.shown.join(' ')).not.toMatch(marking);

    const overnight = new StoryWalk(ID);
    overnight.take(OVERNIGHT);
    expect(overnight.shown.join(' ')).toContain("That evening Farah's swap comes off.");

    const toTheRule = new StoryWalk(ID);
    toTheRule.take(...LOG_THE_HOUSE);
    toTheRule.take(...TERMS_WITH_HUGHES);
    toTheRule.take(CUT_TO_THE_RULE);
    expect(toTheRule.shown.join(' ')).not.toMatch(marking);

    const repaired = afterAHarm();
    repaired.take(...SAY_IT_THEN_HER_LIST);
    expect(repaired.shown.join(' ')).not.toMatch(marking);
  });
});

// After the eighth final check (reviews/educator-eighth-final-S4-S5.md, reviews/stereotype-eighth-final-S2-S5.md): no
// MUST or SHOULD; three COULDs taken. Each test fails on the text before it. No option, score or verdict changed.
describe('Say, See, Expect: after the eighth final check', () => {
  it("Monday: Mrs Ali is a person with a detail of her own (she won't take her tablets till she's had her tea), not only a late call (stereotype COULD); the cost is unchanged", () => {
    for (const pick of [LOG_THE_HOUSE, ALL_OFF_PAPER]) {
      const w = new StoryWalk(ID);
      w.take(...pick);
      expect(w.shown.join(' ')).toMatch(
        /Mrs Ali won't take her tablets till she's had her tea, and her teatime call goes to half six for two Mondays/,
      );
    }
  });

  it('the senior post, where Tendai never asked: what the learner says matches the option (help with the visa is offered), and she asks what it means (educator COULD); the note gives the Order in full, in force 11 April 2022, with sponsors exempt since 2009', () => {
    const walk = new StoryWalk(ID);
    walk.take(...LET_SWAP_STAND);
    walk.take(...TERMS_WITH_HUGHES);
    walk.take(ANSWER_THE_CHAT);
    walk.take(NAME_HER_IN_THE_ROOM);
    expect(walk.shown.join(' ')).toMatch(/She walks away without asking you anything/);
    const record = walk.take(...JUST_FOR_SHEILA);
    const said = walk.shown.join(' ');
    expect(said).toMatch(
      /her care plans would suit the post, and you'll help with the visa\. She asks what that means/,
    );
    expect(said).not.toMatch(/She asks about her visa/);
    const note = record.notes.join(' ');
    expect(note).toMatch(/Immigration and Asylum Act 1999 \(Part 5 Exemption: Licensed Sponsors\) Order 2022/);
    expect(note).toMatch(/in force 11 April 2022; sponsors have had much the same exemption since 2009/);
  });
});

describe('Say, See, Expect: the ninth mend (no memory tests, no dead options, no verdicts in hindsight)', () => {
  it('Monday: the two options the panel called filler now carry a reason the scene shows (Mr Hughes asked for Tendai by name; you are on the late calls at six), and their verdicts stand: speaking for Mr Hughes, and standing by while she goes in alone', () => {
    const walk = new StoryWalk(ID);
    const texts = walk.options().map((o) => o.text);
    expect(texts.some((t) => t.startsWith('Go out on the late calls at six'))).toBe(true);
    expect(texts.join(' ')).not.toMatch(/Send Tendai home|won't want him in the house/);
    expect(walk.wouldScore(OVERNIGHT).acts).toEqual(['BYSTAND']);
    expect(walk.wouldScore('challenge', 'relay hughes source=inferred').acts).toEqual(['CHALLENGE', 'SPEAK_FOR']);
    walk.take(OVERNIGHT);
    const said = walk.shown.join(' ');
    expect(said).toContain("Tendai's phone goes to voicemail");
    expect(said).not.toMatch(/We all get it/);
    // The log's promise is one a manager can keep (not "can't count against you … with your sponsorship").
    const logged = new StoryWalk(ID);
    logged.take(...LOG_THE_HOUSE);
    expect(logged.shown.join(' ')).toContain("It's the house's record, not your file");
    expect(logged.shown.join(' ')).not.toMatch(/can't count against you|looked at again in three months/);
  });

  it("the review at the house: on every Monday path, Mr Hughes asks for no row in his front room before the choice, so saying it to Gareth there is weighed against his wish, not settled by the power of attorney's heading; the best still scores highest and shows what it cost him", () => {
    for (const first of [LOG_THE_HOUSE, LET_SWAP_STAND, [OVERNIGHT], ['challenge', 'relay hughes source=inferred']]) {
      const walk = new StoryWalk(ID);
      walk.take(...first);
      const scene = walk.passage.lines.map((l) => l.text).join(' ');
      expect(scene).toContain('No rows in my front room. And I want him still coming.');
      expect(scene).not.toMatch(/care agreement/);
    }
    const walk = new StoryWalk(ID);
    walk.take(...LOG_THE_HOUSE);
    const terms = walk.take(...TERMS_WITH_HUGHES);
    expect(walk.shown.join(' ')).toContain("Mr Hughes looks out of the window until it's said.");
    expect(terms.perspectives.find((p) => p.who === 'hughes')!.text).toContain("the row I didn't want");
  });

  it("Thursday's corridor: the chat is reaching Tendai as you stand there (her phone buzzes, unread), and the option that carries out her text no longer repeats it ('the rule'); the verdicts stand", () => {
    const walk = atThursdaysCorridor();
    const scene = walk.passage.lines.map((l) => l.text).join(' ');
    expect(scene).toContain("Tendai's phone buzzes in her pocket, twice. She leaves it there.");
    const rule = walk.options().find((o) => o.moves.join() === CUT_TO_THE_RULE)!;
    expect(rule.text).not.toMatch(/rule|what we do now/);
    expect(walk.wouldScore(CUT_TO_THE_RULE).acts).toEqual(['ADVOCATE']);
    expect(walk.wouldScore(SHOW_HER_THE_CHAT).acts).toEqual(['DECIDE_WITH']);
  });

  it('the briefing: carrying on now answers Precious on the stairs afterwards, which a kind manager might do to keep Tendai out of the spotlight; the room still heard nothing, so it still stands by and she still leaves, for more than one reason', () => {
    const walk = atTheBriefing();
    expect(walk.wouldScore(...CARRY_ON_THEN_PRIVATE).acts).toContain('BYSTAND');
    walk.take(...CARRY_ON_THEN_PRIVATE);
    const said = walk.shown.join(' ');
    expect(said).toContain('On the stairs you tell her');
    expect(said).toContain("she's found a job nearer home");
    expect(said).not.toMatch(/nobody in the room answered/);
  });

  it("the speaking-up policy: Farah's evening plan now answers its own cost (she rings whoever can't come), on the page before the choice, so the bedtime planted a scene earlier is weighed, not decisive; the evenings still score below daytime meetings, and Tendai's line goes in by phone, not in the room", () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    expect(walk.passage.lines.map((l) => l.text).join(' ')).toContain("Anyone who can't come, I'll ring.");
    expect(total(walk.wouldScore(...PAID_EVENINGS))).toBeLessThan(total(walk.wouldScore(...PAID_SESSIONS)));
    const evenings = walk.take(...PAID_EVENINGS);
    expect(walk.shown.join(' ')).toContain("Farah rings her and eight others who couldn't come");
    expect(evenings.perspectives.find((p) => p.who === 'tendai')!.text).toContain('the arguing was done without me');
  });

  it("the briefing's trap and the senior post's disclosure carry a reason the scene shows (Sheila named Gareth to the room herself; the post checks written care plans), not in their labels (f9-s5), and six months on Tendai's offer of her day off has her own reason (not owing Farah); verdicts stand", () => {
    const walk = atTheBriefing();
    const trap = walk.options().find((o) => o.moves.includes(NAME_HER_IN_THE_ROOM))!;
    expect(trap.text).toMatch(/^Answer Sheila: /);
    expect(trap.text).not.toMatch(/Monday|hallway/);
    expect(walk.wouldScore(NAME_HER_IN_THE_ROOM).acts).toEqual(['OVERRIDE']);
    walk.take(...ONE_LINE_THEN_PRIVATE);
    const told = walk.options().find((o) => o.moves.includes('disclose sheila info=dyslexia to=farah'))!;
    expect(told.text).toMatch(/^Give Sheila extra time on the written test, and ask Farah/);
    walk.take(...OPEN_PROCESS);
    walk.take(...PAID_SESSIONS);
    expect(walk.passage.lines.map((l) => l.text).join(' ')).toContain("I'd rather not owe her.");
    expect(total(walk.wouldScore(MONDAYS_ON_HER_DAY_OFF))).toBeLessThan(total(walk.wouldScore(...GIVE_THURSDAYS)));
    const given = walk.take(...GIVE_THURSDAYS);
    expect(given.perspectives.find((p) => p.who === 'tendai')!.text).toContain('so I owe her anyway');
  });

  it('no verdicts in hindsight: the offered post leaves a rumour someone answers, not a story that follows her for months; the visa line is no policy note; the steady ending leaves Gareth unreconciled', () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    expect(walk.passage.lines.map((l) => l.text).join(' ')).not.toMatch(/July 2028/);
    walk.take(...OFFER_THE_POST);
    const said = walk.shown.join(' ');
    expect(said).toContain("Farah, who marked her test, says it wasn't");
    expect(said).not.toMatch(/follows her round the office|never mentions her questions again/);
    const steady = new StoryWalk(ID);
    steady.take(...LOG_THE_HOUSE);
    steady.take(...LEAVE_IT_TO_HIS_DAD);
    steady.take(CUT_TO_THE_RULE);
    steady.take(...CARRY_ON_THEN_PRIVATE);
    steady.take(...OPEN_PROCESS);
    steady.take(...PAID_PHONE_SURVEY);
    steady.take(...GIVE_THURSDAYS);
    expect(steady.ended).toBe(true);
    const end = steady.shown.join(' ');
    expect(end).toContain('To his dad he still calls her "the carer".');
    expect(end).not.toMatch(/First time he's used my name|does up his own buttons, slowly/);
  });
});

describe('Say, See, Expect: the ninth-round reviews and panel, acted on (f9-s5)', () => {
  it('no harmful label carries its own excuse (stereotype read): the reason stays in the scene, not in "his dad asked for Tendai, so", "who named him" or "the post needs"; the acts and verdicts stand', () => {
    const monday = new StoryWalk(ID);
    const relay = monday.options().find((o) => o.moves.includes('relay hughes source=inferred'))!;
    expect(relay.text).not.toMatch(/asked for Tendai|, so /);
    expect(monday.wouldScore('challenge', 'relay hughes source=inferred').acts).toEqual(['CHALLENGE', 'SPEAK_FOR']);
    const walk = atTheBriefing();
    const trap = walk.options().find((o) => o.moves.includes(NAME_HER_IN_THE_ROOM))!;
    expect(trap.text).not.toMatch(/named him|who /);
    expect(walk.wouldScore(NAME_HER_IN_THE_ROOM).acts).toEqual(['OVERRIDE']);
    walk.take(...ONE_LINE_THEN_PRIVATE);
    const told = walk.options().find((o) => o.moves.includes('disclose sheila info=dyslexia to=farah'))!;
    expect(told.text).not.toMatch(/the post needs/);
    expect(walk.wouldScore('disclose sheila info=dyslexia to=farah').acts).toEqual(['OVERRIDE']);
  });

  it('the review at the house: the best asks Mr Hughes before it says the line to Gareth in his front room (educator SHOULD: he has capacity and it is his home), and still names the abuse to Gareth; the verdict holds', () => {
    const walk = atThursdaysCorridor();
    const said = walk.shown.join(' ');
    expectInOrder(
      said,
      // Final educator read (session 9): after his "it'll be me", the best answers him: the rest is his; this one
      // thing is the agency's, for Tendai (his capacity gives no veto over the employer's duty to its staff).
      "Mr Hughes, the rest is yours. This one's the agency's to say, for Tendai, and it goes in your agreement.",
      "Gareth, what you said to Tendai on Monday was racist abuse, and it isn't accepted.",
    );
  });

  it('before the briefing: asking Tendai again on the stairs says what it does (asks whether she still wants Monday left out, nothing about the chat), since two walk-29 readers picked it as a check that told her what had changed; still a burden', () => {
    const walk = atThursdaysCorridor();
    const stairs = walk.options().find((o) => o.moves.join() === CHECK_AGAIN_ON_THE_STAIRS)!;
    expect(stairs.text).toContain('whether she still wants Monday left out');
    // f13 put "with Farah behind her" in the label; l16 moved it to the line before the options (it marked the trap).
    expect(walk.passage.lines.map((l) => l.text).join(' ')).toContain("Farah's still beside her.");
    expect(stairs.text).not.toMatch(/chat|what she does and doesn't want/);
    expect(walk.wouldScore(CHECK_AGAIN_ON_THE_STAIRS).acts).toEqual(['BURDEN']);
    walk.take(CHECK_AGAIN_ON_THE_STAIRS);
    expect(walk.shown.join(' ')).toContain('are you sure you want Monday left out?');
  });

  it('the review at the house: Mr Hughes has a working life of his own on his street, not only sixty years as a tag (stereotype COULD)', () => {
    const walk = new StoryWalk(ID);
    walk.take(...LOG_THE_HOUSE);
    expect(walk.passage.lines.map((l) => l.text).join(' ')).toContain('laid half its pavements for the council');
  });

  it("the briefing, carrying on: Tendai's call matches what was said (the learner answered Precious with 'after'), not 'heard you say nothing' (educator SHOULD, continuity)", () => {
    const walk = atTheBriefing();
    walk.take(...CARRY_ON_THEN_PRIVATE);
    const said = walk.shown.join(' ');
    expect(said).toContain('the room heard Sheila, and heard you leave it till after.');
    expect(said).not.toContain('heard you say nothing');
  });

  it('the best is not the only option where the manager pays (educator meta-tell): paid drafting has you do their calls, and sending Tendai to Farah has you cover a Thursday a month; both still score below the best and still put the work or the ask on Tendai', () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    const drafting = optionWith(walk, PAID_DRAFTING);
    expect(drafting.text).toContain('cover their calls yourself');
    expect(walk.wouldScore(...PAID_DRAFTING).acts).toContain('BURDEN');
    expect(total(walk.wouldScore(...PAID_DRAFTING))).toBeLessThan(total(walk.wouldScore(...PAID_SESSIONS)));
    const atSupervision = atTheBriefing();
    atSupervision.take(...ONE_LINE_THEN_PRIVATE);
    atSupervision.take(...OPEN_PROCESS);
    atSupervision.take(...PAID_SESSIONS);
    const toFarah = atSupervision.options().find((o) => o.moves.join() === SEND_HER_TO_FARAH)!;
    expect(toFarah.text).toContain('cover one a month yourself');
    expect(total(atSupervision.wouldScore(SEND_HER_TO_FARAH))).toBeLessThan(
      total(atSupervision.wouldScore(...GIVE_THURSDAYS)),
    );
    atSupervision.take(SEND_HER_TO_FARAH);
    expect(atSupervision.shown.join(' ')).toContain("I'm not going to be the one asking her for Thursdays.");
    walk.take(...PAID_DRAFTING);
    expect(walk.shown.join(' ')).toContain('For three Thursdays you do their calls yourself');
  });
});

describe('Say, See, Expect: labels a reader cannot pick without the scene (issue 16, tenth touch)', () => {
  it('the review at the house: the option at his car (session 10; the letter before it) says it tells Gareth it isn\'t accepted, in the best\'s words, and every option writes with "Mr Hughes" (three option-only readers picked the best by "Tell Gareth" and "with his dad"); the car is level with the best, the ask below', () => {
    const walk = new StoryWalk(ID);
    walk.take(...LOG_THE_HOUSE);
    const text = (moves: string[]) => optionWith(walk, moves).text;
    const best = text(TERMS_WITH_HUGHES);
    const car = text(TELL_HIM_AT_HIS_CAR);
    const leave = text(LEAVE_IT_TO_HIS_DAD);
    for (const label of [best, car]) expect(label).toMatch(/tell Gareth\b.*isn't accepted/i);
    for (const label of [best, car, leave]) {
      expect(label).toContain('with Mr Hughes');
      expect(label).not.toContain('with his dad');
    }
    expect(leave).toContain("let him choose who tells Gareth it isn't accepted");
    expect(total(walk.wouldScore(...TELL_HIM_AT_HIS_CAR))).toBe(total(walk.wouldScore(...TERMS_WITH_HUGHES)));
    expect(total(walk.wouldScore(...LEAVE_IT_TO_HIS_DAD))).toBeLessThan(total(walk.wouldScore(...TERMS_WITH_HUGHES)));
  });

  it('the senior post: the open process no longer says "for everyone" and the disclosure does (eleventh round: it gives Sheila extra time on the written test), and the offer asks Tendai to act up (three option-only readers picked the open process by "for everyone"; the fourteenth round dropped the induction half for a change to the advert); verdicts stand', () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    const text = (moves: string[]) => optionWith(walk, moves).text;
    expect(text(OPEN_PROCESS)).toMatch(/^Change the advert: /);
    expect(text(OPEN_PROCESS)).not.toContain('for everyone');
    expect(text(['disclose sheila info=dyslexia to=farah'])).toContain('extra time on the written test');
    expect(text(OFFER_THE_POST)).toContain("Ask Tendai if she'd act up");
    expect(walk.wouldScore('disclose sheila info=dyslexia to=farah').acts).toEqual(['OVERRIDE']);
    expect(walk.wouldScore(...OFFER_THE_POST).acts).toEqual(['REMOVE_BARRIER', 'DOING_FOR']);
  });
});

describe('Say, See, Expect: the tenth mend (a room that splits: each converged decision gets a real pull the other way)', () => {
  it("Thursday's corridor: a room of eight chose the chat reply that confirms nothing, for her text and the chat's breach of confidence; it carries out her text as the one-line briefing does and does the manager's part on the chat, so it is contested with both (re-scored on purpose); showing her still scores highest, and the scene shows the chat is already in the office", () => {
    const walk = atThursdaysCorridor();
    expect(walk.passage.lines.map((l) => l.text).join(' ')).toContain('two carers are reading the chat aloud');
    const reply = walk.wouldScore(...CHAT_RULE_ONLY);
    expect(reply.acts).toEqual(['CHALLENGE', 'ADVOCATE']);
    expect(total(reply)).toBe(total(walk.wouldScore(CUT_TO_THE_RULE)));
    expect(total(reply)).toBeLessThan(total(walk.wouldScore(SHOW_HER_THE_CHAT)));
    expect(total(reply)).toBeGreaterThan(total(walk.wouldScore(CHECK_AGAIN_ON_THE_STAIRS)));
    expect(walk.take(...CHAT_RULE_ONLY).contested).toBe(true);
  });

  it("the senior post: Sheila expects Farah 'will have to know something', so the adjustment for her alone can keep her secret too (the whole room chose the open process to keep it); telling Farah what, with extra time she didn't ask for, still overrides her, and the two contested options still tie", () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    expect(walk.passage.lines.map((l) => l.text).join(' ')).toContain('Farah will have to know something.');
    expect(walk.wouldScore('disclose sheila info=dyslexia to=farah').acts).toEqual(['OVERRIDE']);
    expect(total(walk.wouldScore(...JUST_FOR_SHEILA))).toBe(total(walk.wouldScore(...OPEN_PROCESS)));
    const own = walk.take(...JUST_FOR_SHEILA);
    expect(own.perspectives.find((p) => p.who === 'sheila')!.text).toContain('Farah never asked what for');
  });

  it("the speaking-up policy: the daytime meetings cost something lawful (the office's new laptops, named by Farah before the choice), not the new starters' dementia day, which CQC Reg 18 and the Care Certificate's timing don't let a manager defer a year (f13); the option names the night slot that answers Sheila at the moment of choice; it still scores highest", () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    const scene = walk.passage.lines.map((l) => l.text).join(' ');
    expect(scene).toContain("it's the new laptops, and we're on these another year");
    expect(scene).not.toMatch(/dementia/);
    // The evenings' pull from someone with standing: Sheila says the night staff sleep in the day.
    expect(scene).toContain('Not in the day, mind: the night staff are asleep.');
    const daytime = optionWith(walk, PAID_SESSIONS);
    // Fifteenth round: the night slot is a clock time, as in the evenings' label.
    expect(daytime.text).toContain('a third at seven in the morning');
    // l16: the laptops are Farah's line before the choice, not the label (the only cost named in a label marked it).
    expect(daytime.text).not.toContain('laptops');
    for (const other of [PAID_EVENINGS, PAID_PHONE_SURVEY, PAID_DRAFTING])
      expect(total(walk.wouldScore(...other))).toBeLessThan(total(walk.wouldScore(...PAID_SESSIONS)));
    walk.take(...PAID_SESSIONS);
    expect(walk.shown.join(' ')).not.toMatch(/dementia/);
    expect(walk.shown.join(' ')).toContain('five night carers at seven in the morning');
  });

  it("the speaking-up policy, after Sheila's dyslexia was told: she is quieter, not silent then speaking (she says one thing, without looking up: f15, 'from the back' had no room to be at the back of), and at the evening meetings she says little rather than more than in years (f13 continuity)", () => {
    const walk = new StoryWalk(ID);
    walk.take(OVERNIGHT);
    walk.take(...TERMS_WITH_HUGHES);
    walk.take(SHOW_HER_THE_CHAT);
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take('disclose sheila info=dyslexia to=farah');
    const scene = walk.passage.lines.map((l) => l.text).join(' ');
    expect(scene).not.toMatch(/doesn't speak/);
    const sheila = walk.passage.lines.find((l) => l.text.includes("She doesn't look up."));
    expect(sheila?.speaker).toBe('sheila');
    expect(scene).not.toContain('from the back');
    walk.take(...PAID_EVENINGS);
    // Fifteenth round: "both evenings", since there are three meetings.
    expect(walk.shown.join(' ')).toContain('Sheila comes to both evenings and says little');
    expect(walk.shown.join(' ')).not.toContain('Sheila talks more than she has in years');
  });

  it('six months on, after a harm: "I want to say it once" is gone (the whole room read it as the answer); the three repairs open with one verb, so no apology is graded by its weight, and differ in the act after it (f13: not "leave it at that", which read as curt)', () => {
    const walk = afterAHarm();
    expect(walk.passage.lines.map((l) => l.text).join(' ')).not.toMatch(/say it once/);
    const texts = walk.options().map((o) => o.text);
    expect(texts).toHaveLength(3);
    for (const t of texts) expect(t).toMatch(/^Apologise, /);
    for (const t of texts) expect(t).not.toMatch(/leave it at that/);
    expect(new Set(texts.map((t) => t.split(' ').slice(1, 3).join(' '))).size).toBe(3);
    const waits = optionWith(walk, SAY_IT_THEN_HER_LIST);
    expect(waits.text).toBe('Apologise, and hand her back the hour.');
  });

  it('no grade in the steady ending: after Sheila\'s dyslexia was told, it shows what she did (no application for the next post, still sending new starters to the office), not "keeps her head down"', () => {
    const walk = new StoryWalk(ID);
    walk.take(OVERNIGHT);
    walk.take(...TERMS_WITH_HUGHES);
    walk.take(SHOW_HER_THE_CHAT);
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take('disclose sheila info=dyslexia to=farah');
    walk.take(...PAID_PHONE_SURVEY);
    walk.take(...GIVE_THURSDAYS);
    expect(walk.ended).toBe(true);
    const end = walk.shown.join(' ');
    expect(end).toContain('To his dad he still calls her "the carer".');
    expect(end).toContain("Sheila doesn't apply for the next post.");
    expect(end).not.toMatch(/head down/);
  });
});

describe('Say, See, Expect: the final check of the tenth round, acted on (f15)', () => {
  it("Monday: the next carer's case is on the page before the choice, as fact (Jan asked to come off him last spring and nobody wrote down why, and Farah's swap sends Jan back), not only on the path that left the form (final check D1: the room read the form as Tendai's complaint alone); the verdicts stand", () => {
    const walk = new StoryWalk(ID);
    const scene = walk.passage.lines.map((l) => l.text).join(' ');
    expectInOrder(scene, 'Jan can do Mr Hughes.', 'Jan asked to come off him last spring', 'I never wrote down why.');
    for (const option of walk.options()) expect(option.text).not.toMatch(/Jan/);
    expect(walk.wouldScore(...ALL_OFF_PAPER).acts).toContain('BYSTAND');
    expect(total(walk.wouldScore(...ALL_OFF_PAPER))).toBeLessThan(total(walk.wouldScore(...LOG_THE_HOUSE)));
    walk.take(...ALL_OFF_PAPER);
    const after = walk.shown.join(' ');
    expect(after).toContain('I never heard what he said to Jan.');
    expect(after).not.toContain('She asked to come off, and got moved.');
  });

  it('the briefing: the best\'s label says it sees Sheila after too, as its car-park talk does (final check D4: four seats chose walking out for dealing with Sheila in private, which the best also does), so the visible difference is the word "racist" and the call to Tendai; walking out still scores below it', () => {
    const walk = atTheBriefing();
    const text = (moves: string[]) => optionWith(walk, moves).text;
    const best = text(ONE_LINE_THEN_PRIVATE);
    const walkOut = text(WALK_OUT_AND_RING);
    expect(best).toContain('See Sheila and ring Tendai after.');
    expect(walkOut).toContain('See Sheila after.');
    expect(best).toContain('racist');
    expect(walkOut).not.toMatch(/racis|Tendai/);
    expect(total(walk.wouldScore(...WALK_OUT_AND_RING))).toBeLessThan(total(walk.wouldScore(...ONE_LINE_THEN_PRIVATE)));
    walk.take(...ONE_LINE_THEN_PRIVATE);
    expect(walk.shown.join(' ')).toContain('You ask her where "let it wash over you" comes from.');
  });

  it('the briefing note: "walk out" in home care leaves a client mid-care, so the rule puts the office in it (final check SHOULD: lone-working practice)', () => {
    const walk = atTheBriefing();
    expect(walk.passage.notes.join(' ')).toContain('ring us, and we cover the client');
  });
});

describe('Say, See, Expect: the last edits of the tenth round (l16)', () => {
  it("labels no longer carry the tell the options-only read found (the one cost, the onlooker), and each fact is still on the page before the choice; Farah owns Jan's move (last check S5)", () => {
    const monday = new StoryWalk(ID);
    const mondayScene = monday.passage.lines.map((l) => l.text).join(' ');
    expectInOrder(
      mondayScene,
      "I've done it before",
      'Jan asked to come off him last spring',
      'I moved her. I never wrote down why.',
    );
    expect(mondayScene).not.toMatch(/Nobody wrote down why/);

    const briefing = new StoryWalk(ID);
    briefing.take(...LOG_THE_HOUSE);
    briefing.take(...TERMS_WITH_HUGHES);
    const stairs = briefing.options().find((o) => o.moves.join() === CHECK_AGAIN_ON_THE_STAIRS)!;
    expect(stairs.text).toBe('Ask Tendai on the stairs whether she still wants Monday left out.');
    for (const option of briefing.options()) expect(option.text).not.toMatch(/Farah/);
    expectInOrder(
      briefing.passage.lines.map((l) => l.text).join(' '),
      'Farah comes up the stairs behind her.',
      "Farah's still beside her.",
    );
    expect(briefing.wouldScore(CHECK_AGAIN_ON_THE_STAIRS).acts).toEqual(['BURDEN']);

    const policy = atTheBriefing();
    policy.take(...ONE_LINE_THEN_PRIVATE);
    policy.take(...OPEN_PROCESS);
    expect(policy.passage.lines.map((l) => l.text).join(' ')).toContain("Want days? Then it's the new laptops");
    const labels = policy.options().map((o) => o.text);
    for (const label of labels) expect(label).not.toMatch(/laptops|off a year/);
    const daytime = optionWith(policy, PAID_SESSIONS);
    // Session 9 cold read: "in rota time" on the best alone marked it (three readers of three); the labels now
    // differ only in the hour, and the cost (the laptops) stays in Farah's line.
    expect(daytime.text).toBe(
      'Pay everyone for two meetings at two in the afternoon, a third at seven in the morning, and Farah rings the rest.',
    );
    for (const other of [PAID_EVENINGS, PAID_PHONE_SURVEY, PAID_DRAFTING])
      expect(total(policy.wouldScore(...other))).toBeLessThan(total(policy.wouldScore(...PAID_SESSIONS)));
    policy.take(...PAID_SESSIONS);
    expect(policy.shown.join(' ')).toContain('Another year on these, then.');
  });
});

describe('Say, See, Expect: the eleventh round (options only: no best as the union of the others, no marker only the best carries)', () => {
  it("the review at the house: every option does two things and has Gareth told it isn't accepted, so the best is not the union of the others; asking Mr Hughes how he'd like Gareth told still leaves the employer's line unsaid in the room (he asked for no rows), and it scores below saying it there; telling him at his car (session 10, replacing the letter to the attorney) is level with it", () => {
    const walk = new StoryWalk(ID);
    walk.take(...LOG_THE_HOUSE);
    const labels = walk.options().map((o) => o.text);
    expect(labels).toHaveLength(3);
    for (const label of labels) {
      expect(label).toContain("isn't accepted");
      expect(label).toContain('Mr Hughes');
      expect(label).toContain(', and ');
    }
    expect(walk.passage.lines.map((l) => l.text).join(' ')).toContain('No rows in my front room.');
    expect(walk.wouldScore(...LEAVE_IT_TO_HIS_DAD).acts).toEqual(['DECIDE_WITH', 'BYSTAND']);
    expect(total(walk.wouldScore(...LEAVE_IT_TO_HIS_DAD))).toBeLessThan(total(walk.wouldScore(...TERMS_WITH_HUGHES)));
    expect(total(walk.wouldScore(...TELL_HIM_AT_HIS_CAR))).toBe(total(walk.wouldScore(...TERMS_WITH_HUGHES)));
    walk.take(...LEAVE_IT_TO_HIS_DAD);
    expect(walk.shown.join(' ')).toContain("And how should Gareth be told it isn't accepted?");
  });

  it("the senior post: the disclosure gives Sheila an adjustment and the offer comes with a change for everyone (fourteenth round; it asked both people), so neither reads as wrong without the scene (Sheila asked for her questions early and said Farah need know only 'something'; a post offered with no process decides for Tendai); OVERRIDE and DOING_FOR (with the change's REMOVE_BARRIER) stand, and the best is not the longest", () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    const text = (moves: string[]) => optionWith(walk, moves).text;
    expect(text(['disclose sheila info=dyslexia to=farah'])).toMatch(/^Give Sheila extra time/);
    // Fifteenth round: the offer is the other best's stem with the act towards Tendai changed.
    expect(text(OFFER_THE_POST)).toBe(
      "Send Sheila her questions early, to answer aloud. Ask Tendai if she'd act up till it's filled.",
    );
    expect(walk.wouldScore('disclose sheila info=dyslexia to=farah').acts).toEqual(['OVERRIDE']);
    expect(walk.wouldScore(...OFFER_THE_POST).acts).toEqual(['REMOVE_BARRIER', 'DOING_FOR']);
    const longest = Math.max(...walk.options().map((o) => o.text.length));
    expect(text(OPEN_PROCESS).length).toBeLessThan(longest);
  });

  it('the speaking-up policy: every option is paid and reaches the people who can\'t come to the main slot (nights, or a ring-round), and no label says "bedtime" or "rota time" (session 9: "rota time" on the daytime one alone marked it for three cold readers of three; its cost, the laptops, is in Farah\'s line); what separates them is in the scene (Tendai\'s bedtime on Farah\'s rota, Sheila\'s dyslexia), and daytime meetings still score highest', () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    const labels = walk.options().map((o) => o.text);
    for (const label of labels) {
      expect(label).toMatch(/[Pp]a(y|id)/);
      expect(label).not.toMatch(/bedtime/);
    }
    expect(labels.filter((l) => l.includes('rota time'))).toEqual([]);
    expect(labels.filter((l) => /nights|seven in the morning/.test(l))).toHaveLength(3);
    for (const other of [PAID_EVENINGS, PAID_PHONE_SURVEY, PAID_DRAFTING])
      expect(total(walk.wouldScore(...other))).toBeLessThan(total(walk.wouldScore(...PAID_SESSIONS)));
  });

  it('six months on: two options make Thursdays paid college days and one has the manager cover a Thursday too; what separates them is who asks Farah, which Tendai said she\'d rather not owe (in the scene, not the label); nothing says "off a year"; verdicts stand', () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    walk.take(...PAID_SESSIONS);
    expect(walk.passage.lines.map((l) => l.text).join(' ')).toContain("I'd rather not owe her.");
    const labels = walk.options().map((o) => o.text);
    expect(labels.filter((l) => l.startsWith('Make Thursdays paid college days'))).toHaveLength(2);
    for (const label of labels) expect(label).not.toMatch(/off a year|working days/);
    expect(total(walk.wouldScore(SEND_HER_TO_FARAH))).toBeLessThan(total(walk.wouldScore(...GIVE_THURSDAYS)));
    expect(total(walk.wouldScore(HOLD_THE_COLLEGE_A_YEAR))).toBeLessThan(
      total(walk.wouldScore(MONDAYS_ON_HER_DAY_OFF)),
    );
  });

  it('six months on, after a harm: no label carries the waiting marker ("wait for her to go on"), and telling her what you changed shares the words "put right" with asking what would; the two contested bests still tie above it', () => {
    const walk = afterAHarm();
    const labels = walk.options().map((o) => o.text);
    for (const label of labels) expect(label).not.toMatch(/wait|go on/);
    expect(labels.filter((l) => l.includes('put')).length).toBe(2);
    const ask = walk.wouldScore(...ASK_WHAT_PUTS_IT_RIGHT);
    const waits = walk.wouldScore(...SAY_IT_THEN_HER_LIST);
    expect(total(ask)).toBe(total(waits));
    expect(total(walk.wouldScore(...SAY_WHAT_YOU_CHANGED))).toBeLessThan(total(waits));
  });
});

describe("Say, See, Expect: the twelfth round (the reviewers' MUSTs, and the ask at the house given the best's shape)", () => {
  // The swap went ahead on Monday; at the review Mr Hughes asks for Tendai back.
  const MOVE_HER_BACK = ['act_on_behalf tendai', 'silent'];

  it("the review at the house, after the swap: putting Tendai back because Mr Hughes asks is deciding for her and saying nothing to Gareth, not carrying out her Monday wish (educator MUST: her wish had conditions, not alone while Gareth's there and Gareth told by you, and the option meets neither; the story already counts it a harm), so DOING_FOR + BYSTAND, not ADVOCATE", () => {
    const walk = new StoryWalk(ID);
    walk.take(...LET_SWAP_STAND);
    const back = optionWith(walk, MOVE_HER_BACK);
    expect(back.text).toMatch(/^Give Mr Hughes his say in his own care: Tendai back on his visits/);
    const score = walk.wouldScore(...MOVE_HER_BACK);
    expect(score.acts).toEqual(['DOING_FOR', 'BYSTAND']);
    expect([score.voice, score.power, score.courage]).toEqual([0, -1, -1]);
    expect(score.courage).toBeLessThan(walk.wouldScore(...TERMS_WITH_HUGHES).courage);
    walk.take(...MOVE_HER_BACK);
    const said = walk.shown.join(' ');
    expect(said).toContain('Gareth goes back into the kitchen and shuts the door.');
    expect(said).toContain("Thursday's my son's appointment. I'll move it.");
  });

  it("the senior post: asking Tendai to act up lands its visa cost in the scene (educator MUST: a senior's job needs a new certificate of sponsorship first), the interviews follow without 'after all', and her harm at six months names the acting-up, not Gareth; DOING_FOR stands (an ask that picks her before any process for work her visa doesn't cover)", () => {
    const walk = new StoryWalk(ID);
    walk.take(...LET_SWAP_STAND);
    walk.take(...TERMS_WITH_HUGHES);
    walk.take(ANSWER_THE_CHAT);
    walk.take(NAME_HER_IN_THE_ROOM);
    expect(walk.wouldScore(...OFFER_THE_POST).acts).toEqual(['REMOVE_BARRIER', 'DOING_FOR']);
    walk.take(...OFFER_THE_POST);
    const said = walk.shown.join(' ');
    expect(said).toContain(
      "My certificate says care worker. Acting up needs a new one first, or it's my visa, and your licence.",
    );
    expect(said).not.toMatch(/after all|because of Gareth/);
    walk.take(...PAID_SESSIONS);
    const supervision = walk.passage.lines.map((l) => l.text).join(' ');
    expect(supervision).toContain(
      "You asked me to act up as a senior on a care worker's visa, and I had to say no to my sponsor.",
    );
  });

  it("the review at the house: the ask has the best's shape (Gareth is told, as Mr Hughes agrees; fourteenth round: it agrees how rather than asking leave), a question he answered a minute before ('No rows in my front room'); the best's line to Gareth calls it racist abuse (stereotype SHOULD), and so does the option at his car (session 10, replacing the letter, whose label said it); verdicts stand", () => {
    const walk = new StoryWalk(ID);
    walk.take(...LOG_THE_HOUSE);
    expectInOrder(
      walk.shown.join(' ') + ' ' + walk.passage.lines.map((l) => l.text).join(' '),
      'No rows in my front room.',
    );
    const text = (moves: string[]) => optionWith(walk, moves).text;
    expect(text(LEAVE_IT_TO_HIS_DAD)).toMatch(/let him choose who tells Gareth/);
    expect(text(TELL_HIM_AT_HIS_CAR)).toContain('tell Gareth at his car');
    expect(walk.wouldScore(...LEAVE_IT_TO_HIS_DAD).acts).toEqual(['DECIDE_WITH', 'BYSTAND']);
    expect(walk.wouldScore(...TELL_HIM_AT_HIS_CAR).acts).toEqual(['DECIDE_WITH', 'CHALLENGE']);
    expect(walk.wouldScore(...TERMS_WITH_HUGHES).acts).toEqual(['CHALLENGE', 'DECIDE_WITH']);
    walk.take(...TERMS_WITH_HUGHES);
    expect(walk.shown.join(' ')).toContain("was racist abuse, and it isn't accepted.");
  });
});

describe("Say, See, Expect: the thirteenth round (the final reviewers' SHOULDs)", () => {
  /** Six months on, where asking Tendai to act up is the latest harm she names. */
  function afterTheActingUpHarm(): StoryWalk {
    const walk = seniorPostUnasked();
    walk.take(...OFFER_THE_POST);
    walk.take(...PAID_SESSIONS);
    return walk;
  }

  it("the senior post: the rule acting up breaks is on the page before the choice on every path, where Tendai never asked about her visa too (educator SHOULD: it was first learnt in her reply), in the advert's general words, not said to her or beside her son's bedtime; DOING_FOR stands", () => {
    const asked = atTheBriefing();
    asked.take(...ONE_LINE_THEN_PRIVATE);
    const unasked = seniorPostUnasked();
    const rule =
      'The advert says "written assessment" and "sponsored staff welcome: we\'ll get your new certificate before you start"';
    for (const walk of [asked, unasked]) {
      const scene = walk.passage.lines.map((l) => l.text);
      expect(scene.join(' ')).toContain(rule);
      expect(scene.find((t) => t.includes('autistic'))).not.toMatch(/visa|sponsor|certificate/);
      expect(walk.wouldScore(...OFFER_THE_POST).acts).toEqual(['REMOVE_BARRIER', 'DOING_FOR']);
    }
    expect(asked.passage.lines.map((l) => l.text).join(' ')).toContain('Would it change my visa?');
    expect(unasked.passage.lines.map((l) => l.text).join(' ')).toContain('She walks away without asking you anything.');
  });

  it("the senior post: Tendai's no to acting up is not all visa; she wants the post because she's good at it, and says so before she says she'll apply like everyone else (stereotype SHOULD: she met the offer only as a sponsored worker)", () => {
    const walk = seniorPostUnasked();
    walk.take(...OFFER_THE_POST);
    expectInOrder(
      walk.shown.join(' '),
      "My certificate says care worker. Acting up needs a new one first, or it's my visa, and your licence.",
      "I want it because I'm good at it.",
      "I'll apply like everyone else.",
    );
  });

  it('six months on, after the acting-up harm: the repairs answer what she named, the visa, not the Gareth harms (stereotype SHOULD: her answer was about induction and abuse from families); after a Gareth-era harm the induction lines stand; moves and scores unchanged', () => {
    const asking = afterTheActingUpHarm();
    expect(asking.passage.lines.map((l) => l.text).join(' ')).toContain("on a care worker's visa");
    const ask = asking.wouldScore(...ASK_WHAT_PUTS_IT_RIGHT);
    const waits = asking.wouldScore(...SAY_IT_THEN_HER_LIST);
    expect(total(ask)).toBe(total(waits));
    expect(total(asking.wouldScore(...SAY_WHAT_YOU_CHANGED))).toBeLessThan(total(waits));
    const heardBefore = asking.shown.length;
    asking.take(...ASK_WHAT_PUTS_IT_RIGHT);
    const said = asking.shown.slice(heardBefore).join(' ');
    expect(said).toContain('Check the visa rules before you offer anyone anything. With an adviser, not me.');
    expect(said).toContain('You put it in the recruitment procedure while she watches.');
    expect(said).not.toMatch(/induction|abuse from families/);

    const telling = afterTheActingUpHarm();
    const toldBefore = telling.shown.length;
    telling.take(...SAY_WHAT_YOU_CHANGED);
    const told = telling.shown.slice(toldBefore).join(' ');
    // REVIEW13: not "an immigration adviser first", a slower route for sponsored staff that the note warns against.
    expect(told).toContain('Farah checks a job against the certificate before any offer');
    expect(told).not.toMatch(/immigration adviser first/);
    expect(told).not.toMatch(/before any swap|abuse from families/);

    const gareth = afterAHarm();
    expect(gareth.passage.lines.map((l) => l.text).join(' ')).not.toContain("on a care worker's visa");
    gareth.take(...ASK_WHAT_PUTS_IT_RIGHT);
    // Fifteenth round (stereotype COULD): this path's latest harm is the survey, so her answer is about the survey.
    expect(gareth.shown.join(' ')).toContain('Next time, ask us in a room. Paid.');
    expect(gareth.shown.join(' ')).toContain('You put it in the next policy review while she watches.');
    expect(gareth.shown.join(' ')).not.toContain('induction');
  });
});

describe('Say, See, Expect: the fourteenth round (options only: no best as the plain sentence, the only one that asks, or the only fix for everyone)', () => {
  it("the review at the house: the best's label carries its cost, said 'there in his dad's front room' (fifteenth round: not 'in front of his dad', which shamed a grown man), who asked for no rows in his front room before the choice, so it is not the ask's sentence without the ask; agreeing with Mr Hughes how Gareth is told, after he has said what he wants, hands him the telling at 88 (DECIDE_WITH + BYSTAND); verdicts stand", () => {
    const walk = new StoryWalk(ID);
    walk.take(...LOG_THE_HOUSE);
    expect(walk.passage.lines.map((l) => l.text).join(' ')).toContain('No rows in my front room.');
    const text = (moves: string[]) => optionWith(walk, moves).text;
    const stem = 'Write the terms into the care agreement with Mr Hughes, and ';
    const best = text(TERMS_WITH_HUGHES);
    const ask = text(LEAVE_IT_TO_HIS_DAD);
    expect(best).toBe(`${stem}tell Gareth, there in his dad's front room, that it isn't accepted.`);
    expect(ask).toBe(`${stem}let him choose who tells Gareth it isn't accepted.`);
    // Each carries its own add-on after the shared stem: neither is the other with a clause taken out.
    expect(ask).not.toContain('front room');
    expect(best).not.toContain('agree with');
    expect(walk.wouldScore(...TERMS_WITH_HUGHES).acts).toEqual(['CHALLENGE', 'DECIDE_WITH']);
    expect(walk.wouldScore(...LEAVE_IT_TO_HIS_DAD).acts).toEqual(['DECIDE_WITH', 'BYSTAND']);
    expect(total(walk.wouldScore(...LEAVE_IT_TO_HIS_DAD))).toBeLessThan(total(walk.wouldScore(...TERMS_WITH_HUGHES)));
    expect(total(walk.wouldScore(...TELL_HIM_AT_HIS_CAR))).toBe(total(walk.wouldScore(...TERMS_WITH_HUGHES)));
    walk.take(...TERMS_WITH_HUGHES);
    expect(walk.shown.join(' ')).toContain("Mr Hughes looks out of the window until it's said.");
  });

  it("the senior post (fourteenth round, replaced in the fifteenth): the open process is still not the only change to the process (three option-only readers picked it as that): the offer changes it for Sheila, as the other best does; the ask still decides for Tendai, for work the advert's visa line (on the page before the choice) says her visa doesn't yet cover: REMOVE_BARRIER + DOING_FOR, power below 0, below both contested bests", () => {
    for (const walk of [
      seniorPostUnasked(),
      (() => {
        const w = atTheBriefing();
        w.take(...ONE_LINE_THEN_PRIVATE);
        return w;
      })(),
    ]) {
      expect(walk.passage.lines.map((l) => l.text).join(' ')).toContain(
        '"sponsored staff welcome: we\'ll get your new certificate before you start"',
      );
      const sheilasWay = walk.options().filter((o) => /questions/.test(o.text));
      expect(sheilasWay.map((o) => o.moves)).toEqual([OFFER_THE_POST, JUST_FOR_SHEILA, OPEN_PROCESS]);
      const offer = walk.wouldScore(...OFFER_THE_POST);
      expect(offer.acts).toEqual(['REMOVE_BARRIER', 'DOING_FOR']);
      expect(offer.power).toBeLessThan(0);
      for (const best of [OPEN_PROCESS, JUST_FOR_SHEILA])
        expect(total(offer)).toBeLessThan(total(walk.wouldScore(...best)));
    }
    const walk = seniorPostUnasked();
    walk.take(...OFFER_THE_POST);
    const said = walk.shown.join(' ');
    expect(said).toContain('Acting up needs a new one first');
    expect(said).toContain('Sheila answers aloud from her notes.');
    expect(said).not.toMatch(/induction/);
  });

  it("the speaking-up policy: the evening meetings have their own slot as nights finish and Farah ringing the rest, as the daytime meetings do, so the labels differ only in the hour (three option-only readers picked the daytime meetings as the only one for every shift); the hour's cost, Tendai's son's bedtime, is on the page a scene before, and the evenings still score below (DOING_FOR: her line taken down by phone)", () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    expect(walk.shown.join(' ')).toContain('"Bath and bedtime are mine," Tendai told Farah');
    const evenings = optionWith(walk, PAID_EVENINGS).text;
    const daytime = optionWith(walk, PAID_SESSIONS).text;
    for (const label of [evenings, daytime]) {
      expect(label).toMatch(/^Pay everyone for two /);
      // Fifteenth round: the night slot is a clock time in both (educator SHOULD).
      expect(label).toMatch(/, a third at seven in the morning, and Farah rings the rest\.$/);
    }
    expect(daytime.length).toBeLessThan(evenings.length);
    expect(walk.wouldScore(...PAID_EVENINGS).acts).toEqual(['REMOVE_BARRIER', 'DECIDE_WITH', 'DOING_FOR']);
    expect(total(walk.wouldScore(...PAID_EVENINGS))).toBeLessThan(total(walk.wouldScore(...PAID_SESSIONS)));
    const night = atTheBriefing();
    night.take(...ONE_LINE_THEN_PRIVATE);
    night.take(...OPEN_PROCESS);
    night.take(...PAID_EVENINGS);
    expect(night.shown.join(' ')).toContain('four night carers at seven in the morning');
    expect(night.shown.join(' ')).toContain('Tendai comes to neither evening');
    walk.take(...PAID_SESSIONS);
    expect(walk.shown.join(' ')).toContain('Farah rings six more');
  });
});

describe("Say, See, Expect: the fifteenth round (the reviewers' SHOULDs on the fourteenth round's changes)", () => {
  it('the review at the house: Mr Hughes signs his care agreement himself, not Gareth, in both the ask and the best (educator SHOULD: an attorney for money and property has no say over the care of a man with capacity, MCA s11(7)(a), s9); verdicts stand', () => {
    for (const option of [TERMS_WITH_HUGHES, LEAVE_IT_TO_HIS_DAD]) {
      const walk = new StoryWalk(ID);
      walk.take(...LOG_THE_HOUSE);
      const heard = walk.shown.length;
      walk.take(...option);
      const said = walk.shown.slice(heard).join(' ');
      expect(said).toMatch(/Mr Hughes signs/);
      expect(said).not.toMatch(/Gareth (\w+ )*signs|signs where his dad points/);
    }
    const walk = new StoryWalk(ID);
    walk.take(...LOG_THE_HOUSE);
    expect(walk.wouldScore(...TERMS_WITH_HUGHES).acts).toEqual(['CHALLENGE', 'DECIDE_WITH']);
    expect(walk.wouldScore(...LEAVE_IT_TO_HIS_DAD).acts).toEqual(['DECIDE_WITH', 'BYSTAND']);
  });

  it("the review at the house, the ask: you hand Mr Hughes the saying in words before he tells his son (stereotype SHOULD: the BYSTAND follows from an act on the page); where you rang Gareth on Monday he says so, not 'nobody from the agency said much' (educator SHOULD), and the reflect fits every path; 'abusive behaviour' is Gareth's line, not the narrator's; DECIDE_WITH + BYSTAND stands", () => {
    const rang = new StoryWalk(ID);
    rang.take(...ALL_OFF_PAPER);
    const heard = rang.shown.length;
    const record = rang.take(...LEAVE_IT_TO_HIS_DAD);
    expectInOrder(
      rang.shown.slice(heard).join(' '),
      '"I\'ll tell him."',
      "Then it's yours to say, Mr Hughes. I'll put it in the terms.",
      "You'll behave, Gareth, or you'll stay at yours.",
      "'Abusive behaviour.' Your carer called it worse than that.",
    );
    expect(rang.speakerOf('"I\'ll tell him."')).toBe('hughes');
    expect(rang.shown.join(' ')).not.toContain('The terms say');
    expect((record.reflect ?? []).join(' ')).not.toContain('I said what I said');
    expect((record.reflect ?? []).join(' ')).toContain('Whose job had Tendai said that was');
    const gareth = (r: typeof record) => r.perspectives.find((p) => p.who === 'gareth')!.text;
    expect(gareth(record)).toContain('You rang me Monday, and today you left it to Dad.');
    const hughes = record.perspectives.find((p) => p.who === 'hughes')!.text;
    expect(hughes).not.toMatch(/shouldn't have to/);
    for (const first of [LET_SWAP_STAND, [OVERNIGHT], ['challenge', 'relay hughes source=inferred']]) {
      const walk = new StoryWalk(ID);
      walk.take(...first);
      expect(walk.wouldScore(...LEAVE_IT_TO_HIS_DAD).acts).toEqual(['DECIDE_WITH', 'BYSTAND']);
      expect(gareth(walk.take(...LEAVE_IT_TO_HIS_DAD))).toContain('Nobody from the agency said much');
    }
  });

  it("the senior post: the offer to act up is the other best's stem with the act towards Tendai changed (educator SHOULD: the open process was the offer minus its add-on, a new tell), so the two differ only in that act; Farah, who wrote the advert, gets a line and a cost, and the rumour comes from someone who heard you ask, not from Tendai (stereotype SHOULD, COULD); REMOVE_BARRIER + DOING_FOR, 2/-1/0 as before", () => {
    const walk = seniorPostUnasked();
    const offer = optionWith(walk, OFFER_THE_POST).text;
    const adjust = optionWith(walk, JUST_FOR_SHEILA).text;
    const stem = 'Send Sheila her questions early, to answer aloud. ';
    expect(offer).toBe(`${stem}Ask Tendai if she'd act up till it's filled.`);
    expect(adjust.startsWith(stem)).toBe(true);
    expect(optionWith(walk, OPEN_PROCESS).text).not.toContain('act up');
    const score = walk.wouldScore(...OFFER_THE_POST);
    expect(score.acts).toEqual(['REMOVE_BARRIER', 'DOING_FOR']);
    expect([score.voice, score.power, score.courage]).toEqual([2, -1, 0]);
    const heard = walk.shown.length;
    walk.take(...OFFER_THE_POST);
    const said = walk.shown.slice(heard).join(' ');
    expect(said).not.toMatch(/advert goes up again|answers spoken/);
    expect(said).toContain("One spoken, and the new starters mine till it's filled. Ask me next time.");
    expect(said).toContain('Someone in the office heard you ask her to act up');
    expect(said).toContain('Farah, who marked her test');
  });

  it("the speaking-up policy: both labels give a clock and neither its excuse ('after teatime calls' is gone), neither says 'rota time' (only the best saying it marked it: three cold readers of three), and the best is not the longest; Tendai's six o'clock is on Farah's screen in this scene (stereotype SHOULD); Farah offers the daytime ring-round herself, 'one of the night carers' asks about two a.m., and Tendai's son is more than a need; verdicts stand", () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    expect(walk.passage.lines.map((l) => l.text).join(' ')).toContain(
      "On Farah's screen, Tendai's row still stops at six.",
    );
    const evenings = optionWith(walk, PAID_EVENINGS).text;
    const daytime = optionWith(walk, PAID_SESSIONS).text;
    expect(evenings).toContain('at half seven in the evening');
    expect(evenings).not.toMatch(/after teatime|rota time/);
    expect(daytime).toContain('at two in the afternoon');
    expect(daytime).not.toMatch(/rota time/);
    expect(daytime.length).toBeLessThan(Math.max(...walk.options().map((o) => o.text.length)));
    expect(walk.wouldScore(...PAID_EVENINGS).acts).toEqual(['REMOVE_BARRIER', 'DECIDE_WITH', 'DOING_FOR']);
    expect(total(walk.wouldScore(...PAID_EVENINGS))).toBeLessThan(total(walk.wouldScore(...PAID_SESSIONS)));
    walk.take(...PAID_SESSIONS);
    const said = walk.shown.join(' ');
    expect(said).toContain("I'll book it, and ring whoever's left.");
    expect(said).toContain('One of the night carers asks who picks up the phone at two a.m.');
    expect(said).toContain("My son timed me. He's stricter than Farah.");
  });
});

// Last read of session 9 (/work/wt/notes/lastread-ster.md, COULD): text only, no move or score changed.
describe('Say, See, Expect: last read (session 9)', () => {
  it('the review at the house: Gareth\'s grumble at the door says who called it worse ("Your carer", not an unclear "she": Tendai, the office or the manager?); still his line to his dad, and on every first night it follows, leaving it to his dad is still DECIDE_WITH + BYSTAND', () => {
    for (const first of [ALL_OFF_PAPER, LET_SWAP_STAND, [OVERNIGHT]]) {
      const walk = new StoryWalk(ID);
      walk.take(...first);
      expect(walk.wouldScore(...LEAVE_IT_TO_HIS_DAD).acts).toEqual(['DECIDE_WITH', 'BYSTAND']);
      const heard = walk.shown.length;
      walk.take(...LEAVE_IT_TO_HIS_DAD);
      const said = walk.shown.slice(heard).join(' ');
      expect(said).toContain(
        'At the door he rereads it. "\'Abusive behaviour.\' Your carer called it worse than that."',
      );
      expect(said).not.toContain("That's not what she called it");
    }
  });
});

// Room 13 (session 9, /work/wt/notes/room-judge.md, FIX THE SCENE): all six seats took "agree with him how Gareth is
// told" as Gareth still told by the agency, his way; its outcome hands the telling to Mr Hughes.
describe('Say, See, Expect: room 13 (session 9)', () => {
  it("the review at the house: on every Monday path Mr Hughes says, before the choice, that the telling is his ('it'll be me, in my own time'), so agreeing with him how Gareth is told visibly leaves it to him, against Tendai's 'By you, not by me', and the best's row in his room is a cost paid knowingly; moves and scores unchanged", () => {
    const monday = new StoryWalk(ID).options().map((o) => o.moves);
    expect(monday.length).toBeGreaterThanOrEqual(3);
    for (const first of monday) {
      const walk = new StoryWalk(ID);
      walk.take(...first);
      const house = walk.passage.lines.map((l) => l.text).join('\n');
      expectInOrder(
        house,
        'No rows in my front room. And I want him still coming.',
        "If anyone's telling our Gareth anything, it'll be me, in my own time.",
      );
      const best = walk.wouldScore(...TERMS_WITH_HUGHES);
      expect([best.voice, best.power, best.courage]).toEqual([1, 2, 1]);
      const ask = walk.wouldScore(...LEAVE_IT_TO_HIS_DAD);
      expect([ask.voice, ask.power, ask.courage]).toEqual([1, 2, -1]);
      for (const o of walk.options()) expect(total(best)).toBeGreaterThanOrEqual(total(walk.wouldScore(...o.moves)));
      const before = walk.shown.length;
      walk.take(...LEAVE_IT_TO_HIS_DAD);
      const said = walk.shown.slice(before).join('\n');
      expectInOrder(said, '"I\'ll tell him."', "Then it's yours to say, Mr Hughes.");
      expect(walk.speakerOf('"I\'ll tell him."')).toBe('hughes');
    }
  });
});

// Room 13 (session 10, /work/wt/r15/room13-say-see-expect.md): the room went five to one or six to none on Monday,
// the senior post and six months on. What pulls the other way is now on the page before each choice, said by a
// person; no verdict moves, except the review at the house, where telling Gareth at his car replaces the letter.
describe('Say, See, Expect: room 13 (session 10): decisions a room would argue about', () => {
  it("Monday: Tendai says why she turns the form over (Gareth will complain about her), to Sheila, early and on every path, so logging the house weighs her risk as well as the next carer's (Jan); it still scores above leaving the form to her (SAFEGUARD, informing her; the duty is the employer's)", () => {
    const walk = new StoryWalk(ID);
    const scene = walk.passage.lines.map((l) => l.text).join('\n');
    expectInOrder(
      scene,
      'Tendai turns it face down and pushes it back.',
      '"I fill that in, he puts one in about me."',
      'Jan asked to come off him last spring',
      'By you, not by me.',
    );
    expect(walk.passage.notes.join(' ')).toContain('that Gareth will complain about her');
    const logged = walk.wouldScore(...LOG_THE_HOUSE);
    expect(logged.acts).toEqual(['CHALLENGE', 'ADVOCATE', 'SAFEGUARD']);
    expect(total(logged)).toBeGreaterThan(total(walk.wouldScore(...ALL_OFF_PAPER)));
    walk.take(...LOG_THE_HOUSE);
    expect(walk.shown.join(' ')).toContain("It's the house's record, not your file");
  });

  it("the senior post: the advert's visa line is the agency's welcome, not a hurdle, where Tendai walks away unasked, and still says a new certificate comes before she starts (so acting up's DOING_FOR rests on the page); Sheila asks for it without delay, having waited twenty years (fifteenth round: not 'before I talk myself out of it'; room 15: not to hold the advert up on her account), so the change for everyone costs her three weeks too; both bests stay level and contested", () => {
    const asked = atTheBriefing();
    asked.take(...ONE_LINE_THEN_PRIVATE);
    for (const walk of [asked, seniorPostUnasked()]) {
      const scene = walk.passage.lines.map((l) => l.text).join(' ');
      expect(scene).toContain('"sponsored staff welcome: we\'ll get your new certificate before you start"');
      expect(scene).not.toContain('need a new certificate first');
      expect(scene).toContain("Don't delay the advert. I'm ready now. I've waited twenty years to ask.");
      expect(scene).not.toContain('talk myself out of it');
      const open = walk.wouldScore(...OPEN_PROCESS);
      const own = walk.wouldScore(...JUST_FOR_SHEILA);
      expect(total(open)).toBe(total(own));
      expect(walk.wouldScore(...OFFER_THE_POST).acts).toEqual(['REMOVE_BARRIER', 'DOING_FOR']);
    }
    expect(asked.passage.notes.join(' ')).toContain("three more weeks of Sheila's wait");
    const open = atTheBriefing();
    open.take(...ONE_LINE_THEN_PRIVATE);
    expect(open.take(...OPEN_PROCESS).contested).toBe(true);
  });

  it("six months on: after a harm, Tendai has had months to think about it (fifteenth round: not 'six months to think what should have happened', which made her the grader and was wrong on later harms), said before the choice, so asking her weighs against her list; asking and handing back the hour stay level and contested, telling her what you changed below", () => {
    const walk = afterAHarm();
    const scene = walk.passage.lines.map((l) => l.text).join(' ');
    expectInOrder(scene, "I've not said that to anyone else.", "I've had months to think about it.");
    const ask = walk.wouldScore(...ASK_WHAT_PUTS_IT_RIGHT);
    const list = walk.wouldScore(...SAY_IT_THEN_HER_LIST);
    expect(total(ask)).toBe(total(list));
    expect(total(walk.wouldScore(...SAY_WHAT_YOU_CHANGED))).toBeLessThan(total(ask));
    expect(walk.take(...ASK_WHAT_PUTS_IT_RIGHT).contested).toBe(true);
    expect(walk.shown.join(' ')).not.toContain('It takes her a while.');
    const unharmed = toTheBestEnding();
    expect(unharmed.shown.join(' ')).not.toContain('months to think');
  });
});

// Fifteenth round (session 10): the two read-only reviews of room 13's changes (/work/wt/notes/r15-edu-say-see-expect.md,
// /work/wt/notes/r15-ster-say-see-expect.md). No MUST; text and notes only, no move or score changed.
describe('Say, See, Expect: the fifteenth round reviews (session 10)', () => {
  it("Monday: logging the house answers Tendai's 'he puts one in about me' in the manager's own words (a record dated before anything he sends; his complaints come to you), and the note says a same-day record is her best protection; SAFEGUARD stands", () => {
    const walk = new StoryWalk(ID);
    const notes = walk.passage.notes.join(' ');
    expect(notes).toContain('made that day, answers better than silence: it predates any complaint he makes');
    expect(notes).not.toContain('answers only in part');
    expect(walk.wouldScore(...LOG_THE_HOUSE).acts).toEqual(['CHALLENGE', 'ADVOCATE', 'SAFEGUARD']);
    walk.take(...LOG_THE_HOUSE);
    expectInOrder(
      walk.shown.join(' '),
      "It's the house's record, not your file, dated before anything he sends. His complaints come to me.",
      'changes "verbal altercation" to what he said',
    );
  });

  it("the review at the house: the car's cost includes the street Mr Hughes has lived on for sixty years; Gareth's card says the Monday call only where you made it; the note calls the car a practice view, not a sector fact, names the front room's public challenge without 'in front of his dad', readies the facilitator for telling Mr Hughes first, and weighs his family relationship (Care Act s1(2)(g)); the car and the front room stay level and contested", () => {
    for (const [first, card] of [
      [LOG_THE_HOUSE, "You rang me Monday, now the street. Dad'll hear it from me first."],
      [ALL_OFF_PAPER, "You rang me Monday, now the street. Dad'll hear it from me first."],
      [LET_SWAP_STAND, "Told off in the street. Dad'll hear it from me first."],
      [[OVERNIGHT], "Told off in the street. Dad'll hear it from me first."],
      [['challenge', 'relay hughes source=inferred'], "Told off in the street. Dad'll hear it from me first."],
    ] as const) {
      const walk = new StoryWalk(ID);
      walk.take(...first);
      const notes = walk.passage.notes.join(' ');
      expect(notes).toContain('what many home-care managers would do (a practice view, not checked at source)');
      expect(notes).not.toMatch(/most home-care managers|room 13's educator judge/);
      expect(notes).toContain("the front room's challenge is marked public, said in his dad's front room");
      expect(notes).toContain('Mr Hughes signs the care agreement himself in all three');
      expect(notes).toContain(
        "A room will ask why you don't tell Mr Hughes first that you'll speak to Gareth outside.",
      );
      expect(notes).toContain('s1(2)(d)');
      expect(notes).toContain('(g), family relationships');
      const car = walk.wouldScore(...TELL_HIM_AT_HIS_CAR);
      expect(total(car)).toBe(total(walk.wouldScore(...TERMS_WITH_HUGHES)));
      const heard = walk.shown.length;
      const record = walk.take(...TELL_HIM_AT_HIS_CAR);
      expect(record.contested).toBe(true);
      const said = walk.shown.slice(heard).join(' ');
      expect(said).toContain('Back inside, he says, "I said I\'d tell him. Not in the street."');
      expect(said).not.toContain('go back for your bag');
      expect(record.perspectives.find((p) => p.who === 'gareth')!.text).toBe(card);
    }
  });

  it("the senior post: Sheila's wish for it without delay is her resolve ('I've waited twenty years to ask'), not a fourth hedge, and the change for everyone shows its three weeks as her cost on her own card; both bests stay level and contested", () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    const scene = walk.passage.lines.map((l) => l.text).join(' ');
    expect(scene).toContain("Don't delay the advert. I'm ready now. I've waited twenty years to ask.");
    expect(walk.passage.notes.join(' ')).toContain('having "waited twenty years to ask"');
    expect(total(walk.wouldScore(...OPEN_PROCESS))).toBe(total(walk.wouldScore(...JUST_FOR_SHEILA)));
    const record = walk.take(...OPEN_PROCESS);
    expect(record.contested).toBe(true);
    expect(record.perspectives.find((p) => p.who === 'sheila')!.text).toBe(
      "Three more weeks' wait, after twenty years. At interview I could think, and nobody knows why. I got it.",
    );
  });

  it("six months on: 'months to think about it' is true on every harmed path (acting up came a month after that Monday) and doesn't make Tendai the grader; after asking her, her card says the fixing became her job too, not that she had to work out what you should do; a Gareth harm still gets the induction answer, the survey its own; asking and handing back the hour stay level and contested", () => {
    const actingUp = seniorPostUnasked();
    actingUp.take(...OFFER_THE_POST);
    actingUp.take(...PAID_SESSIONS);
    const story = new StoryWalk(ID);
    story.take(...LET_SWAP_STAND);
    story.take(...TERMS_WITH_HUGHES);
    story.take(ANSWER_THE_CHAT);
    story.take(NAME_HER_IN_THE_ROOM);
    story.take(...OPEN_PROCESS);
    story.take(...PAID_EVENINGS);
    for (const walk of [afterAHarm(), actingUp, story]) {
      const scene = walk.passage.lines.map((l) => l.text).join(' ');
      expect(scene).toContain("I've had months to think about it.");
      expect(scene).not.toMatch(/six months to think|what should have happened/);
      expect(total(walk.wouldScore(...ASK_WHAT_PUTS_IT_RIGHT))).toBe(total(walk.wouldScore(...SAY_IT_THEN_HER_LIST)));
      const record = walk.take(...ASK_WHAT_PUTS_IT_RIGHT);
      expect(record.contested).toBe(true);
      const card = record.perspectives.find((p) => p.who === 'tendai')!.text;
      expect(card).toBe("I came to say it. Then fixing it was my job too, in my own supervision. It's written down.");
    }
    expect(story.shown.join(' ')).toContain('You made me the story in front of the whole team.');
    expect(story.shown.join(' ')).toContain('Tell new starters at induction what we do now. Without my name.');
    expect(story.shown.join(' ')).toContain('You put it in the induction plan while she watches.');
  });
});

// Room 15 (session 10, /work/wt/r16/room15-say-see-expect.md): still six to none at the review at the house (all agreed
// with Mr Hughes how Gareth is told: his home, his son, not behind his back) and at the senior post (all changed the
// advert for everyone, so Sheila needn't tell anyone). One line each, said by the person, before the choice; no move or
// score changed.
describe('Say, See, Expect: room 15 (session 10): a reason on each side', () => {
  it("the review at the house: on every Monday path Mr Hughes adds, after 'Not behind my back', 'Not that he listens', so leaving the telling to him is weighed against whether Gareth hears it at all; it still scores below both co-bests (DECIDE_WITH + BYSTAND), and telling Gareth at his car and in the front room stay level and contested", () => {
    const monday = new StoryWalk(ID).options().map((o) => o.moves);
    for (const first of monday) {
      const walk = new StoryWalk(ID);
      walk.take(...first);
      const house = walk.passage.lines.map((l) => l.text).join('\n');
      expectInOrder(
        house,
        'Lasting power of attorney: Financial decisions',
        'No rows in my front room.',
        "it'll be me, in my own time. Not behind my back. Not that he listens.",
      );
      expect(walk.passage.notes.join(' ')).toContain('he adds "Not that he listens"');
      const ask = walk.wouldScore(...LEAVE_IT_TO_HIS_DAD);
      expect(ask.acts).toEqual(['DECIDE_WITH', 'BYSTAND']);
      const car = walk.wouldScore(...TELL_HIM_AT_HIS_CAR);
      const room = walk.wouldScore(...TERMS_WITH_HUGHES);
      expect(total(car)).toBe(total(room));
      expect(total(ask)).toBeLessThan(total(room));
      expect(walk.take(...TELL_HIM_AT_HIS_CAR).contested).toBe(true);
    }
    const room = new StoryWalk(ID);
    room.take(...LOG_THE_HOUSE);
    expect(room.take(...TERMS_WITH_HUGHES).contested).toBe(true);
  });

  it("the senior post: Sheila asks you not to delay the advert, she's ready now (it closes on Friday; last time two applicants withdrew before the test), before the choice on every path, so the change for everyone goes against her own wish as well as costing her three weeks, and she says so; her own adjustment and the change for everyone stay level and contested; telling Farah she's dyslexic still overrides her", () => {
    const asked = atTheBriefing();
    asked.take(...ONE_LINE_THEN_PRIVATE);
    for (const walk of [asked, seniorPostUnasked()]) {
      const scene = walk.passage.lines.map((l) => l.text).join(' ');
      expectInOrder(
        scene,
        'closes on Friday',
        'Farah will have to know something.',
        "Don't delay the advert. I'm ready now.",
      );
      expect(scene).not.toContain('I suppose');
      expect(total(walk.wouldScore(...OPEN_PROCESS))).toBe(total(walk.wouldScore(...JUST_FOR_SHEILA)));
      expect(walk.wouldScore('disclose sheila info=dyslexia to=farah').acts).toEqual(['OVERRIDE']);
      expect(walk.passage.notes.join(' ')).toContain(
        'the change for everyone goes against what she asked about the advert',
      );
      const heard = walk.shown.length;
      const record = walk.take(...OPEN_PROCESS);
      expect(record.contested).toBe(true);
      expect(walk.shown.slice(heard).join(' ')).toContain(
        '"Everyone? That\'s a new closing date. I said I\'m ready now."',
      );
    }
    const own = atTheBriefing();
    own.take(...ONE_LINE_THEN_PRIVATE);
    expect(own.take(...JUST_FOR_SHEILA).contested).toBe(true);
  });
});

describe('Say, See, Expect: session 10, the label says the act', () => {
  it("the review at the house: in three simulated rooms all eighteen seats chose the ask, most saying Gareth would still be told by the agency, his dad's way; its outcome leaves the telling to Mr Hughes (\"I'll tell him\"), so the label now says so (who tells is his to choose, and he has said it'll be him); still DECIDE_WITH + BYSTAND, below both co-bests", () => {
    const walk = new StoryWalk(ID);
    walk.take(...LOG_THE_HOUSE);
    const ask = optionWith(walk, LEAVE_IT_TO_HIS_DAD).text;
    expect(ask).toContain('let him choose who tells Gareth');
    expect(ask).not.toMatch(/agree with him how/);
    expect(walk.passage.lines.map((l) => l.text).join(' ')).toContain("it'll be me, in my own time");
    expect(walk.wouldScore(...LEAVE_IT_TO_HIS_DAD).acts).toEqual(['DECIDE_WITH', 'BYSTAND']);
    expect(total(walk.wouldScore(...LEAVE_IT_TO_HIS_DAD))).toBeLessThan(total(walk.wouldScore(...TERMS_WITH_HUGHES)));
    const record = walk.take(...LEAVE_IT_TO_HIS_DAD);
    expect(walk.shown.join(' ')).toContain('"I\'ll tell him."');
    // The line no longer says "says Mr Hughes" (the player prints the speaker's name), so check the speaker tag.
    expect(walk.speakerOf('"I\'ll tell him."')).toBe('hughes');
    expect(record.acts.map((a) => a.act)).toEqual(['DECIDE_WITH', 'BYSTAND']);
  });
});

// Seventeenth read (session 11, /work/wt/notes/r17-read-say-see-expect.md): a learner and a script editor played every
// option and found lines true on only some paths. Text only; no move, score or verdict changed.
describe('Say, See, Expect: the seventeenth read (session 11), lines true on every path', () => {
  it("the briefing: where the swap stood and nobody moved her back, Tendai isn't at Mr Hughes's with Sheila on Thursday, so she asks to be rung on Friday; where the swap came off she asks after Sheila's Mondays, the only visits Sheila offered; the one line to the room still scores CHALLENGE + INVITE", () => {
    const movedOff = new StoryWalk(ID);
    movedOff.take(...LET_SWAP_STAND);
    movedOff.take(...LEAVE_IT_TO_HIS_DAD);
    movedOff.take(SHOW_HER_THE_CHAT);
    const said = movedOff.shown.length;
    const record = movedOff.take(...ONE_LINE_THEN_PRIVATE);
    expect(record.acts.map((a) => a.act)).toEqual(['CHALLENGE', 'INVITE']);
    const ringBack = movedOff.shown.slice(said).join(' ');
    expect(ringBack).toContain("I've got calls till six. Ask me Friday.");
    expect(ringBack).not.toMatch(/Mr Hughes at four|Is Sheila still/);

    const kept = atTheBriefing();
    kept.take(...ONE_LINE_THEN_PRIVATE);
    expectInOrder(
      kept.shown.join(' '),
      '"Mondays, then. Not because I can\'t. Because he\'s there."',
      '"Is Sheila still doing Mondays with me?"',
    );
  });

  it("Tuesday, after the night sent home: Gareth was in the kitchen at Tendai's eight o'clock visit, so he stayed over, not drove forty minutes on his lunch hour; where the swap came off or stood, he drives over as before", () => {
    const overnight = new StoryWalk(ID);
    overnight.take(OVERNIGHT);
    const tuesday = overnight.passage.lines.map((l) => l.text).join(' ');
    expectInOrder(
      tuesday,
      'Gareth lives forty minutes away. He stayed over last night.',
      'Tendai went in alone at eight. Gareth stayed in the kitchen with the door shut.',
    );
    expect(tuesday).not.toContain('on his lunch hour');

    const logged = new StoryWalk(ID);
    logged.take(...LOG_THE_HOUSE);
    const review = logged.passage.lines.map((l) => l.text).join(' ');
    expect(review).toContain('Gareth drove forty minutes on his lunch hour.');
    expect(review).not.toMatch(/stayed over|went in alone at eight/);
  });

  it("Monday, the night sent home: Farah had already moved Tendai to the Parkers, and your voicemail sends her in at eight, so that evening Farah's swap comes off (not 'the rota stays as it is'); leaving her alone at eight is still BYSTAND", () => {
    const walk = new StoryWalk(ID);
    expect(walk.wouldScore(OVERNIGHT).acts).toContain('BYSTAND');
    walk.take(OVERNIGHT);
    const monday = walk.shown.join(' ');
    expectInOrder(
      monday,
      "I've already moved Tendai to the Parkers from tomorrow.",
      "go in at eight, and ring the office if Gareth's there",
      "That evening Farah's swap comes off.",
    );
    expect(monday).not.toContain('the rota stays as it is');
  });
});

// r17 second read (/work/wt/notes/r17-read2-say-see-expect.md): the MUST seams about who is where, on the paths that showed them.
describe('Say, See, Expect: the seventeenth read, second pass (session 11), people where the text says', () => {
  it("the ending alongside: the care agreement is read at Mr Hughes's kitchen table, before the doorstep and Sheila's car, not after she has driven off, and Mr Hughes, who speaks there, is on stage", () => {
    const walk = new StoryWalk(ID);
    walk.take(...LOG_THE_HOUSE);
    walk.take(...TELL_HIM_AT_HIS_CAR);
    walk.take(SHOW_HER_THE_CHAT);
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...JUST_FOR_SHEILA);
    walk.take(...PAID_SESSIONS);
    walk.take(...GIVE_THURSDAYS);
    expect(walk.ended).toBe(true);
    expectInOrder(
      walk.shown.join(' '),
      "She sits down at Mr Hughes's kitchen table, opposite Gareth",
      'The care agreement is on the table.',
      'Mr Hughes says he always has.',
      'On the doorstep afterwards Tendai turns to Sheila.',
      'Sheila sits in her car a long time before she starts it.',
    );
    expect(walk.present()).toEqual(expect.arrayContaining(['tendai', 'sheila', 'gareth', 'hughes']));
  });

  it("Thursday's corridor: the carers are reading the chat aloud in the office where the briefing is held, so showing Tendai the chat in private takes her into your own office, not that one; still DECIDE_WITH", () => {
    const walk = new StoryWalk(ID);
    walk.take(...LOG_THE_HOUSE);
    walk.take(...TELL_HIM_AT_HIS_CAR);
    expect(walk.wouldScore(SHOW_HER_THE_CHAT).acts).toEqual(['DECIDE_WITH']);
    walk.take(SHOW_HER_THE_CHAT);
    const said = walk.shown.join(' ');
    expectInOrder(
      said,
      'Through the door, two carers are reading the chat aloud.',
      'You take Tendai into your office and shut the door.',
    );
    expect(said).not.toContain('You take Tendai into the office');
  });
});

// r18 curtain-call read (session 12, /work/wt/notes/r18-curtain-say-see-expect.md): the debrief's own texts (perspective:,
// reflect:, moment:) read against every path where their option is taken, now that any reflect can reach a learner
// (the engine asks about the path's most notable decisions, not the first two). No move, score or verdict changed.
describe('Say, See, Expect: the curtain call (session 12), the debrief true on every path', () => {
  const card = (record: { perspectives: { who: string; text: string }[] }, who: string) =>
    record.perspectives.find((p) => p.who === who)?.text;
  const reflect = (record: { reflect?: string[] }) => (record.reflect ?? []).join(' ');

  it("the speaking-up policy, paid evenings, after Sheila's dyslexia was told to her marker (MUST): the page says she came to both evenings and said little, so her card says she kept her head down, not that she said more than she meant to; where it stayed hers, it still says that", () => {
    const exposed = atTheBriefing();
    exposed.take(...ONE_LINE_THEN_PRIVATE);
    exposed.take('disclose sheila info=dyslexia to=farah');
    const heard = exposed.shown.length;
    const record = exposed.take(...PAID_EVENINGS);
    expect(exposed.shown.slice(heard).join(' ')).toContain('Sheila comes to both evenings and says little');
    expect(card(record, 'sheila')).toBe('Paid to talk, not to write. I came to both, and kept my head down.');

    const kept = atTheBriefing();
    kept.take(...ONE_LINE_THEN_PRIVATE);
    kept.take(...JUST_FOR_SHEILA);
    const said = kept.shown.length;
    const own = kept.take(...PAID_EVENINGS);
    expect(kept.shown.slice(said).join(' ')).toContain('Sheila talks more than she has in years');
    expect(card(own, 'sheila')).toBe('Paid to talk, not to write, and between calls. I said more than I meant to.');
  });

  it("Monday, in his dad's name: the speak_for question already asks whose wish it was, so the reflect asks what the next morning held instead (Tendai on her own at eight; Mr Hughes told it was his wish); still CHALLENGE + SPEAK_FOR", () => {
    const walk = new StoryWalk(ID);
    const record = walk.take('challenge', 'relay hughes source=inferred');
    expect(record.acts.map((a) => a.act)).toEqual(['CHALLENGE', 'SPEAK_FOR']);
    expect(reflect(record)).not.toMatch(/whose wish|who had been asked/i);
    expect(reflect(record)).toContain('Tendai still went in alone at eight.');
    expectInOrder(
      walk.shown.join(' '),
      "Tomorrow's eight o'clock still has one name on it.",
      "You said Dad wants me out of her way when she's here.",
      "Nobody's asked me.",
    );
  });

  it("Monday, the swap kept: where Mr Hughes got Tendai back from Thursday it didn't last a fortnight, so the reflect doesn't say it did; Tuesday's yes for her asks how she heard and what she moved, not 'when was Tendai asked' (she was asked on Monday, and doing_for asks who decided); scores unchanged", () => {
    const walk = new StoryWalk(ID);
    const monday = walk.take(...LET_SWAP_STAND);
    expect(reflect(monday)).not.toContain('for a fortnight');
    expect(reflect(monday)).toContain(
      "The swap kept Tendai out of Gareth's way, and no other client's call went late.",
    );
    expect(walk.shown.join(' ')).toContain('Is that all right?');
    const heard = walk.shown.length;
    const tuesday = walk.take('act_on_behalf tendai', 'silent');
    expect(tuesday.acts.map((a) => a.act)).toContain('DOING_FOR');
    expect(reflect(tuesday)).not.toContain('When was Tendai asked');
    expect(reflect(tuesday)).toContain("Tendai heard from Farah and moved her son's appointment to be there.");
    expectInOrder(
      walk.shown.slice(heard).join(' '),
      'Tendai hears on Wednesday, from Farah',
      "Thursday's my son's appointment. I'll move it.",
    );
  });

  it('the review at the house, the front room: only the ending alongside shows the terms again, so the reflect asks what written terms do, not what they changed later (end_apart shows nothing of them); still contested', () => {
    const walk = new StoryWalk(ID);
    walk.take(...LET_SWAP_STAND);
    const record = walk.take(...TERMS_WITH_HUGHES);
    expect(record.contested).toBe(true);
    expect(reflect(record)).not.toContain('later');
    expect(reflect(record)).toContain("What made that hard, and what do written terms do that saying it doesn't?");
  });

  it('the review at the house, after the swap stood: Mr Hughes asked for Tendai back and nobody there answers it (going back is hers to say), so his card says so on all three terms options; where the swap came off his cards are as before', () => {
    const cards: Record<string, string> = {};
    for (const [name, moves] of [
      ['car', TELL_HIM_AT_HIS_CAR],
      ['dad', LEAVE_IT_TO_HIS_DAD],
      ['room', TERMS_WITH_HUGHES],
    ] as const) {
      const swapped = new StoryWalk(ID);
      swapped.take(...LET_SWAP_STAND);
      expect(swapped.passage.lines.map((l) => l.text).join(' ')).toContain('I want Tendai back.');
      cards[name] = card(swapped.take(...moves), 'hughes')!;
      expect(cards[name]).toContain('Tendai');
      const logged = new StoryWalk(ID);
      logged.take(...LOG_THE_HOUSE);
      expect(card(logged.take(...moves), 'hughes')).not.toContain('Tendai');
    }
    expect(cards.car).toBe(
      "I asked for Tendai back, and nobody's answered. I'd said the telling was mine, and you went round me.",
    );
    expect(cards.dad).toContain("I had my say about Gareth. About Tendai, nobody's said.");
    expect(cards.room).toContain("the row I didn't want");
  });

  it("six months on, after the paid drafting (the homework harm): what she asks for and what you've changed answer the homework (paid meetings, staff write it together), not the induction plan; the repairs still score as before", () => {
    const afterTheDrafting = () => {
      const walk = new StoryWalk(ID);
      walk.take(...LET_SWAP_STAND);
      walk.take(...TERMS_WITH_HUGHES);
      walk.take(ANSWER_THE_CHAT);
      walk.take(NAME_HER_IN_THE_ROOM);
      walk.take(...OPEN_PROCESS);
      walk.take(...PAID_DRAFTING);
      return walk;
    };
    const asked = afterTheDrafting();
    expect(asked.passage.lines.map((l) => l.text).join(' ')).toContain(
      'You made what happened to me into my homework.',
    );
    expect(total(asked.wouldScore(...ASK_WHAT_PUTS_IT_RIGHT))).toBe(total(asked.wouldScore(...SAY_IT_THEN_HER_LIST)));
    const read = asked.shown.length;
    asked.take(...ASK_WHAT_PUTS_IT_RIGHT);
    const answer = asked.shown.slice(read).join(' ');
    expect(answer).toContain('Next time, ask us in a room. Paid.');
    expect(answer).toContain('You put it in the next policy review while she watches.');
    expect(answer).not.toContain('induction');
    const told = afterTheDrafting();
    const from = told.shown.length;
    told.take(...SAY_WHAT_YOU_CHANGED);
    const said = told.shown.slice(from).join(' ');
    expect(said).toContain("the next review's booked as paid meetings, and staff write it together");
    expect(said).not.toContain('Farah rings a carer before any swap');
  });

  it("six months on, Thursdays: the supervision never says three are off sick (that was January), so the reflect on sending her to Farah asks about Farah's worst day, which Tendai named; taking up her day off or holding the college a year, her card says what the page shows (Farah worked two Thursdays anyway; the adviser answered in a fortnight), not that you spoke before she'd finished; the moment is a scene title", () => {
    const start = () => {
      const w = atTheBriefing();
      w.take(...ONE_LINE_THEN_PRIVATE);
      w.take(...JUST_FOR_SHEILA);
      w.take(...PAID_SESSIONS);
      return w;
    };
    const farah = start();
    expect(farah.passage.lines.map((l) => l.text).join(' ')).not.toContain('off sick');
    const sent = farah.take(SEND_HER_TO_FARAH);
    expect(reflect(sent)).not.toContain('three off sick');
    expect(reflect(sent)).toContain("on Farah's worst day");
    expect(sent.moment).toBe("Tendai's supervision");
    const dayOff = start();
    const read = dayOff.shown.length;
    const taken = dayOff.take(MONDAYS_ON_HER_DAY_OFF);
    expect(dayOff.shown.slice(read).join(' ')).toContain('by working two of them herself');
    expect(card(taken, 'tendai')).toBe(
      "I offered my day off so I wouldn't owe anyone. You took it, and Farah worked two Thursdays anyway.",
    );
    // Her list (the college, then the visa) was said in full before you answered, so her card names the cost the page
    // shows instead: the adviser's answer came in a fortnight.
    const held = start();
    const from = held.shown.length;
    const year = held.take(HOLD_THE_COLLEGE_A_YEAR);
    expect(held.shown.slice(from).join(' ')).toContain('The adviser answers in a fortnight');
    expect(card(year, 'tendai')).toBe(
      'You kept my visa safe, and I know why. It was my year to risk, and the adviser answered in a fortnight.',
    );
  });

  it("the briefing: Tendai's card after the one line anchors Sheila's distance to the briefing ('since'), not to a 'still' with nothing before it; Precious, who asked the room's question, has a card where you answered her with a rule and where you answered her after, on the stairs", () => {
    const oneLine = atTheBriefing();
    expect(card(oneLine.take(...ONE_LINE_THEN_PRIVATE), 'tendai')).not.toMatch(/\bstill\b/);
    const walkOut = atTheBriefing();
    expect(card(walkOut.take(...WALK_OUT_AND_RING), 'precious')).toBe(
      'I wrote it down: walk out, ring on-call. I asked who answers it, and nobody said.',
    );
    const after = atTheBriefing();
    const read = after.shown.length;
    const stairs = after.take(...CARRY_ON_THEN_PRIVATE);
    expect(after.shown.slice(read).join(' ')).toContain('"Are you telling everyone that?"');
    expect(card(stairs, 'precious')).toContain('on the stairs');
  });
});

describe('Say, See, Expect: the second curtain-call read (session 12), questions about practice and cards the page shows', () => {
  const card = (record: { perspectives: { who: string; text: string }[] }, who: string) =>
    record.perspectives.find((p) => p.who === who)?.text;
  const reflect = (record: { reflect?: string[] }) => (record.reflect ?? []).join(' ');

  it("Monday, in his dad's name: the card above already says who went in alone at eight and what Mr Hughes heard, so the reflect asks what would have had to change on the rota and who you'd have asked first, not a recall quiz; still CHALLENGE + SPEAK_FOR", () => {
    const walk = new StoryWalk(ID);
    const record = walk.take('challenge', 'relay hughes source=inferred');
    expect(record.acts.map((a) => a.act)).toEqual(['CHALLENGE', 'SPEAK_FOR']);
    expect(reflect(record)).not.toContain('Who went in on her own');
    expect(reflect(record)).not.toContain('what did Mr Hughes hear');
    expect(reflect(record)).toBe(
      "You rang Gareth the same night, in his father's name, and Tendai still went in alone at eight. What would have had to change on the rota, and who would you have asked first?",
    );
    expect(walk.shown.join(' ')).toContain("Tomorrow's eight o'clock still has one name on it.");
  });

  it("Tuesday, Tendai back from Thursday after the swap stood: the page has just said how she heard (Farah) and what she moved (her son's appointment), and doing_for asks who decided, so the reflect asks what she'd have needed to feel she could say no; still DOING_FOR", () => {
    const walk = new StoryWalk(ID);
    walk.take(...LET_SWAP_STAND);
    const heard = walk.shown.length;
    const tuesday = walk.take('act_on_behalf tendai', 'silent');
    expect(tuesday.acts.map((a) => a.act)).toContain('DOING_FOR');
    expect(reflect(tuesday)).not.toContain('How did she hear');
    expect(reflect(tuesday)).not.toMatch(/who (got to )?decide/i);
    expect(reflect(tuesday)).toBe(
      "Tendai heard from Farah and moved her son's appointment to be there. What would she have needed from you to feel she could say no?",
    );
    expectInOrder(
      walk.shown.slice(heard).join(' '),
      'Tendai hears on Wednesday, from Farah',
      "Thursday's my son's appointment. I'll move it.",
    );
  });

  it("Monday, the swap kept: the card says what she'd told you and what Gareth got, so the reflect asks what you could still have said to Gareth and what you'd do about the three hours she named; scores unchanged", () => {
    const walk = new StoryWalk(ID);
    const monday = walk.take(...LET_SWAP_STAND);
    expect(monday.acts.map((a) => a.act)).toContain('COLLUDE');
    expect(reflect(monday)).not.toContain('What had she already told you');
    expect(reflect(monday)).toContain('what would you do about the three hours she asked about?');
    expect(walk.shown.join(' ')).toContain('The Parkers is three. Where are the other three?');
  });

  it("the review at the house, the front room after the swap stood: Mr Hughes only asks for Tendai to be put in, the page never shows the agreement saying it, so his card says he asked, not 'It's in the agreement'", () => {
    const walk = new StoryWalk(ID);
    walk.take(...LET_SWAP_STAND);
    const read = walk.shown.length;
    const record = walk.take(...TERMS_WITH_HUGHES);
    expect(record.contested).toBe(true);
    expect(walk.shown.slice(read).join(' ')).toContain('And put in that I want Tendai.');
    expect(card(record, 'hughes')).not.toContain("It's in the agreement");
    expect(card(record, 'hughes')).toContain(
      "I want Tendai back. I said put it in; whether she'll come, nobody's said.",
    );
  });

  it("the briefing, answered on the stairs: Precious leaves a month later and her exit form already says she got her answer on the stairs, so her card uses what she asked there (were you telling everyone) instead of repeating the form; Tendai's card after the one line says what the page shows (Sheila by the kettle), not a distance kept 'since' that later scenes don't show", () => {
    const after = atTheBriefing();
    const read = after.shown.length;
    const stairs = after.take(...CARRY_ON_THEN_PRIVATE);
    const page = after.shown.slice(read).join(' ');
    expect(page).toContain('"Are you telling everyone that?"');
    expect(page).toContain('A month later Precious leaves.');
    expect(card(stairs, 'precious')).not.toContain('asked in front of everyone');
    expect(card(stairs, 'precious')).toBe(
      "I got a good answer on the stairs. I asked if you were telling everyone, and you weren't.",
    );

    const oneLine = atTheBriefing();
    const from = oneLine.shown.length;
    const record = oneLine.take(...ONE_LINE_THEN_PRIVATE);
    expect(record.acts.map((a) => a.act)).toEqual(['CHALLENGE', 'INVITE']);
    expect(oneLine.shown.slice(0, from).join(' ')).toContain('Sheila has the seat by the kettle');
    expect(card(record, 'tendai')).not.toContain('since');
    expect(card(record, 'tendai')).toBe("You didn't use my name. Sheila sat by the kettle, not near me.");
  });
});

// Session 13 fact check (/work/wt/r19/FACTS4.md): notes only; no act, move, score or verdict changed.
describe('S5 facts, session 13', () => {
  it("the senior post's note states s159 in the Act's terms (as qualified as, disadvantage or under-representation, no blanket policy), names the occupational-requirement exception (Sch 9), and says s13(3) covers favouring a disabled person over someone who isn't disabled (s13(3) and Sch 9 read on legislation.gov.uk)", () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    const note = walk.take(...JUST_FOR_SHEILA).notes.join(' ');
    expect(note).toMatch(
      /tie-break between candidates as qualified as each other, where people who share it are disadvantaged or under-represented, and never as a blanket policy \(s159\)/,
    );
    expect(note).toMatch(/unless it is a genuine occupational requirement \(Sch 9\)/);
    expect(note).toMatch(
      /favouring a disabled person is not disability discrimination against someone who isn't disabled \(s13\(3\)/,
    );
    expect(note).not.toMatch(/disability aside|equally qualified/);
  });

  it("Monday's note says how the third-party harassment duty's commencement was searched for again and what was found (the newest copy of s21 we could reach dated April 2026, nothing after SI 2026/323), so it still doesn't assert the duty is in force", () => {
    const note = new StoryWalk(ID).take(...LOG_THE_HOUSE).notes.join(' ');
    expect(note).toMatch(/searched again 2026-12-07/);
    expect(note).toMatch(/no commencement regulations after SI 2026\/323 were found/);
    expect(note).toMatch(/check before you teach it as in force/);
  });
});

// Session 17 fact check (/work/wt/notes/facts.md): notes only. The Employment Rights Act 2025 s21 and the Equality
// Act's ss13(1) and 39 were read on legislation.gov.uk; the commencement of s21 is still not found, and says so.
describe('S5 facts, session 17', () => {
  it("Monday's note says s21's words were read at source (it adds s40(1A) to (1C)) and that its commencement still wasn't found", () => {
    const note = new StoryWalk(ID).take(...LOG_THE_HOUSE).notes.join(' ');
    expect(note).toContain('(s21 read at source, www.legislation.gov.uk/ukpga/2025/36/section/21, 2026-12-07');
    expect(note).toContain('it adds s40(1A) to (1C)');
    expect(note).toContain('s13(1) and s39(2) read on legislation.gov.uk, 2026-12-07');
    expect(note).toMatch(/check before you teach it as in force/);
    expect(note).not.toContain('https:');
  });

  it("the senior post's note says the change-of-occupation rule is still only in solicitors' summaries (searched again 2026-12-07), and where the duty to adjust was read", () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    const note = walk.take(...JUST_FOR_SHEILA).notes.join(' ');
    expect(note).toContain(
      'the Rules not read at source: searched again 2026-12-07, and the sources we could reach still held only summaries',
    );
    expect(note).toContain('s39(5), which puts the duty to adjust on employers, read on legislation.gov.uk 2026-12-07');
  });
});

// Session 18: both round-17 option-only readers (/work/wt/notes/cold-a.md, cold-b.md) found the best at Monday, the
// senior post and the policy. They chose it by the words around it ("log it yourself", "for everyone"-style universal
// design) and ruled the rest out by theirs ("Keep Farah's swap", "in his dad's name", "that Sheila is dyslexic",
// "Pay Tendai and Sheila to write"). The options the best beats now carry the ally's words, wrong in context, and
// the best's label says its cost. No move or verdict changed.
describe('Say, See, Expect: session 18 (the ally words on the options the best beats)', () => {
  it('Monday: the swap asks Tendai and puts someone beside her, the delay asks her to say what she wants (she just has), the relay says what his dad wants; the log names the form she turned over, and still scores above them all', () => {
    const walk = new StoryWalk(ID);
    expect(optionWith(walk, LET_SWAP_STAND).text).toMatch(/^Put Tendai back on Mr Hughes in a fortnight, .*ask her/);
    // Educator read 18b, SHOULD 2: the kind delay a busy manager really offers, "think it over", treats what she has
    // decided as undecided.
    expect(optionWith(walk, [OVERNIGHT]).text).toMatch(
      /ask Tendai to think it over tonight and ring you with what she wants/,
    );
    expect(optionWith(walk, ['challenge', 'relay hughes source=inferred']).text).toMatch(/his dad wants Tendai/);
    const best = optionWith(walk, LOG_THE_HOUSE);
    expect(best.text).toMatch(/though Tendai turned the form over\.$/);
    const top = total(walk.wouldScore(...LOG_THE_HOUSE));
    for (const option of walk.options())
      if (option.text !== best.text) expect(total(walk.wouldScore(...option.moves)), option.text).toBeLessThan(top);
    // What she'd already said is on the page before the choice, and the delay's consequence has her say so.
    walk.take(OVERNIGHT);
    expectInOrder(walk.shown.join(' '), 'By you, not by me.', "I've just told you.");
  });

  it('the senior post: the disclosure is worded as fair marking (content, not spelling), and the change for everyone names its cost (a new closing date, after Sheila asked not to delay it); OVERRIDE and REMOVE_BARRIER as before', () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    const told = optionWith(walk, ['disclose sheila info=dyslexia to=farah']).text;
    expect(told).not.toMatch(/dyslexi/);
    expect(told).toMatch(/mark content, not spelling/);
    expect(optionWith(walk, OPEN_PROCESS).text).toMatch(/, and a new closing date\.$/);
    expect(walk.passage.lines.map((l) => l.text).join(' ')).toContain("Don't delay the advert.");
    expect(walk.wouldScore('disclose sheila info=dyslexia to=farah').acts).toEqual(['OVERRIDE']);
    expect(walk.wouldScore(...OPEN_PROCESS).acts).toEqual(['REMOVE_BARRIER']);
  });

  it("the policy: the paid drafting asks Tendai and Sheila to write it with you, and the survey asks for everyone's own words; both still score below the daytime meetings, and the drafting is still BURDEN", () => {
    const walk = atTheBriefing();
    walk.take(...ONE_LINE_THEN_PRIVATE);
    walk.take(...OPEN_PROCESS);
    expect(optionWith(walk, PAID_DRAFTING).text).toMatch(/^Ask Tendai and Sheila to write it with you/);
    expect(optionWith(walk, PAID_PHONE_SURVEY).text).toMatch(/in their own words/);
    expect(walk.wouldScore(...PAID_DRAFTING).acts).toContain('BURDEN');
    for (const other of [PAID_DRAFTING, PAID_PHONE_SURVEY])
      expect(total(walk.wouldScore(...other))).toBeLessThan(total(walk.wouldScore(...PAID_SESSIONS)));
  });
});
