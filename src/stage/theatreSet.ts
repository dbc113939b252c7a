// The set, drawn in code (no files, no network): a back wall and boards, footlights, a proscenium of drapes
// and a scalloped valance, and the soft spotlight. Depths keep light behind the cast and the drapes in front.
import * as Phaser from 'phaser';
import {
  BACK_WALL_BOTTOM,
  COLOURS,
  DRAPE_OPEN_WIDTH,
  FLOOR_Y,
  STAGE_HEIGHT,
  STAGE_WIDTH,
  VALANCE_HEIGHT,
} from './stageConfig';

export const DEPTH = { set: 0, shade: 1, light: 2, leaving: 2.5, cast: 3, learner: 3.5, drapes: 4 } as const;

export interface TheatreSet {
  /** Darkens the stage around the lit person. */
  shade: Phaser.GameObjects.Rectangle;
  spotlight: Phaser.GameObjects.Image;
  /** A pool of light on the boards joining the speaker to whom they address; scaled to the gap between them. */
  conversation: Phaser.GameObjects.Image;
  drapes: [Phaser.GameObjects.Graphics, Phaser.GameObjects.Graphics];
}

const HALF = STAGE_WIDTH / 2;
/** scaleX of a drape when open: drawn closed (half the stage), gathered to the side when open. */
export const DRAPE_OPEN_SCALE = DRAPE_OPEN_WIDTH / (HALF + 4);

export function buildSet(scene: Phaser.Scene): TheatreSet {
  paintTexture(scene, 'theatre-backdrop', STAGE_WIDTH, STAGE_HEIGHT, paintBackdrop);
  paintTexture(scene, 'theatre-spot', 300, FLOOR_Y + 40, paintSpot);
  paintTexture(scene, 'theatre-pool', 400, 60, paintPool);

  scene.add.image(0, 0, 'theatre-backdrop').setOrigin(0, 0).setDepth(DEPTH.set);
  const shade = scene.add
    .rectangle(0, 0, STAGE_WIDTH, STAGE_HEIGHT, COLOURS.shade, 1)
    .setOrigin(0, 0)
    .setAlpha(0)
    .setDepth(DEPTH.shade);
  const spotlight = scene.add
    .image(HALF, FLOOR_Y + 30, 'theatre-spot')
    .setOrigin(0.5, 1)
    .setBlendMode(Phaser.BlendModes.ADD)
    .setAlpha(0)
    .setDepth(DEPTH.light);

  const conversation = scene.add
    .image(HALF, FLOOR_Y, 'theatre-pool')
    .setBlendMode(Phaser.BlendModes.ADD)
    .setAlpha(0)
    .setDepth(DEPTH.light);

  const left = scene.add.graphics({ x: 0, y: 0 }).setDepth(DEPTH.drapes);
  paintDrape(left, 1);
  const right = scene.add.graphics({ x: STAGE_WIDTH, y: 0 }).setDepth(DEPTH.drapes);
  paintDrape(right, -1);
  const valance = scene.add.graphics().setDepth(DEPTH.drapes);
  paintValance(valance);
  return { shade, spotlight, conversation, drapes: [left, right] };
}

function paintTexture(
  scene: Phaser.Scene,
  key: string,
  width: number,
  height: number,
  paint: (ctx: CanvasRenderingContext2D, width: number, height: number) => void,
): void {
  if (scene.textures.exists(key)) return;
  const texture = scene.textures.createCanvas(key, width, height);
  if (!texture) return;
  paint(texture.context, width, height);
  texture.refresh();
}

function paintBackdrop(ctx: CanvasRenderingContext2D, w: number, h: number): void {
  const wall = ctx.createLinearGradient(0, 0, 0, BACK_WALL_BOTTOM);
  wall.addColorStop(0, COLOURS.backWallTop);
  wall.addColorStop(1, COLOURS.backWallBottom);
  ctx.fillStyle = wall;
  ctx.fillRect(0, 0, w, BACK_WALL_BOTTOM);

  const floor = ctx.createLinearGradient(0, BACK_WALL_BOTTOM, 0, h);
  floor.addColorStop(0, COLOURS.floorBack);
  floor.addColorStop(1, COLOURS.floorFront);
  ctx.fillStyle = floor;
  ctx.fillRect(0, BACK_WALL_BOTTOM, w, h - BACK_WALL_BOTTOM);

  // Boards: rows that widen towards the audience, for a little depth.
  ctx.strokeStyle = 'rgba(255, 235, 210, 0.07)';
  ctx.lineWidth = 1;
  for (let y = BACK_WALL_BOTTOM + 8, step = 8; y < h - 12; step += 3, y += step) {
    ctx.beginPath();
    ctx.moveTo(0, y + 0.5);
    ctx.lineTo(w, y + 0.5);
    ctx.stroke();
  }
  // The stage's front lip, then warm footlights along it.
  ctx.fillStyle = '#1c1512';
  ctx.fillRect(0, h - 12, w, 12);
  for (let x = 110; x < w - 80; x += 90) {
    const glow = ctx.createRadialGradient(x, h - 12, 0, x, h - 12, 34);
    glow.addColorStop(0, 'rgba(255, 217, 138, 0.35)');
    glow.addColorStop(1, 'rgba(255, 217, 138, 0)');
    ctx.fillStyle = glow;
    ctx.fillRect(x - 34, h - 46, 68, 46);
    ctx.fillStyle = 'rgba(255, 226, 160, 0.9)';
    ctx.fillRect(x - 6, h - 12, 12, 3);
  }
}

