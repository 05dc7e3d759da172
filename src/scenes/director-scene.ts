// The director: the one scene that drives the game's clock. Each frame it calls the store's
// tick(delta) once, drains the simulation's events, plays their sounds, picks the view the
// screen needs (the fair hall, or the street of the weeks after) and hands the events to it.
// It draws nothing itself. It also hooks the frame-time meter around Phaser's whole step.
import * as Phaser from 'phaser';
import type { ViewName, WorldContext } from './context';
import { viewFor } from './view';

interface WorldDebug {
  perf(): ReturnType<WorldContext['perf']['stats']>;
  worst(n?: number): ReturnType<WorldContext['perf']['worst']>;
  resetPerf(): void;
  view(): ViewName;
  /**
   * Where a visitor stands on screen (page pixels), for tests that click or tap them, and
   * whether they have arrived (settled: no longer walking to the place the sim gave them).
   */
  visitorPoint(visitor: number): { x: number; y: number; settled: boolean } | null;
  /** The bubble over a visitor in the hall (its kind and icon frame), for tests of the tells. */
  visitorBubble(visitor: number): { kind: 'speech' | 'thought'; icon: string } | null;
}

export class DirectorScene extends Phaser.Scene {
  private warned = false;
  private logTimer = 0;

  constructor(private readonly world: WorldContext) {
    super({ key: 'director' });
  }

  create(): void {
    const w = this.world;
    w.view = viewFor(w.store.getState());
    this.scene.launch('hall');
    this.scene.launch('street');
    const ev = this.game.events;
    const start = () => w.perf.frameStart();
    const end = () => w.perf.frameEnd();
    ev.on(Phaser.Core.Events.PRE_STEP, start);
    ev.on(Phaser.Core.Events.POST_RENDER, end);
    const debug: WorldDebug = {
      perf: () => w.perf.stats(),
      worst: (n?: number) => w.perf.worst(n),
      resetPerf: () => w.perf.reset(),
      view: () => w.view,
      visitorPoint: (visitor: number) => w.hall?.pointOf?.(visitor) ?? null,
      visitorBubble: (visitor: number) => w.hall?.bubbleOf?.(visitor) ?? null,
    };
    (globalThis as { listeningBoothWorld?: WorldDebug }).listeningBoothWorld = debug;
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      ev.off(Phaser.Core.Events.PRE_STEP, start);
      ev.off(Phaser.Core.Events.POST_RENDER, end);
    });
  }

  private warn(e: unknown): void {
    if (this.warned) return;
    this.warned = true;
    console.warn('[world] a view stopped drawing; the game goes on.', e);
  }

  private show(view: ViewName): void {
    const w = this.world;
    const old = w.view;
    w.view = view;
    if (this.scene.isActive(old) || this.scene.isPaused(old)) this.scene.sleep(old);
    if (this.scene.isSleeping(view)) this.scene.wake(view);
  }

  override update(_time: number, delta: number): void {
    const w = this.world;
    const store = w.store;
    w.perf.begin();
    try {
      store.getState().tick(delta);
    } catch (e) {
      this.warn(e);
    }
    const events = store.getState().drainEvents();
    w.perf.end('clock');
    w.perf.begin();
    const want = viewFor(store.getState());
    if (want !== w.view) this.show(want);
    if (events.length > 0) {
      w.sound.onEvents(events);
      const v = w.view === 'hall' ? w.hall : w.street;
      if (v && !w.broken) {
        try {
          v.onEvents(events);
        } catch (e) {
          w.broken = true;
          this.warn(e);
        }
      }
    }
    w.perf.end('views');
    if (import.meta.env.DEV) {
      this.logTimer += delta;
      if (this.logTimer > 10000) {
        this.logTimer = 0;
        const s = w.perf.stats();
        console.info(
          `[world] frame JS p50 ${s.p50.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms, max ${s.max.toFixed(2)} ms; world updates mean ${s.update.toFixed(2)} / p95 ${s.updateP95.toFixed(2)} ms; clock p95 ${s.clockP95.toFixed(2)} ms (${s.frames} frames)`,
        );
      }
    }
  }
}
