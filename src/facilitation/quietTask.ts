// A quiet task for anyone who steps out: one card from the Script to read alone, and one question to think
// about. It is handed over or printed from the facilitator's screen and never shown to the room, so stepping
// out is not announced. Nothing is collected back.

export interface ScriptCardText {
  key: string;
  title: string;
  body: string[];
}

export interface QuietTask {
  card: ScriptCardText;
  question: string;
}

const QUIET_QUESTIONS = [
  'Think of a time at work when someone was talked about in front of them. What, if anything, would you want to have done?',
  'Whose voice carries furthest where you work, and why? What is one small thing that would change that?',
  'When did someone stand alongside you? What did they do that you could do for someone else?',
  'Which part of this card fits your own work, and which part does not? Why?',
];

/**
 * The card the story reached most recently (its `theory:` keys, in order met), else the first card; the
 * question rotates each time a task is offered, so two people who step out do not get the same pairing.
 */
export function quietTaskFor(
  theoryMet: readonly string[],
  cards: readonly ScriptCardText[],
  offered: number,
): QuietTask | null {
  if (cards.length === 0) return null;
  const recent = [...theoryMet]
    .reverse()
    .map((key) => cards.find((c) => c.key === key))
    .find((c) => c !== undefined);
  const card = recent ?? cards[offered % cards.length]!;
  return { card, question: QUIET_QUESTIONS[offered % QUIET_QUESTIONS.length]! };
}
