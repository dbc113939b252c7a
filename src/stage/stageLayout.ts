// Where people stand and how each figure looks. Pure functions of the cast order, so the same person looks the
// same in every scene and every playthrough, and no look is derived from who the person is.
import { ACTING_LEFT, ACTING_RIGHT, MAX_SPACING, STAGE_WIDTH } from './stageConfig';

/** x of each of `count` figures, left to right, centred; six fit with room for their names. */
export function standingXs(count: number): number[] {
  if (count <= 0) return [];
  const room = ACTING_RIGHT - ACTING_LEFT;
  const spacing = count === 1 ? 0 : Math.min(MAX_SPACING, room / (count - 1));
  const first = STAGE_WIDTH / 2 - (spacing * (count - 1)) / 2;
  return Array.from({ length: count }, (_, i) => first + i * spacing);
}

// Every build has a top over trousers or a coat, so no build reads as a gender.
export type Build = 'straight' | 'tunic' | 'broad' | 'long';

export interface FigureLook {
  /** Clothing colour; the whole figure is shades of it, so no skin tone is ever chosen for anyone. */
  colour: number;
  /** 0.86–1.08 of the base height. */
  height: number;
  build: Build;
}

// Muted, distinct hues that read against the dark set and from each other (also in greyscale, by lightness).
const PALETTE = [0x4fa3a5, 0xe0a544, 0x9d8df1, 0xe07b67, 0x6aa8e8, 0x93c073, 0xd58fc0, 0xc9b98f] as const;
const HEIGHTS = [1.0, 0.9, 1.07, 0.94, 1.03, 0.87, 1.05, 0.96] as const;
const BUILDS: readonly Build[] = ['straight', 'tunic', 'broad', 'long'];

export function lookFor(castIndex: number): FigureLook {
  const i = Math.max(0, castIndex);
  return {
    colour: PALETTE[i % PALETTE.length],
    height: HEIGHTS[i % HEIGHTS.length],
    // A different stride from the colours, so colour and build do not always pair the same way.
    build: BUILDS[(i * 3) % BUILDS.length],
  };
}
