// A decision's note as the one-page facilitator brief prints it. Notes carry the law, the sources and what is
// contested, and four of the five stories' notes run to several pages in full; the brief keeps each note's first
// sentence (cut at a word if that is still long), and the full notes print on the pages after the brief.

/** Words of a note the brief keeps at most, when its first sentence is longer. */
export const BRIEF_NOTE_WORDS = 16;

export interface BriefNote {
  text: string;
  /** True when the brief shows less than the whole note (the full note follows the brief). */
  shortened: boolean;
}

/** A sentence ends at . ! or ? followed by a space and a capital, a digit, a quote or a bracket. */
const SENTENCE_END = /[.!?](?=\s+["“‘(A-Z0-9])/u;

/** The first `words` words of a text, with an ellipsis when there were more (a trailing comma or colon dropped). */
export function firstWords(text: string, words: number): string {
  const all = text.trim().split(/\s+/u);
  if (all.length <= words) return all.join(' ');
  return `${all
    .slice(0, words)
    .join(' ')
    .replace(/[,;:]$/u, '')}…`;
}

export function briefNote(note: string): BriefNote {
  const whole = note.trim();
  const end = whole.search(SENTENCE_END);
  const first = end === -1 ? whole : whole.slice(0, end + 1);
  if (first.split(/\s+/u).length > BRIEF_NOTE_WORDS)
    return { text: firstWords(first, BRIEF_NOTE_WORDS), shortened: true };
  return { text: first, shortened: first.length < whole.length };
}
