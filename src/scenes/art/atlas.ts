// Texture atlases drawn at boot: a builder packs drawings (world units, drawn at a pixel
// resolution) into one canvas, then hands it to Phaser's texture manager with one frame per
// drawing; the ArtBook remembers each frame's texture, anchor and scale so images are set up
// in one call (and pooled images can switch pictures without allocating).
import type * as Phaser from 'phaser';
import { Pen } from './pen';

export interface ArtFrame {
  key: string;
  frame: string;
  /** Anchor as a fraction of the frame (the feet of a person, the base of a prop). */
  ox: number;
  oy: number;
  /** Display scale (1 / pixels per world unit). */
  scale: number;
}

export class ArtBook {
  private readonly frames = new Map<string, ArtFrame>();

  register(name: string, f: ArtFrame): void {
    this.frames.set(name, f);
  }

  has(name: string): boolean {
    return this.frames.has(name);
  }

  get(name: string): ArtFrame | undefined {
    return this.frames.get(name);
  }

  /** Points an image at a picture (texture, frame, anchor, scale). False if unknown. */
  apply(img: Phaser.GameObjects.Image, name: string): boolean {
    const f = this.frames.get(name);
    if (!f) return false;
    if (img.texture.key === f.key && img.frame.name === f.frame) return true;
    if (img.texture.key !== f.key) img.setTexture(f.key, f.frame);
    else img.setFrame(f.frame, false, false);
    img.setOrigin(f.ox, f.oy);
    img.setScale(f.scale);
    return true;
  }

  /** A new image showing a picture, or an empty image when the picture is unknown. */
  image(scene: Phaser.Scene, name: string, x: number, y: number): Phaser.GameObjects.Image {
    const f = this.frames.get(name);
    const img = scene.add.image(x, y, f ? f.key : '__WHITE', f?.frame);
    if (f) img.setOrigin(f.ox, f.oy).setScale(f.scale);
    else img.setVisible(false);
    return img;
  }
}

const PAD = 2;

/** Packs drawings into rows of one canvas. */
export class AtlasBuilder {
  readonly canvas: HTMLCanvasElement;
  readonly pen: Pen;
  private x = PAD;
  private y = PAD;
  private rowH = 0;
  private readonly pending: {
    name: string;
    x: number;
    y: number;
    w: number;
    h: number;
    ox: number;
    oy: number;
  }[] = [];
  private usedH = 0;

  constructor(
    readonly key: string,
    width: number,
    height: number,
    readonly res: number,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.width = width;
    this.canvas.height = height;
    const ctx = this.canvas.getContext('2d');
    if (!ctx) throw new Error('2D canvas unavailable');
    this.pen = new Pen(ctx, res);
  }

  /**
   * Draws a picture of w x h world units; (ax, ay) is its anchor inside the cell. The draw
   * callback draws with the cell's top-left at the origin.
   */
  add(name: string, w: number, h: number, ax: number, ay: number, draw: (p: Pen) => void): boolean {
    const pw = Math.ceil(w * this.res);
    const ph = Math.ceil(h * this.res);
    if (this.x + pw + PAD > this.canvas.width) {
      this.x = PAD;
      this.y += this.rowH + PAD;
      this.rowH = 0;
    }
    if (this.y + ph + PAD > this.canvas.height || pw + PAD * 2 > this.canvas.width) return false;
    const ctx = this.pen.ctx;
    ctx.save();
    ctx.beginPath();
    ctx.rect(this.x, this.y, pw, ph);
    ctx.clip();
    ctx.translate(this.x, this.y);
    this.pen.line = 1;
    draw(this.pen);
    ctx.restore();
    this.pending.push({ name, x: this.x, y: this.y, w: pw, h: ph, ox: ax / w, oy: ay / h });
    this.x += pw + PAD;
    this.rowH = Math.max(this.rowH, ph);
    this.usedH = Math.max(this.usedH, this.y + ph + PAD);
    return true;
  }

  /** Hands the canvas to Phaser and registers every frame in the book. */
  commit(textures: Phaser.Textures.TextureManager, book: ArtBook): void {
    if (textures.exists(this.key)) textures.remove(this.key);
    // Hand over only the rows used: less to upload to the GPU, less memory.
    let canvas = this.canvas;
    const h = Math.min(canvas.height, Math.max(4, this.usedH));
    if (h < canvas.height) {
      const trimmed = document.createElement('canvas');
      trimmed.width = canvas.width;
      trimmed.height = h;
      trimmed.getContext('2d')?.drawImage(canvas, 0, 0);
      canvas = trimmed;
    }
    const tex = textures.addCanvas(this.key, canvas);
    if (!tex) return;
    for (const f of this.pending) {
      tex.add(f.name, 0, f.x, f.y, f.w, f.h);
      book.register(f.name, { key: this.key, frame: f.name, ox: f.ox, oy: f.oy, scale: 1 / this.res });
    }
  }
}
