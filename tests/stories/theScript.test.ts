// S3 "The Script": the verdicts reviewers disputed in the first draft (scenarios.md v3), each with its reason, and
// the delayed consequences: what the learner did at bay 3 and at the board changes what a later option does.
import { describe, expect, it } from 'vitest';
import { actsOf, decisionAt, optionsAt, playBy, total, transcript } from './support/playStory';

const S3 = 'the-script';
const GARY = 'An English nurse';
const MATRON = "Matron's fix";
const DANIEL = 'Who talks to Daniel?';
const AWARD = 'The award form';
const REPORT = 'Time and effort';

const DO_BOTH = 'Tell Diane no, Chiamaka';
const REFUSE = "Tell Diane the ward doesn't";
const LATER = "Tell Diane you'll come back";
const RELAY_TO_MATRON = 'Say no to the move, and tell Matron';
const CALL_HER_IN = 'Say no to the move, and ring the ward';
const CO_PRESENT = 'Ask Chiamaka to co-present';
const FIGURES = "Take Matron's advice";
const NAME_AND_FIX = "Tell Dr Price that's not a joke";
const FORMAT_ONLY = "Say you can't follow three voices";
const TELL_PRICE = 'Take Dr Price aside';
const PASSPORT_THEN_ASK = 'Read the first page of the passport';
const PASSPORT_TO_PRICE = "Tell Dr Price what Daniel's passport says";
const WAIT_THEN_ASK_TOM = 'Let handover finish, then ask Tom';
const ASK_PRIVATELY = 'Find Chiamaka, then Tom';
const LEAVE_HER_OFF = 'Enter the card itself';
const NOBODY_THIS_YEAR = "Tell Matron that Ward 7 won't";
const NOMINATE_HER = "Put Chiamaka's name in the box";
const HUDDLE = 'Take the form to huddle';
const MATRON_HOURS = 'Ask Matron for two';
const SHOW_HER_FIRST = 'Send the board the figures';
const SHARE_THE_BAYS = 'From Monday, share out the heavy bays';

const readAlong = (prefixes: string[]) => transcript(S3, prefixes, 'first');

/** A path to the end that takes the given options at bay 3 and at the board, and middling ones elsewhere. */
const path = (bay3: string, board: string, award = 'Take the form to huddle', report = 'Write a short report') => [
  bay3,
  RELAY_TO_MATRON,
  NAME_AND_FIX,
  PASSPORT_THEN_ASK,
  board,
  award,
  report,
];

