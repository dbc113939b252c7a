// The stage's one door: `startStage(parent, source, options)` boots one Phaser game in `parent`, follows the
// engine's events, and hands back a handle. The play screen imports this module lazily, so Phaser stays out of
// the first-load bundle. The stage is decorative for assistive technology: everything it shows is in the DOM.
import * as Phaser from 'phaser';
import { LoopKeeper } from './loopKeeper';
import { COLOURS, STAGE_HEIGHT, STAGE_WIDTH } from './stageConfig';
import type { StageHandle, StageLine, StageOptions, StageSource } from './stageSource';
import { TheatreScene } from './TheatreScene';

export type { StageCastMember, StageEvents, StageHandle, StageLine, StageOptions, StageSource } from './stageSource';

export function startStage(parent: HTMLElement, source: StageSource, options: StageOptions): Promise<StageHandle> {
  parent.setAttribute('aria-hidden', 'true');

  let scene: TheatreScene | null = null;
  let keeper: LoopKeeper | null = null;
  let destroyed = false;
  let reducedMotion = options.reducedMotion;
  // Listen at once: lines that arrive while Phaser boots are kept, then played without movement before the
  // curtain opens. `scene/changed` needs no keeping: the line that caused it carries the `scene:` tag.
  const waiting: StageLine[] = [];
  const unsubscribe = [
    source.on('story/line', (line) => {
      if (!scene || !keeper) return void waiting.push(line);
      scene.playLine(line);
      keeper.wake();
    }),
    source.on('scene/changed', () => {
      if (!scene || !keeper) return;
      scene.clearStage();
      keeper.wake();
    }),
  ];

  return new Promise<StageHandle>((resolve, reject) => {
    let game: Phaser.Game;
    // Phaser measures its parent only while the loop runs; the stage sleeps, so it is told of resizes directly,
    // and redraws once in case the box was hidden and shown again.
    const resizes = new ResizeObserver(() => {
      if (!game?.isBooted || destroyed) return;
      game.scale.refresh();
      keeper?.wake();
    });

    const handle: StageHandle = {
      destroy() {
        if (destroyed) return;
        destroyed = true;
        for (const off of unsubscribe) off();
        resizes.disconnect();
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
        for (const line of options.linesSoFar ?? []) ready.playLine(line, true);
        for (const line of waiting.splice(0)) ready.playLine(line, true);
        ready.openCurtain();
        // Marked on the canvas (our own element) so tests can see the loop sleep.
        game.canvas.dataset.loop = 'awake';
        keeper = new LoopKeeper(
          game,
          () => ready.isMoving,
          (awake) => {
            game.canvas.dataset.loop = awake ? 'awake' : 'asleep';
          },
        );
        scene = ready;
        keeper.wake();
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
