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

  it('times a real session: 10 to 15 minutes a room vote, a 90-minute plan, and no promise of three votes in 45 (r19 M5)', () => {
    for (const text of [JSON.stringify(GUIDE), file]) {
      expect(text).toMatch(/10 to 15 minutes/);
      expect(text).toMatch(/90-minute session/);
      expect(text).not.toMatch(/Two or three (room votes )?suit a 45-minute session/);
    }
  });

  it('says what to do when the room server stops, the projector reloads or a phone loses the Wi-Fi (r19 S5)', () => {
    expect(GUIDE.map((g) => g.title)).toContain('If something stops working');
    const section = file.slice(file.indexOf('## If something stops working'), file.indexOf('## Safety'));
    expect(section).toMatch(/npm run room -- --no-build/);
    expect(section).toMatch(/same port/);
    expect(section).toMatch(/projector/);
    expect(section).toMatch(/lost touch/);
    // The page shows the room as it closes a phone vote: the guide must not say hand votes can be added first.
    expect(file).not.toMatch(/Add any paper votes to the\s+phone counts before you show them/);
  });

  it('says honestly what a double vote can and cannot be stopped by, and how the head count catches it (session 14)', () => {
    const section = file.slice(file.indexOf('## If something stops working'), file.indexOf('## Safety'));
    expect(section).toMatch(/Someone votes twice/);
    expect(section).toMatch(/a second browser, a private window or a second phone/);
    expect(section).toMatch(/head count/);
    expect(file).toMatch(/People in the room/);
    expect(JSON.stringify(GUIDE)).toMatch(/number of people in the room/);
  });

  it('says where phones join before the first vote, and what a small room sees (session 14)', () => {
    expect(file).not.toMatch(/show it early if you like/);
    expect(file).toMatch(/while people arrive/);
    expect(file).toMatch(/The room spread across four options/);
  });
});
