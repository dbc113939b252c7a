// Props (and held aids) on a figure: the theatre's signals of what role someone plays. The ones the stories use
// have their own drawing; anything else an author adds shows as a plain badge, so a new prop needs no new art.
import type * as Phaser from 'phaser';
import type { Aid } from './castLook';
import type { Anchors, Tone } from './drawFigure';

const PAPER = 0xf4f1ea;
const INK = 0x7d7a86;
const LANYARD_CORD = 0x7b5fd6;
const LANYARD_BAND = 0x5a44b0;

type PropDrawing = (g: Phaser.GameObjects.Graphics, a: Anchors, tone: Tone) => void;

/** A small pad held up in the near hand, its lines showing writing. */
const notepad: PropDrawing = (g, a, tone) => {
  const w = a.h * 0.14;
  const x = a.nearHand.x - w / 2 + a.turn * 4;
  const y = a.nearHand.y - w * 1.2;
  g.fillStyle(tone(0x2f4f8f), 1);
  g.fillRect(x - 2, y - 3, w + 4, 6);
  g.fillStyle(tone(PAPER), 1);
  g.fillRect(x, y, w, w * 1.25);
  g.fillStyle(tone(INK), 1);
  for (let i = 1; i <= 3; i++) g.fillRect(x + 3, y + (w * 1.25 * i) / 4.2, w - 6, 2);
};

/** A headband over the head and a microphone arm to the mouth. */
const headset: PropDrawing = (g, a, tone) => {
  g.lineStyle(4, tone(0x24262b), 1);
  g.beginPath();
  g.arc(a.headX, a.headY, a.headR * 1.12, Math.PI * 1.1, Math.PI * 1.9, false);
  g.strokePath();
  const side = a.turn === 0 ? 1 : a.turn;
  g.fillStyle(tone(0x24262b), 1);
  g.fillCircle(a.headX + side * a.headR * 1.02, a.headY + a.headR * 0.1, a.headR * 0.28);
  g.lineStyle(3, tone(0x24262b), 1);
  g.lineBetween(
    a.headX + side * a.headR * 1.02,
    a.headY + a.headR * 0.2,
    a.headX + side * a.headR * 0.35,
    a.headY + a.headR * 0.68,
  );
  g.fillStyle(tone(0xd04a4a), 1);
  g.fillCircle(a.headX + side * a.headR * 0.35, a.headY + a.headR * 0.68, 3);
};

/** The "Ally" lanyard: a purple cord and a card. Two grey strokes suggest the word without text in the canvas. */
const lanyard: PropDrawing = (g, a, tone) => {
  const cardW = a.h * 0.1;
  const cardH = cardW * 1.25;
  const cx = a.turn * a.chestHalf * 0.15;
  const cardTop = a.chestY + 4;
  g.lineStyle(3, tone(LANYARD_CORD), 1);
  g.lineBetween(cx - a.chestHalf * 0.4, a.neckY + 2, cx - 4, cardTop + 2);
  g.lineBetween(cx + a.chestHalf * 0.4, a.neckY + 2, cx + 4, cardTop + 2);
  g.fillStyle(tone(PAPER), 1);
  g.fillRoundedRect(cx - cardW / 2, cardTop, cardW, cardH, 3);
  g.fillStyle(tone(LANYARD_BAND), 1);
  g.fillRect(cx - cardW / 2, cardTop + 2, cardW, cardH * 0.28);
  g.fillStyle(tone(INK), 1);
  g.fillRect(cx - cardW / 2 + 4, cardTop + cardH * 0.5, cardW - 8, 3);
  g.fillRect(cx - cardW / 2 + 4, cardTop + cardH * 0.72, cardW - 11, 3);
};

/** A clipboard held against the body on the far side. */
const clipboard: PropDrawing = (g, a, tone) => {
  const w = a.h * 0.12;
  const x = a.farHand.x - w / 2;
  const y = a.farHand.y - w * 1.25;
  g.fillStyle(tone(0x8a5a32), 1);
  g.fillRoundedRect(x, y, w, w * 1.35, 3);
  g.fillStyle(tone(PAPER), 1);
  g.fillRect(x + 3, y + 6, w - 6, w * 1.35 - 9);
  g.fillStyle(tone(0x9aa3ad), 1);
  g.fillRect(x + w * 0.3, y - 2, w * 0.4, 6);
};

/** A name badge pinned on the chest. */
const nameBadge: PropDrawing = (g, a, tone) => {
  const x = a.turn * a.chestHalf * 0.2 + a.chestHalf * 0.45;
  g.fillStyle(tone(PAPER), 1);
  g.fillRoundedRect(x - 11, a.chestY - 4, 22, 12, 2);
  g.fillStyle(tone(0x2f5fa8), 1);
  g.fillRect(x - 11, a.chestY - 4, 22, 4);
};

/** A communication board held in front: a grid of picture squares. */
const communicationBoard: PropDrawing = (g, a, tone) => {
  const w = a.chestHalf * 1.7;
  const x = -w / 2 + a.turn * 4;
  const y = a.chestY + a.h * 0.08;
  g.fillStyle(tone(PAPER), 1);
  g.fillRoundedRect(x, y, w, w * 0.7, 4);
  const colours = [0xe07b67, 0x6aa8e8, 0x93c073, 0xe0a544, 0x9d8df1, 0xd58fc0];
  const cell = w / 3;
  colours.forEach((c, i) => {
    g.fillStyle(tone(c), 1);
    g.fillRect(x + (i % 3) * cell + 3, y + Math.floor(i / 3) * cell * 0.7 + 3, cell - 6, cell * 0.7 - 6);
  });
};

const DRAWINGS: Record<string, PropDrawing> = {
  notepad,
  pad: notepad,
  headset,
  ally_lanyard: lanyard,
  lanyard,
  clipboard,
  name_badge: nameBadge,
  badge: nameBadge,
  communication_board: communicationBoard,
};

/** Aids that are drawn as props (the rest, hearing aids and glasses, are drawn on the head). */
const AID_PROPS: Partial<Record<Aid, string>> = { communication_board: 'communication_board' };

export function drawProps(
  g: Phaser.GameObjects.Graphics,
  aids: readonly Aid[],
  props: readonly string[],
  a: Anchors,
  tone: Tone,
): void {
  const items = [...new Set([...aids.flatMap((aid) => AID_PROPS[aid] ?? []), ...props.map((p) => p.toLowerCase())])];
  let badges = 0;
  for (const item of items) {
    const draw = DRAWINGS[item];
    if (draw) draw(g, a, tone);
    else if (!/hearing_aid|glasses|wheelchair|walking_stick/.test(item)) {
      // Anything else: a round badge down the side of the chest.
      const x = -a.chestHalf * 0.6;
      const y = a.chestY + badges++ * 18;
      g.fillStyle(tone(0xfaf6ec), 1);
      g.fillCircle(x, y, 8);
      g.fillStyle(tone(0xf0c94a), 1);
      g.fillCircle(x, y, 5.5);
    }
  }
}
