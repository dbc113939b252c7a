// S3 "The Script": the verdicts reviewers disputed in the first draft (scenarios.md v3), each with its reason, and
// the delayed consequences: what the learner did at bay 3 and at the board changes what a later option does.
import { describe, expect, it } from 'vitest';
import { Playthrough } from '../../src/engine/playthrough';
import { followPassage } from '../../src/engine/heardPassage';
import { speakerLabel } from '../../src/engine/speakerLabel';
import promptsData from '../../src/content/prompts.json';
import { parsePromptLibrary } from '../../src/engine/debrief/promptLibrary';
import { selectPrompts } from '../../src/engine/debrief/selectPrompts';
import { expectInOrder, indexIn } from './support/inOrder';
import { actsOf, decisionAt, optionsAt, playBy, storyJson, total, transcript } from './support/playStory';

const S3 = 'the-script';
const GARY = 'An English nurse';
const MATRON = "Matron's fix";
const DANIEL = "Daniel's ward round";
const AWARD = 'The award form';
const REPORT = 'Time and effort';

const DO_BOTH = "Tell Diane no, Chiamaka's her mum's nurse";
const REFUSE = "Tell Diane no, the ward doesn't";
// Fourteenth round: the 5Ds' Distract option is replaced by refusing with Chiamaka's CV, then asking her (she is
// still asked, so the paths through it keep the delayed consequence).
const LATER = 'Tell Diane no, Chiamaka wants to stay';
const MOVED = 'Ask Chiamaka, there at the trolley';
const RELAY_TO_MATRON = 'Say no to the move, and tell Matron';
const CALL_HER_IN = 'Say no to the move, and ring the ward';
const MOVED_CALL_HER_IN = 'Ask Matron to put her back on bay 3, and ring the ward';
const MOVED_RELAY = 'Ask Matron to put her back on bay 3: Chiamaka only';
const CO_PRESENT = 'Cut your slides to five minutes';
const FIGURES = "Take Matron's bay and course figures to the board";
const NAME_AND_FIX = "Tell Dr Price that's not a joke";
const FORMAT_ONLY = "Say you can't follow three voices";
const TELL_PRICE = 'Take Dr Price aside';
const PASSPORT_THEN_ASK = 'Read the first page of the passport';
const PASSPORT_TO_PRICE = "Tell Dr Price what Daniel's passport says";
const FROM_THE_NOTES = 'Answer Dr Price from the night notes';
const WAIT_THEN_ASK_TOM = 'Run handover one voice at a time, and ask Tom';
const ASK_PRIVATELY = 'Take the form to Chiamaka';
const ASK_TOM = 'Draft a team entry for the card';
const KEEP_BOTH_WORDS = 'Leave the box empty this year';
const NOMINATE_HER = 'Nominate the card, with Chiamaka';
const NOMINATE_SELF = 'Put your own name in for the Activator work';
const HUDDLE = 'Take the form to huddle';
const MATRON_HOURS = 'Ask Matron for two';
const SHOW_HER_FIRST = 'Send the board the figures';
const SHARE_THE_BAYS = 'Share out the heavy bays, and take';
const CARDS_REPORT = 'Share out the heavy bays, and report';

const readAlong = (prefixes: string[]) => transcript(S3, prefixes, 'first');

/** Every spoken line a learner reads on the path: who says it, to whom, and the label the play screen puts before it. */
const spokenAlong = (prefixes: string[]) => {
  const playthrough = new Playthrough(storyJson(S3), { storyId: S3 });
  const heard = followPassage(playthrough);
  playthrough.start();
  let passage = heard.now();
  const queue = [...prefixes];
  const said: { speaker: string | null; to: string | null; label: string | null; text: string }[] = [];
  for (;;) {
    for (const l of passage.lines.filter((l) => !l.hidden && l.speaker))
      said.push({ speaker: l.speaker, to: l.to, label: speakerLabel(l, (id) => id), text: l.text });
    if (passage.ended || passage.choices.length === 0) break;
    const prefix = passage.isDecision ? (queue.shift() ?? '') : '';
    playthrough.choose(
      Math.max(
        0,
        passage.choices.findIndex((c) => c.text.startsWith(prefix)),
      ),
    );
    passage = heard.now();
  }
  return said;
};

/** A path to the end that takes the given options at bay 3 and at the board, and middling ones elsewhere. */
/**
 * The best-scoring path (ringing for Chiamaka in Matron's office since the fifteenth round, the passport given to Dr
 * Price at bed 12, asking Tom at the award), with the report given.
 */
const bestPathTo = (report: string) => [
  DO_BOTH,
  CALL_HER_IN,
  NAME_AND_FIX,
  PASSPORT_TO_PRICE,
  CO_PRESENT,
  ASK_TOM,
  report,
];
const path = (bay3: string, board: string, award = 'Take the form to huddle', report = CARDS_REPORT) => [
  bay3,
  bay3 === MOVED ? MOVED_RELAY : RELAY_TO_MATRON,
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
    // Fourteenth round: the other option that asks her refuses too, with her CV, which she tells herself (bay 6).
    expect(later.acts).toEqual(['CHALLENGE chiamaka', 'SPEAK_FOR chiamaka', 'INVITE chiamaka']);
    expect(later.courage).toBe(0);
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
      ASK_TOM,
      SHOW_HER_FIRST,
    ]);
    expect(text).toContain('The questions go on like that, through you');
    const fromNotes = optionsAt(record).find((o) => o.text.startsWith(FROM_THE_NOTES))!;
    expect(fromNotes.acts).toEqual(['SPEAK_FOR daniel']);
  });

  it('after "no prizes, no posters": taking the nomination to the team huddle is a public invite to someone who has said she does not want it, so it overrides her (R10)', () => {
    const playthrough = playBy(S3, path(DO_BOTH, CO_PRESENT));
    const award = decisionAt(playthrough, AWARD);
    expect(award.context.people.chiamaka?.wants).toBe('no');
    expect(actsOf(award)).toContain('OVERRIDE chiamaka');
  });

  it('a cheerful report that leaves out the allocations and the unpaid time is standing by, not neutral', () => {
    const playthrough = playBy(S3, path(DO_BOTH, CO_PRESENT));
    const record = decisionAt(playthrough, REPORT);
    // Seventh mend: the cheerful report now also shares out Ward 7's bays, and still keeps the pattern from the board.
    expect(actsOf(record)).toEqual(['REMOVE_BARRIER chiamaka', 'BYSTAND']);
    expect(record.courage).toBeLessThan(0);
  });
});

describe('S3 verdicts from the educator read (December 2026)', () => {
  it('the award, where Chiamaka has not said no: whether she is put forward is still hers, so she is asked privately; Tom has said his terms at the desk that morning (both names or nothing, no speech: known_wishes), so asking him again makes him say it twice, and carrying his terms is advocacy (R5): asking her and putting him down as he said is the best, asking both is second, the huddle decides for her', () => {
    const playthrough = playBy(S3, path(REFUSE, FIGURES, ASK_PRIVATELY));
    const record = decisionAt(playthrough, AWARD);
    expect(record.context.people.chiamaka?.wants).not.toBe('no');
    expect(record.context.people.chiamaka?.mandate).toBe('none');
    expect(record.context.people.tom?.mandate).toBe('known_wishes');
    const options = optionsAt(record);
    const find = (prefix: string) => options.find((o) => o.text.startsWith(prefix))!;
    const carry = find(NOMINATE_HER);
    const ask = find(ASK_PRIVATELY);
    expect(carry.text).toContain('once Chiamaka has said yes');
    expect(carry.acts).toEqual(['ASK_CONSENT chiamaka', 'ADVOCATE tom']);
    expect(ask.acts).toEqual(['ASK_CONSENT chiamaka', 'ASK_CONSENT tom']);
    for (const other of options) if (other !== carry) expect(total(carry)).toBeGreaterThan(total(other));
    expect(total(ask)).toBeGreaterThan(total(find(HUDDLE)));
    expect(find(HUDDLE).acts).toContain('DOING_FOR chiamaka');
    // The reason is in the scene before the choice, and asking again shows what it costs Tom.
    expectInOrder(
      readAlong(path(REFUSE, FIGURES, ASK_PRIVATELY)),
      'our best case for protected time',
      'Put the card in. Both our names or nothing, and no speech',
      'I already said yes. Both names, no speech.',
    );
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
    const text = readAlong(path(DO_BOTH, CO_PRESENT, ASK_TOM, SHOW_HER_FIRST));
    expect(text).toContain(
      'on his national record saying how to talk with him, for the services whose systems can see it.',
    );
    expect(text).not.toMatch(/flag comes up/i);
    expect(text).not.toMatch(/flag[^.]*on the screen/i);
  });

  it('protected time does not come from the bank budget, which pays for cover when staff are short: Matron pays for it in her own hours, and the story shows that cost', () => {
    const text = readAlong(path(DO_BOTH, CO_PRESENT, ASK_TOM, MATRON_HOURS));
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
    const record = decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT, ASK_TOM, SHARE_THE_BAYS)), REPORT);
    expect(actsOf(record)).toEqual(['REMOVE_BARRIER chiamaka', 'INDIRECT']);
    expect(record.moves.map((m) => m.move)).not.toContain('disclose');
    const options = optionsAt(record);
    const best = options.find((o) => o.text.startsWith(SHARE_THE_BAYS))!;
    for (const other of options) if (other !== best) expect(total(best)).toBeGreaterThan(total(other));
    const showHerFirst = options.find((o) => o.text.startsWith(SHOW_HER_FIRST))!;
    expect(total(showHerFirst)).toBeGreaterThan(0);
    // The story shows whose the allocation is (at bay 3, the first morning, as what the learner did), and the
    // option shows what it costs; Chiamaka answers with her own wait-and-see, not a mark on the learner (sixth mend).
    const text = readAlong(path(DO_BOTH, CO_PRESENT, ASK_TOM, SHARE_THE_BAYS));
    expect(text).toContain("At seven you wrote the allocation from the night team's list, as usual.");
    expect(text).toContain('Bay 2 on Monday. Ask me again on Thursday.');
    expect(text).not.toContain('You wrote the old ones too.');
  });

  it("the report (third educator read): the best gives out the heavy bays by acuity and skill mix, not rotation alone, makes the list visible, and tells the board Ward 7 was one of the wards in the trust-wide pattern, so the nurse in charge does not keep her own ward's pattern off the board's page", () => {
    const text = readAlong(path(DO_BOTH, CO_PRESENT, ASK_TOM, SHARE_THE_BAYS));
    expect(text).toContain('The heavy bays go by acuity and skill mix');
    expect(text).toContain('who gets them goes on a list by the desk each week');
    expect(text).toContain('the nurses from overseas get the heavy bays');
    expect(text).toContain('you write that Ward 7 was one of those wards');
    expect(text).not.toContain('you included');
    // Chiamaka asked for the pattern to be told, not her own weeks: the trap that sends Ward 7's page still outs her weeks.
    expect(text).toContain('Tell them the nurses from overseas still get the heaviest bays');
    const options = optionsAt(decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT, ASK_TOM, SHARE_THE_BAYS)), REPORT));
    expect(options.find((o) => o.text.startsWith('Put the Ward 7 figures'))!.acts).toContain('OVERRIDE chiamaka');
  });
});

describe('S3 from the second independent reads (issue 16, December 2026)', () => {
  it("Matron's office: once Chiamaka has said she wants to stay, relaying her words is advocacy (ADVOCATE); since the fifteenth round ringing her in is INVITE, not BURDEN, and the best on every path (her wish came before the letter), relaying close behind; where she was moved without a word, calling her in is the best", () => {
    // Fourteenth round: refusing and logging it, she says unasked that she stays on bay 3, so her wish is known there too.
    for (const bay3 of [DO_BOTH, LATER, REFUSE]) {
      const record = decisionAt(playBy(S3, [bay3, RELAY_TO_MATRON]), MATRON);
      // Room 13 (session 9): relaying and ringing her in are both contested on this path (see "S3 room 13").
      expect(record.contested).toBe(true);
      const options = optionsAt(record);
      const relay = options.find((o) => o.text.startsWith(RELAY_TO_MATRON))!;
      const callIn = options.find((o) => o.text.startsWith(CALL_HER_IN))!;
      expect(relay.acts).toEqual(['CHALLENGE', 'ADVOCATE chiamaka']);
      expect(callIn.acts).toEqual(['CHALLENGE', 'INVITE chiamaka']);
      for (const other of options) if (other !== callIn) expect(total(callIn)).toBeGreaterThan(total(other));
      for (const other of options)
        if (other !== relay && other !== callIn) expect(total(relay)).toBeGreaterThan(total(other));
    }
    const text = readAlong([
      DO_BOTH,
      RELAY_TO_MATRON,
      NAME_AND_FIX,
      PASSPORT_TO_PRICE,
      CO_PRESENT,
      ASK_TOM,
      SHOW_HER_FIRST,
    ]);
    // Fifth mend: she no longer asks for it to be said upstairs, so "act on what she said" is weighed, not read off.
    expect(text).not.toMatch(/anyone upstairs|tell them that from me/);
    // Eighth mend: what keeping her on bay 3 costs the learner is named before the choice, and paid after it.
    // (Both lines must be found: an index of -1 would pass "less than" whatever the story says.)
    expectInOrder(
      text,
      /it goes to the complaints team\. They'll want statements from you and from her/,
      'Write me your statement tonight.',
    );
    const notAsked = decisionAt(playBy(S3, [MOVED, MOVED_CALL_HER_IN]), MATRON);
    expect(notAsked.contested).toBe(false);
    expect(actsOf(notAsked)).toEqual(['CHALLENGE', 'REMOVE_BARRIER chiamaka']);
    for (const other of optionsAt(notAsked)) expect(total(notAsked)).toBeGreaterThanOrEqual(total(other));
  });

  it('the award, when Tom asked at handover not to be made the subject: that wish was about his hearing, not the card; his words when he pinned it up (her name with his, or not at all) were clear but months old, so they are not known wishes, and keeping the box empty still carries them to Matron as he said them (ADVOCATE), neither against his wish (OVERRIDE) nor a guess for him', () => {
    const prefixes = [DO_BOTH, RELAY_TO_MATRON, WAIT_THEN_ASK_TOM, PASSPORT_THEN_ASK, CO_PRESENT];
    const record = decisionAt(playBy(S3, [...prefixes, ASK_TOM]), AWARD);
    expect(record.context.people.tom?.wants).toBe('unknown');
    expect(record.context.people.tom?.mandate).toBe('none');
    const keep = optionsAt(record).find((o) => o.text.startsWith(KEEP_BOTH_WORDS))!;
    expect(keep.acts).toEqual(['RESPECT_WISH chiamaka', 'ADVOCATE tom']);
  });

  it("the award after her no (polish after the fifth mend, the fifth educator read): Tom's words at the desk were months old and came before her no, and he is on shift, so they do not stand in for asking him about his own design: asking Tom ties with keeping both stated wishes and is listed first (the best path asks him); both contested and above everything else; neither option quotes her", () => {
    const record = decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT, ASK_TOM)), AWARD);
    expect(record.context.people.chiamaka?.wants).toBe('no');
    expect(actsOf(record)).toEqual(['RESPECT_WISH chiamaka', 'INVITE tom']);
    const options = optionsAt(record);
    const keep = options.find((o) => o.text.startsWith(KEEP_BOTH_WORDS))!;
    const askTom = options.find((o) => o.text.startsWith(ASK_TOM))!;
    expect(keep.acts).toEqual(['RESPECT_WISH chiamaka', 'ADVOCATE tom']);
    const contested = record.options.filter((o) => o.contested).map((o) => o.text);
    expect(contested).toEqual([askTom.text, keep.text]);
    // A tie on the sum and on the lowest score: asking gives Tom more voice, keeping his word costs more courage.
    expect(total(askTom)).toBe(total(keep));
    expect(Math.min(askTom.voice, askTom.power, askTom.courage)).toBe(Math.min(keep.voice, keep.power, keep.courage));
    expect(askTom.voice).toBeGreaterThan(keep.voice);
    expect(options.indexOf(askTom)).toBeLessThan(options.indexOf(keep));
    for (const other of options)
      if (other !== keep && other !== askTom) expect(total(askTom)).toBeGreaterThan(total(other));
    for (const o of [keep, askTom]) expect(o.text).not.toMatch(/prizes|posters/);
    // Once she has said no, nobody goes back to ask her again: the ask-both option is only for when she was never asked.
    expect(options.some((o) => o.text.startsWith(ASK_PRIVATELY))).toBe(false);
    // The detail is shown scenes before, at the desk after bed 12, not in the line before the decision.
    const asked = readAlong(path(DO_BOTH, CO_PRESENT, ASK_TOM, SHOW_HER_FIRST));
    expect(asked).toContain("Tom unpins the card and keeps it in his pocket until they've gone.");
    expectInOrder(asked, 'Tom unpins the card', "In spring, the trust's awards open");
    // Each costs something the story shows: asking Tom makes him weigh his word; keeping both loses the card, and
    // Tom was never asked whether he still meant it.
    expect(asked).toContain('Without her name? I took it down for comms over that corner.');
    expect(asked).toContain("The idea was hers. I'd have wanted my name on it.");
    const kept = readAlong(path(DO_BOTH, CO_PRESENT, KEEP_BOTH_WORDS, SHOW_HER_FIRST));
    expect(kept).toContain("Ward 9's entry has my idea on it.");
    const keptAward = decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT, KEEP_BOTH_WORDS)), AWARD);
    expect(keptAward.perspectives.map((p) => p.text).join(' ')).toContain(
      "Nobody asked if I still meant it once she'd said no.",
    );
    // Chiamaka no longer states the verdict (the fourth educator read): her line is her own stake.
    expect(kept).not.toContain("I didn't say not Tom's");
    // The facilitator note teaches the verdict that stands, not the last round's.
    const awardRecord = decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT, ASK_TOM)), AWARD);
    expect(awardRecord.notes.join(' ')).toContain('asking him once, privately, about his own design');
    expect(awardRecord.notes.join(' ')).not.toContain('who was never asked');
    // When she was never asked, neither is on offer: asking her privately is the best there.
    const neverAsked = optionsAt(decisionAt(playBy(S3, path(DO_BOTH, FIGURES, ASK_PRIVATELY)), AWARD));
    expect(neverAsked.some((o) => o.text.startsWith(ASK_TOM))).toBe(false);
    expect(neverAsked.some((o) => o.text.startsWith(KEEP_BOTH_WORDS))).toBe(false);
  });

  it('no first name stands for a racist relative, and the narrator gives Dr Price no excuse for the put-down (the stereotype read)', () => {
    const text = readAlong(path(LATER, CO_PRESENT, ASK_TOM, SHOW_HER_FIRST));
    expect(text).not.toMatch(/\bGary\b/);
    expect(text).toContain('a thousand relatives ask for an English nurse');
    expect(text).toContain('what to say when a relative asks for an English nurse');
    expect(text).not.toMatch(/twin babies|hasn't slept/);
  });
});

describe('S3 fifth mend (issue 16): the rule of thumb gives more than one answer', () => {
  it("Matron's office: the trap keeps a clause of the rule (Diane's own words on the record, a date Matron set) and is still collusion; asking Chiamaka in (she is on the ward and able) is the rule's other answer, and is second because she already said what she wants and has six patients, two very unwell, shown at bay 3", () => {
    const record = decisionAt(playBy(S3, [LATER, RELAY_TO_MATRON]), MATRON);
    const options = optionsAt(record);
    const agree = options.find((o) => o.text.startsWith('Agree to bay 5'))!;
    // Story-b: the trap keeps her own request in its label ("Diane's words in the reply, as Chiamaka asked").
    expect(agree.text).toContain("Diane's words in the reply, as Chiamaka asked");
    expect(agree.acts).toEqual(['COLLUDE', 'INDIRECT chiamaka']);
    for (const other of options) if (other !== agree) expect(total(agree)).toBeLessThan(total(other));
    const text = readAlong([LATER, 'Agree to bay 5']);
    expect(text).toContain('six patients, two of them very unwell');
    expect(text).toContain("I'm staying on bay 3. And I want it reported, her words.");
    expect(text).toContain("Matron's reply quotes Diane");
  });

  it('the board: no character speaks the rule before the choice ("or ask me" is gone), so asking her and the two ways of asking her are weighed, and the two best stay contested', () => {
    const record = decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT)), 'The board presentation');
    const text = readAlong(path(DO_BOTH, CO_PRESENT));
    expect(text).not.toMatch(/Or ask me|don't tell them what to do with mine/i);
    // Polish after the sixth mend (the sixth educator read): asking her consent to themes is contested too.
    // Thirteenth round (REVIEW12 educator): Matron's figures are no longer contested (see "S3 thirteenth round").
    expect(record.options.filter((o) => o.contested).map((o) => o.text.slice(0, 12))).toEqual([
      'Cut your sli',
      'Put Chiamaka',
    ]);
  });

  it("the report: the fact that decides (the nurse in charge writes the allocation) is shown at bay 3, not in the line before the choice; the rule's other answer (her words to the board, with her consent) is second; the wording tells are spread (traps carry the dates)", () => {
    const record = decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT, ASK_TOM, SHARE_THE_BAYS)), REPORT);
    const text = readAlong(path(DO_BOTH, CO_PRESENT, ASK_TOM, SHARE_THE_BAYS));
    const reportScene = text.slice(indexIn(text, 'Six months on, the board wants every Activator'));
    expect(reportScene).not.toMatch(/writes the allocation/);
    const options = optionsAt(record);
    const best = options.find((o) => o.text.startsWith(SHARE_THE_BAYS))!;
    expect(best.text).not.toMatch(/Monday|this week|from May/);
    expect(options.find((o) => o.text.startsWith(MATRON_HOURS))!.text).toContain('from May');
    expect(options.find((o) => o.text.startsWith(SHOW_HER_FIRST))!.text).toContain('this week');
    // The fourth educator read: Chiamaka sees the Ward 7 line before it goes to the board.
    expect(reportScene).toContain('You show Chiamaka that line before it goes.');
  });

  it("Dr Price's own perspective after the office word fits a man coming off nights (the fourth educator read)", () => {
    const text = transcript(S3, [DO_BOTH, RELAY_TO_MATRON, 'Say only "one voice'], 'first');
    expect(text).not.toContain('up with the twins at four');
  });
});

