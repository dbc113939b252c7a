// The ink compiler and runtime speak in their own terms ("weave-style option", "divert", "loose end"). An author
// needs the fix. Each entry matches one ink message and says, in plain words, what is wrong and what to do; ink's
// own message stays beside it (it is what Inky and the ink documentation use). Messages not listed here get no
// hint. `check` and `play` print the fix under the message ("What to do: …"), as the author page shows it.
interface PlainFix {
  match: RegExp;
  fix: (m: RegExpExecArray) => string;
}

const FIXES: PlainFix[] = [
  {
    match: /Expected closing '\]' for weave-style option/,
    fix: () => 'A choice opens a [ square bracket ] and does not close it on this line. Add the missing ].',
  },
  {
    match: /Divert target not found: '-> ([^']+)' \(a stitch of knot “([^”]+)”/,
    fix: (m) =>
      `“${m[1]}” is a stitch inside the knot “${m[2]}”, and from outside that knot an arrow names the knot too: write -> ${m[2]}.${m[1]}`,
  },
  {
    match: /Divert target not found: '-> ([^']+)' \(did you mean "([^"]+)"\?\)/,
    fix: (m) =>
      `Nothing in the story is called “${m[1]}”, so “-> ${m[1]}” has nowhere to go. Did you mean “${m[2]}”? Write -> ${m[2]}`,
  },
  {
    match: /Divert target not found: '-> ([^']+)'/,
    fix: (m) =>
      `Nothing in the story is called “${m[1]}”, so “-> ${m[1]}” has nowhere to go. Check the spelling, or add a knot: === ${m[1]} ===`,
  },
  {
    match: /Unresolved variable: '?([^\s']+)'?/,
    fix: (m) =>
      `“${m[1]}” is used but never set up. Add VAR ${m[1]} = … near the top of the story, or check the spelling.`,
  },
  {
    match: /Empty diverts \(->\) are only valid on choices/,
    fix: () => 'An arrow (->) needs somewhere to go here, such as -> END or the name of a knot.',
  },
  {
    match: /Choices nested in conditionals or sequences need to explicitly divert afterwards/,
    fix: () => 'A choice inside { } must end by going somewhere: add -> and a knot name after it.',
  },
  {
    match: /Variable could not be found to assign to: '?([^\s']+)'?/,
    fix: (m) => `“${m[1]}” is set with ~ but was never declared. Add VAR ${m[1]} = … near the top of the story.`,
  },
  {
    match: /ran out of content/,
    fix: () =>
      'The story ran out of words without reaching an ending. Every path must finish with -> END: add it where this path stops (after the last line the learner reads on it), or -> and the name of the knot that comes next.',
  },
  {
    match: /Found tunnel onwards statement \(->->\)/,
    fix: () =>
      'A double arrow (->->) goes back to where a tunnel was called from (-> knot ->), but this part was reached with a plain arrow, so there is nowhere to go back to. Write -> and the name of the knot that comes next, or -> END.',
  },
  {
    match: /Unexpected number of arrows in divert/,
    fix: () => 'Too many arrows in a row. A divert is one arrow and a name: -> knot_name.',
  },
];

/** What to do about a compiler message, in plain words; null when the message is already plain or unknown. */
export function plainFix(message: string): string | null {
  for (const { match, fix } of FIXES) {
    const m = match.exec(message);
    if (m) return fix(m);
  }
  return null;
}
