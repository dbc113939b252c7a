// S3 "The Script": the verdicts reviewers disputed in the first draft (scenarios.md v3), each with its reason, and
// the delayed consequences: what the learner did at bay 3 and at the board changes what a later option does.
import { describe, expect, it } from 'vitest';
import { actsOf, decisionAt, optionsAt, playBy, total } from './support/playStory';

const S3 = 'the-script';
const GARY = 'An English nurse';
const MATRON = "Matron's fix";
const DANIEL = 'Who talks to Daniel?';
const AWARD = 'The award form';
const REPORT = 'Time and effort';

const DO_BOTH = 'Tell Gary no, Chiamaka is';
const REFUSE = "Tell Gary the ward doesn't";
const LATER = "Tell Gary you'll come back";
const RELAY_TO_MATRON = 'Tell Matron that Chiamaka wants';
const CO_PRESENT = 'Ask Chiamaka to co-present';
const FIGURES = "Take Matron's advice";

/** A path to the end that takes the given options at bay 3 and at the board, and middling ones elsewhere. */
const path = (
  gary: string,
  board: string,
  award = 'Take the form to the team huddle',
  report = 'Write a short, upbeat',
) => [gary, RELAY_TO_MATRON, 'Stop handover', 'Get Dr Price to give you two minutes', board, award, report];

describe('S3 verdicts reviewers disputed', () => {
  it('Gary: refusing at the time is the decent act it is, and asking Chiamaka first does not outscore it (the ward sister has a duty to refuse an allocation by nationality when it is asked)', () => {
    const options = optionsAt(decisionAt(playBy(S3, [DO_BOTH]), GARY));
    const find = (prefix: string) => options.find((o) => o.text.startsWith(prefix))!;
    const refuse = find(REFUSE);
    const later = find(LATER);
    const both = find(DO_BOTH);
    expect(refuse.acts).toEqual(['CHALLENGE chiamaka', 'CREDIT chiamaka']);
    expect(refuse.courage).toBeGreaterThan(0);
    // "Come back to you in a minute" leaves Gary's request standing in front of Chiamaka: standing by, then asking.
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

  it('Daniel: telling the registrar what his own hospital passport says carries his documented wishes, so it removes a barrier and is not speaking for him; the best option still hands the conversation to him', () => {
    const playthrough = playBy(S3, [DO_BOTH, RELAY_TO_MATRON, 'Stop handover', 'Tell Dr Price what Daniel']);
    const record = decisionAt(playthrough, DANIEL);
    expect(record.context.people.daniel?.mandate).toBe('known_wishes');
    expect(actsOf(record)).toEqual(['REMOVE_BARRIER daniel']);
    const best = optionsAt(record).find((o) => o.text.startsWith('Get Dr Price to give you two minutes'))!;
    expect(best.acts).toEqual(['REMOVE_BARRIER daniel', 'INVITE daniel']);
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

describe('S3 consequences that travel', () => {
  it("bay 3 changes Matron's office: the same words to Matron are advocacy after asking Chiamaka, and a guess that speaks for her after refusing Gary without asking", () => {
    const asked = playBy(S3, [DO_BOTH, RELAY_TO_MATRON]);
    const notAsked = playBy(S3, [REFUSE, RELAY_TO_MATRON]);
    const a = decisionAt(asked, MATRON);
    const b = decisionAt(notAsked, MATRON);
    expect(a.choice.text).toBe(b.choice.text);
    expect(actsOf(a)).toEqual(['ADVOCATE chiamaka']);
    expect(actsOf(b)).toEqual(['SPEAK_FOR chiamaka']);
    // And the story shows it: Matron asks whether Chiamaka said so.
    expect(notAsked.log.decisions.length).toBe(2);
  });

  it('the board changes the award: the same nomination is credit when Chiamaka was never asked, and overrides her after she said no to attention', () => {
    const nominate = 'Nominate Chiamaka for it';
    const saidNo = playBy(S3, path(DO_BOTH, CO_PRESENT, nominate));
    const neverAsked = playBy(S3, path(DO_BOTH, FIGURES, nominate));
    expect(actsOf(decisionAt(saidNo, AWARD))).toEqual(['OVERRIDE chiamaka']);
    expect(actsOf(decisionAt(neverAsked, AWARD))).toEqual(['CREDIT chiamaka']);
  });

  it('every path has seven decisions', () => {
    for (const p of [path(DO_BOTH, CO_PRESENT), path(LATER, FIGURES, 'Nominate yourself', 'Go to Matron for two')]) {
      const playthrough = playBy(S3, p);
      expect(playthrough.ended).toBe(true);
      expect(playthrough.log.decisions).toHaveLength(7);
    }
  });
});