/** A cone from above the proscenium onto a pool of light on the boards; soft edges from layered fills. */
function paintSpot(ctx: CanvasRenderingContext2D, w: number, h: number): void {
  const cx = w / 2;
  const poolY = h - 36;
  for (let k = 0; k < 8; k++) {
    const f = 1 - k * 0.1;
    ctx.fillStyle = 'rgba(255, 242, 204, 0.028)';
    ctx.beginPath();
    ctx.moveTo(cx - 28 * f, 0);
    ctx.lineTo(cx + 28 * f, 0);
    ctx.lineTo(cx + 120 * f, poolY);
    ctx.lineTo(cx - 120 * f, poolY);
    ctx.closePath();
    ctx.fill();
  }
  ctx.save();
  ctx.translate(cx, poolY);
  ctx.scale(1, 0.2);
  const pool = ctx.createRadialGradient(0, 0, 0, 0, 0, 140);
  pool.addColorStop(0, 'rgba(255, 242, 204, 0.5)');
  pool.addColorStop(0.6, 'rgba(255, 242, 204, 0.18)');
  pool.addColorStop(1, 'rgba(255, 242, 204, 0)');
  ctx.fillStyle = pool;
  ctx.fillRect(-150, -150, 300, 300);
  ctx.restore();
}

/** A long soft oval of warm light on the boards. */
function paintPool(ctx: CanvasRenderingContext2D, w: number, h: number): void {
  ctx.save();
  ctx.translate(w / 2, h / 2);
  ctx.scale(1, h / w);
  const pool = ctx.createRadialGradient(0, 0, 0, 0, 0, w / 2);
  pool.addColorStop(0, 'rgba(255, 242, 204, 0.32)');
  pool.addColorStop(0.7, 'rgba(255, 242, 204, 0.12)');
  pool.addColorStop(1, 'rgba(255, 242, 204, 0)');
  ctx.fillStyle = pool;
  ctx.fillRect(-w / 2, -w / 2, w, w);
  ctx.restore();
}

/** `side` 1 hangs from the left edge rightwards, -1 from the right edge leftwards. */
function paintDrape(g: Phaser.GameObjects.Graphics, side: 1 | -1): void {
  const width = HALF + 4;
  const folds = 18;
  const foldW = width / folds;
  g.fillStyle(COLOURS.drape, 1);
  g.fillRect(side === 1 ? 0 : -width, 0, width, STAGE_HEIGHT);
  for (let i = 0; i < folds; i++) {
    const x = side === 1 ? i * foldW : -(i + 1) * foldW;
    g.fillStyle(i % 2 === 0 ? COLOURS.drapeFold : COLOURS.drapeLight, 0.85);
    g.fillRect(x + foldW * 0.3, 0, foldW * 0.4, STAGE_HEIGHT);
  }
  // A gold edge on the leading side, where the drape meets the stage.
  g.fillStyle(COLOURS.trim, 0.9);
  g.fillRect(side === 1 ? width - 5 : -width, 0, 5, STAGE_HEIGHT);
}

function paintValance(g: Phaser.GameObjects.Graphics): void {
  g.fillStyle(COLOURS.drape, 1);
  g.fillRect(0, 0, STAGE_WIDTH, VALANCE_HEIGHT);
  const scallop = 52;
  for (let x = scallop / 2; x < STAGE_WIDTH + scallop; x += scallop) {
    g.fillCircle(x, VALANCE_HEIGHT - 6, scallop / 2 - 2);
  }
  g.fillStyle(COLOURS.drapeFold, 1);
  g.fillRect(0, 0, STAGE_WIDTH, 8);
  g.lineStyle(3, COLOURS.trim, 0.9);
  g.lineBetween(0, VALANCE_HEIGHT - 10, STAGE_WIDTH, VALANCE_HEIGHT - 10);
}
