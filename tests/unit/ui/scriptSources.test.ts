import { describe, expect, it } from 'vitest';
import scriptCards from '../../../src/content/scriptCards.json';
import { citedDocuments } from '../../../src/ui/script/scriptCards';

describe('Script card sources', () => {
  it('name every source document a card draws on, and never show the project’s own file numbers', () => {
    for (const card of scriptCards.cards) {
      const cited = citedDocuments(card.source);
      expect(cited.text, card.key).not.toMatch(/seed/i);
      expect(cited.text, card.key).not.toMatch(/\(\s*\)|,\s*\)/);
      const seeds = new Set([...card.source.matchAll(/seed (\d{3})/g)].map((m) => m[1]));
      expect(cited.documents, card.key).toHaveLength(seeds.size);
      for (const doc of cited.documents) expect(doc.url ?? doc.find, `${card.key}: where to read it`).toBeTruthy();
    }
  });

  it('say who runs SC-WRES and whose staff it covers, as Skills for Care’s 2024 report does (fact check, 2026-12-06)', () => {
    const card = scriptCards.cards.find((c) => c.key === 'positive_action')!;
    const body = card.body.join(' ');
    expect(body).toMatch(/run by Skills for Care with councils that opt in/);
    expect(body).not.toMatch(/run by councils that opt in|for their own adult social care staff/);
    expect(card.source).toMatch(/SC-WRES 2024 report \(Skills for Care, May 2025; checked 2026-12-06\)/);
  });

  it('say what the fact check of 2026-12-07 corrected, where learners read it', () => {
    const body = (key: string) => scriptCards.cards.find((c) => c.key === key)!.body.join(' ');
    // HC 556: only care workers applying from 11 March 2024 lost dependants; those already here kept them.
    expect(body('intersectionality')).toMatch(/Care workers who applied from 11 March 2024 can't bring dependants/);
    // Mental Capacity Act 2005 s1(3): "all practicable steps".
    expect(body('mental_capacity')).toMatch(/all practicable help/);
    // The Reasonable Adjustment Flag is shared with consent; creating one needs no explicit consent.
    expect(body('accessible_information')).toMatch(/shared with their consent/);
  });

  it('say what the Equality Act 2010 allows when someone is chosen because of a protected characteristic, in the Act’s own terms (fact check, session 13, 2026-12-07)', () => {
    const card = scriptCards.cards.find((c) => c.key === 'positive_action')!;
    const body = card.body.join(' ');
    // s13(3) only protects favouring disabled people over people who aren't disabled, not one impairment over another.
    expect(body).toMatch(
      /Treating a disabled person more favourably is not disability discrimination against someone who isn't disabled \(section 13\(3\)\)/,
    );
    expect(body).not.toMatch(/disability, which may be favoured/);
    // Schedule 9 para 1: a genuine occupational requirement is a second way a characteristic may decide, besides s159.
    expect(body).toMatch(/genuine occupational requirement \(Schedule 9\)/);
    // s159(1) and (4): "as qualified as", disadvantage or disproportionately low participation, and no policy of preferring.
    expect(body).toMatch(
      /candidates as qualified as each other, where people who share it are disadvantaged or under-represented, and never as a blanket policy \(section 159\)/,
    );
    expect(card.source).toMatch(
      /and Schedule 9 \(England, Scotland and Wales; section 13\(3\) and Schedule 9 read on legislation\.gov\.uk, 2026-12-07\)/,
    );
  });

  it('say which Mental Capacity Act Code of Practice the card means: the 2007 one, as no revised Code is in force (fact check, session 13)', () => {
    const card = scriptCards.cards.find((c) => c.key === 'mental_capacity')!;
    expect(card.source).toMatch(/its Code of Practice \(2007; we found no revised Code laid by December 2026\)/);
  });

  it('reads a citation as a person would', () => {
    const cited = citedDocuments('Leadership and allyship go hand in hand (Skills for Care, October 2025, seed 004)');
    expect(cited.text).toBe('Leadership and allyship go hand in hand (Skills for Care, October 2025)');
    expect(cited.documents.map((d) => d.publisher)).toEqual(['Skills for Care']);
  });
});
