// What to call a story that is no longer in this theatre (a link to it, "Your reflections"): the title this device
// kept with it, from a saved place or from the learner's answers, else its id made readable. The id is a web
// address's words ("sitting-in-reception"), not the story's name.
import { idAsTitle } from '../engine/storyMeant';
import { keptTitle } from './answerStore';
import { deviceStorage } from './deviceStorage';
import { savedTitle } from './saveSlots';

export function removedStoryName(storyId: string): string {
  return savedTitle(storyId) ?? keptTitle(deviceStorage(), storyId) ?? idAsTitle(storyId);
}
