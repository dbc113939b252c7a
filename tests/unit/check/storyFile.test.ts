// An exported story file is untrusted input: only a well-formed file whose story loads in inkjs is accepted.
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../../src/ink/compileInk';
import { parseStoryFile, storyFileText, STORY_FILE_MAX_CHARS } from '../../../src/engine/storyFile';
import { storyHash } from '../../../src/ink/storyHash';

const { json } = compileInk({ 'tiny.ink': 'Hello.\n* [Go] Gone.\n-> END\n' }, 'tiny.ink');

describe('story files', async () => {
  const hash = await storyHash(json!);
  const good = storyFileText({ id: 'tiny', title: 'Tiny', json: json!, hash });

  it('hash the compiled JSON as the build does (SHA-256, hex)', async () => {
    const { createHash } = await import('node:crypto');
    expect(hash).toBe(createHash('sha256').update(json!).digest('hex'));
  });

  it('round-trip through export and open', () => {
    const opened = parseStoryFile(good);
    expect(opened).toEqual({
      ok: true,
      story: { format: 'allyship-story', version: 1, id: 'tiny', title: 'Tiny', json, hash },
    });
  });

  it('open with a byte-order mark in front', () => {
    expect(parseStoryFile(`\ufeff${good}`).ok).toBe(true);
  });

  const file = JSON.parse(good) as Record<string, unknown>;
  it.each([
    ['an empty file', '', 'empty'],
    ['a file that is not JSON', '{"format":', 'not JSON'],
    ['a plain ink JSON', json!, 'not an Allyship Theatre story file'],
    ['a newer version', JSON.stringify({ ...file, version: 2 }), 'newer version'],
    ['a bad id', JSON.stringify({ ...file, id: 'Bad Id' }), 'id'],
    ['a bad hash', JSON.stringify({ ...file, hash: 'abc' }), 'hash'],
    ['an extra field', JSON.stringify({ ...file, script: 'alert(1)' }), 'script'],
    ['a story that does not load', JSON.stringify({ ...file, json: '{"inkVersion": 21, "root": 5}' }), 'does not load'],
    ['a huge file', ' '.repeat(STORY_FILE_MAX_CHARS + 1), 'too large'],
  ])('refuse %s, saying why', (_name, text, words) => {
    const opened = parseStoryFile(text);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.message).toContain(words);
  });
});
