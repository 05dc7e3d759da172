// The fair hall's big pictures: the floor with its aisles, the hall's back wall with tall
// windows and banners (one texture, baked at boot), and each booth's carpet, back wall and
// name board (baked whenever the booths change: a new season, another language).
import { mix, shade } from '../color';
import type { BoothBox } from '../layout/hall-layout';
import {
  CROSS_X,
  ENTRANCE_X,
  FLOOR_TOP,
  FRONT_BAND,
  HALL_H,
  HALL_W,
  MAIN_BAND,
  PANEL_H,
} from '../layout/hall-layout';
import { INK, type Pen } from './pen';

/** Extra floor drawn around the hall so any screen shape shows floor, not void. */
export const HALL_MARGIN = 320;
/** The colour the world's surroundings fade to (also the cameras' background). */
export const WORLD_EDGE = 0x3a332e;

/** Darkens the margins around a world of w x h towards WORLD_EDGE (origin at the world's 0,0). */
export function fadeMargins(p: Pen, w: number, h: number, margin: number, top: boolean): void {
  const c = p.ctx;
  const k = p.res;
  const fade = (
    x0: number,
    y0: number,
    x1: number,
    y1: number,
    gx0: number,
    gy0: number,
    gx1: number,
    gy1: number,
  ) => {
    const g = c.createLinearGradient(gx0 * k, gy0 * k, gx1 * k, gy1 * k);
    g.addColorStop(0, 'rgba(58,51,46,0)');
    g.addColorStop(0.35, 'rgba(58,51,46,0.3)');
    g.addColorStop(1, 'rgba(58,51,46,1)');
    c.fillStyle = g;
    c.fillRect(x0 * k, y0 * k, (x1 - x0) * k, (y1 - y0) * k);
  };
  fade(-margin, -margin, 0, h + margin, 0, 0, -margin, 0);
  fade(w, -margin, w + margin, h + margin, w, 0, w + margin, 0);
  fade(-margin, h, w + margin, h + margin, 0, h, 0, h + margin);
  if (top) fade(-margin, -margin, w + margin, 0, 0, 0, 0, -margin);
}

const PAPER = 0xf4ecdf;
const PAPER_DEEP = 0xe8dcc7;
const CARPET = 0xc8553d;
const TEAL = 0x2f7d6d;
const MUSTARD = 0xe0a231;
const CALM = 0x4a78a8;

function runner(p: Pen, x: number, y: number, w: number, h: number): void {
  const base = mix(0xb56a55, PAPER, 0.66);
  p.rect(x, y, w, h, base, null);
  p.rect(x, y, w, h, null, shade(base, -0.18), 0);
  const inset = 5;
  p.rect(x + inset, y + inset, w - inset * 2, h - inset * 2, null, mix(base, 0xffffff, 0.3), 0);
}

