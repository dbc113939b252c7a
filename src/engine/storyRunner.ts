// The story runner: inkjs's runtime, continued line by line so that every line keeps its own tags, within the
// limits of PlayedStory (steps, time, output, string length) so that a runaway story becomes an error a person
// can act on instead of a hung tab or a crash. It knows nothing about scoring: the playthrough listens to what it
// produces.
import { compiledStory, type CompiledStory } from './compiledStory.ts';
import {
  LimitPassed,
  PlayedStory,
  UNTRUSTED_LIMITS,
  type LimitName,
  type StoryLimits,
  type StateAhead,
  type StoryWatcher,
} from './playedStory.ts';
import type { StoryChoice, StoryLine } from './types';

export interface RunnerOptions {
  /** ink steps one Continue() may take before the story is stopped (an infinite loop never ends otherwise). */
  stepBudget?: number;
  /** The other limits (time, output, string length); see PlayedStory. */
  limits?: Partial<StoryLimits>;
  /** Watches the containers the story enters (the checker's probe). */
  watcher?: StoryWatcher;
  /** Lines the story may produce between two choices; more means it is almost certainly looping. */
  maxLinesBetweenChoices?: number;
  /** Seeds ink's own RANDOM and shuffles, so the same path always gives the same text. */
  seed?: number;
}

const DEFAULT_MAX_LINES = 2_000;

export type RunErrorKind =
  | 'runtime'
  | 'step-budget'
  | 'time-budget'
  | 'output-cap'
  | 'text-cap'
  | 'line-cap'
  | 'missing-external'
  | 'out-of-content';

/** The kinds that mean the story ran away: nothing after this point of it can be played. */
export const RUNAWAY_KINDS: readonly RunErrorKind[] = [
  'step-budget',
  'time-budget',
  'output-cap',
  'text-cap',
  'line-cap',
];

export class StoryRunError extends Error {
  constructor(
    message: string,
    readonly kind: RunErrorKind,
    readonly where: string | null,
    /**
     * The compiled path of the content ink was running ("hall.0.c-1.4"; when it ran out of content, the last it
     * ran): finer than `where`, for the tools that map it to the author's line (ink/storyMap.ts).
     */
    readonly at: string | null = null,
  ) {
    super(message);
    this.name = 'StoryRunError';
  }
}

export interface RunResult {
  lines: StoryLine[];
  choices: StoryChoice[];
  ended: boolean;
  error: StoryRunError | null;
  warnings: string[];
}

function tagValue(tags: string[], key: string): string | null {
  for (const t of tags) {
    // Cheap test first: this runs for every tag of every line.
    const colon = t.indexOf(':');
    if (colon === -1 || t.slice(0, colon).trim().toLowerCase() !== key) continue;
    return t.slice(colon + 1).trim();
  }
  return null;
}

/** "knot.stitch.0.c-1" → "knot.stitch": the parts an author wrote. */
export function authorPath(path: string | null | undefined): string | null {
  if (!path) return null;
  const named = path.split('.').filter((p) => !/^\d+$/.test(p) && !/^[cg]-\d+$/.test(p) && !p.startsWith('$'));
  return named.length ? named.join('.') : null;
}

/**
 * A choice played ahead (StoryRunner.playAhead): what continueToChoice gives after it, and the ink state it ends
 * in. Good only for the runner that played it, while its story has not moved since.
 */
export interface PlayedAhead {
  readonly result: RunResult;
  readonly runner: StoryRunner;
  readonly state: StateAhead;
  readonly moves: number;
  readonly firstLine: boolean;
}

export class StoryRunner {
  readonly story: PlayedStory;
  readonly compiled: CompiledStory;
  private readonly maxLines: number;
  private errors: string[] = [];
  private warnings: string[] = [];
  private firstLine = true;
  private dead: StoryRunError | null = null;
  /** How many times ink's state has moved (a choice, a jump, a variable set, a passage, a restart, a load). */
  private moves = 0;

  constructor(story: string | object | CompiledStory, options: RunnerOptions = {}) {
    this.compiled = compiledStory(story);
    this.story = new PlayedStory(this.compiled.parsed, {
      ...(this.compiled.untrusted ? UNTRUSTED_LIMITS : {}),
      ...options.limits,
      ...(options.stepBudget === undefined ? {} : { steps: options.stepBudget }),
    });
    this.story.watcher = options.watcher ?? null;
    this.maxLines = options.maxLinesBetweenChoices ?? DEFAULT_MAX_LINES;
    // Always set onError: without it inkjs throws a summary and the messages are lost.
    this.story.onError = (message: string, type?: unknown) => {
      // ErrorType.Warning is 1 in inkjs; Author messages (0) are kept as warnings too.
      if (type === 2 || type === undefined) this.errors.push(message);
      else this.warnings.push(message);
    };
    this.story.state.storySeed = options.seed ?? 0;
    this.story.state.previousRandom = 0;
  }

