// @vitest-environment happy-dom
// A person's card is offered with the line where they appear, but what a closed card holds is filled a moment later
// (after the paint, on the play screen): only its summary is seen or heard until it is opened. An open card is
// filled at once, and a card is always filled with what it should show last, whatever order the fills run in.
import { describe, expect, test } from 'vitest';
import { personCards } from '../../../src/ui/personCards';
import type { CastMember } from '../../../src/engine/contract/index.ts';
import type { StoryLine } from '../../../src/engine/types';

const CAST: CastMember[] = [
  {
    id: 'ann',
    name: 'Ann Lowe',
    facets: [
      { key: 'age', value: '80', marks: [] },
      { key: 'education', value: 'left school at fourteen', marks: ['invisible'] },
      { key: 'geography', value: 'grew up in Hull', marks: ['invisible'] },
    ],
  },
];
const line = (...tags: string[]): StoryLine => ({ text: 'A line.', tags }) as unknown as StoryLine;
const facets = (card: Element) => Array.from(card.querySelectorAll('li'), (li) => li.textContent);

/** Cards whose later fills wait in a list until the test runs them. */
function cardsWithLaterFills() {
  const later: (() => void)[] = [];
  const cards = personCards(
    () => CAST,
    (fill) => later.push(fill),
  );
  return { cards, runLater: () => later.splice(0).forEach((fill) => fill()) };
}

describe('people’s cards', () => {
  test('a new card shows its summary at once; what it holds is filled later', () => {
    const { cards, runLater } = cardsWithLaterFills();
    const [card] = cards.afterLine(line('speaker: ann'));
    expect(card!.querySelector('summary')!.textContent).toBe('Who is Ann Lowe?');
    expect(facets(card!)).toEqual([]);
    runLater();
    expect(facets(card!)).toEqual(['Age: 80']);
  });

  test('a reveal on a closed card says so in the transcript at once and fills the card later', () => {
    const { cards, runLater } = cardsWithLaterFills();
    const [card] = cards.afterLine(line('speaker: ann'));
    runLater();
    const [note] = cards.afterLine(line('reveal: ann education'));
    expect(note!.textContent).toBe('Added to Ann Lowe’s card: Education: left school at fourteen.');
    expect(facets(card!)).toEqual(['Age: 80']);
    runLater();
    expect(facets(card!)).toEqual(['Age: 80', 'Education: left school at fourteen']);
  });

  test('an open card is filled in the same step as the line that changes it', () => {
    const { cards, runLater } = cardsWithLaterFills();
    const [card] = cards.afterLine(line('speaker: ann'));
    runLater();
    (card as HTMLDetailsElement).open = true;
    cards.afterLine(line('reveal: ann education'));
    expect(facets(card!)).toEqual(['Age: 80', 'Education: left school at fourteen']);
  });

  test('a fill that runs late never puts back what the card showed before', () => {
    const { cards, runLater } = cardsWithLaterFills();
    const [card] = cards.afterLine(line('speaker: ann'));
    cards.afterLine(line('reveal: ann education'));
    // Opened before the fills ran: the newest content goes in at once, and the waiting fills change nothing.
    (card as HTMLDetailsElement).open = true;
    cards.afterLine(line('reveal: ann geography'));
    const all = ['Age: 80', 'Education: left school at fourteen', 'Where from: grew up in Hull'];
    expect(facets(card!)).toEqual(all);
    runLater();
    expect(facets(card!)).toEqual(all);
  });

  test('without a later, every card is filled at once (the build’s drawn openings, a replayed history)', () => {
    const cards = personCards(() => CAST);
    const [card] = cards.afterLine(line('speaker: ann'));
    expect(facets(card!)).toEqual(['Age: 80']);
  });
});
