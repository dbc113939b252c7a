// Phaser's loop redraws 60 times a second whether or not anything moves: about 77 % of a core in software
// rendering, against about 1.4 % asleep (shared/spec/toolchain.md). The stage is still nearly all the time,
// so the loop sleeps unless a change is waiting to be drawn or a tween is playing.
import * as Phaser from 'phaser';

export class LoopKeeper {
  /** Frames still to draw after a change, even with no tween playing. */
  private owed = 0;

  constructor(
    private readonly game: Phaser.Game,
    private readonly isMoving: () => boolean,
    private readonly onChange: (awake: boolean) => void = () => {},
  ) {
    game.events.on(Phaser.Core.Events.POST_RENDER, this.afterFrame, this);
  }

  /** Call after changing what the stage shows. */
  wake(): void {
    // Two frames: `loop.wake()` draws one at once, and the next animation frame confirms it on screen.
    this.owed = 2;
    if (this.game.loop.running) return;
    // Said first: whatever stood in for the canvas while the loop slept gives way before the loop steps (and
    // Phaser's scale manager measures the canvas).
    this.onChange(true);
    this.game.loop.wake();
  }

  private afterFrame(): void {
    if (this.owed > 0) this.owed--;
    if (this.owed > 0 || this.isMoving() || !this.game.loop.running) return;
    this.game.loop.sleep();
    this.onChange(false);
  }
}
