// Story text on its way to a terminal. A story file is untrusted: text with escape sequences in it could move the
// cursor, rewrite what was printed, retitle the window or (on some terminals) worse. Control characters are shown
// as visible escapes instead (ESC becomes "\x1b"); line breaks and tabs stay as they are.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function forTerminal(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