describe('S3 polish after the fifth mend: the scene shows impact, and the ending is earned (the fifth cold and educator reads)', () => {
  const everyLine = () =>
    [
      readAlong([LATER, RELAY_TO_MATRON, NAME_AND_FIX, 'Answer Dr Price', CO_PRESENT, ASK_TOM, MATRON_HOURS]),
      readAlong(path(DO_BOTH, CO_PRESENT, ASK_TOM, SHARE_THE_BAYS)),
      readAlong(path(DO_BOTH, CO_PRESENT, KEEP_BOTH_WORDS, SHOW_HER_FIRST)),
    ].join('\n');

  it('no character or narrator pronounces the lesson: Matron, Chiamaka, Daniel and the narrator show what happened instead', () => {
    const text = everyLine();
    expect(text).not.toMatch(/this one will listen|Make sure they're right/);
    expect(text).toContain('Comms want your photo for the intranet by Friday.');
    expect(text).not.toContain('You could have told her no');
    expect(text).not.toContain('Nobody hears him but you');
    expect(text).toContain('Dr Price is already scrolling to the bloods.');
    // Answering from the notes costs Daniel something we see: the plan was made without him (sixth mend: the notes
    // are right on the day, and the round runs on time; the cost is Thursday, not a narrator's correction).
    expect(text).not.toContain('You told them about me. I was there.');
    expect(text).not.toContain('Nobody wrote it down');
    expect(text).toContain("Can I go home Wednesday? I'm working Thursday.");
    expect(text).not.toContain("That's what it's for.");
    expect(text).not.toContain('not by who complains least');
    expect(text).not.toContain("Later you'll learn");
  });

  it('no card restates the option taken or grades the learner, Daniel\'s job comes from his fleece and his own words rather than a "Mechanic" badge, and the good ending gives Chiamaka a step up, not only welcome duty (the fifth stereotype read)', () => {
    const kept = decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT, KEEP_BOTH_WORDS)), AWARD);
    const keptCards = kept.perspectives.map((p) => p.text).join(' ');
    expect(keptCards).not.toMatch(/say no twice/);
    expect(keptCards).toContain("I'm allowed to be cross about that.");
    const cards = [
      path(DO_BOTH, CO_PRESENT, KEEP_BOTH_WORDS, SHOW_HER_FIRST),
      path(DO_BOTH, "Put Chiamaka's year", ASK_TOM, SHOW_HER_FIRST),
    ]
      .flatMap((p) => playBy(S3, p).log.decisions.flatMap((d) => d.perspectives.map((c) => c.text)))
      .join(' ');
    expect(cards).toContain('Lagos came out and nobody missed it.');
    expect(cards).not.toMatch(/You showed me (the slides|my own numbers)/);
    const text = everyLine() + readAlong([REFUSE, RELAY_TO_MATRON]);
    expect(text).not.toMatch(/without being asked twice/);
    expect(text).not.toContain('Mechanic.');
    expect(text).toContain('oil under his thumbnail');
  });

  it("the good ending claims only what this path did: Tom's lipreading session only where he got the hours, fair bays only where the learner shared them (with nights still swapping), and no quote the board paper never said", () => {
    const hours = readAlong(bestPathTo(MATRON_HOURS));
    const bays = readAlong(path(DO_BOTH, CO_PRESENT, ASK_TOM, SHARE_THE_BAYS));
    const board = readAlong(path(DO_BOTH, CO_PRESENT, ASK_TOM, SHOW_HER_FIRST));
    for (const t of [hours, bays, board]) {
      expect(t).toContain('Chiamaka is acting deputy sister on Ward 7');
      expect(t).not.toMatch(/for the first time|no more often than anyone else/);
    }
    expect(hours).toContain('Tom runs his lipreading session on three more wards.');
    expect(bays).not.toContain('lipreading session on three more wards');
    expect(board).not.toContain('lipreading session on three more wards');
    expect(bays).toContain('Nights still swap them back');
    // Tenth mend: the pattern carries on for the new nurses, shown as the rota, not the narrator's sigh about Chiamaka.
    expect(board).toContain('The draft rota for September has two of the new nurses on bays 2 and 3.');
    expect(hours).toContain("The allocation figures are on the agenda for next year's report.");
    expect(board).not.toContain("a promise the trust isn't keeping");
  });
});

describe('S3 sixth mend (issue 16): the deciding detail comes a scene earlier, and nothing before a choice answers it (the sixth cold read)', () => {
  /** The learner's text from the start up to the options of the decision whose scene opens with `sceneStart`. */
  const beforeChoice = (prefixes: string[], sceneStart: string, last: string) => {
    const text = readAlong(prefixes);
    return text.slice(indexIn(text, sceneStart), indexIn(text, last) + last.length);
  };

  it("Matron's office: no narrator line points at Chiamaka's absence just before the choice; the learner's own stake (their name in Diane's letter) is shown instead, once, as the letter goes in", () => {
    const text = beforeChoice(
      [LATER, RELAY_TO_MATRON],
      'Her letter goes in anyway, with your name in it.',
      'The letter says "the African lady" left Mum\'s oxygen off.',
    );
    expect(text).not.toMatch(/doesn't know this conversation/);
    expect(text).toContain('At two, Matron Okonjo');
    expect(text).not.toContain('Your name is on the second.');
  });

  it("handover: who knows about Tom's hearing is shown on the first morning, not in the line before the choice; telling Dr Price carries a real reason of its own (his round) and is still Tom's to tell, so it stays an override", () => {
    const text = readAlong([DO_BOTH, RELAY_TO_MATRON, NAME_AND_FIX]);
    // Ninth mend: who else knows is left open, so the handover option is not ruled out by a line remembered.
    expectInOrder(text, "He didn't say who else knows.", 'Diane');
    const handover = text.slice(indexIn(text, 'The next Monday'), indexIn(text, "That's not a joke we make"));
    expect(handover).not.toMatch(/hasn't told|hard of hearing|appraisal/);
    expect(handover).toContain("Dr Price's ward round starts in ten minutes. Tom is on it.");
    const options = optionsAt(decisionAt(playBy(S3, [DO_BOTH, RELAY_TO_MATRON, NAME_AND_FIX]), 'Handover'));
    const tell = options.find((o) => o.text.startsWith(TELL_PRICE))!;
    expect(tell.text).toContain('ask him to face Tom on the round');
    expect(tell.acts).toEqual(['OVERRIDE tom']);
  });

  it('bed 12: the passport page Daniel opened in the night is handed over a scene earlier, nothing at the bed speaks the rule, and answering from the notes turns out all right on the day (the round runs on, the history is right) while the plan is still made without him', () => {
    const prefixes = [DO_BOTH, RELAY_TO_MATRON, NAME_AND_FIX, FROM_THE_NOTES];
    const text = readAlong(prefixes);
    const handover = text.slice(indexIn(text, 'The next Monday'), indexIn(text, 'Keep up, Tom.'));
    expect(handover).toContain('he opened the folder at the page that says "Ask me, not my staff"');
    const atTheBed = text.slice(
      indexIn(text, "Monday's round reaches bed 12."),
      indexIn(text, 'Seizure at work, first'),
    );
    expect(atTheBed).not.toMatch(/Ask me|not my staff|I'm here|carries on talking/);
    expect(atTheBed).toContain('a family in bay 9 has been waiting since ten');
    // Ninth fix: "you had it right" graded the learner (walk-29 panel); he nods, and the plan still says Friday.
    expect(text).toContain('He nods along.');
    expect(text).toContain("Dr Price's plan on the screen says home Friday at the earliest");
    expect(text).not.toContain('carries on talking to you and Tom');
    // The verdict is unchanged: still speaking for him, and below both options that put him in the conversation.
    const options = optionsAt(decisionAt(playBy(S3, prefixes), DANIEL));
    const fromNotes = options.find((o) => o.text.startsWith(FROM_THE_NOTES))!;
    expect(fromNotes.acts).toEqual(['SPEAK_FOR daniel']);
    for (const other of options) if (other !== fromNotes) expect(total(fromNotes)).toBeLessThan(total(other));
  });

  it("the award: Tom's stand is shown by what he did (he took the card down rather than lose her name), no option hands his words back, and nominating her after her no shows its cost by what she has to do, not a rebuke", () => {
    const record = decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT, KEEP_BOTH_WORDS)), AWARD);
    for (const o of optionsAt(record))
      expect(o.text).not.toMatch(/without Chiamaka's name|her name or nothing|with mine/);
    const text = readAlong(path(DO_BOTH, CO_PRESENT, KEEP_BOTH_WORDS, SHOW_HER_FIRST));
    expect(text).not.toMatch(/her name goes on it with mine|Or it doesn't go/);
    const nominated = readAlong(path(DO_BOTH, CO_PRESENT, NOMINATE_HER, SHOW_HER_FIRST));
    expect(nominated).not.toContain('I asked you for one thing');
    expect(nominated).toContain('she rings comms from the office to take her name off');
  });

  it('the board and the ending: no staged line about who sits on the board, no slogan from Chiamaka, and the good ending carries a cost (the acting days go first when the ward is short)', () => {
    const text = readAlong(bestPathTo(SHARE_THE_BAYS));
    expect(text).not.toMatch(/None of them trained abroad|a good nurse, not a case|before the first relative/);
    // Sixteenth round: her visa is named before the board's choice, so the line after it is shorter.
    expect(text).toContain("Till my visa's through, nothing with my name on it.");
    expect(text).toContain('The acting days are the first thing cut when the ward is short.');
  });
});

describe('S3 polish after the sixth mend (the sixth cold, educator and stereotype reads)', () => {
  const THEMES = "Put Chiamaka's year in as themes";

  it("the board: anonymised themes with her consent also turn down the chief nurse's brief, and a public board with its papers online is a real reason to keep a nurse on a visa off its stage, so asking for themes scores level with co-presenting (both contested; co-presenting listed first, as the invitation leaves the no with her)", () => {
    const record = decisionAt(playBy(S3, path(DO_BOTH, THEMES)), 'The board presentation');
    const options = optionsAt(record);
    const themes = options.find((o) => o.text.startsWith(THEMES))!;
    const coPresent = options.find((o) => o.text.startsWith(CO_PRESENT))!;
    const figures = options.find((o) => o.text.startsWith(FIGURES))!;
    expect(themes.acts).toEqual(['ASK_CONSENT chiamaka', 'CHALLENGE']);
    expect(themes.courage).toBe(figures.courage);
    expect(total(themes)).toBe(total(coPresent));
    for (const other of options) expect(total(other)).toBeLessThanOrEqual(total(coPresent));
    expect(options.indexOf(coPresent)).toBeLessThan(options.indexOf(themes));
    expect(record.options.find((o) => o.text.startsWith(THEMES))!.contested).toBe(true);
    const text = readAlong(path(DO_BOTH, THEMES));
    expect(text).toContain('its papers go online a week before');
  });

  it('Diane\'s refusal is labelled as her words only: narration around it is its own line, so no label reads "Diane Walsh: Diane\'s face sets" (the sixth educator read)', () => {
    for (const bay3 of [DO_BOTH, REFUSE]) {
      const said = spokenAlong(path(bay3, CO_PRESENT, ASK_TOM, SHARE_THE_BAYS));
      const labelled = said.filter((l) => l.label);
      expect(labelled.some((l) => l.text.startsWith('I sat on the bench for twenty years.'))).toBe(true);
      for (const l of labelled) expect(l.text, l.text).not.toMatch(/^Diane's|["”]\s+[A-Z][^"“”]*$/);
    }
  });

  it("bed 12: the narrator does not signpost Daniel's job (his fleece, his oil and his own words carry it), and Daniel speaks at the decision as a man following his own round, not a silent prop (the sixth stereotype read)", () => {
    const text = readAlong([DO_BOTH, RELAY_TO_MATRON, NAME_AND_FIX, PASSPORT_TO_PRICE]);
    const atTheBed = text.slice(
      indexIn(text, "Monday's round reaches bed 12."),
      indexIn(text, 'His passport says short words'),
    );
    expect(atTheBed).not.toMatch(/works at|workshop/);
    expect(atTheBed).toContain('oil under his thumbnail');
    expect(atTheBed).toContain('Is it bloods?');
    expect(text).toContain('at the bike shop');
  });

  it('no option hands back the words planted before it: relaying Chiamaka does not repeat "I stay her nurse", the passport option does not recite the page, and the empty award box names what the learner saw Tom do, not a reason never given (the seventh cold read)', () => {
    const matron = optionsAt(decisionAt(playBy(S3, [LATER, RELAY_TO_MATRON]), MATRON));
    expect(matron.find((o) => o.text.startsWith(RELAY_TO_MATRON))!.text).not.toMatch(/stay|nurse/);
    const bed = optionsAt(decisionAt(playBy(S3, [DO_BOTH, RELAY_TO_MATRON, NAME_AND_FIX, PASSPORT_TO_PRICE]), DANIEL));
    expect(bed.find((o) => o.text.startsWith(PASSPORT_TO_PRICE))!.text).not.toMatch(/short words|give him time/);
    const award = optionsAt(decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT, KEEP_BOTH_WORDS)), AWARD));
    const empty = award.find((o) => o.text.startsWith(KEEP_BOTH_WORDS))!;
    expect(empty.text).not.toContain("Tom's reason");
    expect(empty.text).toContain('took the card down for comms');
  });

  it("bay 3: giving in carries the reason a busy nurse in charge would give (a confused patient kept calm, shown in the night before) and is still collusion: since story-b it puts the swap to Chiamaka in the bay's hearing, so she is asked, and the request is still granted", () => {
    const options = optionsAt(decisionAt(playBy(S3, [DO_BOTH]), GARY));
    const giveIn = options.find((o) => o.text.startsWith(MOVED))!;
    // Ninth fix: the reason is in the scene (Tom nursed her in the summer), not argued by the label itself.
    expect(giveIn.text).not.toContain('as Mrs Walsh knows him');
    expect(giveIn.acts).toEqual(['COLLUDE', 'INVITE chiamaka']);
    for (const other of options) if (other !== giveIn) expect(total(giveIn)).toBeLessThan(total(other));
    expect(readAlong([DO_BOTH])).toContain('She pulled her oxygen off twice in the night.');
    expect(readAlong([DO_BOTH])).toContain('Tom nursed her here in the summer.');
  });

  it('the report and the endings: Tom\'s good news has a reason of its own (it wins the hours), "three weeks in four" is said once, and the plain ending shows Chiamaka\'s answer instead of a verdict or a moral bow', () => {
    const text = readAlong(path(LATER, FIGURES, NOMINATE_SELF, CARDS_REPORT));
    const scene = text.slice(indexIn(text, 'Six months on'));
    expect(scene).not.toContain('boards like good news');
    expect(scene).toContain('That gets us the hours.');
    expect(scene.split('three weeks in four').length - 1).toBe(1);
    expect(text).not.toMatch(/about the same|I'm still watching/);
    expect(text).toContain('Not this year.');
  });
});

describe('S3 seventh mend (issue 16): the best is no longer the only option that does two things (the eighth cold read)', () => {
  it('handover: asking Tom afterwards whether to take the joke up also fixes the format, for his say over his hearing, and still leaves a put-down made at your desk for him to answer, so it scores below naming it; four of five options now fix the format', () => {
    const record = decisionAt(playBy(S3, [DO_BOTH, RELAY_TO_MATRON, WAIT_THEN_ASK_TOM]), 'Handover');
    const options = optionsAt(record);
    const askTom = options.find((o) => o.text.startsWith(WAIT_THEN_ASK_TOM))!;
    expect(askTom.acts).toEqual(['BYSTAND tom', 'REMOVE_BARRIER tom', 'INDIRECT tom']);
    const best = options.find((o) => o.text.startsWith(NAME_AND_FIX))!;
    expect(total(askTom)).toBeLessThan(total(best));
    expect(options.filter((o) => o.acts.some((a) => a.startsWith('REMOVE_BARRIER'))).length).toBe(4);
    expect(options.some((o) => o.text.startsWith('Let handover finish'))).toBe(false);
    const text = readAlong([DO_BOTH, RELAY_TO_MATRON, WAIT_THEN_ASK_TOM]);
    expect(text).toContain("Don't make it about me.");
  });

  it("the report: sharing out the heavy bays is in two options, the best (with the trust-wide figures to the board) and the cheerful cards report (Tom's good news, which keeps the pattern from the board and is still standing by), so knowing that you write the allocation no longer points at one option", () => {
    const record = decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT, ASK_TOM, SHARE_THE_BAYS)), REPORT);
    const options = optionsAt(record);
    const sharing = options.filter((o) => o.text.startsWith('Share out the heavy bays'));
    expect(sharing).toHaveLength(2);
    const cards = options.find((o) => o.text.startsWith(CARDS_REPORT))!;
    expect(cards.acts).toEqual(['REMOVE_BARRIER chiamaka', 'BYSTAND']);
    expect(total(cards)).toBeLessThan(total(record));
    const text = readAlong(path(DO_BOTH, CO_PRESENT, ASK_TOM, CARDS_REPORT));
    // Eighth polish: the same consequences, told as plain fact (no hours; other wards still wait).
    expect(text).toContain('No protected time is agreed.');
    expect(text).toContain("a nurse from Ward 9 asks Chiamaka for a copy of Ward 7's rota");
    expect(text).toContain('The heavy bays go by acuity now');
  });

  it('Matron\'s office: calling Chiamaka up carries no hedge the other options lack ("before anything changes" is gone)', () => {
    const options = optionsAt(decisionAt(playBy(S3, [REFUSE, CALL_HER_IN]), MATRON));
    for (const o of options) expect(o.text).not.toContain('before anything changes');
  });

  it("the board: after Matron's figures, Chiamaka answers with her own stake (two courses she was refused), not a verdict on the learner, so nothing just before the award tells the learner to ask", () => {
    const text = readAlong(path(LATER, FIGURES));
    expect(text).not.toContain("You didn't ask me either");
    expect(text).toContain('I applied for two of those.');
  });
});

describe('S3 polish after the seventh mend (the panel of three cold readers on walk 13, and fact check 7)', () => {
  it("Matron's office: Chiamaka's wish is said as hers, not as a slogan the next choice answers (all three readers named \"She doesn't get to pick\"), and Matron's case for moving her rests on what bay 3 showed (Diane visits every morning)", () => {
    const text = readAlong([DO_BOTH, RELAY_TO_MATRON]);
    expect(text).not.toContain("She doesn't get to pick");
    expect(text).toContain("I've had her mum since Thursday. I'm staying on bay 3.");
    expect(text).toContain("Diane's in that bay every morning. I won't have her do it again.");
    expectInOrder(text, 'visits every morning', "Diane's in that bay every morning");
    // She is shaken, not serene, and what she asked for is done on the page (the sceptical reader's missing report).
    expect(text).toContain('Give me ten minutes in the sluice.');
    // Story-b: what asking her costs the learner is on the page (her drugs round while she's gone, and your lunch).
    expect(text).toContain("You do her drugs round while she's gone, and write it up on your lunch, in Diane's words.");
    expect(readAlong([LATER, RELAY_TO_MATRON])).toContain("You write it up in Diane's words.");
  });

  it("agreeing to the move: Matron's years are answered by what they cost and kept, not by a polished retort (all three readers named \"Then I'm not surprised you're tired\")", () => {
    const text = readAlong([DO_BOTH, 'Agree to bay 5']);
    expect(text).not.toContain("I'm not surprised you're tired");
    expect(text).toContain('Two of the nurses I came over with argued instead. They went home.');
    // Still collusion: the score did not move with the wording.
    expect(actsOf(decisionAt(playBy(S3, [DO_BOTH, 'Agree to bay 5']), MATRON))[0]).toBe('COLLUDE');
  });

  it('the board: the story taken without her say shows its impact without an ironic grader, and no line just before the award names its lesson (all three readers named "thanks you for your courage" and "nobody asked me")', () => {
    const text = readAlong(path(DO_BOTH, 'Build the talk', ASK_PRIVATELY));
    expect(text).not.toContain('thanks you for your courage');
    const beforeAward = text.slice(0, indexIn(text, "In spring, the trust's awards open"));
    expect(beforeAward).not.toMatch(/nobody asked|didn't ask|without asking/i);
    expect(beforeAward).toContain('She read my year before I did.');
    expect(actsOf(decisionAt(playBy(S3, path(DO_BOTH, 'Build the talk')), 'The board presentation'))).toEqual([
      'OVERRIDE chiamaka',
    ]);
  });

  it("the card: comms have an ordinary reason to cover the corner (names in photos need a signed form), so Tom's stand is an act a reader can weigh, not a villain's crop (all three readers found the crop heavy)", () => {
    const text = readAlong(path(DO_BOTH, CO_PRESENT, KEEP_BOTH_WORDS, SHOW_HER_FIRST));
    expect(text).not.toMatch(/crop/i);
    expect(text).toContain("Chiamaka, on nights, hasn't signed their consent form");
    expect(text).toContain("Tom unpins the card and keeps it in his pocket until they've gone.");
  });

  it('nobody is only one thing: Chiamaka misreads what the lanyard costs Tom, Dr Price does more than sneer, and the narrator does not mark his impatience (the panel: "always right", "central casting")', () => {
    const text = readAlong(path(DO_BOTH, FIGURES, ASK_PRIVATELY, SHARE_THE_BAYS));
    expect(text).toContain('Nobody asks you where you trained.');
    expect(text).toContain('They ask me other things.');
    // What the other things were comes out at the award, in Tom's own words.
    expect(text).toContain('I mentioned my boyfriend once at work');
    expect(text).toContain('then reads bed 14 out again, facing Tom.');
    expect(text).not.toContain('looks at the floor');
    expect(readAlong(path(DO_BOTH, CO_PRESENT))).not.toContain("doesn't hide it");
  });

  it("handover: Chiamaka's cards are her own acts and stakes, not the note's verdict in her mouth against Tom's own wish (the seventh stereotype read)", () => {
    const card = (option: string) =>
      decisionAt(playBy(S3, [DO_BOTH, RELAY_TO_MATRON, option]), 'Handover')
        .perspectives.filter((p) => p.who === 'chiamaka')
        .map((p) => p.text)
        .join(' ');
    const askedTom = card(WAIT_THEN_ASK_TOM);
    expect(askedTom).not.toContain("Tom shouldn't have been the one deciding");
    expect(askedTom).toContain('I said the bed number again for him');
    const formatOnly = card(FORMAT_ONLY);
    expect(formatOnly).not.toContain('You left the laughing');
    expect(formatOnly).toContain('easier for me too');
  });

  it('the board note: a new certificate of sponsorship is needed for a new employer or a different occupation code, not any new post (fact check 7, checked 2026-12-06)', () => {
    const record = decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT)), 'The board presentation');
    const note = record.notes.join(' ');
    expect(note).toContain(
      'a move to a new employer, or to a job with a different occupation code, needs a new certificate of sponsorship',
    );
    expect(note).toContain('(checked 2026-12-06)');
    expect(note).not.toContain('a new post or employer');
  });
});

