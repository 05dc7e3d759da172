// Small pictures: the speech and thought bubbles, the need icons and the price tag inside them, reactions
// (a heart, a red scribble, a sigh), the order burst (coins and a signed contract), sparkles
// and the spotlight of new products, the selection rings, and the street's envelopes.
import { shade } from '../color';
import type { NeedIcon } from '../needs';
import { INK, type Pen } from './pen';

const WHITE = 0xfffdf8;

export function speechBubble(p: Pen, w: number, h: number): void {
  // Body with a tail at the bottom left; (0,0) is the top-left of the cell.
  p.path((c, k) => {
    c.roundRect(1 * k, 1 * k, (w - 2) * k, (h - 7) * k, 5 * k);
  }, WHITE);
  p.poly([5, h - 7.5, 11, h - 7.5, 4, h - 1.5], WHITE, null);
  p.lines([5.2, h - 6.2, 4, h - 1.5, 11, h - 6.6], INK, 1);
}

export function thoughtBubble(p: Pen, w: number, h: number): void {
  const bh = h - 8;
  const cx = w / 2;
  const cy = bh / 2 + 1;
  for (let i = 0; i < 8; i++) {
    const a = (i / 8) * Math.PI * 2;
    p.circle(cx + Math.cos(a) * (w / 2 - 5), cy + Math.sin(a) * (bh / 2 - 4), 4.6, WHITE);
  }
  p.ellipse(cx, cy, w / 2 - 3, bh / 2 - 2, WHITE, null);
  p.circle(5, h - 6, 2.2, WHITE);
  p.circle(2.6, h - 2.4, 1.4, WHITE);
}

/** A need icon centred at (x, y), about 2r across. */
export function needIcon(p: Pen, icon: NeedIcon, x: number, y: number, r: number): void {
  switch (icon) {
    case 'uptime': {
      // a gear with a green tick: the machine keeps running
      const teeth: number[] = [];
      for (let i = 0; i < 16; i++) {
        const a = (i / 16) * Math.PI * 2;
        const rr = i % 2 === 0 ? r : r * 0.78;
        teeth.push(x + Math.cos(a) * rr, y + Math.sin(a) * rr);
      }
      p.poly(teeth, 0x8a929a);
      p.circle(x, y, r * 0.42, WHITE);
      p.lines([x - r * 0.25, y, x - r * 0.05, y + r * 0.22, x + r * 0.3, y - r * 0.22], 0x3f9a5b, 1.3);
      break;
    }
    case 'service': {
      // a 90s telephone handset
      p.path((c, k) => {
        c.moveTo((x - r * 0.85) * k, (y - r * 0.55) * k);
        c.quadraticCurveTo(x * k, (y - r * 1.05) * k, (x + r * 0.85) * k, (y - r * 0.55) * k);
        c.lineTo((x + r * 0.85) * k, (y - r * 0.1) * k);
        c.lineTo((x + r * 0.45) * k, (y - r * 0.1) * k);
        c.lineTo((x + r * 0.35) * k, (y - r * 0.35) * k);
        c.lineTo((x - r * 0.35) * k, (y - r * 0.35) * k);
        c.lineTo((x - r * 0.45) * k, (y - r * 0.1) * k);
        c.lineTo((x - r * 0.85) * k, (y - r * 0.1) * k);
        c.closePath();
      }, 0xc8553d);
      p.rect(x - r * 0.75, y + r * 0.05, r * 1.5, r * 0.8, 0xc8553d, INK, r * 0.25);
      for (let i = 0; i < 3; i++) p.circle(x - r * 0.4 + i * r * 0.4, y + r * 0.45, r * 0.1, WHITE, null);
      break;
    }
    case 'cost': {
      // a coin with a price stroke
      p.circle(x, y, r * 0.92, 0xe0a231);
      p.circle(x, y, r * 0.66, shade(0xe0a231, 0.2), null);
      p.lines([x, y - r * 0.45, x, y + r * 0.45], shade(0xe0a231, -0.45), 1.2);
      p.arc(x, y - r * 0.12, r * 0.28, Math.PI * 0.9, Math.PI * 2.2, shade(0xe0a231, -0.45), 1);
      break;
    }
    case 'simple': {
      // one big friendly button
      p.circle(x, y + r * 0.1, r * 0.92, 0x5e554c);
      p.circle(x, y - r * 0.05, r * 0.7, 0x3f9a5b);
      p.circle(x - r * 0.2, y - r * 0.25, r * 0.22, WHITE, null, 0.6);
      break;
    }
    case 'features': {
      // a lightning bolt: the newest, the fastest
      p.poly(
        [
          x + r * 0.2,
          y - r,
          x - r * 0.65,
          y + r * 0.15,
          x - r * 0.05,
          y + r * 0.15,
          x - r * 0.3,
          y + r,
          x + r * 0.7,
          y - r * 0.25,
          x + r * 0.08,
          y - r * 0.25,
        ],
        0xe0a231,
      );
      break;
    }
    default: {
      p.circle(x, y, r * 0.9, 0x4a78a8);
      p.arc(x, y - r * 0.25, r * 0.32, Math.PI * 1.05, Math.PI * 2.35, WHITE, 1.4);
      p.lines([x + r * 0.02, y + r * 0.05, x, y + r * 0.25], WHITE, 1.4);
      p.circle(x, y + r * 0.55, r * 0.09, WHITE, null);
    }
  }
}

