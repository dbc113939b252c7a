// The headless play CLI on fixtures: the contract CI and authors rely on (exit codes, messages, JSON).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const tsx = 'node_modules/.bin/tsx';
function play(...args: string[]) {
  const r = spawnSync(tsx, ['src/cli/play.ts', ...args], { encoding: 'utf8', input: '' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run play', () => {
  it('prints each line, then each choice as "N: text", and plays the choices given', () => {
    const r = play('tests/fixtures/play/good.ink', '--choices', '1');
    expect(r.code).toBe(0);
    expect(r.out).toContain('The kettle is on.\n1: Make the tea\n2: Leave it\nYou make the tea.\nDone.');
  });

  it('prints the contract JSON with lines, speakers and decisions', () => {
    const r = play('tests/fixtures/play/good.ink', '--choices', '2', '--json');
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

  it('--json v3: each decision keeps its base scores and every option on offer, resolved where it was offered; the debrief comes last', () => {
    const r = play('tests/fixtures/check/good.ink', '--choices', '2,1', '--json');
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

  it('reads choices from standard input, one per line', () => {
    const r = spawnSync(tsx, ['src/cli/play.ts', 'tests/fixtures/play/good.ink'], { encoding: 'utf8', input: '2\n' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('You leave it.');
  });

  it('stops with exit 2 and FILE:LINE on a compile error', () => {
    const r = play('tests/fixtures/play/syntax-error.ink');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^tests\/fixtures\/play\/syntax-error\.ink:4: error: /m);
  });

  it('names the included file and its line for an error inside an INCLUDE', () => {
    const r = play('tests/fixtures/play/with-include.ink');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tests\/fixtures\/play\/includes\/part\.ink:3: error: /);
  });

  it('stops with exit 2 on a bad tag value, naming the .ink line', () => {
    const r = play('tests/fixtures/play/bad-tag.ink');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad-tag\.ink:8: error: .*harm/);
    expect(r.err).toMatch(/bad-tag\.ink:11: error: .*source/);
  });

  it('stops a runaway story with the step budget: exit 1 and a runtime error naming where', () => {
    const r = play('tests/fixtures/play/runaway.ink');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/runaway\.ink: runtime error: .*steps.*\(at spin\)/);
    expect(r.out).toContain('This story never stops.');
  });

  it('exit 3 for an unknown flag or a choice out of range', () => {
    expect(play('tests/fixtures/play/good.ink', '--fast').code).toBe(3);
    const r = play('tests/fixtures/play/good.ink', '--choices', '3');
    expect(r.code).toBe(3);
    expect(r.err).toContain('choice 3 is out of range 1..2');
  });

  it('walks the same path for the same seed', () => {
    const a = play('stories/sitting-in-reception.ink', '--walk', '7', '--json');
    const b = play('stories/sitting-in-reception.ink', '--walk', '7', '--json');
    expect(a.code).toBe(0);
    expect(JSON.parse(a.out).decisions.map((d: { choice: { text: string } }) => d.choice.text)).toEqual(
      JSON.parse(b.out).decisions.map((d: { choice: { text: string } }) => d.choice.text),
    );
  });

  it('--json on a story using every move prints the acts and final scores the voice model predicts', () => {
    const r = play('tests/fixtures/play/every-move.ink', '--choices', Array(17).fill(1).join(','), '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const got = json.decisions.map((d: { acts: { act: string }[]; voice: number; power: number; courage: number }) => [
      d.acts.map((a) => a.act).join('+'),
      d.voice,
      d.power,
      d.courage,
    ]);
    // Esther is present and able, no mandate, nothing consented, harm off, rank peer. The last choice is a
    // repair towards Esther, so R13 lifts every earlier negative act towards her by one, to at most 0
    // (COLLUDE names nobody, so it stays).
    expect(got).toEqual([
      ['SPEAK_FOR', 0, 0, 0], // −1/−1/0 before the repair
      ['AMPLIFY', 2, 1, 1],
      ['TAKE_CREDIT', -1, 0, 0], // −2/−1/0
      ['CREDIT', 2, 1, 1],
      ['INVITE', 2, 2, 0],
      ['ASK_CONSENT', 1, 2, 0],
      ['DECIDE_WITH', 1, 2, 1],
      ['REMOVE_BARRIER', 2, 2, 1],
      ['DOING_FOR', 0, 0, 0], // 0/−1/0
      ['CHALLENGE', 0, 0, 1],
      ['INDIRECT', 0, 1, 1],
      ['NEUTRAL', 0, 0, 0],
      ['COLLUDE', -1, -1, -2],
      ['OVERRIDE', -1, -1, 0], // −2/−2/0: disclosing with no consent
      ['SPEAK_OVER', -1, 0, 0], // −2/−1/0
      ['BURDEN', 0, 0, 0], // 0/−1/0
      ['REPAIR', 1, 1, 1],
    ]);
    expect(json.pattern).toBe('Rescuer');
  });
});