describe('S3 verdicts reviewers disputed', () => {
  it('the English nurse request: refusing at the time (and writing it up) is the decent act it is, and asking Chiamaka first does not outscore it (the ward sister has a duty to refuse an allocation by race or nationality when it is asked)', () => {
    const options = optionsAt(decisionAt(playBy(S3, [DO_BOTH]), GARY));
    const find = (prefix: string) => options.find((o) => o.text.startsWith(prefix))!;
    const refuse = find(REFUSE);
    const later = find(LATER);
    const both = find(DO_BOTH);
    // Refusing and recording is a complete act of its own, not the best option minus a clause (second reads, issue 16).
    expect(refuse.acts).toEqual(['CHALLENGE chiamaka', 'CREDIT chiamaka', 'INDIRECT chiamaka']);
    expect(refuse.courage).toBeGreaterThan(0);
    // "Come back to you in a minute" leaves Diane's request standing in front of Chiamaka: standing by, then asking.
    expect(later.acts).toEqual(['BYSTAND chiamaka', 'INVITE chiamaka']);
    expect(later.courage).toBeLessThan(0);
    expect(total(later)).toBeLessThan(total(refuse));
    // The option that does both (refuse now, then ask her what she wants next) is the best on every dimension.
    for (const other of options) {
      expect(both.voice).toBeGreaterThanOrEqual(other.voice);
      expect(both.power).toBeGreaterThanOrEqual(other.power);
      expect(both.courage).toBeGreaterThanOrEqual(other.courage);
    }
  });

  it('Daniel: telling the registrar what his own hospital passport says carries his documented wishes, so it is advocacy and not speaking for him, and it is the best: it hands the conversation to Daniel through the registrar whose questions they are, while asking Daniel yourself (the reflex) makes the nurse the go-between his passport asks people not to talk through', () => {
    const playthrough = playBy(S3, [DO_BOTH, RELAY_TO_MATRON, NAME_AND_FIX, PASSPORT_TO_PRICE]);
    const record = decisionAt(playthrough, DANIEL);
    expect(record.context.people.daniel?.mandate).toBe('known_wishes');
    expect(actsOf(record)).toEqual(['ADVOCATE daniel', 'HOLD_SPACE daniel']);
    const options = optionsAt(record);
    const best = options.find((o) => o.text.startsWith(PASSPORT_TO_PRICE))!;
    for (const other of options) if (other !== best) expect(total(best)).toBeGreaterThan(total(other));
    // Asking him yourself is decent (he is heard), and second: Dr Price still never talks with him.
    const askHimYourself = options.find((o) => o.text.startsWith(PASSPORT_THEN_ASK))!;
    expect(askHimYourself.acts).toEqual(['INVITE daniel']);
    expect(askHimYourself.courage).toBeLessThan(best.courage);
    const text = readAlong([
      DO_BOTH,
      RELAY_TO_MATRON,
      NAME_AND_FIX,
      PASSPORT_THEN_ASK,
      CO_PRESENT,
      LEAVE_HER_OFF,
      SHOW_HER_FIRST,
    ]);
    expect(text).toContain('The questions go on like that, through you');
    const fromNotes = optionsAt(record).find((o) => o.text.startsWith('Answer Dr Price from the notes'))!;
    expect(fromNotes.acts).toEqual(['SPEAK_FOR daniel']);
  });

  it('after "no prizes, no posters": taking the nomination to the team huddle against what Chiamaka said overrides her', () => {
    const playthrough = playBy(S3, path(DO_BOTH, CO_PRESENT));
    expect(actsOf(decisionAt(playthrough, AWARD))).toContain('OVERRIDE chiamaka');
  });

  it('a cheerful report that leaves out the allocations and the unpaid time is standing by, not neutral', () => {
    const playthrough = playBy(S3, path(DO_BOTH, CO_PRESENT));
    const record = decisionAt(playthrough, REPORT);
    expect(actsOf(record)).toEqual(['BYSTAND']);
    expect(record.courage).toBeLessThan(0);
  });
});

