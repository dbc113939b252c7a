// S1 "Sitting in Reception": the verdicts reviewers disputed (scenarios.md v3 and the December 2026 educator read in
// stories/REVIEWS.md), each with its reason, and the consequence that travels: whether Mrs Lee is still in the
// waiting room when the wait runs long depends on what the learner did at the desk, and changes the plan Esther
// can make.
import { readFileSync } from 'node:fs';
import promptsData from '../../src/content/prompts.json';
import { describe, expect, it } from 'vitest';
import { lastPassage, passagesIn } from '../../src/engine/heardPassage';
import { parsePromptLibrary } from '../../src/engine/debrief/promptLibrary';
import { selectPrompts } from '../../src/engine/debrief/selectPrompts';
import { expectInOrder, indexIn } from './support/inOrder';
import { actsOf, decisionAt, optionsAt, playBy, total, transcript as readAlong } from './support/playStory';

const S1 = 'sitting-in-reception';
const DESK = 'The desk: "we rang her"';
const MESSAGE = "Passing on Esther's message";
const AFTER = 'Afterwards';
const WAIT = 'When the wait runs long';
const HOLD = "Catch Esther's eye, and wait for her to answer";
const FACE_HER = 'Tell Dawn Esther lipreads, and ask her to say it';
const SPEAK = "Ask Dawn to put on Esther's notes";
const TOGETHER = '"Three weeks is a long time';
const BACK_UP = 'Tell Dawn Mrs Lee is right';
const STAY_SEATED = 'Stay in your seat with Esther';
const PLAN = "Tell Esther your next call can't have his lunch late";
const WORD_FOR_WORD = 'Ask Dawn if she could type the note';
// Tenth round: handing over the note for her file (no seat chose it) became the note on her record in the morning.
const HAND_NOTE = 'Hand Dawn the note, and ask her to put it on the record in the morning';
const NATIONAL_FLAG = "Ask Dawn to put Esther's needs on the NHS flag";
const WRITE_PLAN = "Ask Dr Shah to put the tablets and her call to Efua on Esther's pad";
const ASK_EFUA = 'Check with Esther, facing her, whether Dr Shah can ring Efua';
const READ_NUMBER = "Look up Efua's number on Esther's care plan";
const TABLETS = 'The new tablets';
const LEAVE_LETTER = "Write up what you saw at the desk in the agency's notes";
const TYPE_LETTER = "Say you'll type Esther's letter";
// f13: the apology says what it is sorry for (the harm R13 answers) on every harm path, under one label.
const REPAIR = "Tell Esther what you're sorry for, and put the kettle on";
const DUTY_DOCTOR = 'Say Esther fell last week, and ask Dawn';
const ASK = "Ask Esther what she'd like to do";
const BOOK = '"Or she can book online"';
const CLEAN = [HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN, LEAVE_LETTER];
// Whether the option starting with `prefix` carries `# contested` at this decision.
const contested = (record: ReturnType<typeof decisionAt>, prefix: string) =>
  record.options.find((o) => o.text.startsWith(prefix))?.contested;

const option = (record: ReturnType<typeof decisionAt>, prefix: string) => {
  const found = optionsAt(record).find((o) => o.text.startsWith(prefix));
  expect(found, `no option "${prefix}"`).toBeDefined();
  return found!;
};

const transcript = (prefixes: string[]) => readAlong(S1, prefixes, 'first');

/**
 * "Book online" after waiting at the desk: suggesting today and asking her stay level, top and contested, and the
 * duty doctor stays doing for her. The verdicts every round that changed the scene before it has to keep.
 */
function bookOnlineVerdictsHold() {
  const book = decisionAt(playBy(S1, [HOLD, ASK]), BOOK);
  const top = Math.max(...optionsAt(book).map(total));
  expect(total(option(book, TOGETHER))).toBe(top);
  expect(total(option(book, ASK))).toBe(top);
  expect(contested(book, TOGETHER)).toBe(true);
  expect(contested(book, ASK)).toBe(true);
  expect(option(book, DUTY_DOCTOR).acts).toEqual(['DOING_FOR esther']);
  return book;
}

