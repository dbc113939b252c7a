// Shown facets (debrief.md step 2): what the learner has been shown of each person on this path. A person's
// card (name, role, the facets not marked invisible or unvoiced) is offered when they first appear (speaker:,
// enter: or to:); `reveal: ID KEY` adds a hidden facet from that line on. Only shown facets key prompts, so a
// fact that sits in a cast line and nowhere in the text never becomes a question. Pure: the playthrough folds
// each line through it, and the play screen draws the cards from what it returns.
import { HIDDEN_FACET_MARKS, ourTags, type CastMember } from './contract/index.ts';

/** Person id → facet keys shown so far, in the order shown. A person appears here once they have appeared. */
export type ShownFacets = Readonly<Record<string, readonly string[]>>;

/** What a person's card shows now: their name, their role (their work, if shown) and their other shown facets. */
export interface PersonCard {
  id: string;
  name: string;
  role: string | null;
  facets: { key: string; value: string }[];
}

/** Tags that bring a person into the scene the learner sees. */
const APPEARS: readonly string[] = ['speaker', 'enter', 'to'];

function visibleAtFirst(person: CastMember): string[] {
  return person.facets
    .filter((f) => !f.marks.some((m) => (HIDDEN_FACET_MARKS as readonly string[]).includes(m)))
    .map((f) => f.key);
}

/**
 * One line's tags applied to what has been shown. Returns the new record and the ids whose card appeared or
 * grew on this line (empty when nothing changed; `shown` is then returned as it was).
 */
export function showLine(
  shown: ShownFacets,
  cast: readonly CastMember[],
  tags: readonly string[],
): { shown: ShownFacets; changed: string[] } {
  let next: Record<string, readonly string[]> | null = null;
  const changed: string[] = [];
  const write = (id: string, keys: readonly string[]) => {
    next ??= { ...shown };
    next[id] = keys;
    if (!changed.includes(id)) changed.push(id);
  };
  const current = (id: string) => (next ?? shown)[id];
  for (const tag of ourTags(tags)) {
    if (APPEARS.includes(tag.key) && 'id' in tag) {
      const person = cast.find((member) => member.id === tag.id);
      if (person && current(person.id) === undefined) write(person.id, visibleAtFirst(person));
    } else if (tag.key === 'reveal') {
      const { id, facet: facetKey } = tag;
      const person = cast.find((member) => member.id === id);
      if (!person || !person.facets.some((f) => f.key === facetKey)) continue;
      const before = current(id) ?? visibleAtFirst(person);
      if (!before.includes(facetKey) || current(id) === undefined) write(id, [...new Set([...before, facetKey])]);
    }
  }
  return { shown: next ?? shown, changed };
}

/** The card of one person as shown so far (null before they have appeared). */
export function personCard(shown: ShownFacets, cast: readonly CastMember[], id: string): PersonCard | null {
  const keys = shown[id];
  const person = cast.find((member) => member.id === id);
  if (!keys || !person) return null;
  const facets = keys
    .flatMap((key) => person.facets.filter((f) => f.key === key))
    .map((f) => ({ key: f.key, value: f.value }));
  const role = facets.find((f) => f.key === 'employment')?.value ?? null;
  return { id, name: person.name, role, facets: facets.filter((f) => f.key !== 'employment') };
}
