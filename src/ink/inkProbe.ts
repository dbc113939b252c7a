// Watch a running ink story from outside the playthrough. The playthrough keeps its ink story to itself, as it
// should; `check` still needs to know which knots ran, which choice in the source each option on screen is, and
// where the story ended. A probe is a StoryWatcher: handed to a playthrough (its `watcher` option), it hears of
// every container that story enters, through PlayedStory's own VisitContainer. Nothing global is changed, so the
// game and any other story run exactly as they would without it.
import type { PlayedStory, StoryWatcher } from '../engine/playedStory';

interface OfferedChoice {
  /** The choice point's path: the key of StoryMap.choices. */
  sourcePath: string;
  /** The option's own tags, as ink gives them (the checker reads its moves). */
  tags: string[];
}

export interface InkProbe extends StoryWatcher {
  /** Every container path entered since the probe was made or last reset. */
  visited: Set<string>;
  /** The last container of the story's own flow entered (where the story was when it ended), not a function's. */
  lastContainer: string | null;
  /** The choices on offer in the story that ran last. */
  offered(): OfferedChoice[];
  /** The value of a global variable in the story that ran last (undefined when it has none). */
  variable(name: string): unknown;
  reset(): void;
}

// PushPopType.Function in inkjs 2.4.0: a call stack element pushed by a function call.
const FUNCTION_CALL = 1;

/**
 * ink is inside a function the story called. A function returns to its caller without ink entering the caller's
 * container again, so a story that calls one on its last line (`~ tea = make_tea(tea)` then `-> END`) ends where
 * its caller is, not in the function.
 */
const inFunction = (story: PlayedStory): boolean =>
  story.state.callStack.elements.some((element) => Number(element.type) === FUNCTION_CALL);

export function inkProbe(): InkProbe {
  let active: PlayedStory | null = null;
  const probe: InkProbe = {
    visited: new Set(),
    lastContainer: null,
    entered(path, story) {
      active = story;
      probe.visited.add(path);
      if (!inFunction(story)) probe.lastContainer = path;
    },
    offered: () =>
      active ? active.currentChoices.map((c) => ({ sourcePath: c.sourcePath, tags: [...(c.tags ?? [])] })) : [],
    variable: (name) => (active?.variablesState as unknown as Record<string, unknown> | undefined)?.[name],
    reset() {
      probe.visited = new Set();
      probe.lastContainer = null;
      active = null;
    },
  };
  return probe;
}
