// The runner keeps every line's tags, never shows tag-only lines, and turns a runaway story into an error.
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../support/compileSource';
import { Story } from 'inkjs';
import { StoryRunner, stripGlobalTags } from '../../../src/engine/storyRunner';
import { PlayedStory } from '../../../src/engine/playedStory';

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
