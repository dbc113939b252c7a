// How the curtain call names a person (AUTHORING.md "How the curtain call names people", decided in session 16, and
// for titled names in session 18): by the cast line's display name, in full, the first time it names them, and after
// that by a shorter name: the first word of an untitled name ("Esther Mensah", then "Esther"), and for a titled name
// the form the story's own words use most that keeps a word of their name ("Dr Owen Price", then "Dr Price";
// "Matron Grace Okonjo", then "Matron Okonjo", never the title alone), counted when the story is compiled. A titled name the story never shortens stays whole ("Mrs Lee"): "Pastor
// Campbell" or "Dr Owen" would be names the story never says.
// The game's own sentences (the library's questions, "What … noticed", the airtime picture) use the short name, and
// one reading pass gives each person their full name where a reading first names them, in the author's words too.
import type { CastMember } from '../contract/index.ts';
import { LEARNER_ID } from '../contract/learnerId.ts';
import { asWord, isTitle, titledFormSources } from '../titledNames.ts';

/** The name after the first time: the first word of an untitled name; a one-word or titled name as it is. */
export function shortName(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || isTitle(words[0]!)) return name.trim();
  return words[0]!;
}

/**
 * Each person's short name, or their full one where two people in the cast would share it (two Sarahs): a short
 * name that could be either person names neither.
 */
function shortNames(cast: readonly CastMember[]): Map<string, string> {
  const short = new Map(cast.map((member) => [member.id, member.calledAs ?? shortName(member.name)]));
  const taken = new Map<string, number>();
  for (const name of short.values()) taken.set(name, (taken.get(name) ?? 0) + 1);
  for (const member of cast) {
    const name = short.get(member.id)!;
    const clash = taken.get(name)! > 1 || cast.some((other) => other.id !== member.id && other.name === name);
    if (clash) short.set(member.id, member.name.trim());
  }
  return short;
}

/** The short name of a cast id, as the game's own sentences use it; "You" for the learner, an unknown id as itself. */
export function calledBy(id: string, cast: readonly CastMember[]): string {
  if (id === LEARNER_ID) return 'You';
  return shortNames(cast).get(id) ?? id;
}

/** Quotations keep their words: a moment's label or a choice inside “…”, ‘…’ or "…" is not re-named. */
const QUOTED = /“[^”]*”|‘[^’]*’|"[^"]*"/g;

/**
 * One reading of the curtain call (the screen, or the reflective account, which is read on its own): texts go through
 * `name` in the order they are read, and where a text first names someone by their short name it says the full name
 * instead. A text that already gives the full name counts as the first time.
 */
export class NamesAsRead {
  private readonly named = new Set<string>();
  private readonly people: { id: string; full: string; pattern: RegExp }[];

  constructor(cast: readonly CastMember[]) {
    const short = shortNames(cast);
    this.people = cast
      .filter((member) => short.get(member.id) !== member.name.trim())
      .map((member) => {
        const full = member.name.trim();
        // The full name (already said in full) or a shorter one, each as a whole word: for a titled name, any form
        // the story could say ("Matron Okonjo" as well as "Matron"), so a shorter form is never named in full twice
        // over ("Matron Grace Okonjo Okonjo").
        const shorter = isTitle(full.split(/\s+/)[0]!)
          ? titledFormSources(full)
              .slice(1)
              .map((form) => form.source)
          : [asWord(short.get(member.id)!)];
        const pattern = new RegExp(`(${asWord(full)})|${shorter.join('|')}`, 'gu');
        return { id: member.id, full, pattern };
      });
  }

  /** The text as this reading says it: the first mention of each person not yet named in full, in full. */
  name(text: string): string {
    const quoted = [...text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const);
    const inQuote = (at: number) => quoted.some(([from, to]) => at >= from && at < to);
    const changes: { at: number; length: number; full: string }[] = [];
    for (const person of this.people) {
      if (this.named.has(person.id)) continue;
      for (const match of text.matchAll(person.pattern)) {
        if (inQuote(match.index)) continue;
        this.named.add(person.id);
        if (match[1] === undefined) changes.push({ at: match.index, length: match[0].length, full: person.full });
        break;
      }
    }
    return changes
      .sort((a, b) => b.at - a.at)
      .reduce((said, c) => said.slice(0, c.at) + c.full + said.slice(c.at + c.length), text);
  }
}

/**
 * Whether two wordings of a question differ only in how they name people ("Esther Mensah" or "Esther"): an answer
 * kept beside one is an answer to the other, not to an earlier wording (a reading names people in full only once).
 */
export function sameButForNames(a: string, b: string, cast: readonly CastMember[]): boolean {
  if (a === b) return true;
  const short = shortNames(cast);
  const shorten = (text: string) =>
    cast.reduce((said, member) => said.replaceAll(member.name.trim(), short.get(member.id)!), text);
  return shorten(a) === shorten(b);
}
