// What the learner is told on the start screen when the game is connected to their organisation's systems:
// exactly what is kept and sent, and that what they write stays with them.
import { el } from '../ui/dom';

export interface NoticeFacts {
  /** A SCORM LMS keeps the learner's place. */
  scorm: boolean;
  /** xAPI statements are on. */
  xapi: boolean;
  /** …including one per decision (the separate opt-in). */
  decisionActs: boolean;
}

const LMS_KEEPS_PLACE =
  'Your organisation’s learning system keeps only your place in the story, so you can carry on another day. What you write in the curtain call stays on this device.';
export const XAPI_COMPLETED =
  'When you finish a story, your organisation’s learning record is told that you completed it. No score is sent.';
export const XAPI_DECISIONS =
  'Your organisation has also chosen to record, at each decision, the kind of response you chose (for example, backing a colleague’s idea, or staying out of it). The words of your choices are not sent.';
/** Said when the LMS's place reaches a device that kept none: the learner's writing did not come with it. */
export const PLACE_FROM_ELSEWHERE =
  'You’re carrying on from the place your learning system kept. Anything you wrote in a curtain call on another computer stays on that computer.';
const WRITING_STAYS = 'What you write in the curtain call stays on this device.';

export function noticeSentences(f: NoticeFacts): string[] {
  const sentences: string[] = [];
  if (f.scorm) sentences.push(LMS_KEEPS_PLACE);
  if (f.xapi) {
    sentences.push(XAPI_COMPLETED);
    if (f.decisionActs) sentences.push(XAPI_DECISIONS);
    if (!f.scorm) sentences.push(WRITING_STAYS);
  }
  return sentences;
}

/** The notice as it sits at the top of a story's first screen. */
export function noticeElement(sentences: string[]): HTMLElement {
  return el('div', { className: 'notice lms-notice', role: 'note' }, ...sentences.map((s) => el('p', {}, s)));
}
