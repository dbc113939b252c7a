// `check` on small fixtures, one for each kind of problem: the right file, line, severity and code.
import { describe, expect, it } from 'vitest';
import { checkStory, type CheckDiagnostic, type StoryCheck } from '../../../src/ink/checkStory';
import { readStoryFiles } from '../../../src/ink/storyFiles';
import { formatSummary } from '../../../src/ink/checkSummary';
import { decodeSavePath, encodeSavePath } from '../../../src/engine/saveCode';

const DIR = 'tests/fixtures/check';
const files = readStoryFiles(DIR);
const check = (main: string, options = {}): StoryCheck =>
  checkStory(files, main, { displayPrefix: `${DIR}/`, ...options });

/** The diagnostics as "code line severity" lines, sorted: easy to read in a failing test. */
const brief = (list: CheckDiagnostic[]) => list.map((d) => `${d.code} ${d.line ?? '-'} ${d.severity}`);

describe('a clean story', () => {
  const result = check('good.ink');

  it('has nothing to report', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.errors).toBe(0);
  });

  it('plays every path of a small story, reaching both endings', () => {
    expect(result.summary.mode).toBe('every-path');
    expect(result.summary.paths).toBe(4);
    expect(result.summary.decisions).toBe(2);
    expect(result.summary.endings).toEqual({ reached: ['ending_one', 'ending_two'], broken: [], total: 2 });
  });

  it('lists the acts the story can resolve to', () => {
    // Asking Bob to ask Ann next time also invites Ann, who is not in the office: INVITE beside CHALLENGE.
    expect(result.summary.acts).toEqual(['INVITE', 'HOLD_SPACE', 'CHALLENGE', 'SPEAK_FOR']);
  });

  it('repeats exactly', () => {
    expect(check('good.ink').summary).toEqual(result.summary);
  });
});

describe('the v3 tags: reveal:, reflect: and pronouns in a cast line', () => {
  it('are accepted where the contract puts them, with nothing to report', () => {
    const result = check('v3-tags.ink');
    expect(result.diagnostics).toEqual([]);
    expect(result.summary).toMatchObject({ scored: true, mode: 'every-path', paths: 2, decisions: 1 });
  });

  it('report each misuse at its line: bad pronouns, a facet the person lacks or shows anyway, a stray reflect:', () => {
    expect(brief(check('v3-problems.ink').diagnostics)).toEqual([
      'tag 10 error', // pronouns: she
      'cast-unused 10 warning', // cy is still in the cast (without the bad pronouns), and nothing names her
      'reveal 19 error', // ann has no religion facet
      'reveal 20 warning', // bob's age is visible from the start
      'cast-undeclared 21 error', // anne
      'tag 22 error', // hobbies is not a facet key
      'move-outside 23 warning', // reflect: on a line
      'tag 26 error', // reflect: with no words
    ]);
    const messages = check('v3-problems.ink').diagnostics.map((d) => d.message);
    expect(messages).toContain(
      "a reflect: tag belongs inside the choice's [brackets]; here it tags the output line and is ignored",
    );
    expect(messages.find((m) => m.includes('anne'))).toContain('did you mean "ann"?');
  });
});

describe('a plain Inky story', () => {
  it("plays unscored, its own tags and Inky's ignored, with nothing to report", () => {
    const result = check('plain.ink');
    expect(result.diagnostics).toEqual([]);
    expect(result.summary).toMatchObject({ scored: false, mode: 'every-path', paths: 2, decisions: 1, acts: [] });
  });
});

describe('the story Inky puts in every new file', () => {
  // inky-new-file.ink is Inky's text word for word (no comment of ours, so its lines are Inky's): a gather at the top
  // of the story, outside any knot, then -> END. ink adds a DONE of its own after that gather; check once took it
  // for an END the author wrote, at the gather's line, and warned that no path reached it.
  const result = check('inky-new-file.ink');

  it('has nothing to report: both paths end at its END', () => {
    expect(result.diagnostics).toEqual([]);
  });

  it('counts its END, outside any knot, as an ending that both paths reach', () => {
    expect(result.summary).toMatchObject({ mode: 'every-path', paths: 2 });
    expect(result.summary.endings).toEqual({ reached: [`${DIR}/inky-new-file.ink:7`], broken: [], total: 1 });
  });
});