describe('S3 eighth mend (issue 16): the room should split, so each weaker option answers a need the scene shows (the panel of three agreed on five of seven)', () => {
  it("bay 3: Chiamaka answering a man's question about her training herself is shown on the first morning, so speaking for her at the desk has a cost and asking her first meets a need the story shows; refusing now is still the nurse in charge's duty, and still the best", () => {
    const text = readAlong([DO_BOTH, RELAY_TO_MATRON]);
    expectInOrder(text, 'She put a hand on his arm and answered him herself:', "You're in charge of Ward 7 today");
    expectInOrder(text, "Mum can't follow the African lady.", 'the lady in bed 2 has put down her tea to listen');
    // Shown as an act a week ago, not a wish worded like an option: nothing before the choice says "ask me".
    expect(text.slice(0, indexIn(text, 'Tom, beside you, has stopped writing.'))).not.toMatch(
      /ask me first|let me answer|leave it to me/i,
    );
    const options = optionsAt(decisionAt(playBy(S3, [DO_BOTH]), GARY));
    const both = options.find((o) => o.text.startsWith(DO_BOTH))!;
    for (const other of options) if (other !== both) expect(total(both)).toBeGreaterThan(total(other));
  });

  it("Matron's office: her case is whole before the choice (two nurses she came over with argued, and went home), she has never heard it from Chiamaka herself, and she names what keeping Chiamaka on bay 3 costs the learner; the move is still collusion, below relaying Chiamaka's words (fifteenth round: ringing her in, INVITE, is the best)", () => {
    const text = readAlong([DO_BOTH, 'Agree to bay 5']);
    const office = text.slice(indexIn(text, 'At two, Matron Okonjo'));
    const choice = "Matron's reply quotes Diane";
    expectInOrder(office, 'They went home.', choice);
    expectInOrder(office, "She's never once come to me about it.", choice);
    expectInOrder(
      office,
      "If she stays, it goes to the complaints team. They'll want statements from you and from her",
      choice,
    );
    // After Tom took bay 3 that morning, her cost fits the ward as it is: going back, not staying.
    expect(readAlong([MOVED, MOVED_RELAY])).toContain(
      "If she goes back to bay 3, it goes to the complaints team. They'll want statements from you and from her",
    );
    // Said to the learner in the office, then to Chiamaka, who was not there (the eighth reviews: "You know where the
    // other two are" read as a veiled threat to a nurse on a visa).
    // Ninth mend: said once (the panel: "said twice, it turns into exposition"); to Chiamaka she says what it bought.
    expect(text.split('They went home.').length - 1).toBe(1);
    const record = decisionAt(playBy(S3, [DO_BOTH, RELAY_TO_MATRON]), MATRON);
    const options = optionsAt(record);
    expect(options.find((o) => o.text.startsWith('Agree to bay 5'))!.acts[0]).toBe('COLLUDE');
    expect(record.choice.text.startsWith(RELAY_TO_MATRON)).toBe(true);
    const callIn = options.find((o) => o.text.startsWith(CALL_HER_IN))!;
    for (const other of options) if (other !== callIn) expect(total(other)).toBeLessThan(total(callIn));
    expect(total(options.find((o) => o.text.startsWith('Agree to bay 5'))!)).toBeLessThan(total(record));
  });

  it("the award: the ward's own custom is to choose at huddle, and the programme ties an Activator's win to the hours the role lacks, both shown before the form; when Chiamaka was never asked, asking privately is still in the best (fourteenth round: asking her, with Tom's terms from the desk carried, not asked again), and the huddle still decides for her in front of the ward", () => {
    const prefixes = path(DO_BOTH, FIGURES, ASK_PRIVATELY, SHARE_THE_BAYS);
    const text = readAlong(prefixes);
    const choice = 'Put the card in, not me.';
    expectInOrder(
      text,
      'The form asks for a person or a team.',
      'Ward 7 picks its nominations at huddle, by a show of hands.',
      choice,
    );
    expectInOrder(text, 'our best case for protected time', choice);
    const record = decisionAt(playBy(S3, prefixes), AWARD);
    const options = optionsAt(record);
    const best = options.find((o) => o.text.startsWith(NOMINATE_HER))!;
    expect(best.acts).toContain('ASK_CONSENT chiamaka');
    for (const other of options) if (other !== best) expect(total(best)).toBeGreaterThan(total(other));
    expect(options.find((o) => o.text.startsWith(HUDDLE))!.acts).toContain('DOING_FOR chiamaka');
  });

  it('the report: what sharing the heavy bays costs is in the scene before the choice (the light bays go to the longest-serving nurses, two with moving-and-handling restrictions after back injuries), so sending it upwards for a review has a reason; the best keeps those adjustments, shares among everyone without a restriction, and is still the best', () => {
    const prefixes = bestPathTo(SHARE_THE_BAYS);
    const text = readAlong(prefixes);
    const [, , choice] = expectInOrder(
      text,
      'Six months on',
      'Pat and Aileen, have moving-and-handling restrictions',
      "You write Monday's allocation yourself.",
    );
    expect(text.slice(choice)).toContain('shared among everyone without a restriction');
    const record = decisionAt(playBy(S3, prefixes), REPORT);
    for (const other of optionsAt(record))
      if (other.text !== record.choice.text) expect(total(other)).toBeLessThan(total(record));
    expect(record.notes.join(' ')).toContain("Colleagues' agreed adjustments");
  });

  it("bed 12: practitioners differ between showing the registrar how at the bedside and handing him the passport and stepping back (all three panel readers asked Daniel themselves on walk 17, the senior reader handed it over on walk 13), so both are contested; the scores stay, as the history and the decisions are Dr Price's", () => {
    const record = decisionAt(playBy(S3, [DO_BOTH, RELAY_TO_MATRON, NAME_AND_FIX, PASSPORT_THEN_ASK]), DANIEL);
    expect(record.contested).toBe(true);
    expect(record.options.filter((o) => o.contested).map((o) => o.text.slice(0, 20))).toEqual([
      PASSPORT_THEN_ASK.slice(0, 20),
      PASSPORT_TO_PRICE.slice(0, 20),
    ]);
    const options = optionsAt(record);
    const passport = options.find((o) => o.text.startsWith(PASSPORT_TO_PRICE))!;
    for (const other of options) if (other !== passport) expect(total(passport)).toBeGreaterThan(total(other));
    expect(record.notes.join(' ')).toContain('both are marked contested');
  });
});

// The two independent reviews of the eighth mend (/work/wt/reviews/educator-eighth-S2-S3.md and
// stereotype-eighth-S2-S3.md): each test fails on the text they read.
describe('S3 after the eighth reviews (educator and stereotype reads)', () => {
  it('the report: colleagues with moving-and-handling restrictions are named, keep their bay, and are not the ones who complain; nobody is "fit for the lifting" (stereotype MUST: disability set against racial fairness)', () => {
    for (const report of [SHARE_THE_BAYS, CARDS_REPORT]) {
      const text = readAlong(bestPathTo(report));
      const scene = text.slice(indexIn(text, 'Six months on'));
      expect(scene).toContain('Two of them, Pat and Aileen, have moving-and-handling restrictions');
      expect(scene).toContain('Pat and Aileen keep bay 1. Two other long-serving nurses ask Matron');
      expect(scene).not.toMatch(/fit for the|lighter work|Two of the longest-serving nurses ask/);
    }
    const record = decisionAt(playBy(S3, bestPathTo(SHARE_THE_BAYS)), REPORT);
    expect(record.notes.join(' ')).toContain('fair sharing is among staff without a restriction');
    expect(record.notes.join(' ')).not.toContain('fit for the work');
  });

  it("Matron's office: the learner named in the complaint gives the complaints team a statement and does not write the reply (educator: PHSO NHS Complaint Standards); the scores are unchanged", () => {
    for (const prefixes of [
      [DO_BOTH, RELAY_TO_MATRON],
      [DO_BOTH, 'Agree to bay 5'],
      [MOVED, MOVED_RELAY],
    ]) {
      const text = readAlong(prefixes);
      expect(text, prefixes.join(' / ')).not.toMatch(/you write the reply|Draft the reply|The reply you draft/);
      expect(text, prefixes.join(' / ')).toContain("They'll want statements from you and from her");
    }
    expect(readAlong([DO_BOTH, RELAY_TO_MATRON])).toContain('Write me your statement tonight.');
    const record = decisionAt(playBy(S3, [DO_BOTH, RELAY_TO_MATRON]), MATRON);
    expect(record.notes.join(' ')).toContain('PHSO NHS Complaint Standards');
    expect(actsOf(record)).toEqual(['CHALLENGE', 'ADVOCATE chiamaka']);
  });

  it('agreeing to the move: Matron tells Chiamaka what she told the learner, not "You know where the other two are" (a veiled threat to a nurse on a visa, both reviews); her fear has grounds in the note (NMC, Ambitious for change)', () => {
    const text = readAlong([DO_BOTH, 'Agree to bay 5']);
    expect(text).not.toContain('You know where the other two are');
    expect(text).toContain('Since 1998. I put two children through university on it.');
    const record = decisionAt(playBy(S3, [DO_BOTH, 'Agree to bay 5']), MATRON);
    expect(record.notes.join(' ')).toMatch(/Ambitious for change \(October 2020\)/);
  });

  it('the award: the pull of the hours comes from the programme, not from Matron, who already voices the tempting option elsewhere (stereotype SHOULD); she still suggests the learner puts themself in', () => {
    const text = readAlong(path(DO_BOTH, FIGURES, ASK_PRIVATELY, SHARE_THE_BAYS));
    const award = text.slice(indexIn(text, 'The form asks for a person or a team'));
    expect(award).not.toContain('An Activator on that stage is how you get the hours.');
    expect(award).toContain(
      'The Activator programme lead emails: a winner would be "our best case for protected time".',
    );
    expect(award).toContain('You should put yourself in.');
  });
});

describe('S3 eighth polish (issue 16: the narrator stops marking; both cold-reader panels on walk 17)', () => {
  it('the cards report: what the board does is told as plain fact, not by a narrator adjective or a pointed line about Ward 9, and it still agrees no time (the panels: "The report is cheerful", "sends no hours", "Ward 9 doesn\'t.")', () => {
    const text = readAlong(path(DO_BOTH, CO_PRESENT, ASK_TOM, CARDS_REPORT));
    expect(text).not.toMatch(/cheerful|sends no hours|Ward 9 doesn't/);
    expect(text).toContain('No protected time is agreed.');
    expect(text).not.toContain('The protected time has started.');
    // The pattern on other wards is still shown, through a nurse with her own reason to ask.
    expect(text).toContain("asks Chiamaka for a copy of Ward 7's rota, to show her ward sister.");
  });

  it("Matron's office: calling Chiamaka up costs Matron her evening, shown as what she is doing, not as the learner's mark (\"you've made her afternoon longer\")", () => {
    const text = readAlong([REFUSE, CALL_HER_IN]);
    expect(text).not.toContain('made her afternoon longer');
    expect(text).toContain('At six, Matron is still writing the reply.');
  });

  it('the award (fourteenth round): where Chiamaka has not said no, nominating the card once she has said yes, with Tom down as he said at the desk, is the best and costs something the story shows (Matron calls it a waste of a good nomination; the programme lead wanted an Activator on that stage); nobody grades it', () => {
    const text = readAlong(path(DO_BOTH, FIGURES, NOMINATE_HER));
    expect(text).not.toContain('Nobody asked.');
    expectInOrder(
      text,
      'Put the card in. Both our names or nothing',
      'On her break you ask Chiamaka if the card can go in',
      'Matron calls it a waste of a good nomination',
      "the programme lead emails to ask why the Activator isn't in it",
    );
    expect(text).not.toContain('I already said yes.');
    expect(actsOf(decisionAt(playBy(S3, path(DO_BOTH, FIGURES, NOMINATE_HER)), AWARD))).toEqual([
      'ASK_CONSENT chiamaka',
      'ADVOCATE tom',
    ]);
  });

  it('the card: comms cover the corner for a plain reason (her unsigned consent form), and Tom\'s stand costs him something of his own (the panels found the crop "close to a parable")', () => {
    const text = readAlong(path(DO_BOTH, CO_PRESENT, ASK_TOM, SHOW_HER_FIRST));
    expect(text).toContain("Tom unpins the card and keeps it in his pocket until they've gone.");
    // Ninth mend: his stand is told as what he did; "He'd wanted that photo" graded it (the walk-29 panel).
    expect(text).not.toContain("He'd wanted that photo.");
  });

  it('Dr Price is not marked by the narrator: after the best handover he is at the end of his night (not "says so twice"), and after the passport he slips back into long words until Daniel asks him to draw', () => {
    const handover = readAlong([DO_BOTH, RELAY_TO_MATRON, NAME_AND_FIX]);
    expect(handover).not.toContain('says so twice');
    expect(handover).toContain('Handover takes eleven minutes longer, at the end of his night.');
    const bed = readAlong([DO_BOTH, RELAY_TO_MATRON, NAME_AND_FIX, PASSPORT_TO_PRICE]);
    expect(bed).toContain('At the tablets he slips back into long ones, and Daniel asks him to draw them.');
  });

  it("the best path does not end in a bow: Daniel's passport follows him on the ward but not across town, the acting days go first, nights swap the bays back; and on the best bay-3 path Diane still disagrees, for her own reason", () => {
    const text = readAlong(bestPathTo(SHARE_THE_BAYS));
    expect(text).toContain('Chiamaka is acting deputy sister on Ward 7');
    expect(text).toContain("The clinic across town can't see the flag yet, so he says it all again");
    expect(text).toContain('The acting days are the first thing cut when the ward is short.');
    expect(text).toContain('Nights still swap them back');
    const diane = decisionAt(playBy(S3, [DO_BOTH, RELAY_TO_MATRON]), GARY)
      .perspectives.filter((p) => p.who === 'diane')
      .map((p) => p.text)
      .join(' ');
    expect(diane).not.toContain("I'm less sure now");
    expect(diane).toContain("I still wrote the letter. Mum was frightened, and I'm the one who's here every morning.");
  });
});

describe('S3 consequences that travel', () => {
  it("bay 3 changes Matron's office: the same words to Matron are advocacy after Chiamaka has said where she stays, and a guess that speaks for her after moving her without a word (fourteenth round: refusing and logging it, she says it unasked)", () => {
    const asked = playBy(S3, [DO_BOTH, RELAY_TO_MATRON]);
    const notAsked = playBy(S3, [MOVED, MOVED_RELAY]);
    expect(actsOf(decisionAt(playBy(S3, [REFUSE, RELAY_TO_MATRON]), MATRON))).toEqual([
      'CHALLENGE',
      'ADVOCATE chiamaka',
    ]);
    const a = decisionAt(asked, MATRON);
    const b = decisionAt(notAsked, MATRON);
    // Review fixes: the moved version's label owns the move ("Ask Matron to put her back"); the words to Matron match.
    // Story-b: the asked version quotes her ("in Chiamaka's own words"); the moved version guesses at her yes.
    expect(a.choice.text).toBe("Say no to the move, and tell Matron, in Chiamaka's own words, where she wants to work");
    expect(b.choice.text).toBe(
      "Ask Matron to put her back on bay 3: Chiamaka only said yes with Diane watching, and she'd want Mrs Walsh back",
    );
    expect(actsOf(a)).toEqual(['CHALLENGE', 'ADVOCATE chiamaka']);
    expect(actsOf(b)).toEqual(['CHALLENGE', 'SPEAK_FOR chiamaka']);
    // And the story shows it: Matron asks whether Chiamaka said so.
    expect(notAsked.log.decisions.length).toBe(2);
  });

  it('the board changes the award: after her no to attention, nominating the card with her name (asking Tom) overrides her; where she never said no, Tom says his terms at the desk, and the nomination asks her and carries his terms (fourteenth round: ASK_CONSENT + ADVOCATE, the best)', () => {
    const saidNo = playBy(S3, path(DO_BOTH, CO_PRESENT, NOMINATE_HER));
    const neverAsked = playBy(S3, path(DO_BOTH, FIGURES, NOMINATE_HER));
    expect(actsOf(decisionAt(saidNo, AWARD))).toEqual(['OVERRIDE chiamaka', 'OVERRIDE chiamaka', 'ASK_CONSENT tom']);
    expect(actsOf(decisionAt(neverAsked, AWARD))).toEqual(['ASK_CONSENT chiamaka', 'ADVOCATE tom']);
    expect(decisionAt(saidNo, AWARD).context.people.tom?.mandate).toBe('none');
    expect(decisionAt(neverAsked, AWARD).context.people.tom?.mandate).toBe('known_wishes');
  });

  it('every path has seven decisions', () => {
    for (const p of [path(DO_BOTH, CO_PRESENT), path(LATER, FIGURES, NOMINATE_SELF, MATRON_HOURS)]) {
      const playthrough = playBy(S3, p);
      expect(playthrough.ended).toBe(true);
      expect(playthrough.log.decisions).toHaveLength(7);
    }
  });
});

// After the eighth final check (reviews/educator-eighth-final-S2-S3.md, reviews/stereotype-eighth-final-S2-S5.md):
// each test fails on the text before it. No option, score or verdict changed.
describe('S3 after the eighth final check', () => {
  it("Matron's office: her warning differs between moving Chiamaka and keeping her (educator SHOULD): a move lets her settle it with Diane by phone, keeping her sends it to the complaints team with the learner's name and statement; the note says so", () => {
    const notMoved = readAlong([DO_BOTH, RELAY_TO_MATRON]);
    expect(notMoved).toContain(
      "If she moves, I settle it with Diane by phone. If she stays, it goes to the complaints team. They'll want statements from you and from her",
    );
    expect(readAlong([MOVED, MOVED_RELAY])).toContain(
      'If she stays in bay 5, I settle it with Diane by phone. If she goes back to bay 3, it goes to the complaints team',
    );
    expect(notMoved).not.toContain('your name stays on that letter');
    const note = decisionAt(playBy(S3, [DO_BOTH, RELAY_TO_MATRON]), MATRON).notes.join(' ');
    expect(note).not.toContain("the learner's name on the reply to the complaint");
    expect(note).toContain("the learner's name on a complaint that goes to the complaints team");
    expect(note).toMatch(/PHSO NHS Complaint Standards, which are good practice/);
    expect(note).toMatch(
      /the legal duty is the Local Authority Social Services and National Health Service Complaints \(England\) Regulations 2009/,
    );
  });

  it('the card and the flag: comms have a reason that is not Chiamaka refusing (she is on nights), and the clinic across town "can\'t see the flag yet", true either side of the note\'s deadline (COULDs)', () => {
    const card = readAlong(path(DO_BOTH, CO_PRESENT, KEEP_BOTH_WORDS, SHOW_HER_FIRST));
    expect(card).toContain("Chiamaka, on nights, hasn't signed their consent form, so they ask to cover the corner.");
    const ending = readAlong(bestPathTo(SHARE_THE_BAYS));
    expect(ending).toContain("can't see the flag yet");
    expect(ending).not.toContain("can't see the flag, so");
  });
});

describe('S3 after the final panel (walk 29): small timing words no longer mark the weak options', () => {
  // r1: "Small words did a lot of the steering: 'after lunch', 'once the form has gone in', 'next year', 'as the chief
  // nurse asked'. A careful reader spots the weak options by their timing words more than by the practice itself."
  // Labels only: every score stays as it was.
  it('the weak options lose the delay and deference words that were true of them alone, and timing words stay only where they are true of more than the weak option', () => {
    const texts = (path: string[], moment: string) => optionsAt(decisionAt(playBy(S3, path), moment));
    const asked = path(DO_BOTH, FIGURES, ASK_PRIVATELY, SHARE_THE_BAYS);
    const all = [
      ...texts(asked, GARY),
      ...texts(asked, DANIEL),
      ...texts(asked, 'The board presentation'),
      ...texts(asked, AWARD),
      ...texts(asked, REPORT),
    ];
    const words = all.map((o) => o.text).join(' | ');
    expect(words).not.toMatch(
      /after lunch|once the round has moved on|as the chief nurse asked|once the form has gone in/,
    );
    // Timing where it is true of more than the weak option: the best at the award and the report say when, too.
    const award = texts(asked, AWARD);
    expect(award.find((o) => o.text.startsWith(ASK_PRIVATELY))!.text).toContain('on their breaks');
    // Ninth mend: the surprise is the ward's own custom (the night staff's nomination, in the scene); ninth fix: the
    // label no longer argues for itself with it.
    // Eleventh mend (options only): "keep it a surprise" read as wrong on sight; it now asks Tom, not Chiamaka
    // (twelfth round: "once Tom has said yes"). Fourteenth round: where she never said no, Tom said his terms at the
    // desk, and it asks her ("once Chiamaka has said yes"), the best.
    expect(award.find((o) => o.text.startsWith(NOMINATE_HER))!.text).toContain('once Chiamaka has said yes');
    // At the report the figures still wait (it scores as standing by), now for a reason the scene shows (three months,
    // one ward); the runner-up carries its own dates ("this week, once Chiamaka has read the Ward 7 page").
    const report = texts(asked, REPORT);
    expect(report.find((o) => o.text.startsWith(MATRON_HOURS))!.text).toContain("a full year's figures");
    expect(report.find((o) => o.text.startsWith(MATRON_HOURS))!.text).not.toContain('next year');
    expect(report.find((o) => o.text.startsWith(SHOW_HER_FIRST))!.text).toMatch(/this week, once Chiamaka has read/);
    // The same acts as before.
    expect(total(all.find((o) => o.text.startsWith(MOVED))!)).toBe(-4);
    expect(total(all.find((o) => o.text.startsWith(FROM_THE_NOTES))!)).toBe(-2);
    expect(total(all.find((o) => o.text.startsWith("Build the talk round Chiamaka's year"))!)).toBe(-4);
    // Fourteenth round: this label now asks Chiamaka and carries Tom's terms from the desk (1/2/2).
    expect(total(award.find((o) => o.text.startsWith(NOMINATE_HER))!)).toBe(5);
  });
});

describe('S3 ninth mend (issue 16, walk-29 panel): no memory tests, no dead options, no verdicts in hindsight', () => {
  it("Matron's office: staying costs Chiamaka something of her own, shown before the choice (her statement, Diane's words read back), so honouring her wish is a judgement; the move is still collusion, relaying her words above it (fifteenth round: ringing her in, INVITE, is the best)", () => {
    const text = readAlong([LATER, RELAY_TO_MATRON]);
    const office = text.slice(indexIn(text, 'At two, Matron Okonjo'));
    expectInOrder(office, 'she\'ll hear "the African lady" read back to her', "I don't want her moved.");
    const options = optionsAt(decisionAt(playBy(S3, [LATER, RELAY_TO_MATRON]), MATRON));
    expect(options.find((o) => o.text.startsWith('Agree to bay 5'))!.acts[0]).toBe('COLLUDE');
    const relay = options.find((o) => o.text.startsWith(RELAY_TO_MATRON))!;
    const callIn = options.find((o) => o.text.startsWith(CALL_HER_IN))!;
    for (const other of options) if (other !== callIn) expect(total(other)).toBeLessThan(total(callIn));
    expect(total(options.find((o) => o.text.startsWith('Agree to bay 5'))!)).toBeLessThan(total(relay));
    // The move's consequence shows what happened to the people, with mixed effects, not a thank-you.
    const moved = readAlong([LATER, 'Agree to bay 5']);
    expect(moved).not.toContain('Diane thanks you at the door');
    expect(moved).toContain('Mrs Walsh settles, and goes home on Friday.');
  });

  it("handover: telling Dr Price has a safety reason the scene shows (a missed dose change on his round) and helps on the round, and is still an override of what is Tom's to tell; Dr Price does not repeat the joke on every path", () => {
    const text = readAlong([DO_BOTH, RELAY_TO_MATRON, TELL_PRICE]);
    const handover = text.slice(indexIn(text, 'The next Monday'), indexIn(text, 'A word, Owen.'));
    expect(handover).toContain(
      "Last week a dose change Dr Price gave at the end of a bed didn't reach the chart till evening.",
    );
    expect(text).toContain('On the round he faces Tom and reads every dose change back.');
    const record = decisionAt(playBy(S3, [DO_BOTH, RELAY_TO_MATRON, TELL_PRICE]), 'Handover');
    expect(actsOf(record)).toEqual(['OVERRIDE tom']);
    expect(record.perspectives.some((p) => p.who === 'chiamaka')).toBe(false);
    for (const option of [FORMAT_ONLY, WAIT_THEN_ASK_TOM])
      expect(readAlong([DO_BOTH, RELAY_TO_MATRON, option])).not.toContain('Dr Price asks Tom, grinning');
  });

  it('bed 12: what Daniel asked for in the night is two things (Kerry for his tablets, and to be asked himself), the witness account only the notes hold gives answering from them a reason, nothing at the bed points at the folder, and answering from the notes is still speaking for him and the lowest', () => {
    const prefixes = [DO_BOTH, RELAY_TO_MATRON, NAME_AND_FIX, FROM_THE_NOTES];
    const text = readAlong(prefixes);
    expect(text).toContain('"She knows my tablets."');
    const atTheBed = text.slice(
      indexIn(text, "Monday's round reaches bed 12."),
      indexIn(text, 'Seizure at work, first'),
    );
    expect(atTheBed).not.toContain('hand flat');
    expect(atTheBed).toContain("Daniel doesn't remember the fit.");
    const options = optionsAt(decisionAt(playBy(S3, prefixes), DANIEL));
    const fromNotes = options.find((o) => o.text.startsWith(FROM_THE_NOTES))!;
    expect(fromNotes.acts).toEqual(['SPEAK_FOR daniel']);
    for (const other of options) if (other !== fromNotes) expect(total(fromNotes)).toBeLessThan(total(other));
    // The best's spoken line does not hand back the page quoted at handover.
    expect(readAlong([DO_BOTH, RELAY_TO_MATRON, NAME_AND_FIX, PASSPORT_TO_PRICE])).not.toContain(
      'ask him, not his staff',
    );
  });

  it('the board: the brief no longer hands the story option its identifying detail, Matron advises without grading it, and the numbers-alone route has a cost the scene shows (turned down in March); the story without her say is still an override', () => {
    const text = readAlong(path(DO_BOTH, 'Build the talk'));
    const board = text.slice(indexIn(text, 'A month later'), indexIn(text, 'You build six slides'));
    expect(board).not.toMatch(/Eight years in Lagos|poster/);
    expect(board).toContain('The board turned down an allocation review in March on the numbers alone.');
    // Her training is shown where she was asked about it, on the first morning.
    expectInOrder(text, 'Lagos, eight years, four of them running a ward.', 'Diane');
    expect(actsOf(decisionAt(playBy(S3, path(DO_BOTH, 'Build the talk')), 'The board presentation'))).toEqual([
      'OVERRIDE chiamaka',
    ]);
  });

  it("the award and the report: nominating her as a surprise is the ward's own custom and still decides for her; self-nomination shows its mixed effect (the hours case) with no rebuke line; the figures wait for a reason the scene shows and still stand by", () => {
    const text = readAlong(path(DO_BOTH, FIGURES, NOMINATE_SELF, MATRON_HOURS));
    expect(text).toContain('Last year it put in the night healthcare assistants as a surprise, and they won.');
    expect(text).not.toMatch(/one box for a name|My name was in paragraph two/);
    expect(text).toContain('her case for protected time');
    expect(text).toContain('The allocation figures are in: three months, one ward.');
    // Fourteenth round: the surprise (no word to her) is met after her no; there it overrides her.
    expect(actsOf(decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT, NOMINATE_HER)), AWARD))).toEqual([
      'OVERRIDE chiamaka',
      'OVERRIDE chiamaka',
      'ASK_CONSENT tom',
    ]);
    const report = decisionAt(playBy(S3, path(DO_BOTH, FIGURES, ASK_PRIVATELY, MATRON_HOURS)), REPORT);
    expect(actsOf(report)).toContain('BYSTAND');
  });

  it('the leaving ending ties no bow and speaks no moral: Chiamaka leaves for a step up, in her own voice', () => {
    const text = readAlong(path(MOVED, 'Build the talk', NOMINATE_HER, 'Put the Ward 7 figures'));
    expect(text).toContain('hands in her notice');
    expect(text).not.toMatch(/what the first eight were for|looks at the lanyard, and says nothing/);
    expect(text).toContain('Sister Eze, from June.');
  });
});

