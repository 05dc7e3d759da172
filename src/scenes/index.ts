// The Phaser world: creates the game canvas behind the DOM overlay and its scenes. Scenes
// draw the hall from the session store and drive the store's fixed-step clock each frame.
import * as Phaser from 'phaser';
import type { SessionStore } from '../store/session';
import { hex } from '../theme';

class HallScene extends Phaser.Scene {
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly store: SessionStore) {
    super('hall');
  }

  create(): void {
    this.cameras.main.setBackgroundColor(hex('paper'));
    this.add.rectangle(200, 200, 120, 80, hex('ours'));
    this.unsubscribe = this.store.subscribe(() => undefined);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.unsubscribe?.());
  }

  override update(_time: number, delta: number): void {
    this.store.getState().tick(delta);
    this.store.getState().drainEvents();
  }
}

export interface World {
  game: Phaser.Game;
  destroy(): void;
}

export function createWorld(parent: HTMLElement, store: SessionStore): World {
  const host = document.createElement('div');
  host.className = 'world';
  parent.prepend(host);
  const game = new Phaser.Game({
    type: Phaser.WEBGL,
    parent: host,
    backgroundColor: '#f4ecdf',
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    scene: [new HallScene(store)],
    banner: false,
  });
  return { game, destroy: () => game.destroy(true) };
}
