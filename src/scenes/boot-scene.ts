// The preloader: bakes all of the world's art at boot (people, staff, props, icons, the hall
// and the street), a few jobs per frame so the page stays responsive, and reports progress to
// the store (the overlay shows a bar) until it reaches 1. Then it starts the director.
import * as Phaser from 'phaser';
import { SHIPPED_LEVEL_IDS } from '../levels/registry';
import type { Level } from '../levels/schema';
import { levelById } from '../store/session';
import { fonts } from '../theme';
import { bootJobs, type Job, levelColors } from './art/catalogue';
import type { WorldContext } from './context';

const FONT_WAIT_MS = 2500;
const BUDGET_MS = 12;

export class BootScene extends Phaser.Scene {
  private jobs: Job[] = [];
  private next = 0;
  private weightDone = 0;
  private weightTotal = 1;
  private fontsReady = false;
  private reported = -1;

  constructor(private readonly world: WorldContext) {
    super({ key: 'boot' });
  }

  create(): void {
    this.report(0.02);
    const fontSet = (globalThis.document as Document | undefined)?.fonts;
    if (fontSet && typeof fontSet.load === 'function') {
      const family = fonts.display;
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, FONT_WAIT_MS));
      void Promise.race([
        Promise.all([fontSet.load(`600 16px ${family}`), fontSet.load(`500 16px ${family}`)]),
        timeout,
      ])
        .catch(() => undefined)
        .then(() => {
          this.fontsReady = true;
        });
    } else this.fontsReady = true;
    const levels: Level[] = [];
    for (const id of SHIPPED_LEVEL_IDS) {
      const L = levelById(id);
      if (L) levels.push(L);
    }
    const g = this.world.store.getState().game;
    if (g) levels.push(g.level);
    this.jobs = bootJobs(this.textures, this.world.art, levelColors(levels));
    this.weightTotal = this.jobs.reduce((s, j) => s + j.weight, 0) || 1;
  }

  private report(p: number): void {
    const q = Math.round(p * 100) / 100;
    if (q === this.reported) return;
    this.reported = q;
    this.world.store.getState().setBootProgress(q);
  }

  override update(): void {
    const start = performance.now();
    while (this.next < this.jobs.length && performance.now() - start < BUDGET_MS) {
      const job = this.jobs[this.next++] as Job;
      try {
        job.run();
      } catch (e) {
        // A picture that cannot be drawn stays blank; the game goes on.
        if (import.meta.env.DEV) console.warn('[world] art job failed', e);
      }
      this.weightDone += job.weight;
    }
    this.report(Math.min(0.97, 0.04 + (0.93 * this.weightDone) / this.weightTotal));
    if (this.next >= this.jobs.length && this.fontsReady) {
      this.report(1);
      this.scene.launch('director');
      this.scene.stop();
    }
  }
}
