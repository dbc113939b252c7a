// "Your reflections", from the site bar: every word the learner wrote in a curtain call, on this device, story
// by story and playthrough by playthrough, newest first, without having to play a story to its end again. Read
// only; each playthrough's words can be deleted (asked first, and undone straight after). Nothing is sent
// anywhere. Loaded only when the learner opens it.
import commitmentsData from '../content/commitments.json';
import { parseCommitments } from '../engine/debrief/commitmentMenu';
import { allReflections, answerBook, unreadableAnswers } from './answerStore';
import { answersChanged } from './answersChanged';
import { writtenWords } from './debrief/writtenWords';
import { deviceStorage } from './deviceStorage';
import { el } from './dom';
import { reflectionEntry } from './reflectionEntry';
import { removedStoryName } from './removedStoryName';
import { createSiteDialog, type SiteDialog } from './siteDialog';
import { findEntry } from './storySource';
import { unreadableSection } from './unreadableReflections';

let panel: SiteDialog | null = null;

const OPENED = 'opened-';

/** The story's title as the learner saw it; an opened file no longer open is named by its own id. */
function storyTitle(storyId: string): string {
  const entry = findEntry(storyId);
  if (entry) return entry.title;
  if (storyId.startsWith(OPENED)) return `A story opened from a file (${storyId.slice(OPENED.length)})`;
  // Removed since (storyNotHere.ts sends the learner here): said, so nobody looks for it on the playbill.
  return `${removedStoryName(storyId)} (no longer in this theatre)`;
}

export function reflectionsDialog(): SiteDialog {
  if (panel) return panel;
  const list = el('div', { className: 'reflections' });
  const commitments = parseCommitments(commitmentsData).commitments;
  const commitmentText = (id: string) => commitments.find((c) => c.id === id)?.text ?? null;

  const render = () => {
    const storage = deviceStorage();
    const stories = allReflections(storage);
    // Text that could not be read is said first, in words, with every character of it there to copy or save.
    const unreadable = unreadableAnswers(storage);
    const damaged = unreadable.length ? unreadableSection(unreadable, storyTitle) : null;
    if (stories.length === 0) {
      list.replaceChildren(
        el(
          'p',
          {},
          damaged
            ? 'Nothing else is kept here yet. What you write in a story’s curtain call, after its ending, is kept here on this device.'
            : 'Nothing written yet. What you write in a story’s curtain call, after its ending, is kept here on this device.',
        ),
      );
      if (damaged) list.prepend(damaged);
      return;
    }
    list.replaceChildren(
      ...(damaged ? [damaged] : []),
      el(
        'p',
        {},
        'What you wrote in each curtain call, kept on this device and sent nowhere. Open one to read it; it stays until you delete it.',
      ),
      ...stories.map(({ storyId, reflections }, s) => {
        const book = answerBook(storage, storyId);
        const headingId = `reflections-story-${s}`;
        return el(
          'section',
          { className: 'reflections-story' },
          el('h3', { id: headingId }, storyTitle(storyId)),
          el(
            'ul',
            {},
            ...reflections.map((r, i) =>
              reflectionEntry({
                id: `reflections-${s}-${i}`,
                savedAt: r.answers.savedAt,
                pairs: writtenWords(r.answers, commitmentText),
                // Say so after the delete and after an undo that worked, so the foyer behind follows at once.
                remove: () => {
                  const undo = book.remove(r.playthrough);
                  answersChanged();
                  return () => {
                    const back = undo();
                    if (back) answersChanged();
                    return back;
                  };
                },
              }),
            ),
          ),
        );
      }),
    );
  };

  // Read afresh each time it opens: another tab, or the curtain call, may have written since.
  panel = createSiteDialog('reflections-dialog', 'Your reflections', render);
  panel.body.append(list);
  return panel;
}