export function exclamation(p: Pen, x: number, y: number, color: number): void {
  p.poly([x - 2.2, y - 7, x + 2.2, y - 7, x + 1.1, y + 2, x - 1.1, y + 2], color);
  p.circle(x, y + 5, 1.6, color);
}

export function dots(p: Pen, x: number, y: number): void {
  for (let i = -1; i <= 1; i++) p.circle(x + i * 4, y, 1.4, 0x5e554c, null);
}

export function tick(p: Pen, x: number, y: number, r: number): void {
  p.circle(x, y, r, 0x3f9a5b);
  p.lines([x - r * 0.45, y, x - r * 0.1, y + r * 0.38, x + r * 0.5, y - r * 0.35], WHITE, r * 0.28);
}

export function heart(p: Pen, x: number, y: number, r: number, color: number): void {
  p.path((c, k) => {
    c.moveTo(x * k, (y + r * 0.9) * k);
    c.bezierCurveTo(
      (x - r * 1.4) * k,
      (y - r * 0.1) * k,
      (x - r * 0.7) * k,
      (y - r * 1.2) * k,
      x * k,
      (y - r * 0.45) * k,
    );
    c.bezierCurveTo(
      (x + r * 0.7) * k,
      (y - r * 1.2) * k,
      (x + r * 1.4) * k,
      (y - r * 0.1) * k,
      x * k,
      (y + r * 0.9) * k,
    );
  }, color);
  p.circle(x - r * 0.45, y - r * 0.35, r * 0.18, WHITE, null, 0.7);
}

/** An irritated burst: a spiky red flash with a dark scribble in it. */
export function scribble(p: Pen, x: number, y: number, r: number, color: number): void {
  const pts: number[] = [];
  for (let i = 0; i < 18; i++) {
    const a = (i / 18) * Math.PI * 2;
    const rr = i % 2 === 0 ? r : r * 0.62;
    pts.push(x + Math.cos(a) * rr, y + Math.sin(a) * rr);
  }
  p.poly(pts, color);
  const s: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t = i / 8;
    s.push(x - r * 0.42 + t * r * 0.84, y + (i % 2 === 0 ? -1 : 1) * r * 0.22 + (t - 0.5) * r * 0.1);
  }
  p.lines(s, 0x2b2622, 1.1);
}

/** A small grey puff (a sigh; someone gave up waiting). */
export function puff(p: Pen, x: number, y: number, r: number): void {
  const c = 0xcfc8bd;
  p.circle(x - r * 0.5, y + r * 0.1, r * 0.55, c, shade(c, -0.3));
  p.circle(x + r * 0.45, y + r * 0.15, r * 0.5, c, shade(c, -0.3));
  p.circle(x, y - r * 0.25, r * 0.62, c, shade(c, -0.3));
  p.ellipse(x, y + r * 0.05, r * 0.8, r * 0.35, c, null);
}

/**
 * A price tag on its string, centred at (x, y), about 2r across: the bubble of a visitor who
 * asks about prices and delivery (unlike the cost need's coin, so the two cannot be confused).
 */
export function priceTag(p: Pen, x: number, y: number, r: number): void {
  const l = x - r * 0.95;
  const t = y - r * 0.55;
  const b = y + r * 0.55;
  const rr = x + r * 0.95;
  p.poly([l + r * 0.55, t, rr, t, rr, b, l + r * 0.55, b, l, y], 0x3f9a5b);
  p.circle(l + r * 0.5, y, r * 0.16, WHITE);
  p.lines([x - r * 0.1, y - r * 0.18, rr - r * 0.25, y - r * 0.18], WHITE, 1.1);
  p.lines([x - r * 0.1, y + r * 0.18, rr - r * 0.45, y + r * 0.18], WHITE, 1.1);
  p.lines([l + r * 0.5, y, l - r * 0.05, y - r * 0.75], INK, 0.8);
}