describe('S3 verdicts from the educator read (December 2026)', () => {
  it('the award: if Chiamaka was never asked, asking her privately scores above nominating her or taking it to the huddle (whether, and in front of whom, she is put forward is hers to decide)', () => {
    const playthrough = playBy(S3, path(REFUSE, FIGURES, ASK_PRIVATELY));
    const record = decisionAt(playthrough, AWARD);
    expect(record.context.people.chiamaka?.wants).not.toBe('no');
    const options = optionsAt(record);
    const find = (prefix: string) => options.find((o) => o.text.startsWith(prefix))!;
    const ask = find(ASK_PRIVATELY);
    expect(ask.acts).toEqual(['ASK_CONSENT chiamaka', 'ASK_CONSENT tom']);
    for (const other of [find(NOMINATE_HER), find(HUDDLE)]) {
      expect(other.acts).toContain('DOING_FOR chiamaka');
      expect(total(ask)).toBeGreaterThan(total(other));
      expect(ask.power).toBeGreaterThan(other.power);
    }
    // Also after she was asked about Diane's request: what she said in Matron's office is no mandate for an award form.
    const asked = optionsAt(decisionAt(playBy(S3, path(DO_BOTH, FIGURES, ASK_PRIVATELY)), AWARD));
    expect(asked.find((o) => o.text.startsWith(NOMINATE_HER))!.acts).toEqual(['CREDIT chiamaka', 'DOING_FOR chiamaka']);
  });

  it("handover: naming the put-down without disclosing Tom's hearing, then fixing the format, is the best option; fixing the format alone leaves the laugh standing, and telling the registrar privately still outs Tom", () => {
    const record = decisionAt(playBy(S3, [DO_BOTH, RELAY_TO_MATRON, NAME_AND_FIX]), 'Handover');
    expect(record.moves.map((m) => m.move)).not.toContain('disclose');
    expect(actsOf(record)).toEqual(['CHALLENGE', 'REMOVE_BARRIER tom']);
    const options = optionsAt(record);
    const find = (prefix: string) => options.find((o) => o.text.startsWith(prefix))!;
    const both = find(NAME_AND_FIX);
    for (const other of options) expect(total(both)).toBeGreaterThanOrEqual(total(other));
    expect(find(FORMAT_ONLY).acts).toContain('BYSTAND tom');
    expect(total(find(FORMAT_ONLY))).toBeLessThan(total(both));
    expect(find(TELL_PRICE).acts).toEqual(['OVERRIDE tom']);
  });

  it('the Reasonable Adjustment Flag is not promised to come up on every screen: it is still being rolled out and shows only where a service can see the national record', () => {
    const text = readAlong(path(DO_BOTH, CO_PRESENT, LEAVE_HER_OFF, SHOW_HER_FIRST));
    expect(text).toContain('It will show only where a service can see that record.');
    expect(text).not.toMatch(/flag comes up/i);
    expect(text).not.toMatch(/flag[^.]*on the screen/i);
  });

  it('protected time does not come from the bank budget, which pays for cover when staff are short: Matron pays for it in her own hours, and the story shows that cost', () => {
    const text = readAlong(path(DO_BOTH, CO_PRESENT, LEAVE_HER_OFF, MATRON_HOURS));
    expect(text).not.toMatch(/bank budget/i);
    expect(text).toContain("I'll cover the desk myself");
  });

  it('the report: showing Chiamaka the Ward 7 page before the board sees it is recording and escalating with consent, and scores above putting her weeks to the board without asking or winning hours for the lanyards while the figures wait a year', () => {
    const options = optionsAt(decisionAt(playBy(S3, path(DO_BOTH, FIGURES, ASK_PRIVATELY, SHOW_HER_FIRST)), REPORT));
    const find = (prefix: string) => options.find((o) => o.text.startsWith(prefix))!;
    const best = find(SHOW_HER_FIRST);
    expect(best.acts).toEqual(['ASK_CONSENT chiamaka', 'INDIRECT']);
    expect(find('Put the Ward 7 figures').acts).toContain('OVERRIDE chiamaka');
    expect(find(MATRON_HOURS).acts).toEqual(['REMOVE_BARRIER tom', 'BYSTAND']);
    // Above every option that sends Ward 7's page or leaves it (sharing the bays out on the ward is above it: next test).
    for (const other of options)
      if (other !== best && !other.text.startsWith(SHARE_THE_BAYS)) expect(total(best)).toBeGreaterThan(total(other));
  });

  it("the report: the ward sister writes Ward 7's allocation, so sharing the heavy bays out from Monday and sending the board the trust-wide figures is the best; sending Ward 7's page upwards, even once Chiamaka has read it (the reflex 'show her first'), leaves her on the heavy bays while the board decides what was the learner's own to change", () => {
    const record = decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT, LEAVE_HER_OFF, SHARE_THE_BAYS)), REPORT);
    expect(actsOf(record)).toEqual(['REMOVE_BARRIER chiamaka', 'INDIRECT']);
    expect(record.moves.map((m) => m.move)).not.toContain('disclose');
    const options = optionsAt(record);
    const best = options.find((o) => o.text.startsWith(SHARE_THE_BAYS))!;
    for (const other of options) if (other !== best) expect(total(best)).toBeGreaterThan(total(other));
    const showHerFirst = options.find((o) => o.text.startsWith(SHOW_HER_FIRST))!;
    expect(total(showHerFirst)).toBeGreaterThan(0);
    // The scene shows whose the allocation is, and the option shows what it costs.
    const text = readAlong(path(DO_BOTH, CO_PRESENT, LEAVE_HER_OFF, SHARE_THE_BAYS));
    expect(text).toContain('the nurse in charge writes the allocation each shift.');
    expect(text).toContain('You wrote the old ones too.');
  });

  it("the report (third educator read): the best gives out the heavy bays by acuity and skill mix, not rotation alone, makes the list visible, and tells the board Ward 7 was one of the wards in the trust-wide pattern, so the nurse in charge does not keep her own ward's pattern off the board's page", () => {
    const text = readAlong(path(DO_BOTH, CO_PRESENT, LEAVE_HER_OFF, SHARE_THE_BAYS));
    expect(text).toContain('The heavy bays go by acuity and skill mix');
    expect(text).toContain('who gets them goes on the board by the desk each week');
    expect(text).toContain('the nurses from overseas get the heavy bays');
    expect(text).toContain('you write that Ward 7 was one of those wards');
    expect(text).not.toContain('you included');
    // Chiamaka asked for the pattern to be told, not her own weeks: the trap that sends Ward 7's page still outs her weeks.
    expect(text).toContain('Tell them the nurses from overseas still get the heaviest bays');
    const options = optionsAt(decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT, LEAVE_HER_OFF, SHARE_THE_BAYS)), REPORT));
    expect(options.find((o) => o.text.startsWith('Put the Ward 7 figures'))!.acts).toContain('OVERRIDE chiamaka');
  });
});

