// An option's words quoted in running text ("I chose “…”", "The room chose “…”"). An option that is speech carries
// its own quotation marks ("Three weeks is a long time…"): it gets one pair of curly quotes, not a second pair
// around the first (“"Three weeks…"”), which read as a slip in a learner's printed account.
const WRAPPED_IN_QUOTES = /^["“]([^"“”]*)["”]$/;

export function quotedChoice(text: string): string {
  const words = text.trim();
  return `“${WRAPPED_IN_QUOTES.exec(words)?.[1] ?? words}”`;
}

/** Whether the option's words end their own sentence (before any closing quotation mark): no second full stop. */
export function endsItsSentence(text: string): boolean {
  return /[.!?…]["”]?$/.test(text.trim());
}
