// Where a line sits in a transcript, for story tests that check what is shown before what. A bare
// `expect(text.indexOf(a)).toBeLessThan(text.indexOf(b))` passes whenever `a` is missing (indexOf is -1), so a
// story edit that rewords the line leaves a test that can no longer fail; these helpers fail naming the line instead.
import { expect } from 'vitest';

/** A line of the text: the words themselves, or a pattern where the words vary. */
export type Line = string | RegExp;

function describeLine(line: Line): string {
  return typeof line === 'string' ? JSON.stringify(line) : String(line);
}

/** Where `line` first appears in `text`; fails, naming the line, if it is not there. */
export function indexIn(text: string, line: Line): number {
  const at = typeof line === 'string' ? text.indexOf(line) : text.search(line);
  expect(at, `${describeLine(line)} is not in the text (the story may have reworded it)`).toBeGreaterThan(-1);
  return at;
}

/** Where `line` last appears in `text` (the scene nearest the end); fails, naming the line, if it is not there. */
export function lastIndexIn(text: string, line: string): number {
  const at = text.lastIndexOf(line);
  expect(at, `${describeLine(line)} is not in the text (the story may have reworded it)`).toBeGreaterThan(-1);
  return at;
}

/**
 * Asserts every line is in the text and each first appears after the one before (by where each first appears).
 * Returns where each line was found, so a test can compare one with a place it found another way.
 */
export function expectInOrder(text: string, ...lines: Line[]): number[] {
  const at = lines.map((line) => indexIn(text, line));
  for (let n = 1; n < lines.length; n++)
    expect(at[n], `${describeLine(lines[n]!)} should come after ${describeLine(lines[n - 1]!)}`).toBeGreaterThan(
      at[n - 1]!,
    );
  return at;
}
