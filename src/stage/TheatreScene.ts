// The one scene: it draws whatever stage state it is given. Each change is either animated (walking on and off,
// light changes, a follow-spot, a bow) or, under reduced motion, applied at once; the state itself lives in
// stageState.ts, so what is drawn and what the tests read are the same facts.
import * as Phaser from 'phaser';
import { CastFigure } from './castFigure';
import { lookFor, stageName } from './castLook';
import { LearnerFigure } from './learnerFigure';
import { COLOURS, FLOOR_Y, LIGHT, STAGE_WIDTH, TIMING, WING_OFFSET, YOU_X } from './stageConfig';
import { nameLabels, standingXs } from './stageLayout';
import type { StageCastMember } from './stageSource';
import { EMPTY_STAGE, YOU, type StageState } from './stageState';
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
  private learner!: LearnerFigure;
  /** Everyone who has appeared so far; figures are kept off stage between scenes. */
  private readonly figures = new Map<string, CastFigure>();
  private state: StageState = EMPTY_STAGE;

  constructor(config: TheatreSceneConfig) {
    super({ key: 'theatre' });
    this.config = config;
    this.reducedMotion = config.reducedMotion;
  }

  create(): void {
    this.theatreSet = buildSet(this);
    this.learner = new LearnerFigure(this).setDepth(DEPTH.learner);
    this.config.onReady(this);
  }

  /** True while anything is still moving (the loop keeper sleeps the loop otherwise). */
  get isMoving(): boolean {
    return this.tweens.getTweens().length > 0;
  }

  /** Draw `state`. `instant` draws it without movement (catching up on what happened before the stage started). */
  show(state: StageState, instant = false): void {
    const bowNow = state.curtainCall && !this.state.curtainCall;
    this.state = state;
    const still = instant || this.reducedMotion;
    const onStage = state.onStage.map((id) => this.figure(id));
    const labels = nameLabels(onStage.map((figure) => figure.nameWidth));
    onStage.forEach((figure, i) => figure.placeName(labels[i]));
    const xs = standingXs(state.onStage.length);
    const xOf = (id: string | null): number | null =>
      id === null ? null : id === YOU ? YOU_X : (xs[state.onStage.indexOf(id)] ?? null);

    for (const [id, figure] of this.figures) {
      const at = state.onStage.indexOf(id);
      if (at < 0) {
        if (figure.visible) this.takeOff(figure, still);
        continue;
      }
      const x = xs[at];
      const leftOut = state.leftOut.includes(id) && state.speaker !== id && state.floor !== id;
      const target = xOf(state.facing[id] ?? null);
      figure.setPose({
        turn: target === null || Math.abs(target - x) < 1 ? 0 : target < x ? -1 : 1,
        shadow: leftOut ? COLOURS.leftOut : COLOURS.dark,
        downcast: leftOut,
        gesturing: state.speaker === id && state.addressee !== null,
        props: state.props[id] ?? [],
      });
      this.bringOn(figure, x, this.lightFor(id, leftOut), leftOut, still);
      if (bowNow && !still) this.bow(figure, at);
    }

    const youTarget = xOf(state.facing[YOU] ?? null);
    this.learner.setTurn(youTarget === null ? 0 : youTarget < YOU_X ? -1 : 1);
    this.fade(this.learner, 'light', this.lightFor(YOU, false), still);
    this.placeLight(xOf(state.floor ?? state.speaker), xOf(state.speaker === null ? null : state.addressee), still);
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
      for (const figure of this.figures.values()) figure.bow = 0;
      this.show(this.state, true);
      const [left, right] = this.theatreSet.drapes;
      left.scaleX = right.scaleX = DRAPE_OPEN_SCALE;
    }
  }

  private lightFor(id: string, leftOut: boolean): number {
    const s = this.state;
    if (s.curtainCall) return LIGHT.lit;
    if (leftOut) return LIGHT.leftOut;
    if (id === s.speaker || id === s.floor) return LIGHT.lit;
    if (id === s.addressee) return LIGHT.addressed;
    if (s.speaker !== null || s.floor !== null) return LIGHT.listening;
    return LIGHT.even;
  }

  private figure(id: string): CastFigure {
    let figure = this.figures.get(id);
    if (!figure) {
      // Someone missing from the cast (the checker's business) still appears, under their id.
      const index = this.config.cast.findIndex((c) => c.id === id);
      const member = this.config.cast[index] ?? { id, name: id };
      figure = new CastFigure(this, id, stageName(member), lookFor(member, index >= 0 ? index : undefined));
      figure.setPosition(nearestWing(STAGE_WIDTH), FLOOR_Y).setDepth(DEPTH.cast);
      this.figures.set(id, figure);
    }
    return figure;
  }

  private bringOn(figure: CastFigure, x: number, light: number, leftOut: boolean, still: boolean): void {
    const offStage = !figure.visible;
    const arriving = offStage || figure.leaving;
    // Someone talked past stands a step back, upstage and behind the others, as well as out of the light: not
    // shown by colour alone, and never to be read as their skin tone.
    const y = leftOut ? FLOOR_Y - LEFT_OUT_STEP : FLOOR_Y;
    const scale = leftOut ? LEFT_OUT_SCALE : 1;
    figure.leaving = false;
    figure.setDepth(leftOut ? DEPTH.leaving : DEPTH.cast).setVisible(true);
    this.tweens.killTweensOf(figure);
    if (still) {
      figure.x = x;
      figure.y = y;
      figure.scale = scale;
      figure.light = light;
      return;
    }
    this.fade(figure, 'y', y, false, TIMING.shuffle, 'Sine.easeInOut');
    this.fade(figure, 'scale', scale, false, TIMING.shuffle, 'Sine.easeInOut');
    // Newcomers start in the wing, behind the drape, and walk on.
    if (offStage) figure.x = nearestWing(x);
    this.fade(figure, 'x', x, false, arriving ? TIMING.walk : TIMING.shuffle, 'Sine.easeInOut');
    this.fade(figure, 'light', light, false);
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

  private bow(figure: CastFigure, at: number): void {
    this.tweens.add({
      targets: figure,
      bow: 1,
      duration: TIMING.bow / 2,
      delay: TIMING.walk + at * 90,
      yoyo: true,
      ease: 'Sine.easeInOut',
    });
  }

  /** The follow-spot on whoever has the floor, and a pool of light joining them to whom they address. */
  private placeLight(x: number | null, toX: number | null, still: boolean): void {
    const { spotlight, shade, conversation } = this.theatreSet;
    const lit = x !== null && !this.state.curtainCall;
    if (lit && toX !== null) {
      conversation.x = (x + toX) / 2;
      // Just wider than the gap between them (the pool texture is 400 wide), so it never takes in a neighbour.
      conversation.scaleX = (Math.abs(toX - x) + 110) / 400;
    }
    if (lit && (spotlight.alpha < 0.05 || still)) spotlight.x = x;
    else if (lit) this.fade(spotlight, 'x', x, false, TIMING.shuffle, 'Sine.easeInOut');
    this.fade(spotlight, 'alpha', lit ? 1 : 0, still);
    this.fade(conversation, 'alpha', lit && toX !== null ? 1 : 0, still);
    this.fade(shade, 'alpha', lit ? LIGHT.shadeWhenLit : 0, still);
  }

  private fade<P extends string>(
    target: Record<P, number>,
    prop: P,
    to: number,
    still: boolean,
    duration: number = TIMING.light,
    ease = 'Linear',
  ): void {
    if (still) {
      this.tweens.killTweensOf(target);
      target[prop] = to;
      return;
    }
    if (Math.abs(target[prop] - to) < 0.001) return;
    this.tweens.add({ targets: target, [prop]: to, duration, ease });
  }
}

/** How far upstage someone left out stands, and how much smaller that makes them look. */
const LEFT_OUT_STEP = 26;
const LEFT_OUT_SCALE = 0.9;

function nearestWing(x: number): number {
  return x >= STAGE_WIDTH / 2 ? STAGE_WIDTH + WING_OFFSET : -WING_OFFSET;
}
