// Option craft (authoring-contract.md): the warnings `check` gives when a decision's options give the answer
// away, and the path measures it prints. Warnings are advice: they never make `check` fail.
import { describe, expect, it } from 'vitest';
import { craftSummary, optionCraftWarnings, type DecisionSighting } from '../../../src/ink/optionCraft';
import type { OptionOutcome } from '../../../src/engine/types';

const option = (text: string, [voice, power, courage]: [number, number, number]): OptionOutcome => ({
  index: 0,
  text,
  moves: [{ move: 'invite', target: 'esther', params: {}, flags: [] }],
  contested: false,
  acts: [],
  voice,
  power,
  courage,
});
const at = (line: number, ...options: OptionOutcome[]): DecisionSighting => ({
  file: 'story.ink',
  line,
  options: options.map((o, index) => ({ ...o, index })),
});
const codes = (list: DecisionSighting[]) => optionCraftWarnings('story.ink', list).map((d) => `${d.code} ${d.line}`);

describe('option craft warnings', () => {
  it('say nothing about a decision with a harmful option, a with option, and no give-away length', () => {
    expect(codes([at(3, option('Answer for her', [-1, -1, 0]), option('Turn to her', [2, 2, 0]))])).toEqual([]);
  });

  it('warn when no option scores below 0: every option is safe, so the choice teaches nothing about harm', () => {
    expect(codes([at(3, option('Wait a little', [0, 0, 0]), option('Ask her', [2, 2, 0]))])).toEqual([
      'craft-no-harm 3',
    ]);
  });

  it('warn when no option keeps voice and power at +1 or more: there is no way to do it with the person', () => {
    expect(codes([at(3, option('Say nothing', [0, 0, -1]), option('Answer for her', [-1, -1, 0]))])).toEqual([
      'craft-no-with 3',
    ]);
  });

  it("leave a decision's range alone while an option has no move: that slip is reported at the option", () => {
    const unscored = { ...option('Wait a little', [0, 0, 0]), moves: [] };
    const range = (list: DecisionSighting[]) => codes(list).filter((c) => /^craft-no-(harm|with) /.test(c));
    expect(range([at(3, unscored, option('Ask her', [2, 2, 0]))])).toEqual([]);
    expect(range([at(3, { ...option('Say nothing', [0, 0, -1]), moves: [] }, unscored)])).toEqual([]);
  });

  it('warn when one option is over three times the length of the shortest: length alone stands out', () => {
    const long = 'Turn towards Esther, wait for her to look up, and ask';
    expect(codes([at(3, option('Answer her', [-1, -1, 0]), option(long, [2, 2, 0]))])).toContain('craft-length 3');
  });

  it('warn once for the story when the best option is also the longest in more than 40 % of decisions', () => {
    const d = (line: number, bestLongest: boolean) =>
      at(
        line,
        option(bestLongest ? 'Speak for her' : 'Speak for her, kindly', [-1, -1, 0]),
        option(bestLongest ? 'Ask her to say it' : 'Ask her', [2, 2, 0]),
      );
    const longest = (list: DecisionSighting[]) => codes(list).filter((c) => c.startsWith('craft-best-longest'));
    // 2 of 5 is 40 %: not more than 40 %, no warning. 3 of 5 is.
    expect(longest([d(1, true), d(2, true), d(3, false), d(4, false), d(5, false)])).toEqual([]);
    expect(longest([d(1, true), d(2, true), d(3, true), d(4, false), d(5, false)])).toEqual([
      'craft-best-longest null',
    ]);
  });

  it('warn once when a reader who picks the option with most ally words ("ask", "her", "wants", "together") finds the best too often', () => {
    const told = (line: number) =>
      at(line, option('Tell the doctor the history', [-1, -1, 0]), option('Ask her what she wants to say', [2, 2, 0]));
    const honest = (line: number) =>
      at(
        line,
        option('Ask her if she wants you to tell it', [-1, -1, 0]),
        option('Move the screen so she can see', [2, 2, 1]),
      );
    // 3 of 5 by wording (60 %, chance 2.5 of 5): not enough over chance. 4 of 5 is.
    expect(codes([told(1), told(2), told(3), honest(4), honest(5)])).not.toContain('craft-wording-tell null');
    expect(codes([told(1), told(2), told(3), told(4), honest(5)])).toContain('craft-wording-tell null');
  });

  it('count a tie among the wordiest options as the share of them that are best', () => {
    // Both options carry one caring word; one of the two is best: half a hit in each decision, never a tell.
    const tie = (line: number, bestFirst: boolean) =>
      at(
        line,
        ...(bestFirst
          ? [option('Ask her', [2, 2, 0]), option('Ask the nurse', [-1, -1, 0])]
          : [option('Ask the nurse', [-1, -1, 0]), option('Ask her', [2, 2, 0])]),
      );
    expect(codes([tie(1, true), tie(2, false), tie(3, true), tie(4, false)])).toEqual([]);
  });

  it('take "for her", "yourself" and "herself" as the warning words a skimming reader avoids', () => {
    const d = (line: number) =>
      at(
        line,
        option('Tell the nurse, for her, yourself', [-1, -1, 0]),
        option('Tell the nurse what happened', [2, 2, 0]),
      );
    expect(codes([d(1), d(2), d(3), d(4), d(5)])).toContain('craft-wording-tell null');
  });

  it('warn once when the best option sits at the same place in the list in more than half the decisions', () => {
    const d = (line: number, bestFirst: boolean) =>
      at(
        line,
        ...(bestFirst
          ? [option('Ask her', [2, 2, 0]), option('Ask the nurse', [-1, -1, 0])]
          : [option('Ask the nurse', [-1, -1, 0]), option('Ask her', [2, 2, 0])]),
      );
    const placed = (list: DecisionSighting[]) => codes(list).filter((c) => c.startsWith('craft-best-place'));
    expect(placed([d(1, true), d(2, true), d(3, false), d(4, false)])).toEqual([]);
    expect(placed([d(1, true), d(2, true), d(3, true), d(4, false)])).toEqual(['craft-best-place null']);
  });

  it('warn once when one act is the best option in more than half the decisions: "always pick that act" wins', () => {
    const withAct = (line: number, act: 'INVITE' | 'REMOVE_BARRIER') =>
      at(line, option('Speak for him', [-1, -1, 0]), {
        ...option('Turn to him', [2, 2, 0]),
        acts: [{ act, target: 'a' }],
      });
    const warned = (list: DecisionSighting[]) => codes(list).filter((c) => c.startsWith('craft-same-best-act'));
    expect(
      warned([withAct(1, 'INVITE'), withAct(2, 'INVITE'), withAct(3, 'REMOVE_BARRIER'), withAct(4, 'REMOVE_BARRIER')]),
    ).toEqual([]);
    expect(
      warned([withAct(1, 'INVITE'), withAct(2, 'INVITE'), withAct(3, 'INVITE'), withAct(4, 'REMOVE_BARRIER')]),
    ).toEqual(['craft-same-best-act null']);
  });

  it('leave a decision with one option alone (it is a pacing choice in all but name)', () => {
    expect(codes([at(3, option('Go on', [0, 0, 0]))])).toEqual([]);
  });
});

describe('path measures', () => {
  it('give the fewest and median decisions on a path, and the median path’s words and minutes', () => {
    const summary = craftSummary([
      { decisions: 6, words: 1800 },
      { decisions: 4, words: 1000 },
      { decisions: 5, words: 1440 },
    ]);
    // 1,440 words at 200 a minute (scenarios.md, "Depth") is 7.2 minutes, and 5 decisions at 20 s each 1.7 more.
    expect(summary).toEqual({ pathDecisions: { min: 4, median: 5 }, medianWords: 1440, medianMinutes: 8.9 });
  });

  it('are absent when no walk finished', () => {
    expect(craftSummary([])).toBeNull();
  });
});
