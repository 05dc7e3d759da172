// A small drawing helper over CanvasRenderingContext2D for the world's illustrations: world
// units scaled by the texture resolution, ink outlines, and the shapes the art is made of.
import { css, cssA } from '../color';

export const INK = 0x2b2622;

/** A fill or stroke: a 0xRRGGBB colour, a CSS string, a canvas gradient, or none. */
export type Paint = number | string | CanvasGradient | null;

export class Pen {
  constructor(
    readonly ctx: CanvasRenderingContext2D,
    /** Pixels per world unit. */
    readonly res: number,
    /** Outline width in world units. */
    public line = 1,
  ) {
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
  }

  /** Moves the origin to (x, y) world units (relative to the current origin). */
  at(x: number, y: number): this {
    this.ctx.translate(x * this.res, y * this.res);
    return this;
  }

  save(): this {
    this.ctx.save();
    return this;
  }

  restore(): this {
    this.ctx.restore();
    return this;
  }

  private fs(fill: Paint, stroke: Paint | undefined, alpha = 1): void {
    const c = this.ctx;
    if (fill !== null) {
      c.fillStyle = typeof fill === 'number' ? (alpha < 1 ? cssA(fill, alpha) : css(fill)) : fill;
      c.fill();
    }
    if (stroke !== null && stroke !== undefined && this.line > 0) {
      c.strokeStyle = typeof stroke === 'number' ? css(stroke) : stroke;
      c.lineWidth = this.line * this.res;
      c.stroke();
    }
  }

  rect(x: number, y: number, w: number, h: number, fill: Paint, stroke: Paint = INK, r = 0, alpha = 1): this {
    const c = this.ctx;
    const k = this.res;
    c.beginPath();
    if (r > 0) c.roundRect(x * k, y * k, w * k, h * k, r * k);
    else c.rect(x * k, y * k, w * k, h * k);
    this.fs(fill, stroke, alpha);
    return this;
  }

  ellipse(x: number, y: number, rx: number, ry: number, fill: Paint, stroke: Paint = INK, alpha = 1): this {
    const c = this.ctx;
    const k = this.res;
    c.beginPath();
    c.ellipse(x * k, y * k, Math.max(0.01, rx * k), Math.max(0.01, ry * k), 0, 0, Math.PI * 2);
    this.fs(fill, stroke, alpha);
    return this;
  }

  circle(x: number, y: number, r: number, fill: Paint, stroke: Paint = INK, alpha = 1): this {
    return this.ellipse(x, y, r, r, fill, stroke, alpha);
  }

  /** Starts a path through flat x, y pairs (world units, scaled). */
  private trace(pts: readonly number[]): CanvasRenderingContext2D {
    const c = this.ctx;
    const k = this.res;
    c.beginPath();
    for (let i = 0; i + 1 < pts.length; i += 2) {
      const x = (pts[i] as number) * k;
      const y = (pts[i + 1] as number) * k;
      if (i === 0) c.moveTo(x, y);
      else c.lineTo(x, y);
    }
    return c;
  }

  /** A closed polygon from flat x, y pairs. */
  poly(pts: readonly number[], fill: Paint, stroke: Paint = INK, alpha = 1): this {
    const c = this.trace(pts);
    c.closePath();
    this.fs(fill, stroke, alpha);
    return this;
  }

  /** An open polyline. */
  lines(pts: readonly number[], stroke: Exclude<Paint, null>, width = this.line): this {
    const c = this.trace(pts);
    const k = this.res;
    c.strokeStyle = typeof stroke === 'number' ? css(stroke) : stroke;
    c.lineWidth = width * k;
    c.stroke();
    return this;
  }

  /** A path given as a callback drawing in world units via the scaled context. */
  path(
    draw: (c: CanvasRenderingContext2D, k: number) => void,
    fill: Paint,
    stroke: Paint = INK,
    alpha = 1,
  ): this {
    const c = this.ctx;
    c.beginPath();
    draw(c, this.res);
    this.fs(fill, stroke, alpha);
    return this;
  }

  /** An arc stroke (angles in radians). */
  arc(
    x: number,
    y: number,
    r: number,
    a0: number,
    a1: number,
    stroke: Exclude<Paint, null>,
    width = this.line,
  ): this {
    const c = this.ctx;
    const k = this.res;
    c.beginPath();
    c.arc(x * k, y * k, r * k, a0, a1);
    c.strokeStyle = typeof stroke === 'number' ? css(stroke) : stroke;
    c.lineWidth = width * k;
    c.stroke();
    return this;
  }

  /** Soft ground shadow. */
  shadow(x: number, y: number, rx: number, ry: number, alpha = 0.16): this {
    return this.ellipse(x, y, rx, ry, cssA(INK, alpha), null);
  }

  text(
    s: string,
    x: number,
    y: number,
    sizeWorld: number,
    font: string,
    fill: number,
    align: CanvasTextAlign = 'center',
  ): this {
    const c = this.ctx;
    const k = this.res;
    c.font = `${Math.round(sizeWorld * k)}px ${font}`;
    c.textAlign = align;
    c.textBaseline = 'middle';
    c.fillStyle = css(fill);
    c.fillText(s, x * k, y * k);
    return this;
  }
}
