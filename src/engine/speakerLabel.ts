// Whose name goes before a spoken line. A line that opens with narration and ends in quoted speech
// (`Mrs Lee laughs. "And when they see the two together?"`) already says who speaks, so a label would read
// "Mrs Lee: Mrs Lee laughs." Such a line is shown as it is written; every other spoken line gets its label.
// Spoken lines without quotation marks (`Morning. # speaker: alan`) are all speech and keep their label.
//
// So on a labelled line, quotation marks tell speech from narration the way the shipped stories use them: speech
// first (quoted or not), then perhaps a beat (`"Once." She goes.`), reads as the speaker's; narration before the
// speech does not, nor does a said-tag after it (`"Ask next time," she says.`), nor a line with no quotation marks
// that tells of the speaker (`Amrit takes her time.`). `check` warns about those three (narrationBesideSpeech).

import { TITLES } from './titledNames.ts';

/** Narration, then sentence punctuation, then a quotation that runs to the end of the line. */
const NARRATION_THEN_SPEECH = /^[^"“”]+[.:!?,;]\s+["“][^"“”]*["”]$/;

export function opensWithNarration(text: string): boolean {
  return NARRATION_THEN_SPEECH.test(text.trim());
}

/** The label to show before a line ("Dawn", "You"), or null for narration and lines that name their speaker. */
export function speakerLabel(
  line: { speaker: string | null; text: string },
  nameOf: (id: string) => string,
): string | null {
  if (!line.speaker || opensWithNarration(line.text)) return null;
  return line.speaker === 'you' ? 'You' : nameOf(line.speaker);
}

/** How narration goes wrong under a speaker's label. */
export type NarrationKind = 'narration-first' | 'said-tag' | 'about-the-speaker';

/**
 * First person: speech says "I" and "my"; the stories' narration speaks to the learner ("You wait") and of others
 * ("she"), never as "I". A sentence with one is someone's words, quoting a word or not.
 */
const FIRST_PERSON = /\b(?:I|I'm|I’m|I'll|I’ll|I've|I’ve|I'd|I’d|me|my|mine|myself|we|us|our)\b/;
/** Words put before a surname ("Mr Hughes looks up"), so the name is still found as the sentence's subject. */
const TITLE = `(?:${TITLES.join('|')})\\.?`;
const IS_TITLE = new RegExp(`^${TITLE}$`);

/**
 * The narration a labelled line would put in its speaker's mouth, and how, or null when the line reads as theirs.
 * `names`: what the story calls the speaker ("Amrit Kaur Sandhu"); each word of it can start a sentence about them.
 * The learner ("You") is left out of the last test: the narration speaks to them as "you" as their own words do.
 */
export function narrationBesideSpeech(
  text: string,
  names: readonly string[],
): { kind: NarrationKind; narration: string } | null {
  const line = text.trim();
  if (line === '' || opensWithNarration(line)) return null;
  const open = line.search(/["“]/);
  if (open < 0) {
    const words = names.flatMap((n) => n.split(/\s+/)).filter((w) => w.length > 1 && !IS_TITLE.test(w));
    if (words.length === 0) return null;
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    // A sentence whose subject is the speaker: "Amrit takes her time.", "Mr Hughes's hands shake."
    const about = new RegExp(`(?:^|[.!?]\\s+)((?:${TITLE}\\s+)?(?:${escaped})(?:'s|’s)?\\s+[a-z][^.!?]*[.!?]?)`, 'u');
    const m = about.exec(line);
    if (!m || FIRST_PERSON.test(line)) return null;
    return { kind: 'about-the-speaker', narration: m[1]!.trim() };
  }
  const before = line.slice(0, open).trim();
  // A whole sentence (or a colon) before the first quotation mark, with no "I" in it: narration, shown after the name.
  if (before !== '' && /[.!?:]$/.test(before) && !FIRST_PERSON.test(before))
    return { kind: 'narration-first', narration: before };
  // Speech that ends on a comma runs on into narration: `"Ask next time," she says.`
  const said = /[,]["”]\s+([^"“”]*[^"“”\s])/u.exec(line);
  if (said) return { kind: 'said-tag', narration: said[1]!.trim() };
  return null;
}
