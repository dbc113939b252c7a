// "Export story file": the compiled story as one file (`ID.story.json`) that the foyer's "Open a story file"
// reads. Made in the browser and handed to the browser's own download: nothing leaves the device.
import { storyFileText } from '../../engine/storyFile';
import { storyHash } from '../../ink/storyHash';

/** A story id from a file name: "My Story.ink" → "my-story". */
export function storyIdFor(fileName: string): string {
  const id = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.ink$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '');
  return id || 'story';
}

export async function exportStoryFile(id: string, title: string, json: string): Promise<string> {
  const text = storyFileText({ id, title: title || id, json, hash: await storyHash(json) });
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const name = `${id}.story.json`;
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the address is let go.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
