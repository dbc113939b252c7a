// Asked before "Start a new session" replaces the one on screen: a slip after the debrief must not cost the
// session's record before it is printed. "Keep this session" (focused) or Esc leaves everything as it was.
import { askFirst } from './askFirst';

/** The question, in the words the facilitator reads; `kept` says whether this browser keeps what is set aside. */
function newSessionWords(title: string, kept: boolean): string {
  return kept
    ? `“${title}” is set aside on this browser, not deleted: you can bring it back from the plan screen, under “Sessions set aside”. Print or download its summary first if you want it on paper now.`
    : `This browser is not keeping anything for this page, so “${title}” will be gone. Print or download its summary first if you want it.`;
}

export function confirmNewSession(title: string, kept: boolean, onYes: () => void): void {
  askFirst(
    {
      name: 'new-session',
      title: 'Start a new session?',
      words: newSessionWords(title, kept),
      keep: 'Keep this session',
      yes: kept ? 'Set it aside and start a new session' : 'Start a new session',
    },
    onYes,
  );
}
