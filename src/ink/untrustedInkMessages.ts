// What the page asks of the untrusted-ink worker (untrustedInk.worker.ts) and what it answers. Everything here
// crosses a postMessage, so it is plain data.
import type { ManifestEntry } from '../engine/manifest';
import type { StoryEvent } from '../engine/storyEvents';
import type { ContextSnapshot, DecisionLog, Diagnostic, OptionOffered, SaveEnvelope } from '../engine/types';
import type { StoryFile } from '../engine/storyFile';
import type { StoryHeader } from '../engine/contract/index.ts';
import type { StoryCheck } from './checkStory';
import type { SourcePlaces } from './storyMap';

export type UntrustedRequest =
  /** The author preview: compile and check `main` with its INCLUDEs. */
  | { kind: 'check'; files: Record<string, string>; main: string }
  /** The foyer: a `.story.json` file opened from disk. */
  | { kind: 'open'; text: string }
  /**
   * The author preview's player: play `json` along `path` (a save is a path) and describe where it is. `file` and
   * `places` (from the check) name the line of each runtime warning ink gives on the way, and of an error it stops at.
   */
  | {
      kind: 'play';
      json: string;
      storyId: string;
      path: SaveEnvelope['path'];
      file: string;
      places: SourcePlaces;
    };

/** Where the preview's story is after a path: what the player and the workings panel draw. */
export interface PreviewView {
  header: { title: string; cast: { id: string; name: string }[] };
  /** The story so far as the performance told it: the player hears its passages from these, as the game does. */
  events: readonly StoryEvent[];
  log: Pick<DecisionLog, 'decisions' | 'pattern'>;
  sceneContext: ContextSnapshot;
  /** What each option on offer does, as the engine reads its tags (its moves; contested), in the order shown. */
  options: OptionOffered[];
  path: SaveEnvelope['path'];
  /** ink's runtime warnings met along the path, each once, as `check` and `play` word them (FILE:LINE: warning:). */
  warnings: Diagnostic[];
  /** The runtime error the path stopped at, worded and placed as `check` and `play` do (FILE:LINE: error:), or null. */
  error: Diagnostic | null;
}

export type UntrustedReply =
  | { kind: 'checked'; check: StoryCheck }
  | { kind: 'opened'; story: StoryFile; entry: ManifestEntry; header: StoryHeader }
  | { kind: 'played'; view: PreviewView }
  | { kind: 'refused'; message: string };
