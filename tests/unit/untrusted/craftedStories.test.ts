// Crafted story files (issue 17, item 5): each ends in a message naming the file and line, never a pass, a stack
// overflow, a walk over the whole disk or raw escape sequences on the author's terminal.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../../src/cli/loadStory';
import { forTerminal } from '../../../src/cli/terminalText';
import { checkStory } from '../../../src/ink/checkStory';
import { compileInk, formatDiagnostic } from '../../../src/ink/compileInk';
import { MAX_INCLUDE_DEPTH, resolveIncludes } from '../../../src/ink/includedFiles';
import { readIncludedFiles } from '../../../src/ink/storyFiles';

const DIR = 'tests/fixtures/untrusted';
const errorsOf = (file: string) =>
  loadStory(path.join(DIR, file))
    .diagnostics.filter((d) => d.severity === 'error')
    .map(formatDiagnostic);

const cli = (script: 'play' | 'check', ...args: string[]) => {
  const r = spawnSync('node_modules/.bin/tsx', [`src/cli/${script}.ts`, ...args], {
    encoding: 'utf8',
    input: '',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

// Spawning the CLIs is slow on a busy machine: a generous limit that still catches a hang.
const SPAWN = 60_000;

describe('crafted stories', () => {
  it('an empty .ink (or one of comments only) is an error at line 1, not a clean story', () => {
    expect(errorsOf('empty.ink')).toEqual([`${DIR}/empty.ink:1: error: the story is empty: there is no text to play`]);
    expect(errorsOf('comments-only.ink')).toHaveLength(1);
    const check = checkStory({ 'empty.ink': '' }, 'empty.ink');
    expect(check.errors).toBe(1);
  });

  it(
    'play and check both exit non-zero on an empty story, saying so',
    () => {
      const played = cli('play', `${DIR}/empty.ink`);
      expect(played.code).toBe(2);
      expect(played.err).toContain('empty.ink:1: error: the story is empty');
      const checked = cli('check', `${DIR}/empty.ink`);
      expect(checked.code).toBe(1);
      expect(checked.out).toContain('empty.ink:1: error: the story is empty');
    },
    SPAWN,
  );

  it('a leading byte-order mark is stripped: the header is read and nothing blames an INCLUDE', () => {
    const story = loadStory(path.join(DIR, 'byte-order-mark.ink'));
    expect(story.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(story.json).not.toBeNull();
    expect(story.files!['byte-order-mark.ink']!.startsWith('# title')).toBe(true);
    const check = checkStory(readIncludedFiles(DIR, 'byte-order-mark.ink'), 'byte-order-mark.ink');
    expect(check.diagnostics.map((d) => d.message).join('\n')).not.toMatch(/INCLUDE|title/);
    // Files opened in the author preview too.
    const opened = resolveIncludes([{ name: 'x.ink', text: '\ufeff# title: X\nHi.\n-> END\n' }]);
    expect(opened.files['x.ink']!.startsWith('# title')).toBe(true);
  });

  it('a missing INCLUDE names its file and line, and where the path is read from', () => {
    expect(errorsOf('missing-include.ink')).toEqual([
      `${DIR}/missing-include.ink:4: error: INCLUDE not found: parts/not-there.ink (the path is read from this story's own folder; in the author preview, open that file with the story)`,
    ]);
  });

  it('an INCLUDE that loops back is an error at its line, not a hang', () => {
    const errors = errorsOf('include-loop.ink');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/parts\/loop-b\.ink:1: error: INCLUDE parts\/loop-a\.ink includes itself again/);
  });

  it('an INCLUDE chain 2,000 deep is reported at a line, with no stack overflow', () => {
    const files: Record<string, string> = { 'main.ink': 'INCLUDE p/0.ink\n-> END\n' };
    for (let i = 0; i < 2000; i++) files[`p/${i}.ink`] = `INCLUDE p/${i + 1}.ink\nPart ${i}.\n`;
    files['p/2000.ink'] = 'The bottom.\n';
    const { json, diagnostics } = compileInk(files, 'main.ink');
    expect(json).toBeNull();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `p/${MAX_INCLUDE_DEPTH - 2}.ink:1: error: INCLUDEs nest more than ${MAX_INCLUDE_DEPTH} deep here (from main.ink); include the parts from fewer levels`,
    ]);
  });

  it(
    'play DIR refuses a folder, and a story in a big folder reads only what it INCLUDEs',
    () => {
      const played = cli('play', DIR);
      expect(played.code).toBe(2);
      expect(played.err).toContain('this is a folder');
      const dir = mkdtempSync(path.join(os.tmpdir(), 'allyship-folder-'));
      try {
        mkdirSync(path.join(dir, 'unrelated', 'deep'), { recursive: true });
        writeFileSync(path.join(dir, 'unrelated', 'deep', 'other.ink'), 'Not part of it.\n');
        writeFileSync(path.join(dir, 'story.ink'), 'Hello.\n-> END\n');
        expect(Object.keys(readIncludedFiles(dir, 'story.ink'))).toEqual(['story.ink']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    SPAWN,
  );

  it(
    'terminal escape sequences in story text are shown, not obeyed',
    () => {
      expect(forTerminal('a\u001b[2Jb\u0007c\u009bd\ne\tf')).toBe('a\\x1b[2Jb\\x07c\\x9bd\ne\tf');
      const played = cli('play', `${DIR}/terminal-escapes.ink`, '--choices', '1');
      expect(played.code).toBe(0);
      expect(played.out).not.toContain('\u001b');
      expect(played.out).not.toContain('\u0007');
      expect(played.out).toContain('Plain words \\x1b[2J\\x1b]0;owned\\x07 and more.');
    },
    SPAWN,
  );

  it('`- -> END` outside any knot is an ending that is reached: no false warning', () => {
    const check = checkStory(readIncludedFiles(DIR, 'gather-end.ink'), 'gather-end.ink');
    expect(check.diagnostics.filter((d) => /never ends at this END/.test(d.message))).toEqual([]);
    expect(check.warnings).toBe(0);
  });

  it('a story whose every passage is slow but inside the limits ends check within its time budget, as an error', () => {
    // endless-rota.ink walks for about a minute without the budget; a short one here keeps the test quick.
    const started = Date.now();
    const check = checkStory(readIncludedFiles(DIR, 'endless-rota.ink'), 'endless-rota.ink', { timeBudgetMs: 300 });
    expect(Date.now() - started).toBeLessThan(20_000);
    const slow = check.diagnostics.filter((d) => d.code === 'too-slow');
    expect(slow).toHaveLength(1);
    expect(slow[0]!.severity).toBe('error');
    expect(formatDiagnostic(slow[0]!)).toMatch(
      /^endless-rota\.ink: error: playing the story's paths took more than 0\.3 seconds, so check stopped after 1 walk: some passage is very slow .* npm run play -- endless-rota\.ink( --choices [\d,]+)?$/,
    );
  });

  it('the shipped stories check well inside that budget (no false "too slow")', () => {
    const check = checkStory(readIncludedFiles('stories', 'template.ink'), 'template.ink');
    expect(check.diagnostics.filter((d) => d.code === 'too-slow')).toEqual([]);
  });
});
