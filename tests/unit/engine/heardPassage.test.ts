// The facilitator hears what is on offer from the main line's stream, as a fold: the passage being told, and the
// discussion cards and notes of the decision on offer (carried over a pacing choice, as the contract says).
import { describe, expect, it } from 'vitest';
import { ESTHER_HEADER } from '../../support/estherHeader';
import { compileSource } from '../../support/compileSource';
import { Playthrough } from '../../../src/engine/playthrough';
import { hearPassage, lastPassage } from '../../../src/engine/heardPassage';
import type { StoryEvent } from '../../../src/engine/storyEvents';

const STORY = `${ESTHER_HEADER}
VAR last_act = ""
=== desk ===
# scene: desk
Esther waits. # enter: esther # discuss: Who was Dawn talking to? # note: The Equality Act 2010 applies.
* [Go on]
- Still waiting.
* [Ask Esther #move: invite esther] Asked.
* [Answer for her #move: relay esther] Answered.
- The end.
-> END
`;

function listened() {
  const p = new Playthrough(compileSource(`-> desk\n${STORY}`), { storyId: 't' });
  let heard = lastPassage(p.sofar.events);
  const hear = (event: StoryEvent) => (heard = hearPassage(heard, event));
  p.events.on('line', (data) => hear({ type: 'line', data }));
  p.events.on('note', (data) => hear({ type: 'note', data }));
  p.events.on('choices', (data) => hear({ type: 'choices', data }));
  p.events.on('decision', (data) => hear({ type: 'decision', data }));
  p.events.on('ended', (data) => hear({ type: 'ended', data }));
  p.events.on('reset', (reset) => (heard = lastPassage(reset.events)));
  return { p, now: () => heard };
}

describe('what the facilitator hears is on offer', () => {
  it('carries the discussion card and the note over a pacing choice to the decision they belong to', () => {
    const { p, now } = listened();
    p.start();
    expect(now()).toMatchObject({ isDecision: false, discuss: [], notes: [], choices: [{ text: 'Go on' }] });
    p.choose(0);
    expect(now()).toMatchObject({
      lines: [{ text: 'Still waiting.' }],
      isDecision: true,
      discuss: ['Who was Dawn talking to?'],
      notes: ['The Equality Act 2010 applies.'],
    });
    p.choose(1);
    expect(now()).toMatchObject({
      ended: true,
      choices: [],
      discuss: [],
      lines: [{ text: 'Answered.' }, { text: 'The end.' }],
    });
  });

  it('lands where a reset lands, from the story so far', () => {
    const { p, now } = listened();
    p.start();
    p.choose(0);
    p.choose(0);
    p.reset({ ...p.save, path: p.save.path.slice(0, 1) });
    expect(now()).toEqual(lastPassage(Playthrough.resume(p.compiled, p.save).playthrough.sofar.events));
    expect(now().discuss).toEqual(['Who was Dawn talking to?']);
  });
});