describe('S3 ninth fix (issue 16): the ninth reviews and the walk-29 panel on the mended text', () => {
  it("bay 3's note agrees with the scene: a familiar nurse is a real delirium measure (NICE CG103), and made in reply to the request it still grants it (educator MUST)", () => {
    const record = decisionAt(playBy(S3, [DO_BOTH]), GARY);
    const note = record.notes.join(' ');
    expect(note).not.toContain('does not apply here');
    expect(note).toContain('Continuity of a nurse Mrs Walsh knows is a real delirium measure (NICE CG103');
    expect(note).toContain('in earshot of the bay, the move grants the request whatever the reason');
  });

  it('bay 3: moving Chiamaka carries no excuse in its label and a cost to the learner (the turns in bay 5, through the break); its outcome no longer proves Diane right: Mrs Walsh settles a little and pulls her oxygen off again, glasses still at the desk (stereotype MUST)', () => {
    const options = optionsAt(decisionAt(playBy(S3, [DO_BOTH]), GARY));
    const giveIn = options.find((o) => o.text.startsWith(MOVED))!;
    // Story-b (cold reads 17: "goes along with the racist request" was ruled out on sight): the swap is put to her,
    // with Diane and the bay listening, so the label speaks the ally words and still grants the request.
    expect(giveIn.text).toBe("Ask Chiamaka, there at the trolley, if she'd rather swap bays with Tom today");
    expect(giveIn.acts).toEqual(['COLLUDE', 'INVITE chiamaka']);
    for (const other of options) if (other !== giveIn) expect(total(giveIn)).toBeLessThan(total(other));
    const text = readAlong([MOVED]);
    expect(text).not.toContain('keeps her oxygen on all afternoon');
    expect(text).toContain('At two she pulls her oxygen off again; her glasses are still at the desk.');
    expect(text).toContain("You turn bay 5's patients with Chiamaka through your break");
  });

  it("Matron's office: staying now costs Chiamaka something she has not heard (the letter says she left the oxygen off), shown before the choice; since the fifteenth round that is why ringing her in (INVITE) is the best, and relaying her morning wish second (educator SHOULD, room 13)", () => {
    const text = readAlong([DO_BOTH, RELAY_TO_MATRON]);
    const office = text.slice(indexIn(text, 'At two, Matron Okonjo'));
    expectInOrder(office, 'The letter says "the African lady" left Mum\'s oxygen off.', "I don't want her moved.");
    const options = optionsAt(decisionAt(playBy(S3, [DO_BOTH, RELAY_TO_MATRON]), MATRON));
    const callIn = options.find((o) => o.text.startsWith(CALL_HER_IN))!;
    for (const other of options) if (other !== callIn) expect(total(other)).toBeLessThan(total(callIn));
  });

  it("handover: the missed dose change is the practice's (it didn't reach the chart), the best fixes the round too, and nobody lower down the pay scale carries the joke on (educator and stereotype SHOULDs)", () => {
    const text = readAlong([DO_BOTH, RELAY_TO_MATRON, NAME_AND_FIX]);
    expect(text).not.toContain('Tom missed a dose change');
    expect(text).toContain('Tom was on that round.');
    expect(text).toContain('one voice at a time, facing each other, here and on the round.');
    const note = decisionAt(playBy(S3, [DO_BOTH, RELAY_TO_MATRON, NAME_AND_FIX]), 'Handover').notes.join(' ');
    expect(note).toContain('reading every dose change back (closed loop) for everyone');
    for (const option of [FORMAT_ONLY, TELL_PRICE, WAIT_THEN_ASK_TOM, 'Say only']) {
      const after = readAlong([DO_BOTH, RELAY_TO_MATRON, option]);
      const handover = after.slice(indexIn(after, 'The next Monday'), indexIn(after, "Monday's round reaches bed 12."));
      expect(handover).toMatch(option === TELL_PRICE ? /one of the staff nurses is talking/ : /night nurse/);
      expect(handover).not.toMatch(/healthcare assistant/);
    }
  });

  it("handover: asking Tom first whether the joke is taken up is the 5Ds' Delay, and practitioners differ (all three walk-29 readers chose it), so it is contested with the two that name the joke; its scores are unchanged", () => {
    const record = decisionAt(playBy(S3, [DO_BOTH, RELAY_TO_MATRON, WAIT_THEN_ASK_TOM]), 'Handover');
    expect(record.contested).toBe(true);
    expect(record.options.filter((o) => o.contested).map((o) => o.text.slice(0, 12))).toEqual([
      NAME_AND_FIX.slice(0, 12),
      WAIT_THEN_ASK_TOM.slice(0, 12),
      'Say only "on',
    ]);
    const options = optionsAt(record);
    expect(total(options.find((o) => o.text.startsWith(WAIT_THEN_ASK_TOM))!)).toBe(3);
    expect(total(options.find((o) => o.text.startsWith(NAME_AND_FIX))!)).toBe(5);
    expect(record.notes.join(' ')).toContain("it is also the 5Ds' Delay, and practitioners differ");
  });

  it('bed 12: on the best path Daniel answers the carer question himself ("Ring Kerry"), so "ask me" means he decides who is involved (educator SHOULD); answering from the notes costs the learner a break and is still speaking for him', () => {
    const best = readAlong([DO_BOTH, RELAY_TO_MATRON, NAME_AND_FIX, PASSPORT_TO_PRICE]);
    expect(best).toContain('Ring Kerry. For my tablets.');
    const prefixes = [DO_BOTH, RELAY_TO_MATRON, NAME_AND_FIX, FROM_THE_NOTES];
    const fromNotes = optionsAt(decisionAt(playBy(S3, prefixes), DANIEL)).find((o) =>
      o.text.startsWith(FROM_THE_NOTES),
    )!;
    expect(fromNotes.text).toContain('go over it with Daniel on your break');
    expect(fromNotes.acts).toEqual(['SPEAK_FOR daniel']);
    expect(readAlong(prefixes)).not.toContain('you had it right');
  });

  it('the award: the surprise nomination\'s label carries no excuse clause, its scores are unchanged without the stale "informs", and the self-nomination is not graded ("a good entry")', () => {
    // Fourteenth round: the surprise is offered after her no (OVERRIDE); where she never said no, the label asks her.
    const prefixes = path(DO_BOTH, CO_PRESENT, NOMINATE_HER);
    const surprise = optionsAt(decisionAt(playBy(S3, prefixes), AWARD)).find((o) => o.text.startsWith(NOMINATE_HER))!;
    expect(surprise.text).not.toMatch(/night staff|as the/);
    expect(surprise.acts).toEqual(['OVERRIDE chiamaka', 'OVERRIDE chiamaka', 'ASK_CONSENT tom']);
    expect(total(surprise)).toBe(-4);
    expect(readAlong(path(DO_BOTH, FIGURES, NOMINATE_SELF))).not.toContain('You write a good entry.');
  });

  it("the report: waiting for a year's figures shows its cost as a plain fact (Monday's heavy bays), not a rebuke in Chiamaka's mouth (all three walk-29 readers named the line); still standing by", () => {
    const prefixes = path(DO_BOTH, FIGURES, ASK_PRIVATELY, MATRON_HOURS);
    const text = readAlong(prefixes);
    expect(text).not.toContain("I'll be on the heavy bays while they wait.");
    expect(text).toContain("When the year's figures go up, I read them first.");
    expect(text).toContain('On Monday she has bays 2 and 3.');
    expect(actsOf(decisionAt(playBy(S3, prefixes), REPORT))).toContain('BYSTAND');
  });
});

describe('S3 tenth touch (issue 16, options-only read): the wording alone no longer picks the best', () => {
  const labels = (prefixes: string[], moment: string) => optionsAt(decisionAt(playBy(S3, prefixes), moment));

  it('Matron\'s fix: the ally words ("in Chiamaka\'s own words", "as Chiamaka asked") sit on the options below the best, and calling Chiamaka up names what changed (the letter), not "for her to tell Matron herself" (story-b, cold reads 17: both readers rang for her on that pattern); ringing her in is still INVITE, above relaying', () => {
    for (const bay3 of [DO_BOTH, LATER]) {
      const options = labels([bay3, RELAY_TO_MATRON], MATRON);
      const relay = options.find((o) => o.text.startsWith(RELAY_TO_MATRON))!;
      const callIn = options.find((o) => o.text.startsWith(CALL_HER_IN))!;
      const agree = options.find((o) => o.text.startsWith('Agree to'))!;
      expect(relay.text).toContain("in Chiamaka's own words");
      expect(agree.text).toContain('as Chiamaka asked');
      expect(callIn.text).toBe('Say no to the move, and ring the ward for Chiamaka to come and read the letter');
      expect(callIn.text).not.toMatch(/herself|wants/);
      expect(total(callIn)).toBeGreaterThan(total(relay));
    }
  });

  it('the board: neither best option carries the consent phrase any more ("Ask Chiamaka if", "show her the draft"); they say the act (an offered place, themes she has been through), and both still tie as best', () => {
    const record = decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT)), 'The board presentation');
    const options = optionsAt(record);
    const words = options.map((o) => o.text).join(' | ');
    expect(words).not.toMatch(/Ask Chiamaka|show her the draft/);
    const [offer, themes] = [CO_PRESENT, "Put Chiamaka's year in as themes"].map((p) =>
      options.find((o) => o.text.startsWith(p))!,
    );
    expect(themes.acts).toContain('ASK_CONSENT chiamaka');
    expect(total(offer)).toBe(total(themes));
  });

  it('the award: the huddle now says what it does ("for the team … to decide") and asking each privately no longer says "ask each what they\'d want"; asking each privately is second, below asking her and carrying Tom\'s terms from the desk (fourteenth round)', () => {
    const options = labels(path(REFUSE, FIGURES, ASK_PRIVATELY), AWARD);
    const ask = options.find((o) => o.text.startsWith(ASK_PRIVATELY))!;
    const huddle = options.find((o) => o.text.startsWith(HUDDLE))!;
    expect(ask.text).not.toMatch(/ask each|what they'd want/);
    expect(ask.text).toContain('on their breaks');
    expect(huddle.text).toContain('to decide what goes on it');
    const carry = options.find((o) => o.text.startsWith(NOMINATE_HER))!;
    for (const other of options) if (other !== ask && other !== carry) expect(total(other)).toBeLessThan(total(ask));
    expect(total(ask)).toBeLessThan(total(carry));
  });
});

// Issue 16, final check of the ninth round (/work/wt/reviews/final-ninth-S1-S3.md, S3 MUST): the letter says
// Chiamaka left the oxygen off, and the note says telling her is owed either way; the best path now shows it, so the
// verdict no longer rests on something off-stage. Scores unchanged.
describe('S3 after the final check of the ninth round (issue 16)', () => {
  it("Matron's office: relaying her wish, the learner then tells Chiamaka what the letter says about the oxygen, and she weighs it herself (still staying); relaying is second, below ringing her in (fifteenth round)", () => {
    for (const bay3 of [DO_BOTH, LATER]) {
      const text = readAlong([bay3, RELAY_TO_MATRON]);
      expectInOrder(
        text,
        'Her choice, then. But if it starts again, I move her',
        'you tell her in the office what the letter says about the oxygen.',
        "She pulled it off herself, in the night. It's charted. I'm still staying.",
      );
    }
    const options = optionsAt(decisionAt(playBy(S3, [DO_BOTH, RELAY_TO_MATRON]), MATRON));
    const relay = options.find((o) => o.text.startsWith(RELAY_TO_MATRON))!;
    const callIn = options.find((o) => o.text.startsWith(CALL_HER_IN))!;
    expect(relay.acts).toEqual(['CHALLENGE', 'ADVOCATE chiamaka']);
    for (const other of options)
      if (other !== relay && other !== callIn) expect(total(other)).toBeLessThan(total(relay));
    expect(total(callIn)).toBeGreaterThan(total(relay));
  });
});

// Issue 16, check of the f11 fixes (/work/wt/reviews/check-f11.md, S3 SHOULD): "At the desk" straight after Matron's
// "be at the desk when she comes in" (Diane) merged the two, and put a complaint about a named patient's care at the
// nurses' station, where the bay is listening. The learner now tells Chiamaka in the office, before she goes home;
// the words added are cut from the same stitch, so the median path keeps its length.
describe('S3 after the check of the f11 fixes (issue 16)', () => {
  it("Matron's office, relaying her wish: the learner tells Chiamaka about the letter privately, in the office before she goes home, not at the desk where Matron has just sent the learner to meet Diane", () => {
    for (const bay3 of [DO_BOTH, LATER]) {
      const text = readAlong([bay3, RELAY_TO_MATRON]);
      expect(text).not.toContain('At the desk you tell Chiamaka');
      expectInOrder(
        text,
        'And be at the desk when Diane comes in.',
        'Before Chiamaka goes home, you tell her in the office what the letter says about the oxygen.',
      );
    }
  });
});

