// inkjs's Story with limits, so no story file, however crafted, can hang or crash the page or the CLI. A subclass,
// not a patch: ink's own Step() is counted and checked here, and no library class is modified anywhere.
// Each limit is one that no real story comes near; past one, the story stops with an error an author can act on.
//
// - steps: ink steps one Continue() may take (an infinite loop or recursion never ends otherwise);
// - time: wall-clock milliseconds one passage may take (a loop that leaves an item in ink's output stream each
//   pass makes every step scan a longer stream, so steps alone do not bound time: issue 17, 67 s in `play`);
// - output: pieces of text and glue waiting in ink's output stream for a line to end (that same loop; the
//   shipped stories never hold more than 75);
// - text: characters in any one string ink makes (a story that keeps doubling a string crashed Node).
import { Story } from 'inkjs';

export interface StoryLimits {
  steps: number;
  timeMs: number;
  outputItems: number;
  textChars: number;
}

const DEFAULT_LIMITS: StoryLimits = {
  steps: 200_000,
  timeMs: 1_000,
  outputItems: 500,
  textChars: 100_000,
};

export type LimitName = keyof StoryLimits;

/** Thrown from inside ink when a limit is passed; the runner turns it into a StoryRunError. */
export class LimitPassed extends Error {
  constructor(readonly limit: LimitName) {
    super(`limit passed: ${limit}`);
    this.name = 'LimitPassed';
  }
}

/** Something that watches the story from outside (the checker's probe): each container entered, in order. */
export interface StoryWatcher {
  entered(path: string, story: PlayedStory): void;
}

// Reading the clock costs more than the other checks: look at it once every this many steps.
const CLOCK_EVERY = 64;

export class PlayedStory extends Story {
  readonly limits: StoryLimits;
  watcher: StoryWatcher | null = null;
  private steps = 0;
  private deadline = Infinity;

  constructor(json: string | object, limits: Partial<StoryLimits> = {}) {
    super(json as string);
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /** Start counting afresh: before each Continue() for steps, before each passage for time. */
  startBudget(time: boolean): void {
    this.steps = 0;
    if (time) this.deadline = Date.now() + this.limits.timeMs;
  }

  override Step(): void {
    // ink runs the global declarations from inside its constructor, before this class's fields exist.
    if (this.limits === undefined) return super.Step();
    const steps = ++this.steps;
    if (steps > this.limits.steps) throw new LimitPassed('steps');
    if (steps % CLOCK_EVERY === 0 && Date.now() > this.deadline) throw new LimitPassed('timeMs');
    if (this.state.outputStream.length > this.limits.outputItems) throw new LimitPassed('outputItems');
    super.Step();
    const stack = this.state.evaluationStack;
    const top = stack[stack.length - 1] as { value?: unknown } | undefined;
    if (typeof top?.value === 'string' && top.value.length > this.limits.textChars) throw new LimitPassed('textChars');
  }

  override VisitContainer(container: Parameters<Story['VisitContainer']>[0], atStart: boolean): void {
    this.watcher?.entered(container.path.toString(), this);
    super.VisitContainer(container, atStart);
  }
}
