// The guide in the game and FACILITATING.md say the same things: every section of the in-game guide is a
// section of the file, and both cover disclosures and paid co-facilitation with people with lived experience.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE } from '../../../src/ui/workshop/guideText';
import { KEY_HELP } from '../../../src/ui/workshop/presenterKeys';

const file = readFileSync('FACILITATING.md', 'utf8');

describe('the facilitator guide', () => {
  it('has every in-game section as a section of FACILITATING.md', () => {
    for (const section of GUIDE) expect(file, section.title).toContain(`## ${section.title}`);
  });

  it('says why sessions on racism, homophobia or disability are co-facilitated, and that it is paid', () => {
    const inGame = JSON.stringify(GUIDE);
    for (const text of [inGame, file]) {
      expect(text).toMatch(/racism, homophobia or disability/);
      expect(text).toMatch(/lived experience/);
      expect(text).toMatch(/paid for their time/);
    }
  });

  it('says what happens if someone discloses something, and the limits of confidentiality', () => {
    expect(file).toMatch(/do not promise to keep it secret/);
    expect(JSON.stringify(GUIDE)).toMatch(/do not promise to keep it secret/);
    expect(file).toMatch(/except\* where someone may be at risk/);
  });

  it('lists every presenter key in the file as well', () => {
    for (const [, what] of KEY_HELP) expect(what.length).toBeGreaterThan(0);
    // Derived from the keys the presenter binds, so a key added or changed there must be written here too.
    for (const [keys] of KEY_HELP) {
      const first = keys.split(/,| or /)[0]!.trim();
      expect(file, `FACILITATING.md lists ${first}`).toContain(`| ${first}`);
    }
  });
});
