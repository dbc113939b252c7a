// "Open a story file": an author (or a facilitator with a story not yet in this theatre) opens an exported
// `.story.json` from disk and plays it for this visit. The file is untrusted: it is read, checked, loaded and
// walked in a worker the page stops after a time limit (untrustedInk.ts); its title and text reach the page only
// as text. Then it is performed in a worker of its own (performStory.ts → playInWorker.ts), each step held to a
// time limit, so however it runs away the page keeps answering.
import { el } from './dom';
import { navigate } from './navigation';
import { openedStoryId, rememberOpenedStory } from './storySource';
import { runUntrusted, timeLimitFromAddress } from './untrustedInk';

export function openStoryFileSection(): HTMLElement {
  const input = el('input', { type: 'file', id: 'story-file-input', accept: '.json,application/json' });
  const problem = el('p', { className: 'save-problem', role: 'alert' });
  const status = el('p', { role: 'status' });
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
    status.textContent = `Opening “${file.name}”…`;
    const result = await runUntrusted({ kind: 'open', text }, file.name).result;
    status.textContent = '';
    if (result.kind === 'stopped') {
      problem.textContent = result.message;
      return;
    }
    if (result.kind !== 'opened') {
      problem.textContent = `The file “${file.name}” could not be opened: ${result.kind === 'refused' ? result.message : 'it is not a story file'}.`;
      return;
    }
    // Its own namespace: a file sharing a shipped story's id never touches that story's saves or answers.
    const entry = { ...result.entry, id: openedStoryId(result.story.id) };
    rememberOpenedStory({
      entry,
      json: result.story.json,
      fileId: result.story.id,
      // A shorter limit per step may be asked for in the foyer's address (how the browser test stops a runaway
      // without waiting the whole limit); the vet above always has the full one.
      opened: { fileName: file.name, header: result.header, timeLimitMs: timeLimitFromAddress(location.search) },
    });
    navigate(`?story=${encodeURIComponent(entry.id)}`);
  });
  return el(
    'section',
    { className: 'open-story-file' },
    el('h2', { id: 'open-story-heading' }, 'Open a story file'),
    el(
      'p',
      {},
      'If an author has given you a story as a file (ending .story.json), you can play it here. It stays open until you close or reload the page.',
    ),
    el('div', { className: 'file-field' }, el('label', { for: 'story-file-input' }, 'Choose a story file'), input),
    status,
    problem,
  );
}
