// The base of the world's two views (hall and street): it keeps the world context, and runs
// each frame's drawing inside the frame meter's 'views' section, so that one view failing to
// draw warns once and the game goes on instead of stopping the loop.
import * as Phaser from 'phaser';
import type { WorldContext } from './context';

export abstract class ViewScene extends Phaser.Scene {
  private warned = false;

  constructor(
    protected readonly world: WorldContext,
    key: string,
    /** What the warning calls this view ("the hall"). */
    private readonly what: string,
  ) {
    super({ key });
  }

  /** One frame of drawing. */
  protected abstract frame(time: number, delta: number): void;

  override update(time: number, delta: number): void {
    const perf = this.world.perf;
    perf.begin();
    try {
      this.frame(time, delta);
    } catch (e) {
      if (!this.warned) {
        this.warned = true;
        console.warn(`[world] ${this.what} could not draw a frame`, e);
      }
    }
    perf.end('views');
  }
}
