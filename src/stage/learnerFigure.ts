// The learner's place on stage: downstage right, seen from behind, head and shoulders above the stage's lip, in one
// neutral tone. It is nobody in particular (the learner plays their own role and is never drawn as anyone), and
// it turns its head towards whom the learner faces.
import * as Phaser from 'phaser';
import { mix } from './drawFigure';
import { COLOURS, FONT_FAMILY, NAME_FONT_SIZE, STAGE_HEIGHT, YOU_HEAD_Y, YOU_X } from './stageConfig';

export class LearnerFigure extends Phaser.GameObjects.Container {
  private readonly drawing: Phaser.GameObjects.Graphics;
  private level = 0.9;
  private turn: -1 | 0 | 1 = 0;

  constructor(scene: Phaser.Scene) {
    super(scene, YOU_X, YOU_HEAD_Y);
    this.drawing = scene.add.graphics();
    const label = scene.add
      .text(0, 56, 'You', {
        fontFamily: FONT_FAMILY,
        fontSize: `${NAME_FONT_SIZE}px`,
        color: COLOURS.name,
        stroke: '#0b0910',
        strokeThickness: 5,
      })
      .setOrigin(0.5, 0.5);
    this.add([this.drawing, label]);
    scene.add.existing(this);
    this.redraw();
  }

  get light(): number {
    return this.level;
  }

  set light(level: number) {
    if (level === this.level) return;
    this.level = level;
    this.redraw();
  }

  setTurn(turn: -1 | 0 | 1): void {
    if (turn === this.turn) return;
    this.turn = turn;
    this.redraw();
  }

  private redraw(): void {
    const g = this.drawing;
    const tone = (c: number) => mix(c, COLOURS.dark, 1 - this.level);
    const r = 34;
    const bottom = STAGE_HEIGHT - YOU_HEAD_Y + 4;
    g.clear();
    // Shoulders and back, cut off by the stage's lip.
    g.fillStyle(tone(mix(COLOURS.you, 0x000000, 0.25)), 1);
    g.fillRoundedRect(-78, 30, 156, bottom - 30, 30);
    g.fillRect(-16, 10, 32, 26);
    // The back of the head, and an ear on the side they turn to.
    const x = this.turn * 6;
    g.fillStyle(tone(COLOURS.you), 1);
    g.fillCircle(x, 0, r);
    if (this.turn !== 0) g.fillEllipse(x + this.turn * (r - 2), 4, 12, 20);
  }
}
