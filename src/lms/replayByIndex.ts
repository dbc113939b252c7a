// A place kept without its option texts (to fit the LMS's limit) is filled in again by replaying it by index.
// That is safe only on the very story it was made on, so the story's hash must match: on any other version the
// place cannot be checked, and the learner starts again rather than land somewhere the story never led.
import { Playthrough } from '../engine/playthrough';
import { followPassage } from '../engine/heardPassage';
import type { PathStep, SaveEnvelope } from '../engine/types';

const lacksText = (step: PathStep) => 'index' in step && step.text === '';

/** The save with every option text filled in, or null when it cannot be done safely. */
export function fillPathTexts(storyJson: string, save: SaveEnvelope, storyHash: string): SaveEnvelope | null {
  if (!save.path.some(lacksText)) return save;
  if (!storyHash || save.storyHash !== storyHash) return null;
  const filled: PathStep[] = [];
  const replayed = () => Playthrough.resume(storyJson, { ...save, path: [...filled] }, { storyHash });
  let playthrough = replayed().playthrough;
  // What is on offer at each step is heard on the copy's stream, as everything else hears a story.
  let heard = followPassage(playthrough);
  for (const step of save.path) {
    if ('skip' in step) {
      filled.push(step);
      // Skipping is the runner's own business: replay up to here to be where the skip led.
      const again = replayed();
      if (again.mismatch) return null;
      playthrough = again.playthrough;
      heard = followPassage(playthrough);
      continue;
    }
    const passage = heard.now();
    const option = !passage.ended && !passage.error ? passage.choices[step.index] : undefined;
    if (!option) return null;
    filled.push({ index: step.index, text: option.text });
    playthrough.choose(step.index);
  }
  return { ...save, path: filled };
}
