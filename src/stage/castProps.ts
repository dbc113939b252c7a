// Props worn by a figure. The "Ally" lanyard gets its own drawing because the story turns on what it promises;
// anything else is a plain badge, so an author's new prop shows up without new art.
import type * as Phaser from 'phaser';

/** Where on a figure props hang, from its own proportions. Feet at (0, 0), y upward is negative. */
export interface PropAnchors {
  neckY: number;
  chestY: number;
  /** Half the body's width at the chest. */
  chestHalf: number;
}

/** Maps a colour to how it looks in the figure's current light. */
export type Tone = (colour: number) => number;

const LANYARD_ITEMS = new Set(['ally_lanyard', 'lanyard']);
const CORD = 0x7b5fd6;
const CARD = 0xf4f1ea;
const CARD_BAND = 0x5a44b0;
const CARD_LINES = 0x9a96a3;
const BADGE = 0xf0c94a;
const BADGE_RIM = 0xfaf6ec;

export function isLanyard(item: string): boolean {
  return LANYARD_ITEMS.has(item.toLowerCase());
}

export function drawLanyard(g: Phaser.GameObjects.Graphics, a: PropAnchors, tone: Tone): void {
  const cardW = 26;
  const cardH = 32;
  const cardTop = a.chestY + 6;
  g.lineStyle(3, tone(CORD), 1);
  g.lineBetween(-a.chestHalf * 0.38, a.neckY + 2, -5, cardTop + 2);
  g.lineBetween(a.chestHalf * 0.38, a.neckY + 2, 5, cardTop + 2);
  g.fillStyle(tone(CARD), 1);
  g.fillRoundedRect(-cardW / 2, cardTop, cardW, cardH, 3);
  g.fillStyle(tone(CARD_BAND), 1);
  g.fillRect(-cardW / 2, cardTop + 3, cardW, 8);
  // Two grey strokes suggest the word on the card without putting text a person must read in the canvas.
  g.fillStyle(tone(CARD_LINES), 1);
  g.fillRect(-cardW / 2 + 5, cardTop + 16, cardW - 10, 3);
  g.fillRect(-cardW / 2 + 5, cardTop + 23, cardW - 14, 3);
}

/** A round badge; `slot` spreads several across the chest, or down its side when a lanyard hangs in the middle. */
export function drawBadge(
  g: Phaser.GameObjects.Graphics,
  a: PropAnchors,
  slot: number,
  tone: Tone,
  besideLanyard: boolean,
): void {
  const x = besideLanyard ? -a.chestHalf * 0.68 : -a.chestHalf * 0.5 + slot * 20;
  const y = a.chestY + 4 + (besideLanyard ? slot * 20 : 0);
  g.fillStyle(tone(BADGE_RIM), 1);
  g.fillCircle(x, y, 9);
  g.fillStyle(tone(BADGE), 1);
  g.fillCircle(x, y, 6.5);
}
