// Option craft (authoring-contract.md): the warnings `check` gives when a decision's options give the answer
// away, and the path measures it prints. Warnings are advice: they never make `check` fail.
import { describe, expect, it } from 'vitest';
import { craftSummary, optionCraftWarnings, type DecisionSighting } from '../../../src/ink/optionCraft';
import type { OptionOutcome } from '../../../src/engine/types';
import { checkStory } from '../../../src/ink/checkStory';
import { readStoryFiles } from '../../../src/ink/storyFiles';

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
    // Said at the first of the decisions counted, so an editor can jump there; the others named after "here".
    expect(longest([d(1, true), d(2, true), d(3, true), d(4, false), d(5, false)])).toEqual(['craft-best-longest 1']);
    const [warning] = optionCraftWarnings('story.ink', [d(4, true), d(2, true), d(3, true), d(1, false), d(5, false)]);
    expect(warning!.message).toContain('(more than 40 %; here and at lines 3 and 4)');
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
    expect(placed([d(1, true), d(2, true), d(3, true), d(4, false)])).toEqual(['craft-best-place 1']);
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
    ).toEqual(['craft-same-best-act 1']);
  });

  it("warn at an option that states its own excuse: the spec's examples, and the first drafts' own", () => {
    const excuses = [
      // scenarios.md, "Option craft", and the first drafts (tests/fixtures/s1-first-draft).
      'Let Dawn finish. She is busy, and there is a queue',
      "Stay out of it. She isn't your client, and Esther needs you",
      'Answer for Mr Okafor because of his dementia',
      'Fill the form in for him, to save him the struggle',
      'Tell the tutor about her dyslexia so they go easy on her spelling',
      'Agree with the plan, since he’s new here',
      "Ring off, as there's a queue behind you",
      "Book it for her, because she can't use the phone",
    ];
    excuses.forEach((text, i) => {
      const found = codes([at(10 + i, option(text, [-1, -1, 0]), option('Turn to her and wait', [2, 2, 0]))]);
      expect(found, text).toContain(`craft-excuse ${10 + i}`);
    });
    const said = optionCraftWarnings('story.ink', [
      at(3, option('Let Dawn finish. She is busy, and there is a queue', [-1, -1, 0]), option('Wait', [2, 2, 0])),
    ]).find((d) => d.code === 'craft-excuse')!;
    expect(said.message).toContain('("She is busy, and there is a queue")');
    expect(said.message).toContain('put the reason in the scene, said by a person there');
  });

  it('leave alone what the learner says to someone, and since or as of time and manner', () => {
    const fine = [
      // Wordings of the shipped stories.
      'Tell Diane no because Chiamaka ran a ward for four years; catch Chiamaka at the trolley afterwards',
      "Tell Samir and Hawa what you can't do, say you'll read the report, and ask what's changed since they wrote it.",
      "Tell Samir you've found New Roots the money from this year's underspend, as a direct award.",
      // Quoted words are what the learner says: the act itself.
      '"She\'s busy, and there\'s a queue," you tell Esther',
      'Leave the form as it is',
    ];
    for (const text of fine) {
      const found = codes([at(3, option(text, [-1, -1, 0]), option('Turn to her and wait', [2, 2, 0]))]);
      expect(found, text).not.toContain('craft-excuse 3');
    }
  });

  it('leave a decision with one option alone (it is a pacing choice in all but name)', () => {
    expect(codes([at(3, option('Go on', [0, 0, 0]))])).toEqual([]);
  });
});

describe('the first drafts the spec measured (tests/fixtures/s1-first-draft)', () => {
  it('are told of each option that gives its own excuse, at its line', () => {
    const dir = 'tests/fixtures/s1-first-draft';
    const files = readStoryFiles(dir);
    const source = files['sitting-in-reception.ink']!.split('\n');
    const lineOf = (text: string) => source.findIndex((l) => l.includes(text)) + 1;
    const found = checkStory(files, 'sitting-in-reception.ink')
      .diagnostics.filter((d) => d.code === 'craft-excuse')
      .map((d) => d.line);
    expect(found).toEqual([
      lineOf('[Let Dawn finish. She is busy'),
      lineOf('so there must be a way round it'),
      lineOf("[Stay out of it. She isn't your client"),
    ]);
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
