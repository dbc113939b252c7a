// The headless play CLI on fixtures: the contract CI and authors rely on (exit codes, messages, JSON). The command
// runs in-process (its main, with the output captured); one test runs it as an author does, through tsx.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileSource } from '../../support/compileSource';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/play';

const tsx = 'node_modules/.bin/tsx';

/** `npm run play -- ARGS`, in-process; `input` is what is piped to standard input. */
async function play(...args: string[]) {
  return playWith('', ...args);
}
async function playWith(input: string, ...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    input: () => input,
    interactive: false,
  });
  return { code, out, err };
}

describe('npm run play', () => {
  it('prints each line, then each choice as "N: text", and plays the choices given', async () => {
    const r = await play('tests/fixtures/play/good.ink', '--choices', '1');
    expect(r.code).toBe(0);
    // The speaker and whom the line is said to come first, as the game shows them (an undeclared id as itself).
    expect(r.out).toBe('dawn (to you): The kettle is on.\n1: Make the tea\n2: Leave it\nYou make the tea.\nDone.\n');
  });

  it('names who speaks by their cast name and to whom, and prints a line that names its own speaker as written', async () => {
    const r = await play('tests/fixtures/play/speakers.ink');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'Ann Lee: Morning.\nBob (to Ann Lee): Is the form in?\nAnn laughs. "It\'s been in since May."\n',
    );
  });

  it('prints the contract JSON with lines, speakers and decisions', async () => {
    const r = await play('tests/fixtures/play/good.ink', '--choices', '2', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ story: 'good', title: 'A Good Story', ended: true, error: null, pattern: null });
    expect(json.lines[0]).toEqual({
      text: 'The kettle is on.',
      speaker: 'dawn',
      to: 'you',
      tags: ['speaker: dawn', 'to: you'],
    });
    // A plain story: every choice point is a decision with no acts.
    expect(json.decisions).toHaveLength(1);
    expect(json.decisions[0]).toMatchObject({ index: 0, choice: { index: 1, text: 'Leave it' }, acts: [], voice: 0 });
  });

  it('--json v3: each decision keeps its base scores and every option on offer, resolved where it was offered; the debrief comes last', async () => {
    const r = await play('tests/fixtures/check/good.ink', '--choices', '2,1', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const [first, second] = json.decisions;
    // Ann is present and able with no mandate: relaying her is speaking for her; waiting for her holds space.
    expect(first.base).toEqual({ voice: -1, power: -1, courage: 0 });
    expect(first.options.map((o: { acts: { act: string }[] }) => o.acts.map((a) => a.act))).toEqual([
      ['HOLD_SPACE'],
      ['SPEAK_FOR'],
    ]);
    expect(first.options[0]).toMatchObject({ index: 0, text: 'Turn to Ann and wait', voice: 2, power: 2, courage: 0 });
    // In the office Ann is not there, so the invitation riding on the challenge is INVITE, not an override.
    expect(second.options[1].acts.map((a: { act: string }) => a.act)).toEqual(['CHALLENGE', 'INVITE']);
    expect(Object.keys(json).at(-1)).toBe('debrief');
    expect(json.debrief.pattern).toBe('Rescuer');
    expect(json.debrief.bands).toEqual({ voice: expect.any(String), power: 'often to', courage: 'sometimes acted' });
    for (const prompt of json.debrief.prompts) {
      expect(Object.keys(prompt)).toEqual(['id', 'family', 'text', 'decision', 'who', 'keyedBy']);
    }
    expect(json.debrief.prompts[0].keyedBy).toContain('act:SPEAK_FOR');
  });

  it('reads choices from standard input, one per line', async () => {
    const r = await playWith('2\n', 'tests/fixtures/play/good.ink');
    expect(r.code).toBe(0);
    expect(r.out).toContain('You leave it.');
  });

  // A generous limit: tsx starting on a busy machine (a hang still fails).
  it(
    'run as an author runs it (tsx, piped input): prints the story and exits with its code',
    { timeout: 60_000 },
    () => {
      const r = spawnSync(tsx, ['src/cli/play.ts', 'tests/fixtures/play/good.ink', '--choices', '9'], {
        encoding: 'utf8',
        input: '',
      });
      expect(r.status).toBe(3);
      expect(r.stdout).toContain('The kettle is on.\n1: Make the tea\n2: Leave it\n');
      expect(r.stderr).toContain('choice 9 is out of range 1..2');
    },
  );

  it('validates as check does: an undeclared cast id stops play with exit 2 and "did you mean", before anything plays', async () => {
    const r = await play('tests/fixtures/play/undeclared-cast.ink', '--choices', '1');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^tests\/fixtures\/play\/undeclared-cast\.ink:9: error: "okafro" is not in the cast \(did you mean "okafor"\?\)/m,
    );
    expect(r.out).toBe('');
  });

  it('validates a compiled .json too, naming the knot or stitch where a tag is wrong, before anything plays', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'play-json-'));
    try {
      const source = fs.readFileSync('tests/fixtures/play/undeclared-cast.ink', 'utf8');
      const json = compileSource(`${source}\n=== later ===\n= desk\nShe waits. # harm: sometimes\n-> END\n`);
      const file = path.join(dir, 'typo.json');
      fs.writeFileSync(file, json);
      const r = await play(file, '--choices', '1');
      expect(r.code).toBe(2);
      expect(r.err).toContain(`${file}: error: "okafro" is not in the cast (did you mean "okafor"?)`);
      expect(r.err).toContain(`${file}: error: harm: must be on, off or exclusion (got "sometimes") (in later.desk)`);
      expect(r.out).toBe('');
      fs.writeFileSync(file, compileSource(fs.readFileSync('tests/fixtures/play/good.ink', 'utf8')));
      expect((await play(file, '--choices', '1')).code).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops with exit 2 on a next_scene: naming a knot the story lacks, at its line (.ink) or in its knot (.json)', async () => {
    const fixture = 'tests/fixtures/check/next-scene.ink';
    const r = await play(fixture, '--choices', '1');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${fixture}:18: error: next_scene: names "ofice"`);
    expect(r.out).toBe('');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'play-json-'));
    try {
      const file = path.join(dir, 'next-scene.json');
      fs.writeFileSync(file, compileSource(fs.readFileSync(fixture, 'utf8')));
      const json = await play(file, '--choices', '1');
      expect(json.code).toBe(2);
      expect(json.err).toContain(
        `${file}: error: next_scene: names "ofice", and the story has no knot or stitch of that name, so "Skip this scene" would lead nowhere (did you mean "office"?) (in lounge)`,
      );
      // The three slips; the stitch and the ending named rightly are not among them.
      expect(json.err.match(/: error: /g)).toHaveLength(3);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops a compiled .json whose next_scene: names a function with the message the .ink gets, in its knot', async () => {
    // Before: check's .ink said so (session 17), but the .json listed the function among the story's knots and
    // played on, and "Skip this scene" then ran the function as a scene and stopped at its ~ return.
    const fixture = 'tests/fixtures/check/next-scene-function.ink';
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'play-json-'));
    try {
      const file = path.join(dir, 'next-scene-function.json');
      fs.writeFileSync(file, compileSource(fs.readFileSync(fixture, 'utf8')));
      const json = await play(file, '--choices', '1');
      expect(json.code).toBe(2);
      expect(json.err).toContain(
        `${file}: error: next_scene: names "make_tea", which is a function (written "=== function make_tea"), not a scene: "Skip this scene" would run it as if it were one and stop the story with an error; write the knot the skip should go to, one of the story's scenes: "lounge" or "office" (in lounge)`,
      );
      expect(json.out).toBe('');
      // Without the tag, the same story plays: a function the story only calls is not a problem.
      const called = fs.readFileSync(fixture, 'utf8').replace('# next_scene: make_tea\n', '');
      fs.writeFileSync(file, compileSource(called));
      expect((await play(file, '--choices', '1')).code).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a compiled .json\'s move: before the "[", or on an option with no brackets, as the option\'s; one after the "]" is lost', async () => {
    // inkjs 2.4.0 gives both to the option, and the engine scores them; play once warned they were ignored.
    const source = fs
      .readFileSync('tests/fixtures/check/good.ink', 'utf8')
      .replace(
        '* [Turn to Ann and wait #move: silent ann leaves_pause]',
        '* #move: silent ann leaves_pause [Turn to Ann and wait]',
      )
      .replace('* ["She wants tea, milk and two sugars." #move: relay ann]', '* She wants tea. #move: relay ann')
      .replace(
        '* [Tell Bob that Ann is fine with it #move: relay ann source=inferred]',
        '* [Tell Bob that Ann is fine with it] #move: relay ann source=inferred',
      );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'play-json-'));
    try {
      const file = path.join(dir, 'moves.json');
      fs.writeFileSync(file, compileSource(source));
      const r = await play(file, '--choices', '1,1');
      expect(r.err.match(/tag belongs inside/g)).toHaveLength(1);
      expect(r.err).toContain(
        `${file}: warning: a move: tag belongs inside the choice's [brackets]; here it tags the output line and is ignored (in office)`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("prints ink's runtime warnings as FILE:LINE: warning: on standard error, and still plays (exit 0)", async () => {
    const r = await play('tests/fixtures/play/runtime-warning.ink', '--choices', '1');
    expect(r.code).toBe(0);
    // At the line that reads `seen`, line 6 (before: its knot's, line 4).
    expect(r.err).toMatch(
      /^tests\/fixtures\/play\/runtime-warning\.ink:6: warning: runtime warning: Variable not found: 'seen'.* \(in hall\)$/m,
    );
    expect(r.err.match(/runtime warning/g)).toHaveLength(1);
    expect(r.out).toContain('You go in.');
  });

  it('reads its arguments strictly: a flag with no value, a second file, or a bad number is bad usage (exit 3)', async () => {
    expect((await play('tests/fixtures/play/good.ink', '--walk')).err).toContain('--walk needs a value');
    expect((await play('tests/fixtures/play/good.ink', 'tests/fixtures/play/loop.ink')).code).toBe(3);
    expect((await play('tests/fixtures/play/good.ink', '--seed', 'x')).err).toContain('--seed needs a whole number');
    expect((await play('tests/fixtures/play/good.ink', '--walk', '-5')).code).toBe(0);
    expect((await play('--help')).err).toMatch(/^usage: npm run play/);
  });

  it('stops with exit 2 and FILE:LINE on a compile error', async () => {
    const r = await play('tests/fixtures/play/syntax-error.ink');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^tests\/fixtures\/play\/syntax-error\.ink:4: error: /m);
  });

  it("says under ink's own words what to do, as the author page does: an unclosed [ and a missing -> END", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'play-fixes-'));
    try {
      const unclosed = path.join(dir, 'unclosed.ink');
      fs.writeFileSync(unclosed, 'Hello.\n* [Go on\n-> END\n');
      const a = await play(unclosed);
      expect(a.code).toBe(2);
      expect(a.err).toContain(`${unclosed}:2: error: Expected closing ']'`);
      expect(a.err).toContain(
        '\n  What to do: A choice opens a [ square bracket ] and does not close it on this line.',
      );

      const noEnd = path.join(dir, 'no-end.ink');
      fs.writeFileSync(noEnd, '-> hall\n=== hall ===\nHello.\n* [Go on]\n    You go on.\n');
      const b = await play(noEnd, '--choices', '1');
      expect(b.code).toBe(1);
      // ink's "RUNTIME ERROR:" is taken off: the line says "runtime error" once.
      expect(b.err).toMatch(/: runtime error: ran out of content/);
      expect(b.err).not.toContain('RUNTIME ERROR');
      expect(b.err).toContain('What to do: The story ran out of words without reaching an ending.');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says at the end how to replay the path and see what each choice came to, on standard error', async () => {
    const r = await playWith('2\n', 'tests/fixtures/play/good.ink');
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('The end.');
    expect(r.err).toContain(
      "The end. To see what each choice came to and the curtain call's questions for this path: npm run play -- tests/fixtures/play/good.ink --choices 2 --json",
    );
    expect((await play('tests/fixtures/play/good.ink', '--choices', '2', '--json')).err).not.toContain('The end.');
  });

  it('ends every run of an .ink story, text or --json, with the check command for what one path cannot show', async () => {
    const said =
      'That was one path. To see what only every path shows (option craft, endings no path reaches, whether the story fills 10 to 15 minutes): npm run check -- tests/fixtures/play/good.ink\n';
    const text = await play('tests/fixtures/play/good.ink', '--choices', '2');
    const json = await play('tests/fixtures/play/good.ink', '--choices', '2', '--json');
    // Before: nothing pointed from play to check.
    expect(text.err.endsWith(said)).toBe(true);
    expect(json.err).toBe(said);
    JSON.parse(json.out);
    // A story that stopped at a runtime error is one path too; a compiled story is not check's to read.
    expect((await play('tests/fixtures/runtime-errors/ran-out.ink', '--choices', '2')).err).toContain(
      'npm run check --',
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'play-compiled-'));
    try {
      const file = path.join(dir, 'good.json');
      fs.writeFileSync(file, compileSource(fs.readFileSync('tests/fixtures/play/good.ink', 'utf8')));
      const compiled = await play(file, '--choices', '2');
      expect(compiled.code).toBe(0);
      expect(compiled.err).not.toContain('npm run check');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the included file and its line for an error inside an INCLUDE', async () => {
    const r = await play('tests/fixtures/play/with-include.ink');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tests\/fixtures\/play\/includes\/part\.ink:3: error: /);
  });

  it('stops with exit 2 on a bad tag value, naming the .ink line', async () => {
    const r = await play('tests/fixtures/play/bad-tag.ink');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad-tag\.ink:8: error: .*harm/);
    expect(r.err).toMatch(/bad-tag\.ink:11: error: .*source/);
  });

  it('stops a runaway story with the step or time budget: exit 1 and a runtime error naming where', async () => {
    const r = await play('tests/fixtures/play/runaway.ink');
    expect(r.code).toBe(1);
    // The step budget, or on a machine too busy to take 200,000 steps in a second, the wall-clock budget.
    expect(r.err).toMatch(/runaway\.ink:\d+: runtime error: .*(steps|ms without offering).*\(in spin\)/);
    expect(r.out).toContain('This story never stops.');
  });

  it('exit 3 for an unknown flag or a choice out of range', async () => {
    expect((await play('tests/fixtures/play/good.ink', '--fast')).code).toBe(3);
    const r = await play('tests/fixtures/play/good.ink', '--choices', '3');
    expect(r.code).toBe(3);
    expect(r.err).toContain('choice 3 is out of range 1..2');
  });

  it('walks the same path for the same seed', async () => {
    const a = await play('stories/sitting-in-reception.ink', '--walk', '7', '--json');
    const b = await play('stories/sitting-in-reception.ink', '--walk', '7', '--json');
    expect(a.code).toBe(0);
    expect(JSON.parse(a.out).decisions.map((d: { choice: { text: string } }) => d.choice.text)).toEqual(
      JSON.parse(b.out).decisions.map((d: { choice: { text: string } }) => d.choice.text),
    );
  });

  it('--json on a story using every move prints the acts and final scores the voice model predicts', async () => {
    const r = await play('tests/fixtures/play/every-move.ink', '--choices', Array(17).fill(1).join(','), '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const got = json.decisions.map((d: { acts: { act: string }[]; voice: number; power: number; courage: number }) => [
      d.acts.map((a) => a.act).join('+'),
      d.voice,
      d.power,
      d.courage,
    ]);
    // Esther is present and able, no mandate, nothing consented, harm off, rank peer. The last choice is a
    // repair towards Esther: v3's R13 lifts only the most recent harm towards her (BURDEN) by one, to at most 0;
    // the earlier harms keep their scores (an apology answers the harm it names).
    expect(got).toEqual([
      ['SPEAK_FOR', -1, -1, 0],
      ['AMPLIFY', 2, 1, 1],
      ['TAKE_CREDIT', -2, -1, 0],
      ['CREDIT', 2, 1, 1],
      ['INVITE', 2, 2, 0],
      ['ASK_CONSENT', 1, 2, 0],
      ['DECIDE_WITH', 1, 2, 1],
      ['REMOVE_BARRIER', 2, 2, 1],
      ['DOING_FOR', 0, -1, 0],
      ['CHALLENGE', 0, 0, 1],
      ['INDIRECT', 0, 1, 1],
      ['NEUTRAL', 0, 0, 0],
      ['COLLUDE', -1, -1, -2],
      ['OVERRIDE', -2, -2, 0], // disclosing with no consent
      ['SPEAK_OVER', -2, -1, 0],
      ['BURDEN', 0, 0, 0], // 0/−1/0 before the repair
      ['REPAIR', 1, 1, 1],
    ]);
    expect(json.decisions[15].base).toEqual({ voice: 0, power: -1, courage: 0 });
    expect(json.pattern).toBe('Rescuer');
  });
});
