import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import commitmentsData from '../../../src/content/commitments.json';
import promptsData from '../../../src/content/prompts.json';
import standardsData from '../../../src/content/standards.json';
import { HARM_ORDER } from '../../../src/engine/contract/acts';
import { commitmentMenu, parseCommitments } from '../../../src/engine/debrief/commitmentMenu';
import { parsePromptLibrary } from '../../../src/engine/debrief/promptLibrary';
import { parseStandards, tickedStandards } from '../../../src/engine/debrief/standards';
import { DEFAULT_SUPPORT, supportFrom, supportSchema } from '../../../src/engine/debrief/supportSignposts';
import { decision, log } from './buildLog';

describe('debrief content', () => {
  it('has a valid prompt library with unique ids and every slot known', () => {
    const library = parsePromptLibrary(promptsData);
    const wordings = library.families.flatMap((family) => family.wordings);
    const all = [...wordings, ...library.general, ...library.closingQuestions];
    expect(new Set(all.map((prompt) => prompt.id)).size).toBe(all.length);
    for (const w of wordings) {
      for (const text of [w.text, w.plain ?? '']) {
        expect(text.replace(/\{(name|moment|facet|them|their)\}/g, ''), w.id).not.toMatch(/[{}]/);
        // Name the person once (debrief.md v3: a full name twice in one question reads badly).
        expect(text.split('{name}').length, w.id).toBeLessThanOrEqual(2);
      }
      // Without the person's pronouns, no pronoun at all: never "them" for everyone.
      expect(w.plain ?? w.text, w.id).not.toMatch(/\b(she|her|he|him|his|they|them|their)\b/i);
    }
  });

  it('asks in a care worker’s words, and asks rather than presumes what someone met (session 14 read)', () => {
    const library = parsePromptLibrary(promptsData);
    const texts = library.families.flatMap((family) => family.wordings.flatMap((w) => [w.text, w.plain ?? '']));
    // "Carrying it in-house" beside Pastor Ruth was management jargon; "Which did Alan have to push against?" said he
    // met assumptions the path never showed.
    for (const text of texts) expect(text).not.toMatch(/in-house|stakeholder|Which did \{name\} have to/);
  });

  it('keeps wordings true to one way an act went (`when`) in pairs, two for each side, so a replay has other words either way', () => {
    const library = parsePromptLibrary(promptsData);
    const speakFor = library.families.find((family) => family.family === 'speak_for')!;
    expect(speakFor.wordings.map((w) => w.when)).toEqual(['guessed', 'relayedTheirs', 'guessed', 'relayedTheirs']);
    const lone = structuredClone(promptsData);
    lone.families.find((family) => family.family === 'speak_for')!.wordings.splice(2, 1);
    expect(() => parsePromptLibrary(lone)).toThrow(/a need and its opposite/);
  });

  it('says which wording each of session 14’s, 15’s and 16’s re-wordings replaces, so an answer to the old one goes with the new', () => {
    const library = parsePromptLibrary(promptsData);
    const replacing = Object.fromEntries(
      library.families.flatMap((family) =>
        family.wordings.flatMap((w) => (w.replaces ?? []).map((old) => [old, w.id])),
      ),
    );
    // git log -p src/content/prompts.json since 7c8dd33: each id that went, and the wording that took its place.
    expect(replacing).toEqual({
      'believed-less': 'word-at-face-value',
      'what-nobody-knew': 'whose-word-stood',
      'offered-our-work': 'whose-work-to-carry',
      'what-the-offer-asked': 'what-the-ask-put-on',
      'how-free-a-yes': 'how-free-a-yes-to-you',
      'what-went-with-it': 'what-no-would-cost',
      'talked-to-instead': 'talked-to-instead-before',
      // Session 15 read 5: S2 to S5.
      // Session 15 read 6 (S1, S2): each keeps the answers to both its earlier wordings.
      'what-stopped-you': 'a-choice-or-held-back',
      'not-my-business': 'who-could-not-step-away',
      'who-paid': 'what-it-might-cost',
      'setting-and-communication': 'what-the-setting-made-harder',
      'what-made-room': 'what-came-of-the-room',
      'what-held-you-back': 'a-choice-or-held-back',
      'not-yours-to-act-on': 'who-could-not-step-away',
      // Session 16's educator read: it named nobody, so beside a harm it praised the whole choice.
      'do-it-again-tomorrow': 'make-room-again-tomorrow',
    });
  });

  it('has every family of debrief.md, each with at least two wordings of its own', () => {
    const library = parsePromptLibrary(promptsData);
    const names = library.families.map((family) => family.family);
    for (const family of [
      'speak_for',
      'bystand',
      'collude',
      'doing_for',
      'override',
      'take_credit',
      'burden',
      'centre_self',
      'repair',
      'decide_with',
      'amplify',
      'advocate_absent',
      'challenge_public',
      'hierarchy',
      'rank_changed',
      'most_power',
    ]) {
      expect(names).toContain(family);
    }
    for (const family of library.families) expect(family.wordings.length, family.family).toBeGreaterThanOrEqual(2);
    // Every act that can harm a person has a family that answers it.
    for (const act of HARM_ORDER)
      expect(
        library.families.some((f) => f.acts?.includes(act) && !f.needs && !f.facets),
        act,
      ).toBe(true);
  });

  it('offers the commitments tied to this playthrough’s acts first', () => {
    const list = parseCommitments(commitmentsData);
    const menu = commitmentMenu(log([decision(0, { acts: [['BURDEN', 'amina']] })]), list);
    expect(menu.self[0]!.id).toBe('learn-without-burden');
    expect(menu.organisation[0]!.id).toBe('protected-time');
    expect(menu.self.every((commitment) => commitment.for === 'self')).toBe(true);
  });

  it('lists the standards and reads ticked ones back in order', () => {
    const standards = parseStandards(standardsData);
    expect(standards.groups.map((group) => group.id)).toEqual([
      'nmc-code',
      'swe-standards',
      'care-certificate',
      'cqc',
      'nhse-board',
    ]);
    expect(tickedStandards(standards, ['cqc-workforce-edi', 'nmc-prioritise-people'])).toEqual([
      'The NMC Code (nurses, midwives and nursing associates): Prioritise people',
      'CQC assessment (well-led): Workforce equality, diversity and inclusion',
    ]);
  });

  it('ships a valid national default for the organisation-editable support file', () => {
    const shipped = JSON.parse(readFileSync('assets/public/config/support.json', 'utf8'));
    expect(supportSchema.safeParse(shipped).success).toBe(true);
    expect(JSON.stringify(shipped)).toContain('116 123');
    expect(shipped.about).toMatch(/without|no.*rebuild/i);
    expect(supportFrom({ heading: 'Broken' })).toBe(DEFAULT_SUPPORT);
    expect(supportFrom({ ...shipped, signposts: [{ name: 'X', detail: 'Y', url: 'javascript:alert(1)' }] })).toBe(
      DEFAULT_SUPPORT,
    );
  });
});
