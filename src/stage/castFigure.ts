// One member of the cast on the boards: their figure, drawn from their look in the pose the stage gives them,
// and their name under their feet. Redrawn only when the pose or the light changes.
import * as Phaser from 'phaser';
import { aidsIn, type CastLook } from './castLook';
import { drawFigure, type Pose } from './drawFigure';
import type { NameLabel } from './stageLayout';
import { COLOURS, FIGURE_BASE_HEIGHT, FONT_FAMILY, NAME_FONT_SIZE, NAME_ROWS_Y, NAME_STROKE } from './stageConfig';

export class CastFigure extends Phaser.GameObjects.Container {
  readonly castId: string;
  /** Walking off: still drawn until they reach the wing, but no longer on stage. */
  leaving = false;
  private readonly look: CastLook;
  private readonly drawing: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private pose: Pose = { turn: 0, light: 1, shadow: COLOURS.dark, downcast: false, gesturing: false, props: [] };
  private bowing = 0;

  constructor(scene: Phaser.Scene, castId: string, name: string, look: CastLook) {
    super(scene, 0, 0);
    this.castId = castId;
    this.look = look;
    this.drawing = scene.add.graphics();
    this.label = scene.add
      .text(0, NAME_ROWS_Y[0], name, {
        fontFamily: FONT_FAMILY,
        fontSize: `${NAME_FONT_SIZE}px`,
        color: COLOURS.name,
        align: 'center',
        stroke: '#0b0910',
        strokeThickness: NAME_STROKE,
      })
      .setOrigin(0.5, 0);
    this.add([this.drawing, this.label]);
    this.setVisible(false);
    scene.add.existing(this);
    this.redraw();
  }

  /** How wide the name is drawn at full size, its dark edge included (for stageLayout's nameLabels). */
  get nameWidth(): number {
    return this.label.width;
  }

  /** Put the name where the stage's layout says: its row and its size (always one line). */
  placeName(label: NameLabel): void {
    this.label.setPosition(label.x, NAME_ROWS_Y[label.row]).setScale(label.scale);
  }

  /** How lit the figure is, 0–1 (tweened by the scene). */
  get light(): number {
    return this.pose.light;
  }

  set light(level: number) {
    if (level === this.pose.light) return;
    this.pose = { ...this.pose, light: level };
    this.redraw();
  }

  /** 0 standing, 1 at the bottom of a bow (tweened at the curtain call). */
  get bow(): number {
    return this.bowing;
  }

  set bow(amount: number) {
    this.bowing = amount;
    // Head and shoulders dip towards the audience.
    this.drawing.scaleY = 1 - 0.1 * amount;
  }

  /** Change what the figure does (not the light, which the scene tweens); redraws only when something differs. */
  setPose(pose: Omit<Pose, 'light'>): void {
    const same =
      pose.turn === this.pose.turn &&
      pose.shadow === this.pose.shadow &&
      pose.downcast === this.pose.downcast &&
      pose.gesturing === this.pose.gesturing &&
      pose.props.join() === this.pose.props.join();
    if (same) return;
    this.pose = { ...pose, light: this.pose.light };
    this.redraw();
  }

  private redraw(): void {
    // Props can hand someone an aid (`prop: sam wheelchair`); the cast line's own aids come first.
    const aids = [...new Set([...this.look.aids, ...aidsIn(this.pose.props.join(' '))])];
    drawFigure(this.drawing, { ...this.look, aids }, this.pose, FIGURE_BASE_HEIGHT);
    // Text is one image, so alpha dims it cleanly.
    this.label.setAlpha(0.4 + 0.6 * this.pose.light);
  }
}