  /** The error a story that passed one of its limits ends in, in words an author can act on. */
  private limitError(limit: LimitName): StoryRunError {
    const n = (x: number) => x.toLocaleString('en-GB');
    const limits = this.story.limits;
    const [kind, message]: [RunErrorKind, string] =
      limit === 'steps'
        ? [
            'step-budget',
            `the story ran for more than ${n(limits.steps)} steps without showing a line: it is probably stuck in a loop or a function that calls itself`,
          ]
        : limit === 'timeMs'
          ? [
              'time-budget',
              `the story ran for more than ${n(limits.timeMs)} ms without offering a choice: it is probably stuck in a loop`,
            ]
          : limit === 'taskMs'
            ? [
                'time-budget',
                `the story took more than ${n(limits.taskMs)} ms to play in one go (catching up after Back, or a What if): some passage of it is very slow, probably a long loop`,
              ]
            : limit === 'passageChars'
              ? [
                  'text-cap',
                  `the story showed more than ${n(limits.passageChars)} characters without offering a choice: it is probably printing in a loop`,
                ]
              : limit === 'outputItems'
                ? [
                    'output-cap',
                    `the story piled up more than ${n(limits.outputItems)} pieces of text without ending a line: it is probably stuck in a loop that prints or glues something each time round`,
                  ]
                : [
                    'text-cap',
                    `the story made a piece of text longer than ${n(limits.textChars)} characters: it is probably growing a string in a loop`,
                  ];
    return new StoryRunError(message, kind, this.currentPath, this.story.contentPath);
  }

  /** The story's global tags (read once per compiled story). */
  get globalTags(): string[] {
    return this.compiled.globalTags;
  }

  /** Back to the very start of the story, in place (the same ink story, so nothing is parsed again). */
  restart(seed: number): void {
    this.moves++;
    // ink runs the global declarations again, step by step: on a fresh clock, not what is left of the last
    // passage's (a learner who read for a second before "Start again" met "limit passed: timeMs").
    this.story.startBudget(true);
    this.story.ResetState();
    this.story.state.storySeed = seed;
    this.story.state.previousRandom = 0;
    this.firstLine = true;
    this.dead = null;
    this.errors = [];
    this.warnings = [];
  }

  get isDead(): StoryRunError | null {
    return this.dead;
  }

  get currentPath(): string | null {
    return authorPath(this.story.state.currentPathString);
  }

  /** Continue until the next choice point or the end, line by line so every line keeps its tags. */
  continueToChoice(): RunResult {
    this.moves++;
    const lines: StoryLine[] = [];
    let shown = 0;
    let error: StoryRunError | null = this.dead;
    while (!error && this.story.canContinue) {
      if (lines.length >= this.maxLines) {
        error = new StoryRunError(
          `the story showed more than ${this.maxLines.toLocaleString('en-GB')} lines without offering a choice: it is probably stuck in a loop`,
          'line-cap',
          this.currentPath,
          this.story.contentPath,
        );
        break;
      }
      this.story.startBudget(lines.length === 0);
      // Between lines too: a line can take ink long to tidy while taking few steps, so the clock inside Step()
      // may never be read (see PlayedStory).
      const late = this.story.lateFor();
      if (late) {
        error = this.limitError(late);
        break;
      }
      let text: string;
      try {
        text = this.story.Continue() ?? '';
      } catch (e) {
        error = this.toRunError(e, this.currentPath);
        // ink had already produced this text when it ran away looking ahead: show it before the error.
        const partial = this.partialText();
        if (partial) lines.push({ text: partial, tags: [], hidden: false, speaker: null, to: null });
        break;
      }
      let tags = [...(this.story.currentTags ?? [])];
      if (this.firstLine) {
        // The first Continue() carries every global tag as well as the line's own: keep only the line's own.
        tags = stripGlobalTags(tags, this.globalTags);
        this.firstLine = false;
      }
      if (this.errors.length) {
        error = new StoryRunError(
          this.errors.join('; '),
          classify(this.errors.join(' ')),
          this.currentPath,
          this.story.errorAt,
        );
        this.errors = [];
        // ink still returns the text it had; show it before the error panel.
      }
      const trimmed = text.endsWith('\n') ? text.slice(0, -1) : text;
      const hidden = trimmed.trim() === '';
      if (hidden && tags.length === 0) continue;
      lines.push({
        text: trimmed,
        tags,
        hidden,
        speaker: tags.length ? tagValue(tags, 'speaker') : null,
        to: tags.length ? tagValue(tags, 'to') : null,
      });
      shown += trimmed.length;
      if (!error && shown > this.story.limits.passageChars) error = this.limitError('passageChars');
    }
    if (error) this.dead = error;
    const choices: StoryChoice[] = error
      ? []
      : this.story.currentChoices.map((c, i) => ({ index: i, text: c.text, tags: [...(c.tags ?? [])] }));
    const warnings = this.warnings;
    this.warnings = [];
    return { lines, choices, ended: !error && choices.length === 0, error, warnings };
  }

