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

  it('reads a citation as a person would', () => {
    const cited = citedDocuments('Leadership and allyship go hand in hand (Skills for Care, October 2025, seed 004)');
    expect(cited.text).toBe('Leadership and allyship go hand in hand (Skills for Care, October 2025)');
    expect(cited.documents.map((d) => d.publisher)).toEqual(['Skills for Care']);
  });
});
