// Story text on its way to a terminal. A story file is untrusted: text with escape sequences in it could move the
// cursor, rewrite what was printed, retitle the window or (on some terminals) worse. Control characters are shown
// as visible escapes instead (ESC becomes "\x1b"); line breaks and tabs stay as they are.
import type { Diagnostic } from '../engine/types';
import { formatDiagnostic } from '../ink/compileInk';
import { plainFix } from '../ink/plainFixes';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function forTerminal(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * One problem as `check` and `play` print it: `FILE:LINE: error: …`, then, where ink's words are its own jargon,
 * the fix in plain words on the next line, as the author page shows it under the message.
 */
export function diagnosticForTerminal(d: Diagnostic): string {
  const fix = plainFix(d.message);
  return forTerminal(`${formatDiagnostic(d)}\n${fix ? `  What to do: ${fix}\n` : ''}`);
}
