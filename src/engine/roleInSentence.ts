// The learner's role from a story's header ("# role: Home-care worker"), said inside a sentence: "You are an Actor,
// in your own role: home-care worker", "here, an occupational therapist". Authors write the role as a label, with a
// capital at the start; a sentence lower-cases that capital, but never a title's own: the statutory title "Director
// of Adult Social Services" keeps its capitals, and so does an initialism such as "NHS" or "GP".

/** Small words a title in capitals may hold without breaking it: "Director of Adult Social Services". */
const TITLE_JOINS = new Set(['of', 'for', 'and', 'to', 'the']);

const isTitleWord = (word: string) => /^\p{Lu}\p{Ll}/u.test(word);
const isInitialism = (word: string) => /^\p{Lu}{2,}/u.test(word);

/** The role as it reads inside a sentence: its first capital lower-cased unless it begins a title or an initialism. */
export function roleMidSentence(role: string): string {
  const words = role.trim().split(/\s+/);
  const first = words[0] ?? '';
  const next = words.slice(1).find((word) => !TITLE_JOINS.has(word));
  const keepsCapitals = isInitialism(first) || (next !== undefined && isTitleWord(next));
  return keepsCapitals ? role.trim() : first.charAt(0).toLowerCase() + role.trim().slice(1);
}

/** Letters whose names begin with a vowel sound, for an initialism read letter by letter: "an NHS manager". */
const VOWEL_SOUND_LETTERS = 'AEFHILMNORSX';

/** "a" or "an" before a word, by its sound as far as spelling shows it: "an occupational therapist", "a union rep". */
function articleFor(word: string): 'a' | 'an' {
  if (isInitialism(word)) return VOWEL_SOUND_LETTERS.includes(word.charAt(0)) ? 'an' : 'a';
  const lower = word.toLowerCase();
  if (/^(hour|honest|honour|honor|heir)/.test(lower)) return 'an';
  // A "you" or "won" sound: a union rep, a user-led service, a European, a one-to-one worker.
  if (/^(uni|use|usu|uti|eu|ewe|one|once)/.test(lower)) return 'a';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

/** The role with "a" or "an" before it, inside a sentence: "a Director of Adult Social Services", "an occupational therapist". */
export function aRole(role: string): string {
  const said = roleMidSentence(role);
  return `${articleFor(said.split(/\s+/)[0] ?? '')} ${said}`;
}
