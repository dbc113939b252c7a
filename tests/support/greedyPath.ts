// Play a story along its best or its worst path by the option scores (optionStanding): at each decision the
// option that resolves highest (or lowest) in the context it is offered in; pacing choices take the first.
import { Playthrough } from '../../src/engine/playthrough';
import { bestOption, resolveOptions, worstOption } from '../../src/engine/optionOutcomes';

export function playGreedy(json: string, storyId: string, way: 'best' | 'worst', maxSteps = 400): Playthrough {
  const playthrough = new Playthrough(json, { storyId });
  let passage = playthrough.start();
  for (let step = 0; !passage.ended && !passage.error; step++) {
    if (step >= maxSteps) throw new Error(`${storyId}: the ${way} path made ${maxSteps} choices without ending`);
    let pick = 0;
    if (passage.isDecision) {
      const options = resolveOptions(
        passage.choices.map((c) => ({ index: c.index, text: c.text, moves: playthrough.movesOf(c), contested: false })),
        playthrough.sceneContext,
      );
      pick = way === 'best' ? bestOption(options) : worstOption(options);
    }
    passage = playthrough.choose(pick);
  }
  if (passage.error) throw new Error(`${storyId}: the ${way} path fails: ${passage.error.message}`);
  return playthrough;
}
