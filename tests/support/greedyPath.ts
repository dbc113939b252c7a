// Play a story along its best or its worst path by the option scores (optionStanding): at each decision the
// option that resolves highest (or lowest) in the context it is offered in; pacing choices take the first.
import { Playthrough } from '../../src/engine/playthrough';
import { followPassage } from '../../src/engine/heardPassage';
import { bestOption, resolveOptions, worstOption } from '../../src/engine/optionOutcomes';

export function playGreedy(json: string, storyId: string, way: 'best' | 'worst', maxSteps = 400): Playthrough {
  const playthrough = new Playthrough(json, { storyId });
  const heard = followPassage(playthrough);
  playthrough.start();
  let passage = heard.now();
  for (let step = 0; !passage.ended && !passage.error; step++) {
    if (step >= maxSteps) throw new Error(`${storyId}: the ${way} path made ${maxSteps} choices without ending`);
    let pick = 0;
    if (passage.isDecision) {
      const options = resolveOptions(
        playthrough.optionsOnOffer.map((o) => ({ ...o, contested: false })),
        playthrough.sceneContext,
      );
      pick = way === 'best' ? bestOption(options) : worstOption(options);
    }
    playthrough.choose(pick);
    passage = heard.now();
  }
  if (passage.error) throw new Error(`${storyId}: the ${way} path fails: ${passage.error.message}`);
  return playthrough;
}
