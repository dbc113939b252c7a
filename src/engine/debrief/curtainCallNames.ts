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

/** Words that start a titled name. Also what the real-name check reads as a title (looksLikeRealName.ts). */
export const TITLES = [
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Dr',
  'Prof',
  'Professor',
  'Sister',
  'Nurse',
  'Matron',
  'Cllr',
  'Councillor',
  'Father',
  'Pastor',
  'Rev',
  'Revd',
  'Sir',
  'Dame',
  'Lady',
  'Lord',
] as const;

/** A word that starts a titled name ("Dr", "Pastor", "Cllr."): the stage's name labels and the narration check ask this too. */
export const isTitle = (word: string): boolean => (TITLES as readonly string[]).includes(word.replace(/\.$/, ''));

/** The name after the first time: the first word of an untitled name; a one-word or titled name as it is. */
export function shortName(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || isTitle(words[0]!)) return name.trim();
  return words[0]!;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as a whole word: "Jo" is not in "Joy". */
const asWord = (name: string) => `(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`;

/**
 * The ways a story can say a titled person, the full name first: "Dr Owen Price", "Dr Owen", "Dr Price", and the
 * title alone ("Matron"), which counts only where no name follows it and no article comes before it ("Matron
 * Okonjo" is not "Matron", nor is "the matron" a name).
 */
function titledForms(name: string): { form: string; pattern: RegExp }[] {
  return titledFormSources(name).map(({ form, source }) => ({ form, pattern: new RegExp(source, 'gu') }));
}

function titledFormSources(name: string): { form: string; source: string }[] {
  const [title, ...rest] = name.trim().split(/\s+/);
  const forms = [name.trim(), ...rest.map((word) => `${title} ${word}`)];
  const alone = `(?<!\\b(?:[Tt]he|[Aa]n?) )${asWord(title!)}(?!\\.?\\s+\\p{Lu})`;
  return [...forms.map((form) => ({ form, source: asWord(form) })), { form: title!, source: alone }];
}

/**
 * The cast with each titled person's `calledAs`: the form of their name the story's words (its lines, choices and
 * tags, not the cast lines) say most often, of those that keep a word of the name, when that is shorter than the
 * full name. Each place the story names
 * them counts once, for its longest form ("Dr Owen Price" is not also a "Dr Owen"). Ties keep the fuller form.
 */
export function namesAsTheStorySaysThem(cast: readonly CastMember[], texts: readonly string[]): CastMember[] {
  return cast.map((member) => {
    const words = member.name.trim().split(/\s+/);
    if (words.length < 2 || !isTitle(words[0]!)) return member;
    const counts = titledForms(member.name).map(({ form, pattern }) => ({ form, pattern, count: 0 }));
    // One pass over all the words for each form, longest first, each place taken out once it is counted.
    let left = texts.join('\n');
    for (const form of counts) {
      left = left.replace(form.pattern, () => {
        form.count++;
        return '\u0000';
      });
    }
    // The title alone is counted (so its places are not read as another form) but never chosen: a short form keeps a
    // word of the person's own name ("Matron Okonjo", not "Matron", which is how the ward speaks to her).
    const most = counts
      .filter(({ form }) => form !== words[0])
      .reduce((best, form) => (form.count > best.count ? form : best));
    return most.form === member.name.trim() ? member : { ...member, calledAs: most.form };
  });
}

/** The text of a compiled story's lines, choices and tags (ink writes each as "^…"), without its cast lines. */
export function storyWords(json: string): string[] {
  const texts: string[] = [];
  for (const [, text] of json.matchAll(/"\^((?:[^"\\]|\\.)*)"/g)) if (!/^\s*cast\s*:/.test(text!)) texts.push(text!);
  return texts;
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
