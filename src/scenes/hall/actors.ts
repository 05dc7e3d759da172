// Visitors on the hall floor: a pool of actors, each one image (plus a selection mark and a
// bubble) that walks a route of aisle waypoints towards the place the simulation puts its
// visitor, and rests there in a pose (queueing, standing at a pitch, seated at a table).
// Movement is interpolated every frame; the simulation only moves targets, once per tick.
import type * as Phaser from 'phaser';
import type { Tell } from '../../sim';
import type { ArtBook } from '../art/atlas';
import { visitorFrames } from '../art/catalogue';
import { type BoothBox, route } from '../layout/hall-layout';

export type Rest = 'front' | 'back' | 'sit';

const POSE = { front: 0, frontA: 1, frontB: 2, back: 3, backA: 4, backB: 5, sit: 6 } as const;
const MAX_POINTS = 8;

export class Actor {
  /** Visitor id, or a negative number for a backdrop stroller; NaN when free. */
  id = Number.NaN;
  look = 0;
  x = 0;
  y = 0;
  readonly path = new Float32Array(MAX_POINTS * 2);
  n = 0;
  i = 0;
  /** Remaining route length, for catching up. */
  remaining = 0;
  tx = Number.NaN;
  ty = Number.NaN;
  rest: Rest = 'front';
  restFlip = false;
  dist = 0;
  walkUp = false;
  frame = -1;
  flip = false;
  /** Sync stamp (visitors still in the hall carry the latest). */
  stamp = 0;
  leaving = false;
  alpha = 0;
  selectable = false;
  /** Need icon frame this visitor hints at ('' none). */
  need = '';
  /** What the visitor shows at a booth (their tell, as the card says it); '' for strollers. */
  tell: Tell | '' = '';
  /** The frame inside the bubble now ('' when none shows). */
  iconFrame = '';
  bubbleUntil = 0;
  bubbleKind: 'none' | 'speech' | 'thought' = 'none';
  /** Backdrop strollers: when to pick the next place. */
  nextMove = 0;
  strollEpoch = -1;
  /** The aisle spot a walking visitor strolls towards. */
  sx = Number.NaN;
  sy = Number.NaN;

  constructor(
    readonly img: Phaser.GameObjects.Image,
    readonly mark: Phaser.GameObjects.Image,
    readonly bubble: Phaser.GameObjects.Image,
    readonly icon: Phaser.GameObjects.Image,
  ) {}

  get free(): boolean {
    return Number.isNaN(this.id);
  }

  moving(): boolean {
    return this.i < this.n;
  }

  /** Routes to (tx, ty) along the aisles, unless already heading there. */
  goTo(tx: number, ty: number, boxes: readonly BoothBox[], rest: Rest, restFlip: boolean): void {
    this.rest = rest;
    this.restFlip = restFlip;
    if (tx === this.tx && ty === this.ty) return;
    this.tx = tx;
    this.ty = ty;
    this.n = route(this.x, this.y, tx, ty, boxes, this.path, ((this.look * 7 + this.id * 3) % 9) * 5 - 20);
    this.i = 0;
    let len = 0;
    let px = this.x;
    let py = this.y;
    for (let k = 0; k < this.n; k++) {
      const x = this.path[k * 2] as number;
      const y = this.path[k * 2 + 1] as number;
      len += Math.hypot(x - px, y - py);
      px = x;
      py = y;
    }
    this.remaining = len;
  }

  place(x: number, y: number): void {
    this.x = x;
    this.y = y;
    this.tx = x;
    this.ty = y;
    this.n = 0;
    this.i = 0;
    this.remaining = 0;
  }

