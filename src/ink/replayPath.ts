// How a message tells an author to see what a walk met: the `play` command in a terminal, or in the author preview,
// where the person reading has no terminal, the choices to take there.
import type { WalkRecord } from './exploreStory';

/** Where the message is read: a terminal (`npm run check`, the default) or the author preview. */
export type Replay = 'terminal' | 'preview';

/** "1,2,3": the path as `npm run play -- FILE --choices …` takes it. */
function choicesOf(walk: WalkRecord): string {
  const all = walk.steps.map((s) => s.chosen + 1);
  // A path of hundreds of choices is unreadable; its start is enough to see the loop.
  return all.length > 30 ? `${all.slice(0, 30).join(',')} (the first 30 of ${all.length})` : all.join(',');
}

/** How to see what a walk met: the play command, or in the author preview the choices to take there. */
export function seeIt(walk: WalkRecord | undefined, file: string, replay: Replay): string {
  const steps = walk?.steps ?? [];
  if (replay === 'terminal') return `npm run play -- ${file}${steps.length ? ` --choices ${choicesOf(walk!)}` : ''}`;
  if (!steps.length) return 'press Restart in the preview below';
  const all = steps.map((s) => s.chosen + 1);
  const first = all.slice(0, 12).join(', then ');
  return `in the preview below, choose ${first}${all.length > 12 ? ` and so on (${all.length} choices: ${choicesOf(walk!)})` : ''}`;
}
