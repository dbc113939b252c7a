// `npm run check -- FILES --cold-read DIR`: the options-only reading pack an author hands to a colleague (issue 16:
// can someone who has not seen the scene pick the best option by its wording?). Run in-process through check's
// main, into real temp folders, on a small fixture whose desk decision has a different best on each path.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck as run } from './runCheck';
import type { AnswerKey } from '../../../src/cli/coldRead';
import { bestOptions } from '../../../src/engine/optionOutcomes';
import type { OptionOutcome } from '../../../src/engine/types';

const STORY = 'tests/fixtures/cold-read/waiting-room.ink';
/** The desk decision in two versions: one more option after Esther agreed on the bus (path 1), none on paths 2 and 3. */
const TWO = 'tests/fixtures/cold-read/two-versions.ink';
const RELAY = 'Tell Dawn what Esther asked you to: she lipreads, so face her';
const FACE = 'Ask Dawn to face Esther when she speaks to her';
const LIPREADS = 'Tell Dawn that Esther lipreads, so she should face her';
const CARD = "Hand Dawn the card from Esther's bag, and say who it's for";
const dirs: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cold-read-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** The pack written for `files` into a new folder: the reader's page, the key as text and as data. */
function pack(files: string[], ...flags: string[]) {
  const dir = tempDir();
  const result = run(...files, '--cold-read', dir, ...flags);
  const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
  return {
    dir,
    result,
    reader: read('options-only.md'),
    keyText: read('answer-key.md'),
    key: JSON.parse(read('answer-key.json')) as AnswerKey,
  };
}

/** The options as the reader sees them, decision by decision: "D01" → ["A. …", "B. …"]. */
function readerDecisions(reader: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of reader.split('\n')) {
    const heading = /^## (D\d+)$/.exec(line);
    if (heading) out.set(heading[1]!, (current = []));
    const option = /^- \*\*([A-Z])\.\*\* (.*)$/.exec(line);
    if (option && current) current.push(`${option[1]}. ${option[2]}`);
  }
  return out;
}

