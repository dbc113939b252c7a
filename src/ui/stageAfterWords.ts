// The stage hears the story after the words: each event reaches it once the paragraphs it goes with have been
// painted (afterPaint.ts), in the order the performance told them. The stage is decorative (aria-hidden) and
// paces its own movement, so a frame's delay is not seen, while its drawing no longer stands between a click and
// the text.
import type { StageEvents, StageSource } from '../stage/stageSource';
import { afterPaint } from './afterPaint';

export function stageAfterWords(source: StageSource): StageSource {
  const events: StageEvents = {
    on(type, fn) {
      let listening = true;
      const off = source.events.on(type, (data) => afterPaint(() => listening && fn(data)));
      return () => {
        listening = false;
        off();
      };
    },
  };
  return { ...source, events };
}
