// Files opened in the author preview arrive without folders; their INCLUDEs must still find each other.
import { describe, expect, it } from 'vitest';
import { resolveIncludes } from '../../../src/ink/includedFiles';

describe('opened files and their INCLUDEs', () => {
  it('files an included file under the path the INCLUDE uses, and the story is the file nobody includes', () => {
    const opened = resolveIncludes([
      { name: 'cast.ink', text: '=== cast ===\n-> DONE\n' },
      { name: 'outing.ink', text: '# title: Outing\nINCLUDE includes/cast.ink\nHello.\n' },
    ]);
    expect(opened.stories).toEqual(['outing.ink']);
    expect(opened.files['includes/cast.ink']).toBe('=== cast ===\n-> DONE\n');
    expect(opened.missing).toEqual([]);
  });

  it('offers every story when several are opened, and names an INCLUDE with no file', () => {
    const opened = resolveIncludes([
      { name: 'one.ink', text: 'INCLUDE shared.ink\n' },
      { name: 'two.ink', text: 'INCLUDE shared.ink\nINCLUDE gone.ink\n' },
      { name: 'shared.ink', text: '=== shared ===\n-> DONE\n' },
    ]);
    expect(opened.stories).toEqual(['one.ink', 'two.ink']);
    expect(opened.missing).toEqual(['gone.ink']);
  });
});