  /** Walks along the route for dt seconds at `speed` units/s (hurrying when far behind). */
  step(dt: number, speed: number, catchUp: number): void {
    if (this.i >= this.n) return;
    // Strollers amble; someone heading for a queue or a talk hurries (up to 4x) to be there
    // about when the simulation has them there.
    let v = speed;
    if (this.leaving) v = speed * 1.5;
    else if (this.rest !== 'front') v = Math.min(speed * 4, Math.max(speed, this.remaining / catchUp));
    let budget = v * dt;
    while (budget > 0 && this.i < this.n) {
      const px = this.path[this.i * 2] as number;
      const py = this.path[this.i * 2 + 1] as number;
      const dx = px - this.x;
      const dy = py - this.y;
      const d = Math.hypot(dx, dy);
      if (d <= budget) {
        this.x = px;
        this.y = py;
        budget -= d;
        this.dist += d;
        this.remaining -= d;
        this.i++;
      } else {
        const k = budget / d;
        this.x += dx * k;
        this.y += dy * k;
        this.dist += budget;
        this.remaining -= budget;
        // Face the way we walk: away from the viewer when heading up, else towards.
        const up = dy < 0 && Math.abs(dy) > Math.abs(dx) * 0.8;
        this.walkUp = up;
        if (Math.abs(dx) > 0.5) this.flip = dx < 0;
        budget = 0;
      }
    }
    if (this.remaining < 0) this.remaining = 0;
  }

  /** The frame index (into VISITOR_POSES) to show now. */
  poseIndex(reduced: boolean): number {
    if (this.i < this.n) {
      const phase = reduced ? 0 : Math.floor(this.dist / 7) % 2;
      if (this.walkUp) return reduced ? POSE.back : phase === 0 ? POSE.backA : POSE.backB;
      return reduced ? POSE.front : phase === 0 ? POSE.frontA : POSE.frontB;
    }
    return this.rest === 'sit' ? POSE.sit : this.rest === 'back' ? POSE.back : POSE.front;
  }
}

/** A fixed pool of actors; grows when the hall is fuller than expected. */
export class ActorPool {
  readonly all: Actor[] = [];
  private readonly byId = new Map<number, Actor>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly art: ArtBook,
    size: number,
  ) {
    for (let i = 0; i < size; i++) this.grow();
  }

  private grow(): Actor {
    const s = this.scene;
    const img = this.art.image(s, visitorFrames[0]?.[0] ?? '', 0, 0).setVisible(false);
    const mark = this.art.image(s, 'ringSoft', 0, 0).setVisible(false);
    const bubble = this.art.image(s, 'bubble', 0, 0).setVisible(false);
    const icon = this.art.image(s, 'need.generic', 0, 0).setVisible(false);
    const a = new Actor(img, mark, bubble, icon);
    this.all.push(a);
    return a;
  }

  get(id: number): Actor | undefined {
    return this.byId.get(id);
  }

  acquire(id: number, look: number, x: number, y: number): Actor {
    let a: Actor | undefined;
    for (const c of this.all) {
      if (c.free) {
        a = c;
        break;
      }
    }
    if (!a) a = this.grow();
    a.id = id;
    a.look = look;
    a.place(x, y);
    a.frame = -1;
    a.flip = false;
    a.leaving = false;
    a.alpha = 0;
    a.selectable = false;
    a.need = '';
    a.tell = '';
    a.iconFrame = '';
    a.bubbleKind = 'none';
    a.bubbleUntil = 0;
    a.dist = 0;
    a.walkUp = false;
    a.strollEpoch = -1;
    a.sx = Number.NaN;
    a.sy = Number.NaN;
    a.stamp = 0;
    a.img.setVisible(true).setAlpha(0);
    this.byId.set(id, a);
    return a;
  }

  release(a: Actor): void {
    this.byId.delete(a.id);
    a.id = Number.NaN;
    a.img.setVisible(false);
    a.mark.setVisible(false);
    a.bubble.setVisible(false);
    a.icon.setVisible(false);
  }

  releaseAll(): void {
    for (const a of this.all) if (!a.free) this.release(a);
  }

  /** Updates an actor's image from its state. */
  draw(a: Actor, reduced: boolean): void {
    const pose = a.poseIndex(reduced);
    const frameIdx = a.look * 8 + pose;
    if (frameIdx !== a.frame) {
      a.frame = frameIdx;
      this.art.apply(a.img, visitorFrames[a.look]?.[pose] ?? '');
    }
    const flip = a.i < a.n ? a.flip : a.restFlip;
    if (a.img.flipX !== flip) a.img.setFlipX(flip);
    a.img.setPosition(a.x, a.y);
    if (a.img.depth !== a.y) a.img.setDepth(a.y);
    if (a.img.alpha !== a.alpha) a.img.setAlpha(a.alpha);
  }
}