  /** What ink had produced of the line it was on when it ran away, no longer than the text limit. */
  private partialText(): string {
    let text = '';
    for (const item of this.story.state.outputStream) {
      const value = (item as { value?: unknown }).value;
      if (typeof value === 'string') text += value;
      if (text.length > this.story.limits.textChars) break;
    }
    return text.slice(0, this.story.limits.textChars).trim();
  }

  choose(index: number): void {
    if (this.dead) throw this.dead;
    this.moves++;
    const n = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= n) {
      throw new RangeError(`choice ${index + 1} is out of range 1..${n}`);
    }
    this.story.ChooseChoiceIndex(index);
  }

  /** Jump to a knot or stitch (used to skip a scene). */
  goTo(path: string): void {
    if (this.dead) throw this.dead;
    this.moves++;
    this.story.ChoosePathString(path);
  }

  /** Which globals the story declares: fixed when it is compiled, and asked on every choice (last_act). */
  private declared = new Map<string, boolean>();

  hasVariable(name: string): boolean {
    let known = this.declared.get(name);
    if (known === undefined) {
      known = this.story.variablesState.GlobalVariableExistsWithName(name);
      this.declared.set(name, known);
    }
    return known;
  }

  setVariable(name: string, value: string | boolean | number): void {
    if (!this.hasVariable(name)) return;
    this.moves++;
    (this.story.variablesState as unknown as Record<string, unknown>)[name] = value;
  }

  /** ink's whole state, as `state.ToJson()` wrote it (a snapshot: the tools' every-path walks). */
  loadState(json: string): void {
    this.moves++;
    const state = this.story.state;
    // ink reads its saves with a reviver that keeps a number written `2.0` a float: the walk's restores spent a
    // tenth of their time in it. In ToJson's compact text a number follows `:`, `,` or `[`; a state with no such
    // number ending `.0` is read the same by plain JSON.parse. Any other (a match inside a string too) goes
    // through ink's own reader.
    if (/[:,[]-?\d+\.0/.test(json)) return state.LoadJson(json);
    state.LoadJsonObj(JSON.parse(json) as Record<string, unknown>);
    state.onDidLoadState?.();
  }

  /**
   * Make a choice ahead of the learner, on a copy of ink's state, and play on to the next choice or the end: `take`
   * makes the calls the choice makes (choose, setVariable) and nothing else. This runner and its story are left
   * exactly as they were. Null when the copy cannot be made exactly, or the passage ends in an error (the real
   * run meets it again, and says it as it always has).
   */
  playAhead(take: () => void): PlayedAhead | null {
    if (this.dead || this.story.watcher) return null;
    const { moves, errors, warnings, firstLine } = this;
    this.errors = [];
    this.warnings = [];
    try {
      const played = this.story.playAhead(() => {
        take();
        return this.continueToChoice();
      });
      if (!played || played.result.error) return null;
      return { result: played.result, runner: this, state: played.ahead, moves, firstLine: this.firstLine };
    } finally {
      this.moves = moves;
      this.errors = errors;
      this.warnings = warnings;
      this.firstLine = firstLine;
      this.dead = null;
    }
  }

  /**
   * The passage a choice played ahead gives, with ink now where that choice leaves it, exactly as if `take` and
   * continueToChoice() had run now; null (and nothing changed) when the story has moved since it was played.
   */
  adopt(ahead: PlayedAhead): RunResult | null {
    if (ahead.runner !== this || ahead.moves !== this.moves || this.dead) return null;
    if (!this.story.adopt(ahead.state)) return null;
    this.moves++;
    this.firstLine = ahead.firstLine;
    return ahead.result;
  }

  /** Knots and stitches, in the order written, whose first line carries `scene:`. */
  sceneStarts(): string[] {
    return this.compiled.sceneStarts();
  }

  private toRunError(e: unknown, where: string | null): StoryRunError {
    if (e instanceof StoryRunError) return e;
    if (e instanceof LimitPassed) return this.limitError(e.limit);
    const message = e instanceof Error ? e.message : String(e);
    if (/RangeError|call stack/i.test(message)) {
      return new StoryRunError(
        'the story called itself too deeply (infinite recursion)',
        'step-budget',
        where,
        this.story.contentPath,
      );
    }
    return new StoryRunError(message, classify(message), where, this.story.contentPath);
  }
}

function classify(message: string): RunErrorKind {
  if (/external function/i.test(message) || /Missing function binding/i.test(message)) return 'missing-external';
  if (/ran out of content|unexpectedly reached end of content/i.test(message)) return 'out-of-content';
  return 'runtime';
}

export function stripGlobalTags(tags: string[], globalTags: string[]): string[] {
  const remaining = [...globalTags];
  return tags.filter((t) => {
    const i = remaining.indexOf(t);
    if (i === -1) return true;
    remaining.splice(i, 1);
    return false;
  });
}