describe('S3 tenth mend (issue 16, a room of eight on walk 43): a room that splits', () => {
  it("bay 3 (fourteenth round, options only: 3 of 3 took the one label that refuses and asks; story-b: her wish, guessed, in place of her CV): refusing Diane with what Chiamaka wants, before anyone has asked her, then asking her, speaks for her: she is present and able, and the week before she answered a man's question about her training herself, a hand on Tom's arm (R1: SPEAK_FOR), so it scores below refusing and asking and below refusing and logging it; the 5Ds' Distract option it replaces is gone", () => {
    const record = decisionAt(playBy(S3, [LATER]), GARY);
    expect(actsOf(record)).toEqual(['CHALLENGE chiamaka', 'SPEAK_FOR chiamaka', 'INVITE chiamaka']);
    expect(record.context.people.chiamaka?.mandate).toBe('none');
    const options = optionsAt(record);
    expect(options.map((o) => o.text).join(' | ')).not.toContain('glasses');
    const find = (prefix: string) => options.find((o) => o.text.startsWith(prefix))!;
    // Story-b: the middle clause is now her wish, guessed, in place of her CV; the rest matches the best word for word.
    expect(find(LATER).text.replace(", Chiamaka wants to stay her mum's nurse", '')).toBe(
      find(DO_BOTH).text.replace(", Chiamaka's her mum's nurse today", ''),
    );
    expect(total(find(LATER))).toBeLessThan(total(find(DO_BOTH)));
    expect(total(find(LATER))).toBeLessThan(total(find(REFUSE)));
    // The reason is on stage before the choice, not in the label.
    expectInOrder(
      readAlong([LATER]),
      'She put a hand on his arm and answered him herself',
      'the African lady',
      "I'd have said so myself, like I did in bay 6.",
    );
    // Chiamaka is still asked, so the delayed consequence in Matron's office holds: relaying her words is the best.
    expect(actsOf(decisionAt(playBy(S3, [LATER, RELAY_TO_MATRON]), MATRON))).toContain('ADVOCATE chiamaka');
  });

  it('the award: the huddle votes by a show of hands, shown before the form (the fact that makes a public ask an override after her no); the best says it is a team entry for the card, what the room wanted; the huddle is still OVERRIDE (R10)', () => {
    const text = readAlong(path(DO_BOTH, CO_PRESENT, ASK_TOM));
    expectInOrder(
      text,
      'Ward 7 picks its nominations at huddle, by a show of hands.',
      'You write the form round the card',
    );
    expect(actsOf(decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT, HUDDLE)), AWARD))).toContain('OVERRIDE chiamaka');
    const options = optionsAt(decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT, ASK_TOM)), AWARD));
    const best = options.find((o) => o.text.startsWith(ASK_TOM))!;
    for (const other of options) expect(total(best)).toBeGreaterThanOrEqual(total(other));
  });

  it('no ending or after-line grades the room (the seats named each), and options say the act in a worker\'s words: no "Digital Flag" or "WRES" where a learner reads', () => {
    const texts = [
      readAlong(path(DO_BOTH, CO_PRESENT, KEEP_BOTH_WORDS, SHOW_HER_FIRST)),
      readAlong(path(DO_BOTH, FIGURES, ASK_PRIVATELY, MATRON_HOURS)),
      readAlong(bestPathTo(MATRON_HOURS)),
      readAlong(path(LATER, FIGURES, HUDDLE, CARDS_REPORT)),
    ];
    for (const t of texts) {
      expect(t).not.toContain("nobody's name goes near it");
      expect(t).not.toContain('Chiamaka still has the heavy bays most weeks');
      expect(t).not.toContain('before she says hello');
      expect(t).not.toContain('nine at night');
      expect(t).not.toMatch(/Digital Flag|WRES/);
    }
    const board = optionsAt(decisionAt(playBy(S3, path(DO_BOTH, FIGURES)), 'The board presentation'));
    // Mend-a (educator18a S4): the figures are named as the scene shows them (which bays and course places go to
    // nurses, by where they trained), not "staff race figures", which a UK nurse would take for the WRES.
    expect(board.find((o) => o.text.startsWith(FIGURES))!.text).toContain('bay and course figures');
    expect(board.find((o) => o.text.startsWith(FIGURES))!.text).not.toContain('race figures');
  });
});

describe('S3 tenth-round fixes (f13: the educator and stereotype reads of the tenth mend)', () => {
  it('the award, after her no: the huddle publicly invites someone who has said she does not want it (wants: no), so voice model R10 makes it OVERRIDE (-2/-2/0; f14 restored it after f13 scored it BURDEN: the spec wins over reviewers, room11 split 4/4), and asking Tom privately stays best', () => {
    const record = decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT, HUDDLE)), AWARD);
    expect(record.context.people.chiamaka?.wants).toBe('no');
    expect(record.moves).toContainEqual({ move: 'invite', target: 'chiamaka', params: {}, flags: ['public'] });
    const options = optionsAt(record);
    const find = (prefix: string) => options.find((o) => o.text.startsWith(prefix))!;
    const huddle = find(HUDDLE);
    expect(huddle.acts).toContain('OVERRIDE chiamaka');
    expect(huddle.acts).not.toContain('BURDEN chiamaka');
    expect([huddle.voice, huddle.power, huddle.courage]).toEqual([-2, -2, 0]);
    expect(total(find(ASK_TOM))).toBe(Math.max(...options.map(total)));
    expect(total(huddle)).toBeLessThan(total(find(ASK_TOM)));
    expect(record.notes.join(' ')).toMatch(/voice model R10[^]*is not a free question/);
    // The consequence is kept: she has to say no in front of the ward.
    const text = readAlong(path(DO_BOTH, CO_PRESENT, HUDDLE));
    expect(text).toContain("Put Tom's card in. Not me.");
    expect(text).toContain("she's too modest");
    // Never asked, the huddle still decides for her in front of the ward (unchanged).
    const neverAsked = optionsAt(decisionAt(playBy(S3, path(DO_BOTH, FIGURES, HUDDLE)), AWARD));
    expect(neverAsked.find((o) => o.text.startsWith(HUDDLE))!.acts).toContain('DOING_FOR chiamaka');
  });

  it('the wording tells are spread: at bay 3 the best is not the only "Tell Diane no"; at the report the best no longer carries the textbook "acuity and skill mix" (it stays in the scene and the note)', () => {
    const bay3 = optionsAt(decisionAt(playBy(S3, [DO_BOTH]), GARY));
    // Fourteenth round: three now, two of them also catching Chiamaka at the trolley afterwards.
    expect(bay3.filter((o) => o.text.startsWith('Tell Diane no')).length).toBe(3);
    expect(bay3.filter((o) => o.text.endsWith('catch Chiamaka at the trolley afterwards')).length).toBe(2);
    const report = optionsAt(decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT, ASK_TOM, SHARE_THE_BAYS)), REPORT));
    for (const o of report) expect(o.text).not.toContain('acuity');
    expect(readAlong(path(DO_BOTH, CO_PRESENT, ASK_TOM, SHARE_THE_BAYS))).toContain('by acuity and skill mix');
  });

  it('the ending says what Daniel asks the clinic across town to draw (the stereotype read: an unclear "it")', () => {
    const text = readAlong(bestPathTo(SHARE_THE_BAYS));
    expect(text).toContain('asks them to draw what they mean');
  });
});

// Final check of the tenth round (reviews/final-tenth-S1-S3.md). MUST: a room of eight (room12) all rang for Chiamaka
// on the path where she had already said she was staying, and none named her bay: the cost of calling her up (six
// patients, bay 3's obs at half two) was shown at seven and again only after the choice. It is now a fact on the ward
// board in Matron's office, before the choice; scores and labels are unchanged. SHOULD: the two report options that
// share out the bays now open alike, so the difference is the board clause, not "across the ward" and "own rota".
describe('S3 after the final check of the tenth round (f15)', () => {
  it("Matron's office (MUST, fair at the moment of choice): what ringing for Chiamaka costs her (six patients, bay 3's obs due at half two) is in sight before the options, on every path where she is on bay 3 (fifteenth round: through the glass she is at Mrs Walsh's bed with Diane watching, the walk back to her accuser that relaying spares her); ringing her in is now INVITE and the best, relaying second; labels unchanged", () => {
    const board =
      "Through the glass, Chiamaka is at Mrs Walsh's bed, with Diane watching. Bay 3's obs are due at half two.";
    for (const bay3 of [DO_BOTH, LATER, REFUSE]) {
      const office = transcript(S3, [bay3], 'stop');
      const from = indexIn(office, 'At two, Matron Okonjo');
      expectInOrder(office.slice(from), "She's never once come to me about it.", 'read back to her.', board);
      // It is the last thing the scene says before the options: nothing after it pulls the other way.
      expect(office.trimEnd().endsWith(board)).toBe(true);
    }
    // Where she was moved she is on bay 5, not bay 3: the board line would not be true there.
    expect(readAlong([MOVED])).not.toContain('Through the glass');
    const record = decisionAt(playBy(S3, [DO_BOTH, RELAY_TO_MATRON]), MATRON);
    const options = optionsAt(record);
    const find = (prefix: string) => options.find((o) => o.text.startsWith(prefix))!;
    const relay = find(RELAY_TO_MATRON);
    const callIn = find(CALL_HER_IN);
    expect(relay.text).toBe("Say no to the move, and tell Matron, in Chiamaka's own words, where she wants to work");
    expect(callIn.text).toBe('Say no to the move, and ring the ward for Chiamaka to come and read the letter');
    expect(relay.acts).toEqual(['CHALLENGE', 'ADVOCATE chiamaka']);
    expect(callIn.acts).toContain('INVITE chiamaka');
    expect(total(callIn)).toBe(Math.max(...options.map(total)));
    expect(total(callIn)).toBeGreaterThan(total(relay));
    // Moved without a word, ringing for her is still the best: her say is worth it (fourteenth round: the only path
    // where her wish is unknown).
    const neverAsked = optionsAt(decisionAt(playBy(S3, [MOVED, MOVED_CALL_HER_IN]), MATRON));
    const ring = neverAsked.find((o) => o.text.startsWith(MOVED_CALL_HER_IN))!;
    expect(total(ring)).toBe(Math.max(...neverAsked.map(total)));
  });

  it('the report (SHOULD): both options that share out the bays open the same way ("Share out the heavy bays, and"; no date, as the traps carry the dates), so what tells them apart is what goes to the board; their moves are unchanged', () => {
    const report = optionsAt(decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT, ASK_TOM, SHARE_THE_BAYS)), REPORT));
    const sharing = report.filter((o) => o.text.startsWith('Share out the heavy bays, and '));
    expect(sharing.map((o) => o.text)).toEqual([
      'Share out the heavy bays, and take the trust-wide figures to the board',
      'Share out the heavy bays, and report to the board on what the "About me" cards have changed',
    ]);
    for (const o of report) expect(o.text).not.toMatch(/across the ward|your own rota/);
    const best = sharing[0]!;
    expect(total(best)).toBe(Math.max(...report.map(total)));
    expect(total(sharing[1]!)).toBeLessThan(total(best));
  });
});

// Eleventh round (options only): three cold readers saw only the labels. At bay 3 two of three took the best as the
// union of refusing and asking; at the board all three took the one label with "paid time" and a place on the
// platform; at the award all three ruled out "Nominate yourself" and "keep it a surprise" and took "before anything
// goes on it". The tells are spread or gone; every score and every best stays as it was.
describe('S3 eleventh mend (options only): the answer is no longer in the wording', () => {
  const labels = (prefixes: string[], moment: string) => optionsAt(decisionAt(playBy(S3, prefixes), moment));

  it('bay 3: refusing and recording also goes to Chiamaka (now a copy of the report, the twelfth round), so the best is not the union of the others; seeing your words is not shaping them, so it stays INDIRECT at P 0, below refusing then asking her', () => {
    const options = labels([DO_BOTH], GARY);
    const find = (prefix: string) => options.find((o) => o.text.startsWith(prefix))!;
    const refuse = find(REFUSE);
    expect(refuse.text).toContain("in Diane's own words, copying Chiamaka in");
    expect(refuse.acts).toEqual(['CHALLENGE chiamaka', 'CREDIT chiamaka', 'INDIRECT chiamaka']);
    expect(options.filter((o) => o.text.includes('Chiamaka')).length).toBe(options.length);
    for (const other of options) if (other !== find(DO_BOTH)) expect(total(other)).toBeLessThan(total(find(DO_BOTH)));
    // What she wanted in it is shown by the outcome: her copy of the learner's words, and what it left out.
    const text = readAlong([REFUSE]);
    expect(text).toContain('Chiamaka gets the copy.');
    expect(text).toContain("You didn't put that I was two metres away with her mum's tablets.");
  });

  it('the board: the ally words sit on the weaker options ("in her own words" on the talk built without her, "as she asked" and "no one\'s story" on Matron\'s figures), the invitation says what it costs the learner (half the slot), and no label says "paid time"; giving Matron the platform is no act towards the nurse the board asked about, so it stays CHALLENGE alone, and the two best still tie above it', () => {
    const options = labels(path(DO_BOTH, CO_PRESENT), 'The board presentation');
    const find = (prefix: string) => options.find((o) => o.text.startsWith(prefix))!;
    expect(options.map((o) => o.text).join(' | ')).not.toContain('paid time');
    // Story-b (cold reads 17: both readers took the invitation, "give them the mic").
    expect(find("Build the talk round Chiamaka's year").text).toContain('in her own words');
    expect(find(FIGURES).text).toContain("with her, as she asked, and no one's story");
    expect(find(CO_PRESENT).text).toBe('Cut your slides to five minutes, and offer Chiamaka the other five');
    expect(readAlong(path(DO_BOTH, CO_PRESENT))).toContain('Two of your slides go');
    const matron = find(FIGURES);
    expect(matron.acts).toEqual(['CHALLENGE']);
    const [offer, themes] = [find(CO_PRESENT), find("Put Chiamaka's year in as themes")];
    expect(total(offer)).toBe(total(themes));
    expect(total(matron)).toBeLessThan(total(offer));
    expect(readAlong(path(DO_BOTH, FIGURES))).toContain('My figures this time');
  });

  it('the award: no option is ruled out on sight ("Nominate yourself", "keep it a surprise") and the best carries no consent marker ("before anything goes on it"); nominating Chiamaka now asks Tom on his break about his own name, the right question to one of the two, and still decides for her (DOING_FOR, or OVERRIDE after her no), so the private asks stay best in both states', () => {
    for (const board of [FIGURES, CO_PRESENT]) {
      const options = labels(path(DO_BOTH, board), AWARD);
      const words = options.map((o) => o.text).join(' | ');
      expect(words).not.toMatch(/Nominate yourself|keep it a surprise|before anything goes on it/);
      const best = Math.max(...options.map(total));
      expect(total(options.find((o) => o.text.startsWith(NOMINATE_SELF))!)).toBeLessThan(best);
    }
    // Fourteenth round: where she never said no, Tom said his terms at the desk, so the nomination asks her and
    // carries his, and is the best; after her no it asks Tom and decides for her.
    const neverAsked = labels(path(DO_BOTH, FIGURES), AWARD);
    const carry = neverAsked.find((o) => o.text.startsWith(NOMINATE_HER))!;
    expect(carry.text).toContain('once Chiamaka has said yes');
    expect(total(carry)).toBe(Math.max(...neverAsked.map(total)));
    const afterNo = labels(path(DO_BOTH, CO_PRESENT), AWARD).find((o) => o.text.startsWith(NOMINATE_HER))!;
    expect(afterNo.text).toContain('once Tom has said yes');
    expect(afterNo.acts).toContain('ASK_CONSENT tom');
    const saidNo = labels(path(DO_BOTH, CO_PRESENT), AWARD);
    const nominated = saidNo.find((o) => o.text.startsWith(NOMINATE_HER))!;
    expect([nominated.voice, nominated.power, nominated.courage]).toEqual([-2, -2, 0]);
    expect(total(saidNo.find((o) => o.text.startsWith(ASK_TOM))!)).toBe(Math.max(...saidNo.map(total)));
    // Tom's answer is in the outcome, and Chiamaka's is still not asked.
    const text = readAlong(path(DO_BOTH, CO_PRESENT, NOMINATE_HER));
    expect(text).toContain('Tom says yes to his name');
    expect(text).toContain('without a word to her');
  });
});

describe('S3 eleventh mend: a verdict worth keeping', () => {
  it("the award, never asked: entering the learner's own Activator work once Chiamaka and Tom have said the card can go in asks the right question privately and still puts the learner's name in the box (CENTRE_SELF caps voice at -1 and courage at 0: -1/2/0), so it scores below asking each about a nomination of their own; after her no it does not ask her again (-1/1/0)", () => {
    const neverAsked = optionsAt(decisionAt(playBy(S3, path(DO_BOTH, FIGURES)), AWARD));
    const entry = neverAsked.find((o) => o.text.startsWith(NOMINATE_SELF))!;
    expect(entry.text).toContain('once Chiamaka and Tom have said the card can go in it');
    expect(entry.acts).toEqual(['AMPLIFY chiamaka', 'CENTRE_SELF chiamaka', 'ASK_CONSENT chiamaka', 'ASK_CONSENT tom']);
    expect([entry.voice, entry.power, entry.courage]).toEqual([-1, 2, 0]);
    const ask = neverAsked.find((o) => o.text.startsWith(ASK_PRIVATELY))!;
    expect(total(entry)).toBeLessThan(total(ask));
    const text = readAlong(path(DO_BOTH, FIGURES, NOMINATE_SELF));
    expect(text).toContain('On her break you tell Chiamaka it');
    expect(text).toContain('The programme lead puts your photograph on the front of her case for protected time');
    const saidNo = optionsAt(decisionAt(playBy(S3, path(DO_BOTH, CO_PRESENT)), AWARD));
    const entryAfterNo = saidNo.find((o) => o.text.startsWith(NOMINATE_SELF))!;
    expect(entryAfterNo.text).not.toContain('once Chiamaka');
    expect([entryAfterNo.voice, entryAfterNo.power, entryAfterNo.courage]).toEqual([-1, 1, 0]);
  });
});

