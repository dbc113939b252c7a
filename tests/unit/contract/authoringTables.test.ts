// AUTHORING.md is what story writers read; the contract (src/engine/contract/) is what the game checks. Each of
// AUTHORING.md's lists and tables is read here and compared with the registry, so the two cannot drift apart.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveMove } from '../../../src/engine/resolveMove';
import { ctx, mv } from '../voice/voiceFixtures';
import {
  FACET_KEYS,
  FACET_MARKS,
  HEADER_KEYS,
  INKY_KEYS,
  MOVE_NAMES,
  SCRIPT_CARD_KEYS,
  STORY_TAG_KEYS,
  placesOf,
  RESERVED_WORDS,
} from '../../../src/engine/contract/index.ts';

const guide = fs.readFileSync('AUTHORING.md', 'utf8');

/** The text of one `## Heading` section, up to the next heading of the same level. */
function section(heading: string): string {
  const start = guide.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`AUTHORING.md has no "## ${heading}" section`);
  const end = guide.indexOf('\n## ', start + 1);
  return guide.slice(start, end < 0 ? undefined : end);
}

/** The first column of every table row in `text` whose header row starts with `| firstHeader |`. */
function firstColumn(text: string, firstHeader: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith(`| ${firstHeader} |`)) continue;
    for (let j = i + 2; j < lines.length && lines[j]!.startsWith('|'); j++) out.push(lines[j]!.split('|')[1]!.trim());
  }
  if (out.length === 0) throw new Error(`no table starting "| ${firstHeader} |" found`);
  return out;
}

/** Every `code` span in a cell, e.g. "`enter:` / `exit:`" → ["enter:", "exit:"]. */
const codes = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
/** "`scene:`" → "scene"; "`contested`" → "contested"; "`# CLEAR`" → "clear". */
const keyOf = (code: string): string => code.replace(/^#\s*/, '').replace(/:.*$/, '').trim().toLowerCase();
const sorted = (list: readonly string[]) => [...new Set(list)].sort();

describe("AUTHORING.md's tag tables agree with the contract's registry", () => {
  it('the header table lists exactly the header keys, each of which stands only in the header', () => {
    const keys = firstColumn(section('The story header'), 'tag').flatMap(codes).map(keyOf);
    expect(sorted(keys)).toEqual(sorted(HEADER_KEYS));
    for (const key of keys) expect(placesOf(key), key).toEqual(['global']);
  });

  it('the line-tag table lists exactly the keys that stand on lines', () => {
    const keys = firstColumn(section('Tags on lines'), 'tag').flatMap(codes).map(keyOf);
    const onLines = STORY_TAG_KEYS.filter((k) => placesOf(k)!.some((p) => p === 'line' || p === 'knot'));
    expect(sorted(keys)).toEqual(sorted(onLines));
  });

  it("the table of an option's tags lists exactly the keys that stand inside a choice's brackets", () => {
    const keys = firstColumn(section('Choices and moves'), 'tag').flatMap(codes).map(keyOf);
    const onChoices = STORY_TAG_KEYS.filter((k) => placesOf(k)!.includes('choice'));
    expect(sorted(keys)).toEqual(sorted(onChoices));
  });

  it('the moves table lists exactly the moves', () => {
    const moves = firstColumn(section('Choices and moves'), 'move').flatMap(codes);
    expect(moves).toEqual([...MOVE_NAMES]);
  });

  it("the table of Inky's tags lists exactly the Inky keys the game accepts", () => {
    const keys = firstColumn(section("Inky's own tags"), 'tag').flatMap(codes).map(keyOf);
    expect(sorted(keys)).toEqual(sorted(INKY_KEYS));
  });

  it('the Script card keys, facet keys, facet marks and reserved words are the lists the game checks', () => {
    const lines = section('Tags on lines');
    const cards = lines.slice(lines.indexOf('Script card keys'));
    expect(codes(cards.slice(0, cards.indexOf('\n\n'))).filter((c) => c !== 'theory:')).toEqual([...SCRIPT_CARD_KEYS]);

    const cast = section('The cast');
    const facetsPart = cast.slice(cast.indexOf('**Facets**'), cast.indexOf('- A value can end'));
    expect(sorted(codes(facetsPart).filter((c) => !c.includes(' ')))).toEqual(sorted(FACET_KEYS));
    const marksPart = cast.slice(cast.indexOf('- A value can end'), cast.indexOf('```ink'));
    expect(sorted(codes(marksPart))).toEqual(sorted(FACET_MARKS));
    const idPart = cast.slice(cast.indexOf('- **ID**'), cast.indexOf('- **Facets**'));
    expect(sorted(codes(idPart).filter((c) => RESERVED_WORDS.includes(c)))).toEqual(sorted(RESERVED_WORDS));
  });
});

describe("the Script's cards agree with the contract's card keys", () => {
  it('src/content/scriptCards.json has one card for each key a theory: tag may link, and no other', async () => {
    const { default: data } = await import('../../../src/content/scriptCards.json');
    expect(data.cards.map((card: { key: string }) => card.key).sort()).toEqual([...SCRIPT_CARD_KEYS].sort());
  });
});

describe("AUTHORING.md's rules of thumb agree with the voice model", () => {
  // An author who books an interpreter for a patient (`adjust`) and sees DOING_FOR needs the guide to say why.
  it('says when arranging something for someone (adjust) removes a barrier, does for them, or overrides them', () => {
    const rules = section('How a move becomes an act');
    expect(rules).toContain('Arranging something for someone (`adjust`');
    const adjust = (people: object, more: object = {}) =>
      resolveMove(mv('adjust begum'), ctx({ people: { begum: { present: true, ...people } }, ...more }))[0]!.act;
    // "removing a barrier when they asked for it or agreed to it (mandate: asked, consented or known_wishes)"
    for (const mandate of ['asked', 'consented', 'known_wishes'] as const)
      expect(adjust({ mandate }), mandate).toBe('REMOVE_BARRIER');
    // "when a duty applies, or when they have substantial_difficulty"
    expect(adjust({}, { duty: true })).toBe('REMOVE_BARRIER');
    expect(adjust({ access: 'substantial_difficulty' })).toBe('REMOVE_BARRIER');
    // "otherwise it is doing for them"
    expect(adjust({})).toBe('DOING_FOR');
    expect(adjust({ access: 'able_with_support' })).toBe('DOING_FOR');
    // "adjust … room is always removing a barrier"
    expect(resolveMove(mv('adjust begum room'), ctx({ people: { begum: { mandate: 'declined' } } }))[0]!.act).toBe(
      'REMOVE_BARRIER',
    );
    // "If they refused it and no duty applies, arranging it anyway overrides them."
    expect(adjust({ mandate: 'declined' })).toBe('OVERRIDE');
    expect(adjust({ wants: 'no' })).toBe('OVERRIDE');
  });
});
