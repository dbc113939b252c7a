// Whose name goes before a spoken line. A line that opens with narration and ends in quoted speech
// (`Mrs Lee laughs. "And when they see the two together?"`) already says who speaks, so a label would read
// "Mrs Lee: Mrs Lee laughs." Such a line is shown as it is written; every other spoken line gets its label.
// Spoken lines without quotation marks (`Morning. # speaker: alan`) are all speech and keep their label.

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
