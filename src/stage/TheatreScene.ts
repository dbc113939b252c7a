// The one scene: who is on stage, who is lit, and what they wear, kept as plain state; each change is then
// either animated (walking on and off, light changes, a follow-spot) or, under reduced motion, applied at once.
import * as Phaser from 'phaser';
import { CastFigure } from './castFigure';
import { cuesOf, type StageCue } from './stageCues';
import { FLOOR_Y, LIGHT, STAGE_WIDTH, TIMING, WING_OFFSET } from './stageConfig';
import { lookFor, standingXs } from './stageLayout';
import type { StageCastMember, StageLine } from './stageSource';
import { buildSet, DEPTH, DRAPE_OPEN_SCALE, type TheatreSet } from './theatreSet';

export interface TheatreSceneConfig {
  cast: readonly StageCastMember[];
  reducedMotion: boolean;
  /** Called once the set is built and the scene can take cues. */
  onReady: (scene: TheatreScene) => void;
}

export class TheatreScene extends Phaser.Scene {
  private readonly config: TheatreSceneConfig;
  private reducedMotion: boolean;
  private theatreSet!: TheatreSet;
  /** Everyone who has appeared so far; figures are kept off stage so their props persist between scenes. */
  private readonly figures = new Map<string, CastFigure>();
  /** Who is on stage, in the order they came on (left to right). */
  private onStage: string[] = [];
  private lit: string | null = null;

  constructor(config: TheatreSceneConfig) {
    super({ key: 'theatre' });
    this.config = config;
    this.reducedMotion = config.reducedMotion;
  }

  create(): void {
    this.theatreSet = buildSet(this);
    this.config.onReady(this);
  }

  /** True while anything is still moving (the loop keeper sleeps the loop otherwise). */
  get isMoving(): boolean {
    return this.tweens.getTweens().length > 0;
  }

  /** Apply one line's cues. `instant` draws the result without movement (catching up on earlier lines). */
  playLine(line: StageLine, instant = false): void {
    for (const cue of cuesOf(line)) this.applyCue(cue);
    this.stageIt(instant);
  }

  /** A new scene: everyone leaves and the light goes back to even. */
  clearStage(): void {
    this.applyCue({ kind: 'clear' });
    this.stageIt(false);
  }

  /** Draws the drapes open: with movement, or at once. */
  openCurtain(): void {
    const [left, right] = this.theatreSet.drapes;
    if (this.reducedMotion) {
      left.scaleX = right.scaleX = DRAPE_OPEN_SCALE;
      return;
    }
    this.tweens.add({
      targets: [left, right],
      scaleX: DRAPE_OPEN_SCALE,
      duration: TIMING.curtain,
      ease: 'Sine.easeInOut',
    });
  }

  setReducedMotion(on: boolean): void {
    this.reducedMotion = on;
    // Anything mid-way jumps to where it was going.
    if (on) {
      this.tweens.killAll();
      this.stageIt(true);
      const [left, right] = this.theatreSet.drapes;
      left.scaleX = right.scaleX = DRAPE_OPEN_SCALE;
    }
  }

  private applyCue(cue: StageCue): void {
    switch (cue.kind) {
      case 'clear':
        this.onStage = [];
        this.lit = null;
        break;
      case 'enter':
        this.figure(cue.id);
        if (!this.onStage.includes(cue.id)) this.onStage.push(cue.id);
        break;
      case 'exit':
        this.onStage = this.onStage.filter((id) => id !== cue.id);
        if (this.lit === cue.id) this.lit = null;
        break;
      case 'prop':
        this.figure(cue.id).addProp(cue.item);
        break;
      case 'light':
        this.lit = cue.id !== null && this.onStage.includes(cue.id) ? cue.id : null;
        break;
    }
  }

