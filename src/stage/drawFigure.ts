// One person drawn in code from their look and pose: clothes for their job, skin, hair, age cues, the aids they use
// and the props they carry, turned towards whom they face. Feet at (0, 0), y upward is negative. Pure drawing:
// every call clears and redraws, which costs well under a millisecond and only happens when something changes.
import type * as Phaser from 'phaser';
import type { CastLook } from './castLook';
import { drawProps } from './castProps';

export interface Pose {
  /** -1 turned to their left of the screen, 0 out front, 1 to the right. */
  turn: -1 | 0 | 1;
  /** How lit, 0–1: the colours sink towards `shadow` as it falls. */
  light: number;
  /** Where the colours go in the dark: the set's dark, or a cold grey for someone left out. */
  shadow: number;
  /** Left out: the head drops a little. */
  downcast: boolean;
  /** Speaking: the near hand opens towards whom they address. */
  gesturing: boolean;
  props: readonly string[];
}

/** Maps a colour to how it looks in the figure's current light. */
export type Tone = (colour: number) => number;

/** Blend two 0xRRGGBB colours; `amount` 0 keeps `colour`, 1 gives `towards`. */
export function mix(colour: number, towards: number, amount: number): number {
  const channel = (shift: number) => {
    const a = (colour >> shift) & 0xff;
    const b = (towards >> shift) & 0xff;
    return Math.round(a + (b - a) * amount) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}

/** Where on a figure things hang and are held, from its own proportions. */
export interface Anchors {
  h: number;
  headX: number;
  headY: number;
  headR: number;
  neckY: number;
  chestY: number;
  chestHalf: number;
  hipY: number;
  /** The hand on the side they turn to (or their right hand, out front). */
  nearHand: { x: number; y: number };
  farHand: { x: number; y: number };
  turn: -1 | 0 | 1;
}

const SHOULDER: Record<CastLook['build'], number> = { slight: 0.115, average: 0.135, broad: 0.16 };
const SHORT_SLEEVES = new Set<CastLook['outfit']>(['scrubs', 'matron', 'care_tunic', 'doctor', 'polo']);
const SHOES = 0x1d1a1c;
const WHITE = 0xf4f1ea;

export function drawFigure(g: Phaser.GameObjects.Graphics, look: CastLook, pose: Pose, baseHeight: number): Anchors {
  g.clear();
  const tone: Tone = (c) => mix(c, pose.shadow, 1 - pose.light);
  const h = baseHeight * look.height;
  const seated = look.aids.includes('wheelchair');
  const t = pose.turn;
  const shoulder = h * SHOULDER[look.build] * (t === 0 ? 1 : 0.88);
  const hipHalf = shoulder * 0.92;
  const hipY = seated ? -h * 0.3 : -h * 0.46;
  const shoulderY = hipY - h * 0.35;
  const headR = h * 0.085;
  const headX = t * headR * 0.18;
  const headY = shoulderY - h * 0.035 - headR + (pose.downcast ? headR * 0.18 : 0);
  const skin = tone(look.skin);
  const top = tone(look.top);
  const bottom = tone(look.outfit === 'scrubs' || look.outfit === 'matron' ? look.top : look.bottom);

  // A soft shadow grounds the figure on the boards.
  g.fillStyle(0x000000, 0.35);
  g.fillEllipse(0, 2, h * (seated ? 0.62 : 0.42), 12);

  if (seated) drawWheelchairBack(g, tone, shoulder, hipY, h);

  // Legs and shoes (seated: thighs come towards us, shins down to the footplate).
  const legW = h * 0.07;
  const gap = h * 0.025;
  g.fillStyle(bottom, 1);
  if (seated) {
    g.fillRoundedRect(-hipHalf, hipY - 4, hipHalf * 2, h * 0.08, 6);
    g.fillRect(-gap / 2 - legW, hipY + h * 0.06, legW, -hipY - h * 0.1);
    g.fillRect(gap / 2, hipY + h * 0.06, legW, -hipY - h * 0.1);
  } else {
    g.fillRect(-gap / 2 - legW + t * 2, hipY, legW, -hipY - 6);
    g.fillRect(gap / 2 + t * 2, hipY, legW, -hipY - 6);
  }
  g.fillStyle(tone(SHOES), 1);
  g.fillEllipse(-gap / 2 - legW / 2 + t * 5, -4, legW * 1.25, 10);
  g.fillEllipse(gap / 2 + legW / 2 + t * 5, -4, legW * 1.25, 10);

  // Arms hang at the sides; a speaker's near arm reaches out towards whom they address.
  const armW = h * 0.055;
  const sleeve = SHORT_SLEEVES.has(look.outfit) ? h * 0.09 : h * 0.3;
  const armLen = h * 0.31;
  const near = t === 0 ? 1 : t;
  const hands = { nearHand: { x: 0, y: 0 }, farHand: { x: 0, y: 0 } };
  for (const side of [-1, 1] as const) {
    const x = side * (shoulder + armW * 0.35);
    const y0 = shoulderY + armW * 0.6;
    const reaching = pose.gesturing && side === near;
    const hx = reaching ? x + side * armLen * 0.55 : x + side * 2;
    const hy = reaching ? y0 + armLen * 0.72 : y0 + armLen;
    limb(g, x, y0, x + (hx - x) * (sleeve / armLen), y0 + (hy - y0) * (sleeve / armLen), armW, top);
    limb(g, x + (hx - x) * (sleeve / armLen), y0 + (hy - y0) * (sleeve / armLen), hx, hy, armW * 0.82, skin);
    g.fillStyle(skin, 1);
    g.fillCircle(hx, hy, armW * 0.55);
    hands[side === near ? 'nearHand' : 'farHand'] = { x: hx, y: hy };
  }

  // Neck, then the body in the clothes of their job.
  g.fillStyle(skin, 1);
  g.fillRect(headX - h * 0.028, headY + headR * 0.6, h * 0.056, shoulderY - headY - headR * 0.3);
  const hemY =
    look.outfit === 'scrubs' || look.outfit === 'care_tunic' || look.outfit === 'matron'
      ? hipY + h * 0.06
      : hipY + h * 0.02;
  g.fillStyle(top, 1);
  g.fillRoundedRect(-shoulder, shoulderY, shoulder * 2, h * 0.1, h * 0.04);
  g.beginPath();
  g.moveTo(-shoulder, shoulderY + h * 0.04);
  g.lineTo(shoulder, shoulderY + h * 0.04);
  g.lineTo(hipHalf, hemY);
  g.lineTo(-hipHalf, hemY);
  g.closePath();
  g.fillPath();
  drawOutfit(g, look, tone, { shoulder, shoulderY, hemY, hipY, h, t });

  // Head: skin, face turned with the body, hair, and what age shows.
  drawHead(g, look, tone, { x: headX, y: headY, r: headR, t, downcast: pose.downcast });

  const anchors: Anchors = {
    h,
    headX,
    headY,
    headR,
    neckY: shoulderY,
    chestY: shoulderY + h * 0.12,
    chestHalf: shoulder * 0.95,
    hipY,
    ...hands,
    turn: t,
  };
  if (seated) drawWheels(g, tone, shoulder, hipY, h);
  if (look.aids.includes('walking_stick')) {
    g.lineStyle(4, tone(0x5a3d26), 1);
    g.lineBetween(anchors.farHand.x, anchors.farHand.y, anchors.farHand.x - near * 6, -2);
  }
  drawProps(g, look.aids, pose.props, anchors, tone);
  return anchors;
}

/** A limb as a thick rounded stroke from one point to another. */
function limb(
  g: Phaser.GameObjects.Graphics,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  w: number,
  colour: number,
) {
  g.lineStyle(w, colour, 1);
  g.lineBetween(x1, y1, x2, y2);
  g.fillStyle(colour, 1);
  g.fillCircle(x1, y1, w / 2);
  g.fillCircle(x2, y2, w / 2);
}

interface Body {
  shoulder: number;
  shoulderY: number;
  hemY: number;
  hipY: number;
  h: number;
  t: -1 | 0 | 1;
}

function drawOutfit(g: Phaser.GameObjects.Graphics, look: CastLook, tone: Tone, b: Body): void {
  const cx = b.t * b.shoulder * 0.18;
  const dark = tone(mix(look.top, 0x000000, 0.35));
  const light = tone(mix(look.top, 0xffffff, 0.45));
  const vDepth = b.h * 0.08;
  switch (look.outfit) {
    case 'scrubs':
    case 'care_tunic':
    case 'matron': {
      // A V-neck tunic; care staff have white piping, a matron red, a nurse a fob watch.
      g.fillStyle(tone(0x000000), 0.25);
      g.fillTriangle(cx - b.h * 0.04, b.shoulderY + 2, cx + b.h * 0.04, b.shoulderY + 2, cx, b.shoulderY + vDepth);
      const trim = look.outfit === 'matron' ? tone(0xc0392b) : look.outfit === 'care_tunic' ? tone(WHITE) : null;
      if (trim !== null) {
        g.lineStyle(3, trim, 1);
        g.lineBetween(cx - b.h * 0.045, b.shoulderY + 2, cx, b.shoulderY + vDepth + 2);
        g.lineBetween(cx + b.h * 0.045, b.shoulderY + 2, cx, b.shoulderY + vDepth + 2);
      }
      if (look.outfit !== 'care_tunic') {
        g.fillStyle(tone(0xd9d4c8), 1);
        g.fillCircle(cx - b.shoulder * 0.5, b.shoulderY + b.h * 0.13, b.h * 0.018);
      }
      g.fillStyle(dark, 1);
      g.fillRect(cx + b.shoulder * 0.25, b.shoulderY + b.h * 0.2, b.shoulder * 0.45, 3);
      break;
    }
    case 'doctor': {
      // An open-necked shirt, sleeves rolled (bare below the elbows) and a stethoscope round the neck.
      g.fillStyle(tone(0x2e3a59), 1);
      g.fillTriangle(cx - 6, b.shoulderY + 2, cx + 6, b.shoulderY + 2, cx, b.shoulderY + vDepth * 0.8);
      g.lineStyle(3, tone(0x3a3f47), 1);
      g.beginPath();
      g.arc(cx, b.shoulderY + b.h * 0.03, b.shoulder * 0.6, 0.15 * Math.PI, 0.85 * Math.PI, false);
      g.strokePath();
      g.lineBetween(cx - b.shoulder * 0.58, b.shoulderY + b.h * 0.05, cx - b.shoulder * 0.5, b.shoulderY + b.h * 0.17);
      g.fillStyle(tone(0xa7adb5), 1);
      g.fillCircle(cx - b.shoulder * 0.5, b.shoulderY + b.h * 0.18, b.h * 0.018);
      break;
    }
    case 'suit': {
      // A jacket with lapels over a light shirt.
      g.fillStyle(tone(0xe9e6df), 1);
      g.fillTriangle(
        cx - b.h * 0.045,
        b.shoulderY + 1,
        cx + b.h * 0.045,
        b.shoulderY + 1,
        cx,
        b.shoulderY + b.h * 0.16,
      );
      g.lineStyle(2, dark, 1);
      g.lineBetween(cx - b.h * 0.045, b.shoulderY + 1, cx, b.shoulderY + b.h * 0.16);
      g.lineBetween(cx + b.h * 0.045, b.shoulderY + 1, cx, b.shoulderY + b.h * 0.16);
      g.lineBetween(cx, b.shoulderY + b.h * 0.16, cx, b.hemY);
      g.fillStyle(dark, 1);
      g.fillCircle(cx + 4, b.shoulderY + b.h * 0.22, 2.5);
      break;
    }
    case 'cardigan': {
      // An open cardigan over a lighter top.
      g.fillStyle(light, 1);
      g.fillRect(cx - b.shoulder * 0.35, b.shoulderY + 2, b.shoulder * 0.7, b.hemY - b.shoulderY - 2);
      g.fillStyle(dark, 1);
      for (let y = b.shoulderY + b.h * 0.08; y < b.hemY - 4; y += b.h * 0.07)
        g.fillCircle(cx - b.shoulder * 0.38, y, 2);
      break;
    }
    case 'polo': {
      g.fillStyle(light, 1);
      g.fillTriangle(cx - b.h * 0.05, b.shoulderY, cx, b.shoulderY + b.h * 0.035, cx - b.h * 0.01, b.shoulderY - 2);
      g.fillTriangle(cx + b.h * 0.05, b.shoulderY, cx, b.shoulderY + b.h * 0.035, cx + b.h * 0.01, b.shoulderY - 2);
      g.lineStyle(2, dark, 1);
      g.lineBetween(cx, b.shoulderY + 2, cx, b.shoulderY + b.h * 0.09);
      break;
    }
    case 'jacket': {
      g.lineStyle(2, dark, 1);
      g.lineBetween(cx, b.shoulderY + 4, cx, b.hemY);
      g.fillStyle(dark, 1);
      g.fillRect(cx - b.shoulder * 0.3, b.shoulderY, b.shoulder * 0.6, 6);
      break;
    }
    case 'everyday': {
      // A jumper: ribbed hem and a round neck.
      g.fillStyle(dark, 1);
      g.fillRect(-b.shoulder * 0.92, b.hemY - 6, b.shoulder * 1.84, 6);
      g.fillEllipse(cx, b.shoulderY + 2, b.h * 0.07, 8);
      break;
    }
  }
}

function drawHead(
  g: Phaser.GameObjects.Graphics,
  look: CastLook,
  tone: Tone,
  head: { x: number; y: number; r: number; t: -1 | 0 | 1; downcast: boolean },
): void {
  const { x, y, r, t } = head;
  const hair = tone(look.hair);
  const skin = tone(look.skin);
  const back = -t * r * 0.25;

  // Hair behind the head first. Long hair and locs fall beside the face, never across the chin or the body.
  g.fillStyle(hair, 1);
  if (look.hairStyle === 'long') {
    g.fillRoundedRect(x - r * 1.12 + back, y - r * 0.4, r * 0.46, r * 2.0, r * 0.2);
    g.fillRoundedRect(x + r * 0.66 + back, y - r * 0.4, r * 0.46, r * 2.0, r * 0.2);
  }
  if (look.hairStyle === 'locs')
    for (const dx of [-1.08, -0.82, 0.82, 1.08])
      g.fillRoundedRect(x + dx * r - r * 0.12 + back, y - r * 0.3, r * 0.24, r * 1.8, r * 0.12);
  if (look.hairStyle === 'bun') g.fillCircle(x + back * 2, y - r * 0.95, r * 0.45);
  if (look.hairStyle === 'curls') g.fillCircle(x + back, y - r * 0.3, r * 1.25);

  // Ears, then the face.
  g.fillStyle(skin, 1);
  if (t !== 1) g.fillEllipse(x - r * 0.98, y + r * 0.1, r * 0.3, r * 0.45);
  if (t !== -1) g.fillEllipse(x + r * 0.98, y + r * 0.1, r * 0.3, r * 0.45);
  g.fillCircle(x, y, r);

  // Hair on top, by style.
  g.fillStyle(hair, 1);
  switch (look.hairStyle) {
    case 'crop':
      g.slice(x, y, r * 1.02, Math.PI * 1.08, Math.PI * 1.92, false);
      g.fillPath();
      break;
    case 'receding':
      g.fillEllipse(x - r * 0.85, y - r * 0.2, r * 0.35, r * 0.7);
      g.fillEllipse(x + r * 0.85, y - r * 0.2, r * 0.35, r * 0.7);
      break;
    case 'short':
    case 'long':
    case 'bun':
    case 'locs':
      g.slice(x, y, r * 1.06, Math.PI * 1.0, Math.PI * 2.0, false);
      g.fillPath();
      g.fillEllipse(x + t * r * 0.3 - r * 0.25, y - r * 0.55, r * 1.2, r * 0.6);
      break;
    case 'bob':
      g.slice(x, y, r * 1.12, Math.PI * 0.95, Math.PI * 2.05, false);
      g.fillPath();
      g.fillRect(x - r * 1.12 + back, y - r * 0.1, r * 0.4, r * 1.0);
      g.fillRect(x + r * 0.72 + back, y - r * 0.1, r * 0.4, r * 1.0);
      break;
    case 'curls':
      for (let a = 0; a < 7; a++) {
        const angle = Math.PI * (1.05 + a * 0.15);
        g.fillCircle(x + Math.cos(angle) * r * 0.95, y + Math.sin(angle) * r * 0.95, r * 0.34);
      }
      break;
  }

  // The face, turned: eyes and nose slide towards where they look; looking down when left out.
  const fx = x + t * r * 0.38;
  const eyeY = y + (head.downcast ? r * 0.18 : 0.02 * r);
  g.fillStyle(tone(0x1f1a1a), 1);
  if (t === 0) {
    g.fillCircle(fx - r * 0.36, eyeY, r * 0.1);
    g.fillCircle(fx + r * 0.36, eyeY, r * 0.1);
  } else {
    g.fillCircle(fx + t * r * 0.22, eyeY, r * 0.1);
    g.fillCircle(fx - t * r * 0.32, eyeY, r * 0.09);
    // The nose shows against the cheek in profile.
    g.fillStyle(tone(mix(look.skin, 0x000000, 0.2)), 1);
    g.fillTriangle(x + t * r * 0.92, y + r * 0.05, x + t * r * 1.12, y + r * 0.35, x + t * r * 0.88, y + r * 0.38);
  }
  g.lineStyle(2, tone(mix(look.skin, 0x000000, 0.45)), 1);
  g.lineBetween(fx - r * 0.2 + t * r * 0.1, y + r * 0.55, fx + r * 0.2 + t * r * 0.1, y + r * 0.55);

  // Age shows in the lines at the eyes; grey at the temples from middle age.
  if (look.age === 'older') {
    g.lineStyle(1.5, tone(mix(look.skin, 0x000000, 0.35)), 1);
    g.lineBetween(fx - r * 0.62, eyeY + r * 0.05, fx - r * 0.5, eyeY + r * 0.2);
    g.lineBetween(fx + r * 0.62, eyeY + r * 0.05, fx + r * 0.5, eyeY + r * 0.2);
    g.lineBetween(fx - r * 0.25, y - r * 0.5, fx + r * 0.25, y - r * 0.5);
  } else if (look.age === 'middle' && look.hairStyle !== 'curls') {
    g.fillStyle(tone(0xb9b4ae), 1);
    g.fillRect(x - r * 1.0, y - r * 0.35, r * 0.18, r * 0.35);
    g.fillRect(x + r * 0.82, y - r * 0.35, r * 0.18, r * 0.35);
  }

  if (look.aids.includes('glasses')) {
    g.lineStyle(2, tone(0x2a2424), 1);
    const dx = t === 0 ? r * 0.36 : r * 0.27;
    g.strokeCircle(fx - dx, eyeY, r * 0.22);
    g.strokeCircle(fx + dx, eyeY, r * 0.22);
    g.lineBetween(fx - dx + r * 0.22, eyeY, fx + dx - r * 0.22, eyeY);
  }
  if (look.aids.includes('hearing_aid')) {
    // Behind each ear that shows: a small curve in a colour that stands out against skin and hair.
    g.lineStyle(4, tone(0x6fb3d9), 1);
    for (const side of [-1, 1] as const) {
      if (t === -side) continue;
      g.beginPath();
      g.arc(x + side * r * 1.0, y + r * 0.05, r * 0.22, -Math.PI / 2, Math.PI / 2, side === -1);
      g.strokePath();
    }
  }
}

function drawWheelchairBack(g: Phaser.GameObjects.Graphics, tone: Tone, shoulder: number, hipY: number, h: number) {
  g.fillStyle(tone(0x2c2f36), 1);
  g.fillRoundedRect(-shoulder * 1.05, hipY - h * 0.34, shoulder * 2.1, h * 0.36, 6);
  g.lineStyle(3, tone(0x9aa3ad), 1);
  g.lineBetween(-shoulder * 1.05, hipY - h * 0.34, -shoulder * 1.05 - 6, hipY - h * 0.38);
  g.lineBetween(shoulder * 1.05, hipY - h * 0.34, shoulder * 1.05 + 6, hipY - h * 0.38);
}

function drawWheels(g: Phaser.GameObjects.Graphics, tone: Tone, shoulder: number, hipY: number, h: number) {
  // Seen from the front: two big wheels edge-on at the sides, a footplate in front.
  for (const side of [-1, 1] as const) {
    const x = side * (shoulder * 1.05 + h * 0.04);
    g.fillStyle(tone(0x202328), 1);
    g.fillRoundedRect(x - h * 0.025, hipY - h * 0.12, h * 0.05, -hipY + h * 0.12, h * 0.025);
    g.lineStyle(2, tone(0xb8c0c8), 1);
    g.strokeRoundedRect(x - h * 0.035, hipY - h * 0.1, h * 0.07, -hipY + h * 0.08, h * 0.03);
  }
  g.fillStyle(tone(0x9aa3ad), 1);
  g.fillRect(-shoulder * 0.8, -h * 0.03, shoulder * 1.6, h * 0.02);
}