export function coin(p: Pen, x: number, y: number, r: number): void {
  p.circle(x, y, r, 0xe8b23a);
  p.circle(x, y, r * 0.68, 0xf6cf62, shade(0xe8b23a, -0.3));
  p.circle(x - r * 0.28, y - r * 0.3, r * 0.18, WHITE, null, 0.8);
}

export function contract(p: Pen, x: number, y: number, w: number, h: number): void {
  p.rect(x - w / 2, y - h / 2, w, h, WHITE, INK, 1);
  for (let i = 0; i < 3; i++)
    p.lines(
      [x - w * 0.3, y - h * 0.28 + i * h * 0.16, x + w * 0.3, y - h * 0.28 + i * h * 0.16],
      0x9bb0c8,
      0.7,
    );
  p.lines(
    [
      x - w * 0.3,
      y + h * 0.3,
      x - w * 0.1,
      y + h * 0.18,
      x + w * 0.05,
      y + h * 0.32,
      x + w * 0.3,
      y + h * 0.2,
    ],
    0x34507a,
    0.9,
  );
}

export function sparkle(p: Pen, x: number, y: number, r: number): void {
  p.poly(
    [
      x,
      y - r,
      x + r * 0.22,
      y - r * 0.22,
      x + r,
      y,
      x + r * 0.22,
      y + r * 0.22,
      x,
      y + r,
      x - r * 0.22,
      y + r * 0.22,
      x - r,
      y,
      x - r * 0.22,
      y - r * 0.22,
    ],
    0xfff3c4,
    null,
  );
  p.circle(x, y, r * 0.22, 0xffffff, null);
}

/** The spotlight: a soft cone of light, brightest at the top. (0,0) is the cell's top-left. */
export function spotCone(p: Pen, w: number, h: number): void {
  const c = p.ctx;
  const k = p.res;
  const g = c.createLinearGradient(0, 0, 0, h * k);
  g.addColorStop(0, 'rgba(255,246,214,0.75)');
  g.addColorStop(0.7, 'rgba(255,246,214,0.22)');
  g.addColorStop(1, 'rgba(255,246,214,0)');
  c.beginPath();
  c.moveTo((w / 2 - 5) * k, 0);
  c.lineTo((w / 2 + 5) * k, 0);
  c.lineTo(w * k, h * k);
  c.lineTo(0, h * k);
  c.closePath();
  c.fillStyle = g;
  c.fill();
}

/** A soft round glow (light pool on the floor, a lit window's halo). */
export function glow(p: Pen, w: number, h: number, color: string): void {
  const c = p.ctx;
  const k = p.res;
  const g = c.createRadialGradient((w / 2) * k, (h / 2) * k, 0, (w / 2) * k, (h / 2) * k, (w / 2) * k);
  g.addColorStop(0, color);
  g.addColorStop(1, 'rgba(255,255,255,0)');
  c.save();
  c.scale(1, h / w);
  c.fillStyle = g;
  c.fillRect(0, 0, w * k, w * k);
  c.restore();
}

export function ring(
  p: Pen,
  x: number,
  y: number,
  rx: number,
  ry: number,
  color: number,
  width: number,
  fillAlpha: number,
): void {
  if (fillAlpha > 0) p.ellipse(x, y, rx, ry, color, null, fillAlpha);
  const old = p.line;
  p.line = width;
  p.ellipse(x, y, rx, ry, null, color);
  p.line = old;
}

/** A marker above the selected visitor's head: a rounded pointer in our colour. */
export function pin(p: Pen, x: number, y: number, color: number): void {
  p.path((c, k) => {
    c.moveTo(x * k, (y + 7) * k);
    c.quadraticCurveTo((x - 7) * k, (y - 1) * k, (x - 6) * k, (y - 5) * k);
    c.arc(x * k, (y - 5) * k, 6 * k, Math.PI, 0);
    c.quadraticCurveTo((x + 7) * k, (y - 1) * k, x * k, (y + 7) * k);
    c.closePath();
  }, color);
  p.circle(x, y - 5, 2.4, 0xfffdf8, null);
}

export function envelope(p: Pen, x: number, y: number, w: number, h: number, color: number): void {
  p.rect(x - w / 2, y - h / 2, w, h, color, INK, 0.8);
  p.lines([x - w / 2 + 0.6, y - h / 2 + 0.6, x, y + h * 0.1, x + w / 2 - 0.6, y - h / 2 + 0.6], INK, 0.8);
  p.rect(x + w * 0.22, y - h * 0.36, w * 0.16, h * 0.26, 0xc8553d, null);
}

export function dot(p: Pen, x: number, y: number, r: number): void {
  p.circle(x, y, r, WHITE, null);
}
