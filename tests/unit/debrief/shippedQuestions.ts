// The shipped question library (src/content/prompts.json) and the questions a played path earns from it, for the
// tests that play a story along a reader's walk and read what the curtain call would ask.
import promptsData from '../../../src/content/prompts.json';
import { parsePromptLibrary } from '../../../src/engine/debrief/promptLibrary';
import { selectPrompts, type SelectedPrompt } from '../../../src/engine/debrief/selectPrompts';
import type { Playthrough } from '../../../src/engine/playthrough';

export const library = parsePromptLibrary(promptsData);

/** The questions the path earns at this rotation (a replay's is the next); `max` as the curtain call's, unless given. */
export const questionsOnPath = (playthrough: Playthrough, rotation = 0, max?: number): SelectedPrompt[] =>
  selectPrompts(playthrough.log, playthrough.header, library, max === undefined ? { rotation } : { rotation, max });

/** The question of a family asked about one decision. */
export const keyed = (prompts: SelectedPrompt[], family: string, at: number): SelectedPrompt | undefined =>
  prompts.find((p) => p.family === family && p.decision === at);