describe('S3 from the second independent reads (issue 16, December 2026)', () => {
  it("Matron's office: once Chiamaka has said she wants to stay and asked for it to be said for her, relaying her words is the best and calling her off her bay to argue it again with her own senior (the reflex 'bring her in') hands the work back to her; without asking, calling her in is the best", () => {
    for (const bay3 of [DO_BOTH, LATER]) {
      const record = decisionAt(playBy(S3, [bay3, RELAY_TO_MATRON]), MATRON);
      expect(record.contested).toBe(false);
      const options = optionsAt(record);
      const relay = options.find((o) => o.text.startsWith(RELAY_TO_MATRON))!;
      const callIn = options.find((o) => o.text.startsWith(CALL_HER_IN))!;
      expect(relay.acts).toEqual(['CHALLENGE', 'ADVOCATE chiamaka']);
      expect(callIn.acts).toEqual(['CHALLENGE', 'BURDEN chiamaka']);
      for (const other of options) if (other !== relay) expect(total(relay)).toBeGreaterThan(total(other));
    }
    const text = readAlong([
      DO_BOTH,
      RELAY_TO_MATRON,
      NAME_AND_FIX,
      PASSPORT_TO_PRICE,
      CO_PRESENT,
      LEAVE_HER_OFF,
      SHOW_HER_FIRST,
    ]);
    expect(text).toContain('tell them that from me');
    expect(text).toContain('you can draft the reply to the chief executive');
    const notAsked = decisionAt(playBy(S3, [REFUSE, CALL_HER_IN]), MATRON);
    expect(notAsked.contested).toBe(false);
    expect(actsOf(notAsked)).toEqual(['CHALLENGE', 'REMOVE_BARRIER chiamaka']);
    for (const other of optionsAt(notAsked)) expect(total(notAsked)).toBeGreaterThanOrEqual(total(other));
  });

  it('the award, when Tom asked at handover not to be made the subject: that wish was about his hearing, not the card, so entering nobody decides for him (DOING_FOR), not against his stated wish (OVERRIDE)', () => {
    const prefixes = [DO_BOTH, RELAY_TO_MATRON, WAIT_THEN_ASK_TOM, PASSPORT_THEN_ASK, CO_PRESENT];
    const record = decisionAt(playBy(S3, [...prefixes, LEAVE_HER_OFF]), AWARD);
    expect(record.context.people.tom?.wants).toBe('unknown');
    const nobody = optionsAt(record).find((o) => o.text.startsWith(NOBODY_THIS_YEAR))!;
    expect(nobody.acts).toEqual(['RESPECT_WISH chiamaka', 'DOING_FOR tom']);
  });

  it('the award after "no prizes, no posters": her no covers her own name, not Tom\'s design, so putting the card in and asking Tom privately is the best; the option that quotes her words back ("no names, no prizes, no posters") turns her no into a no for Tom, who was never asked (the planted wish is not the whole answer)', () => {
    const record = decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT, LEAVE_HER_OFF)), AWARD);
    expect(record.context.people.chiamaka?.wants).toBe('no');
    expect(actsOf(record)).toEqual(['RESPECT_WISH chiamaka', 'ASK_CONSENT tom']);
    const options = optionsAt(record);
    const best = options.find((o) => o.text.startsWith(LEAVE_HER_OFF))!;
    const nobody = options.find((o) => o.text.startsWith(NOBODY_THIS_YEAR))!;
    expect(nobody.text).toContain('no names, no prizes, no posters');
    expect(best.text).not.toMatch(/prizes|posters|Chiamaka/);
    expect(nobody.acts).toEqual(['RESPECT_WISH chiamaka', 'DOING_FOR tom']);
    for (const other of options) if (other !== best) expect(total(best)).toBeGreaterThan(total(other));
    // Once she has said no, nobody goes back to ask her again: the ask-both option is only for when she was never asked.
    expect(options.some((o) => o.text.startsWith(ASK_PRIVATELY))).toBe(false);
    // Its cost is shown: the idea goes in without her name, and Matron says so.
    const text = readAlong(path(DO_BOTH, CO_PRESENT, LEAVE_HER_OFF, SHOW_HER_FIRST));
    expect(text).toContain("The idea was hers. I'd have wanted my name on it.");
    // And the echo's cost: Tom was decided for.
    const echoed = readAlong(path(DO_BOTH, CO_PRESENT, NOBODY_THIS_YEAR, SHOW_HER_FIRST));
    expect(echoed).toContain("I said not my name. I didn't say not Tom's.");
    // When she was never asked, neither is on offer: asking her privately is the best there.
    const neverAsked = optionsAt(decisionAt(playBy(S3, path(DO_BOTH, FIGURES, ASK_PRIVATELY)), AWARD));
    expect(neverAsked.some((o) => o.text.startsWith(LEAVE_HER_OFF))).toBe(false);
    expect(neverAsked.some((o) => o.text.startsWith(NOBODY_THIS_YEAR))).toBe(false);
  });

  it('no first name stands for a racist relative, and the narrator gives Dr Price no excuse for the put-down (the stereotype read)', () => {
    const text = readAlong(path(LATER, CO_PRESENT, LEAVE_HER_OFF, SHOW_HER_FIRST));
    expect(text).not.toMatch(/\bGary\b/);
    expect(text).toContain('a thousand relatives ask for an English nurse');
    expect(text).toContain('before the first relative who asks for an English nurse');
    expect(text).not.toMatch(/twin babies|hasn't slept/);
  });
});