describe('a story that runs out of text with no -> END', () => {
  // ink ends a story that runs out at its top (outside every knot) with an end of its own and says nothing; check
  // said nothing either, and counted "0 of 0 endings" for a story with no END at all.
  it("warns at the last line of Inky's new story without its -> END, saying the story has none and what to write", () => {
    const source = files['inky-new-file.ink']!.replace(/\n\s*-> END\s*$/, '\n');
    const result = checkStory({ 'new.ink': source }, 'new.ink');
    expect(brief(result.diagnostics)).toEqual(['no-ending 6 warning']);
    expect(result.diagnostics[0]!.message).toBe(
      "the story runs out of text after this line (on 2 of the 2 paths) with no -> END, so ink ends it quietly and check cannot count it as an ending; the story has no -> END at all, so check counts 0 endings: if the story should end here, write -> END on the line below; if it should go on, write an arrow to the knot that comes next (-> and the knot's name); to see it: npm run play -- new.ink --choices 1",
    );
    expect(result.summary.endings).toEqual({ reached: [], broken: [], total: 0 });
  });

  it('warns at the line where one path runs out, though another reaches an END, with the choices that lead there', () => {
    const result = check('runs-out.ink', { replay: 'preview' });
    expect(brief(result.diagnostics)).toEqual(['no-ending 7 warning']);
    expect(result.diagnostics[0]!.message).toMatch(
      /^the story runs out of text after this line \(on 1 of the 2 paths\)/,
    );
    expect(result.diagnostics[0]!.message).toMatch(/; to see it: in the preview below, choose 2$/);
  });
});

describe('where Skip this scene goes (next_scene:)', () => {
  // A next_scene: naming a knot the story lacks once passed check, and broke the story when a learner pressed Skip.
  const result = check('next-scene.ink');
  const said = (line: number) => result.diagnostics.find((d) => d.line === line)?.message;

  it('is an error at the line of each next_scene: that names no knot or stitch; a stitch and an ending named rightly pass', () => {
    expect(brief(result.diagnostics)).toEqual(['next-scene 18 error', 'next-scene 19 error', 'next-scene 20 error']);
  });

  it('names the knot written, and says what was meant: the knot a slip was near, or the stitch with its knot', () => {
    expect(said(18)).toBe(
      'next_scene: names "ofice", and the story has no knot or stitch of that name, so "Skip this scene" would lead nowhere (did you mean "office"?)',
    );
    expect(said(19)).toContain('"desk" is a stitch of knot "office", so write "# next_scene: office.desk"');
    expect(said(20)).toContain('write the name of the knot the skip should go to');
  });
});

