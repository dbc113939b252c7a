// @vitest-environment happy-dom
// The printed take-away is a participant's reflective account on paper, for anyone without a phone in the room: what
// the room did, in the words a phone's account uses, then every part the solo Record asks the learner to write, in
// its order and words (accountParts.ts), each once with a box to write in (the follow-up too: paper is kept, and
// tried later), and the same standards to tick (standards.json). Nothing on it is said twice.
import { beforeAll, describe, expect, it } from 'vitest';
import standardsData from '../../../src/content/standards.json';
import { ACCOUNT_PARTS, STANDARDS_QUESTION } from '../../../src/engine/debrief/accountParts';
import { keptAnswers, participantAccount } from '../../../src/facilitation/participantAccount';
import { sessionForPhones } from '../../../src/facilitation/sessionRecord';
import { Workshop } from '../../../src/facilitation/workshop';
import { takeAwaySheet } from '../../../src/ui/workshop/printSheets';
import { s1 } from './s1';

const NOW = Date.UTC(2026, 11, 7, 10, 0);

let workshop: Workshop;
let page: HTMLElement;
beforeAll(() => {
  workshop = Workshop.plan(s1(), { now: () => NOW });
  page = takeAwaySheet(workshop, NOW);
});

const texts = (selector: string, within: ParentNode = page) =>
  Array.from(within.querySelectorAll(selector), (node) => (node.textContent ?? '').trim());

describe('the printed take-away', () => {
  it('has every part of the reflective account the Record asks for, in its order and words, once each, each with a box', () => {
    const parts = Object.values(ACCOUNT_PARTS);
    expect(parts.map((p) => p.label)).toContain('What happened when I tried it');
    const labels = new Set(parts.map((p) => p.label));
    expect(texts('h2').filter((heading) => labels.has(heading))).toEqual(parts.map((p) => p.label));
    expect(Array.from(page.querySelectorAll('.sheet-box'), (box) => box.getAttribute('aria-label'))).toEqual(
      parts.map((p) => `Blank box: ${p.label}`),
    );
    for (const part of parts) {
      const hint = part.printedHint ?? part.hint;
      if (hint) expect(texts('p')).toContain(hint);
    }
    // The follow-up's hint on paper asks for a return the paper itself sets, not one the learner chose on screen.
    expect(page.textContent).not.toContain(ACCOUNT_PARTS.followUp.hint);
  });

  it('says what happened in the room as a phone’s account says it', () => {
    const heading = Array.from(page.querySelectorAll('h2')).find((h) => h.textContent === 'What happened')!;
    expect(heading).toBeTruthy();
    const phone = participantAccount(
      sessionForPhones({
        title: workshop.main.header.title,
        outcomes: workshop.main.header.outcomes,
        session: workshop.state,
        decisions: workshop.debriefDecisions(),
        now: NOW,
      }),
      keptAnswers(null),
    );
    expect(texts('li', heading.nextElementSibling!)).toEqual(phone.whatHappened.split('\n'));
  });

  it('says nothing twice: no run of five words is printed in two places', () => {
    // The standards' notes, as the Record shows them, speak of different groups in like words ("this is about how
    // your organisation works" for CQC, "… your board leads" for board members): compared with the rest, not each other.
    const standards = new Set(page.querySelectorAll('.sheet-part:has(.sheet-ticks) *'));
    const blocks = Array.from(page.querySelectorAll('h1, h2, h3, p, li'), (node) => ({
      text: (node.textContent ?? '').trim(),
      standard: standards.has(node),
    }));
    const seen = new Map<string, number>();
    const twice: string[] = [];
    blocks.forEach((block, i) => {
      const words = block.text.toLowerCase().match(/[\p{L}\d’']+/gu) ?? [];
      for (let w = 0; w + 5 <= words.length; w++) {
        const run = words.slice(w, w + 5).join(' ');
        const where = seen.get(run);
        if (where !== undefined && where !== i && !(block.standard && blocks[where]!.standard))
          twice.push(`“${run}”: “${blocks[where]!.text}” and “${block.text}”`);
        seen.set(run, i);
      }
    });
    expect(twice).toEqual([]);
  });

  it('lists every standard the Record offers, to tick by hand', () => {
    expect(page.textContent).toContain(STANDARDS_QUESTION);
    const ticks = texts('.sheet-ticks li');
    expect(ticks).toEqual(standardsData.groups.flatMap((group) => group.items.map((item) => item.text)));
  });
});
