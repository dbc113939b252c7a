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

type StoryState = Story['state'];

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

/**
 * The parts of inkjs's Story and StoryState that playing ahead reads and puts back (their TypeScript types call
 * them private; the subclass uses them as ink's own newline lookahead does, and changes no library prototype).
 */
interface InkInternals {
  _state: StoryState;
  _asyncSaving: boolean;
  _stateSnapshotAtLastNewline: StoryState | null;
  _recursiveContinueCount: number;
  _asyncContinueActive: boolean;
  _sawLookaheadUnsafeFunctionAfterNewline: boolean;
  _temporaryEvaluationContainer: unknown;
  _variableObservers: Map<string, unknown[]> | null;
}
interface StateInternals {
  _patch: unknown;
  _namedFlows: Map<string, unknown> | null;
}
interface VariablesInternals {
  _batchObservingVariableChanges: boolean;
  _changedVariablesForBatchObs: Set<string> | null;
}

/** ink's state where a choice played ahead left it (PlayedStory.playAhead): only the story that made it adopts it. */
export interface StateAhead {
  readonly story: PlayedStory;
  readonly from: StoryState;
  readonly state: StoryState;
}

// Reading the clock costs more than the other checks: look at it once every this many steps.
const CLOCK_EVERY = 64;

export class PlayedStory extends Story {
  readonly limits: StoryLimits;
  watcher: StoryWatcher | null = null;
  /**
   * Where ink was when it last reported an error: the compiled path of the content it was running ("hall.0.c-1.4"),
   * or, when it had run out of content, of the last content it ran. ink ends the story as it reports, and keeps no
   * place after; the tools that know the source (check, play, the author preview) name the line from this.
   */
  errorAt: string | null = null;
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

  /**
   * Play ahead on a copy of ink's state, and come back to this state exactly as it was (issue 20: the words after
   * each option are worked out while the learner reads). The copy is ink's own background-save copy: it shares
   * this state's globals, visit counts and turn indices and writes its changes to a patch on top of them, and it
   * has its own clone of each choice's thread, so nothing `play` does reaches this state. Null when the story is
   * in a shape this cannot copy exactly (named flows, variable observers, a snapshot or Continue in progress), or
   * when `play` throws. The returned state is what adopt() takes, if the learner makes that same choice.
   */
  playAhead<T>(play: () => T): { result: T; ahead: StateAhead } | null {
    const ink = this as unknown as InkInternals;
    const from = ink._state;
    if (
      ink._asyncSaving ||
      ink._stateSnapshotAtLastNewline !== null ||
      ink._recursiveContinueCount !== 0 ||
      ink._asyncContinueActive ||
      (ink._variableObservers !== null && ink._variableObservers.size > 0) ||
      (from as unknown as StateInternals)._patch !== null ||
      (from as unknown as StateInternals)._namedFlows !== null
    )
      return null;
    const variables = from.variablesState as unknown as VariablesInternals;
    const observing = [variables._batchObservingVariableChanges, variables._changedVariablesForBatchObs] as const;
    const { steps, deadline } = this;
    // ink's own lookahead, while a save is written in the background, leaves every patch unapplied: so does this.
    this.CopyStateForBackgroundThreadSave();
    let result: T;
    let state: StoryState;
    let whole = false;
    try {
      result = play();
      state = ink._state;
      whole = ink._stateSnapshotAtLastNewline === null && ink._recursiveContinueCount === 0;
    } catch {
      whole = false;
    } finally {
      // Back exactly as it was, whatever `play` did or threw from inside ink.
      ink._state = from;
      from.RestoreAfterPatch();
      ink._asyncSaving = false;
      ink._stateSnapshotAtLastNewline = null;
      ink._recursiveContinueCount = 0;
      ink._asyncContinueActive = false;
      ink._sawLookaheadUnsafeFunctionAfterNewline = false;
      ink._temporaryEvaluationContainer = null;
      [variables._batchObservingVariableChanges, variables._changedVariablesForBatchObs] = observing;
      this.steps = steps;
      this.deadline = deadline;
    }
    return whole ? { result: result!, ahead: { story: this, from, state: state! } } : null;
  }

  /**
   * Back to the start of the story. A limit thrown from inside ink leaves ink's own note of a Continue in progress
   * (and of a newline it was looking past) as it was when thrown; ink's ResetState does not clear them, and while
   * they stand playAhead() refuses (the clicks after "Start again" would all wait for ink).
   */
  override ResetState(): void {
    const ink = this as unknown as InkInternals;
    ink._recursiveContinueCount = 0;
    ink._stateSnapshotAtLastNewline = null;
    ink._sawLookaheadUnsafeFunctionAfterNewline = false;
    ink._temporaryEvaluationContainer = null;
    this.errorAt = null;
    super.ResetState();
  }

  /**
   * Take a state played ahead as this story's own, as ink takes its lookahead when it keeps it: its patch applied
   * to the globals and counts it shares. Only from the state it was played ahead of, which must not have moved
   * since (the caller knows; StoryRunner counts its moves). False, and nothing changed, otherwise.
   */
  adopt(ahead: StateAhead): boolean {
    const ink = this as unknown as InkInternals;
    if (ahead.story !== this || ahead.from !== ink._state) return false;
    ahead.state.RestoreAfterPatch();
    ahead.state.ApplyAnyPatch();
    ink._state = ahead.state;
    return true;
  }

  /** Where ink is now (the content it is running, else the last it ran), as a compiled path; null before it starts. */
  get contentPath(): string | null {
    const state = this.state;
    const pointer = state.currentPointer.isNull ? state.previousPointer : state.currentPointer;
    return pointer.isNull ? null : (pointer.path?.toString() ?? null);
  }

  override AddError(message: string, isWarning = false, useEndLineNumber = false): void {
    if (!isWarning) this.errorAt = this.contentPath;
    super.AddError(message, isWarning, useEndLineNumber);
  }

  override VisitContainer(container: Parameters<Story['VisitContainer']>[0], atStart: boolean): void {
    this.watcher?.entered(container.path.toString(), this);
    super.VisitContainer(container, atStart);
  }
}
