// Where people stand: a pure function of who is on, so the same scene always looks the same.
import { ACTING_LEFT, ACTING_RIGHT, MAX_SPACING } from './stageConfig';

/** x of each of `count` figures, left to right, centred in the acting area; six fit with room for their names. */
export function standingXs(count: number): number[] {
  if (count <= 0) return [];
  const room = ACTING_RIGHT - ACTING_LEFT;
  const spacing = count === 1 ? 0 : Math.min(MAX_SPACING, room / (count - 1));
  const first = (ACTING_LEFT + ACTING_RIGHT) / 2 - (spacing * (count - 1)) / 2;
  return Array.from({ length: count }, (_, i) => first + i * spacing);
}