describe('check --cold-read: the reader gets the options and nothing else', () => {
  it('holds no scene text, no story name, no moment, act or score: only an instruction and lettered options', () => {
    const { result, reader } = pack([STORY]);
    expect(result.code).toBe(0);
    // Narration, speech, cards and the story's own names stay out.
    for (const scene of [
      'The waiting room smells of floor polish and wet coats.',
      'Has she got her card?',
      'Who was Dawn talking to?',
      'At the desk',
      'On the bus',
      'The Waiting Room',
      'waiting-room',
      'ADVOCATE',
      'voice',
    ])
      expect(reader).not.toContain(scene);
    expect(reader).toMatch(/pick the \*\*one\*\* option you think is best practice/);
    expect(reader).toMatch(/You don't see the scene on purpose/);
  });

  it('lists each distinct decision exactly once, though the walks meet the desk decision on every path', () => {
    const { reader, key } = pack([STORY]);
    const decisions = readerDecisions(reader);
    expect([...decisions.keys()]).toEqual(['D01', 'D02']);
    expect(decisions.get('D01')).toHaveLength(3);
    expect(decisions.get('D02')).toHaveLength(4);
    for (const text of [
      'Ask Esther if you may mention her hearing at the desk',
      'Ask Dawn to face Esther when she speaks to her',
    ])
      expect(reader.split(text)).toHaveLength(2);
    expect(key.decisions).toBe(2);
  });

  it('numbers decisions on through one pack across files, and names the stories in the key only', () => {
    const { reader, key, keyText } = pack([STORY, 'tests/fixtures/check/good.ink']);
    expect([...readerDecisions(reader).keys()]).toEqual(['D01', 'D02', 'D03', 'D04']);
    expect(key.key.map((d) => d.contexts[0]!.story)).toEqual([
      STORY,
      STORY,
      'tests/fixtures/check/good.ink',
      'tests/fixtures/check/good.ink',
    ]);
    expect(reader).not.toMatch(/good\.ink|waiting-room|Good Fixture/);
    expect(keyText).toContain('tests/fixtures/check/good.ink');
  });
});

describe('check --cold-read: the key', () => {
  it('marks exactly the best-standing options (bestOptions) in each context, and says when the best depends on the path', () => {
    const { key, keyText } = pack([STORY]);
    const letterOf = (d: AnswerKey['key'][number], text: string) => d.options.find((o) => o.text === text)!.letter;
    for (const d of key.key) {
      for (const c of d.contexts) {
        const outcomes = c.options.map(
          (o, index) => ({ ...o, index, moves: [], contested: false, acts: [] }) as OptionOutcome,
        );
        expect(c.best).toEqual(bestOptions(outcomes).map((i) => c.options[i]!.letter));
      }
    }
    const [bus, desk] = key.key;
    expect(bus!.bestDependsOnPath).toBe(false);
    expect(bus!.best).toEqual([letterOf(bus!, 'Ask Esther if you may mention her hearing at the desk')]);
    // Esther agreed on the bus (path 1) and asked you to tell them: saying it for her is then advocacy.
    expect(desk!.bestDependsOnPath).toBe(true);
    const byPath = new Map(desk!.contexts.map((c) => [c.choices, c.best]));
    expect(byPath.get('1')).toEqual(
      [
        letterOf(desk!, "Hand Dawn the card from Esther's bag, and say who it's for"),
        letterOf(desk!, 'Tell Dawn that Esther lipreads, so she should face her'),
      ].sort(),
    );
    expect(byPath.get('2')).toEqual([letterOf(desk!, 'Ask Dawn to face Esther when she speaks to her')]);
    expect(desk!.best).toEqual([...new Set([...byPath.values()].flat())].sort());
    // Each option's acts and scores, the line, the moment and the path to replay it.
    const told = desk!.contexts.find((c) => c.choices === '2')!;
    expect(told).toMatchObject({ story: STORY, file: STORY, line: 47, moment: 'At the desk' });
    expect(told.options.find((o) => o.text.startsWith('Tell Dawn'))).toMatchObject({
      acts: ['OVERRIDE'],
      voice: -2,
      power: -2,
      courage: 0,
    });
    expect(keyText).toContain(`npm run play -- ${STORY} --choices 2`);
    expect(keyText).toMatch(/\| D02 \| [A-D], [A-D] and [A-D] \(depends on the path\) \|/);
  });

  it('computes chance as the sum over decisions of best options ÷ options, and says it on the terminal', () => {
    const { key, result, dir } = pack([STORY]);
    // The bus: 1 of 3. The desk: best somewhere on 3 of its 4 options.
    expect(key.chance).toBeCloseTo(1 / 3 + 3 / 4, 2);
    expect(result.out).toContain(
      `cold read: wrote ${path.join(dir, 'options-only.md')} (2 decision points, 0 with other versions not shown)`,
    );
    expect(result.out).toMatch(
      /Hand options-only\.md to a colleague who hasn't played the story; compare their letters with answer-key\.md .*Picking at random gets 1\.1 of 2\.$/m,
    );
  });
});

describe('check --cold-read: the shuffle', () => {
  it('is the same on a rerun with the same seed, and different with another seed', () => {
    const first = pack([STORY]);
    const again = pack([STORY]);
    expect(again.reader).toBe(first.reader);
    expect(again.key).toEqual(first.key);
    const other = pack([STORY], '--seed', '2');
    expect(other.reader).not.toBe(first.reader);
    // The same options, only lettered differently.
    const texts = (r: string) => [...readerDecisions(r).values()].map((opts) => opts.map((o) => o.slice(3)).sort());
    expect(texts(other.reader)).toEqual(texts(first.reader));
    expect(other.key.seed).toBe(2);
  });
});

describe('check --cold-read: what the author is told', () => {
  it('names a folder it cannot write to, before playing anything, and exits 2', () => {
    const file = path.join(tempDir(), 'notes.txt');
    fs.writeFileSync(file, 'a file, not a folder');
    const target = path.join(file, 'pack');
    const { code, out, err } = run(STORY, '--cold-read', target);
    expect(code).toBe(2);
    expect(err).toContain(`--cold-read: cannot write the reading pack to ${target}`);
    expect(out).toBe('');
  });

  it('leaves out a story that is not scored, and says why', () => {
    const { result, key } = pack([STORY, 'tests/fixtures/check/plain.ink']);
    expect(result.out).toContain('cold read: left out tests/fixtures/check/plain.ink: it is not scored');
    expect(key.stories).toEqual([STORY]);
  });

  it("adds the pack to --json, and keeps check's own exit code", () => {
    const dir = tempDir();
    const { code, out } = run(STORY, '--cold-read', dir, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.coldRead).toMatchObject({
      decisions: 2,
      withOtherVersions: 0,
      files: [path.join(dir, 'options-only.md'), path.join(dir, 'answer-key.md'), path.join(dir, 'answer-key.json')],
    });
    const broken = run('tests/fixtures/check/compile-error.ink', '--cold-read', tempDir());
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('cold read: left out tests/fixtures/check/compile-error.ink: it does not compile');
  });

  it('refuses --seed or --score without --cold-read, and --score with story files', () => {
    expect(run(STORY, '--seed', '3').err).toContain('--seed shuffles the --cold-read pack');
    expect(run('--score', STORY).code).toBe(2);
    expect(run(STORY, '--cold-read', tempDir(), '--score', STORY).err).toContain('give no story files');
    // Two readers after one --score: the second is not taken for a story, and the message says what to type.
    const dir = tempDir();
    const [a, b] = ['a.md', 'b.md'].map((name) => path.join(dir, name));
    for (const file of [a, b]) fs.writeFileSync(file, 'D01 A\n');
    expect(run('--cold-read', dir, '--score', a, b).err).toContain(
      `${b}: put --score before each reader's answers (--score ${a} --score ${b})`,
    );
    expect(run(STORY, '--cold-read', tempDir(), '--seed', 'two').err).toContain(
      '--seed needs a whole number (got two)',
    );
  });
});

describe('check --cold-read: one version of each decision point, as a learner meets it', () => {
  const letterIn = (d: AnswerKey['key'][number], text: string) => d.options.find((o) => o.text === text)?.letter;

  it('shows the desk once, in the version met on the most walks, though the other is met first', () => {
    const { reader, key } = pack([TWO]);
    const decisions = readerDecisions(reader);
    expect([...decisions.keys()]).toEqual(['D01', 'D02']);
    // Paths 2 and 3 on the bus, then any of the desk's 4: 8 walks; path 1, then any of its 5: 5 walks, the first.
    const desk = key.key[1]!;
    expect(desk.options.map((o) => o.text).sort()).toEqual(
      [FACE, CARD, LIPREADS, 'Leave it for now, and let Esther answer Dawn in her own time'].sort(),
    );
    expect(decisions.get('D02')).toHaveLength(4);
    expect(desk.walks).toBe(8);
    expect(desk.otherVersions.map((v) => v.walks)).toEqual([5]);
    expect(desk.otherVersions[0]!.contexts.map((c) => c.choices)).toEqual(['1']);
    expect(reader).not.toContain(RELAY);
    expect(reader.split(FACE)).toHaveLength(2);
    expect(key).toMatchObject({ decisions: 2, withOtherVersions: 1 });
  });

  it('lists the other version in the key, not in this pack: its options, its best letters and a path to it', () => {
    const { key, keyText } = pack([TWO]);
    const desk = key.key[1]!;
    const other = desk.otherVersions[0]!;
    // The pack's letters where the pack has the option; the one it hasn't gets the next letter, marked.
    expect(other.options).toContainEqual({ letter: 'E', text: RELAY, inPack: false });
    for (const o of other.options.filter((p) => p.inPack)) expect(letterIn(desk, o.text)).toBe(o.letter);
    // After Esther's consent, passing on what she asked, telling Dawn she lipreads and handing the card are all advocacy.
    expect(other.best).toEqual(['E', letterIn(desk, LIPREADS)!, letterIn(desk, CARD)!].sort());
    expect(keyText).toContain('| D02 | ');
    expect(keyText).toMatch(/^\| D02 \| [A-D] \| .* \| 1 \|$/m);
    expect(keyText).toContain('### D02, version 2: not in this pack');
    expect(keyText).toContain(`| **E** (best) (not in this pack) | ${RELAY} |`);
    expect(keyText).toContain(`npm run play -- ${TWO} --choices 1\``);
    expect(keyText).toContain('1 of the 2 decision points has other versions');
    expect(keyText).toContain("the version met on the most of check's walks (on a tie, the first met)");
  });

  it('counts chance on the version shown only, once per decision point, and says how many have other versions', () => {
    const { key, result } = pack([TWO]);
    // The bus: 1 of 3. The desk as shown: 1 of 4 (its other version's 3 of 5 left out).
    expect(key.chance).toBeCloseTo(1 / 3 + 1 / 4, 2);
    expect(result.out).toContain('(2 decision points, 1 with other versions not shown)');
    expect(result.out).toMatch(/Picking at random gets 0\.6 of 2\.$/m);
  });

  it("scores readers against the version shown: a letter best only in the other version isn't counted", () => {
    const { dir, key } = pack([TWO]);
    const [bus, desk] = key.key;
    expect(desk!.best).toEqual([letterIn(desk!, FACE)]);
    expect(desk!.bestDependsOnPath).toBe(false);
    const dana = path.join(dir, 'dana.txt');
    const eli = path.join(dir, 'eli.txt');
    fs.writeFileSync(dana, `D01 ${bus!.best[0]}\nD02 ${letterIn(desk!, FACE)}\n`);
    fs.writeFileSync(eli, `D01 ${bus!.best[0]}\nD02 ${letterIn(desk!, LIPREADS)}\n`);
    const { code, out } = run('--cold-read', dir, '--score', dana, '--score', eli);
    expect(code).toBe(0);
    expect(out).toContain(`${dana}: 2 of 2 on a best option`);
    expect(out).toContain(`${eli}: 1 of 2 on a best option`);
  });

  it('shows the other version with --seed 2, and lists the first as not in that pack', () => {
    const { reader, key, keyText } = pack([TWO], '--seed', '2');
    const desk = key.key[1]!;
    expect(readerDecisions(reader).get('D02')).toHaveLength(5);
    expect(reader).toContain(RELAY);
    expect(desk.walks).toBe(5);
    expect(desk.otherVersions.map((v) => v.walks)).toEqual([8]);
    expect(desk.best).toEqual([letterIn(desk, RELAY)!, letterIn(desk, LIPREADS)!, letterIn(desk, CARD)!].sort());
    expect(key.chance).toBeCloseTo(1 / 3 + 3 / 5, 2);
    expect(keyText).toContain('with seed 2, its 2nd most-met version');
    // Seed 3 counts round to the most-met again.
    expect(pack([TWO], '--seed', '3').key.key[1]!.walks).toBe(8);
  });
});

describe('check --cold-read DIR --score ANSWERS', () => {
  it("counts each reader's best options, whatever way they wrote their letters, and lists what most found", () => {
    const { dir, key } = pack([STORY]);
    const [bus, desk] = key.key;
    const wrongOnBus = bus!.options.find((o) => !bus!.best.includes(o.letter))!.letter;
    const anna = path.join(dir, 'anna.txt');
    const ben = path.join(dir, 'ben.json');
    const cai = path.join(dir, 'cai.txt');
    fs.writeFileSync(anna, `D01 ${bus!.best[0]}\nD2: ${desk!.best[0]!.toLowerCase()}\n`);
    fs.writeFileSync(ben, JSON.stringify({ D01: wrongOnBus, D02: desk!.best[0] }));
    fs.writeFileSync(cai, `D01 ${wrongOnBus}\n`);
    const { code, out } = run('--cold-read', dir, '--score', anna, '--score', ben, '--score', cai);
    expect(code).toBe(0);
    expect(out).toContain('cold read: 2 decisions; picking at random gets 1.1 of 2');
    expect(out).toContain(`${anna}: 2 of 2 on a best option`);
    expect(out).toContain(`${ben}: 1 of 2 on a best option`);
    expect(out).toContain(`${cai}: 0 of 2 on a best option (1 left blank)`);
    // Found by two of three readers: the desk; the bus by one.
    expect(out).toMatch(
      /^ {2}D02 \(tests\/fixtures\/cold-read\/waiting-room\.ink:47, "At the desk"\): 2 of 3, 75 % by chance$/m,
    );
    expect(out).not.toMatch(/^ {2}D01 /m);
  });

  it('says how to make the pack when the folder has none', () => {
    const dir = tempDir();
    const answers = path.join(dir, 'a.txt');
    fs.writeFileSync(answers, 'D01 A\n');
    const { code, err } = run('--cold-read', dir, '--score', answers);
    expect(code).toBe(2);
    expect(err).toContain(`there is no ${path.join(dir, 'answer-key.json')}: make the pack first`);
  });
});
