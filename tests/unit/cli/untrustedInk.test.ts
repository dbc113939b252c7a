// Crafted story files a hostile tester wrote (issue 17 item 3): a loop that piles up ink's output stream, a story
// that keeps doubling a string, and a story whose only choice loops back for ever. Before the limits, `play` took
// 67 s on the first, `check` 391 s, the second crashed Node (exit 133) and `play --walk` never ended on the third.
// Now each ends promptly with a message naming the file. The time limit here only catches a hang; `npm run bench`
// owns speed. Each test prints the time it measured.
import { describe, expect, it } from 'vitest';
import { main as play } from '../../../src/cli/play';
import { main as check } from '../../../src/cli/check';

const HANG = 10_000;

async function timed(command: (io: Parameters<typeof check>[1]) => number | Promise<number>) {
  let out = '';
  let err = '';
  const started = performance.now();
  const code = await command({
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    input: () => '',
    interactive: false,
  });
  const ms = performance.now() - started;
  return { code, out, err, ms };
}

const cases = [
  {
    file: 'tests/fixtures/untrusted/growing-output.ink',
    says: /tests\/fixtures\/untrusted\/growing-output\.ink:\d+: runtime error: the story (piled up more than 500 pieces of text without ending a line|ran for more than 1,000 ms)/,
  },
  {
    file: 'tests/fixtures/untrusted/doubling-string.ink',
    says: /tests\/fixtures\/untrusted\/doubling-string\.ink:\d+: runtime error: the story made a piece of text longer than 100,000 characters/,
  },
  {
    file: 'tests/fixtures/untrusted/repeat-choice.ink',
    says: /tests\/fixtures\/untrusted\/repeat-choice\.ink: error: --walk stopped after 400 choices without reaching an end/,
  },
];

describe('untrusted ink in Node: play and check end every crafted case with a message naming the file', () => {
  it.each(cases)('play --walk $file', { timeout: HANG * 2 }, async ({ file, says }) => {
    const r = await timed((io) => play([file, '--walk', '1'], io));
    console.log(`play --walk ${file}: ${r.ms.toFixed(0)} ms`);
    expect(r.ms).toBeLessThan(HANG);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(says);
  });

  it.each(cases)('check $file', { timeout: HANG * 2 }, async ({ file }) => {
    const r = await timed((io) => check([file], io));
    console.log(`check ${file}: ${r.ms.toFixed(0)} ms`);
    expect(r.ms).toBeLessThan(HANG);
    expect(r.out).toContain(`${file}: `);
    // A loop with no way out is an error in check; a choice that loops back for ever is the author's to judge.
    if (!file.includes('repeat-choice')) {
      expect(r.code).toBe(1);
      expect(r.out).toMatch(
        new RegExp(`^${file.replace(/[.]/g, '\\.')}(:\\d+)?: error: .*(pieces of text|ms without|characters)`, 'm'),
      );
    }
  });
});