/** Draws the whole hall backdrop; (0,0) of the world is at (HALL_MARGIN, HALL_MARGIN). */
export function drawHallFloor(p: Pen): void {
  const M = HALL_MARGIN;
  const W = HALL_W + M * 2;
  const H = HALL_H + M * 2;
  const c = p.ctx;
  p.save();
  // floor
  p.rect(0, 0, W, H, mix(PAPER_DEEP, PAPER, 0.35), null);
  p.at(M, M);
  p.line = 0.8;
  for (let x = -M; x < HALL_W + M; x += 60)
    p.lines([x, FLOOR_TOP, x, HALL_H + M], mix(PAPER_DEEP, INK, 0.07), 0.8);
  for (let y = FLOOR_TOP + 40; y < HALL_H + M; y += 40)
    p.lines([-M, y, HALL_W + M, y], mix(PAPER_DEEP, INK, 0.07), 0.8);
  // light pools from the ceiling lamps
  for (let i = 0; i < 5; i++) {
    for (const y of [400, 740]) {
      const x = 120 + i * 240;
      const g = c.createRadialGradient(x * p.res, y * p.res, 0, x * p.res, y * p.res, 150 * p.res);
      g.addColorStop(0, 'rgba(255,250,232,0.55)');
      g.addColorStop(1, 'rgba(255,250,232,0)');
      c.fillStyle = g;
      c.fillRect((x - 150) * p.res, (y - 150) * p.res, 300 * p.res, 300 * p.res);
    }
  }
  // aisles: main, front, the cross aisles and the entrance runner
  runner(p, -M, MAIN_BAND.y0 - 22, HALL_W + M * 2, MAIN_BAND.y1 - MAIN_BAND.y0 + 40);
  runner(p, -M, FRONT_BAND.y0 - 14, HALL_W + M * 2, FRONT_BAND.y1 - FRONT_BAND.y0 + 26);
  for (const x of CROSS_X) {
    const w = x === ENTRANCE_X ? 88 : 56;
    runner(p, x - w / 2, MAIN_BAND.y1 + 14, w, FRONT_BAND.y0 - MAIN_BAND.y1 - 24);
  }
  runner(p, ENTRANCE_X - 48, FRONT_BAND.y1 + 8, 96, M + 60);
  // the entrance: brass posts and a rope on either side, a doormat
  p.rect(ENTRANCE_X - 40, HALL_H - 26, 80, 22, 0x8a5a3a, INK, 3);
  for (let i = 0; i < 6; i++)
    p.lines(
      [ENTRANCE_X - 34 + i * 13, HALL_H - 22, ENTRANCE_X - 30 + i * 13, HALL_H - 8],
      shade(0x8a5a3a, 0.2),
      2,
    );
  for (const side of [-1, 1]) {
    const px = ENTRANCE_X + side * 62;
    p.lines([px, HALL_H - 14, px + side * 70, HALL_H - 14], 0x8e3b46, 2.6);
    for (const dx of [0, side * 70]) {
      p.shadow(px + dx, HALL_H - 2, 6, 2);
      p.rect(px + dx - 2, HALL_H - 26, 4, 24, MUSTARD, INK, 1);
      p.circle(px + dx, HALL_H - 27, 3, shade(MUSTARD, 0.2));
    }
  }
  drawBackWall(p);
  // the world's surroundings fade into the dark, so the hall reads as the place
  fadeMargins(p, HALL_W, HALL_H, M, true);
  p.restore();
}

function drawBackWall(p: Pen): void {
  const M = HALL_MARGIN;
  const wall = 0xdccbb0;
  // ceiling and trusses
  p.rect(-M, -M, HALL_W + M * 2, M - 10, 0x4a4038, null);
  for (let x = -M; x < HALL_W + M; x += 80) {
    p.lines([x, -M + 20, x + 40, -40, x + 80, -M + 20], 0x6a5e52, 2);
  }
  p.lines([-M, -40, HALL_W + M, -40], 0x6a5e52, 3);
  // wall
  p.rect(-M, -10, HALL_W + M * 2, FLOOR_TOP + 10, wall, null);
  p.rect(-M, FLOOR_TOP - 16, HALL_W + M * 2, 16, shade(wall, -0.1), null);
  p.lines([-M, FLOOR_TOP, HALL_W + M, FLOOR_TOP], INK, 1.6);
  p.lines([-M, FLOOR_TOP - 16, HALL_W + M, FLOOR_TOP - 16], shade(wall, -0.25), 1);
  // tall windows with a pale autumn sky
  const c = p.ctx;
  for (let x = -M + 30; x < HALL_W + M; x += 150) {
    const wx = x;
    const wy = -4;
    const ww = 96;
    const wh = 90;
    const g = c.createLinearGradient(0, wy * p.res, 0, (wy + wh) * p.res);
    g.addColorStop(0, '#a9c7d6');
    g.addColorStop(1, '#e6eee8');
    p.rect(wx, wy, ww, wh, g, INK, 2);
    p.rect(wx, wy, ww, wh, null, 0xf8f2e6, 2);
    p.lines([wx + ww / 2, wy, wx + ww / 2, wy + wh], 0xf8f2e6, 3);
    p.lines([wx, wy + wh * 0.45, wx + ww, wy + wh * 0.45], 0xf8f2e6, 3);
    p.rect(wx, wy, ww, wh, null, INK, 2);
    p.rect(wx - 4, wy + wh, ww + 8, 5, shade(wall, 0.2), INK, 1);
  }
  // hanging banners in the fair's colours
  const colors = [TEAL, MUSTARD, CARPET, CALM, 0x8e3b46];
  let i = 0;
  for (let x = -M + 153; x < HALL_W + M; x += 150) {
    const col = colors[i++ % colors.length] as number;
    const bx = x;
    p.lines([bx - 11, -40, bx - 11, -30], INK, 1);
    p.lines([bx + 11, -40, bx + 11, -30], INK, 1);
    p.poly([bx - 13, -30, bx + 13, -30, bx + 13, 58, bx, 68, bx - 13, 58], col);
    // a 90s pattern: triangles and a squiggle
    p.poly([bx - 8, -18, bx + 8, -18, bx, -4], mix(col, 0xffffff, 0.45), null);
    p.circle(bx, 14, 5, mix(col, 0xffffff, 0.6), null);
    p.lines([bx - 8, 36, bx - 4, 30, bx, 36, bx + 4, 30, bx + 8, 36], 0xffffff, 1.6);
  }
}