describe('S1 verdicts reviewers disputed', () => {
  it('a repair offered when the path did Esther no harm is not a repair, so a path without harm is not offered one', () => {
    const clean = playBy(S1, CLEAN);
    const offered = optionsAt(decisionAt(clean, AFTER));
    expect(offered.flatMap((o) => o.acts).filter((a) => a.startsWith('REPAIR'))).toEqual([]);
    expect(clean.log.pattern).toBe('With');
  });

  it('after speaking for Esther at the desk the apology is on offer, and it answers that harm (R13)', () => {
    const playthrough = playBy(S1, [SPEAK, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN, REPAIR]);
    expect(actsOf(decisionAt(playthrough, AFTER))).toEqual(['REPAIR esther', 'RESPECT_WISH esther']);
    const desk = playthrough.log.decisions[0]!;
    expect(desk.base.voice).toBe(-1);
    expect(desk.voice).toBe(0);
  });

  it('verdict changed on purpose (fourteenth round): at the desk, telling Dawn that Esther lipreads, after she asked you at home not to explain her ears, speaks for her (R1: present, able with support, not asked), though it gets Dawn to face her; waiting for her to answer is the best', () => {
    const desk = decisionAt(playBy(S1, [FACE_HER]), DESK);
    const face = option(desk, FACE_HER);
    const wait = option(desk, HOLD);
    expect(face.acts).toEqual(['SPEAK_FOR esther', 'REMOVE_BARRIER esther']);
    expect(wait.acts).toEqual(['HOLD_SPACE esther']);
    expect(total(wait)).toBeGreaterThan(total(face));
    expect(Math.max(...optionsAt(desk).map(total))).toBe(total(wait));
  });

  it("reading Esther's note word for word, as she asked, never scores below asking for a Reasonable Adjustment Flag she never asked for (what the flag says about her is hers to agree)", () => {
    const message = decisionAt(playBy(S1, CLEAN), MESSAGE);
    const flag = option(message, NATIONAL_FLAG);
    expect(flag.acts).toEqual(['SPEAK_FOR esther']);
    for (const hers of [WORD_FOR_WORD, HAND_NOTE]) {
      expect(option(message, hers).acts[0]).toBe('ADVOCATE esther');
      expect(total(option(message, hers))).toBeGreaterThan(total(flag));
    }
    expect(message.notes.join(' ')).toMatch(/hers to agree/);
    // Plain words in the option (what it does: hospitals see it); Dawn, whose job it is, names the flag in her reply.
    expect(flag.text).toMatch(/NHS flag[^.]*hospitals/);
    expect(flag.text).not.toMatch(/Reasonable Adjustment Flag/);
    expect(transcript([...CLEAN.slice(0, 4), NATIONAL_FLAG])).toMatch(
      /"The Reasonable Adjustment Flag\? That's one for the doctor/,
    );
  });

  it("the practice's own record and the national Reasonable Adjustment Flag are kept apart: her words onto the practice record is the best option, and nothing promises that everyone will know", () => {
    const message = decisionAt(playBy(S1, CLEAN), MESSAGE);
    const record = option(message, WORD_FOR_WORD);
    expect(record.acts).toEqual(['ADVOCATE esther', 'REMOVE_BARRIER esther']);
    expect(Math.max(...optionsAt(message).map(total))).toBe(total(record));
    // The record option asks for the practice record, never the national flag; the flag option never the record.
    expect(record.text).not.toMatch(/national|flag/i);
    expect(option(message, NATIONAL_FLAG).text).not.toMatch(/record/i);
    const source = readFileSync(`stories/${S1}.ink`, 'utf8');
    expect(source).not.toMatch(/^(?!# note:).*everyone will know/im);
  });

  it('with her note in hand, no option passes on an interpreter or a hearing loop Esther never asked for (not a choice a capable worker makes)', () => {
    const message = decisionAt(playBy(S1, CLEAN), MESSAGE);
    for (const o of optionsAt(message)) expect(o.text).not.toMatch(/interpreter|loop|sign language|BSL/i);
  });

  it('Esther cannot use the phone: nobody rings her in her own words except the surgery she is complaining about', () => {
    const source = readFileSync(`stories/${S1}.ink`, 'utf8').split('\n');
    const hers = source.filter((l) => /speaker: esther|perspective: esther:/.test(l));
    for (const line of hers.filter((l) => /\b(rang|rings|phoned|called) me\b/i.test(l))) {
      expect(line, 'Esther says she was rung only to say the surgery should not have').toMatch(
        /You rang me\. I'm deaf/,
      );
    }
  });

  it('the fall and the tablet change are recorded on every path, and the office changes the MAR with a second person checking it (shown being done, not quoted from a policy)', () => {
    for (const path of [CLEAN, [SPEAK, DUTY_DOCTOR, STAY_SEATED, "Say sorry, you'll be back", NATIONAL_FLAG]]) {
      const read = transcript(path);
      expect(read).toMatch(/care notes: the fall last week, the doctor, the change of tablets/);
      expect(read).toMatch(
        /Lorraine changes Esther's medicines chart \(the MAR\)[^.]*a colleague checks it against the photo/,
      );
    }
  });

  it('Esther has the letter in hand: leaving it to her (and writing your own account) is the best option; typing it for her after she said she would write it overrides her (R5)', () => {
    const after = decisionAt(playBy(S1, CLEAN), AFTER);
    expect(after.context.people.esther?.wants).toBe('no');
    const leave = option(after, LEAVE_LETTER);
    expect(leave.acts).toEqual(['RESPECT_WISH esther', 'INDIRECT esther']);
    expect(Math.max(...optionsAt(after).map(total))).toBe(total(leave));
    expect(option(after, TYPE_LETTER).acts).toEqual(['OVERRIDE esther']);
  });
  it("on the best path Mr Kowalski's lunch visit still happens (a missed home-care call is a safeguarding matter) and the morning's clock only runs forwards, with Mrs Lee in the room or not", () => {
    for (const path of [CLEAN, [HOLD, TOGETHER, STAY_SEATED, PLAN, WORD_FOR_WORD, WRITE_PLAN, LEAVE_LETTER]]) {
      const read = transcript(path);
      expect(read).toMatch(/late to Mr Kowalski/);
      expect(read).not.toMatch(/do Mr Kowalski herself/);
      const times = [
        'Ten past nine',
        'Quarter past eleven',
        'twenty past twelve',
        'Half past twelve',
        'twenty to one',
        'Ten to one',
      ];
      expectInOrder(read, ...times);
    }
  });

  it('staying in your seat while Mrs Lee is turned away is the only act on that path: the story adds no careless act the learner never chose', () => {
    expect(transcript([HOLD, TOGETHER, STAY_SEATED])).not.toMatch(/phone\./);
  });
});

describe('S1 decisions where the rule of thumb is not the whole answer', () => {
  it('at the new tablets, asking Esther at a busy desk is honest but second: she answers the half she catches (shown at home, not just before), so the whole plan in writing, the format her note asked for, is best; and reading out the emergency contact overrides her, because a contact for emergencies is not consent to share', () => {
    const tablets = decisionAt(playBy(S1, CLEAN), TABLETS);
    expect(tablets.context.people.esther?.mandate).toBe('known_wishes');
    const write = option(tablets, WRITE_PLAN);
    const ask = option(tablets, ASK_EFUA);
    const number = option(tablets, READ_NUMBER);
    expect(write.acts).toEqual(['CHALLENGE', 'REMOVE_BARRIER esther']);
    expect(ask.acts).toEqual(['ASK_CONSENT esther']);
    expect(number.acts).toEqual(['OVERRIDE esther']);
    expect(total(write)).toBeGreaterThan(total(ask));
    expect(total(ask)).toBeGreaterThan(0);
    expect(Math.max(...optionsAt(tablets).map(total))).toBe(total(write));
    // The deciding details are shown scenes earlier, not in the line before the choice.
    const read = transcript(CLEAN);
    const decision = indexIn(read, 'Is the number on your care plan');
    for (const shownEarlier of [
      'I answer the half I hear',
      'She hears what she needs to, from me',
      'In an emergency: Efua',
    ])
      expectInOrder(read, shownEarlier, 'The surgery is warm and full');
    expect(decision).toBeGreaterThan(0);
  });

  it('the yes to half a question travels: asking at the desk ends with Dr Shah ringing Efua that evening; the plan in writing leaves the fall for Esther to tell', () => {
    const asked = transcript([HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, ASK_EFUA, LEAVE_LETTER]);
    expect(asked).toMatch(/answered|She's at work till six/);
    expect(asked).toMatch(/Dr Shah rings Efua/);
    expect(transcript(CLEAN)).not.toMatch(/Dr Shah rings Efua/);
    expect(transcript(CLEAN)).toMatch(/I'll tell her Sunday/);
  });

  it("verdict changed on purpose (tenth round): at the message, her words typed onto the record now and put on first thing tomorrow are contested, because a room split between Dawn's mother's lunch at one and the note on screen this afternoon; both outscore the national flag, and tomorrow's cost is shown (Dr Shah has not seen it)", () => {
    const message = decisionAt(playBy(S1, CLEAN), MESSAGE);
    const morning = option(message, HAND_NOTE);
    const record = option(message, WORD_FOR_WORD);
    expect(total(morning)).toBe(total(record));
    expect(contested(message, HAND_NOTE)).toBe(true);
    expect(contested(message, WORD_FOR_WORD)).toBe(true);
    expect(total(record)).toBeGreaterThan(total(option(message, NATIONAL_FLAG)));
    const read = transcript(CLEAN);
    expectInOrder(read, 'three letters', 'The surgery is warm and full');
    // Her ask is a nod at the desk and two words; the note's words are shown on the page, so no option echoes a
    // spoken request (the sixth cold reader took "Give Dawn this for me" as the answer to the decision).
    expect(read).toMatch(/"For the desk\."/);
    expect(read).not.toMatch(/Give Dawn this/);
    // Dawn's mother is waiting on the decision itself, before the choice; what each choice costs follows it.
    expect(read.split('Did she want something passing on?')[0]).toMatch(/at her mum's by one/);
    const later = transcript([HOLD, TOGETHER, BACK_UP, PLAN, HAND_NOTE, WRITE_PLAN, LEAVE_LETTER]);
    expect(later).toMatch(/She hadn't seen my note, so I told her again/);
    expect(later).toMatch(/clinic texts her the date/);
    expect(read).toMatch(/Dr Shah showed me my note on her screen/);
  });

  it('no character states the rule before a choice, and the narrator passes no verdict on the learner', () => {
    const source = readFileSync(`stories/${S1}.ink`, 'utf8');
    for (const planted of [/face me when you answer/i, /if they talk to you instead of me/i, /without being asked/i])
      expect(source).not.toMatch(planted);
    for (const verdict of [
      /ask me first/i,
      /whether to ask you at all/i,
      /because she refused to leave/i,
      /anyway: it's on the screen/i,
    ])
      expect(source).not.toMatch(verdict);
  });
});

describe('S1 options that do not give the answer away', () => {
  it('the best option is a different kind of act across the morning, not always "ask her"', () => {
    const playthrough = playBy(S1, CLEAN);
    const best = playthrough.log.decisions.map((d) => {
      const options = optionsAt(d);
      const top = Math.max(...options.map(total));
      return options
        .find((o) => total(o) === top)!
        .acts.map((a) => a.split(' ')[0])
        .join('+');
    });
    expect(new Set(best).size).toBeGreaterThanOrEqual(5);
    expect(best.filter((acts) => /INVITE|HOLD_SPACE/.test(acts)).length).toBeLessThanOrEqual(2);
  });

  it('no option states its own excuse ("so…", "since…", "because…")', () => {
    const playthrough = playBy(S1, CLEAN);
    for (const d of playthrough.log.decisions)
      for (const o of d.options) expect(o.text, o.text).not.toMatch(/(,|;)\s*(so|since|because)\b/i);
  });
});

describe('S1 consequences that travel', () => {
  it('backing Mrs Lee up keeps her in the room when the wait runs long; standing by leaves Dawn taking the silence for a yes, and Mrs Lee takes the boy to the walk-in centre', () => {
    const backed = decisionAt(playBy(S1, [HOLD, TOGETHER, BACK_UP, PLAN]), WAIT);
    const left = decisionAt(playBy(S1, [HOLD, TOGETHER, STAY_SEATED, PLAN]), WAIT);
    expect(backed.context.people.mrs_lee?.present).toBe(true);
    expect(left.context.people.mrs_lee?.present ?? false).toBe(false);
    // Same words, same act; a different room, so a different plan.
    expect(actsOf(backed)).toEqual(actsOf(left));
  });

  it('the same words to Dawn speak for Esther at the desk and carry her words once she has asked (R1)', () => {
    const playthrough = playBy(S1, [SPEAK, TOGETHER, BACK_UP, PLAN, HAND_NOTE]);
    expect(actsOf(playthrough.log.decisions[0]!)).toEqual(['SPEAK_FOR esther']);
    expect(actsOf(decisionAt(playthrough, MESSAGE))).toContain('ADVOCATE esther');
  });

  it('seven decisions on a path, eight after outing Mrs Lee', () => {
    const plain = playBy(S1, CLEAN);
    expect(plain.ended).toBe(true);
    expect(plain.log.decisions).toHaveLength(7);
    const outed = playBy(S1, [
      HOLD,
      TOGETHER,
      'Tell Dawn the NHS says Gypsy and Traveller',
      "Say sorry you told Dawn, and ask if there's anything you can put right",
      PLAN,
      WORD_FOR_WORD,
      WRITE_PLAN,
      LEAVE_LETTER,
    ]);
    expect(outed.ended).toBe(true);
    expect(outed.log.decisions).toHaveLength(8);
  });
});

describe('S1 after the fifth educator and stereotype reads', () => {
  const ASKED = [HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, ASK_EFUA, LEAVE_LETTER];
  const NUMBER = [HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, READ_NUMBER, LEAVE_LETTER];
  /** A path that loses Esther's trust at almost every turn, ending in the low-trust ending. */
  const LOW_TRUST = [
    SPEAK,
    DUTY_DOCTOR,
    STAY_SEATED,
    "Say sorry, you'll be back",
    NATIONAL_FLAG,
    READ_NUMBER,
    TYPE_LETTER,
  ];

  it('the granddaughter is Efua everywhere: no leftover name from another story on the written plan', () => {
    const source = readFileSync(`stories/${S1}.ink`, 'utf8');
    expect(source).not.toMatch(/abena/i);
    expect(transcript(CLEAN)).toMatch(/RING EFUA TONIGHT\? YES \/ NO/);
  });

  it('reading out the number without her say costs something the learner can see: the surgery texts Efua, whatever the ending', () => {
    const read = transcript(NUMBER);
    expect(read).toMatch(/why is the surgery texting ME/);
    // Shown in the low-trust ending too, not only in one of them.
    expect(transcript(LOW_TRUST)).toMatch(/why is the surgery texting ME/);
    expect(transcript(CLEAN)).not.toMatch(/texting ME/);
    expect(transcript(ASKED)).not.toMatch(/texting ME/);
  });

  it('asking Esther at the desk fails only through what the story shows at the desk: two voices at once (the printer, Dr Shah on the chemist) and a doctor who moves on before the carer can put the question on paper; no "Half again" beat in the waiting room makes it a memory test (ninth review)', () => {
    const read = transcript(ASKED);
    expect(read).not.toMatch(/Half again/);
    expect(read).toMatch(/Behind you the printer is going, and Dr Shah is saying something about the chemist/);
    expect(read).toMatch(/Before you can write the question on her pad, Dr Shah has thanked her/);
  });

  it('"the hard words are on paper" follows only a plan on paper; asked at the desk, she got "twice a day", and the six o\'clock carer and the MAR check catch it', () => {
    expect(transcript(CLEAN)).toMatch(/The hard words are on paper/);
    expect(transcript(NUMBER)).toMatch(/The hard words are on paper/);
    const asked = transcript(ASKED);
    expect(asked).not.toMatch(/The hard words are on paper/);
    expect(asked).toMatch(/I got 'twice a day' and not much else/);
    expect(asked).toMatch(/six o'clock carer will have the times/);
  });

  it("Dr Shah's reason to ring is clinical (a fall, new tablets, living alone), not her own family; her father comes up afterwards, and Esther has no answer for her (no punchline: ninth review)", () => {
    const read = transcript(CLEAN);
    const decision = read.indexOf('Is the number on your care plan');
    expect(read.slice(0, decision)).not.toMatch(/my dad|her father/i);
    expect(read.slice(0, decision)).toMatch(/she lives alone/);
    expect(read.slice(decision)).toMatch(
      /Dr Shah asked me about her father\. He won't wear his hearing aids\. I didn't know what to tell her\./,
    );
    expect(read).not.toMatch(/when somebody manages it/);
  });

  it('Mrs Lee keeps her competence whatever the learner does: standing by, she decides on the walk-in centre herself, and nobody walks out into the rain', () => {
    const read = transcript([HOLD, TOGETHER, STAY_SEATED, PLAN]);
    expect(read).toMatch(/Walk-in centre, then/);
    const source = readFileSync(`stories/${S1}.ink`, 'utf8');
    for (const stock of [/into the rain/, /brothers can add up/, /go where the work is/])
      expect(source).not.toMatch(stock);
  });

  it("Esther's worth is not vouched for by her old job at the letter: her teaching shows in what she does in the waiting room, and her reason to write is the three letters the surgery ignored", () => {
    const read = transcript(CLEAN);
    expect(read).not.toMatch(/letters to parents|thirty years of practice/);
    expectInOrder(read, 'marked homework', 'Three letters, and they still rang');
  });

  it('no ending has Esther grade the learner, and what each choice set in motion is told on every ending', () => {
    const source = readFileSync(`stories/${S1}.ink`, 'utf8');
    expect(source).not.toMatch(/getting the hang of me/);
    // The eye clinic follows the record choice on the best path and on a low-trust path alike.
    expect(transcript(CLEAN)).toMatch(/clinic texts her the date/);
    // Tenth round: the seats read "its waiting room calls names out loud too" as the narrator marking the morning;
    // what is still not fixed is shown by what the clinic does (it texts, and moves the date twice), not a last word.
    expect(transcript(CLEAN)).not.toMatch(/calls names out loud too/);
    expect(transcript(CLEAN)).toMatch(/then texts twice more to move it/);
    expect(transcript(LOW_TRUST)).toMatch(/the eye clinic rings her/);
  });
});

describe('S1 after the sixth cold read: giveaways taken out, and the items left from the fifth round', () => {
  const STAY = "Stay and be Esther's ears";
  const GO_NO_PLAN = "Say sorry, you'll be back";

  it("at the desk the line before the choice is the queue, not a hint about lipreading; Dawn's screen habit is shown as what she does before she speaks, and speaking for Esther is a kind, quick fix, not a telling-off", () => {
    const lines = readAlong(S1, [], 'stop').split('\n');
    const dawn = lines.findIndex((l) => l.includes('We rang her yesterday afternoon'));
    expect(dawn).toBeGreaterThan(0);
    expect(lines.slice(dawn + 1).join(' ')).not.toMatch(/face|lipread|read/i);
    expect(lines.slice(0, dawn).join(' ')).toMatch(/finds the name on the screen/);
    // Ninth mend: the narrator no longer repeats the habit just before the choice (panel 8 read it as the answer).
    expect(lines.slice(0, dawn).join(' ')).not.toMatch(/eyes on the screen|goes back to the screen/);
    const desk = decisionAt(playBy(S1, [SPEAK]), DESK);
    const speak = option(desk, SPEAK);
    expect(speak.acts).toEqual(['SPEAK_FOR esther']);
    expect(speak.text).toMatch(/lipreads/);
    expect(speak.text).not.toMatch(/why/i);
    // No line after it grades Dawn or tells the learner whom Esther is not looking at.
    expect(transcript([SPEAK, TOGETHER])).not.toMatch(/at last|doesn't look at you/);
  });

  it('at "three weeks or the app", asking for the duty doctor after a fall is sound and it works on the day, but Esther is standing there: it is doing for (R5), and it tells the queue about her fall', () => {
    const book = decisionAt(playBy(S1, [HOLD, DUTY_DOCTOR]), BOOK);
    expect(option(book, DUTY_DOCTOR).acts).toEqual(['DOING_FOR esther']);
    expect(option(book, TOGETHER).acts).toEqual(['DECIDE_WITH esther']);
    const read = transcript([HOLD, DUTY_DOCTOR]);
    expect(read).toMatch(/I'll put a note on for the duty doctor/);
    expect(book.perspectives.map((p) => p.text).join(' ')).toMatch(/queue of six I'd fallen/);
  });

  it("the practice's barrier has a face beyond Dawn: the practice manager's laminated card is on the counter before Mrs Lee reaches it, goes in the drawer when Mrs Lee is backed up, and when the manager makes an exception for her alone, Dawn is left not knowing if it stands", () => {
    const read = transcript([HOLD, TOGETHER, BACK_UP]);
    expectInOrder(read, 'PROOF OF ADDRESS REQUIRED. S. Whitfield, Practice Manager', 'Ann Lee');
    expect(read).toMatch(/Dawn taps the laminated card/);
    expect(read).toMatch(/laminated card in her hand, and puts it in the drawer/);
    const asked = decisionAt(playBy(S1, [HOLD, TOGETHER, 'Step up beside Mrs Lee']), 'Mrs Lee at the desk');
    expect(asked.perspectives.map((p) => p.text).join(' ')).toMatch(/if the card on my counter still stands/);
  });

  it('naming Gypsy and Traveller families to Dawn is true and kindly meant (registration is the same for everyone), and still outs Mrs Lee, who told Esther, not the room (R6)', () => {
    const desk = decisionAt(playBy(S1, [HOLD, TOGETHER, BACK_UP]), 'Mrs Lee at the desk');
    const naming = option(desk, 'Tell Dawn the NHS says Gypsy and Traveller');
    expect(naming.acts).toEqual(['OVERRIDE mrs_lee']);
    expect(naming.text).toMatch(/Gypsy and Traveller/);
  });

  it('verdict changed on purpose (fifth educator read): a worker who leaves a dizzy client who cannot hear her name with no plan does worse than one who stays unasked, because the worker holds the power in that exchange (rank above: standing by costs more)', () => {
    const wait = decisionAt(playBy(S1, [HOLD, TOGETHER, BACK_UP, PLAN]), WAIT);
    expect(wait.context.rank).toBe('above');
    const stay = option(wait, STAY);
    const go = option(wait, GO_NO_PLAN);
    expect(stay.acts).toEqual(['DOING_FOR esther']);
    expect(go.acts).toEqual(['BYSTAND esther']);
    expect(total(stay)).toBeGreaterThan(total(go));
    expect(Math.max(...optionsAt(wait).map(total))).toBe(total(option(wait, PLAN)));
    // The plan is offered, not announced: she decides (label ten: said as a return time, not "you could go").
    expect(option(wait, PLAN).text).toMatch(/you'd be back/);
  });

  it('at the message and at the new tablets the best option is not the long two-part one, and the trap carries no reason of its own', () => {
    const played = playBy(S1, CLEAN);
    for (const [moment, best] of [
      [MESSAGE, WORD_FOR_WORD],
      [TABLETS, WRITE_PLAN],
    ] as const) {
      const d = decisionAt(played, moment);
      const lengths = optionsAt(d).map((o) => o.text.length);
      expect(option(d, best).text.length, moment).toBeLessThan(Math.max(...lengths));
      expect(option(d, best).text, moment).not.toMatch(/\btoo\b|, and stay/);
    }
    expect(option(decisionAt(played, TABLETS), READ_NUMBER).text).not.toMatch(/where Esther named/);
  });

  it('"She\'s at work till six" is gone back to: at home the worker puts the question on paper, Esther answers it, and Efua hears about the fall from Esther before Dr Shah rings', () => {
    const read = transcript([HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, ASK_EFUA, LEAVE_LETTER]);
    expectInOrder(read, 'You walk Esther home', 'write down the question you asked at the desk');
    expect(read).toMatch(/I never said ring her/);
    expectInOrder(read, 'texts Efua: "Come for your tea', 'At seven Dr Shah rings Efua');
    expect(read).toMatch(/hearing about the fall from Esther herself/);
    expect(transcript(CLEAN)).not.toMatch(/write down the question you asked/);
  });

  it('the endings show what Esther does next, not a mood that grades the whole morning; handing over her note works at the practice, and what it does not reach is shown by what people do', () => {
    const source = readFileSync(`stories/${S1}.ink`, 'utf8');
    for (const verdict of [/polite, and quiet/, /different worker/, /ask him what he'd wear/, /family firms/])
      expect(source).not.toMatch(verdict);
    const low = transcript([SPEAK, DUTY_DOCTOR, STAY_SEATED, GO_NO_PLAN, NATIONAL_FLAG, READ_NUMBER, TYPE_LETTER]);
    expect(low).toMatch(/her list for next week[^\n]*on my own/);
    // Tenth round: the note-for-her-file option is gone; without her note on the record (the flag path), the surgery
    // texts from what she has told it, and the eye clinic, which never saw the note, rings her.
    const handed = transcript([HOLD, TOGETHER, BACK_UP, PLAN, NATIONAL_FLAG, WRITE_PLAN, LEAVE_LETTER]);
    expect(handed).toMatch(/Next week the surgery texts her about a blood test\. Next month/);
    expect(handed).toMatch(/She misses it, and writes to the clinic/);
  });

  it('after outing Mrs Lee, no repair option echoes her words back, and the one that defends itself gives the reason the story showed (Dawn had refused her), not an "only"', () => {
    const outed = playBy(S1, [
      FACE_HER,
      TOGETHER,
      'Tell Dawn the NHS says Gypsy and Traveller',
      "Say sorry you told Dawn, and ask if there's anything you can put right",
    ]);
    const repair = decisionAt(outed, '"You had no right"');
    for (const o of optionsAt(repair)) expect(o.text).not.toMatch(/no right|yours to tell/i);
    expect(option(repair, "Say sorry you told Dawn, and ask if there's anything you can put right").acts).toEqual([
      'REPAIR mrs_lee',
    ]);
    expect(
      option(repair, 'Say sorry you told Dawn, and explain you were standing up for her and the boy').acts,
    ).toEqual(['SPEAK_OVER mrs_lee']);
    for (const o of optionsAt(repair)) expect(o.text).not.toMatch(/\bonly\b/);
    // Eleventh round: the reason is in the worker's line, not the label (which says what the worker tells her).
    expect(
      transcript([
        FACE_HER,
        TOGETHER,
        'Tell Dawn the NHS says Gypsy and Traveller',
        'Say sorry you told Dawn, and explain you were',
      ]),
    ).toMatch(/"I'm sorry I told her\. I was standing up for you\. Dawn was going to send the boy away\."/);
  });
});

describe('S1 after the seventh mend (the last named giveaways)', () => {
  const OUTING = 'Tell Dawn the NHS says Gypsy and Traveller';
  const NEXT_TIME = "Say sorry you told Dawn, and ask what she'd want said if you're asked again";
  const PUT_RIGHT = "Say sorry you told Dawn, and ask if there's anything you can put right";

  it("asking Mrs Lee for the words for next time has the worker's real reason (Dawn asked the tunic, and a desk will ask again) and is still her work, now: it repairs nothing, where asking what would help softens the outing", () => {
    const path = (repair: string) => playBy(S1, [HOLD, TOGETHER, OUTING, repair]);
    const asked = path(NEXT_TIME);
    expect(option(decisionAt(asked, '"You had no right"'), NEXT_TIME).acts).toEqual([
      'REPAIR mrs_lee',
      'CENTRE_SELF mrs_lee',
    ]);
    const outingAfter = (p: ReturnType<typeof playBy>) =>
      p.log.decisions.find((d) => d.acts.some((act) => act.act === 'OVERRIDE'))!;
    expect(outingAfter(asked).voice).toBe(outingAfter(asked).base.voice);
    const repaired = path(PUT_RIGHT);
    expect(outingAfter(repaired).voice).toBeGreaterThan(outingAfter(repaired).base.voice);
    // What Dawn said to the tunic is the reason the story shows for wanting the words.
    expect(transcript([HOLD, TOGETHER, OUTING])).toMatch(/You work in care, you'll know/);
  });

  it('the giveaways the last cold readers named are gone: no "smaller" secret, no "too" on the national flag, no Dawn grading the carer, no closing line that marks the Efua call', () => {
    const source = readFileSync(`stories/${S1}.ink`, 'utf8');
    for (const tell of [
      /writes again, smaller/,
      /not with her carer/,
      /sooner than Esther had planned/,
      /The NHS is clear/,
    ])
      expect(source).not.toMatch(tell);
    const message = decisionAt(playBy(S1, CLEAN), MESSAGE);
    expect(option(message, NATIONAL_FLAG).text).not.toMatch(/\btoo\b|as well/);
  });

  it("typing Esther's letter has the reason the story shows (the new tablets can make her light-headed for a week) in the worker's line, not in its label (ninth fix: no excuse clause), and is still overriding her: she said she'd write it", () => {
    const after = decisionAt(playBy(S1, CLEAN), AFTER);
    const typed = option(after, TYPE_LETTER);
    expect(typed.text).not.toMatch(/new tablets|settle|light-headed/);
    expect(typed.acts).toEqual(['OVERRIDE esther']);
    expect(transcript([HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN, TYPE_LETTER])).toMatch(
      /light-headed for a week[\s\S]*I was going to write it/,
    );
  });
});

describe('S1 after the sixth educator, stereotype and cold reads', () => {
  const STAY = "Stay and be Esther's ears";
  const OUTING = 'Tell Dawn the NHS says Gypsy and Traveller';

  it("the outing option gives the right as everyone's, so its one harm is the outing: no \"exemption\" for Gypsies and Travellers, and the note cites the primary sources (NHS England's registration principles; the government answer UIN 234719), not a practice's page", () => {
    const desk = decisionAt(playBy(S1, [HOLD, TOGETHER, OUTING]), 'Mrs Lee at the desk');
    expect(option(desk, OUTING).acts).toEqual(['OVERRIDE mrs_lee']);
    const spoken = transcript([HOLD, TOGETHER, OUTING]);
    expect(spoken).toMatch(/Gypsy and Traveller families register like anyone else\. Nobody needs proof of address/);
    expect(spoken).not.toMatch(/can register without a fixed address/);
    const note = desk.notes.join(' ');
    expect(note).toMatch(/Patient Registration Standard Operating Principles/);
    expect(note).toMatch(/UIN 234719[^"]*"the same for all patients, whether they are gypsies, travellers/);
    expect(note).toMatch(/The right is everyone's/);
    expect(note).not.toMatch(/leaflets|practice's own page/);
    // She has an address (her sister's); the cast line no longer says otherwise.
    expect(readFileSync(`stories/${S1}.ink`, 'utf8')).not.toMatch(/no fixed address/);
  });

  it('at "three weeks or the app" only the duty-doctor option says her fall in front of the queue: the best option, sitting and waiting together, does not', () => {
    const book = decisionAt(playBy(S1, [HOLD, TOGETHER]), BOOK);
    expect(option(book, TOGETHER).text).not.toMatch(/fall|fell/i);
    expect(option(book, DUTY_DOCTOR).text).toMatch(/fall|fell/);
    expect(transcript([HOLD, TOGETHER]).split('Next routine appointment')[1]).not.toMatch(/after a fall/);
  });

  it("Esther's new dizziness at the wait reaches the desk and the duty doctor on the best path, in her own plan, and when the worker stays; only leaving with no plan leaves it unsaid", () => {
    for (const desk of [BACK_UP, STAY_SEATED]) {
      const read = transcript([HOLD, TOGETHER, desk, PLAN]);
      expect(read).toMatch(/Tell Dawn the floor's moving again, and to fetch me in person/);
      expect(read).toMatch(/DIZZY AGAIN\. FETCH IN PERSON[^\n]*duty doctor/);
    }
    expect(transcript([HOLD, TOGETHER, BACK_UP, STAY])).toMatch(
      /floor's moving again for her\. Dawn adds it to the duty doctor's note/,
    );
    expect(transcript([HOLD, TOGETHER, BACK_UP, "Say sorry, you'll be back"])).not.toMatch(
      /DIZZY AGAIN|adds it to the duty doctor/,
    );
  });

  it('the middle ending is her list for next week too, not a mood, and the repair after outing Mrs Lee pronounces no lesson', () => {
    const between = transcript([SPEAK, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, READ_NUMBER, LEAVE_LETTER]);
    expect(between).toMatch(/her list for next week[^\n]*You can carry the umbrella/);
    const source = readFileSync(`stories/${S1}.ink`, 'utf8');
    for (const lesson of [
      /first line of her letter/,
      /yours to tell, not mine/,
      /don't do it to the next one/,
      /I can manage a sentence/,
    ])
      expect(source).not.toMatch(lesson);
  });
});

describe('S1 after the seventh polish (a panel of three cold readers, the seventh educator and stereotype reads)', () => {
  const STAY = "Stay and be Esther's ears";
  const OUTING = 'Tell Dawn the NHS says Gypsy and Traveller';
  const TELL_HER = 'Say sorry you told Dawn, and explain you were standing up for her and the boy';
  const ASK_FIRST = 'Step up beside Mrs Lee';

  it('Esther is not the marking scheme: none of the three told-offs all three readers named is left, and staying unasked turns out fine for her, with what it cost shown on her pad, not said', () => {
    const source = readFileSync(`stories/${S1}.ink`, 'utf8');
    for (const toldOff of [/you might have asked/i, /hear it from you first/i, /not doing it next week/i, /parcel/])
      expect(source).not.toMatch(toldOff);
    const stayed = playBy(S1, [HOLD, TOGETHER, BACK_UP, STAY]);
    expect(option(decisionAt(stayed, WAIT), STAY).acts).toEqual(['DOING_FOR esther']);
    const read = transcript([HOLD, TOGETHER, BACK_UP, STAY]);
    // Eighth polish: her own stake on her pad, not a half-written plan that marks the learner (worded as at "book
    // online" after the eighth final check, so Lorraine's mood is not the point).
    expect(read).toMatch(/Esther writes on her pad\.\n.*"Don't get in trouble over me\."/);
    expect(read).not.toMatch(/"Ask Dawn to"/);
    expect(read).toMatch(/holds your arm/);
    expect(read).toMatch(/do Mr Kowalski herself/);
  });

  it('the repair is taken her own way (tea, and her letter), and the national flag comes back as her own terms to Dr Shah, not a telling-off for the carer', () => {
    const repaired = transcript([SPEAK, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN, REPAIR]);
    // Fourteenth round: what would help she says before the choice, and the apology does it.
    expect(repaired).toMatch(
      /"Three letters[^"]*practice manager\."\n"I've been asked questions since nine o'clock\. Tea would help\. Then let me get on with my letter\."[\s\S]*You make the tea, and leave the letter to her\./,
    );
    const flagged = transcript([HOLD, TOGETHER, BACK_UP, PLAN, NATIONAL_FLAG, WRITE_PLAN, LEAVE_LETTER]);
    expect(flagged).toMatch(/I said I'd want to see what it says about me first/);
  });

  it('ninth mend: nothing planted a scene before decides Mrs Lee\'s desk (panel 8 read her soft NHS printout as "she needs no help"); the printout appears when she uses it, after the choice', () => {
    const read = transcript([HOLD, TOGETHER, BACK_UP]);
    const choice = read.indexOf("You work in care, you'll know");
    expect(choice).toBeGreaterThan(0);
    expect(read.slice(0, choice)).not.toMatch(/printout/);
    expect(read.slice(choice)).toMatch(/already has a printout out of the back of the ledger/);
    expect(transcript([HOLD, TOGETHER, STAY_SEATED])).toMatch(/unfolds a printout from her ledger on the counter/);
  });

  it("Mrs Lee tells Esther she is Romany in passing, as one woman to another, with no summary of the system; her ledger has a job (her sister's books, worked at while she waits), and the narrator does not point at the card", () => {
    const source = readFileSync(`stories/${S1}.ink`, 'utf8');
    for (const exposition of [/never got past the desk/, /Quarter's VAT/, /still taped to the counter/])
      expect(source).not.toMatch(exposition);
    const read = transcript([HOLD, TOGETHER, ASK_FIRST]);
    expect(read).toMatch(/"We're Romany, him and me\. Wish me luck\."/);
    // Ninth mend: no glance at the learner and no turned page marking the line as a secret before Dawn asks.
    expect(read).not.toMatch(/turns the page over|She glances at you, and writes/);
    expect(read).toMatch(/Doing my sister's books/);
    expect(read).toMatch(/the ledger open, and waits/);
  });

  it("stereotype read (seventh), SHOULD: the defensive repair stays the weakest (SPEAK_OVER), and Mrs Lee's answer no longer claims Dawn would not have sent the boy away, which the standing-by branch shows she did", () => {
    const outed = playBy(S1, [HOLD, TOGETHER, OUTING, TELL_HER]);
    expect(option(decisionAt(outed, '"You had no right"'), TELL_HER).acts).toEqual(['SPEAK_OVER mrs_lee']);
    const read = transcript([HOLD, TOGETHER, OUTING, TELL_HER]);
    expect(read).toMatch(/"She'd have tried\./);
    expect(read).not.toMatch(/She'd not have/);
  });

  it('educator (seventh), COULD: the repair has a fourth option that sounds responsible and repeats the harm: going back to the desk to keep it off her record names her to Dawn again, with the queue listening (OVERRIDE, the lowest), and softens nothing', () => {
    const KEEP_OFF = "Say sorry you told Dawn, and ask Dawn quietly to keep it off Mrs Lee's record";
    const played = playBy(S1, [HOLD, TOGETHER, OUTING, KEEP_OFF]);
    const repair = decisionAt(played, '"You had no right"');
    const keepOff = option(repair, KEEP_OFF);
    expect(keepOff.acts).toEqual(['OVERRIDE mrs_lee']);
    expect(Math.min(...optionsAt(repair).map(total))).toBe(total(keepOff));
    const outing = played.log.decisions.find((d) => d.moment === 'Mrs Lee at the desk')!;
    expect(outing.voice).toBe(outing.base.voice);
    // Its reason is one the story showed: Dawn said she would "check how we do Travellers".
    const read = transcript([HOLD, TOGETHER, OUTING, KEEP_OFF]);
    expectInOrder(read, 'check how we do Travellers', 'You had no right');
    expect(read).toMatch(/I'd have told you to leave it\. You've only said it louder\./);
  });

  it('"turn to Esther and ask" is not the stock shape of the options: no option opens with it, and asking is not the best act at the wait, the tablets or afterwards', () => {
    const played = playBy(S1, CLEAN);
    for (const d of played.log.decisions)
      for (const o of optionsAt(d)) expect(o.text, o.text).not.toMatch(/^Turn to Esther/);
    for (const moment of [WAIT, TABLETS, AFTER]) {
      const d = decisionAt(played, moment);
      const top = Math.max(...optionsAt(d).map(total));
      const best = optionsAt(d).filter((o) => total(o) === top);
      for (const o of best) expect(o.acts.join(' '), moment).not.toMatch(/INVITE|ASK_CONSENT/);
    }
  });
});

describe('S1 after the eighth educator check', () => {
  const OUTING = 'Tell Dawn the NHS says Gypsy and Traveller';
  const KEEP_OFF = "Say sorry you told Dawn, and ask Dawn quietly to keep it off Mrs Lee's record";

  it('going to the desk to keep it off her record harms her by what the learner chose, not by overriding a "leave it" the story made them ignore: they are at the desk before she can answer, and she says it afterwards', () => {
    const played = playBy(S1, [HOLD, TOGETHER, OUTING, KEEP_OFF]);
    // The act and its place (the lowest) are unchanged.
    const repair = decisionAt(played, '"You had no right"');
    expect(option(repair, KEEP_OFF).acts).toEqual(['OVERRIDE mrs_lee']);
    expect(Math.min(...optionsAt(repair).map(total))).toBe(total(option(repair, KEEP_OFF)));
    const read = transcript([HOLD, TOGETHER, OUTING, KEEP_OFF]);
    // Dawn's "I hadn't." is said once, at the desk: its first appearance is the one after the learner gets there.
    const [sorry, desk] = expectInOrder(
      read,
      'get Dawn to keep it off your record',
      "You're at the desk before she can answer",
      "I hadn't.",
      "I'd have told you to leave it. You've only said it louder.",
    );
    expect(sorry).toBeGreaterThan(0);
    // No refusal comes between the apology and the desk, and nothing says "anyway".
    expect(read.slice(sorry, desk)).not.toMatch(/Leave it/);
    expect(read).not.toMatch(/You go anyway/);
  });

  it('the MAR entry is second-checked against the label itself (a photo of it), not against what the worker read out over the phone, so the check does not rest on one person reading aloud', () => {
    const read = transcript(CLEAN);
    expect(read).toMatch(/send Lorraine a photo of the new label/);
    // Her name and medicines are on the label: the photo goes from the work phone, and she agrees to it (final educator check).
    expect(read).toMatch(/a photo of the new label from the work phone, with Esther's nod/);
    expect(read).toMatch(
      /Lorraine changes Esther's medicines chart \(the MAR\)[^.]*a colleague checks it against the photo/,
    );
    expect(read).not.toMatch(/check it against what you read out/);
  });
});

describe('S1 after the eighth mend (a panel of three readers agreed on the three decisions below; now they should split)', () => {
  const STAY = "Stay and be Esther's ears";

  it('at "book online", asking a capable retired teacher what she wants stays joint best with deciding together (the panel\'s reason holds by UK practice), and what asking costs is shown when choosing: her hand on the counter, and Dawn already calling the next person', () => {
    bookOnlineVerdictsHold();
    const before = transcript([FACE_HER]).split('Next routine appointment')[1]!;
    expect(before).toMatch(/Esther steadies herself on the counter/);
    expect(before).toMatch(/"Next, please\."/);
    // The cost is paid in the consequence too: the desk moves on while she writes, and she hands Dawn her pad after.
    expect(transcript([HOLD, ASK])).toMatch(
      /halfway through his prescription\. When he goes, Esther slides the pad across to Dawn/,
    );
  });

  it('at the long wait, staying unasked is still doing for (Esther said "Go if you need to"), and its cost is shown before the choice: Mr Kowalski\'s diabetes and Lorraine two carers short at home, the calls she covers in her text; staying makes his lunch late', () => {
    const wait = decisionAt(playBy(S1, [HOLD, TOGETHER, BACK_UP, STAY]), WAIT);
    expect(option(wait, STAY).acts).toEqual(['DOING_FOR esther']);
    expect(total(option(wait, PLAN))).toBeGreaterThan(total(option(wait, STAY)));
    expect(contested(wait, STAY)).toBe(true);
    const read = transcript([HOLD, TOGETHER, BACK_UP, STAY]);
    expectInOrder(read, 'He has diabetes, and if his lunch is late', 'The surgery is warm and full');
    expectInOrder(read, "this week she's two carers short", 'The surgery is warm and full');
    // Ninth mend: her text no longer says she cannot cover (panel 8: it ruled staying out); what covering costs her is
    // shown after the choice.
    expect(read).toMatch(/Are you on your way\?"/);
    expect(read.split('Are you on your way?')[0]).not.toMatch(/between other calls/);
    expect(read).toMatch(/do Mr Kowalski herself, between other calls, and his lunch will be late/);
  });

  it('at the new tablets, asking Esther face to face and asking for it all in writing are both contested: all three readers asked her, for a reason sound in UK practice (she has capacity; her note says "face me"), and the written plan honours the same note ("letters are fine"); the scores are unchanged', () => {
    const tablets = decisionAt(playBy(S1, CLEAN), TABLETS);
    expect(contested(tablets, ASK_EFUA)).toBe(true);
    expect(contested(tablets, WRITE_PLAN)).toBe(true);
    expect(contested(tablets, READ_NUMBER)).toBeFalsy();
    expect(option(tablets, ASK_EFUA).acts).toEqual(['ASK_CONSENT esther']);
    expect(total(option(tablets, WRITE_PLAN))).toBe(6);
    expect(total(option(tablets, ASK_EFUA))).toBe(3);
  });
});

describe('S1 after the eighth-round reviews (educator and stereotype): the number is reported on every path that read it out', () => {
  const NUMBER = [HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, READ_NUMBER];
  const CONTACT = "Tell Esther what you're sorry for, and ask if things are all right between you";
  const STAY = "Stay and be Esther's ears";
  const TOLD =
    /you tell Lorraine you read Efua's number out to Dr Shah without asking Esther, writing it on Esther's pad/;
  const source = () => readFileSync(`stories/${S1}.ink`, 'utf8');

  it("reporting your own disclosure of her granddaughter's number is not a choice and needs no permission (UK GDPR Art 33(5)): on every path that read it out, whatever the learner picks afterwards, it is reported in the text before the choice, written on Esther's pad so she reads it", () => {
    const offered = optionsAt(decisionAt(playBy(S1, [...NUMBER, LEAVE_LETTER]), AFTER)).map((o) => o.text);
    expect(offered.length).toBe(5);
    for (const afterwards of offered) {
      const read = transcript([...NUMBER, afterwards.slice(0, 30)]);
      expect(read, afterwards).toMatch(TOLD);
      // Told before the choice, so no option is the only way to do it.
      expectInOrder(read, 'Tell them to take it off.', 'Three letters, and they still rang');
    }
    // Never on a path that did not read it out (asking her at the desk lets Dr Shah copy it, but not the learner).
    expect(transcript([...CLEAN])).not.toMatch(/incident form/);
    expect(transcript([HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, ASK_EFUA, LEAVE_LETTER])).not.toMatch(TOLD);
  });

  it('the disclosure still costs something seen on every number path, the best afterwards included: Efua hears from the surgery before the number comes off, and the practice asks Esther before it changes her record', () => {
    for (const afterwards of [LEAVE_LETTER, REPAIR, CONTACT]) {
      const read = transcript([...NUMBER, afterwards]);
      expect(read, afterwards).toMatch(/why is the surgery texting ME/);
      expect(read, afterwards).toMatch(
        /writes to ask if Esther wants Efua's number off, and she writes back the same day/,
      );
      expect(read, afterwards).not.toMatch(/Sunday Esther tells Efua about the fall herself, over tea/);
    }
  });

  it('the report costs time and Lorraine\'s call, not a black mark: an incident form tonight, in Lorraine\'s own words (a just culture, PSIRF), never "with your name on it"', () => {
    const read = transcript([...NUMBER, LEAVE_LETTER]);
    expect(read).toMatch(/"An incident form tonight, then\. Put the time on your sheet," Lorraine says\./);
    expect(read).not.toMatch(/with your name on it/);
    expect(source()).not.toMatch(/a mark at work/);
    // Fifteenth round: on every path Lorraine asks for the desk in her own words, with her reason (her call at two),
    // just before the choice; her mood is never reported.
    for (const path of [CLEAN, [...NUMBER, LEAVE_LETTER]]) {
      expect(transcript(path)).toMatch(
        /Lorraine texts: "Write me up that desk before you leave hers\. If Esther agrees, I ring the practice manager at two/,
      );
    }
    expect(read).not.toMatch(/not pleased/);
  });

  it('the facilitator note says what is owed whatever the choice ("Always": record the fall and a number read out, and tell Esther on paper) and cites UK GDPR Art 33(5) beside Regulation 17 for the record only (s11 facts 5m: telling the person is Art 34, high risk only); it no longer says "either way"', () => {
    const note = decisionAt(playBy(S1, [...NUMBER, LEAVE_LETTER]), AFTER).notes.join(' ');
    expect(note).toMatch(
      /Always: record the fall and a number you read out \(Regulation 17; UK GDPR Art 33\(5\)\), and tell Esther on paper;/,
    );
    expect(note).not.toMatch(/either way/);
  });

  it('at "book online", when Esther writes her answer she hands the pad to Dawn herself, so Dawn answers her request; she is not left only holding the counter; "Next, please" is said to the man behind, not to the worker; and the hand she has on the counter slides across, not "puts"', () => {
    const read = transcript([HOLD, ASK]);
    expect(read).toMatch(
      /When he goes, Esther slides the pad across to Dawn\.\n"Fine\. I'll put a note on for the duty doctor/,
    );
    expect(read).not.toMatch(/holds the counter/);
    const atBook = lastPassage(playBy(S1, [FACE_HER]).sofar.events);
    const next = atBook.lines.find((l) => l.text.includes('"Next, please."'));
    expect(next?.speaker).toBe('dawn');
    expect(next?.to ?? null).toBeNull();
    expect(transcript([HOLD, DUTY_DOCTOR])).toMatch(/She slides her hand across the counter, between you and Dawn\./);
  });

  it("at the long wait, the card names the pair's real tension (Mr Kowalski's lunch, and his diabetes, against her dizziness), and on the stay path he is seen as a person waiting, not a hypo", () => {
    const wait = decisionAt(playBy(S1, [HOLD, TOGETHER, BACK_UP, STAY]), WAIT);
    const note = wait.notes.join(' ');
    expect(note).toMatch(/staying unasked is doing for, and makes Mr Kowalski's lunch late: he has diabetes/);
    expect(note).toMatch(/Practitioners weigh that against her dizziness differently/);
    // Who makes the plan is the question the room is asked.
    expect(wait.discuss.join(' ')).toMatch(/Who makes the plan\?/);
    expect(note).not.toMatch(/Ringing Lorraine costs you and her/);
    const read = transcript([HOLD, TOGETHER, BACK_UP, STAY]);
    expect(read).toMatch(/Lorraine texts: "At Mr K's\. Two biscuits, and watching the clock\."/);
    expect(read).not.toMatch(/isn't pleased/);
    expect(read).not.toMatch(/shaking/);
  });
});

describe('S1 after the eighth final check (educator and stereotype): a self-report is not punished, and Esther reads the answer', () => {
  const NUMBER = [HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, READ_NUMBER];
  const STAY = "Stay and be Esther's ears";
  const source = () => readFileSync(`stories/${S1}.ink`, 'utf8');

  it("reporting your own mistake costs a form tonight, on paid time, and Lorraine's call, but never a grumble (a just culture, PSIRF; required work is working time under the National Minimum Wage rules)", () => {
    const read = transcript([...NUMBER, LEAVE_LETTER]);
    expect(read).toMatch(/Put the time on your sheet/);
    expect(read).toMatch(/"An incident form tonight, then\. Put the time on your sheet," Lorraine says\.\n/);
    expect(read).toMatch(/Write me up that desk before you leave hers/);
    expect(read).not.toMatch(/in your own time/);
    expect(read).not.toMatch(/This week, of all weeks/);
    // One call on the number path, about Efua's number, not a second sigh about the same call.
    expect(read).toMatch(
      /At two Lorraine rings the practice manager about Efua's number, your notes open in front of her\./,
    );
    expect(read).not.toMatch(/two short/);
  });

  it("Esther reads Lorraine's answer about her own record, and has the last word on it (what the call option is scored down for is not done in the shared text)", () => {
    const read = transcript([...NUMBER, LEAVE_LETTER]);
    expectInOrder(
      read,
      '"An incident form tonight',
      'You write her answer under yours, and Esther writes under that.',
      '"Tell them to take it off."',
    );
    // The call ends before she checks the notes, so "Before you ring off" follows the call.
    expect(read).toMatch(
      /a colleague checks it against the photo\.\nLorraine asks, through you,[^\n]*\n"Light, yes\. I'll do my own stairs\."\nBefore you ring off/,
    );
    expectInOrder(read, '"Tell them to take it off."', 'Esther reads your notes and corrects a date.');
    // Where the write-up happens is shown before the call option's "at her table".
    expect(read).toMatch(/At her kitchen table, you write the visit up/);
  });

  it("the stay path: Esther's stake is her own, not Lorraine's mood; her written line and Mrs Lee's are counted as speech; the worker's line has one speech tag, not two", () => {
    const read = transcript([HOLD, TOGETHER, BACK_UP, STAY]);
    expect(read).not.toMatch(/Lorraine will be cross/);
    expect(read).not.toMatch(/you tell Esther\./);
    const events = playBy(S1, [HOLD, TOGETHER, BACK_UP, STAY]).sofar.events;
    const lines = [...passagesIn(events), lastPassage(events)].flatMap((p) => p.lines);
    const said = (words: string) => lines.find((l) => l.text.includes(words));
    expect(said('"Don\'t get in trouble over me."')?.speaker).toBe('esther');
    expect(said('"Two of us watching, then."')?.speaker).toBe('mrs_lee');
    expect(said('"I\'ll listen out for your name."')?.text).toBe('"I\'ll listen out for your name."');
  });

  it("the apology option names what it does, not its fault; the worker's spoken line is plain, not the course's lesson, and no reward follows it", () => {
    const after = decisionAt(playBy(S1, [SPEAK, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN, REPAIR]), AFTER);
    // f13: the label says the act (saying what for), and the spoken line names the harm on this path.
    expect(option(after, REPAIR).text).toBe("Tell Esther what you're sorry for, and put the kettle on");
    expect(transcript([SPEAK, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN, REPAIR])).toMatch(
      /"I'm sorry I spoke for you at the desk\."[\s\S]*You make the tea, and leave the letter to her\./,
    );
    expect(source()).not.toMatch(/did things for you, or said them for you|before the kettle boils/);
  });

  it("the wait's facilitator note does not print Mrs Lee's offer as made on paths where she has gone", () => {
    const wait = decisionAt(playBy(S1, [HOLD, TOGETHER, BACK_UP, STAY]), WAIT);
    expect(wait.notes.join(' ')).toMatch(/If Mrs Lee offers, Esther decides\./);
    expect(source()).not.toMatch(/dizziness differently\. Mrs Lee's offer is/);
  });
});

describe('S1 after the final panel (walk 29): the weak options are not the short confident statements', () => {
  // r1: "the respectful options say 'ask', 'facing her', 'her own writing', and the bad ones are the short confident
  // statements ('Tell Dawn…', 'Read Dr Shah…')". Labels only: every score stays as it was.
  it('speaking for Esther, doing for her, reading out the number and taking over her letter are worded in the same careful register as the best, which is not the only option that asks', () => {
    const number = playBy(S1, [SPEAK, DUTY_DOCTOR, BACK_UP, PLAN, WORD_FOR_WORD, READ_NUMBER, TYPE_LETTER]);
    const at = (moment: string) => optionsAt(decisionAt(number, moment));
    const texts = [DESK, BOOK, TABLETS, AFTER].flatMap((m) => at(m).map((o) => o.text));
    for (const old of [
      'Tell Dawn that Esther',
      'Tell Dawn about the fall',
      'Read Dr Shah',
      "Tell Esther you'll",
      'Offer to type',
    ])
      expect(texts.filter((t) => t.startsWith(old))).toEqual([]);
    const desk = at(DESK);
    // Label ten: telling Dawn she lipreads asks her to say it to Esther; the notes option still asks Dawn too
    // (fourteenth round: both speak for her, after she asked at home not to have her ears explained).
    expect(desk.filter((o) => /\bask (Dawn|for|her to say)\b/i.test(o.text)).map((o) => total(o))).toEqual([-2, -2]);
    const book = at(BOOK);
    // The educator's wording check: the duty-doctor option says plainly that you tell the desk about her fall, and it
    // still asks, as the best does.
    expect(book.filter((o) => /\bask\b/i.test(o.text)).map((o) => total(o))).toEqual([4, -1, 4]);
    expect(total(option(decisionAt(number, TABLETS), READ_NUMBER))).toBe(-4);
    expect(total(option(decisionAt(number, AFTER), TYPE_LETTER))).toBe(-4);
  });
});

describe('S1 ninth mend (issue 16): no memory tests, no dead options, no verdicts in hindsight', () => {
  const source = () => readFileSync(`stories/${S1}.ink`, 'utf8');
  const OUTING = 'Tell Dawn the NHS says Gypsy and Traveller';

  it("at the new tablets, what has changed since the morning competes with her wish at the moment of choice: she holds the desk, and after the six o'clock carer she is alone with the stairs; the fall secret is no longer spelt out at home", () => {
    const read = transcript(CLEAN);
    const choice = indexIn(read, 'Is the number on your care plan');
    const scene = read.slice(indexIn(read, 'Ten to one.'), choice);
    expect(scene).toMatch(/one hand on the edge of the desk/);
    expect(scene).toMatch(/on her own till morning, with the stairs/);
    expect(read.slice(0, indexIn(read, 'The surgery is warm and full'))).not.toMatch(/doesn't know I fell|box room/);
  });

  it("outing Mrs Lee answers the question Dawn actually asks (is there a rule?), so it is a kind worker's answer whose harm is the naming; the verdict is unchanged", () => {
    const desk = decisionAt(playBy(S1, [HOLD, TOGETHER, OUTING]), 'Mrs Lee at the desk');
    expect(option(desk, OUTING).acts).toEqual(['OVERRIDE mrs_lee']);
    const read = transcript([HOLD, TOGETHER, OUTING]);
    // Ninth review: not "There is." before naming the group, which implied a rule for that group alone.
    expect(read).toMatch(
      /Is there some rule for people stopping with family\?[\s\S]*"There's NHS guidance: Gypsy and Traveller families register like anyone else/,
    );
    expect(read).not.toMatch(/"There is\./);
    expect(Math.min(...optionsAt(desk).map(total))).toBe(total(option(desk, OUTING)));
  });

  it('no line after a choice grades it: no "I\'m standing right here" after speaking for her, no punchline when the letter is taken over, and its reason (her pencil wandering) is shown before the choice', () => {
    expect(source()).not.toMatch(/standing right here|not my hands/);
    const read = transcript([HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN, TYPE_LETTER]);
    expectInOrder(read, 'Her pencil wanders off the line', 'The new tablets might make you');
    // Ninth review (stereotype): no quip here; she is plainly tired.
    expect(read).toMatch(/"I was going to write it\."\n/);
    expect(read).not.toMatch(/Slowly, if I must/);
  });

  it('at the long wait, Esther tells the learner to go and does not spell out the names she will miss; the names called aloud are shown as what happens in the room', () => {
    const read = transcript([HOLD, TOGETHER, BACK_UP, PLAN]);
    const wait = read.slice(indexIn(read, 'Quarter past eleven.'), indexIn(read, 'You put the phone away'));
    expect(wait).toMatch(/a voice calls them out over a speaker/);
    expect(wait).toMatch(/"Go if you need to\. I've sat in waiting rooms before\."/);
    expect(wait).not.toMatch(/I won't hear mine/);
  });
});

describe('S1 ninth fixes (issue 16): the ninth review and the walk-29 panel', () => {
  const source = () => readFileSync(`stories/${S1}.ink`, 'utf8');
  const REPAIR_PATH = [SPEAK, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN, REPAIR];
  const ASKED = [HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, ASK_EFUA, LEAVE_LETTER];
  const NUMBER = [HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, READ_NUMBER, LEAVE_LETTER];

  it('MUST: the desk card and note match the scene (Dawn speaks to the worker; no "eyes on her screen"), and on the speak-for path Esther reads the screen Dawn turns to her, not upside down, and Dawn notices her when she leans over, not at a tap', () => {
    const desk = decisionAt(playBy(S1, [SPEAK]), DESK);
    expect(desk.discuss.join(' ')).toMatch(/^Dawn spoke to the worker, not to Esther\./);
    expect(desk.notes.join(' ')).toMatch(/with Dawn turned to the worker she has no face to lipread/);
    expect(source()).not.toMatch(/eyes on her screen|facing her screen|upside down|tapped the desk|whole of it/);
    const read = transcript([SPEAK, TOGETHER]);
    expect(read).toMatch(
      /"What did you put\?"\nDawn turns the screen to her\.\n"And 'lipreads'\. And 'text, never ring'\."/,
    );
    expect(source()).toMatch(/until she leaned over to read what I'd typed/);
  });

  it('MUST: deciding together at "book online" no longer says you offered to stay before Lorraine could cover: Esther reads the spoken plan off your lips and names the staying herself, and the question asks how you knew she\'d caught it', () => {
    const book = decisionAt(playBy(S1, [HOLD, TOGETHER]), BOOK);
    expect(option(book, TOGETHER).acts).toEqual(['DECIDE_WITH esther']);
    expect((book.reflect ?? []).join(' ')).toMatch(/one spoken line at a busy desk\. How did you know she'd caught it/);
    expect(source()).not.toMatch(/You offered to stay before you knew/);
    expect(transcript([HOLD, TOGETHER])).toMatch(
      /reads it off your lips[\s\S]*"A doctor today\? Yes\. If you're staying, tell your boss\./,
    );
  });

  it('MUST: the national-flag label says the act it is scored for (asking for it to be put on, speaking for her), not a softer enquiry; the verdict holds', () => {
    const message = decisionAt(playBy(S1, CLEAN), MESSAGE);
    const flag = option(message, NATIONAL_FLAG);
    expect(flag.text).toMatch(/^Ask Dawn to put Esther's needs on the NHS flag/);
    expect(flag.acts).toEqual(['SPEAK_FOR esther']);
    expect(source()).not.toMatch(/Ask Dawn about the NHS flag/);
  });

  it('the apology\'s question asks what her answer left the worker to do, not whether she knew which part (f13: it now names the part, so the ninth-fix question about "this morning" is retired on purpose)', () => {
    const after = decisionAt(playBy(S1, REPAIR_PATH), AFTER);
    expect((after.reflect ?? []).join(' ')).toMatch(
      /You said what you were sorry for, and did what she'd asked\. What didn't you hear from her, and whose was it to give\?/,
    );
    expect(source()).not.toMatch(/You said sorry for "this morning"/);
    expect(source()).not.toMatch(/You named your own part/);
  });

  it('SHOULD: her night alone with the stairs after new tablets is dealt with on every path (NICE NG249; Regulation 12), and Esther decides it herself (final ninth check: Lorraine asks her through you; the light yes, her own stairs)', () => {
    for (const path of [CLEAN, NUMBER, ASKED]) {
      const read = transcript(path);
      expect(read).toMatch(
        /Lorraine asks, through you, if Esther wants the six o'clock carer to leave the landing light on tonight, and to see her up the stairs\.\n"Light, yes\. I'll do my own stairs\."/,
      );
      expect(read).not.toMatch(/Lorraine says she'll ask the six o'clock carer/);
    }
  });

  it("FIX9 item 5: cost no longer marks the best; two weaker options spend the worker's own time in the label (waiting with her after telling the desk about her fall; typing her letter after the last call), with their verdicts unchanged", () => {
    const book = decisionAt(playBy(S1, [HOLD, DUTY_DOCTOR]), BOOK);
    const duty = option(book, DUTY_DOCTOR);
    expect(duty.text).toMatch(/with you waiting too/);
    expect(duty.acts).toEqual(['DOING_FOR esther']);
    expect(transcript([HOLD, DUTY_DOCTOR])).toMatch(
      /I'll wait with her\."[\s\S]*You text Lorraine that you might be late/,
    );
    const typed = option(decisionAt(playBy(S1, CLEAN), AFTER), TYPE_LETTER);
    expect(typed.text).toMatch(/tonight, after your last call, in her words, and send it from the agency/);
    expect(typed.acts).toEqual(['OVERRIDE esther']);
  });

  it('typing her letter is a real takeover, so OVERRIDE holds (ninth review SHOULD): the agency sends it in its own name, and the answer goes to the agency; she does not refuse a second time for the learner to ignore', () => {
    const read = transcript([...CLEAN.slice(0, 6), TYPE_LETTER]);
    expect(read).toMatch(/the agency sends it in its own name/);
    // Tired, not a second refusal: the learner carries out what they chose, not an override of a "no" they never picked.
    expect(read).toMatch(/"I was going to write it\."\nShe looks at her pencil for a while/);
    expect(read).not.toMatch(/I said I'd write it/);
  });

  it('the best "afterwards" label no longer echoes "I\'ll write a fourth tonight" just before it (a plant at zero distance); the scene still leaves the letter to her', () => {
    const after = decisionAt(playBy(S1, CLEAN), AFTER);
    expect(option(after, LEAVE_LETTER).text).not.toMatch(/letter/);
    expect(transcript(CLEAN)).toMatch(/You leave the letter to her\./);
  });

  it('Mrs Lee is unsure once (the walk-in centre), and on the defensive repair she had the NHS page in her ledger, as the backing-up path shows', () => {
    expect(transcript([HOLD, TOGETHER, STAY_SEATED, PLAN])).toMatch(
      /"Walk-in centre, then\. They might see him today\."/,
    );
    expect(source()).toMatch(/I had the NHS page in my ledger\./);
  });

  it('FIX9 item 3: standing by at Mrs Lee\'s desk carries no excuse clause ("her own way") in its label; it is still BYSTAND', () => {
    const desk = decisionAt(playBy(S1, [HOLD, TOGETHER, STAY_SEATED]), 'Mrs Lee at the desk');
    const seated = option(desk, STAY_SEATED);
    expect(seated.text).toBe('Stay in your seat with Esther, and leave the desk to Mrs Lee');
    expect(seated.acts).toEqual(['BYSTAND mrs_lee']);
  });
});

describe('S1 label ten (issue 16): read with no scene, the options alone do not pick the best', () => {
  // Three readers saw only the options (/tmp/optonly/f9) and all picked the best by its wording: "look up while she
  // says it, or write it down", "ask if there's anything you can put right", "Show Esther … you could go". Labels
  // only: every move, score and verdict stays as it was.
  const HOLD_OWN = "Catch Esther's eye, and wait for her to answer Dawn";
  const KEEP_OFF = "Say sorry you told Dawn, and ask Dawn quietly to keep it off Mrs Lee's record";
  const OUTING = 'Tell Dawn the NHS says Gypsy and Traveller';
  const RIGHT = "Say sorry you told Dawn, and ask if there's anything you can put right";
  const best = (d: ReturnType<typeof decisionAt>) => {
    const top = Math.max(...optionsAt(d).map(total));
    return optionsAt(d).filter((o) => total(o) === top);
  };

  it('at the desk asking Dawn to say it to Esther says its act plainly (no "look up"), and shares "lipreads" with the notes option; waiting carries "her own words", and is the best (fourteenth round)', () => {
    const desk = decisionAt(playBy(S1, [FACE_HER]), DESK);
    const [top] = best(desk);
    expect(top!.text).toBe("Catch Esther's eye, and wait for her to answer Dawn");
    const face = option(desk, FACE_HER);
    expect(face.text).toBe('Tell Dawn Esther lipreads, and ask her to say it to Esther, or write it');
    expect(face.text).not.toMatch(/look up|fac(e|ing) her/i);
    expect(option(desk, SPEAK).text).toMatch(/lipreads/);
    expect(option(desk, HOLD_OWN).acts).toEqual(['HOLD_SPACE esther']);
    expect(transcript([FACE_HER])).toMatch(/"Could you say that to Esther\? She lipreads\. Or write it down\."/);
  });

  it('the repair: going to the desk asks Dawn, a question its outcome waits on ("I hadn\'t."), and never Mrs Lee: she is told, and it goes before she can answer (final ninth MUST: no question the option never waits on; still OVERRIDE, still the lowest)', () => {
    const played = playBy(S1, [HOLD, TOGETHER, OUTING, KEEP_OFF]);
    const repair = decisionAt(played, '"You had no right"');
    expect(best(repair).map((o) => o.text)).toEqual([RIGHT]);
    // Eleventh round: the label asks Dawn (whom the outcome asks), not Mrs Lee (whom it never waits for).
    // Its label says who is asked: Dawn (session 17: every sorry here names telling Dawn, so the
    // best isn't the only one that names the harm).
    expect(option(repair, KEEP_OFF).text).toMatch(/ask Dawn quietly to keep it off Mrs Lee's record/);
    expect(option(repair, KEEP_OFF).text).not.toMatch(/ask (her|Mrs Lee|if)/);
    expect(option(repair, KEEP_OFF).acts).toEqual(['OVERRIDE mrs_lee']);
    const read = transcript([HOLD, TOGETHER, OUTING, KEEP_OFF]);
    expect(read).toMatch(/ask Dawn, as quietly as the queue allows[\s\S]*"I hadn't\."/);
    expect(read).toMatch(
      /"I'm sorry I said it\. I'll put it right, and get Dawn to keep it off your record\."[\s\S]*You're at the desk before she can answer/,
    );
    expect(read).not.toMatch(/Can I put it right\?/);
  });

  it('at the wait the best tells Esther the rota plainly, without "show" or "you could go"; it is still the best, and still decided with her', () => {
    const wait = decisionAt(playBy(S1, [HOLD, TOGETHER, BACK_UP, PLAN]), WAIT);
    const [top] = best(wait);
    expect(top!.text).toBe(
      "Tell Esther your next call can't have his lunch late, and you'd be back by twenty past twelve",
    );
    expect(top!.text).not.toMatch(/show|you could go/i);
    expect(top!.acts).toEqual(['DECIDE_WITH esther']);
  });
});

describe('S1 final ninth check (issue 16): the desk faces the worker, and the best says to whom', () => {
  it('SHOULD: Dawn is seen facing the worker before she speaks, so the discuss and note ("Dawn spoke to the worker") rest on something shown', () => {
    const lines = readAlong(S1, [], 'stop').split('\n');
    const dawn = lines.findIndex((l) => l.includes('We rang her yesterday afternoon'));
    expect(lines[dawn - 1]).toBe('She finds the name on the screen, and looks up at you.');
  });

  it('SHOULD: asking Dawn at the desk says whom Dawn should say it again to (Esther) or write it, as its outcome does; it stays one short line (fourteenth round: no longer the best)', () => {
    const desk = decisionAt(playBy(S1, [FACE_HER]), DESK);
    const face = option(desk, FACE_HER);
    expect(face.text).toMatch(/ask her to say it to Esther, or write it$/);
    expect(face.text).not.toMatch(/ask for it again/);
    expect(total(face)).toBeLessThan(Math.max(...optionsAt(desk).map(total)));
  });
});

describe('S1 tenth round (issue 16): a room that splits', () => {
  const NUMBER = [HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, READ_NUMBER];
  it('verdict changed on purpose (tenth round, then fourteenth): at the desk, waiting and asking Dawn to face her are contested, because Esther said at home that she does her own talking at the desk, and asking Dawn speaks of her; since she also asked you not to explain her ears, waiting now scores higher', () => {
    const desk = decisionAt(playBy(S1, [FACE_HER]), DESK);
    expect(contested(desk, HOLD)).toBe(true);
    expect(contested(desk, FACE_HER)).toBe(true);
    expect(contested(desk, SPEAK)).toBeFalsy();
    expect(total(option(desk, HOLD))).toBeGreaterThan(total(option(desk, FACE_HER)));
    expectInOrder(transcript([]), "At the desk I'll do the talking.", 'The surgery is warm and full');
    expect(desk.notes.join(' ')).toMatch(/does her own talking[^.]*\. Waiting honours that/);
  });

  it("at the long wait, Mr Kowalski's risk is shown at the moment of choice as plainly as Esther's (low at breakfast, in Lorraine's text), so going with a plan has a pull a room can see; the verdicts are unchanged", () => {
    const read = transcript([HOLD, TOGETHER, BACK_UP]);
    expectInOrder(read, "The floor's moving again", 'he was low at breakfast', 'Go if you need to');
    const wait = decisionAt(playBy(S1, CLEAN), WAIT);
    expect(total(option(wait, PLAN))).toBeGreaterThan(total(option(wait, "Stay and be Esther's ears")));
  });

  it("at Mrs Lee's desk she looks at the worker too, so whether she wants the tunic's answer is open at the moment of choice (asking her, and backing her up, stay contested)", () => {
    const read = transcript([HOLD, TOGETHER]);
    expect(read.split('Mrs Lee at the desk')[0]).toMatch(/Mrs Lee turns and looks at you as well/);
  });

  it("at the new tablets the written plan says in its label that it carries the Efua question too, so a reader who wants the tablets on paper and Esther's say on Efua sees both in one act (both options stay contested)", () => {
    const tablets = decisionAt(playBy(S1, CLEAN), TABLETS);
    expect(option(tablets, WRITE_PLAN).text).toMatch(/her call to Efua/);
    expect(contested(tablets, WRITE_PLAN)).toBe(true);
    expect(contested(tablets, ASK_EFUA)).toBe(true);
  });

  it("after a number read out, Lorraine asks for the worker's account of the desk, so writing it up has someone with standing asking for it before the choice; the apology is still on offer", () => {
    // Fifteenth round: the ask is a text after Esther's "Tea would help", on every path, not a line in the call.
    expectInOrder(transcript(NUMBER), 'Tea would help', 'Write me up that desk before you leave hers');
    const after = decisionAt(playBy(S1, [...NUMBER, REPAIR]), AFTER);
    expect(option(after, REPAIR)).toBeDefined();
  });

  it('the grades the room named are gone: no closing line about names called out loud, no "harder to lose than one", no "national flag" in Esther\'s mouth on the record path', () => {
    const source = readFileSync(`stories/${S1}.ink`, 'utf8');
    expect(source).not.toMatch(/harder to lose/);
    expect(source).not.toMatch(/calls names out loud too/);
    expect(transcript(CLEAN)).not.toMatch(/asked about the national flag/);
  });
});

describe('S1 tenth-round fixes (f13): the educator and stereotype reviews of the tenth mend', () => {
  const NUMBER = [HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, READ_NUMBER];
  const SPOKE = [SPEAK, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN];
  const source = () => readFileSync(`stories/${S1}.ink`, 'utf8');
  const said = (path: string[]) => transcript([...path, REPAIR]).match(/"I'm sorry [^"]*"/)?.[0] ?? '';

  it("verdict changed on purpose (f13, educator MUST; fourteenth round): after reading out Efua's number, saying to her face what you're sorry for and doing what she has said would help (the kettle, her letter left to her) is the professional duty (tell, apologise, put right), so it names the number, leaves her letter hers, and is level with the write-up and contested with it", () => {
    const played = playBy(S1, [...NUMBER, REPAIR]);
    const after = decisionAt(played, AFTER);
    const sorry = option(after, REPAIR);
    expect(sorry.text).toBe("Tell Esther what you're sorry for, and put the kettle on");
    expect(sorry.acts).toEqual(['REPAIR esther', 'RESPECT_WISH esther']);
    expect([sorry.voice, sorry.power, sorry.courage]).toEqual([1, 2, 1]);
    expect(total(sorry)).toBe(total(option(after, LEAVE_LETTER)));
    expect(total(sorry)).toBe(Math.max(...optionsAt(after).map(total)));
    expect(contested(after, REPAIR)).toBe(true);
    expect(contested(after, LEAVE_LETTER)).toBe(true);
    // It answers the number (R13: the most recent harm), and says so.
    const tablets = decisionAt(played, TABLETS);
    expect(tablets.base.voice).toBe(-2);
    expect(tablets.voice).toBe(-1);
    expect(said(NUMBER)).toBe('"I\'m sorry I gave Dr Shah Efua\'s number without asking you."');
  });

  it('on every harm path the apology names the harm it answers (the most recent, as R13 does), under one label, so the facilitator\'s plan still has one "Afterwards" and the brief stays on its page', () => {
    expect(said(SPOKE)).toMatch(/I spoke for you at the desk/);
    expect(said([HOLD, TOGETHER, BACK_UP, PLAN, NATIONAL_FLAG, WRITE_PLAN])).toMatch(
      /asked Dawn about that flag for you/,
    );
    expect(said([SPEAK, TOGETHER, STAY_SEATED, "Say sorry, you'll be back", WORD_FOR_WORD, WRITE_PLAN])).toMatch(
      /left you there with no plan for hearing your name/,
    );
    // Session 9 (stereotype SHOULD): with Mrs Lee there, Esther and Ann made a plan, so the sorry names what was left out.
    expect(said([SPEAK, TOGETHER, BACK_UP, "Say sorry, you'll be back", WORD_FOR_WORD, WRITE_PLAN])).toBe(
      '"I\'m sorry I left without asking who\'d tell the desk to fetch you."',
    );
    expect(said([SPEAK, DUTY_DOCTOR, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN])).toMatch(/decided things for you/);
    expect(source()).not.toMatch(/Say sorry for this morning|I'm sorry about this morning/);
    const label = (path: string[]) => option(decisionAt(playBy(S1, [...path, LEAVE_LETTER]), AFTER), REPAIR).text;
    expect(label(SPOKE)).toBe(label(NUMBER));
  });

  it('the message: what typing it in the morning costs is shown in the scene before the choice (the doctors ring patients in the afternoon), not only in the note; the pair stays contested and level', () => {
    const read = transcript([HOLD, TOGETHER, BACK_UP, PLAN]);
    expectInOrder(read, "Doctors' phone calls 2 till 4.", 'Did she want something passing on?');
    const message = decisionAt(playBy(S1, CLEAN), MESSAGE);
    expect(total(option(message, HAND_NOTE))).toBe(total(option(message, WORD_FOR_WORD)));
    expect(contested(message, HAND_NOTE)).toBe(true);
  });

  it("stereotype SHOULD: at home Esther makes a plan for the desk, not a quip (she'll talk, and nobody explains her ears: fourteenth round), so waiting honours it; the umbrella stays for the ending's callback", () => {
    const home = transcript([]).split('The surgery is warm and full')[0]!;
    expect(home).toMatch(
      /She hands you the umbrella instead, and writes: "At the desk I'll do the talking\. If anyone needs telling about my ears, I'll tell them\."/,
    );
    expect(source()).not.toMatch(/I do my own talking|Carry the umbrella if you must/);
  });

  it('the written plan folds Efua into the act instead of a tail ("Efua included")', () => {
    const tablets = decisionAt(playBy(S1, CLEAN), TABLETS);
    expect(option(tablets, WRITE_PLAN).text).toBe(
      "Ask Dr Shah to put the tablets and her call to Efua on Esther's pad",
    );
    expect(source()).not.toMatch(/Efua included/);
  });
});

// Final check of the tenth round (reviews/final-tenth-S1-S3.md, SHOULDs): the flag apology says only what the
// worker did (asked Dawn about it), the written plan's label says whose call it is, and the apology's comment cites
// the code that binds a home-care worker, not the registrants' duty of candour.
describe('S1 after the final check of the tenth round (f15)', () => {
  const source = () => readFileSync(`stories/${S1}.ink`, 'utf8');

  it('the flag apology does not overstate it (she only asked Dawn whether it could go on); the written plan names "her call to Efua", not a settled "Efua call"; the comment cites the Code of Conduct for care workers', () => {
    const flag = transcript([HOLD, TOGETHER, BACK_UP, PLAN, NATIONAL_FLAG, WRITE_PLAN, REPAIR]);
    expect(flag).toContain('"I\'m sorry I asked Dawn about that flag for you. You never asked for it."');
    expect(source()).not.toMatch(/asked Dawn to put you on that flag/);
    const tablets = decisionAt(playBy(S1, CLEAN), TABLETS);
    expect(option(tablets, WRITE_PLAN).text).toBe(
      "Ask Dr Shah to put the tablets and her call to Efua on Esther's pad",
    );
    expect(source()).not.toMatch(/the Efua call/);
    expect(source()).toMatch(/Skills for Care\/Skills for Health\n\/\/ Code of Conduct asks of this home-care worker/);
    expect(source()).toMatch(/duty of candour binds registrants only/);
  });
});

describe('S1 the last edits of the tenth round (l16)', () => {
  it('Esther\'s plan scripts no option ("point them at me" is cut, last check SHOULD): at home she writes "At the desk I\'ll talk." and, fourteenth round, asks that nobody explain her ears (the reason waiting is best, in the scene, never in a label); each desk option\'s case is still on the page before the choice', () => {
    const home = transcript([]).split('The surgery is warm and full')[0]!;
    expect(home).toContain(
      'writes: "At the desk I\'ll do the talking. If anyone needs telling about my ears, I\'ll tell them."',
    );
    expect(home).not.toMatch(/point them at me|If they talk to you/);
    // Waiting rests on "I'll talk"; asking Dawn to face her rests on the lipreading and the half she hears.
    expectInOrder(
      home,
      'She lipreads if you face her.',
      'I answer the half I hear.',
      "At the desk I'll do the talking.",
    );
    const desk = decisionAt(playBy(S1, CLEAN), DESK);
    expect(contested(desk, HOLD)).toBe(true);
    expect(contested(desk, FACE_HER)).toBe(true);
  });
});

// Eleventh round (options only, /work/wt/optonly/main-s8): three cold readers saw only the options. All three found
// the apology at "Afterwards" and two found "ask if there's anything you can put right" at "You had no right" by
// their words (the textbook apology, and the others' visible flaws). Labels and lines only: every move, score and
// verdict stays as it was.
describe('S1 eleventh round (options only): the apology is not the best by its words', () => {
  const SPOKE = [SPEAK, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN];
  const COMPLAIN = 'Ask Esther if you may complain too, in your own name, about what you saw at the desk';
  const CONTACT = "Tell Esther what you're sorry for, and ask if things are all right between you";
  const OUTING = 'Tell Dawn the NHS says Gypsy and Traveller';
  const PLAIN = "Say sorry you told Dawn, and ask if there's anything you can put right";
  const NEXT_TIME = "Say sorry you told Dawn, and ask what she'd want said if you're asked again";
  const STANDING = 'Say sorry you told Dawn, and explain you were standing up for her and the boy';
  const QUIETLY = "Say sorry you told Dawn, and ask Dawn quietly to keep it off Mrs Lee's record";
  const words = (text: string) => text.split(/\s+/).length;
  const source = () => readFileSync(`stories/${S1}.ink`, 'utf8');

  it("afterwards, asking to complain says no sorry for the worker's own part (session 18: its sorry for the surgery's part was ruled out on sight by both round-17 option-only readers, and is gone): no repair move, so on a harm path it repairs nothing and stays ASK_CONSENT, below the apology and the write-up, and Esther's card says what it left out", () => {
    const played = playBy(S1, [...SPOKE, COMPLAIN]);
    const after = decisionAt(played, AFTER);
    const complain = option(after, COMPLAIN);
    expect(complain.acts).toEqual(['ASK_CONSENT esther']);
    expect([complain.voice, complain.power, complain.courage]).toEqual([1, 2, 0]);
    expect(total(complain)).toBeLessThan(total(option(after, REPAIR)));
    expect(total(complain)).toBeLessThan(total(option(after, LEAVE_LETTER)));
    const desk = decisionAt(played, DESK);
    expect(desk.voice).toBe(desk.base.voice);
    expect(transcript([...SPOKE, COMPLAIN])).toMatch(
      /"I'd like to complain too, in my own name, about what I saw at the desk\./,
    );
    // Twelfth round (stereotype SHOULD): her card is her act, not the note's rule in her mouth.
    expect(after.perspectives.map((p) => p.text).join(' ')).toMatch(/Your own part I texted to Lorraine myself/);
    expect(source()).not.toMatch(/Sorry for your own part, you never said/);
  });

  it('on the path that did Esther no harm the same complaint is offered, still without a repair (scenarios.md: no repair where the path did no harm), and her card there is the one it always was', () => {
    const played = playBy(S1, [...CLEAN.slice(0, 6), COMPLAIN]);
    const after = decisionAt(played, AFTER);
    expect(optionsAt(after).flatMap((o) => o.acts)).not.toContain('REPAIR esther');
    expect(after.perspectives.map((p) => p.text).join(' ')).toMatch(/answered mine first, and yours a week later/);
    expect(after.perspectives.map((p) => p.text).join(' ')).not.toMatch(/own part/);
  });

  it('afterwards, on a harm path, "sorry" is on two options, one of them not the best, and the best is not the longest; the complaint keeps its act without a sorry (session 18: both round-17 readers ruled out its sorry for the surgery as sorry for someone else\'s harm; it now asks in the ally\'s words instead)', () => {
    const after = decisionAt(playBy(S1, [...SPOKE, LEAVE_LETTER]), AFTER);
    const top = Math.max(...optionsAt(after).map(total));
    const owning = optionsAt(after).filter((o) => /sorry/.test(o.text));
    expect(owning.map((o) => o.text).sort()).toEqual([CONTACT, REPAIR].sort());
    expect(owning.filter((o) => total(o) < top)).toHaveLength(1);
    expect(option(after, COMPLAIN).text).toMatch(/^Ask Esther if you may complain too, in your own name/);
    expect(option(after, COMPLAIN).acts).toEqual(['ASK_CONSENT esther']);
    expect(option(after, CONTACT).acts).toEqual(['REPAIR esther', 'CENTRE_SELF esther']);
    const longest = Math.max(...optionsAt(after).map((o) => words(o.text)));
    expect(words(option(after, REPAIR).text)).toBeLessThan(longest);
  });

  it('at "You had no right" the best says its act plainly, and (twelfth round, educator SHOULD) its ask too, so the learner chooses the ask the score rewards; the others carry the words the readers took for the answer ("what she\'d want", "quietly", "standing up for her"), and every verdict is unchanged: only the plain sorry repairs the outing', () => {
    const path = (repair: string) => playBy(S1, [HOLD, TOGETHER, OUTING, repair]);
    const repair = decisionAt(path(PLAIN), '"You had no right"');
    const top = Math.max(...optionsAt(repair).map(total));
    expect(
      optionsAt(repair)
        .filter((o) => total(o) === top)
        .map((o) => o.text),
    ).toEqual([PLAIN]);
    expect(PLAIN).toMatch(/ask if there's anything you can put right/);
    expect(NEXT_TIME).toMatch(/what she'd want/);
    expect(QUIETLY).toMatch(/quietly/);
    expect(STANDING).toMatch(/standing up for her/);
    expect(option(repair, PLAIN).acts).toEqual(['REPAIR mrs_lee']);
    expect(option(repair, NEXT_TIME).acts).toEqual(['REPAIR mrs_lee', 'CENTRE_SELF mrs_lee']);
    expect(option(repair, STANDING).acts).toEqual(['SPEAK_OVER mrs_lee']);
    expect(option(repair, QUIETLY).acts).toEqual(['OVERRIDE mrs_lee']);
    const longest = Math.max(...optionsAt(repair).map((o) => words(o.text)));
    expect(words(PLAIN)).toBeLessThan(longest);
    const outing = (p: ReturnType<typeof playBy>) => p.log.decisions.find((d) => d.moment === 'Mrs Lee at the desk')!;
    expect(outing(path(PLAIN)).voice).toBeGreaterThan(outing(path(PLAIN)).base.voice);
    for (const other of [NEXT_TIME, STANDING, QUIETLY])
      expect(outing(path(other)).voice, other).toBe(outing(path(other)).base.voice);
    // The plain sorry asks in its label and in the worker's line; what asking her for next time costs is on the page
    // before the choice (the boy on her hip).
    const read = transcript([HOLD, TOGETHER, OUTING, PLAIN]);
    expect(read).toMatch(
      /"I'm sorry\. It was yours to tell, and I said it in front of everyone\. Is there anything I can put right\?"/,
    );
    expectInOrder(read, 'the boy coughing on her hip', 'You had no right to tell her that');
  });

  // Session 17's cold read (two new readers, options only): both found the best here because it alone said what the
  // sorry was for. Now every sorry names it, so what tells them apart is what follows it: the act, not the apology's
  // shape. Verdicts as above.
  it('at "You had no right" every sorry names what it is for (telling Dawn), so naming the harm does not mark the best', () => {
    const repair = decisionAt(playBy(S1, [HOLD, TOGETHER, OUTING, PLAIN]), '"You had no right"');
    const labels = optionsAt(repair).map((o) => o.text);
    expect(labels.sort()).toEqual([PLAIN, NEXT_TIME, STANDING, QUIETLY].sort());
    for (const label of labels) expect(label).toMatch(/^Say sorry you told Dawn, and /);
  });
});

// Twelfth round (/work/wt/optonly/m11: three new readers, options only, all three on the apology at "Afterwards" at
// 40 % chance, "the stock best-practice apology"): a decoy with the apology's shape was added. Fourteenth round
// (/work/wt/pack0: all three readers still took "sorry, and ask what would help"): that textbook apology is now the
// decoy, because Esther has said what would help before the choice ("Enough questions for one day. Put the kettle on,
// then leave me to it."); the best says what it is sorry for and does what she said. It replaces "ask how she'd like
// to be contacted", which had the same reason (asked and answered) and the same verdict.
describe('S1 fourteenth round: the textbook apology, wrong here for a reason the scene shows', () => {
  const SPOKE = [SPEAK, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN];
  const NUMBER = [HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, READ_NUMBER];
  const ASK_HELP = "Tell Esther what you're sorry for, and ask if things are all right between you";
  const source = () => readFileSync(`stories/${S1}.ink`, 'utf8');

  it('verdict kept, decoy reworded (session 9 educator SHOULD: asking what would help is the candour step, best at "You had no right"): asking Esther whether you two are all right (session 18: it asked her to forgive you, a known don\'t that both round-17 option-only readers ruled out on sight), after she has said what she wants tonight (tea, and her letter), is REPAIR with CENTRE_SELF (-1/1/0): your comfort, her work, and she says it twice; it repairs nothing (R13), below the apology that does what she said and the write-up', () => {
    const played = playBy(S1, [...SPOKE, ASK_HELP]);
    const after = decisionAt(played, AFTER);
    const ask = option(after, ASK_HELP);
    expect(ask.acts).toEqual(['REPAIR esther', 'CENTRE_SELF esther']);
    expect([ask.voice, ask.power, ask.courage]).toEqual([-1, 1, 0]);
    expect(total(ask)).toBeLessThan(total(option(after, REPAIR)));
    expect(total(ask)).toBeLessThan(total(option(after, LEAVE_LETTER)));
    expect(option(after, REPAIR).acts).toEqual(['REPAIR esther', 'RESPECT_WISH esther']);
    // Session 9 last read: asking her to forgive you (now: whether you're all right) the same evening is not disputed (see the last-read tests below);
    // the apology stays contested with the write-up.
    expect(contested(after, ASK_HELP)).toBeFalsy();
    expect(contested(after, REPAIR)).toBe(true);
    const desk = decisionAt(played, DESK);
    expect(desk.voice).toBe(desk.base.voice);
    const repaired = decisionAt(playBy(S1, [...SPOKE, REPAIR]), DESK);
    expect(repaired.voice).toBeGreaterThan(repaired.base.voice);
  });

  it('its reason is on the page before the choice (what she wants tonight, in her words and with its reason, after "Three letters, and they still rang"), never in a label; its cost after is her saying it twice, not her frailty: the letter is written anyway (session 9 stereotype SHOULD)', () => {
    const read = transcript([...SPOKE, ASK_HELP]);
    expectInOrder(
      read,
      'Three letters, and they still rang',
      "I've been asked questions since nine o'clock. Tea would help. Then let me get on with my letter.",
      "I'm sorry I spoke for you at the desk. Are we all right?",
      '"Ask me next week. I said: tea, and my letter."',
      "She doesn't look up from the letter while you do.",
    );
    expect(read).not.toMatch(/Enough questions|too tired to write it|half done for the morning/);
    const card = decisionAt(playBy(S1, [...SPOKE, ASK_HELP]), AFTER)
      .perspectives.map((p) => p.text)
      .join(' ');
    expect(card).toMatch(/I said it twice\. I wrote the letter anyway\./);
    expect(card).not.toMatch(/waited till morning/);
    expect(source()).toMatch(/# note: [^\n]*she's said what would help\./);
    for (const label of [REPAIR, ASK_HELP]) expect(label).not.toMatch(/she said|she asked|as she/i);
  });

  it('like the apology, it names the harm it follows, and is offered on the same paths (the room meets one "Afterwards"), never on the path that did Esther no harm', () => {
    expect(transcript([...NUMBER, ASK_HELP])).toMatch(
      /"I'm sorry I gave Dr Shah Efua's number without asking you\. Are we all right\?"/,
    );
    const offers = (path: string[]) =>
      optionsAt(decisionAt(playBy(S1, [...path, LEAVE_LETTER]), AFTER)).map((o) => o.text);
    expect(offers(CLEAN).some((t) => t.startsWith(ASK_HELP))).toBe(false);
    expect(offers(SPOKE)).toEqual(offers(NUMBER));
    expect(offers(SPOKE)).toContain(ASK_HELP);
    expect(source()).not.toMatch(/Ring Lorraine again|ask how she'd like to be contacted/);
  });

  it('shape, not words: the best and the decoy are the same sorry to Esther, naming the harm, with a different second half; the best is not the longer, and only the decoy asks', () => {
    const after = decisionAt(playBy(S1, [...SPOKE, LEAVE_LETTER]), AFTER);
    const best = option(after, REPAIR).text;
    const stem = "Tell Esther what you're sorry for, and ";
    for (const text of [best, ASK_HELP]) expect(text.startsWith(stem)).toBe(true);
    expect(best.length).toBeLessThanOrEqual(ASK_HELP.length);
    expect(best).not.toMatch(/\bask\b/);
  });
});

// Fourteenth round (/work/wt/pack0: three blind readers, options only, 3 of 3 on the desk and the long wait). At the
// desk the textbook "ask Dawn to say it to her" was the pick; at the wait, the only option with a time to be back.
describe('S1 fourteenth round: the desk and the long wait, read with no scene', () => {
  const GO = "Say sorry, you'll be back by twenty past twelve, and ask Esther to text when she's seen";

  it('at the desk: telling Dawn that Esther lipreads, after she asked you at home not to explain her ears, speaks for her (relay: R1), so the apology is on offer after it and names that harm; the reason is shown before the choice, in the scene, and in no label', () => {
    const home = transcript([]).split('The surgery is warm and full')[0]!;
    expect(home).toContain("At the desk I'll do the talking. If anyone needs telling about my ears, I'll tell them.");
    const desk = decisionAt(playBy(S1, [FACE_HER]), DESK);
    for (const o of optionsAt(desk)) expect(o.text).not.toMatch(/ears|explain|she asked|she said/i);
    expect(desk.notes.join(' ')).toMatch(/asked you not to explain her ears/);
    const path = [FACE_HER, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN];
    expect(transcript([...path, REPAIR])).toMatch(/"I'm sorry I spoke for you at the desk\."/);
    const played = playBy(S1, [...path, REPAIR]);
    const faced = played.log.decisions[0]!;
    expect(faced.base.voice).toBe(-1);
    expect(faced.voice).toBe(0);
    // What waiting costs is still shown: Dawn answers her screen, and Esther asks twice.
    expect(transcript([HOLD])).toMatch(/"I didn't get that\. Look at me when you say it\."/);
    // The best is not first in the list.
    expect(optionsAt(desk)[0]!.text).not.toBe(option(desk, HOLD).text);
  });

  it("at the long wait: leaving with a promise to be back by twenty past twelve, and a text when she has been seen, is still standing by (R3: harm is exclusion, rank above), because nobody will hear her name for her; a time to be back is not the best's alone", () => {
    const wait = decisionAt(playBy(S1, [HOLD, TOGETHER, BACK_UP, PLAN]), WAIT);
    const go = option(wait, GO);
    expect(go.acts).toEqual(['BYSTAND esther']);
    expect(option(wait, PLAN).acts).toEqual(['DECIDE_WITH esther']);
    for (const o of [go, option(wait, PLAN)]) expect(o.text).toMatch(/back by twenty past twelve/);
    expect(total(option(wait, PLAN))).toBe(Math.max(...optionsAt(wait).map(total)));
    expect(transcript([HOLD, TOGETHER, STAY_SEATED, GO])).toMatch(
      /you'll be back by twenty past twelve[\s\S]*They called her name twice while you were gone/,
    );
  });
});

// Session 9 reviews of the fourteenth round (educator and stereotype; /work/wt/notes/review-*-sitting-in-reception.ink.md).
describe("S1 session 9 review fixes: confidentiality, and Esther's own plans", () => {
  const source = () => readFileSync(`stories/${S1}.ink`, 'utf8');
  const GO = "Say sorry, you'll be back by twenty past twelve";

  it("MUST (educator): at the long wait the best keeps another client's name and health out of it (UK GDPR Art 9, the duty of confidence, the Code of Conduct): its label names no one, and Esther is never shown Lorraine's text; she hears his name from you nowhere in the story", () => {
    const wait = decisionAt(playBy(S1, [HOLD, TOGETHER, BACK_UP, PLAN]), WAIT);
    const plan = option(wait, PLAN);
    expect(plan.text).toBe(
      "Tell Esther your next call can't have his lunch late, and you'd be back by twenty past twelve",
    );
    expect(plan.acts).toEqual(['DECIDE_WITH esther']);
    expect(total(plan)).toBe(Math.max(...optionsAt(wait).map(total)));
    for (const o of optionsAt(wait)) expect(o.text).not.toMatch(/Kowalski/);
    for (const lee of [BACK_UP, STAY_SEATED]) {
      const read = transcript([HOLD, TOGETHER, lee, PLAN]);
      expect(read).toMatch(/You put the phone away and tell her the truth, without his name/);
      expect(read).not.toMatch(/show her the text|She reads it twice/);
    }
    // No line spoken to Esther, on any option, names him.
    expect(source()).not.toMatch(/Kowalski[^\n]*# to: esther/);
  });

  it('at the desk, Esther is seen catching "rang her" before the choice, so waiting for her answer rests on something shown; the best says its act in plain words (no "in her own words"), and where the worker speaks first Esther takes the desk back in her own words, not with a look', () => {
    const lines = readAlong(S1, [], 'stop').split('\n');
    const dawn = lines.findIndex((l) => l.includes('We rang her yesterday afternoon'));
    expect(lines[dawn + 1]).toBe('Watching Dawn\'s mouth, Esther catches "rang her".');
    const desk = decisionAt(playBy(S1, [FACE_HER]), DESK);
    expect(option(desk, HOLD).text).toBe("Catch Esther's eye, and wait for her to answer Dawn");
    expect(source()).not.toMatch(/in her own words #|gives you a look/);
    expect(transcript([FACE_HER])).toMatch(/"I'll take it from here\." Esther turns to Dawn before you can say more\./);
    // The facilitator note says whose view decides, and why the lipreading option falls short.
    expect(desk.notes.join(' ')).toMatch(/saying why speaks for her\. Her view decides\./);
  });

  it('at the long wait, the harm the best plans for is on the page before the choice (a name called that never comes up on the screen); on the Mrs Lee path the card for leaving credits the plan Esther and Ann made, and only says what was left out', () => {
    const read = transcript([HOLD, TOGETHER, BACK_UP]);
    expectInOrder(read, 'Twice a name is called that never comes up on the screen.', 'Go if you need to');
    expect(source()).not.toMatch(/only shouted|gets ahead of the screen/);
    expect(transcript([HOLD, TOGETHER, STAY_SEATED, GO])).toMatch(/My name never came up\."/);
    const lee = decisionAt(playBy(S1, [HOLD, TOGETHER, BACK_UP, GO]), WAIT)
      .perspectives.map((p) => p.text)
      .join(' ');
    expect(lee).toMatch(/Ann and I sorted the screen between us/);
    expect(lee).not.toMatch(/without a plan/);
    const alone = decisionAt(playBy(S1, [HOLD, TOGETHER, STAY_SEATED, GO]), WAIT)
      .perspectives.map((p) => p.text)
      .join(' ');
    expect(alone).toMatch(/you left without a plan/);
  });

  it('afterwards, her lever is said warmly and with its reason (questions since nine), and asking to complain shows what it costs her (one more question) while keeping its verdict (ASK_CONSENT, her consent needed)', () => {
    const SPOKE = [SPEAK, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN];
    const COMPLAIN = 'Ask Esther if you may complain too, in your own name, about what you saw at the desk';
    const read = transcript([...SPOKE, COMPLAIN]);
    expectInOrder(
      read,
      "I've been asked questions since nine o'clock.",
      'Is that all right?',
      '"One more, then. Yes. Write yours',
    );
    expect(option(decisionAt(playBy(S1, [...SPOKE, COMPLAIN]), AFTER), COMPLAIN).acts).toEqual(['ASK_CONSENT esther']);
  });
});

// Last read of session 9 (/work/wt/notes/lastread-edu.md and lastread-ster.md): tags and text only, no move or score
// changed.
describe('S1 last read (session 9)', () => {
  const SPOKE = [SPEAK, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN];
  const FORGIVE = "Tell Esther what you're sorry for, and ask if things are all right between you";
  const LEFT = "Say sorry, you'll be back by twenty past twelve";

  it('afterwards (educator SHOULD): asking Esther to forgive you, now whether you two are all right (session 18), the same evening, is not something practitioners dispute (apology guidance: offer the sorry and ask nothing back: reassurance is asking back too), so it no longer carries #contested, left over from when it asked what would help; the debrief marks only the apology and the write-up as contested; still REPAIR + CENTRE_SELF (-1/1/0), below both', () => {
    const after = decisionAt(playBy(S1, [...SPOKE, FORGIVE]), AFTER);
    expect(contested(after, FORGIVE)).toBeFalsy();
    expect(contested(after, REPAIR)).toBe(true);
    expect(contested(after, LEAVE_LETTER)).toBe(true);
    const ask = option(after, FORGIVE);
    expect(ask.acts).toEqual(['REPAIR esther', 'CENTRE_SELF esther']);
    expect([ask.voice, ask.power, ask.courage]).toEqual([-1, 1, 0]);
    expect(total(ask)).toBeLessThan(total(option(after, REPAIR)));
    expect(total(ask)).toBeLessThan(total(option(after, LEAVE_LETTER)));
    const line = readFileSync(`stories/${S1}.ink`, 'utf8')
      .split('\n')
      .find((l) => l.includes(`[${FORGIVE} #`))!;
    expect(line).not.toMatch(/#contested/);
  });

  it('afterwards, where the learner left early and Mrs Lee watched the screen (stereotype COULD): Esther and Ann had the screen, so her answer to the sorry is her own ("Ann had it."), not a look that grades the lapse (the reviewer\'s "Ask me first, next time" is left out: the fifth mend cut that phrase as a verdict, and her card at the wait already says nobody asked); elsewhere she still doesn\'t say it\'s all right; the apology\'s move and score are unchanged', () => {
    const lee = [HOLD, TOGETHER, BACK_UP, LEFT, WORD_FOR_WORD, WRITE_PLAN, REPAIR];
    expectInOrder(
      transcript(lee),
      "Ann is watching the screen for me. Don't worry.",
      "I'm sorry I left without asking who'd tell the desk to fetch you.",
      'Esther shrugs. "Ann had it." She nods at the kettle.',
    );
    expect(transcript(lee)).not.toContain("doesn't say it's all right");
    // Where the sorry is for something else (the number), or nobody watched the screen, the old beat stands.
    for (const other of [
      [HOLD, TOGETHER, BACK_UP, LEFT, WORD_FOR_WORD, READ_NUMBER, REPAIR],
      [SPEAK, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN, REPAIR],
    ]) {
      expect(transcript(other)).toContain(
        "Esther looks at you for a while, and doesn't say it's all right. She nods at the kettle.",
      );
      expect(transcript(other)).not.toContain('Ann had it');
    }
    const played = playBy(S1, lee);
    expect(
      decisionAt(played, WAIT)
        .perspectives.map((p) => p.text)
        .join(' '),
    ).toContain("You never asked who'd tell the desk to fetch me.");
    expect(actsOf(decisionAt(played, AFTER))).toEqual(['REPAIR esther', 'RESPECT_WISH esther']);
  });
});

// Fifteenth round (issue 16, room 13 on walk 43: six seats, each a UK care worker): the desk, "book online" and
// "Afterwards" went six to nothing, each on one consideration the page showed alone. Each now shows, before the
// choice and in a person's words, what pulls the other way. No verdict moved; these tests hold that.
describe('S1 fifteenth round: what pulls the other way is on the page before the choice', () => {
  const NUMBER = [HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, READ_NUMBER];
  const LEAVE_AFTER = 'Let Dawn finish, then go over it all with Esther';

  it("at the desk Dawn asks the worker to explain, with the queue waiting, so waiting for Esther refuses someone with a reason; Esther's own wish is still said at home; waiting stays the best, contested with asking Dawn to face her, and letting Dawn finish is still standing by (R3)", () => {
    const lines = readAlong(S1, [], 'stop').split('\n');
    const dawn = lines.findIndex((l) => l.includes('We rang her yesterday afternoon'));
    expect(lines[dawn + 2]).toBe('"Can you explain it to her? I don\'t think she\'s caught it."');
    expectInOrder(transcript([]), "At the desk I'll do the talking.", 'Can you explain it to her?');
    const desk = decisionAt(playBy(S1, [HOLD]), DESK);
    expect(desk.discuss.join(' ')).toMatch(/Then she asked you to explain, thinking Esther hadn't caught it\./);
    expect(desk.notes.join(' ')).toMatch(/trusts her to say what she missed/);
    const top = Math.max(...optionsAt(desk).map(total));
    expect(total(option(desk, HOLD))).toBe(top);
    expect(total(option(desk, FACE_HER))).toBeLessThan(top);
    expect(contested(desk, HOLD)).toBe(true);
    expect(contested(desk, FACE_HER)).toBe(true);
    expect(option(desk, LEAVE_AFTER).acts).toEqual(['BYSTAND esther']);
  });

  it('at "book online" Esther takes three weeks, done with the desk, before the choice, so suggesting a doctor today questions what she said and asking her has a reason; the two stay level and contested, and telling Dawn about the fall stays doing for (R5)', () => {
    const read = transcript([HOLD]);
    expectInOrder(
      read,
      '"Next, please."',
      'Esther steadies herself on the counter. "Three weeks, then. I\'m done with this desk.',
    );
    const book = bookOnlineVerdictsHold();
    expect(book.discuss.join(' ')).toMatch(/Esther said three weeks/);
    // Her cards answer what she said at the counter, not a mind already made up.
    const cards = decisionAt(playBy(S1, [HOLD, ASK]), BOOK)
      .perspectives.map((p) => p.text)
      .join(' ');
    expect(cards).toMatch(/I said three weeks and a letter to be shot of that desk/);
    expect(cards).not.toMatch(/I'd decided before anyone asked/);
  });

  it("afterwards Lorraine texts for the desk written up before the worker leaves, for her call at two, right after Esther asks for tea and her letter, so the apology and the write-up compete; each pays its cost in the scene (she makes her own tea; Lorraine's call, if Esther agrees, waits a day for your notes); both stay level and contested", () => {
    for (const path of [[...NUMBER], [SPEAK, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN]]) {
      const read = transcript([...path, REPAIR]);
      expectInOrder(
        read,
        'Tea would help. Then let me get on with my letter.',
        'Lorraine texts: "Write me up that desk before you leave hers. If Esther agrees, I ring the practice manager at two',
        "You make the tea, and leave the letter to her. Lorraine's two o'clock call waits a day, for your notes.",
      );
      const after = decisionAt(playBy(S1, [...path, REPAIR]), AFTER);
      expect(total(option(after, REPAIR))).toBe(total(option(after, LEAVE_LETTER)));
      expect(total(option(after, REPAIR))).toBe(Math.max(...optionsAt(after).map(total)));
      expect(contested(after, REPAIR)).toBe(true);
      expect(contested(after, LEAVE_LETTER)).toBe(true);
      expect(after.notes.join(' ')).toMatch(/Lorraine needs the desk written up for a call at two, if Esther agrees/);
    }
    expect(transcript([...NUMBER, LEAVE_LETTER])).toMatch(
      /She puts the kettle on herself\. At two Lorraine rings the practice manager about Efua's number, your notes open in front of her\./,
    );
    expect(transcript([...CLEAN])).toMatch(
      /At two Lorraine rings the practice manager, your notes open in front of her\./,
    );
    // The labels did not change: no option states its excuse or borrows Lorraine's words.
    const after = decisionAt(playBy(S1, [...NUMBER, REPAIR]), AFTER);
    for (const o of optionsAt(after)) expect(o.text).not.toMatch(/Lorraine|two o'clock|at two/);
  });
});

// Sixteenth round (issue 16, room 15 on walk 43, the same six seats): the desk, "book online", the new tablets and
// "Afterwards" were still six to nothing, each seat weighing one consideration (her wish to do the talking; her
// dizziness; her consent; owning the mistake). The pull the other way is now one the person's own need or wish
// carries, said before the choice. No verdict, move or label changed; these tests hold that.
describe("S1 sixteenth round: the pull the other way is the person's own need, said before the choice", () => {
  const NUMBER = [HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, READ_NUMBER];
  const LEAVE_AFTER = 'Let Dawn finish, then go over it all with Esther';
  const DESK_LABELS = [SPEAK, HOLD, FACE_HER, LEAVE_AFTER];

  it("at the desk Dawn's reason for asking is Esther's, not the queue's: she may not have caught the cancellation; her own wish to do the talking is still said at home; waiting stays the best, contested with asking Dawn to face her; the labels are as before", () => {
    const read = transcript([]);
    expectInOrder(
      read,
      "At the desk I'll do the talking.",
      'Watching Dawn\'s mouth, Esther catches "rang her".',
      "I don't think she's caught it.",
    );
    expect(read).not.toMatch(/mad in here/);
    const desk = decisionAt(playBy(S1, [HOLD]), DESK);
    expect(optionsAt(desk).map((o) => DESK_LABELS.findIndex((l) => o.text.startsWith(l)))).toEqual([0, 1, 2, 3]);
    const top = Math.max(...optionsAt(desk).map(total));
    expect(total(option(desk, HOLD))).toBe(top);
    expect(total(option(desk, FACE_HER))).toBeLessThan(top);
    expect(contested(desk, HOLD)).toBe(true);
    expect(contested(desk, FACE_HER)).toBe(true);
    expect(option(desk, SPEAK).acts).toEqual(['SPEAK_FOR esther']);
    expect(option(desk, LEAVE_AFTER).acts).toEqual(['BYSTAND esther']);
  });

  it('at "book online" Esther says her own plan, a letter to the doctor, before the choice, so suggesting today questions a plan and asking her leaves it hers; the two stay level and contested, and telling Dawn about the fall stays doing for (R5)', () => {
    expectInOrder(
      transcript([HOLD]),
      '"Next, please."',
      '"Three weeks, then. I\'m done with this desk. I\'ll write to the doctor."',
    );
    const book = bookOnlineVerdictsHold();
    expect(book.discuss.join(' ')).toMatch(/she'll write to the doctor/);
    expect(book.notes.join(' ')).toMatch(/She has said three weeks and a letter/);
  });

  it('at the new tablets Esther asks you about the doses before Dr Shah turns to you, so the plan on paper answers her own question about her safety tonight and asking her about Efua keeps its reason (her family, her say); the written plan stays the best, contested with asking her; reading out the number stays an override (R6)', () => {
    const read = transcript([HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD]);
    expectInOrder(
      read,
      'Esther nods along, one hand on the edge of the desk.',
      'Esther asks Dr Shah, "Twice a day?" Dr Shah nods at the printer, still talking.',
      'Then Dr Shah turns to you.',
      'Is the number on your care plan?',
    );
    const tablets = decisionAt(playBy(S1, [HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, ASK_EFUA]), TABLETS);
    const top = Math.max(...optionsAt(tablets).map(total));
    expect(total(option(tablets, WRITE_PLAN))).toBe(top);
    expect(total(option(tablets, ASK_EFUA))).toBeLessThan(top);
    expect(contested(tablets, WRITE_PLAN)).toBe(true);
    expect(contested(tablets, ASK_EFUA)).toBe(true);
    expect(option(tablets, ASK_EFUA).acts).toEqual(['ASK_CONSENT esther']);
    expect(option(tablets, READ_NUMBER).acts).toEqual(['OVERRIDE esther']);
    expect(tablets.notes.join(' ')).toMatch(/answers her question about the doses in her own stated format/);
    // Asked about Efua at the desk, she still got only "twice a day": her question was never answered.
    expect(transcript([HOLD, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, ASK_EFUA])).toMatch(
      /At the desk I got 'twice a day' and not much else\./,
    );
  });

  it("afterwards Lorraine's call at two is for what Esther wants changed (Efua's number off, on the path that read it out, right after Esther says so; the ringing stopped, on the others), so the write-up serves her too; the apology and the write-up stay level and contested, and no label borrows Lorraine's words", () => {
    expectInOrder(
      transcript([...NUMBER, REPAIR]),
      '"Tell them to take it off."',
      'Tea would help. Then let me get on with my letter.',
      'If Esther agrees, I ring the practice manager at two, to get Efua\'s number off."',
      "Lorraine's two o'clock call waits a day, for your notes.",
    );
    expect(transcript([...CLEAN])).toMatch(
      /If Esther agrees, I ring the practice manager at two, to stop them ringing her\."/,
    );
    for (const path of [NUMBER, [SPEAK, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN]]) {
      const after = decisionAt(playBy(S1, [...path, REPAIR]), AFTER);
      const top = Math.max(...optionsAt(after).map(total));
      expect(total(option(after, REPAIR))).toBe(top);
      expect(total(option(after, LEAVE_LETTER))).toBe(top);
      expect(contested(after, REPAIR)).toBe(true);
      expect(contested(after, LEAVE_LETTER)).toBe(true);
      expect(after.notes.join(' ')).toMatch(/to get what Esther wants changed/);
      for (const o of optionsAt(after)) expect(o.text).not.toMatch(/Lorraine|two o'clock|at two|number off|ringing/);
    }
  });
});

describe('S1 seventeenth read (session 11): people are where the text says, on every path', () => {
  const FINISH = 'Let Dawn finish, then go over it all with Esther';
  const OUTING = 'Tell Dawn the NHS says Gypsy and Traveller';

  it('on the let-Dawn-finish path Dawn never turned away from the worker, so she talks on to you and brings up the app once; where she had turned to Esther she turns back', () => {
    const finish = transcript([FINISH]).split('"Three weeks, then.')[0]!;
    expectInOrder(
      finish,
      "Dawn carries on, to you: the booking system, the eight o'clock phone queue.",
      'Dawn talks on, to you.',
      "It's quicker with the app.",
    );
    expect(finish).not.toMatch(/turns back to you|the booking system, the app/);
    for (const turned of [SPEAK, FACE_HER]) {
      const read = transcript([turned]).split('"Three weeks, then.')[0]!;
      expect(read, turned).toMatch(/\nDawn turns back to you\.\n/);
      expect(read, turned).not.toMatch(/talks on, to you/);
    }
  });

  it('on the path that outs Mrs Lee she waits at the end of the row till the back office calls her, so "comes back from the back office" follows her going in', () => {
    const read = transcript([HOLD, TOGETHER, OUTING]);
    expectInOrder(
      read,
      '"Right. I\'ll have to check how we do Travellers."',
      'Mrs Lee waits with the boy at the other end of the row, away from you, till the back office calls her.',
      'When Mrs Lee comes back from the back office with her form',
    );
    expect(read).not.toMatch(/sits down at the other end of the row/);
  });

  it('the new tablets reach the kitchen table because the walk home goes by the chemist, on every path', () => {
    for (const path of [
      CLEAN,
      [
        FINISH,
        DUTY_DOCTOR,
        OUTING,
        'Say sorry you told Dawn, and ask what',
        "Say sorry, you'll be back",
        NATIONAL_FLAG,
        READ_NUMBER,
      ],
    ]) {
      const read = transcript(path);
      expectInOrder(read, 'You walk Esther home by the chemist.', 'a photo of the new label');
    }
    expect(transcript(CLEAN)).toMatch(/Esther's new tablets are on the kitchen table/);
  });

  it('Dawn, gone for her car or to her mum, is not on stage at the new tablets, and the verdicts there are unchanged', () => {
    for (const message of [HAND_NOTE, WORD_FOR_WORD, NATIONAL_FLAG]) {
      const tablets = decisionAt(playBy(S1, [HOLD, TOGETHER, BACK_UP, PLAN, message, WRITE_PLAN]), TABLETS);
      expect(tablets.context.people.dawn?.present ?? false, message).toBe(false);
      const top = Math.max(...optionsAt(tablets).map(total));
      expect(total(option(tablets, WRITE_PLAN)), message).toBe(top);
      expect(option(tablets, READ_NUMBER).acts, message).toEqual(['OVERRIDE esther']);
    }
  });
});

describe('S1 seventeenth read, second pass (session 11): later lines agree with what the path did', () => {
  const FINISH = 'Let Dawn finish, then go over it all with Esther';
  const ASK_FIRST = 'Step up beside Mrs Lee';
  const STAY = "Stay and be Esther's ears";
  const COMPLAIN = 'Ask Esther if you may complain too';

  it('where Dr Shah typed "text at 9" (and, after speaking for her, Dawn typed "text, never ring"), the surgery\'s blood-test text next week is not called its first', () => {
    const read = transcript([SPEAK, TOGETHER, ASK_FIRST, STAY, NATIONAL_FLAG, WRITE_PLAN, COMPLAIN]);
    expectInOrder(
      read,
      "\"And 'lipreads'. And 'text, never ring'.\"",
      'Dr Shah reads it and types "text at 9" into her notes.',
      'Next week the surgery texts her about a blood test. Next month the eye clinic rings her about an appointment.',
    );
    expect(read).not.toMatch(/first text it has ever sent her/);
  });

  it('taking her letter over lowers Esther\'s trust as the other doing-for options do, so "too tired to say it again" doesn\'t earn the warmest ending; the verdict there is unchanged', () => {
    const path = [FINISH, ASK, STAY_SEATED, PLAN, HAND_NOTE, ASK_EFUA];
    const typed = transcript([...path, TYPE_LETTER]);
    expectInOrder(typed, '"I was going to write it."', 'Surgery Thursday, blood test. You can carry the umbrella.');
    expect(typed).not.toMatch(/Can you swap your Thursday/);
    // The same morning, with the letter left to her, still earns it: the trust was built, and the takeover spent it.
    expect(transcript([...path, LEAVE_LETTER])).toMatch(/Surgery Thursday, blood test\. Can you swap your Thursday\?/);
    const after = decisionAt(playBy(S1, [...path, TYPE_LETTER]), AFTER);
    expect(actsOf(after)).toEqual(['OVERRIDE esther']);
    expect(total(option(after, TYPE_LETTER))).toBeLessThan(total(option(after, LEAVE_LETTER)));
  });
});

describe('S1 curtain call (session 12): each card and question sits under the decision it answers, and is true there', () => {
  const OUT_HER = 'Tell Dawn the NHS says Gypsy and Traveller families';
  const SORRY_PUT_RIGHT = "Say sorry you told Dawn, and ask if there's anything you can put right";
  const LEE_SEATED = 'Stay in your seat with Esther, and leave the desk';
  const cardsAt = (path: string[], moment: string) =>
    decisionAt(playBy(S1, path), moment)
      .perspectives.map((p) => `${p.who}: ${p.text}`)
      .join(' | ');
  const reflectAt = (path: string[], moment: string) => (decisionAt(playBy(S1, path), moment).reflect ?? []).join(' ');

  it('MUST (r18 curtain 2): Esther\'s cards on the national flag and on her typed note sit under the message decision that did it, not under "The new tablets", where "You added a fifth" read as blame for the plan on her pad', () => {
    for (const tablets of [WRITE_PLAN, ASK_EFUA, READ_NUMBER]) {
      const flagged = [HOLD, ASK, BACK_UP, PLAN, NATIONAL_FLAG, tablets];
      expect(cardsAt(flagged, TABLETS), tablets).not.toMatch(/fifth|flag|four lines/);
      expect(cardsAt(flagged, MESSAGE), tablets).toMatch(
        /esther: Dr Shah asked me about a national flag\..*You added a fifth\./,
      );
      const typed = [HOLD, ASK, BACK_UP, PLAN, WORD_FOR_WORD, tablets];
      expect(cardsAt(typed, TABLETS), tablets).not.toMatch(/my note|my record/);
      expect(cardsAt(typed, MESSAGE), tablets).toMatch(
        /esther: Dr Shah had my note on her screen while I was in there\./,
      );
    }
    // Put on the record in the morning, nobody saw it that afternoon: Esther has no card claiming she did.
    expect(cardsAt([HOLD, ASK, BACK_UP, PLAN, HAND_NOTE, WRITE_PLAN], MESSAGE)).not.toMatch(/esther:/);
  });

  it('story questions now reach a learner on a path\'s lowest- and highest-scored decisions, so the ones shown most ask about practice, not for a one-word answer ("you")', () => {
    const outed = [HOLD, ASK, OUT_HER, SORRY_PUT_RIGHT];
    expect(reflectAt(outed, 'Mrs Lee at the desk')).toBe(
      'Two people in the queue looked up. What did Mrs Lee lose then, and what would have kept it hers?',
    );
    const read = [HOLD, ASK, BACK_UP, PLAN, WORD_FOR_WORD, READ_NUMBER];
    expect(reflectAt(read, TABLETS)).toBe(
      'Dr Shah asked you, with Esther beside you. What would asking Esther first have taken, at that desk?',
    );
    expect(reflectAt(read, MESSAGE)).toBe(
      "Dawn was twenty minutes late to her mum for that note. How did you weigh her hour against Esther's record?",
    );
    // The learner reads how late in Dawn's own card, in the same debrief.
    expect(cardsAt(read, MESSAGE)).toMatch(/dawn: .*I was twenty minutes late to Mum/);
    const spoke = [SPEAK, ASK];
    expect(reflectAt(spoke, DESK)).toBe(
      'Dawn typed it in, and Esther had to lean over to see it. What might have kept Dawn talking to Esther?',
    );
    expect(transcript(spoke)).toMatch(/\nDawn turns back to you\.\n/);
    const seated = [HOLD, ASK, LEE_SEATED];
    expect(reflectAt(seated, 'Mrs Lee at the desk')).toBe(
      "Dawn took your silence for a yes. What could you have done that still left the desk Mrs Lee's?",
    );
    expect(transcript(seated)).toMatch(/takes your silence for a yes/);
  });

  it("COULD (r18 curtain 9, 10): Esther's card on being asked says what she wanted, not a complaint; Dawn's card on the outing says what she did, not a verdict on it", () => {
    expect(cardsAt([HOLD, ASK], BOOK)).toMatch(/Asked to my face, I wrote what I wanted: a doctor today/);
    expect(cardsAt([HOLD, ASK], BOOK)).not.toMatch(/till six/);
    const outing = cardsAt([HOLD, ASK, OUT_HER, SORRY_PUT_RIGHT], 'Mrs Lee at the desk');
    expect(outing).toMatch(
      /dawn: I didn't know the rule, so I said I'd check how we do Travellers\. Out loud, with the queue listening\./,
    );
    expect(outing).not.toMatch(/safe for her, was it/);
  });
});

describe('S1 curtain call, second read (r18 read 2): a story question does not say again what the library asks on the same decision', () => {
  const OUT_HER = 'Tell Dawn the NHS says Gypsy and Traveller families';
  const SORRY_PUT_RIGHT = "Say sorry you told Dawn, and ask if there's anything you can put right";
  const library = parsePromptLibrary(promptsData);
  const promptsOn = (path: string[], moment: string) => {
    const pt = playBy(S1, path);
    const index = pt.log.decisions.findIndex((d) => d.moment === moment);
    return selectPrompts(pt.log, pt.header, library, { rotation: 0 }).filter((p) => p.decision === index);
  };

  it('SHOULD (r18 read 2, 1, 2): on the outing and on reading out Efua\'s number, the story asks about the impact and the cost of asking, and the override question keeps "it was hers to decide"', () => {
    const outing = promptsOn([HOLD, ASK, OUT_HER, SORRY_PUT_RIGHT], 'Mrs Lee at the desk');
    expect(outing.map((p) => p.family).sort()).toEqual(['override', 'story']);
    const outingStory = outing.find((p) => p.family === 'story')!.text;
    expect(outingStory).toBe(
      'Two people in the queue looked up. What did Mrs Lee lose then, and what would have kept it hers?',
    );
    // Not the override's premise again, and not a quiz answered by the backing-up line.
    expect(outingStory).not.toMatch(/hers to tell|What could you have said/);
    // Since Esther's hearing is on her card (session 13), the library's question on this path goes to the desk's
    // setting; the override decision keeps the story's own question, which asks what asking her first would take.
    const efua = promptsOn([HOLD, ASK, BACK_UP, PLAN, WORD_FOR_WORD, READ_NUMBER], TABLETS);
    expect(efua.map((p) => p.family)).toContain('story');
    const efuaStory = efua.find((p) => p.family === 'story')!.text;
    expect(efuaStory).toBe(
      'Dr Shah asked you, with Esther beside you. What would asking Esther first have taken, at that desk?',
    );
    expect(efuaStory).not.toMatch(/What would you check/);
  });

  it("COULD (r18 read 2, 5, 6, 7): the desk question doesn't grade or say what every path does; Esther's card and the typed note's question fit the time and her words", () => {
    const spoke = playBy(S1, [SPEAK, ASK]);
    const desk = (decisionAt(spoke, DESK).reflect ?? []).join(' ');
    expect(desk).not.toMatch(/You were right|talked to you/);
    // The lean over the counter it names is on that path.
    expect(readAlong(S1, [SPEAK, ASK], 'stop')).toMatch(/Esther leans over the counter\./);
    const typed = playBy(S1, [HOLD, ASK, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN]);
    const cards = decisionAt(typed, MESSAGE)
      .perspectives.map((p) => `${p.who}: ${p.text}`)
      .join(' | ');
    expect(cards).not.toMatch(/that afternoon|in my own words/);
    expect(readAlong(S1, [HOLD, ASK, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN], 'stop')).toMatch(/twenty to one/);
    expect((decisionAt(typed, MESSAGE).reflect ?? []).join(' ')).toMatch(/her hour against Esther's record\?$/);
  });
});

// Session 13: the kitchen scene says Esther lost most of her hearing, lipreads and can't use the phone, but her
// ability facet (marked invisible in the cast) had no `reveal:`, so it never reached her card and never keyed a
// question, in a story about a deaf patient kept out by a phone call.
describe("S1 Esther's hearing, shown in her kitchen, is on her card from there", () => {
  it('her card shows her hearing from the first scene, and the curtain call can ask what about the surgery made it harder for her to communicate', () => {
    const pt = playBy(S1, [HOLD, ASK, BACK_UP, PLAN, WORD_FOR_WORD, READ_NUMBER]);
    const desk = pt.log.decisions.find((d) => d.moment === DESK)!;
    expect(desk.shown?.esther ?? []).toContain('ability');
    const library = parsePromptLibrary(promptsData);
    const asked = selectPrompts(pt.log, pt.header, library, { rotation: 0 });
    const setting = asked.find((p) => p.family === 'communication_setting');
    expect(setting?.text).toMatch(/harder for Esther to communicate in her own way/);
    // Asked of a decision at the surgery, before the tablets, not of the ending.
    expect(setting!.decision).toBeLessThan(pt.log.decisions.findIndex((d) => d.moment === TABLETS));
  });
});

// Session 13 (educator read): beside a Ghanaian-British woman, "the national flag" in a question reads as nationality;
// the question names it as the option does, the flag on her NHS record.
describe("S1 the flag's question says NHS flag", () => {
  it('the question on asking for the flag says "the NHS flag", not "the national flag"', () => {
    const flag = option(decisionAt(playBy(S1, CLEAN), MESSAGE), NATIONAL_FLAG);
    const source = readFileSync(`stories/${S1}.ink`, 'utf8');
    expect(source).toMatch(/Where did the idea of the NHS flag come from/);
    expect(flag.text).toMatch(/NHS flag/);
    expect(source).not.toMatch(/#reflect:[^\]]*national flag/);
  });
});

// Session 18: both round-17 option-only readers (/work/wt/notes/cold-a.md, cold-b.md) took the apology at
// "Afterwards" because the rest were known don'ts: sorry for the surgery's part (sorry for someone else's harm),
// asking her to forgive you, and typing her letter. They now carry the ally's words, wrong in context: asking her
// consent in your own name, asking whether you two are all right, typing it "in her words". No move or verdict changed.
describe('S1 session 18: the ally words on the options the best beats at "Afterwards"', () => {
  const SPOKE = [SPEAK, TOGETHER, BACK_UP, PLAN, WORD_FOR_WORD, WRITE_PLAN];
  const COMPLAIN = 'Ask Esther if you may complain too, in your own name';
  const ALL_RIGHT = "Tell Esther what you're sorry for, and ask if things are all right between you";

  it('on a harm path the asks (to complain, whether you are all right) and "in her words" sit on options below the apology and the write-up, with the same acts as before', () => {
    const after = decisionAt(playBy(S1, [...SPOKE, LEAVE_LETTER]), AFTER);
    const top = Math.max(...optionsAt(after).map(total));
    expect(
      optionsAt(after)
        .filter((o) => total(o) === top)
        .map((o) => o.text)
        .sort(),
    ).toEqual([option(after, REPAIR).text, option(after, LEAVE_LETTER).text].sort());
    expect(option(after, COMPLAIN).acts).toEqual(['ASK_CONSENT esther']);
    expect(option(after, ALL_RIGHT).acts).toEqual(['REPAIR esther', 'CENTRE_SELF esther']);
    expect(option(after, TYPE_LETTER).text).toMatch(/in her words/);
    expect(option(after, TYPE_LETTER).acts).toEqual(['OVERRIDE esther']);
    for (const label of optionsAt(after).map((o) => o.text)) expect(label).not.toMatch(/forgive|sorry the surgery/);
  });

  it('early on, the worker has asked what Esther likes to be called, in her words (educator COULD): the desk and Dr Shah say "Mrs Mensah", and the curtain call\'s "Esther" is her choice', () => {
    expectInOrder(
      transcript(CLEAN),
      'On your first visit you asked what she\'d like to be called, and she wrote it large: "Esther. Mrs Mensah is for the bank."',
      '"Doctor at twenty to eleven.',
      '"Mrs Mensah? I\'m Dr Shah.',
    );
  });
});
