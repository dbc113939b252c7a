// The Audience of a story, in the theatre's words: the people at the centre, whose voice the learner's choices
// are about. Read from the story itself: every person a `move:` names (the move grammar puts the person whose
// voice is at stake there), in the order the story first names them. Pure; runs on the compiled JSON.
import { parseMove } from './contract/index.ts';

// ink compiles a tag's text as "^move: …" (as manifest.ts relies on to tell a scored story).
const MOVE_TAGS = /"\^\s*move\s*:([^"]*)"/g;

export function storyAudience(json: string): string[] {
  const people: string[] = [];
  for (const [, value] of json.matchAll(MOVE_TAGS)) {
    const parsed = parseMove(value ?? '');
    const target = parsed.ok ? parsed.move.target : null;
    if (target !== null && !people.includes(target)) people.push(target);
  }
  return people;
}
