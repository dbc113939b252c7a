// What the page asks of the untrusted-ink worker (untrustedInk.worker.ts) and what it answers. Everything here
// crosses a postMessage, so it is plain data.
import type { ManifestEntry } from '../engine/manifest';
import type { StoryFile } from '../engine/storyFile';
import type { StoryCheck } from './checkStory';

export type UntrustedRequest =
  /** The author preview: compile and check `main` with its INCLUDEs. */
  | { kind: 'check'; files: Record<string, string>; main: string }
  /** The foyer: a `.story.json` file opened from disk. */
  | { kind: 'open'; text: string };

export type UntrustedReply =
  | { kind: 'checked'; check: StoryCheck }
  | { kind: 'opened'; story: StoryFile; entry: ManifestEntry }
  | { kind: 'refused'; message: string };
