// The stage's fixed measures and colours, in one place so the set, the figures and the layout agree.
// Logical size 960×480 is 2:1: beside the text on a wide screen, and a strip under a quarter of a phone's height
// on a narrow one (375 px wide → 188 px high). Phaser's FIT scale does the rest.

export const STAGE_WIDTH = 960;
export const STAGE_HEIGHT = 480;

/** Where feet touch the boards; names sit just below. */
export const FLOOR_Y = 416;
/** The top of the stage floor (the back wall ends here). */
export const BACK_WALL_BOTTOM = 300;
/** Drapes when open: they frame the stage and hide the wings figures walk in from. */
export const DRAPE_OPEN_WIDTH = 64;
export const VALANCE_HEIGHT = 36;

/** The room the cast may stand in: between the left drape and the learner's place downstage right. */
export const ACTING_LEFT = 130;
export const ACTING_RIGHT = 700;
/** Widest gap between neighbours, so two people are not stranded at the edges. */
export const MAX_SPACING = 190;
/** Off-stage, behind the drapes. */
export const WING_OFFSET = 70;
/** The learner's place: downstage right, seen from behind, head and shoulders above the stage's lip. */
export const YOU_X = 836;
export const YOU_HEAD_Y = 386;

export const FIGURE_BASE_HEIGHT = 310;
export const NAME_FONT_SIZE = 30;
/** The dark edge round each name, so it reads over the floor or a figure's legs. */
export const NAME_STROKE = 5;
/** Names are one line: the top row sits just under the feet, the second (only when a crowded stage needs it) over
 * the shins, a line higher. */
export const NAME_ROWS_Y = [6, -34] as const;
/** Where names may reach: inside the open drapes, and clear of the learner's "You". */
export const NAMES_LEFT = DRAPE_OPEN_WIDTH + 4;
export const NAMES_RIGHT = YOU_X - 40;
/** Room kept between two names in a row. */
export const NAME_GAP = 10;
/** The smallest a name is drawn when even two rows leave it too little room: 24 px of the stage's 480. */
export const NAME_MIN_SCALE = 0.8;
// Atkinson Hyperlegible is the game's own font (loaded by the page); the rest are safe fall-backs.
export const FONT_FAMILY = '"Atkinson Hyperlegible", "Segoe UI", Arial, sans-serif';

export const COLOURS = {
  backWallTop: '#15121d',
  backWallBottom: '#2a2336',
  floorBack: '#3a2d29',
  floorFront: '#4a3a33',
  drape: 0x6b2738,
  drapeFold: 0x561d2c,
  drapeLight: 0x813246,
  trim: 0xc9a54a,
  name: '#f4efe6',
  shade: 0x0b0910,
  /** What a figure's colours sink towards when dimmed. */
  dark: 0x17131f,
  /** And towards when left out: cold and grey, out of the warm light. */
  leftOut: 0x2b3042,
  /** The learner, seen from behind: one neutral tone, nobody in particular. */
  you: 0x8f8aa0,
  warm: 0xfff2cc,
} as const;

/**
 * Lighting levels: how much of its own colour a figure keeps (the rest is the dark of the set). Colours are
 * redrawn rather than faded with alpha, which would show the overlaps between a figure's shapes.
 */
export const LIGHT = { lit: 1, addressed: 0.95, even: 0.9, listening: 0.74, leftOut: 0.42, shadeWhenLit: 0.3 } as const;

/** Milliseconds. Movement only when reduced motion is off; otherwise changes are instant. */
export const TIMING = { walk: 900, shuffle: 450, light: 260, curtain: 1100, bow: 700 } as const;
