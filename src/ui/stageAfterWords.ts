// The stage hears the story after the words: each event reaches it once the paragraphs it goes with have been
// painted (afterPaint.ts), in the order the engine told them. The stage is decorative (aria-hidden) and paces its
// own movement, so a frame's delay is not seen, while its drawing no longer stands between a click and the text.
import type { StageSource } from '../stage/stageSource';
import { afterPaint } from './afterPaint';

type Listen = (type: string, fn: (payload: unknown) => void) => () => void;

export function stageAfterWords(source: StageSource): StageSource {
  const listen = source.on as unknown as Listen;
  const on: Listen = (type, fn) => {
    let listening = true;
    const off = listen(type, (payload) => afterPaint(() => listening && fn(payload)));
    return () => {
      listening = false;
      off();
    };
  };
  return { cast: source.cast, on: on as unknown as StageSource['on'] };
}
