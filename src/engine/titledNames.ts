// Titled names, declared once: which words are titles, and how a story says a titled person ("Dr Owen Price",
// "Dr Price"), counted when the story is compiled (engine/compiledStory.ts) so the curtain call and the stage's
// labels name them as the story does (AUTHORING.md "How the curtain call names people"). Apart from
// curtainCallNames.ts so the game's first files need not bring the curtain call's naming with them.
import type { CastMember } from './contract/index.ts';

/**
 * Words that start a titled name. Also what the real-name check reads as a title
 * (looksLikeRealName.ts), the stage's name labels and the narration check. */
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

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as a whole word: "Jo" is not in "Joy". */
export const asWord = (name: string) => `(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`;

/**
 * The ways a story can say a titled person, the full name first: "Dr Owen Price", "Dr Owen", "Dr Price", and the
 * title alone ("Matron"), which counts only where no name follows it and no article comes before it ("Matron
 * Okonjo" is not "Matron", nor is "the matron" a name).
 */
function titledForms(name: string): { form: string; pattern: RegExp }[] {
  return titledFormSources(name).map(({ form, source }) => ({ form, pattern: new RegExp(source, 'gu') }));
}

export function titledFormSources(name: string): { form: string; source: string }[] {
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