describe('a next_scene: that names a function', () => {
  // It once passed check (a function is compiled as a knot), and Skip this scene then ran the function as a scene:
  // the learner's story stopped with an error at its ~ return.
  const result = check('next-scene-function.ink');

  it('is an error at the line of the tag, saying it names a function and listing the scenes it could mean', () => {
    expect(brief(result.diagnostics)).toEqual(['next-scene 8 error']);
    expect(result.diagnostics[0]!.message).toBe(
      'next_scene: names "make_tea", which is a function (written "=== function make_tea"), not a scene: "Skip this scene" would run it as if it were one and stop the story with an error; write the knot the skip should go to, one of the story\'s scenes: "lounge" or "office"',
    );
  });

  it('lists the knots when no knot starts a scene, and a function that is never named passes', () => {
    const source = files['next-scene-function.ink']!.replace(/^# scene: \w+\n/gm, '');
    const named = checkStory({ 'tea.ink': source }, 'tea.ink').diagnostics.filter((d) => d.code === 'next-scene');
    expect(named.map((d) => d.message.replace(/^.*, one of/, 'one of'))).toEqual([
      'one of the story\'s knots: "lounge" or "office"',
    ]);
    const unnamed = source.replace('# next_scene: make_tea\n', '');
    expect(checkStory({ 'tea.ink': unnamed }, 'tea.ink').diagnostics).toEqual([]);
  });

  it('ends the story where it ends, in the knot that called the function on its last lines, not in the function', () => {
    // The office calls make_tea just before its END. check once took the walk to have ended in the function, so it
    // counted "make_tea" as an ending and said that no path ended at the office's END.
    expect(result.summary.endings).toEqual({ reached: ['office'], broken: [], total: 1 });
  });
});

describe('a move: written before the option\'s "["', () => {
  // inkjs 2.4.0 gives a tag before the "[" to the option (and copies it onto the line the option prints): the engine
  // scores it. check once said it was ignored, and read the tag on to the end of the brackets' words.
  const result = check('move-before-bracket.ink');

  it('makes the story scored, as the engine scores it: a misspelt id in one is an error, with the id meant', () => {
    // good.ink with every option's moves before its "[", and Ann misspelt in one. Read as the output line's alone,
    // the moves once left check thinking the story unscored, so the slip was only a warning.
    const source = files['good.ink']!.replace(/^\* \[(.*?) (#move:.*)\]$/gm, '* $2 [$1]').replace(
      '#move: relay ann [',
      '#move: relay anne [',
    );
    const moved = checkStory({ 'moved.ink': source }, 'moved.ink');
    expect(moved.summary).toMatchObject({ scored: true, decisions: 2 });
    const slips = moved.diagnostics.filter((d) => d.severity === 'error');
    const line = source.split('\n').findIndex((l) => l.includes('relay anne')) + 1;
    expect(slips).toMatchObject([{ code: 'cast-undeclared', line }]);
    expect(slips[0]!.message).toContain('"anne" is not in the cast (did you mean "ann"?)');
    // One warning for each option, the option with two moves among them, each giving all of its moves to write inside.
    const toMove = moved.diagnostics
      .filter((d) => d.code === 'move-outside')
      .map((d) => d.message.replace(/^.*the option prints\): /, ''));
    expect(toMove).toHaveLength(4);
    expect(toMove).toContain('[Ask Bob to ask Ann next time #move: challenge bob #move: invite ann]');
  });

  it('is one warning at its line, saying it counts and giving the brackets to write instead', () => {
    expect(brief(result.diagnostics)).toEqual(['move-outside 24 warning']);
    expect(result.diagnostics[0]!.message).toBe(
      'a move: tag before the "[" counts, as the option\'s, but write it inside the brackets, where readers of the story look for an option\'s tags (ink also copies it onto the line the option prints): [Turn to Ann and wait #move: silent ann leaves_pause]',
    );
  });
});

describe('compile errors and a lost header', () => {
  it('name the file and line ink reports, and the story is not played', () => {
    const result = check('compile-error.ink');
    expect(result.diagnostics).toMatchObject([
      { code: 'compile', file: `${DIR}/compile-error.ink`, line: 4, severity: 'error' },
    ]);
    expect(result.summary.mode).toBe('not-played');
  });

  it('include a header ink cannot see because an INCLUDE comes first', () => {
    expect(brief(check('header-after-include.ink').diagnostics)).toEqual(['header-lost 2 error']);
  });

  it('name the included file for an error inside an INCLUDE', () => {
    const result = check('include-main.ink');
    expect(result.diagnostics).toMatchObject([
      { code: 'compile', file: `${DIR}/includes/broken-part.ink`, line: 3, severity: 'error' },
    ]);
  });
});

describe('a talked-past scene that names nobody whose matters it weighs', () => {
  // Session 18: on stage only someone an access:, mandate:, wants: or consent: names since the scene: line can be
  // talked past, so this harm: exclusion at the office would dim nobody. The lounge names Ann; her wants: there
  // does not carry into the office, which starts a scene of its own.
  const result = check('exclusion-names-nobody.ink');

  it('warns at the harm, saying which tag to add', () => {
    expect(brief(result.diagnostics)).toEqual(['exclusion-names-nobody 40 warning']);
    const [warning] = result.diagnostics;
    expect(warning!.message).toContain('since its "# scene: office" (line 35)');
    expect(warning!.message).toContain('"# wants: ID unknown"');
    expect(result.errors).toBe(0);
  });
});

describe('problems found by reading the source', () => {
  const result = check('problems.ink');
  const at = (code: string, line: number | null) =>
    result.diagnostics.filter((d) => d.code === code && d.line === line);

  it('finds each one on its line with its severity', () => {
    expect(brief(result.diagnostics)).toEqual([
      'header-missing 1 error', // no outcome
      'cast-thin 8 warning', // cy: one facet
      'cast-thin 8 warning', // cy: nothing invisible or unvoiced
      'cast-unused 9 warning', // dee
      'float 11 warning', // VAR ratio = 2.0
      'tag 17 error', // harm: maybe
      'tag 18 warning', // mood: tense
      'tag-text 19 warning', // https:// in a note
      'cast-undeclared 21 error', // wants: anne
      'consent-and-action 24 warning',
      // No craft-no-with here: the option at 28 has no move (its move: is outside the brackets), reported there. // option craft: neither option keeps Ann heard and deciding
      'move-outside 28 warning',
      'craft-best-longest 28 warning', // option craft: the one decision's best option is its longest, said at it
      'untagged-option 28 warning', // the same option, seen while playing
      'float 31 warning', // 5 / 2.0
      'tag-text 32 warning', // -> in a tag
    ]);
  });

  it('says what the author meant where it can', () => {
    expect(at('cast-undeclared', 21)[0]?.message).toContain('did you mean "ann"');
    expect(at('tag-text', 19)[0]?.message).toContain('"note: see https:"');
    expect(at('consent-and-action', 24)[0]?.message).toContain('disclose ann');
    expect(at('float', 11)[0]?.message).toContain('FLOAT(2)');
  });
});

describe('problems found by playing', () => {
  it('finds missing cards, dead options, knots and ENDs, naming their lines', () => {
    const result = check('coverage.ink');
    expect(brief(result.diagnostics)).toEqual([
      'card-discuss 18 warning',
      'card-note 18 warning',
      'card-moment 21 warning',
      'card-perspective 21 warning',
      'unreached-choice 23 warning',
      'unreached-ending 27 warning',
      'unreached-knot 30 warning',
      'unreached-knot 34 warning',
    ]);
    expect(result.summary.endings.reached).toEqual(['ward']);
  });

  it('warns when a moment begins with "At", which the debrief would say twice', () => {
    const result = check('moment-at.ink');
    // Only the option whose consequence names "At the question"; the other option of that decision says "The question".
    expect(brief(result.diagnostics)).toEqual(['card-moment-at 23 warning']);
    expect(result.diagnostics[0]!.message).toContain('"At “At the question”, …"');
  });

  it('reports a runtime error with the path that leads to it', () => {
    const result = check('runtime-error.ink');
    // At the line that calls RANDOM (before: its knot's, line 3). The END after the error is never reached either:
    // true, and gone once the error is fixed.
    expect(brief(result.diagnostics)).toEqual(['runtime 9 error', 'unreached-ending 11 warning']);
    expect(result.diagnostics[0].message).toContain('RANDOM was called with minimum as 5');
    expect(result.diagnostics[0].message).toContain(`npm run play -- ${DIR}/runtime-error.ink --choices 2`);
  });

  it('counts an ending a path stops in with an error among the story’s endings, unreached, and says so', () => {
    // Before: "1 of 1 ending reached", leaving out ending_flat, which runs out of text with no END.
    const flat = check('broken-ending.ink');
    expect(flat.summary.endings).toEqual({ reached: ['ending_good'], broken: ['ending_flat'], total: 2 });
    expect(formatSummary(flat)).toContain(', 1 of 2 endings reached (1 stops with an error), ');
    // Two ENDs in one knot, one after the error: the knot is reached on one path, and stops on the other.
    expect(check('runtime-error.ink').summary.endings).toEqual({ reached: ['hall'], broken: ['hall'], total: 1 });
    expect(formatSummary(check('good.ink'))).toContain(', 2 of 2 endings reached, ');
  });

  it('in the author preview, says which choices to take there to see a runtime error, not a terminal command', () => {
    const result = check('runtime-error.ink', { replay: 'preview' });
    // Before: "to see it: npm run play -- … --choices 2", on a page whose reader has no terminal.
    expect(result.diagnostics[0].message).toMatch(/; to see it: in the preview below, choose 2$/);
    expect(result.diagnostics[0].message).not.toContain('npm run');
  });

  it('stops a walk that never ends and says so', () => {
    const result = check('loop.ink', { maxChoicesPerWalk: 40 });
    expect(brief(result.diagnostics)).toEqual(['too-long - warning']);
    expect(result.diagnostics[0].message).toContain('40 choices');
  });

  it('falls back to walks when a story has too many paths to play them all', () => {
    const result = check('good.ink', { maxPaths: 3 });
    expect(result.summary.mode).toBe('walks');
    expect(result.summary.endings.reached).toEqual(['ending_one', 'ending_two']);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('stitches with short names (b, s1)', () => {
  // ink names its own inner containers b, s0, c-0, g-0, and check once guessed stitches from their names: a stitch
  // called b or s1 was left out of the story map, so an unreached one passed and its END was blamed instead.
  const result = check('short-stitches.ink');

  it('warns at a stitch called b that no path reaches, as at any stitch', () => {
    expect(brief(result.diagnostics)).toEqual(['unreached-knot 16 warning']);
    expect(result.diagnostics[0]!.message).toBe('stitch desk.b is never reached on any of the 2 paths');
  });

  it('counts the END in each stitch as its own ending', () => {
    expect(result.summary.endings).toEqual({ reached: ['desk.s2'], broken: [], total: 2 });
  });
});

describe('the largest save', () => {
  // Fifty decisions with long, varied option texts: a save no SCORM 1.2 LMS can keep.
  const words = [
    'north',
    'quietly',
    'kettle',
    'Thursday',
    'ledger',
    'amber',
    'ward',
    'hinge',
    'pocket',
    'violet',
    'seven',
    'marrow',
  ];
  let n = 1;
  const text = () =>
    Array.from({ length: 22 }, () => words[(n = (n * 7 + 3) % 9973) % words.length] + (n % 97)).join(' ');
  const knots = Array.from(
    { length: 50 },
    (_, i) => `=== k${i} ===\nStep ${i}.\n* [${text()}] -> k${i + 1}\n* [${text()}] -> k${i + 1}\n`,
  );
  const big = { 'big.ink': `-> k0\n${knots.join('')}=== k50 ===\nDone.\n-> END\n` };

  it('is an error over 4,096 characters, measured with the same code the LMS adapter uses', () => {
    const result = checkStory(big, 'big.ink');
    expect(result.summary.largestSave).toBeGreaterThan(4096);
    expect(brief(result.diagnostics)).toEqual(['save-size - error']);
  });

  it('is small for a short story', () => {
    expect(check('good.ink').summary.largestSave).toBeLessThan(400);
  });

  it('round-trips through the save code', () => {
    const save = {
      format: 1 as const,
      storyId: 'good',
      storyHash: 'a'.repeat(64),
      seed: 0,
      path: [{ index: 1, text: 'Say yes' }, { skip: 'office' }],
    };
    expect(decodeSavePath(encodeSavePath(save))).toEqual(save);
  });
});