describe('S3 twelfth round (the REVIEW11 educator and stereotype reads; the second options-only read)', () => {
  const labels = (prefixes: string[], moment: string) => optionsAt(decisionAt(playBy(S3, prefixes), moment));

  it("the award (MUST, both reads): the self-entry's label says whose name goes in the box (Tom is an Activator too, so \"Ward 7's Activator work\" could read as a joint entry), and the ask says it's the learner's entry, so both yeses are informed and the score stands (-1/2/0, below the private ask)", () => {
    for (const board of [FIGURES, CO_PRESENT]) {
      const entry = labels(path(DO_BOTH, board), AWARD).find((o) => o.text.startsWith(NOMINATE_SELF))!;
      expect(entry.text).toContain('your own name');
      expect(entry.text).not.toContain("Ward 7's Activator work");
    }
    const neverAsked = labels(path(DO_BOTH, FIGURES), AWARD);
    const entry = neverAsked.find((o) => o.text.startsWith(NOMINATE_SELF))!;
    expect(entry.acts).toEqual(['AMPLIFY chiamaka', 'CENTRE_SELF chiamaka', 'ASK_CONSENT chiamaka', 'ASK_CONSENT tom']);
    expect([entry.voice, entry.power, entry.courage]).toEqual([-1, 2, 0]);
    expect(total(entry)).toBeLessThan(total(neverAsked.find((o) => o.text.startsWith(ASK_PRIVATELY))!));
    const text = readAlong(path(DO_BOTH, FIGURES, NOMINATE_SELF));
    expectInOrder(
      text,
      "On her break you tell Chiamaka it's your entry",
      'The card can go in, she says',
      'Tom agrees.',
    );
    expect(text).not.toMatch(/didn't say whose name|found out it was your entry/);
  });

  it('the award after her no (educator MUST): "nothing with my name" covers her name in anyone\'s entry, so the self-entry no longer credits her by name on the intranet; it credits Tom\'s design and "Ward 7\'s nurses", as the best does, and the flaw it is scored for is the learner\'s name in the box (AMPLIFY tom + CENTRE_SELF: -1/1/0), still below both best options', () => {
    const saidNo = labels(path(DO_BOTH, CO_PRESENT), AWARD);
    const entry = saidNo.find((o) => o.text.startsWith(NOMINATE_SELF))!;
    expect(entry.text).not.toContain("Chiamaka's idea");
    expect(entry.text).toContain("Tom's design and Ward 7's nurses");
    expect(entry.acts).toEqual(['AMPLIFY tom', 'CENTRE_SELF tom']);
    expect([entry.voice, entry.power, entry.courage]).toEqual([-1, 1, 0]);
    for (const best of [ASK_TOM, KEEP_BOTH_WORDS])
      expect(total(entry)).toBeLessThan(total(saidNo.find((o) => o.text.startsWith(best))!));
    const text = readAlong(path(DO_BOTH, CO_PRESENT, NOMINATE_SELF));
    const award = text.slice(indexIn(text, 'Your entry has'), indexIn(text, 'Six months on'));
    expect(award).toContain("from an idea of Ward 7's nurses");
    expect(award).not.toMatch(/Chiamaka's and Tom's names|Chiamaka's idea/);
  });

  it('bay 3 (SHOULD, both reads): the member of staff harmed does not sign an incident report; it is logged and she is copied in, and her words go in as an update, so the option refuses, records and tells her (the complete-looking one); without her say in the wording it stays INDIRECT at P 0, below refusing then asking her', () => {
    const options = labels([DO_BOTH], GARY);
    const refuse = options.find((o) => o.text.startsWith(REFUSE))!;
    expect(refuse.text).not.toMatch(/sign/);
    expect(refuse.acts).toEqual(['CHALLENGE chiamaka', 'CREDIT chiamaka', 'INDIRECT chiamaka']);
    expect([refuse.voice, refuse.power, refuse.courage]).toEqual([2, 1, 1]);
    expect(total(refuse)).toBeLessThan(total(options.find((o) => o.text.startsWith(DO_BOTH))!));
    const text = readAlong([REFUSE]);
    expect(text).not.toMatch(/before she signs|handed me the pen/);
    expectInOrder(text, 'Chiamaka gets the copy.', 'You put what she said.', 'You add her line.');
  });

  it('the award (options only, all three readers took the bare private ask): nominating the card with both names, once Tom has said yes, is the complete-looking option, the very entry the best ends with, made without asking Chiamaka; her name in public is hers to sign for (comms covered it for want of her form, a scene before), so it still decides for her (2/-1/0, OVERRIDE after her no), below the private asks in both states', () => {
    // Fourteenth round (options only, 3 of 3 took "Take the form to Chiamaka, then Tom"): where she never said no,
    // Tom says his terms at the desk, so this label asks her instead and carries his (1/2/2), above asking both
    // (1/2/0). After her no it is as before: it asks Tom and decides for her (OVERRIDE).
    const neverAsked = labels(path(DO_BOTH, FIGURES), AWARD);
    const card = neverAsked.find((o) => o.text.startsWith(NOMINATE_HER))!;
    expect(card.text).toContain("Chiamaka's name on the idea and Tom's on the design");
    expect(card.acts).toEqual(['ASK_CONSENT chiamaka', 'ADVOCATE tom']);
    expect([card.voice, card.power, card.courage]).toEqual([1, 2, 2]);
    const askBoth = neverAsked.find((o) => o.text.startsWith(ASK_PRIVATELY))!;
    expect([askBoth.voice, askBoth.power, askBoth.courage]).toEqual([1, 2, 0]);
    const saidNo = labels(path(DO_BOTH, CO_PRESENT), AWARD);
    const cardAfterNo = saidNo.find((o) => o.text.startsWith(NOMINATE_HER))!;
    expect([cardAfterNo.voice, cardAfterNo.power, cardAfterNo.courage]).toEqual([-2, -2, 0]);
    const text = readAlong(path(DO_BOTH, CO_PRESENT, NOMINATE_HER));
    expectInOrder(text, 'so they ask to cover the corner', 'without a word to her', 'explain her visa to a stranger');
  });

  it('the board (educator SHOULD): Matron said yes to the brochure because no felt costlier, so her yes to presenting the figures is shown as her own (her figures, not her face); still CHALLENGE alone, below the two best', () => {
    const text = readAlong(path(DO_BOTH, FIGURES));
    expectInOrder(text, 'I said yes, because I thought no would cost me more.', 'My figures this time, not my face.');
    expect(text).not.toContain("That's what I meant.");
    const matron = labels(path(DO_BOTH, FIGURES), 'The board presentation').find((o) => o.text.startsWith(FIGURES))!;
    expect(matron.acts).toEqual(['CHALLENGE']);
  });
});

describe('S3 thirteenth round (the REVIEW12 educator and stereotype reads)', () => {
  const board = (prefixes: string[]) => decisionAt(playBy(S3, prefixes), 'The board presentation');

  it('the board (educator SHOULD): offering Matron the place for her figures never asks Chiamaka, who is in the room, and scores 0/0/2 against the two best (1/2/2 and 2/2/1); practitioners don\'t dispute a gap that wide, so it is no longer contested (the facilitator would see "practitioners differ" on a plain weaker option); the two best stay contested with each other, and no score changed', () => {
    for (const prefixes of [path(DO_BOTH, CO_PRESENT), path(LATER, FIGURES)]) {
      const record = board(prefixes);
      const options = optionsAt(record);
      const figures = options.find((o) => o.text.startsWith(FIGURES))!;
      expect([figures.voice, figures.power, figures.courage]).toEqual([0, 0, 2]);
      expect(record.options.find((o) => o.text.startsWith(FIGURES))!.contested).toBe(false);
      const contested = record.options.filter((o) => o.contested).map((o) => o.text);
      expect(contested).toHaveLength(2);
      for (const text of contested)
        expect(total(options.find((o) => o.text === text)!)).toBeGreaterThan(total(figures));
    }
    expect(board(path(DO_BOTH, FIGURES)).contested).toBe(false);
  });

  it("the award, never asked (stereotype SHOULD): Chiamaka's yes covers her own name in the entry, not only Tom's, so her later guarding of her name (her visa) follows a yes she is shown giving; the score stands (-1/2/0)", () => {
    const text = readAlong(path(DO_BOTH, FIGURES, NOMINATE_SELF));
    expectInOrder(
      text,
      "On her break you tell Chiamaka it's your entry.",
      "The card can go in, she says, her name beside Tom's.",
      'Tom agrees.',
    );
    const award = optionsAt(decisionAt(playBy(S3, path(DO_BOTH, FIGURES, NOMINATE_SELF)), AWARD));
    const entry = award.find((o) => o.text.startsWith(NOMINATE_SELF))!;
    expect(entry.acts).toContain('AMPLIFY chiamaka');
    expect([entry.voice, entry.power, entry.courage]).toEqual([-1, 2, 0]);
  });
});

// Fourteenth round (session 9, options-only readers: D31 "Matron's fix" 3 of 3 at 67 % chance, because ringing for
// Chiamaka was best on the path where she had not been asked and relaying her best where she had). Refusing and
// logging it, she now says unasked that she stays on bay 3, so her wish is unknown only where she was moved; there
// Matron says "keep her in bay 5", and the agreeing label says "keep her on". Each version has one best.
describe('S3 fourteenth round: the last tells', () => {
  it("Matron's fix: refusing Diane and logging it, Chiamaka says unasked that she stays on bay 3 (known_wishes), so relaying her is advocacy there (fifteenth round: ringing for her is INVITE and the best, her wish predating the letter); only after moving her without a word is her wish unknown, and there ringing for her is the best and the agreeing label reads 'keep her on bay 5'", () => {
    const text = readAlong([REFUSE, RELAY_TO_MATRON]);
    expectInOrder(text, "I've had her mum since Thursday. I'm staying on bay 3.", 'At two, Matron Okonjo');
    for (const bay3 of [DO_BOTH, LATER, REFUSE]) {
      const record = decisionAt(playBy(S3, [bay3, RELAY_TO_MATRON]), MATRON);
      expect(record.context.people.chiamaka?.mandate).toBe('known_wishes');
      const options = optionsAt(record);
      expect(options.map((o) => o.text)).toContain(
        "Agree to bay 5 until Mrs Walsh goes home, with Diane's words in the reply, as Chiamaka asked",
      );
      const best = options.filter((o) => total(o) === Math.max(...options.map(total)));
      expect(best.map((o) => o.acts)).toEqual([['CHALLENGE', 'INVITE chiamaka']]);
      expect(options.find((o) => o.text.startsWith(RELAY_TO_MATRON))!.acts).toContain('ADVOCATE chiamaka');
    }
    const moved = decisionAt(playBy(S3, [MOVED, MOVED_CALL_HER_IN]), MATRON);
    expect(moved.context.people.chiamaka?.mandate).toBe('none');
    const options = optionsAt(moved);
    expect(options.find((o) => o.text.startsWith('Agree to'))!.text).toMatch(/^Agree to keep her on bay 5 until/);
    const best = options.filter((o) => total(o) === Math.max(...options.map(total)));
    expect(best.map((o) => o.text)).toEqual([
      'Ask Matron to put her back on bay 3, and ring the ward for Chiamaka to come and read the letter',
    ]);
  });
});

// Review fixes on the fourteenth round (session 9: the stereotype reader's two MUSTs and both readers' SHOULDs).
describe("S3 review fixes on the fourteenth round: the learner's words are the learner's, and a yes is a yes", () => {
  it("bay 3, her wish said for her (story-b, in place of the CV option, which cold reads 17 ruled out on sight as 'justifies her by credentials'): the learner's line says only what the label says (she wants to stay), a guess nobody has checked, so it is speaking for her (R1, source=inferred) and the library asks what the learner actually knew; it keeps the glasses and the back-to-the-bay lines, so only the middle clause differs; her card says the no was right and the wish was hers; Diane's card is her own view, not a lesson", () => {
    const record = decisionAt(playBy(S3, [LATER]), GARY);
    expect(record.choice.text).toBe(
      "Tell Diane no, Chiamaka wants to stay her mum's nurse; catch Chiamaka at the trolley afterwards",
    );
    expect(actsOf(record)).toContain('SPEAK_FOR chiamaka');
    const text = readAlong([LATER]);
    const bay3 = text.slice(
      indexIn(text, 'No. Chiamaka wants to stay your mum'),
      indexIn(text, 'At two, Matron Okonjo'),
    );
    expect(bay3).not.toContain('Lagos');
    expect((record.reflect ?? []).join(' ')).not.toMatch(/Lagos|trained/);
    expectInOrder(
      bay3,
      "No. Chiamaka wants to stay your mum's nurse, and she is. Let's get those glasses on her.",
      'She goes back to the bay.',
      "I do want to stay. I'd have said so myself, like I did in bay 6.",
    );
    const cards = record.perspectives.map((p) => p.text).join(' ');
    expect(cards).toContain('No was yours to say. What I want was mine. No was enough.');
    expect(cards).not.toContain('You said no for me');
    expect(cards).toContain('I asked for an English one. I still wrote the letter.');
  });

  it('bay 3 (SHOULD): the best and the log option refuse by the rule and say she is the nurse today, not that she is experienced (a lighter form of the CV fault); their moves are unchanged', () => {
    for (const prefix of [DO_BOTH, REFUSE]) {
      const said = spokenAlong([prefix]).filter((l) => l.speaker === 'you' && l.to === 'diane');
      expect(said[0].text).toMatch(
        /^No\. We don't (change|choose) nurses .*where they're from\. Chiamaka's your mum's nurse today\./,
      );
      expect(said.map((l) => l.text).join(' ')).not.toContain('experienced');
    }
    expect(actsOf(decisionAt(playBy(S3, [DO_BOTH]), GARY))).toContain('INVITE chiamaka');
  });

  it("Matron's fix, where the learner moved her (SHOULD): the labels and the learner's line own the move ('Ask Matron to put her back on bay 3', 'I moved her this morning without asking her'), her 'Now you're asking' is said to the learner, not to Matron; on the log path her wish to stay comes with her own clinical reason; moves and verdicts unchanged (ringing best after the move, relaying best after she said it)", () => {
    const said = spokenAlong([MOVED, MOVED_CALL_HER_IN]);
    const mine = said.find((l) => l.speaker === 'you' && l.to === 'okonjo')!;
    // Story-b: the learner put the swap to her in the bay's hearing, so the line owns that, not "without asking her".
    expect(mine.text).toBe(
      'I put the swap to her this morning with Diane watching. Where she works is hers to say, not mine or yours. Can she come in, with her rep if she wants?',
    );
    const hers = said.find((l) => l.text.startsWith('Nobody from bay 3 is watching this time.'))!;
    expect(hers.speaker).toBe('chiamaka');
    expect(hers.to).toBe('you');
    const moved = optionsAt(decisionAt(playBy(S3, [MOVED, MOVED_CALL_HER_IN]), MATRON));
    expect(moved.filter((o) => o.text.startsWith('Ask Matron to put her back on bay 3')).length).toBe(2);
    expect(moved.map((o) => o.text).join(' | ')).not.toContain('Say no to the move');
    const best = moved.filter((o) => total(o) === Math.max(...moved.map(total)));
    expect(best.map((o) => o.acts)).toEqual([['CHALLENGE', 'REMOVE_BARRIER chiamaka']]);
    expect(readAlong([MOVED, MOVED_RELAY])).toContain(
      'I want her back on bay 3. She only said yes to bay 5 with Diane watching.',
    );
    const logged = spokenAlong([REFUSE]).find((l) => l.text.includes("I'm staying on bay 3"))!;
    expect(logged.text).toContain("I've had her mum since Thursday. I'm staying on bay 3.");
  });

  it("the award, where Chiamaka hasn't said no (MUST): Tom says a plain yes to the card going in, with his terms (both names, no speech) and a want of his own (to be the nurse who designed a card), once Matron has gone, at the drugs cupboard, so he chose who heard it (he is entered); that makes known_wishes true, so carrying his terms is advocacy and the best; asking him again is second, and shows what it asks of him", () => {
    const text = readAlong(path(DO_BOTH, FIGURES, NOMINATE_HER));
    expectInOrder(
      text,
      'You should put yourself in.',
      "When Matron's gone, Tom catches you at the drugs cupboard.",
      'Put the card in. Both our names or nothing, and no speech',
      "This time I'd like to be the nurse who designed a card.",
    );
    expect(text).not.toContain('If the card goes in');
    expect(text).toContain("Tom's design, with a line for hearing.");
    const record = decisionAt(playBy(S3, path(DO_BOTH, FIGURES, NOMINATE_HER)), AWARD);
    expect(record.context.people.tom?.present).toBe(true);
    expect(record.context.people.tom?.mandate).toBe('known_wishes');
    const options = optionsAt(record);
    const carry = options.find((o) => o.text.startsWith(NOMINATE_HER))!;
    const ask = options.find((o) => o.text.startsWith(ASK_PRIVATELY))!;
    expect(carry.acts).toEqual(['ASK_CONSENT chiamaka', 'ADVOCATE tom']);
    for (const other of options) if (other !== carry) expect(total(carry)).toBeGreaterThan(total(other));
    expect(total(ask)).toBeLessThan(total(carry));
    expect(readAlong(path(DO_BOTH, FIGURES, ASK_PRIVATELY))).toContain('I already said yes. Both names, no speech.');
  });
});

// Last read of session 9 (/work/wt/notes/lastread-edu.md and lastread-ster.md): text only, no move or score changed.
describe('S3 last read (session 9): cards and lines that match what happened on the path', () => {
  const cardsOf = (prefixes: string[], who: string) =>
    decisionAt(playBy(S3, prefixes), AWARD)
      .perspectives.filter((p) => p.who === who)
      .map((p) => p.text);

  it('the award best (MUST, both reads): nobody asked Tom on that path (he gave his yes unasked at the drugs cupboard, and the best\'s reason is that he isn\'t asked again), so his card says his word was taken, never "they asked me"; the best is still ASK_CONSENT chiamaka + ADVOCATE tom, above every other option', () => {
    const prefixes = path(DO_BOTH, FIGURES, NOMINATE_HER);
    expect(cardsOf(prefixes, 'tom')).toEqual([
      'Both names, no speech, like I said at the cupboard. For once, someone took me at my word.',
    ]);
    expect(cardsOf(prefixes, 'tom').join(' ')).not.toMatch(/asked me/);
    // The cupboard is on the page before the choice, so the card points at something the learner saw.
    expectInOrder(
      readAlong(prefixes),
      "When Matron's gone, Tom catches you at the drugs cupboard.",
      'You nominate the "About me" card with both names, no speech.',
    );
    const record = decisionAt(playBy(S3, prefixes), AWARD);
    expect(actsOf(record)).toEqual(['ASK_CONSENT chiamaka', 'ADVOCATE tom']);
    const options = optionsAt(record);
    const carry = options.find((o) => o.text.startsWith(NOMINATE_HER))!;
    for (const other of options) if (other !== carry) expect(total(carry)).toBeGreaterThan(total(other));
  });

  it("the huddle where Chiamaka hasn't said no (SHOULD, both reads): Tom had already said yes, and no speech, at the cupboard, so his card says so and says what the huddle lost (the second half), not that he said yes because she did; the move is unchanged", () => {
    const prefixes = path(DO_BOTH, FIGURES, HUDDLE);
    expect(cardsOf(prefixes, 'tom')).toEqual([
      // Session 12 (curtain call S4): the ward voted, it didn't cheer, and "the second half" was unclear.
      "I'd said at the cupboard: the card, both names, no speech. The ward voted her name in before anyone said the card.",
    ]);
    expect(cardsOf(prefixes, 'tom').join(' ')).not.toMatch(/yes because she did/);
    expect(readAlong(prefixes)).toContain('Put the card in. Both our names or nothing, and no speech');
    expect(actsOf(decisionAt(playBy(S3, prefixes), AWARD))).toEqual([
      'INVITE chiamaka',
      'INVITE tom',
      'DOING_FOR chiamaka',
    ]);
  });

  it("Matron's fix, agreeing to keep her on bay 5 after the learner moved her (stereotype SHOULD): the learner tells Chiamaka, and Matron takes over beside them, so the Black matron no longer carries the learner's move while the learner hears it from the desk; where Chiamaka said she'd stay, Matron's move is still Matron's to explain; the moves are unchanged", () => {
    const moved = readAlong([MOVED, 'Agree to keep her on bay 5']);
    expect(moved).toContain('You tell Chiamaka why, at the end of her shift. Matron, beside you, takes over halfway.');
    expect(moved).not.toContain('Matron explains the move to Chiamaka');
    expect(moved).not.toContain('hear most of it');
    expect(readAlong([DO_BOTH, 'Agree to bay 5'])).toContain(
      "Matron explains the move to Chiamaka at the end of the shift. You're at the desk and hear most of it.",
    );
    // Story-b: its label no longer says the reply quotes Diane, so it no longer records anything (no INDIRECT).
    expect(actsOf(decisionAt(playBy(S3, [MOVED, 'Agree to keep her on bay 5']), MATRON))).toEqual([
      'COLLUDE',
      'DOING_FOR chiamaka',
    ]);
  });
});

// Room 13 (session 9, /work/wt/notes/room-judge.md, CONTESTED): six seats of six rang for Chiamaka on the asked path.
describe('S3 room 13 (session 9)', () => {
  it("Matron's office, after Chiamaka said \"I'm staying on bay 3\": ringing her in and telling Matron yourself are both contested, because her wish was made before she knew of the oxygen allegation and the complaint, and ringing her in makes her argue it again with her senior; the note asks whether the Chiamaka who said 'staying' knew; the moved path is not contested (fifteenth round: ringing her in re-scored as INVITE, 2/2/2)", () => {
    for (const bay3 of [DO_BOTH, LATER, REFUSE]) {
      const record = decisionAt(playBy(S3, [bay3, CALL_HER_IN]), MATRON);
      expect(record.contested).toBe(true);
      const contested = record.options.filter((o) => o.contested).map((o) => o.text);
      expect(contested).toHaveLength(2);
      expect(contested[0]).toMatch(new RegExp(`^${CALL_HER_IN}`));
      expect(contested[1]).toMatch(new RegExp(`^${RELAY_TO_MATRON}`));
      expect(record.notes.join(' ')).toMatch(
        /so both are contested: did the Chiamaka who said "staying" know about the oxygen allegation\?/,
      );
      const options = optionsAt(record);
      const relay = options.find((o) => o.text.startsWith(RELAY_TO_MATRON))!;
      const callIn = options.find((o) => o.text.startsWith(CALL_HER_IN))!;
      expect([relay.voice, relay.power, relay.courage]).toEqual([1, 1, 2]);
      expect([callIn.voice, callIn.power, callIn.courage]).toEqual([2, 2, 2]);
    }
    const moved = decisionAt(playBy(S3, [MOVED, MOVED_CALL_HER_IN]), MATRON);
    expect(moved.contested).toBe(false);
    expect(moved.options.some((o) => o.contested)).toBe(false);
  });
});

// Fifteenth round (session 10, /work/wt/r15/room13-the-script.md): the room of six went unanimous or five-to-one on
// most decisions. Each now shows, before the choice, what pulls towards another option (said by a person or shown),
// and only Matron's fix changes its verdict: ringing for Chiamaka is INVITE, not BURDEN.
describe('S3 fifteenth round: decisions a room would argue about', () => {
  const before = (prefixes: string[]) => transcript(S3, prefixes, 'stop');
  const best = (prefixes: string[], moment: string) => {
    const options = optionsAt(decisionAt(playBy(S3, prefixes), moment));
    const top = Math.max(...options.map(total));
    return options.filter((o) => total(o) === top).map((o) => o.text);
  };

  it("Matron's fix (voice model, the INVITE row and BURDEN's definition): ringing for Chiamaka to tell Matron where she wants to work brings a person into a decision about her that her senior is making without her (`invite`, +1 courage at rank below), and asks her nothing about her oppression, so it is INVITE, not BURDEN; her 'staying' came before she knew the letter says she left the oxygen off, so it is the best (2/2/2), relaying her morning's words contested and second (1/1/2)", () => {
    for (const bay3 of [DO_BOTH, LATER, REFUSE]) {
      const record = decisionAt(playBy(S3, [bay3, CALL_HER_IN]), MATRON);
      expect(record.context.rank).toBe('below');
      expect(record.context.people.chiamaka?.present).toBe(false);
      expect(actsOf(record)).toEqual(['CHALLENGE', 'INVITE chiamaka']);
      expect(actsOf(record)).not.toContain('BURDEN chiamaka');
      expect([record.voice, record.power, record.courage]).toEqual([2, 2, 2]);
      expect(best([bay3, CALL_HER_IN], MATRON)).toEqual([
        'Say no to the move, and ring the ward for Chiamaka to come and read the letter',
      ]);
    }
    // Its cost is in sight before the choice (she is at Mrs Walsh's bed, with Diane watching) and paid after it
    // (a colleague has the oxygen while she is in the office), and her card says both what she gained and what it cost.
    const office = before([DO_BOTH]);
    expectInOrder(
      office.slice(indexIn(office, 'At two, Matron Okonjo')),
      'The letter says "the African lady" left Mum\'s oxygen off.',
      "Through the glass, Chiamaka is at Mrs Walsh's bed, with Diane watching.",
    );
    const after = readAlong([DO_BOTH, CALL_HER_IN]);
    expectInOrder(
      after,
      "I've got obs due at half past. Quickly.",
      "On bay 3, a colleague's put Mrs Walsh's oxygen back on.",
    );
    const card = decisionAt(playBy(S3, [DO_BOTH, CALL_HER_IN]), MATRON);
    // Session 12 (curtain call S6): the reflect weighs both sides, not the one answer "a colleague".
    expect((card.reflect ?? []).join(' ')).toContain('What did that give her, and what did it cost?');
  });

  it('bay 3: Mrs Walsh calls for Tom, the nurse she knows, before the choice (a real pull towards giving him her bay); granting it now, in reply to "an English nurse", is still collusion, and refusing and asking Chiamaka still the best', () => {
    const text = before([]);
    expectInOrder(
      text,
      "I'd like her to have an English nurse.",
      'Mrs Walsh has seen Tom: "Tom, love!" She calls Chiamaka "love" too.',
    );
    expect(best([DO_BOTH], GARY)[0]).toMatch(new RegExp(`^${DO_BOTH}`));
    const give = optionsAt(decisionAt(playBy(S3, [DO_BOTH]), GARY)).find((o) => o.text.startsWith(MOVED))!;
    expect(give.acts).toEqual(['COLLUDE', 'INVITE chiamaka']);
    const note = decisionAt(playBy(S3, [DO_BOTH]), GARY).notes.join(' ');
    expect(note).toContain('Tom can say hello and help settle her without taking her bay');
  });

  it('handover: Tom laughs along and the new student asks whether to laugh before the choice (the room of six asked Tom first, five of six, for his say over his hearing): a put-down at the desk is learnt at the desk; naming it stays best, asking him afterwards contested and below (sixteenth round: she asks it aloud)', () => {
    const text = before([DO_BOTH, CALL_HER_IN]);
    expectInOrder(
      text,
      'Keep up, Tom. Get your ears syringed.',
      'A couple of people laugh; so does Tom. The new student looks at you, unsure whether to laugh.',
    );
    const top = best([DO_BOTH, CALL_HER_IN, NAME_AND_FIX], 'Handover');
    expect(top.some((t) => t.startsWith(NAME_AND_FIX))).toBe(true);
    expect(top.some((t) => t.startsWith(WAIT_THEN_ASK_TOM))).toBe(false);
  });

  it("bed 12: the son in bay 9 says his dad has been nil by mouth since midnight, a person the best's twelve minutes cost; the passport handed to Dr Price stays best", () => {
    const text = before([DO_BOTH, CALL_HER_IN, NAME_AND_FIX]);
    expectInOrder(text, 'Is it bloods?', '"Dad\'s nil by mouth since midnight," his son tells Tom.');
    expect(best([DO_BOTH, CALL_HER_IN, NAME_AND_FIX, PASSPORT_TO_PRICE], DANIEL)[0]).toMatch(
      new RegExp(`^${PASSPORT_TO_PRICE}`),
    );
  });

  it("the board: Matron's brochure pulls one way and Chiamaka's 'in my words' the other, both before the choice; the two best still tie", () => {
    const prefixes = [DO_BOTH, CALL_HER_IN, NAME_AND_FIX, PASSPORT_TO_PRICE];
    expectInOrder(
      before(prefixes),
      'No. I said yes, because I thought no would cost me more.',
      "If my year goes up there, it's in my words.",
    );
    const top = best([...prefixes, CO_PRESENT], 'The board presentation');
    expect(top).toHaveLength(2);
    expect(top[0]).toMatch(new RegExp(`^${CO_PRESENT}`));
  });

  it("the award: Tom's 'her idea, her name' is said when he unpins the card, months before the form, so it pulls towards leaving the box empty; asking him and keeping both words still tie", () => {
    const prefixes = [DO_BOTH, CALL_HER_IN, NAME_AND_FIX, PASSPORT_TO_PRICE, CO_PRESENT];
    expectInOrder(
      before(prefixes),
      "Tom unpins the card and keeps it in his pocket until they've gone.",
      'Her idea, her name. Or it stays in my pocket.',
      'The form asks for a person or a team.',
    );
    const top = best([...prefixes, ASK_TOM], AWARD);
    expect(top.map((t) => t.slice(0, 20))).toEqual([ASK_TOM.slice(0, 20), KEEP_BOTH_WORDS.slice(0, 20)]);
  });

  it('the report: Matron names what changing the rota costs her before the choice; sharing the bays and sending the trust-wide figures stays best', () => {
    const prefixes = bestPathTo(SHARE_THE_BAYS).slice(0, 6);
    expectInOrder(
      before(prefixes),
      "Touch those bays before the board does, and I'll have a queue at my door.",
      'Tell them the nurses from overseas still get the heaviest bays.',
    );
    expect(best(bestPathTo(SHARE_THE_BAYS), REPORT)).toEqual([
      'Share out the heavy bays, and take the trust-wide figures to the board',
    ]);
  });
});

// Fifteenth round, the two reads of the round's change (/work/wt/notes/r15-edu-the-script.md, r15-ster-the-script.md).
// No move or score changed; each test names the finding it answers.
describe('S3 fifteenth round: the educator and stereotype reads', () => {
  it("Matron's fix (educator MUST): Chiamaka reads the letter before she answers, and answers the allegation itself ('She pulled it off herself. It's charted.'), so her card ('I read it, and said it again') and the reflect describe what happens, on the asked path and the moved one", () => {
    for (const prefixes of [
      [DO_BOTH, CALL_HER_IN],
      [MOVED, MOVED_CALL_HER_IN],
    ]) {
      const text = readAlong(prefixes);
      expectInOrder(
        text,
        'Matron rings the ward.',
        'Matron turns the screen to Chiamaka: "Step round this one. I did."',
        "She pulled it off herself. It's charted. You stepped round them, Matron. I'd rather they stepped round me.",
        'Matron is quiet.',
        prefixes[0] === MOVED ? 'Bay 3, then.' : 'Stay, then.',
      );
      expect(text).not.toContain('I watched you do it when I started');
    }
    const said = spokenAlong([DO_BOTH, CALL_HER_IN]).find((l) => l.text.startsWith('She pulled it off herself.'))!;
    expect([said.speaker, said.to]).toEqual(['chiamaka', 'okonjo']);
    const card = decisionAt(playBy(S3, [DO_BOTH, CALL_HER_IN]), MATRON);
    expect((card.reflect ?? []).join(' ')).toContain('Chiamaka read the letter and answered it herself, off her bay.');
  });

  it("Matron's fix (stereotype COULDs, educator SHOULD): before the choice she is at Mrs Walsh's bed with Diane watching (relaying's real pull: it spares her the walk back to her accuser), not shown at the oxygen as proof of her innocence; after ringing her in, a colleague, not Tom, has Mrs Walsh's oxygen", () => {
    const office = transcript(S3, [DO_BOTH], 'stop');
    expect(office).toContain("Through the glass, Chiamaka is at Mrs Walsh's bed, with Diane watching.");
    expect(office).not.toContain("Chiamaka is putting Mrs Walsh's oxygen back on");
    const after = readAlong([DO_BOTH, CALL_HER_IN]);
    expect(after).toContain("On bay 3, a colleague's put Mrs Walsh's oxygen back on.");
    expect(after).not.toContain("Tom has put Mrs Walsh's oxygen back on");
  });

  it("Matron's fix (educator SHOULD): the note says what separates ringing her in from BURDEN elsewhere (nothing has changed there; here the letter has), in the same words the award uses for Tom ('a wish given before'), with support offered; relaying still contested and second", () => {
    const note = decisionAt(playBy(S3, [DO_BOTH, CALL_HER_IN]), MATRON).notes.join(' ');
    expect(note).toContain('Asking again is a burden when nothing has changed');
    expect(note).toContain('a wish given before the letter');
    expect(note).toContain('with support offered');
    expect(note).not.toContain('Ringing her in scores a little higher');
    const award = decisionAt(playBy(S3, bestPathTo(SHARE_THE_BAYS)), AWARD).notes.join(' ');
    expect(award).toContain('a wish given before her no');
  });

  it('bay 3 (stereotype SHOULD): Mrs Walsh calls Chiamaka "love" too, straight after "Tom, love!", so her call for Tom reads as familiarity, not as Diane\'s request in the patient\'s voice; the pull stays, and granting the move is still collusion', () => {
    const text = transcript(S3, [], 'stop');
    expectInOrder(
      text,
      "I'd like her to have an English nurse.",
      '"Tom, love!" She calls Chiamaka "love" too.',
      'Chiamaka, two metres away at the drugs trolley, hears it.',
    );
    expect(text).not.toContain('Is it you?');
    const record = decisionAt(playBy(S3, [DO_BOTH]), GARY);
    expect(record.notes.join(' ')).toContain('familiarity, not race');
    const give = optionsAt(record).find((o) => o.text.startsWith(MOVED))!;
    expect(give.acts).toEqual(['COLLUDE', 'INVITE chiamaka']);
  });

  it("bed 12 (stereotype SHOULD, educator SHOULD): the note no longer weighs Daniel's adjustment against the man nil by mouth (the round was late before bed 12, and his fast is Tom's to escalate to any doctor now); Tom turned away from the noise, and the passport is Daniel's own words", () => {
    const prefixes = [DO_BOTH, CALL_HER_IN, NAME_AND_FIX, PASSPORT_TO_PRICE];
    const note = decisionAt(playBy(S3, prefixes), DANIEL).notes.join(' ');
    expect(note).toContain("His fast is Tom's to escalate to any doctor now");
    expect(note).toContain('a round that was late before bed 12');
    expect(note).not.toMatch(/costs him most|every minute at bed 12/);
    const text = readAlong(prefixes);
    expect(text).toContain('Tom, at the back, turned half away from the noise, asks for bed 14 again.');
    expect(text).toContain('in his own words and pictures');
    const handover = decisionAt(playBy(S3, prefixes), 'Handover').notes.join(' ');
    expect(handover).toContain('only if it is given at the desk, or if someone tells her after');
  });

  it("the board and the report (stereotype COULDs): Chiamaka's 'in my words' is said to the learner, who decides, not as one more correction of her Nigerian senior; Matron's cost is the bays, changed before the board does, her settled view that the fix comes from above", () => {
    const said = spokenAlong(bestPathTo(SHARE_THE_BAYS)).find((l) => l.text.includes('If my year goes up there'))!;
    expect([said.speaker, said.to]).toEqual(['chiamaka', 'you']);
    const text = readAlong(bestPathTo(SHARE_THE_BAYS));
    expect(text).toContain("Touch those bays before the board does, and I'll have a queue at my door.");
    expect(text).not.toContain('Touch that rota');
  });
});

// Sixteenth round (session 10, /work/wt/r16/room15-the-script.md): room 15 was unanimous at the board (six of six
// offered Chiamaka the place), five of six asked Tom afterwards at handover, and five of six rang for Chiamaka in
// Matron's office. Each now has, said by a person before the choice, a reason on the side the room passed over that
// a thoughtful professional can't wave away. No move, score, label or verdict changed.
describe('S3 sixteenth round: a reason on each side, said by a person before the choice', () => {
  const before = (prefixes: string[]) => transcript(S3, prefixes, 'stop');
  const THEMES = "Put Chiamaka's year in as themes";
  /** The scores of the option starting with `prefix` at `moment`, as [voice, power, courage]. */
  const scoresAt = (prefixes: string[], moment: string) => {
    const options = optionsAt(decisionAt(playBy(S3, prefixes), moment));
    return (prefix: string) => {
      const o = options.find((option) => option.text.startsWith(prefix))!;
      return [o.voice, o.power, o.courage];
    };
  };

  it("the board (six of six offered her the place, 'her year, her words'): her visa renewal was said only after the choice, so the themes' reason (a public board, its papers online) was never in sight; Chiamaka now names it herself, to the learner, in the same breath as 'my words', and her immigration facet is shown before the choice; it is said once on each path; the two best still tie, co-presenting first", () => {
    const prefixes = [DO_BOTH, CALL_HER_IN, NAME_AND_FIX, PASSPORT_TO_PRICE];
    expectInOrder(
      before(prefixes),
      'The board meets in public; its papers go online a week before.',
      'No. I said yes, because I thought no would cost me more.',
      "If my year goes up there, it's in my words. My visa's up next spring.",
    );
    const said = spokenAlong(prefixes).find((l) => l.text.includes("My visa's up next spring."))!;
    expect([said.speaker, said.to]).toEqual(['chiamaka', 'you']);
    expect(playBy(S3, prefixes).shownFacets.chiamaka).toContain('immigration');
    for (const choice of [CO_PRESENT, THEMES, FIGURES]) {
      const text = readAlong([...prefixes, choice]);
      expect(text.split("My visa's up").length - 1).toBe(1);
      expect(text).not.toContain('up for renewal');
    }
    const scores = scoresAt([...prefixes, CO_PRESENT], 'The board presentation');
    expect(scores(CO_PRESENT)).toEqual([2, 2, 1]);
    expect(scores(THEMES)).toEqual([1, 2, 2]);
    const record = decisionAt(playBy(S3, [...prefixes, CO_PRESENT]), 'The board presentation');
    expect(record.options.filter((o) => o.contested).map((o) => o.text.slice(0, 20))).toEqual([
      CO_PRESENT.slice(0, 20),
      THEMES.slice(0, 20),
    ]);
    expect(record.notes.join(' ')).toContain('Chiamaka names her renewal herself, before the choice');
  });

  it('handover (five of six asked Tom afterwards, for his say over his hearing; nobody weighed the student looking round): the new student looks to the nurse in charge, unsure whether to laugh, after the laugh and before the options, so what the desk teaches a learner (NMC Code 20.8) is a person waiting on the answer (educator read: not a whispered question that no option answers); the note names the pull each way; naming the joke stays best (contested, at the desk or in the office), asking Tom after contested and below; labels unchanged', () => {
    const text = before([DO_BOTH, CALL_HER_IN]);
    expectInOrder(
      text,
      'Keep up, Tom. Get your ears syringed.',
      'A couple of people laugh; so does Tom.',
      'The new student looks at you, unsure whether to laugh.',
      "Dr Price's ward round starts in ten minutes.",
    );
    expect(text).not.toContain('looks round, unsure');
    expect(text).not.toContain('Do we laugh');
    const prefixes = [DO_BOTH, CALL_HER_IN, NAME_AND_FIX];
    // What she takes away shows in each outcome (educator read): the desk's answer, or the laugh she joins.
    expect(readAlong(prefixes)).toContain('The student writes "one voice" on her sheet.');
    expect(readAlong([DO_BOTH, CALL_HER_IN, WAIT_THEN_ASK_TOM])).toContain('The student laughs too.');
    const scores = scoresAt(prefixes, 'Handover');
    expect(scores(NAME_AND_FIX)).toEqual([2, 2, 1]);
    expect(scores('Say only "one voice at a time"')).toEqual([2, 2, 1]);
    expect(scores(WAIT_THEN_ASK_TOM)).toEqual([2, 2, -1]);
    const record = decisionAt(playBy(S3, prefixes), 'Handover');
    expect(record.options.map((o) => o.text)).toContain(
      'Run handover one voice at a time, and ask Tom afterwards if he wants the joke taken up with Dr Price',
    );
    const note = record.notes.join(' ');
    expect(note).toContain('the new student looks to you, the nurse in charge, unsure whether to laugh');
    expect(note).toContain('That is the pull against asking Tom first; his say over his hearing is the pull for it.');
  });

  it("Matron's office (five of six rang for Chiamaka, 'she speaks for herself'): Matron says, before the choice, that if Chiamaka comes in she'll agree with her matron (the power gap a relay spares her), so ringing her in puts her wish to the senior who wants her moved, and relaying spares her that; on every path where she is on bay 3, not where she was moved; ringing her in stays best (2/2/2), relaying second (1/1/2), both contested", () => {
    const line = "If she comes in, she'll agree with me. I'm her matron.";
    for (const bay3 of [DO_BOTH, LATER, REFUSE]) {
      const office = before([bay3]);
      expectInOrder(
        office.slice(indexIn(office, 'At two, Matron Okonjo')),
        'read back to her.',
        line,
        "Through the glass, Chiamaka is at Mrs Walsh's bed, with Diane watching.",
      );
      const scores = scoresAt([bay3, CALL_HER_IN], MATRON);
      expect(scores(CALL_HER_IN)).toEqual([2, 2, 2]);
      expect(scores(RELAY_TO_MATRON)).toEqual([1, 1, 2]);
      const record = decisionAt(playBy(S3, [bay3, CALL_HER_IN]), MATRON);
      expect(record.options.filter((o) => o.contested)).toHaveLength(2);
    }
    const said = spokenAlong([DO_BOTH, CALL_HER_IN]).find((l) => l.text === line)!;
    expect([said.speaker, said.to]).toEqual(['okonjo', 'you']);
    expect(before([MOVED])).not.toContain(line);
    const note = decisionAt(playBy(S3, [DO_BOTH, CALL_HER_IN]), MATRON).notes.join(' ');
    expect(note).toContain('and who expects her to agree');
  });
});

// Seventeenth round, the whole-story read (/work/wt/notes/r17-read-the-script.md): lines that were false on some path.
// No move, score or verdict changed; each test names the seam it closes, on the path that showed it.
describe('S3 seventeenth round: the whole-story read', () => {
  const SEND_AS_THEY_STAND = 'Put the Ward 7 figures';

  it("the ending after sending Ward 7's figures as they stand mentions no spring review: only the option that asks Chiamaka first puts a review of bay allocation on the board's list", () => {
    const text = readAlong(path(DO_BOTH, CO_PRESENT, ASK_TOM, SEND_AS_THEY_STAND));
    expect(text).not.toContain('A review of bay allocation goes on its list');
    expect(text).not.toContain('The spring review');
    expect(text).toContain('No review of bay allocation has reported.');
    expect(readAlong(path(DO_BOTH, CO_PRESENT, ASK_TOM, SHOW_HER_FIRST))).toContain(
      'A review of bay allocation goes on its list for the spring.',
    );
  });

  it("the board asks for a year's allocation figures, not every quarter, so holding them back for a full year's figures (and the ending's 'next year's report') is true to what it asked", () => {
    const co = readAlong(path(DO_BOTH, CO_PRESENT, ASK_TOM, MATRON_HOURS));
    expect(co).not.toContain('every quarter from now on');
    expectInOrder(
      co,
      "The chair asks for a full year's figures.",
      'The allocation figures are in: three months, one ward.',
      "The allocation figures are on the agenda for next year's report.",
    );
    const themes = readAlong(path(DO_BOTH, "Put Chiamaka's year in as themes", ASK_TOM, MATRON_HOURS));
    expect(themes).not.toContain('next quarter');
    expect(themes).toContain("The board asks for a year's allocation figures.");
  });

  it("bed 12, after the learner told Dr Price about Tom's hearing: he faces Tom on the round, so Tom catches the question first time, not leaning in from the far side", () => {
    const text = readAlong([DO_BOTH, CALL_HER_IN, TELL_PRICE]);
    expectInOrder(text, 'On the round he faces Tom', 'Tom is facing Dr Price and catches the question first time.');
    expect(text).not.toContain('on the far side of the bed');
  });

  it("bed 12, handing Dr Price the passport: his card says the folder was on the table the whole time, where the scene put it, not in Daniel's bag", () => {
    const prefixes = [DO_BOTH, CALL_HER_IN, NAME_AND_FIX, PASSPORT_TO_PRICE];
    expect(readAlong(prefixes)).toContain('His red folder is on the table.');
    const card = decisionAt(playBy(S3, prefixes), DANIEL).perspectives.find((p) => p.who === 'price')!;
    expect(card.text).toContain('It was on his table the whole time.');
    expect(card.text).not.toContain('bag');
  });

  it("Matron's office, where the learner moved her and then guesses her wish: she is on bay 5, so the learner reads her yes to the swap as said under Diane's eye, and she says she wants bay 3 back, not that she wants to stay", () => {
    const text = readAlong([MOVED, MOVED_RELAY]);
    expect(text).not.toMatch(/stay Mrs Walsh's nurse|does want to stay/);
    expectInOrder(
      text,
      'Chiamaka takes bay 5',
      "I want her back on bay 3. She only said yes to bay 5 with Diane watching. She'd want Mrs Walsh back. I know her.",
      'When you ask, Chiamaka says she wants bay 3 back.',
    );
  });
});

// Seventeenth round, the second whole-story read (/work/wt/notes/r17-read2-the-script.md): seams left after the first
// mend. No move, score or verdict changed; each test names the seam it closes, on the path that showed it.
describe('S3 seventeenth round: the second whole-story read', () => {
  it("bed 12 is on Monday's round, not Thursday's: after the handover options that end 'On Thursday...', the scene says whose round it is, so Daniel's 'home by Thursday' is still ahead of him", () => {
    for (const option of [FORMAT_ONLY, WAIT_THEN_ASK_TOM, 'Say only']) {
      const text = readAlong([DO_BOTH, CALL_HER_IN, option, PASSPORT_THEN_ASK]);
      expectInOrder(
        text,
        'On Thursday',
        "Monday's round reaches bed 12. Daniel Marsh, who lives in supported living, is sitting up in his work fleece",
        'I want to go home by Thursday.',
      );
    }
  });

  it("Matron's office, where the learner moved her: Diane never said she'd write on that path, so the letter is news ('Diane's written to the chief executive'), not 'Diane's letter'", () => {
    const moved = readAlong([MOVED, MOVED_CALL_HER_IN]);
    expect(moved).toContain("Diane's written to the chief executive; it's on screen.");
    expect(moved).not.toContain("Diane's letter");
    const asked = readAlong([DO_BOTH, CALL_HER_IN]);
    expectInOrder(asked, "I'll be writing to the chief executive.", "Diane's letter is on screen.");
  });
});

// Session 12, the curtain call read (/work/wt/notes/r18-curtain-the-script.md): every `reflect:` can now reach a
// learner (the debrief takes the path's lowest- and highest-scored decisions), so each is read against the paths
// that take its option; cards and lines that were false on a path are mended. No move, score or verdict changed.
describe('S3 the curtain call (session 12)', () => {
  const library = parsePromptLibrary(promptsData);
  const promptsAlong = (prefixes: string[]) => {
    const playthrough = playBy(S3, prefixes);
    return selectPrompts(playthrough.log, playthrough.header, library, { rotation: 0 }).map((p) => p.text);
  };
  const reflectAt = (prefixes: string[], moment: string) =>
    (decisionAt(playBy(S3, prefixes), moment).reflect ?? []).join(' ');
  const cardOf = (prefixes: string[], moment: string, who: string) =>
    decisionAt(playBy(S3, prefixes), moment).perspectives.find((p) => p.who === who)!.text;
  const THEMES = "Put Chiamaka's year in as themes";
  const STORY_TAKEN = "Build the talk round Chiamaka's year";
  const AGREE = 'Agree to';

  it("the cast gives Tom no age (MUST M2, M3): no line uses it, and at 26 it keyed 'grew up when being open about who you love could cost a job' and 'did anyone talk to a relative instead of to Tom'", () => {
    const tom = playBy(S3, []).header.cast.find((c) => c.id === 'tom')!;
    expect(tom.facets.map((f) => f.key)).not.toContain('age');
    expect(tom.facets.length).toBeGreaterThanOrEqual(3);
    // 1,1,3,1,2,1,1,3,4,2 and the best path, 1,1,2,1,1,3,1,1,4,3.
    const asked = promptsAlong([
      DO_BOTH,
      RELAY_TO_MATRON,
      FORMAT_ONLY,
      PASSPORT_THEN_ASK,
      FIGURES,
      ASK_PRIVATELY,
      'Put the Ward 7 figures',
    ]);
    const best = promptsAlong(bestPathTo(SHARE_THE_BAYS));
    for (const text of [...asked, ...best]) {
      expect(text).not.toContain('Tom grew up when');
      expect(text).not.toContain('instead of to Tom');
    }
  });

  it('bay 3 (SHOULD S5, COULD C1, C5): logging it, the update Chiamaka asked for was Diane\'s words, not hers, and the reflect asks what her wording recorded, not a one-answer "whose words"; doing both, Diane asks about the oxygen "that afternoon", as the scene says', () => {
    const log = decisionAt(playBy(S3, [REFUSE]), GARY);
    const chiamaka = log.perspectives.find((p) => p.who === 'chiamaka')!.text;
    // Story-b: Diane's words are in the log from the start; what went in after, because she asked, is her own line.
    expect(chiamaka).toContain('What it was like to hear it went in after, because I asked.');
    expect(chiamaka).not.toContain('Mine went in as an update');
    expect((log.reflect ?? []).join(' ')).toBe(
      "Chiamaka added a line to your report. What did her line record that yours didn't?",
    );
    const both = cardOf([DO_BOTH], GARY, 'chiamaka');
    expect(both).toContain('that afternoon');
    expect(both).not.toContain('by one');
  });

  it("Matron's fix (SHOULD S6, S1): ringing her in, the reflect weighs what answering the letter herself gave her and cost her, not a one-answer 'who watched the oxygen'; guessing her wish after moving her, it doesn't ask 'how did you know?', which the library's speak_for question asks (its wording now: the second read, S1)", () => {
    for (const bay3 of [DO_BOTH, REFUSE, LATER]) {
      const ring = reflectAt([bay3, CALL_HER_IN], MATRON);
      expect(ring).toBe(
        'Chiamaka read the letter and answered it herself, off her bay. What did that give her, and what did it cost?',
      );
    }
    const guessed = reflectAt([MOVED, MOVED_RELAY], MATRON);
    expect(guessed).not.toContain('How did you know?');
  });

  it("handover (walk 7, now shown as the path's lowest decision): telling Dr Price about Tom's hearing asks what else would have made the round safe, not 'whose was it to tell', which the library's override question asks", () => {
    const reflect = reflectAt([MOVED, MOVED_RELAY, TELL_PRICE], 'Handover');
    expect(reflect).not.toContain('Whose was it to tell him why?');
    expect(reflect).toContain('Dr Price faced Tom on the round. What else could have made it safe for Tom');
  });

  it("bed 12 (COULD C2, C4): the moment is a short scene title, not a question inside the debrief's question ('At “Who talks to Daniel?”, what…'), and Daniel's card after the passport says what the scene shows (Dr Price's long words at the tablets), not 'seizure', a word Daniel used himself", () => {
    for (const choice of [PASSPORT_TO_PRICE, PASSPORT_THEN_ASK, FROM_THE_NOTES]) {
      const moments = playBy(S3, [DO_BOTH, CALL_HER_IN, NAME_AND_FIX, choice]).log.decisions.map((d) => d.moment);
      expect(moments).toContain("Daniel's ward round");
      expect(moments.every((m) => !m?.endsWith('?'))).toBe(true);
    }
    const prefixes = [DO_BOTH, CALL_HER_IN, NAME_AND_FIX, PASSPORT_TO_PRICE];
    expect(readAlong(prefixes)).toContain('I had a seizure at work');
    const daniel = cardOf(prefixes, "Daniel's ward round", 'daniel');
    expect(daniel).not.toContain('seizure');
    expect(daniel).toContain('till I said draw them');
  });

  it('the board (COULD C3): where Chiamaka presents (trust 3 or more), her card says she said yes to five minutes (half the slot) in her words and no to the rest, not "I said no to parts of it … My visa comes first" after she stood up at a public board; where she said no, it stays', () => {
    const presents = [DO_BOTH, CALL_HER_IN, NAME_AND_FIX, PASSPORT_TO_PRICE, CO_PRESENT];
    expect(readAlong(presents)).toContain('All right. Five minutes, my words. Then your numbers.');
    const yes = cardOf(presents, 'The board presentation', 'chiamaka');
    expect(yes).toBe("Five minutes, my words. No to the rest till my visa's through.");
    const declines = [MOVED, MOVED_RELAY, NAME_AND_FIX, PASSPORT_TO_PRICE, CO_PRESENT];
    expect(readAlong(declines)).toContain('No. Not in front of the board, not this year.');
    expect(cardOf(declines, 'The board presentation', 'chiamaka')).toContain('I said no to parts of it.');
  });

  it("now that the path's lowest decision brings its reflect, the worst options' reflects don't ask what the library already asks there: moving Chiamaka asks what Diane and the bay learnt, not 'who decided' (doing_for); agreeing with Matron asks what disagreeing would take, not what the move protected (collude); nominating her after her no asks how else her idea could be credited, not what you knew (override: 'wishes were already clear')", () => {
    // 1,4,1,1,3,2,1,2,3,4 and 1,1,1,1,1,1,1,1,1,1 and 1,3,2,1,4,2,1,4,2,2.
    const moved = reflectAt([MOVED], GARY);
    // Story-b: the collusion is the swap put to her in the bay's hearing, so its reflect asks what she could say there.
    expect(moved).toBe('You asked Chiamaka in front of Diane and the bay. What answer could she give there?');
    expect(moved).not.toMatch(/decided/);
    for (const bay3 of [DO_BOTH, MOVED]) {
      const agreed = reflectAt([bay3, AGREE], MATRON);
      expect(agreed).toBe(
        'Matron meant it as protection, and had done the same since 1998. What would it have taken to disagree with her?',
      );
      expect(readAlong([bay3, AGREE])).toContain('Since 1998.');
    }
    const nominated = [LATER, CALL_HER_IN, WAIT_THEN_ASK_TOM, FROM_THE_NOTES, THEMES, NOMINATE_HER];
    expect(readAlong(nominated)).toContain('she rings comms from the office to take her name off');
    expect(reflectAt(nominated, AWARD)).not.toMatch(/wishes|what did you know/i);
  });

  it("the award (SHOULD S3, S4): on the self-entry Tom was asked ('Tom agrees'), so his card no longer says 'Nobody asked about mine', and its reflect asks what their yes covered, not a one-answer 'whose name was in the box'; at the huddle the ward voted, so Tom's card says so, not 'the ward cheered'", () => {
    // 1,4,3,1,5,1,1,3,1,5
    const self = [MOVED, MOVED_RELAY, 'Say only', PASSPORT_THEN_ASK, FIGURES, NOMINATE_SELF];
    expect(readAlong(self)).toContain('Tom agrees.');
    const tom = cardOf(self, AWARD, 'tom');
    expect(tom).not.toContain('Nobody asked');
    expect(tom).toBe('I said yes to the card going in your entry. I drew it in my breaks. You collected the prize.');
    expect(reflectAt(self, AWARD)).toBe(
      "Chiamaka and Tom said yes to the card going in your entry. What did their yes cover, and what didn't it?",
    );
    const afterNo = [DO_BOTH, CALL_HER_IN, NAME_AND_FIX, PASSPORT_TO_PRICE, THEMES, NOMINATE_SELF];
    expect(reflectAt(afterNo, AWARD)).not.toContain('Whose name was in the box?');
    // 1,4,1,1,3,2,1,2,3,4
    const huddle = [MOVED, AGREE, TELL_PRICE, FROM_THE_NOTES, STORY_TAKEN, HUDDLE, CARDS_REPORT];
    expect(readAlong(huddle)).toContain('the ward votes before she has said a word');
    const atHuddle = cardOf(huddle, AWARD, 'tom');
    expect(atHuddle).not.toContain('cheered');
    expect(atHuddle).toBe(
      "I'd said at the cupboard: the card, both names, no speech. The ward voted her name in before anyone said the card.",
    );
  });
});

// Session 12, the second curtain-call read (/work/wt/notes/r18-read2-the-script.md, educator + stereotype lens): each
// `reflect:` is read against what the path's other questions already ask and what the scene shows; one card is moved
// inside the branch it is true on. No act, move, score or verdict changed.
describe('S3 the second curtain-call read (session 12)', () => {
  const library = parsePromptLibrary(promptsData);
  const promptsAlong = (prefixes: string[]) => {
    const playthrough = playBy(S3, prefixes);
    return selectPrompts(playthrough.log, playthrough.header, library, { rotation: 0 });
  };
  const reflectAt = (prefixes: string[], moment: string) =>
    (decisionAt(playBy(S3, prefixes), moment).reflect ?? []).join(' ');
  const cardOf = (prefixes: string[], moment: string, who: string) =>
    decisionAt(playBy(S3, prefixes), moment).perspectives.find((p) => p.who === who)?.text;
  const THEMES = "Put Chiamaka's year in as themes";
  const STORY_TAKEN = "Build the talk round Chiamaka's year";
  const AGREE = 'Agree to';
  const PRESENTS = [DO_BOTH, CALL_HER_IN, NAME_AND_FIX, PASSPORT_TO_PRICE, CO_PRESENT];

  it("Matron's fix, guessed (SHOULD S1): the reflect takes up Matron's 'I do that too', not when you could have asked her, which the library's speak_for question on the same decision asks ('What would it have taken to hear it first-hand?')", () => {
    // 1,4,3,1,5,1,1,3,1,5
    const prefixes = [MOVED, MOVED_RELAY];
    expect(cardOf(prefixes, MATRON, 'okonjo')).toContain('I do that too.');
    const reflect = reflectAt(prefixes, MATRON);
    expect(reflect).toBe('Matron said she speaks for Chiamaka too. What would help you both stop?');
    expect(reflect).not.toMatch(/asked her yourself|first-hand/);
    // Story-b: the swap at bay 3 is COLLUDE and INVITE, no longer DOING_FOR, so this path takes the notes at bed 12
    // (a second SPEAK_FOR) to stay a Rescuer path, whose own question is the library's speak_for one.
    const prompts = promptsAlong([...prefixes, 'Say only', FROM_THE_NOTES, FIGURES, NOMINATE_SELF]);
    expect(prompts.some((p) => p.family === 'speak_for' && p.text.includes('first-hand'))).toBe(true);
  });

  it('bay 3, moved (SHOULD S2): Mrs Walsh "settles a little" and pulls her oxygen off again at two, so the reflect says she settled a little, not that she settled', () => {
    expect(readAlong([MOVED])).toContain(
      'Mrs Walsh knows Tom, and settles a little. At two she pulls her oxygen off again',
    );
    expect(reflectAt([MOVED], GARY)).not.toMatch(/settled with Tom/);
  });

  it("the report, best path (SHOULD S3): the reflect asks what made copying the night list easy to keep doing, not the one-answer 'who had been writing it' (the opening says: you)", () => {
    const best = bestPathTo(SHARE_THE_BAYS);
    expect(readAlong(best)).toContain("At seven you wrote the allocation from the night team's list, as usual.");
    const reflect = reflectAt(best, REPORT);
    expect(reflect).not.toContain('Who had been writing it');
    expect(reflect).toBe(
      "You'd written the allocation from the night team's list, as usual. What made that easy to keep doing?",
    );
  });

  it("the board (SHOULD S4): where Chiamaka presents, Matron's card doesn't say she'd have pushed her to do what she did; where she said no, it stays", () => {
    expect(readAlong(PRESENTS)).toContain('All right. Five minutes, my words.');
    const yes = cardOf(PRESENTS, 'The board presentation', 'okonjo');
    expect(yes).toBe("She did it her way. I'd have pushed her into mine. Don't tell her I said that.");
    const declines = [MOVED, MOVED_RELAY, NAME_AND_FIX, PASSPORT_TO_PRICE, CO_PRESENT];
    expect(readAlong(declines)).toContain('No. Not in front of the board, not this year.');
    expect(cardOf(declines, 'The board presentation', 'okonjo')).toBe(
      "I'd have pushed her to do it. Don't tell her I said that.",
    );
  });

  it("the huddle (SHOULD S5): the reflect no longer asks the one-answer 'who could say no without the whole ward watching', which Chiamaka's card answers on screen; before her no it asks how the ward and she could each have had a say, after it what made the huddle feel a fair place to ask again", () => {
    // 1,4,1,1,3,2,1,2,3,4 (worst): she has not said no.
    const before = [MOVED, AGREE, TELL_PRICE, FROM_THE_NOTES, STORY_TAKEN, HUDDLE];
    expect(readAlong(before)).toContain('Every face turns to Chiamaka.');
    expect(reflectAt(before, AWARD)).toBe(
      'Every face turned to Chiamaka. How else could the ward have had its say, and she hers?',
    );
    // walk 7, 1,1,3,1,3,2,1,1,3,4: after "no prizes, no posters".
    const after = [...PRESENTS, HUDDLE];
    expect(readAlong(after)).toContain('No prizes, no posters.');
    expect(reflectAt(after, AWARD)).toBe(
      "She'd already told you no. What made the huddle feel a fair place to ask again?",
    );
    for (const prefixes of [before, after]) expect(reflectAt(prefixes, AWARD)).not.toContain('who could say no');
  });

  it("the report, Ward 7's page (SHOULD S6): the reflect weighs what showing Chiamaka first would have cost and given, not the one-answer 'whose weeks', which her card answers", () => {
    // 1,3,2,1,4,2,1,4,2,2
    const prefixes = [
      LATER,
      CALL_HER_IN,
      WAIT_THEN_ASK_TOM,
      FROM_THE_NOTES,
      THEMES,
      NOMINATE_HER,
      'Put the Ward 7 figures',
    ];
    expect(cardOf(prefixes, REPORT, 'chiamaka')).toContain('my own weeks');
    const reflect = reflectAt(prefixes, REPORT);
    expect(reflect).not.toContain('Whose weeks');
    expect(reflect).toBe(
      'The figures were true and the board acted. What would showing Chiamaka first have cost, and given?',
    );
  });

  it("handover in private (SHOULD S7): the reflect asks what you'd say at the desk next time, not 'who heard it', which with the contested question ('strongest case against') made two questions on whether private was right", () => {
    // 1,2,3,1,5,1,1,3,2,5
    const prefixes = [REFUSE, RELAY_TO_MATRON, 'Say only', PASSPORT_THEN_ASK, FIGURES, 'Nominate the card'];
    const reflect = reflectAt(prefixes, 'Handover');
    expect(reflect).toBe('Dr Price heard it in private. What would you say at the desk next time?');
    expect(reflect).not.toContain('Who heard it');
  });

  it("telling Dr Price (COULD C1): the reflect names who isn't told ('without you telling Dr Price about his hearing'), where 'without telling him why' could be Tom or Dr Price", () => {
    // walk 7 and the worst path
    const reflect = reflectAt([DO_BOTH, CALL_HER_IN, TELL_PRICE], 'Handover');
    expect(reflect).toBe(
      'Dr Price faced Tom on the round. What else could have made it safe for Tom, without you telling Dr Price about his hearing?',
    );
  });

  it("the talk built round her year (COULD C2): the reflect asks what building it with her would have changed, not 'what did that hide', which her card answers ('It hid my say')", () => {
    const prefixes = [MOVED, AGREE, TELL_PRICE, FROM_THE_NOTES, STORY_TAKEN];
    expect(cardOf(prefixes, 'The board presentation', 'chiamaka')).toContain('It hid my say.');
    expect(reflectAt(prefixes, 'The board presentation')).toBe(
      "You used Chiamaka's own words and left her name off. What would building the talk with her have changed?",
    );
  });

  it("nominating her after her no (COULD C3): her no was about her name, so the reflect asks what made putting her name on the idea still feel right, not how else her idea could be credited; nor 'checking with her first', which asking again after her no would be", () => {
    const prefixes = [LATER, CALL_HER_IN, WAIT_THEN_ASK_TOM, FROM_THE_NOTES, THEMES, NOMINATE_HER];
    expect(readAlong(prefixes)).toContain('And no prizes, no posters');
    const reflect = reflectAt(prefixes, AWARD);
    expect(reflect).toBe(
      'Chiamaka had said no prizes, no posters. What made putting her name on the idea still feel right?',
    );
    expect(reflect).not.toContain('credited');
  });
});

// Session 17 fact check (/work/wt/notes/facts.md): notes only, each dated. What was read at the primary source is
// named with its address; what still wasn't found there says so, so an educator never teaches a memory as the Code.
describe('S3 facts, session 17', () => {
  it("the handover's note still flags NMC Code 20.8 as quoted from memory, and says it was searched for again and not found", () => {
    const note = decisionAt(playBy(S3, [DO_BOTH, RELAY_TO_MATRON, NAME_AND_FIX]), 'Handover').notes.join(' ');
    expect(note).toContain('20.8: a role model for students; quoted from memory, not checked at source');
    expect(note).toContain("searched again on 2026-12-07 hold no copy of the 2018 Code's clause 20.8");
  });

  it("bed 12's note says where the Accessible Information Standard's six steps and the flag's deadline were read (NHS England's own pages, 2026-12-07)", () => {
    const route = [DO_BOTH, RELAY_TO_MATRON, NAME_AND_FIX, PASSPORT_TO_PRICE];
    const note = decisionAt(playBy(S3, route), DANIEL).notes.join(' ');
    expect(note).toContain(
      'identify, record, flag, share, meet and review communication needs (read at source, www.england.nhs.uk/long-read/accessible-information-standard-requirements-dapb1605, 2026-12-07',
    );
    expect(note).toContain(
      'and again 2026-12-07 at www.england.nhs.uk/long-read/the-reasonable-adjustment-digital-flag',
    );
    // A web address in a tag keeps no "//": ink would take the rest of the note for a comment.
    expect(note).not.toContain('https:');
  });
});

// Mend-a (/work/wt/notes/educator18a.md): the session-18 option rewrites left continuity slips in what a learner
// reads, one guess that no longer guessed, and Chiamaka explaining the learner's mistakes to them. No move or score
// changed; each test names the slip it closes, on the path that showed it.
describe('S3 mend-a: the educator read of the session-18 rewrites', () => {
  const cardOf = (prefixes: string[], moment: string, who: string) =>
    decisionAt(playBy(S3, prefixes), moment).perspectives.find((p) => p.who === who)!.text;

  it('the log path (M2, S1): Chiamaka asks, before Matron\'s office, for Diane\'s words to be kept in anything going upstairs, so "as Chiamaka asked" and "the way I asked" are true there; and reporting the abuse is not made to wait for her yes', () => {
    const text = readAlong([REFUSE]);
    expect(text).toContain('Keep her words in anything that goes upstairs.');
    // A relative's abuse of staff is reported by the nurse in charge as a duty; the target is told and shapes the
    // wording, but the report does not need her permission.
    expect(text).not.toContain('Ask me before my name goes on a form');
    expectInOrder(
      readAlong([REFUSE, 'Agree to bay 5']),
      'Keep her words in anything that goes upstairs.',
      "Matron's reply quotes Diane",
    );
    expect(cardOf([REFUSE, 'Agree to bay 5'], MATRON, 'chiamaka')).toContain(
      'Her words went in the reply, the way I asked.',
    );
    expectInOrder(
      readAlong([REFUSE, RELAY_TO_MATRON]),
      'Keep her words in anything that goes upstairs.',
      "the incident form has Diane's words, as she asked.",
    );
  });

  it('Matron\'s fix, moved version (M4): the guess says what it guesses, in the label the learner picks and in the line Matron answers, so "Did she say that?" answers a claim the learner made; still SPEAK_FOR', () => {
    const options = optionsAt(decisionAt(playBy(S3, [MOVED, MOVED_RELAY]), MATRON));
    const guess = options.find((o) => o.text.startsWith(MOVED_RELAY))!;
    expect(guess.text).toContain("she'd want Mrs Walsh back");
    expect(guess.acts).toContain('SPEAK_FOR chiamaka');
    expectInOrder(readAlong([MOVED, MOVED_RELAY]), "She'd want Mrs Walsh back. I know her.", 'Did she say that?');
  });

  it("Chiamaka is not the learner's marker (S5): after the guessed wish and the guess in Matron's office she reacts, and the card and reflect carry the lesson", () => {
    const wish = readAlong([LATER]);
    expect(wish).toContain("I do want to stay. I'd have said so myself, like I did in bay 6.");
    expect(wish).not.toContain('if I minded less');
    const guessed = readAlong([MOVED, MOVED_RELAY]);
    expect(guessed).toContain('When you ask, Chiamaka says she wants bay 3 back.');
    expect(guessed).not.toContain('before you said it for her');
  });

  it('ringing Chiamaka in to read a complaint against her offers her rep (S6): on both versions the learner says so before she is called off her bay', () => {
    for (const prefixes of [
      [DO_BOTH, CALL_HER_IN],
      [MOVED, MOVED_CALL_HER_IN],
    ]) {
      expectInOrder(readAlong(prefixes), /with her rep (there )?if she wants/, 'Matron rings the ward.');
    }
  });

  it('the board (M1, S4): her card says the five minutes she was given; the figures option names the figures the scene shows, Matron presents them with the learner, and her first word answers nobody\'s question with no "Yes."', () => {
    const presents = [DO_BOTH, CALL_HER_IN, NAME_AND_FIX, PASSPORT_TO_PRICE, CO_PRESENT];
    expect(cardOf(presents, 'The board presentation', 'chiamaka')).not.toContain('Ten minutes');
    const text = readAlong(path(DO_BOTH, FIGURES));
    expect(text).toContain('My figures this time, not my face.');
    expect(text).not.toContain('Yes. My figures');
    expect(text).toContain('she presents them');
  });

  it('after the swap and the move (C5, C6): the learner tells her "at the end of her shift" in label and scene, and her card names who was listening', () => {
    const options = optionsAt(decisionAt(playBy(S3, [MOVED, MOVED_RELAY]), MATRON));
    expect(options.find((o) => o.text.startsWith('Agree to keep her on bay 5'))!.text).toContain(
      'at the end of her shift',
    );
    expect(cardOf([MOVED, 'Agree to keep her on bay 5'], MATRON, 'chiamaka')).toContain(
      'The one time I was asked, Diane was listening.',
    );
  });
});