describe('S3 consequences that travel', () => {
  it("bay 3 changes Matron's office: the same words to Matron are advocacy after asking Chiamaka, and a guess that speaks for her after refusing Diane without asking", () => {
    const asked = playBy(S3, [DO_BOTH, RELAY_TO_MATRON]);
    const notAsked = playBy(S3, [REFUSE, RELAY_TO_MATRON]);
    const a = decisionAt(asked, MATRON);
    const b = decisionAt(notAsked, MATRON);
    expect(a.choice.text).toBe(b.choice.text);
    expect(actsOf(a)).toEqual(['CHALLENGE', 'ADVOCATE chiamaka']);
    expect(actsOf(b)).toEqual(['CHALLENGE', 'SPEAK_FOR chiamaka']);
    // And the story shows it: Matron asks whether Chiamaka said so.
    expect(notAsked.log.decisions.length).toBe(2);
  });

  it('the board changes the award: the same nomination credits Chiamaka (while deciding for her) when she was never asked, and overrides her after she said no to attention', () => {
    const saidNo = playBy(S3, path(DO_BOTH, CO_PRESENT, NOMINATE_HER));
    const neverAsked = playBy(S3, path(DO_BOTH, FIGURES, NOMINATE_HER));
    expect(actsOf(decisionAt(saidNo, AWARD))).toEqual(['OVERRIDE chiamaka', 'OVERRIDE chiamaka']);
    expect(actsOf(decisionAt(neverAsked, AWARD))).toEqual(['CREDIT chiamaka', 'DOING_FOR chiamaka']);
  });

  it('every path has seven decisions', () => {
    for (const p of [path(DO_BOTH, CO_PRESENT), path(LATER, FIGURES, 'Nominate yourself', MATRON_HOURS)]) {
      const playthrough = playBy(S3, p);
      expect(playthrough.ended).toBe(true);
      expect(playthrough.log.decisions).toHaveLength(7);
    }
  });
});
