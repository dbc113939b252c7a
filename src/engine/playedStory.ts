// inkjs's Story with limits, so no story file, however crafted, can hang or crash the page or the CLI. A subclass,
// not a patch: ink's own Step() is counted and checked here, and no library class is modified anywhere.
// Each limit is one that no real story comes near; past one, the story stops with an error an author can act on.
//
// - steps: ink steps one Continue() may take (an infinite loop or recursion never ends otherwise);
// - time: wall-clock milliseconds one passage may take (a loop that leaves an item in ink's output stream each
//   pass makes every step scan a longer stream, so steps alone do not bound time: issue 17, 67 s in `play`);
// - output: pieces of text and glue waiting in ink's output stream for a line to end (that same loop; the
//   shipped stories never hold more than 75);
// - text: characters in any one string ink makes (a story that keeps doubling a string crashed Node);
// - passage text: characters shown between two choices (2,000 lines of 65,000 characters each took 25 s for ink
//   to tidy, between the clock's readings, and would have been 131 million characters on the page);
// - task time: wall-clock milliseconds every passage played in one task of the thread may take together (a
//   replay after Back, a What if copy), off unless asked for: the page asks for it for story files opened from
//   disk (compiledStory.ts, playAsUntrusted), so no single task of an untrusted story holds the tab for more than
//   about a second. Tools that play thousands of passages in one go (check, the tests) leave it off.
import { Story } from 'inkjs';

export interface StoryLimits {
  steps: number;
  timeMs: number;
  outputItems: number;
  textChars: number;
  passageChars: number;
  taskMs: number;
}

const DEFAULT_LIMITS: StoryLimits = {
  steps: 200_000,
  timeMs: 1_000,
  outputItems: 500,
  textChars: 100_000,
  passageChars: 100_000,
  taskMs: Infinity,
};

/** The limits every playthrough of a story opened from disk keeps to, besides the defaults. */
export const UNTRUSTED_LIMITS: Partial<StoryLimits> = { taskMs: 1_000 };

interface CpuClock {
  cpuUsage?: () => { user: number; system: number };
}

interface WallClock {
  now?: () => number;
}

/**
 * The time a story has had, in milliseconds. In Node (the CLI, the checks, the tests) this process's CPU time, so
 * a story is not stopped for waiting its turn on a machine busy with other work (a shipped story's 70 ms passage
 * took over a second of wall clock beside twenty other processes); in a browser, where no such clock exists, the
 * wall clock, which is what a learner waits through anyway.
 */
export function storyClock(): number {
  const cpu = (globalThis as { process?: CpuClock }).process?.cpuUsage;
  if (!cpu) return Date.now();
  const used = cpu();
  read = { clock: (used.user + used.system) / 1_000, wall: wallNow(), glances: 0 };
  return read.clock;
}

const wallNow = (): number => (globalThis as { performance?: WallClock }).performance?.now?.() ?? Date.now();

/** The last reading of the story's clock, and the wall clock then. */
let read = { clock: 0, wall: -Infinity, glances: 0 };

/** How stale a glance may be: the clock is read afresh at least this often (wall-clock ms, and glances). */
const GLANCE_MS = 1;
const GLANCES = 64;

/**
 * storyClock() for the checks made many times a passage (between lines, every few steps). In Node reading CPU time
 * is a system call (about 0.7 µs): read at every line, it was a seventh of the every-path walk's time. So within a
 * millisecond of the last reading (and at most 64 glances), this adds the wall time since to it: this thread's CPU
 * time cannot have grown by more, so the clock is never slow, and at most a millisecond fast.
 */
function glanceAtClock(): number {
  const wall = wallNow();
  if (wall - read.wall < GLANCE_MS && ++read.glances < GLANCES) return read.clock + Math.max(0, wall - read.wall);
  return storyClock();
}

// One clock for the task the thread is running, shared by every story in it (What if plays several copies in one
// go): set by the first passage that asks for it, cleared once the task's synchronous work is over.
let taskDeadline: number | null = null;

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
    if (!time) return;
    const now = storyClock();
    this.deadline = now + this.limits.timeMs;
    if (this.limits.taskMs !== Infinity && taskDeadline === null) {
      taskDeadline = now + this.limits.taskMs;
      void Promise.resolve().then(() => (taskDeadline = null));
    }
  }

  /** The time limit already passed, if any: read between lines as well as every few steps. */
  lateFor(): LimitName | null {
    const now = glanceAtClock();
    if (now > this.deadline) return 'timeMs';
    if (this.limits.taskMs !== Infinity && taskDeadline !== null && now > taskDeadline) return 'taskMs';
    return null;
  }

  override Step(): void {
    // ink runs the global declarations from inside its constructor, before this class's fields exist.
    // Every ink step of every line comes through here: each property is read once.
    const limits = this.limits;
    if (limits === undefined) return super.Step();
    const steps = ++this.steps;
    if (steps > limits.steps) throw new LimitPassed('steps');
    if (steps % CLOCK_EVERY === 0) {
      const late = this.lateFor();
      if (late) throw new LimitPassed(late);
    }
    if (this.state.outputStream.length > limits.outputItems) throw new LimitPassed('outputItems');
    super.Step();
    const stack = this.state.evaluationStack;
    const top = stack[stack.length - 1] as { value?: unknown } | undefined;
    if (top !== undefined && typeof top.value === 'string' && top.value.length > limits.textChars)
      throw new LimitPassed('textChars');
  }

  override VisitContainer(container: Parameters<Story['VisitContainer']>[0], atStart: boolean): void {
    this.watcher?.entered(container.path.toString(), this);
    super.VisitContainer(container, atStart);
  }
}
