// The runner keeps every line's tags, never shows tag-only lines, and turns a runaway story into an error.
import { describe, expect, it, vi } from 'vitest';
import { compileSource } from '../../support/compileSource';
import { Story } from 'inkjs';
import { StoryRunner, stripGlobalTags } from '../../../src/engine/storyRunner';
import { PlayedStory, UNTRUSTED_LIMITS } from '../../../src/engine/playedStory';
import { playAsUntrusted } from '../../../src/engine/compiledStory';
import { Playthrough } from '../../../src/engine/playthrough';

const compile = compileSource;

describe('story runner', () => {
  it('strips the global tags from the first line and keeps the line’s own', () => {
    const run = new StoryRunner(compile('# title: T\n# summary: S\nHello. # speaker: dawn\n-> END\n'));
    expect(run.globalTags).toEqual(['title: T', 'summary: S']);
    const { lines } = run.continueToChoice();
    expect(lines[0]).toMatchObject({ text: 'Hello.', tags: ['speaker: dawn'], speaker: 'dawn', hidden: false });
  });

  it('keeps tag-only lines for their tags but marks them hidden', () => {
    const run = new StoryRunner(compile('First.\n# discuss: Why?\n* [Go] Gone.\n- -> END\n'));
    const { lines, choices } = run.continueToChoice();
    expect(lines.map((l) => [l.text, l.hidden, l.tags])).toEqual([
      ['First.', false, []],
      ['', true, ['discuss: Why?']],
    ]);
    expect(choices).toEqual([{ index: 0, text: 'Go', tags: [] }]);
  });

  it('keeps choice tags written inside the brackets', () => {
    const run = new StoryRunner(compile('Hi.\n* [Ask her #move: invite esther] Asked.\n- -> END\n'));
    expect(run.continueToChoice().choices[0].tags).toEqual(['move: invite esther']);
  });

  it('stops an infinite loop with the step budget, as an error, not a hang', () => {
    const run = new StoryRunner(compile('Start.\n-> spin\n=== spin ===\n-> spin\n'), { stepBudget: 5_000 });
    const result = run.continueToChoice();
    expect(result.error?.kind).toBe('step-budget');
    expect(result.ended).toBe(false);
    expect(run.isDead).not.toBeNull();
  });

  it('stops infinite recursion with the step budget', () => {
    const run = new StoryRunner(compile('Go.\n~ f()\n-> END\n=== function f() ===\n~ f()\n'), { stepBudget: 5_000 });
    expect(run.continueToChoice().error?.kind).toBe('step-budget');
  });

  it("stops a loop that piles up ink's output stream, by its size or by the clock, whichever comes first", () => {
    const loop = compile('Start.\n-> again\n=== again ===\n<>\n-> again\n');
    const bySize = new StoryRunner(loop).continueToChoice();
    expect(bySize.error?.kind).toBe('output-cap');
    expect(bySize.error?.message).toMatch(/more than 500 pieces of text without ending a line/);
    const byClock = new StoryRunner(loop, { limits: { outputItems: Infinity, timeMs: 50 } }).continueToChoice();
    expect(byClock.error?.kind).toBe('time-budget');
    expect(byClock.error?.where).toBe('again');
  });

  it('stops a story that keeps doubling a string before it can exhaust memory', () => {
    const doubling = compile('VAR s = "ab"\nGo.\n-> grow\n=== grow ===\n~ s = s + s\n-> grow\n');
    const result = new StoryRunner(doubling).continueToChoice();
    expect(result.error?.kind).toBe('text-cap');
    expect(result.error?.message).toMatch(/longer than 100,000 characters/);
  });

  it('caps the text shown between two choices, however few lines and steps make it', () => {
    // Wide lines from a string doubled 15 times: each line takes few steps but long for ink to tidy (issue 17).
    const wide =
      'VAR s = "ab"\nGo.\n~ s = grow(s, 15)\n-> flood\n=== flood ===\n{s}\n-> flood\n' +
      '=== function grow(t, n)\n{ n > 0:\n~ return grow(t + t, n - 1)\n}\n~ return t\n';
    const result = new StoryRunner(compile(wide)).continueToChoice();
    expect(result.error?.kind).toBe('text-cap');
    expect(result.error?.message).toMatch(/more than 100,000 characters without offering a choice/);
    expect(result.lines.reduce((n, l) => n + l.text.length, 0)).toBeLessThan(200_000);
  });

  it('reads the clock between lines, so lines that take few steps each still meet the time limit', () => {
    const lines = compile('-> again\n=== again ===\nAgain.\n-> again\n');
    const result = new StoryRunner(lines, {
      limits: { timeMs: 0 },
      maxLinesBetweenChoices: Infinity,
    }).continueToChoice();
    expect(result.error?.kind).toBe('time-budget');
    expect(result.lines.length).toBeLessThan(1_000);
  });

  it('a story under a task limit keeps to one clock for the whole task: a replay of many passages stops, and says why', async () => {
    const story = compile('-> again\n=== again ===\nAgain.\n+ [On] -> again\n');
    let now = 1_000;
    // The story's clock (storyClock: CPU time in Node), held still so the test says how much time has passed.
    const clock = vi.spyOn(process, 'cpuUsage').mockImplementation(() => ({ user: now * 1_000, system: 0 }));
    try {
      const run = new StoryRunner(story, { limits: { taskMs: 100 } });
      const trusted = new StoryRunner(story);
      expect(run.continueToChoice().error).toBeNull();
      expect(trusted.continueToChoice().error).toBeNull();
      // Still the same task, 150 ms later: each passage alone is quick, but the task has had its second.
      now += 150;
      run.choose(0);
      const late = run.continueToChoice();
      expect(late.error?.kind).toBe('time-budget');
      expect(late.error?.message).toMatch(/more than 100 ms to play in one go/);
      // A story without the task limit (every shipped one) plays on.
      trusted.choose(0);
      expect(trusted.continueToChoice().error).toBeNull();
      // Once the task is over, the clock starts again.
      await Promise.resolve();
      now += 1_000;
      expect(new StoryRunner(story, { limits: { taskMs: 100 } }).continueToChoice().error).toBeNull();
    } finally {
      clock.mockRestore();
    }
  });

  it('a state read back plays on exactly as ink reading it itself would (loadState)', () => {
    const json = compile('VAR f = 2.0\nVAR n = 3\n{f / 4} {n / 2}\n+ [On] -> END\n');
    const run = new StoryRunner(json);
    const start = run.story.state.ToJson();
    const first = run.continueToChoice().lines.map((l) => l.text);
    run.loadState(start);
    const ink = new StoryRunner(json);
    ink.story.state.LoadJson(start);
    expect(run.continueToChoice().lines.map((l) => l.text)).toEqual(first);
    expect(ink.continueToChoice().lines.map((l) => l.text)).toEqual(first);
    expect(run.story.state.ToJson()).toBe(ink.story.state.ToJson());
  });

  it('a story played as untrusted keeps to the task limit wherever a playthrough of it is made (a What if copy too)', () => {
    const json = compile('Hi, opened file.\n+ [On] Gone.\n-> END\n');
    const other = compile('Hi, shipped story.\n-> END\n');
    playAsUntrusted(json);
    expect(new StoryRunner(json).story.limits.taskMs).toBe(UNTRUSTED_LIMITS.taskMs);
    const copy = Playthrough.resume(json, { format: 1, storyId: 'x', storyHash: '', seed: 0, path: [] });
    expect((copy.playthrough as unknown as { runner: StoryRunner }).runner.story.limits.taskMs).toBe(1_000);
    expect(new StoryRunner(other).story.limits.taskMs).toBe(Infinity);
  });

  it("is a subclass of inkjs's Story: no library prototype is modified", () => {
    const run = new StoryRunner(compile('Hi.\n-> END\n'));
    expect(run.story).toBeInstanceOf(Story);
    expect(Object.getPrototypeOf(run.story)).not.toBe(Story.prototype);
    expect(Object.hasOwn(Story.prototype, '__stepBudgeted')).toBe(false);
    expect(Story.prototype.Step).not.toBe(PlayedStory.prototype.Step);
  });

  it('caps the lines between two choices', () => {
    const run = new StoryRunner(compile('-> again\n=== again ===\nAgain.\n-> again\n'), { maxLinesBetweenChoices: 50 });
    const result = run.continueToChoice();
    expect(result.error?.kind).toBe('line-cap');
    expect(result.lines).toHaveLength(50);
  });

  it('turns running out of content into an error a person can read', () => {
    const run = new StoryRunner(compile('== k ==\nOnly this.\n'));
    run.goTo('k');
    const result = run.continueToChoice();
    expect(result.error?.kind).toBe('out-of-content');
  });

  it('reports a missing EXTERNAL function as an error, not an exception', () => {
    const run = new StoryRunner(compile('EXTERNAL beep()\nHi.\n~ beep()\n-> END\n'));
    const result = run.continueToChoice();
    expect(result.error?.kind).toBe('missing-external');
  });

  it('lists scene knots in the order written', () => {
    const run = new StoryRunner(
      compile('-> a\n=== a ===\n# scene: one\nA.\n-> b\n=== b ===\nB.\n-> c\n=== c ===\n# scene: three\nC.\n-> END\n'),
    );
    expect(run.sceneStarts()).toEqual(['a', 'c']);
  });

  it('stripGlobalTags removes each global tag once', () => {
    expect(stripGlobalTags(['title: T', 'speaker: x', 'title: T'], ['title: T'])).toEqual(['speaker: x', 'title: T']);
  });
});
