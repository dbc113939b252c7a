// A story listed in the foyer whose header has no content_note: or no review:, with a line to copy in and fill.
import type { StoryHeader } from '../engine/contract/index.ts';
import { diagnostic, type CheckDiagnostic } from './checkDiagnostics';

/** The lines to copy in, as AUTHORING.md ("the story header", "writing well") words them. */
const HEADER_REMINDERS = [
  {
    key: 'content_note',
    has: (h: StoryHeader) => h.contentNotes.length > 0,
    why: 'the playbill tells learners, before they start, of anything in the story that might upset them',
    line: '# content_note: (anything in the story that might upset a learner, said plainly; one line for each)',
  },
  {
    key: 'review',
    has: (h: StoryHeader) => h.review !== null && h.review.trim() !== '',
    why: 'the playbill says honestly who has reviewed the story (never a review that did not happen)',
    line: '# review: Draft written by (you). Not yet reviewed by people with lived experience of (what the story shows); review planned.',
  },
] as const;

/**
 * A scored story on the playbill with no `content_note:` or no `review:` (authoring-contract.md, "Story header";
 * scenarios.md asks both of every story): named at the header's last line, with a line to copy in. A story kept off
 * the playbill (`# listed: no`: a draft, an example, a test's story) is not asked yet, as for too few minutes.
 */
export function judgeHeaderReminders(
  header: StoryHeader,
  sites: readonly { file: string; line: number }[],
  file: string,
): CheckDiagnostic[] {
  if (!header.listed) return [];
  const last = sites.at(-1);
  const lines = !last ? '' : sites.length === 1 ? ` (line ${last.line})` : ` (lines ${sites[0]!.line} to ${last.line})`;
  return HEADER_REMINDERS.filter((r) => !r.has(header)).map((r) =>
    diagnostic(
      'header-reminder',
      last?.file ?? file,
      last?.line ?? null,
      'warning',
      `this story is listed in the foyer, and its header${lines} has no "# ${r.key}:": ${r.why}. Copy this line into the header and fill in the brackets: ${r.line}`,
    ),
  );
}
