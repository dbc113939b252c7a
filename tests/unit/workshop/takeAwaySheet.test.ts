// @vitest-environment happy-dom
// The printed take-away is a participant's reflective account on paper, for anyone without a phone in the room: the
// same parts, in the same words, and the same standards to tick as the solo Record and the phone's account
// (accountParts.ts, standards.json), each part with a box to write in. The follow-up is the one part left out: the
// solo Record asks for it when the learner comes back on the date they chose.
import { beforeAll, describe, expect, it } from 'vitest';
import standardsData from '../../../src/content/standards.json';
import { ACCOUNT_PARTS, STANDARDS_QUESTION, type AccountPartName } from '../../../src/engine/debrief/accountParts';
import { Workshop } from '../../../src/facilitation/workshop';
import { takeAwaySheet } from '../../../src/ui/workshop/printSheets';
import { s1 } from './s1';

const NOW = Date.UTC(2026, 11, 7, 10, 0);

let page: HTMLElement;
beforeAll(() => {
  page = takeAwaySheet(Workshop.plan(s1(), { now: () => NOW }), NOW);
});

describe('the printed take-away', () => {
  it('has every part of the reflective account the Record asks for, in its words, each with a box to write in', () => {
    const headings = Array.from(page.querySelectorAll('h2'), (h) => h.textContent);
    const boxes = Array.from(page.querySelectorAll('.sheet-box'), (box) => box.getAttribute('aria-label'));
    const written = (Object.keys(ACCOUNT_PARTS) as AccountPartName[]).filter((name) => name !== 'followUp');
    expect(written.length).toBe(6);
    for (const name of written) {
      const { label, hint } = ACCOUNT_PARTS[name];
      expect(headings).toContain(label);
      expect(boxes).toContain(`Blank box: ${label}`);
      if (hint) expect(page.textContent).toContain(hint);
    }
  });

  it('lists every standard the Record offers, to tick by hand', () => {
    expect(page.textContent).toContain(STANDARDS_QUESTION);
    const ticks = Array.from(page.querySelectorAll('.sheet-ticks li'), (li) => li.textContent);
    expect(ticks).toEqual(standardsData.groups.flatMap((group) => group.items.map((item) => item.text)));
  });
});
