// Where people stand and where their names go: pure functions of who is on, so the same scene always looks the same.
import { ACTING_LEFT, ACTING_RIGHT, MAX_SPACING, NAME_GAP, NAMES_LEFT, NAMES_RIGHT } from './stageConfig';

/** x of each of `count` figures, left to right, centred in the acting area. */
export function standingXs(count: number): number[] {
  if (count <= 0) return [];
  const room = ACTING_RIGHT - ACTING_LEFT;
  const spacing = count === 1 ? 0 : Math.min(MAX_SPACING, room / (count - 1));
  const first = (ACTING_LEFT + ACTING_RIGHT) / 2 - (spacing * (count - 1)) / 2;
  return Array.from({ length: count }, (_, i) => first + i * spacing);
}

/** A name under (or, on a crowded stage, over the shins of) a figure: which row, how big, and where it reaches. */
export interface NameLabel {
  /** 0 under the feet; 1 a line higher (NAME_ROWS_Y). */
  row: 0 | 1;
  /** 1 is NAME_FONT_SIZE. */
  scale: number;
  left: number;
  right: number;
  /** Where its middle is, from the figure's (0 centred under the feet). */
  x: number;
}

/**
 * Each name on one line, whole, clear of its neighbours, the drapes and the learner's "You". `widths` are the
 * names as drawn at full size, left to right, in the order `standingXs` places them. All in one row when they fit;
 * otherwise every other name moves up a row, which gives each twice the room; a name that still has too little
 * is drawn smaller, just enough to fit its share of the row.
 */
export function nameLabels(widths: readonly number[]): NameLabel[] {
  const xs = standingXs(widths.length);
  const fits = (step: number) =>
    xs.every((x, i) => {
      const half = widths[i] / 2;
      const next = i + step;
      const clearOfNext = next >= xs.length || xs[next] - x >= half + widths[next] / 2 + NAME_GAP;
      return x - half >= NAMES_LEFT && x + half <= NAMES_RIGHT && clearOfNext;
    });
  const step = fits(1) ? 1 : 2;
  const whole = fits(step);
  return xs.map((x, i) => {
    // Its share: up to halfway to the next name in its row on each side, or to the edge.
    const leftLimit = i - step >= 0 ? (xs[i - step] + x) / 2 + NAME_GAP / 2 : NAMES_LEFT;
    const rightLimit = i + step < xs.length ? (x + xs[i + step]) / 2 - NAME_GAP / 2 : NAMES_RIGHT;
    // Full size when the row as a whole fits (a long name may lean into a short neighbour's share).
    const scale = whole ? 1 : Math.min(1, (rightLimit - leftLimit) / widths[i]);
    const width = widths[i] * scale;
    // Centred under the figure, or slid along its share, towards the middle, as far as the share's edge needs.
    const left = whole ? x - width / 2 : Math.min(Math.max(x - width / 2, leftLimit), rightLimit - width);
    return { row: step === 1 ? 0 : ((i % 2) as 0 | 1), scale, left, right: left + width, x: left + width / 2 - x };
  });
}
