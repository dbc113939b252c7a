// One member of the cast as a figure on the boards: a simple silhouette in one colour (head a lighter shade of
// it, limbs a darker one, so no skin tone is ever picked for anyone), their name under their feet, and any props.
import * as Phaser from 'phaser';
import { drawBadge, drawLanyard, isLanyard, type PropAnchors, type Tone } from './castProps';
import { COLOURS, FIGURE_BASE_HEIGHT, FONT_FAMILY, NAME_FONT_SIZE, NAME_WRAP_WIDTH } from './stageConfig';
import type { Build, FigureLook } from './stageLayout';

/** Blend two 0xRRGGBB colours; `amount` 0 keeps `colour`, 1 gives `towards`. */
function mix(colour: number, towards: number, amount: number): number {
  const channel = (shift: number) => {
    const a = (colour >> shift) & 0xff;
    const b = (towards >> shift) & 0xff;
    return Math.round(a + (b - a) * amount) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}

/** Half-widths at the shoulders and at the hem, and the hem height, as fractions of the figure's height. */
const BUILD_SHAPES: Record<Build, { top: number; bottom: number; hem: number }> = {
  straight: { top: 0.15, bottom: 0.15, hem: 0.33 },
  tunic: { top: 0.13, bottom: 0.18, hem: 0.25 },
  broad: { top: 0.19, bottom: 0.155, hem: 0.35 },
  long: { top: 0.155, bottom: 0.17, hem: 0.16 },
};

export class CastFigure extends Phaser.GameObjects.Container {
  readonly castId: string;
  /** Walking off: still drawn until they reach the wing, but no longer on stage. */
  leaving = false;
  private readonly look: FigureLook;
  private readonly silhouette: Phaser.GameObjects.Graphics;
  private readonly propLayer: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private readonly anchors: PropAnchors;
  private readonly props: string[] = [];
  private level = 1;

  constructor(scene: Phaser.Scene, castId: string, name: string, look: FigureLook) {
    super(scene, 0, 0);
    this.castId = castId;
    this.look = look;
    this.silhouette = scene.add.graphics();
    this.anchors = drawSilhouette(this.silhouette, look, (c) => c);
    this.propLayer = scene.add.graphics();
    this.label = scene.add
      .text(0, 10, name, {
        fontFamily: FONT_FAMILY,
        fontSize: `${NAME_FONT_SIZE}px`,
        color: COLOURS.name,
        align: 'center',
        stroke: '#0b0910',
        strokeThickness: 4,
        wordWrap: { width: NAME_WRAP_WIDTH },
      })
      .setOrigin(0.5, 0);
    this.add([this.silhouette, this.propLayer, this.label]);
    this.setVisible(false);
    scene.add.existing(this);
  }

  /** How lit the figure is, 0–1 (tweened by the scene). */
  get light(): number {
    return this.level;
  }

  set light(level: number) {
    if (level === this.level) return;
    this.level = level;
    this.redraw();
  }

  /** Add a prop (once). */
  addProp(item: string): void {
    if (this.props.includes(item)) return;
    this.props.push(item);
    this.redraw();
  }

  private redraw(): void {
    const tone: Tone = (c) => mix(c, COLOURS.dark, 1 - this.level);
    this.silhouette.clear();
    drawSilhouette(this.silhouette, this.look, tone);
    this.propLayer.clear();
    const lanyard = this.props.some(isLanyard);
    let badges = 0;
    for (const prop of this.props) {
      if (isLanyard(prop)) drawLanyard(this.propLayer, this.anchors, tone);
      else drawBadge(this.propLayer, this.anchors, badges++, tone, lanyard);
    }
    // Text is one image, so alpha dims it cleanly.
    this.label.setAlpha(0.35 + 0.65 * this.level);
  }
}

function drawSilhouette(g: Phaser.GameObjects.Graphics, look: FigureLook, tone: Tone): PropAnchors {
  const h = FIGURE_BASE_HEIGHT * look.height;
  const shape = BUILD_SHAPES[look.build];
  const top = h * shape.top;
  const bottom = h * shape.bottom;
  const hemY = -h * shape.hem;
  const shoulderY = -h * 0.775;
  const round = h * 0.05;
  const headR = h * 0.088;
  const headY = -h + headR;
  const body = tone(look.colour);
  const limb = tone(mix(look.colour, 0x000000, 0.3));
  const head = tone(mix(look.colour, 0xffffff, 0.3));

  // A soft shadow grounds the figure on the boards.
  g.fillStyle(0x000000, 0.35);
  g.fillEllipse(0, 2, h * 0.46, 14);

  const legW = h * 0.075;
  const gap = h * 0.03;
  g.fillStyle(limb, 1);
  g.fillRoundedRect(-gap / 2 - legW, hemY - 8, legW, -hemY + 8, 4);
  g.fillRoundedRect(gap / 2, hemY - 8, legW, -hemY + 8, 4);

  // Arms first, so the body covers their tops.
  const armW = h * 0.07;
  const armX = top + armW * 0.15;
  g.fillRoundedRect(-armX - armW, shoulderY + 6, armW, h * 0.37, armW / 2);
  g.fillRoundedRect(armX, shoulderY + 6, armW, h * 0.37, armW / 2);

  g.fillStyle(head, 1);
  g.fillRect(-h * 0.032, headY + headR * 0.7, h * 0.064, shoulderY - headY);
  g.fillCircle(0, headY, headR);

  g.fillStyle(body, 1);
  g.fillRoundedRect(-top, shoulderY, top * 2, round * 3, round);
  g.beginPath();
  g.moveTo(-top, shoulderY + round);
  g.lineTo(top, shoulderY + round);
  g.lineTo(bottom, hemY);
  g.lineTo(-bottom, hemY);
  g.closePath();
  g.fillPath();

  // A collar, and for a long coat its opening: enough detail to tell builds apart at a glance.
  g.fillStyle(limb, 0.55);
  g.fillTriangle(-h * 0.04, shoulderY, h * 0.04, shoulderY, 0, shoulderY + h * 0.06);
  if (look.build === 'long') {
    g.lineStyle(2, limb, 0.8);
    g.lineBetween(0, shoulderY + h * 0.06, 0, hemY);
  }

  const chestY = shoulderY + h * 0.12;
  const chestHalf = top + (bottom - top) * ((chestY - shoulderY) / (hemY - shoulderY));
  return { neckY: shoulderY, chestY, chestHalf };
}
