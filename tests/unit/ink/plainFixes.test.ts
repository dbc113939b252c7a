import { describe, expect, it } from 'vitest';
import { compileInk } from '../../../src/ink/compileInk';
import { plainFix } from '../../../src/ink/plainFixes';
import { validateStory } from '../../../src/ink/validateStory';

// Real compiler messages from real mistakes, so a change in inkjs's wording shows up here rather than as a
// hint that silently stops appearing.
const MISTAKES: [string, string, RegExp][] = [
  ['an unclosed choice bracket', '* [Go\n-> END\n', /Add the missing \]/],
  ['a divert to a knot that is not there', '-> nowhere\n', /Nothing in the story is called “nowhere”/],
  ['a variable never declared', '{x}\n-> END\n', /Add VAR x = /],
  ['an arrow with nowhere to go', 'Hello ->\n', /needs somewhere to go/],
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

  it("names a variable set but never declared as the author types it, without ink's quotes", () => {
    const { diagnostics } = compileInk({ 'main.ink': '~ seen = true\n-> END\n' }, 'main.ink');
    const hint = diagnostics.map((d) => plainFix(d.message)).find(Boolean)!;
    // Before: “'seen'” is set with ~ … Add VAR 'seen' = … (ink cannot read a quoted name).
    expect(hint).toBe('“seen” is set with ~ but was never declared. Add VAR seen = … near the top of the story.');
  });

  it("says what to do about a ->-> in a part reached with a plain arrow (ink's runtime error)", () => {
    expect(plainFix('Found tunnel onwards statement (->->), when expected end of flow (-> END or choice)')).toMatch(
      /^A double arrow \(->->\) goes back to where a tunnel was called from.*or -> END\.$/,
    );
  });

  it('an arrow to a stitch of another knot by its name alone says to name the knot too', () => {
    const source = '-> desk\n=== desk ===\nHello.\n-> slot\n=== booking ===\n= slot\nThe slot.\n-> END\n';
    const [d] = validateStory({ 'main.ink': source }, 'main.ink').diagnostics;
    expect(d!.line).toBe(4);
    // Before: "Nothing in the story is called “slot” … add a knot: === slot ===", beside the stitch of that name.
    expect(plainFix(d!.message)).toBe(
      '“slot” is a stitch inside the knot “booking”, and from outside that knot an arrow names the knot too: write -> booking.slot',
    );
  });

  it('adds nothing to a message it does not know', () => {
    expect(plainFix('Something entirely new')).toBeNull();
  });
});
