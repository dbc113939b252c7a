// What the stage shows, said in the text for those who cannot see it: the stage is decorative for assistive
// technology, so a person being talked past, and coming back into the conversation, is also said in words (in a
// visually hidden note on the line where it happens). Who a line is said to is in its label.
import type { StageState } from '../stage/stageState';

export function stageFacts(before: StageState, after: StageState, nameOf: (id: string) => string): string[] {
  const facts: string[] = [];
  for (const id of after.leftOut) if (!before.leftOut.includes(id)) facts.push(`${nameOf(id)} is being talked past.`);
  for (const id of after.broughtBack)
    if (!before.broughtBack.includes(id)) facts.push(`${nameOf(id)} is back in the conversation.`);
  return facts;
}
