// A `?story=` link that names no story in this theatre: which story it most likely meant, so the learner is offered
// that story rather than only sent back to the foyer. Links are typed from a handout, pasted from an email that
// wrapped them, or made from a title, so three slips are forgiven: a letter or two wrong (didYouMean.ts), the title's
// spaces and capitals ("Sitting in Reception"), and the end cut off ("sitting-in-rec").
import { closest } from './didYouMean.ts';

/** Beyond the two edits didYouMean allows a tag key: story ids are long, and two stories' ids are never this near. */
const EDITS = 3;
/** A cut-off link names a story only when this much of the id is left and no other story's id starts the same. */
const SHORTEST_CUT = 6;

/**
 * A story's id read as words, for a story this theatre no longer has and whose title nothing kept:
 * "sitting-in-reception" → "Sitting in reception". Only the first letter is a capital: the title's own are not
 * known, and a name read from an address should not pretend to be the title.
 */
export function idAsTitle(id: string): string {
  const words = id.replace(/[-_\s]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The id of the story `id` most likely meant, or null when none is near enough to offer. */
export function storyMeant(id: string, storyIds: readonly string[]): string | null {
  const asId = id
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (storyIds.includes(asId)) return asId;
  const near = closest(asId, storyIds, EDITS);
  if (near) return near;
  const cut = asId.length >= SHORTEST_CUT ? storyIds.filter((storyId) => storyId.startsWith(asId)) : [];
  return cut.length === 1 ? cut[0]! : null;
}
