// Drawing the hall's furniture and products: plinths with copiers (plain and the marketing
// director's glittering new models), the big showpiece, brochure stands, small tables, chairs,
// a sofa, plants, a coffee counter, a flip chart. Each draws with its base (floor contact) at
// (x, y) in world units.
import { mix, shade } from '../color';
import { INK, type Pen } from './pen';

const CREAM = 0xfbf5e8;
const BEIGE = 0xe6dcc6;
const GREY = 0xb9b4ab;
const WOOD = 0xb07c4f;
const LEAF = 0x4f8a4b;
const POT = 0xc8553d;

function copier(p: Pen, x: number, y: number, w: number, fancy: boolean): void {
  const h = w * 0.62;
  const top = y - h;
  // body
  p.rect(x - w / 2, top + h * 0.18, w, h * 0.82, fancy ? 0xf1f4f6 : BEIGE, INK, w * 0.06);
  p.rect(
    x - w / 2 + w * 0.08,
    top + h * 0.55,
    w * 0.84,
    h * 0.12,
    shade(fancy ? 0xdfe6ea : BEIGE, -0.12),
    INK,
    1,
  );
  p.rect(
    x - w / 2 + w * 0.08,
    top + h * 0.74,
    w * 0.84,
    h * 0.12,
    shade(fancy ? 0xdfe6ea : BEIGE, -0.12),
    INK,
    1,
  );
  // lid and glass
  p.rect(x - w / 2 - w * 0.03, top + h * 0.06, w * 1.06, h * 0.16, fancy ? 0xdfe6ea : GREY, INK, 1.5);
  // control panel and light
  p.rect(x + w * 0.12, top + h * 0.3, w * 0.3, h * 0.16, 0x5e554c, INK, 1);
  p.circle(x + w * 0.18, top + h * 0.38, w * 0.035, fancy ? 0xe0a231 : 0x3f9a5b, null);
  // paper tray
  p.poly(
    [
      x - w / 2,
      top + h * 0.32,
      x - w / 2 - w * 0.22,
      top + h * 0.38,
      x - w / 2 - w * 0.2,
      top + h * 0.46,
      x - w / 2,
      top + h * 0.44,
    ],
    0xffffff,
  );
  if (fancy) {
    // the built-in radio: antenna and a speaker grille
    p.lines([x - w * 0.3, top + h * 0.08, x - w * 0.42, top - h * 0.55], INK, 1);
    p.circle(x - w * 0.42, top - h * 0.55, 1.2, 0xc8553d);
    for (let i = 0; i < 3; i++)
      p.lines([x - w * 0.34, top + h * 0.3 + i * 2.2, x - w * 0.1, top + h * 0.3 + i * 2.2], INK, 0.7);
    starburst(p, x + w * 0.42, top + h * 0.12, w * 0.2, 0xe0a231);
  }
}

/** A spiky sticker. */
export function starburst(p: Pen, x: number, y: number, r: number, color: number): void {
  const pts: number[] = [];
  for (let i = 0; i < 16; i++) {
    const a = (i / 16) * Math.PI * 2;
    const rr = i % 2 === 0 ? r : r * 0.68;
    pts.push(x + Math.cos(a) * rr, y + Math.sin(a) * rr);
  }
  p.poly(pts, color);
  p.circle(x, y, r * 0.35, 0xffffff, null, 0.8);
}

function plinth(p: Pen, x: number, y: number, w: number, h: number, color: number): number {
  p.shadow(x, y - 0.5, w * 0.62, 3);
  const top = y - h;
  p.rect(x - w / 2, top, w, h, color, INK, 1);
  p.rect(x - w / 2, top, w * 0.25, h, shade(color, -0.08), null);
  p.rect(x - w / 2, top, w, h, null, INK, 1);
  p.rect(x - w / 2 - 1.5, top - 3, w + 3, 4, shade(color, 0.3), INK, 1.5);
  return top - 3;
}

export function plinthCopier(p: Pen, x: number, y: number, fancy: boolean): void {
  const top = plinth(p, x, y, 20, 16, CREAM);
  copier(p, x, top + 0.5, 17, fancy);
}

export function showpiece(p: Pen, x: number, y: number, fancy: boolean): void {
  p.shadow(x, y - 2, 34, 7, 0.18);
  p.ellipse(x, y - 6, 32, 8, shade(CREAM, -0.1));
  p.rect(x - 32, y - 12, 64, 6, shade(CREAM, -0.1), null);
  p.lines([x - 32, y - 12, x - 32, y - 6], INK, 1);
  p.lines([x + 32, y - 12, x + 32, y - 6], INK, 1);
  p.ellipse(x, y - 12, 32, 8, CREAM);
  p.ellipse(x, y - 12, 24, 5.5, fancy ? 0xfdf0c8 : 0xf2eadb, null);
  copier(p, x, y - 13, 34, fancy);
}

export function brochureStand(p: Pen, x: number, y: number, accent: number): void {
  p.shadow(x, y - 0.5, 8, 2);
  p.lines([x - 5, y, x - 4, y - 24], INK, 1.4);
  p.lines([x + 5, y, x + 4, y - 24], INK, 1.4);
  p.rect(x - 6.5, y - 26, 13, 22, mix(GREY, 0xffffff, 0.4), INK, 1);
  const colors = [accent, 0xe0a231, 0x4a78a8, 0xc8553d, 0x3f9a5b, 0xfbf5e8];
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 2; c++) {
      const col = colors[(r * 2 + c) % colors.length] as number;
      p.rect(x - 5.2 + c * 5.4, y - 24.5 + r * 7, 4.6, 6, col, INK, 0.5);
    }
  }
}