  private figure(id: string): CastFigure {
    let figure = this.figures.get(id);
    if (!figure) {
      const index = this.config.cast.findIndex((c) => c.id === id);
      // Someone missing from the cast (the linter's business) still appears, under their id, after the cast.
      const name = index >= 0 ? this.config.cast[index].name : id;
      const look = lookFor(index >= 0 ? index : this.config.cast.length + this.figures.size);
      figure = new CastFigure(this, id, name, look);
      figure.setPosition(nearestWing(STAGE_WIDTH), FLOOR_Y).setDepth(DEPTH.cast);
      this.figures.set(id, figure);
    }
    return figure;
  }

  /** Move every figure, the spotlight and the shade towards the state. */
  private stageIt(instant: boolean): void {
    const still = instant || this.reducedMotion;
    const xs = standingXs(this.onStage.length);
    for (const [id, figure] of this.figures) {
      const at = this.onStage.indexOf(id);
      if (at >= 0) this.bringOn(figure, xs[at], this.lightFor(id), still);
      else if (figure.visible) this.takeOff(figure, still);
    }
    const litX = this.lit === null ? null : xs[this.onStage.indexOf(this.lit)];
    this.placeLight(litX, still);
  }

  private lightFor(id: string): number {
    if (this.lit === null) return LIGHT.even;
    return id === this.lit ? LIGHT.lit : LIGHT.dim;
  }

  private bringOn(figure: CastFigure, x: number, light: number, still: boolean): void {
    const offStage = !figure.visible;
    const arriving = offStage || figure.leaving;
    this.tweens.killTweensOf(figure);
    figure.leaving = false;
    figure.setDepth(DEPTH.cast).setVisible(true);
    if (still) {
      figure.x = x;
      figure.light = light;
      return;
    }
    // Newcomers start in the wing, behind the drape, and walk on; no fade, which would show the seams
    // between a figure's shapes.
    if (offStage) figure.x = nearestWing(x);
    this.tweenTo(figure, 'x', x, arriving ? TIMING.walk : TIMING.shuffle, 'Sine.easeInOut');
    this.tweenTo(figure, 'light', light, TIMING.light, 'Linear');
  }

  private takeOff(figure: CastFigure, still: boolean): void {
    if (figure.leaving && !still) return;
    this.tweens.killTweensOf(figure);
    if (still) {
      figure.leaving = false;
      figure.setVisible(false);
      return;
    }
    // Behind those who stay, so nobody is walked through on the way out.
    figure.leaving = true;
    figure.setDepth(DEPTH.leaving);
    this.tweenTo(figure, 'light', LIGHT.even, TIMING.light, 'Linear');
    this.tweens.add({
      targets: figure,
      x: nearestWing(figure.x),
      duration: TIMING.walk,
      ease: 'Sine.easeInOut',
      onComplete: () => {
        figure.leaving = false;
        figure.setVisible(false);
      },
    });
  }

  private placeLight(x: number | null, still: boolean): void {
    const { spotlight, shade } = this.theatreSet;
    const shadeTo = x === null ? 0 : LIGHT.shadeWhenLit;
    this.tweens.killTweensOf([spotlight, shade]);
    if (still) {
      if (x !== null) spotlight.x = x;
      spotlight.alpha = x === null ? 0 : 1;
      shade.alpha = shadeTo;
      return;
    }
    if (x !== null) {
      // A follow-spot: it glides to the next speaker if it is already up, or fades up where they stand.
      if (spotlight.alpha < 0.05) spotlight.x = x;
      else this.tweenTo(spotlight, 'x', x, TIMING.shuffle, 'Sine.easeInOut');
    }
    this.tweenTo(spotlight, 'alpha', x === null ? 0 : 1, TIMING.light, 'Linear');
    this.tweenTo(shade, 'alpha', shadeTo, TIMING.light, 'Linear');
  }

  private tweenTo<P extends string>(
    target: Record<P, number>,
    prop: P,
    to: number,
    duration: number,
    ease: string,
  ): void {
    if (Math.abs(target[prop] - to) < 0.001) return;
    this.tweens.add({ targets: target, [prop]: to, duration, ease });
  }
}

function nearestWing(x: number): number {
  return x >= STAGE_WIDTH / 2 ? STAGE_WIDTH + WING_OFFSET : -WING_OFFSET;
}
