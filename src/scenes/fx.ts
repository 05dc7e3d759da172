// Little effects that live a moment and go: hearts, scribbles, coins, contracts, sparkles,
// envelopes. A fixed pool of images moved by simple kinematics each frame (no tweens, no
// allocation). With reduced motion an effect only fades in place.
import type * as Phaser from 'phaser';
import type { ArtBook } from './art/atlas';

export interface FxSpec {
  frame: string;
  x: number;
  y: number;
  vx?: number;
  vy?: number;
  /** Gravity, units/s². */
  g?: number;
  life: number;
  delay?: number;
  s0?: number;
  s1?: number;
  a0?: number;
  a1?: number;
  spin?: number;
  depth?: number;
  /** Additive blending (light). */
  add?: boolean;
}

class Fx {
  on = false;
  x = 0;
  y = 0;
  vx = 0;
  vy = 0;
  g = 0;
  t = 0;
  life = 1;
  delay = 0;
  s0 = 1;
  s1 = 1;
  a0 = 1;
  a1 = 0;
  spin = 0;
  base = 1;
  constructor(readonly img: Phaser.GameObjects.Image) {}
}

export class FxPool {
  private readonly items: Fx[] = [];
  private next = 0;

  constructor(
    scene: Phaser.Scene,
    private readonly art: ArtBook,
    size: number,
  ) {
    for (let i = 0; i < size; i++) {
      const img = art.image(scene, 'dot', 0, 0).setVisible(false);
      this.items.push(new Fx(img));
    }
  }

  /** Starts an effect (recycling the oldest when all are busy). */
  spawn(spec: FxSpec, reduced: boolean): void {
    let fx: Fx | undefined;
    for (let k = 0; k < this.items.length; k++) {
      const c = this.items[(this.next + k) % this.items.length] as Fx;
      if (!c.on) {
        fx = c;
        this.next = (this.next + k + 1) % this.items.length;
        break;
      }
    }
    if (!fx) {
      fx = this.items[this.next] as Fx;
      this.next = (this.next + 1) % this.items.length;
    }
    if (!this.art.apply(fx.img, spec.frame)) return;
    fx.on = true;
    fx.x = spec.x;
    fx.y = spec.y;
    fx.vx = reduced ? 0 : (spec.vx ?? 0);
    fx.vy = reduced ? 0 : (spec.vy ?? 0);
    fx.g = reduced ? 0 : (spec.g ?? 0);
    fx.t = 0;
    fx.life = spec.life;
    fx.delay = spec.delay ?? 0;
    fx.base = this.art.get(spec.frame)?.scale ?? fx.img.scaleX;
    fx.s0 = spec.s0 ?? 1;
    fx.s1 = reduced ? fx.s0 : (spec.s1 ?? fx.s0);
    fx.a0 = spec.a0 ?? 1;
    fx.a1 = spec.a1 ?? 0;
    fx.spin = reduced ? 0 : (spec.spin ?? 0);
    fx.img.setRotation(0);
    fx.img.setBlendMode(spec.add ? 1 : 0);
    fx.img.setDepth(spec.depth ?? 200000 + spec.y);
    fx.img.setVisible(fx.delay <= 0);
    this.place(fx);
  }

  private place(fx: Fx): void {
    const k = Math.min(1, fx.t / fx.life);
    const s = fx.base * (fx.s0 + (fx.s1 - fx.s0) * k);
    fx.img.setPosition(fx.x, fx.y);
    fx.img.setScale(s);
    fx.img.setAlpha(fx.a0 + (fx.a1 - fx.a0) * k);
  }

  update(dt: number): void {
    for (const fx of this.items) {
      if (!fx.on) continue;
      if (fx.delay > 0) {
        fx.delay -= dt;
        if (fx.delay > 0) continue;
        fx.img.setVisible(true);
      }
      fx.t += dt;
      if (fx.t >= fx.life) {
        fx.on = false;
        fx.img.setVisible(false);
        continue;
      }
      fx.vy += fx.g * dt;
      fx.x += fx.vx * dt;
      fx.y += fx.vy * dt;
      if (fx.spin !== 0) fx.img.setRotation(fx.img.rotation + fx.spin * dt);
      this.place(fx);
    }
  }

  clear(): void {
    for (const fx of this.items) {
      fx.on = false;
      fx.img.setVisible(false);
    }
  }
}
