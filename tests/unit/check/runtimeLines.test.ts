// A runtime error is named at the line that caused it (ink's pointer, or the last line ink ran when it ran out of
// content), in `check` and in `play`, not at the first line of its knot. Each fixture in tests/fixtures/runtime-errors
// marks that line with "// runtime error here"; the play command check prints for it stops at the same line.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../../src/ink/checkStory';
import { readIncludedFiles } from '../../../src/ink/storyFiles';
import { main as play } from '../../../src/cli/play';

const DIR = 'tests/fixtures/runtime-errors';
const MARK = '// runtime error here';

/** Where the mark is, in the story or a file it INCLUDEs, as messages name the file. */
function marked(story: Record<string, string>): string {
  for (const [name, text] of Object.entries(story)) {
    const i = text.split('\n').findIndex((l) => l.includes(MARK));
    if (i >= 0) return `${DIR}/${name}:${i + 1}`;
  }
  throw new Error('no line is marked');
}

async function playErr(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await play(args, { out: () => {}, err: (t) => void (err += t), input: () => '', interactive: false });
  return { code, err };
}

const stories = fs.readdirSync(DIR).filter((f) => f.endsWith('.ink'));

describe('a runtime error is named at the line that caused it', () => {
  it.each(stories)('%s: check names the marked line, and the play command it gives stops there too', async (main) => {
    const only = readIncludedFiles(DIR, main);
    const here = marked(only);
    const result = checkStory(only, main, { displayPrefix: `${DIR}/` });
    const runtime = result.diagnostics.filter((d) => d.code === 'runtime');
    expect(runtime.map((d) => `${d.file}:${d.line}`)).toEqual([here]);

    const command = /to see it: npm run play -- (\S+)(?: --choices ([\d,]+))?/.exec(runtime[0]!.message)!;
    const { code, err } = await playErr([command[1]!, ...(command[2] ? ['--choices', command[2]] : [])]);
    expect(code).toBe(1);
    expect(err).toMatch(new RegExp(`^${here.replace(/[.]/g, '\\.')}: runtime error: `, 'm'));
  });
});
