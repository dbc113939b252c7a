// "Open a story file": an author (or a facilitator with a story not yet in this theatre) opens an exported
// `.story.json` from disk and plays it for this visit. The file is untrusted: parseStoryFile checks its shape and
// that inkjs loads it; its title and text reach the page only as text.
import { parseStoryFile, type StoryFile } from '../engine/storyFile';
import { manifestEntryFor, type ManifestEntry } from '../engine/manifest';
import { el } from './dom';
import { navigate } from './navigation';
import { openedStoryId, rememberOpenedStory } from './storySource';

/** The playbill entry for an opened file: its id (in the opened files' namespace), hash, title and header tags. */
function entryFor(file: StoryFile): ManifestEntry {
  return { ...manifestEntryFor(openedStoryId(file.id), file.json, file.hash, file.title), listed: false };
}

export function openStoryFileSection(): HTMLElement {
  const input = el('input', { type: 'file', id: 'story-file-input', accept: '.json,application/json' });
  const problem = el('p', { className: 'save-problem', role: 'alert' });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    problem.textContent = '';
    let text: string;
    try {
      text = await file.text();
    } catch {
      problem.textContent = `The file “${file.name}” could not be read.`;
      return;
    }
    const result = parseStoryFile(text);
    if (!result.ok) {
      problem.textContent = `The file “${file.name}” could not be opened: ${result.message}.`;
      return;
    }
    let entry: ManifestEntry;
    try {
      entry = entryFor(result.story);
    } catch (e) {
      problem.textContent = `The file “${file.name}” could not be opened: ${e instanceof Error ? e.message : String(e)}.`;
      return;
    }
    rememberOpenedStory({ entry, json: result.story.json });
    navigate(`?story=${encodeURIComponent(entry.id)}`);
  });
  return el(
    'section',
    { className: 'open-story-file', 'aria-labelledby': 'open-story-heading' },
    el('h2', { id: 'open-story-heading' }, 'Open a story file'),
    el(
      'p',
      {},
      'If an author has given you a story as a file (ending .story.json), you can play it here. It stays open until you close or reload the page.',
    ),
    el('div', { className: 'file-field' }, el('label', { for: 'story-file-input' }, 'Choose a story file'), input),
    problem,
  );
}
