// A gentle check before a reflective account leaves the page: phrases that look like they name a real
// person or place. It only warns (the learner decides); anonymising is the learner's job, and this catches
// the easy slips, such as a title and a surname, a ward number, a named surgery or a postcode.

import { TITLES } from '../titledNames.ts';

const TITLE_PATTERN = TITLES.join('|');
// A name has at least one lower-case letter, so an anonymised "Mrs X" or "Mr B" passes.
const NAME = "[A-Z][A-Za-z'’-]*[a-z][A-Za-z'’-]*";
const PLACE_WORDS =
  'Hospitals?|Surgery|Medical Centre|Health Centre|Medical Practice|Care Home|Nursing Home|Infirmary|Clinic|Hospice|House|Lodge|Court|NHS Foundation Trust|NHS Trust|Primary School|School';
// Capitalised words that begin a sentence or name an institution, not a person or a place.
const NOT_A_NAME = new Set(
  (
    'The A An At In On Our My Their His Her This That We I It When After Before Then ' +
    'Social Work England Care Act Quality Commission Mental Health Capacity Black History Month Freedom Speak Up ' +
    'Guardian Accessible Information Standard Skills Certificate National Service Trust Council Board Team NHS ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Christmas Easter Allyship Theatre Ward Manager Deputy Head Lead Leader ' +
    'Registered Nurse Sister Doctor Consultant Worker Support Officer Director Chief Executive Home Hospital ' +
    'Surgery Clinic Reception Receptionist GP'
  ).split(' '),
);

const PATTERNS: RegExp[] = [
  // A title followed by a name or two: "Mrs Okafor", "Dr Jane Smith".
  new RegExp(`\\b(?:${TITLE_PATTERN})\\.?\\s+${NAME}(?:\\s+${NAME})?`, 'g'),
  // Wards, bays and rooms with a number or letter: "Ward 7", "bay 3B".
  /\b(?:[Ww]ard|[Bb]ay|[Uu]nit|[Rr]oom|[Ww]ing)\s+(?:\d+[A-Za-z]?|[A-Z])\b/g,
  // Named wards: "Rowan Ward".
  new RegExp(`\\b${NAME}\\s+(?:Ward|Unit|Wing)\\b`, 'g'),
  // Named places: "Hillside Surgery", "St Mary's Hospital", "Leeds Teaching Hospitals".
  new RegExp(`\\b(?:(?:St\\.?|${NAME})\\s+){1,3}(?:${PLACE_WORDS})\\b`, 'g'),
  // UK postcodes: "LS1 4AP", "SW1A 2AA".
  /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/g,
  // NHS numbers (ten digits, often 3-3-4) and phone numbers.
  /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g,
  /(?:\+44\s?|\b0)\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b/g,
  // Email addresses.
  /[\w.+-]+@[\w-]+\.[\w.-]+\w/g,
  // A first name and surname in the middle of a sentence: "I rang Jane Smith".
  new RegExp(`(?<=[a-z,;:]\\s)${NAME}\\s${NAME}\\b`, 'g'),
];

// Leading words like "The" or "Our" are not part of a name; a place with nothing left before its kind
// ("Our Surgery") names no particular place.
function trimLeading(phrase: string): string | null {
  const words = phrase.split(/\s+/);
  while (words.length > 1 && NOT_A_NAME.has(words[0]!) && !/^(?:St\.?)$/.test(words[0]!)) words.shift();
  return words.join(' ');
}

function plausible(phrase: string, pattern: number): boolean {
  const words = phrase.split(/\s+/);
  if (pattern === 3) {
    // The named-place pattern: something specific must come before the kind of place.
    const kind = new RegExp(`(?:${PLACE_WORDS})$`).exec(phrase)?.[0] ?? '';
    const before = phrase.slice(0, phrase.length - kind.length).trim();
    return before.length > 0 && !before.split(/\s+/).every((word) => NOT_A_NAME.has(word));
  }
  if (pattern === 8) return !words.some((word) => NOT_A_NAME.has(word));
  return true;
}

const TITLE_WORDS = new Set<string>(TITLES);
const wordsOf = (text: string) =>
  text
    .split(/\s+/)
    .map((word) => word.replace(/\.$/, ''))
    .filter((word) => word !== '');

/**
 * A phrase from the story itself: it holds a cast name or lies inside one, or every word of it but a title is in
 * one cast name ("Dr Price" for "Dr Owen Price", "Mr Hughes" for "Mr Dennis Hughes").
 */
function isStoryName(phrase: string, storyNames: readonly string[]): boolean {
  const named = wordsOf(phrase).filter((word) => !TITLE_WORDS.has(word));
  return storyNames.some((name) => {
    if (name.trim() === '') return false;
    if (phrase.includes(name) || name.includes(phrase)) return true;
    const cast = new Set(wordsOf(name));
    return named.length > 0 && named.every((word) => cast.has(word));
  });
}

/**
 * Phrases in `text` that may name a real person or place, in the order they appear, each once. Names from the
 * story itself (`storyNames`, e.g. the cast's display names) are fiction and are not flagged.
 */
export function looksLikeRealName(text: string, storyNames: readonly string[] = []): string[] {
  const fromStory = (phrase: string) => isStoryName(phrase, storyNames);
  const found: { at: number; phrase: string }[] = [];
  PATTERNS.forEach((pattern, which) => {
    for (const match of text.matchAll(pattern)) {
      const phrase = which === 3 ? trimLeading(match[0]) : match[0].trim();
      if (phrase && plausible(phrase, which)) found.push({ at: match.index + match[0].indexOf(phrase), phrase });
    }
  });
  found.sort((a, b) => a.at - b.at || b.phrase.length - a.phrase.length);
  const seen = new Set<string>();
  const phrases: string[] = [];
  for (const { phrase } of found) {
    // A phrase inside one already listed ("Smith" in "Dr Jane Smith") adds nothing.
    if (seen.has(phrase) || phrases.some((earlier) => earlier.includes(phrase)) || fromStory(phrase)) continue;
    seen.add(phrase);
    phrases.push(phrase);
  }
  return phrases;
}

/**
 * What the Record warns about: only what the learner wrote. "What happened" counts once they have edited it
 * (`whatHappened` null until then), and even then not the phrases the game wrote there itself (`gameWrote`,
 * the story's wards and bays).
 */
export function namesInLearnersWords(o: {
  own: readonly string[];
  whatHappened: string | null;
  gameWrote: string;
  storyNames: readonly string[];
}): string[] {
  const edited =
    o.whatHappened === null
      ? []
      : looksLikeRealName(o.whatHappened, o.storyNames).filter((phrase) => !o.gameWrote.includes(phrase));
  const phrases = [...edited];
  for (const phrase of looksLikeRealName(o.own.join('\n'), o.storyNames))
    if (!phrases.includes(phrase)) phrases.push(phrase);
  return phrases;
}
