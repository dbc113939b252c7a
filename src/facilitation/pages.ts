// A passage cut into pages the back of a room can read: whole lines only, about a projector screen each.
// The room reads a page, the facilitator moves on; nothing turns by itself.
import type { StoryLine } from '../engine/types';

export interface PageLine {
  /** Display name of the speaker ("You" for the player), or null for narration. */
  speaker: string | null;
  you: boolean;
  text: string;
}

/** About this many characters fit a 16:9 projector at the room view's type size. */
const PAGE_CHARS = 420;

export function pageLines(lines: readonly StoryLine[], nameOf: (id: string) => string): PageLine[] {
  return lines
    .filter((line) => !line.hidden && line.text.trim() !== '')
    .map((line) => ({
      speaker: line.speaker ? nameOf(line.speaker) : null,
      you: line.speaker === 'you',
      text: line.text.trim(),
    }));
}

export function paginate(lines: readonly PageLine[], maxChars = PAGE_CHARS): PageLine[][] {
  const pages: PageLine[][] = [];
  let page: PageLine[] = [];
  let size = 0;
  for (const line of lines) {
    const cost = line.text.length + (line.speaker ? line.speaker.length + 2 : 0);
    if (page.length > 0 && size + cost > maxChars) {
      pages.push(page);
      page = [];
      size = 0;
    }
    page.push(line);
    size += cost;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
