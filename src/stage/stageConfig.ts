// The stage's fixed measures and colours, in one place so the set, the figures and the layout agree.
// Logical size 1280×400 is 16:5, the box the play screen gives the stage; Phaser's FIT scale does the rest.

export const STAGE_WIDTH = 1280;
export const STAGE_HEIGHT = 400;

/** Where feet touch the boards; names sit just below. */
export const FLOOR_Y = 318;
/** The top of the stage floor (the back wall ends here). */
export const BACK_WALL_BOTTOM = 292;
/** Drapes when open: they frame the stage and hide the wings figures walk in from. */
export const DRAPE_OPEN_WIDTH = 92;
export const VALANCE_HEIGHT = 44;

/** The room figures may stand in, between the drapes with a margin for names. */
export const ACTING_LEFT = 170;
export const ACTING_RIGHT = STAGE_WIDTH - 170;
/** Widest gap between neighbours, so two people are not stranded at the edges. */
export const MAX_SPACING = 210;
/** Off-stage, behind the drapes. */
export const WING_OFFSET = 70;

export const FIGURE_BASE_HEIGHT = 222;
export const NAME_FONT_SIZE = 21;
export const NAME_WRAP_WIDTH = 150;
// Atkinson Hyperlegible is the game's own font (loaded by the page); the rest are safe fall-backs.
export const FONT_FAMILY = '"Atkinson Hyperlegible", "Segoe UI", Arial, sans-serif';

export const COLOURS = {
  backWallTop: '#15121d',
  backWallBottom: '#2a2336',
  floorBack: '#3a2d29',
  floorFront: '#4a3a33',
  boardLine: 0x5a4840,
  drape: 0x6b2738,
  drapeFold: 0x561d2c,
  drapeLight: 0x813246,
  trim: 0xc9a54a,
  footlight: 0xffd98a,
  name: '#f4efe6',
  light: '#fff2cc',
  shade: 0x0b0910,
  /** What a figure's colours sink towards when dimmed. */
  dark: 0x17131f,
} as const;

/**
 * Lighting levels: how much of its own colour a figure keeps (the rest is the dark of the set). Colours are
 * redrawn rather than faded with alpha, which would show the overlaps between a figure's shapes.
 */
export const LIGHT = { lit: 1, even: 0.88, dim: 0.5, shadeWhenLit: 0.32 } as const;

/** Milliseconds. Movement only when reduced motion is off; otherwise changes are instant. */
export const TIMING = { walk: 900, fade: 350, shuffle: 450, light: 260, curtain: 1100 } as const;
