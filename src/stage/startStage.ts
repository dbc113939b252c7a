// The stage's one door: `startStage(parent, source, options)` boots one Phaser game in `parent`, follows the
// engine's events, and hands back a handle. The play screen imports this module lazily, so Phaser stays out of
// the first-load bundle. The stage is decorative for assistive technology: everything it shows is in the DOM.
import * as Phaser from 'phaser';
import { LoopKeeper } from './loopKeeper';
import { COLOURS, STAGE_HEIGHT, STAGE_WIDTH } from './stageConfig';
import { Beats } from './beats';
import { followStory, foldStage } from './followStory';
import type { StageHandle, StageOptions, StageSource } from './stageSource';
import { stageSnapshot, type StageState } from './stageState';
import { TheatreScene } from './TheatreScene';
import { stageStill, type StageStill } from './stageStill';

export type { StageHandle, StageSource } from './stageSource';

export function startStage(parent: HTMLElement, source: StageSource, options: StageOptions): Promise<StageHandle> {
  parent.setAttribute('aria-hidden', 'true');

  let scene: TheatreScene | null = null;
  let keeper: LoopKeeper | null = null;
  let still: StageStill | null = null;
  let destroyed = false;
  let reducedMotion = options.reducedMotion;
  // Read-only, for tests: what the stage shows now, as data (browser tests assert on this, not on pixels).
  const publish = (state: StageState) => {
    parent.dataset.stage = JSON.stringify(stageSnapshot(state));
  };
  let shown: StageState = foldStage(options.sofar ?? []);
  const beats = new Beats(
    (state, skipping) => {
      shown = state;
      publish(state);
      if (!scene || !keeper) return;
      scene.show(state, skipping);
      keeper.wake();
    },
    (run, ms) => {
      const timer = window.setTimeout(run, ms);
      return () => window.clearTimeout(timer);
    },
    // Before the scene is up, and under reduced motion, there is nothing to pace.
    () => reducedMotion || !scene,
  );
  // Listen at once: what happens while Phaser boots is folded in, then drawn without movement before the curtain
  // opens, together with everything that happened before the stage started.
  const story = followStory(source.events, (state, beat) => beats.push(state, beat), shown);
  publish(shown);
  const unsubscribe = [story.stop, () => beats.stop()];

  return new Promise<StageHandle>((resolve, reject) => {
    let game: Phaser.Game;
    // Phaser measures its parent only while the loop runs; the stage sleeps, so it is told of resizes directly,
    // and redraws once in case the box was hidden and shown again.
    const resizes = new ResizeObserver(() => {
      if (!game?.isBooted || destroyed) return;
      // The canvas first: Phaser centres it by its measured size, which a canvas set aside for the still has not.
      still?.awake();
      game.scale.refresh();
      keeper?.wake();
    });

    const handle: StageHandle = {
      destroy() {
        if (destroyed) return;
        destroyed = true;
        for (const off of unsubscribe) off();
        resizes.disconnect();
        still?.destroy();
        game.destroy(true);
        // Phaser destroys at its next step; a sleeping loop has none, so take one.
        if (game.isBooted) game.loop.wake();
      },
      setReducedMotion(on: boolean) {
        reducedMotion = on;
        if (!scene || !keeper) return;
        scene.setReducedMotion(on);
        keeper.wake();
      },
    };

    const theatre = new TheatreScene({
      cast: source.cast,
      reducedMotion,
      onReady: (ready) => {
        if (destroyed) return resolve(handle);
        ready.setReducedMotion(reducedMotion);
        ready.show(shown, true);
        ready.openCurtain();
        // Marked on the canvas (our own element) so tests can see the loop sleep.
        game.canvas.dataset.loop = 'awake';
        still = stageStill(parent, game.canvas);
        keeper = new LoopKeeper(
          game,
          () => ready.isMoving,
          (awake) => {
            game.canvas.dataset.loop = awake ? 'awake' : 'asleep';
            if (awake) still?.awake();
            else still?.asleep();
          },
        );
        scene = ready;
        keeper.wake();
        // The scene draws its first frame in this step (Phaser renders after creating a scene): for the bench.
        if (!performance.getEntriesByName('stage-drawn').length) performance.mark('stage-drawn');
        resolve(handle);
      },
    });

    try {
      game = new Phaser.Game({
        type: Phaser.AUTO,
        parent,
        width: STAGE_WIDTH,
        height: STAGE_HEIGHT,
        backgroundColor: COLOURS.backWallTop,
        banner: false,
        audio: { noAudio: true },
        // The stage takes no input and must never take focus from the story text.
        autoFocus: false,
        input: { keyboard: false, mouse: false, touch: false, gamepad: false },
        disableContextMenu: false,
        render: { antialias: true, powerPreference: 'low-power' },
        scale: {
          // FIT keeps 16:5 inside the box the play screen gives; a box with no height yet takes its height
          // from its width instead of collapsing to nothing. Neither ever overflows the box's width.
          mode: parent.clientHeight > 0 ? Phaser.Scale.FIT : Phaser.Scale.WIDTH_CONTROLS_HEIGHT,
          autoCenter: Phaser.Scale.CENTER_HORIZONTALLY,
          expandParent: false,
        },
        scene: [theatre],
      });
    } catch (error) {
      for (const off of unsubscribe) off();
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    resizes.observe(parent);
  });
}
