// The save code the LMS keeps: it must round-trip, and anything else read back must be refused, not replayed.
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeSavePath, encodeSavePath } from '../../../src/engine/saveCode';
import type { SaveEnvelope } from '../../../src/engine/types';

const save: SaveEnvelope = {
  format: 1,
  storyId: 'sitting-in-reception',
  storyHash: '0123456789abcdef'.repeat(4),
  seed: 0,
  path: [
    { index: 0, text: 'Walk to the surgery with Esther' },
    { skip: 'queue' },
    { index: 2, text: '“Shall we sit here together?”' },
  ],
};

const code = (value: unknown) => LZString.compressToBase64(JSON.stringify(value));

describe('save codes', () => {
  it('round-trip a save, quotes and all', () => {
    expect(decodeSavePath(encodeSavePath(save))).toEqual(save);
  });

  it('are plain base64 text, shorter than the JSON for a real path', () => {
    const long = {
      ...save,
      path: Array.from({ length: 8 }, (_, i) => ({
        index: i % 3,
        text: `Ask Esther what she would like to say, turn ${i}`,
      })),
    };
    const encoded = encodeSavePath(long);
    expect(encoded).toMatch(/^[A-Za-z0-9+/=]+$/);
    expect(encoded.length).toBeLessThan(JSON.stringify(long).length);
  });

  it('keep only the envelope: extra fields on the save are not written', () => {
    const withExtra = { ...save, answers: ['free text the learner typed'] } as SaveEnvelope;
    expect(decodeSavePath(encodeSavePath(withExtra))).toEqual(save);
  });

  it.each([
    ['an empty string', ''],
    ['text that is not a code', 'hello there'],
    ['a cut-off code', encodeSavePath(save).slice(0, 20)],
    ['another format', code({ ...save, format: 2 })],
    ['a bad story id', code({ ...save, storyId: '../etc' })],
    ['a negative option', code({ ...save, path: [{ index: -1, text: 'x' }] })],
    ['a step that is neither', code({ ...save, path: [{ go: 'x' }] })],
    ['an extra field', code({ ...save, answers: [] })],
    ['JSON that is not an object', code([1, 2, 3])],
  ])('refuse %s', (_name, text) => {
    expect(decodeSavePath(text)).toBeNull();
  });
});
