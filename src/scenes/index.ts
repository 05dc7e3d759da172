// The Phaser world: creates the game canvas behind the DOM overlay and its scenes — the boot
// (bakes the art, reports progress), the director (drives the store's fixed-step clock, plays
// sounds, picks the view), the fair hall and the street of the weeks after. If WebGL cannot
// start, the world steps aside: a plain frame loop keeps the clock running, so the DOM overlay
// still plays the game and the page never goes blank.
import * as Phaser from 'phaser';
import { createSound, type Sound } from '../audio';
import type { SessionStore } from '../store/session';
import { palette } from '../theme';
import { ArtBook } from './art/atlas';
import { BootScene } from './boot-scene';
import type { WorldContext } from './context';
import { DirectorScene } from './director-scene';
import { HallScene } from './hall/hall-scene';
import { PerfMeter } from './perf';
import { StreetScene } from './street/street-scene';

export interface World {
  game: Phaser.Game | null;
  destroy(): void;
}

/** Without a canvas: tick the clock from requestAnimationFrame and drain (and sound) events. */
function clockOnly(store: SessionStore, sound: Sound): () => void {
  let last = performance.now();
  let raf = 0;
  const loop = (t: number) => {
    const dt = Math.min(250, t - last);
    last = t;
    try {
      store.getState().tick(dt);
      const events = store.getState().drainEvents();
      if (events.length) sound.onEvents(events);
    } catch {
      /* keep looping: the overlay shows the state */
    }
    raf = requestAnimationFrame(loop);
  };
  raf = requestAnimationFrame(loop);
  store.getState().setBootProgress(1);
  return () => cancelAnimationFrame(raf);
}

export function createWorld(parent: HTMLElement, store: SessionStore): World {
  const host = document.createElement('div');
  host.className = 'world';
  parent.prepend(host);
  const sound = createSound(store);
  const world: WorldContext = {
    store,
    art: new ArtBook(),
    sound,
    perf: new PerfMeter(),
    view: 'hall',
    hall: null,
    street: null,
    broken: false,
  };
  try {
    const game = new Phaser.Game({
      type: Phaser.WEBGL,
      parent: host,
      backgroundColor: palette.paperDeep,
      scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
      scene: [new BootScene(world), new DirectorScene(world), new HallScene(world), new StreetScene(world)],
      banner: false,
      audio: { noAudio: true },
      render: { antialias: true, pixelArt: false, roundPixels: false },
      input: { keyboard: false, gamepad: false },
      // Raw frame deltas: smoothing substitutes old deltas when frames are slow, which would
      // stall the clock on a slow machine. Each consumer clamps what it uses.
      fps: { smoothStep: false },
    });
    return {
      game,
      destroy: () => {
        sound.destroy();
        game.destroy(true);
      },
    };
  } catch {
    host.remove();
    const stop = clockOnly(store, sound);
    return {
      game: null,
      destroy: () => {
        stop();
        sound.destroy();
      },
    };
  }
}
