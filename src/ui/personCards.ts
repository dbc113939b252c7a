// People's cards on the play screen (debrief.md step 2): when a person first appears the transcript offers their
// card (name, role, the facets not marked invisible or unvoiced), and a `reveal:` adds a facet to it from that
// line on. Each card is a closed <details>: a screen reader meets one short line in reading order and can open
// it, or move on; nothing takes focus. What is shown is worked out by the engine (shownFacets), the same fold the
// debrief keys its prompts on, so a card never shows what a prompt may not use, nor the other way round.
import { personCard, showLine, type PersonCard, type ShownFacets } from '../engine/shownFacets';
import type { CastMember } from '../engine/contract/index.ts';
import type { StoryLine } from '../engine/types';
import { clear, el } from './dom';

/** Facet keys in a learner's words; the rest read as the key with its first letter capitalised. */
const FACET_LABELS: Record<string, string> = {
  ability: 'Disability or condition',
  religion: 'Faith',
  geography: 'Where from',
  gender_identity: 'Gender identity',
  sexual_orientation: 'Sexual orientation',
  caring: 'Caring for',
};
const label = (key: string): string =>
  FACET_LABELS[key] ?? key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, ' ');

function fillCard(card: HTMLDetailsElement, shown: PersonCard): void {
  const body = card.querySelector('.person-card-body')!;
  clear(body);
  if (shown.role) body.append(el('p', { className: 'person-role' }, shown.role));
  if (shown.facets.length) {
    body.append(
      el(
        'ul',
        { className: 'person-facets' },
        ...shown.facets.map((f) => el('li', { 'data-facet': f.key }, `${label(f.key)}: ${f.value}`)),
      ),
    );
  }
}

export interface PersonCards {
  /** The cards and notes this line brings, to put after it in the transcript (none for most lines). */
  afterLine(line: StoryLine): HTMLElement[];
  /** Forget every card (a replay renders the transcript again from the start). */
  reset(): void;
}

/**
 * `fillLater` runs what a closed card holds once the learner can see the card (the play screen: just after the
 * frame that paints the line it comes with). A closed card shows only its summary and gives a screen reader only
 * that, so filling it is not on the path to the next words (issue 20); an open card is filled at once, in the same
 * frame as the line that changed it. Each card is filled from what it shows last, however late its fill runs.
 */
export function personCards(
  cast: () => readonly CastMember[],
  fillLater: (fill: () => void) => void = (fill) => fill(),
): PersonCards {
  let shown: ShownFacets = {};
  const cards = new Map<string, HTMLDetailsElement>();
  /** What each card is to show, and what it shows now. */
  const wanted = new WeakMap<HTMLDetailsElement, PersonCard>();
  const filled = new WeakMap<HTMLDetailsElement, PersonCard>();
  const fill = (card: HTMLDetailsElement) => {
    const want = wanted.get(card)!;
    if (filled.get(card) === want) return;
    filled.set(card, want);
    fillCard(card, want);
  };
  const show = (card: HTMLDetailsElement, shownNow: PersonCard) => {
    wanted.set(card, shownNow);
    if (card.open) fill(card);
    else fillLater(() => fill(card));
  };
  return {
    afterLine(line) {
      const before = shown;
      const step = showLine(shown, cast(), line.tags);
      shown = step.shown;
      const out: HTMLElement[] = [];
      for (const id of step.changed) {
        const card = personCard(shown, cast(), id);
        if (!card) continue;
        const existing = cards.get(id);
        if (!existing) {
          const details = el(
            'details',
            { className: 'person-card', 'data-person': id },
            el('summary', {}, `Who is ${card.name}?`),
            el('div', { className: 'person-card-body' }),
          );
          show(details, card);
          cards.set(id, details);
          out.push(details);
        } else {
          show(existing, card);
          const added = shown[id]!.filter((key) => !(before[id] ?? []).includes(key));
          const words = card.facets.filter((f) => added.includes(f.key)).map((f) => `${label(f.key)}: ${f.value}`);
          if (card.role !== null && added.includes('employment')) words.unshift(card.role);
          if (words.length)
            out.push(
              el(
                'p',
                { className: 'card-note', 'data-person': id },
                `Added to ${card.name}’s card: ${words.join('; ')}.`,
              ),
            );
        }
      }
      return out;
    },
    reset() {
      shown = {};
      cards.clear();
    },
  };
}