export interface BoothArt {
  box: BoothBox;
  color: number;
  name: string;
  focus: 'display' | 'conversation';
  font: string;
}

/** The booth texture's size in world units; the image goes at (box.x - 4, box.y - PANEL_H - 4). */
export function boothArtSize(box: BoothBox): { w: number; h: number } {
  return { w: box.w + 8, h: box.h + PANEL_H + 8 };
}

/** Carpet, frame, back wall and name board of a booth (an octanorm-style stand). */
export function drawBooth(p: Pen, a: BoothArt): void {
  const { box, color } = a;
  const ox = 4;
  const oy = PANEL_H + 4;
  const w = box.w;
  const h = box.h;
  const post = 0xf6f3ee;
  // carpet
  const carpet = a.focus === 'display' ? mix(color, 0xf2ede4, 0.72) : mix(0xd9b98f, color, 0.18);
  p.rect(ox, oy, w, h, carpet, INK, 0);
  if (a.focus === 'display') {
    for (let x = -h; x < w; x += 14)
      p.lines(
        [ox + Math.max(0, x), oy + Math.max(0, -x), ox + Math.min(w, x + h), oy + Math.min(h, w - x)],
        shade(carpet, -0.05),
        3,
      );
  } else {
    // a round rug with a fringe, where people sit
    const rx = w * 0.38;
    const ry = h * 0.3;
    const cy = oy + h * 0.6;
    for (let i = 0; i < 40; i++) {
      const t = (i / 40) * Math.PI * 2;
      p.lines(
        [
          ox + w / 2 + Math.cos(t) * rx,
          cy + Math.sin(t) * ry,
          ox + w / 2 + Math.cos(t) * (rx + 3),
          cy + Math.sin(t) * (ry + 3),
        ],
        0xf2ead6,
        1,
      );
    }
    p.ellipse(ox + w / 2, cy, rx, ry, 0xb5573f, INK);
    p.ellipse(ox + w / 2, cy, rx * 0.8, ry * 0.76, 0xe0a231, null);
    p.ellipse(ox + w / 2, cy, rx * 0.6, ry * 0.54, 0x2f7d6d, null);
    p.ellipse(ox + w / 2, cy, rx * 0.38, ry * 0.32, 0xf2ead6, null);
  }
  p.rect(ox, oy, w, h, null, shade(carpet, -0.25), 0);
  p.lines([ox, oy + h, ox + w, oy + h], shade(carpet, -0.35), 2.5);
  // side partitions
  const sideH = 34;
  for (const sx of [ox, ox + w - 5]) {
    p.rect(sx, oy - sideH, 5, h * 0.55 + sideH - 4, mix(color, 0xffffff, 0.55), INK, 0);
    p.lines([sx + 2.5, oy - sideH, sx + 2.5, oy + h - 2], post, 1.6);
    p.rect(sx - 0.5, oy + h * 0.55 - 8, 6, 9, mix(color, 0xffffff, 0.55), INK, 0);
  }
  for (const sx of [ox, ox + w - 4]) p.rect(sx, oy + h - 40, 4, 40, post, INK, 1.5);
  // back wall: panels between white posts
  const wallTop = 4 + 22;
  const panel = a.focus === 'display' ? mix(color, 0xffffff, 0.22) : mix(0xf2ead6, color, 0.12);
  p.rect(ox, wallTop, w, oy - wallTop, panel, INK, 0);
  const bays = Math.max(2, Math.round(w / 90));
  for (let i = 0; i <= bays; i++) {
    const x = ox + (w * i) / bays;
    p.rect(x - 2, wallTop, 4, oy - wallTop, post, INK, 0);
  }
  // what is on the wall
  if (a.focus === 'display') {
    // a poster of the copier, rays behind it
    const px = ox + w * 0.5;
    const py = wallTop + (oy - wallTop) * 0.5;
    for (let i = 0; i < 12; i++) {
      const t = (i / 12) * Math.PI * 2;
      p.poly(
        [
          px,
          py,
          px + Math.cos(t) * 40,
          py + Math.sin(t) * 26,
          px + Math.cos(t + 0.2) * 40,
          py + Math.sin(t + 0.2) * 26,
        ],
        mix(color, 0xffffff, 0.42),
        null,
      );
    }
    p.rect(px - 14, py - 10, 28, 20, 0xf2eadb, INK, 2);
    p.rect(px - 15.5, py - 13, 31, 5, 0xb9b4ab, INK, 1.5);
    p.rect(px - 10, py - 2, 20, 3, shade(0xf2eadb, -0.15), null);
    p.rect(px - 10, py + 4, 20, 3, shade(0xf2eadb, -0.15), null);
  } else {
    // two overlapping speech bubbles: a conversation
    const px = ox + w * 0.5;
    const py = wallTop + (oy - wallTop) * 0.46;
    p.rect(px - 30, py - 14, 34, 20, mix(color, 0xffffff, 0.15), INK, 6);
    p.poly([px - 22, py + 5, px - 14, py + 5, px - 24, py + 13], mix(color, 0xffffff, 0.15), null);
    p.rect(px - 4, py - 6, 34, 20, 0xfffdf8, INK, 6);
    p.poly([px + 14, py + 13, px + 22, py + 13, px + 24, py + 21], 0xfffdf8, null);
    for (let i = 0; i < 3; i++) p.circle(px + 6 + i * 7, py + 4, 1.6, color, null);
  }
  // the name board on top
  p.rect(ox - 2, 4, w + 4, 24, color, INK, 1);
  p.rect(ox - 2, 4, w + 4, 4, mix(color, 0xffffff, 0.3), null);
  p.rect(ox - 2, 4, w + 4, 24, null, INK, 1);
  const light = (((color >> 16) & 255) * 0.299 + ((color >> 8) & 255) * 0.587 + (color & 255) * 0.114) / 255;
  const ink = light > 0.62 ? INK : 0xfffdf8;
  const c = p.ctx;
  let size = 15;
  c.font = `600 ${size * p.res}px ${a.font}`;
  const maxW = (w - 16) * p.res;
  const measured = c.measureText(a.name).width;
  if (measured > maxW) size = Math.max(7, (size * maxW) / measured);
  c.font = `600 ${Math.round(size * p.res)}px ${a.font}`;
  c.textAlign = 'center';
  c.textBaseline = 'middle';
  c.fillStyle = `#${ink.toString(16).padStart(6, '0')}`;
  c.fillText(a.name, (ox + w / 2) * p.res, (4 + 13) * p.res);
}