export function table(p: Pen, x: number, y: number): void {
  p.shadow(x, y - 0.5, 10, 2.5);
  p.lines([x, y - 2, x, y - 12], INK, 2.2);
  p.lines([x, y - 2, x, y - 12], 0x5e554c, 1);
  p.ellipse(x, y - 1.5, 6, 1.6, 0x5e554c);
  p.ellipse(x, y - 12.5, 11, 4, shade(WOOD, -0.2));
  p.ellipse(x, y - 13.5, 11, 4, WOOD);
  // two coffee cups and a sheet of notes
  p.rect(x - 2, y - 15.6, 6, 3.6, 0xffffff, INK, 0.4);
  p.rect(x - 7.5, y - 17.5, 3, 3.2, 0xffffff, INK, 0.6);
  p.rect(x + 5, y - 17, 3, 3.2, 0xffffff, INK, 0.6);
}

export function chair(p: Pen, x: number, y: number, color: number): void {
  p.shadow(x, y - 0.5, 9, 2.2);
  p.lines([x - 6, y, x - 5.5, y - 10], INK, 1.2);
  p.lines([x + 6, y, x + 5.5, y - 10], INK, 1.2);
  p.rect(x - 8, y - 29, 16, 16, color, INK, 4);
  p.rect(x - 8, y - 29, 4, 16, shade(color, -0.12), null, 2);
  p.rect(x - 8, y - 29, 16, 16, null, INK, 4);
  p.rect(x - 9, y - 13.5, 18, 4.5, shade(color, 0.12), INK, 2);
}

export function sofa(p: Pen, x: number, y: number, color: number): void {
  p.shadow(x, y - 1, 38, 4);
  p.rect(x - 36, y - 30, 72, 20, color, INK, 6);
  p.rect(x - 36, y - 30, 72, 6, shade(color, 0.15), null, 4);
  p.rect(x - 36, y - 30, 72, 20, null, INK, 6);
  p.rect(x - 33, y - 15, 66, 11, shade(color, -0.08), INK, 3);
  p.lines([x, y - 15, x, y - 4], INK, 0.8);
  p.rect(x - 40, y - 22, 8, 20, shade(color, -0.15), INK, 3);
  p.rect(x + 32, y - 22, 8, 20, shade(color, -0.15), INK, 3);
  p.rect(x - 26, y - 25, 10, 9, 0xe0a231, INK, 2);
  p.rect(x + 15, y - 25, 10, 9, 0x4a78a8, INK, 2);
}

export function plant(p: Pen, x: number, y: number): void {
  p.shadow(x, y - 0.5, 8, 2.2);
  const leaves: [number, number, number, number][] = [
    [-6, -22, 3, 9],
    [6, -23, 3, 9],
    [-2, -30, 3, 10],
    [3, -29, 2.6, 9],
    [-8, -15, 3.4, 6],
    [8, -15, 3.4, 6],
  ];
  for (const [dx, dy, rx, ry] of leaves) p.ellipse(x + dx, y + dy, rx, ry, dx < 0 ? LEAF : shade(LEAF, 0.15));
  p.poly([x - 7, y - 13, x + 7, y - 13, x + 5.5, y, x - 5.5, y], POT);
  p.rect(x - 8, y - 15, 16, 3.5, shade(POT, 0.1), INK, 1);
}

export function coffeeCounter(p: Pen, x: number, y: number, color: number): void {
  p.shadow(x, y - 0.5, 22, 3);
  p.rect(x - 20, y - 22, 40, 22, color, INK, 2);
  p.rect(x - 20, y - 22, 40, 22, null, INK, 2);
  p.rect(x - 22, y - 25, 44, 4, 0xf2eadb, INK, 1.5);
  // machine
  p.rect(x - 14, y - 40, 13, 16, 0x5e554c, INK, 2);
  p.rect(x - 11.5, y - 31, 8, 5, 0x2b2622, null);
  p.circle(x - 4, y - 37, 1, 0xc8553d, null);
  // cups and a jug
  for (let i = 0; i < 3; i++) p.rect(x + 2 + i * 5, y - 29, 3.6, 4, 0xffffff, INK, 0.6);
  p.rect(x + 9, y - 36, 6, 7, 0xdbe8ee, INK, 1.5);
}

export function flipchart(p: Pen, x: number, y: number): void {
  p.shadow(x, y - 0.5, 9, 2);
  p.lines([x - 7, y, x - 4, y - 30], INK, 1.4);
  p.lines([x + 7, y, x + 4, y - 30], INK, 1.4);
  p.lines([x, y - 2, x, y - 20], INK, 1.2);
  p.rect(x - 10, y - 40, 20, 24, 0xffffff, INK, 1);
  p.rect(x - 10.5, y - 41.5, 21, 3, 0x5e554c, INK, 1);
  // notes of what customers said: ticks and scribbles
  p.lines([x - 7, y - 34, x - 1, y - 34], 0x4a78a8, 0.8);
  p.lines([x - 7, y - 30, x + 4, y - 30], 0x4a78a8, 0.8);
  p.lines([x - 7, y - 26, x + 2, y - 26], 0x4a78a8, 0.8);
  p.lines([x + 3.5, y - 35, x + 5, y - 33.5, x + 7.5, y - 36.5], 0x3f9a5b, 0.9);
  p.lines([x + 5.5, y - 23, x + 7, y - 21.5, x + 9, y - 24.5], 0x3f9a5b, 0.9);
}

export function floorLamp(p: Pen, x: number, y: number): void {
  p.shadow(x, y - 0.5, 6, 1.8);
  p.ellipse(x, y - 1, 4.5, 1.4, 0x5e554c);
  p.lines([x, y - 1, x, y - 40], INK, 1.6);
  p.poly([x - 7, y - 38, x + 7, y - 38, x + 4.5, y - 48, x - 4.5, y - 48], 0xf6d58a);
}
