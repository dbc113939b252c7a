import { describe, expect, it } from 'vitest';
import { compileInk } from '../../../src/ink/compileInk';
import { plainFix } from '../../../src/ink/plainFixes';

// Real compiler messages from real mistakes, so a change in inkjs's wording shows up here rather than as a
// hint that silently stops appearing.
const MISTAKES: [string, string, RegExp][] = [
  ['an unclosed choice bracket', '* [Go\n-> END\n', /Add the missing \]/],
  ['a divert to a knot that is not there', '-> nowhere\n', /Nothing in the story is called “nowhere”/],
  ['a variable never declared', '{x}\n-> END\n', /Add VAR x = /],
  ['an arrow with nowhere to go', 'Hello ->\n', /needs somewhere to go/],
  ['a knot that runs out with no -> END', '-> hall\n=== hall ===\nHello.\n', /End this part with -> END/],
];

describe('plain fixes for compiler messages', () => {
  for (const [what, source, fix] of MISTAKES) {
    it(`says what to do about ${what}`, () => {
      const { diagnostics } = compileInk({ 'main.ink': source }, 'main.ink');
      expect(diagnostics.length).toBeGreaterThan(0);
      const hints = diagnostics.map((d) => plainFix(d.message)).filter(Boolean);
      expect(hints.join(' ')).toMatch(fix);
      for (const hint of hints) expect(hint).not.toMatch(/weave|divert target/i);
    });
  }

  it("says what to do when a path runs out of content as it plays (ink's runtime error)", () => {
    expect(plainFix("ran out of content. Do you need a '-> DONE' or '-> END'?")).toMatch(
      /Every path must finish with -> END/,
    );
  });

  it('adds nothing to a message it does not know', () => {
    expect(plainFix('Something entirely new')).toBeNull();
  });
});
