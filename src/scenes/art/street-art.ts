// The street of the weeks after: the sky, the pavements and the road (baked once), the
// offices (baked per layout, with the company's colour and name), and the small things on it:
// windows, mailboxes, trees, street lamps, clouds.
import { mix, shade } from '../color';
import type { BuildingBox } from '../layout/street-layout';
import { GROUND_Y, ROAD_BOTTOM, ROAD_TOP, STREET_H, STREET_W } from '../layout/street-layout';
import { fadeMargins } from './hall-art';
import { INK, type Pen } from './pen';

export const STREET_MARGIN = 320;

export function drawStreetBg(p: Pen): void {
  const M = STREET_MARGIN;
  const W = STREET_W + M * 2;
  const c = p.ctx;
  const k = p.res;
  const sky = c.createLinearGradient(0, 0, 0, (GROUND_Y + M) * k);
  sky.addColorStop(0, '#7fa3bd');
  sky.addColorStop(0.55, '#c9d9d8');
  sky.addColorStop(1, '#f3dcc0');
  c.fillStyle = sky;
  c.fillRect(0, 0, W * k, (GROUND_Y + M) * k);
  p.save();
  p.at(M, M);
  // a far skyline
  const far = 0xb9c4c4;
  let x = -M;
  let i = 0;
  while (x < STREET_W + M) {
    const w = 40 + ((i * 37) % 50);
    const h = 60 + ((i * 53) % 110);
    p.rect(x, GROUND_Y - 40 - h, w, h + 40, far, null);
    for (let wy = GROUND_Y - 30 - h; wy < GROUND_Y - 50; wy += 14) {
      for (let wx = x + 6; wx < x + w - 8; wx += 11) p.rect(wx, wy, 5, 6, mix(far, 0xffffff, 0.35), null);
    }
    x += w + 4;
    i++;
  }
  // pavement
  p.rect(-M, GROUND_Y, STREET_W + M * 2, ROAD_TOP - GROUND_Y, 0xd8cdbb, null);
  for (let sx = -M; sx < STREET_W + M; sx += 36)
    p.lines([sx, GROUND_Y, sx - 10, ROAD_TOP - 6], shade(0xd8cdbb, -0.08), 1);
  p.lines([-M, GROUND_Y + 30, STREET_W + M, GROUND_Y + 30], shade(0xd8cdbb, -0.08), 1);
  p.lines([-M, GROUND_Y + 60, STREET_W + M, GROUND_Y + 60], shade(0xd8cdbb, -0.08), 1);
  p.rect(-M, ROAD_TOP - 6, STREET_W + M * 2, 6, 0xb9ae9c, null);
  p.lines([-M, ROAD_TOP, STREET_W + M, ROAD_TOP], INK, 1.2);
  // road with a dashed centre line and a bicycle lane
  p.rect(-M, ROAD_TOP, STREET_W + M * 2, ROAD_BOTTOM - ROAD_TOP, 0x5f6468, null);
  p.rect(-M, ROAD_TOP, STREET_W + M * 2, 26, 0x9a5a4a, null);
  for (let dx = -M; dx < STREET_W + M; dx += 60)
    p.rect(dx, (ROAD_TOP + 26 + ROAD_BOTTOM) / 2 - 2, 30, 4, 0xf2ead6, null);
  p.lines([-M, ROAD_BOTTOM, STREET_W + M, ROAD_BOTTOM], INK, 1.2);
  p.rect(-M, ROAD_BOTTOM, STREET_W + M * 2, STREET_H + M - ROAD_BOTTOM, 0xd8cdbb, null);
  for (let sx = -M; sx < STREET_W + M; sx += 36)
    p.lines([sx, ROAD_BOTTOM + 4, sx - 10, STREET_H + M], shade(0xd8cdbb, -0.08), 1);
  fadeMargins(p, STREET_W, STREET_H, M, false);
  p.restore();
}

export interface BuildingArt {
  box: BuildingBox;
  color: number;
  name: string;
  font: string;
  ours: boolean;
}

/** Size of a building texture (world units); it is placed at (box.x - 10, box.y - 26). */
export function buildingArtSize(b: BuildingBox): { w: number; h: number } {
  return { w: b.w + 20, h: b.h + 26 + 4 };
}

export function drawBuilding(p: Pen, a: BuildingArt): void {
  const b = a.box;
  const ox = 10;
  const oy = 26;
  const facade = a.ours ? mix(0xe9dcc4, a.color, 0.12) : mix(0xe2d6c4, a.color, 0.2);
  // roof edge and facade
  p.rect(ox, oy, b.w, b.h, facade, INK, 0);
  p.rect(ox, oy, b.w * 0.18, b.h, shade(facade, -0.05), null);
  p.rect(ox, oy, b.w, b.h, null, INK, 0);
  p.rect(ox - 5, oy - 8, b.w + 10, 10, shade(facade, -0.25), INK, 1);
  // brick courses
  for (let y = oy + 14; y < oy + b.h - 4; y += 12)
    p.lines([ox + 2, y, ox + b.w - 2, y], shade(facade, -0.06), 0.8);
  // name board on the roof
  const boardW = Math.min(b.w - 10, 180);
  p.rect(ox + (b.w - boardW) / 2, oy - 26, boardW, 18, a.color, INK, 3);
  const c = p.ctx;
  let size = 12;
  c.font = `600 ${size * p.res}px ${a.font}`;
  const maxW = (boardW - 10) * p.res;
  const mw = c.measureText(a.name).width;
  if (mw > maxW) size = Math.max(6, (size * maxW) / mw);
  c.font = `600 ${Math.round(size * p.res)}px ${a.font}`;
  c.textAlign = 'center';
  c.textBaseline = 'middle';
  const light =
    (((a.color >> 16) & 255) * 0.299 + ((a.color >> 8) & 255) * 0.587 + (a.color & 255) * 0.114) / 255;
  c.fillStyle = light > 0.62 ? '#2b2622' : '#fffdf8';
  c.fillText(a.name, (ox + b.w / 2) * p.res, (oy - 17) * p.res);
  // ground floor: door, awning in the company colour, a display window
  const gy = oy + b.h;
  const dx = b.door.x - b.x + ox;
  p.rect(dx - 12, gy - 44, 24, 44, shade(a.color, -0.35), INK, 2);
  p.rect(dx - 9, gy - 40, 8, 30, mix(0xbcd3dc, 0xffffff, 0.2), INK, 1);
  p.rect(dx + 1, gy - 40, 8, 30, mix(0xbcd3dc, 0xffffff, 0.2), INK, 1);
  p.circle(dx + 6, gy - 20, 1, 0xe0a231, null);
  p.rect(dx - 16, gy - 2, 32, 3, 0xb9ae9c, INK, 0);
  const aw = b.w * 0.42;
  const ax = Math.min(ox + b.w - aw - 8, dx + 22);
  p.rect(ax, gy - 40, aw, 32, mix(0xbcd3dc, 0xffffff, 0.35), INK, 1);
  for (let i = 0; i < 6; i++) {
    const col = i % 2 === 0 ? a.color : 0xfffdf8;
    p.poly(
      [
        ax - 3 + (i * (aw + 6)) / 6,
        gy - 52,
        ax - 3 + ((i + 1) * (aw + 6)) / 6,
        gy - 52,
        ax - 3 + ((i + 1) * (aw + 6)) / 6,
        gy - 44,
        ax - 3 + (i * (aw + 6)) / 6,
        gy - 44,
      ],
      col,
      null,
    );
  }
  p.rect(ax - 3, gy - 52, aw + 6, 8, null, INK, 0);
  if (a.ours) {
    // a little plant in the window: this office listens
    p.rect(ax + aw / 2 - 4, gy - 18, 8, 8, 0xc8553d, INK, 1);
    p.ellipse(ax + aw / 2 - 3, gy - 22, 2.4, 4, 0x4f8a4b);
    p.ellipse(ax + aw / 2 + 3, gy - 22, 2.4, 4, 0x4f8a4b);
  } else {
    // a copier in the window
    p.rect(ax + aw / 2 - 8, gy - 22, 16, 12, 0xe6dcc6, INK, 1);
    p.rect(ax + aw / 2 - 9, gy - 24, 18, 3, 0xb9b4ab, INK, 1);
  }
}

export function windowPane(p: Pen, w: number, h: number, lit: boolean): void {
  const frame = 0xf6f0e4;
  p.rect(1, 1, w - 2, h - 2, frame, INK, 1);
  const glass = lit ? 0xf6d78a : 0x5d6f7c;
  p.rect(3, 3, w - 6, h - 6, glass, null);
  if (lit) {
    p.rect(3, 3, w - 6, (h - 6) * 0.4, mix(glass, 0xffffff, 0.35), null);
    // a desk lamp glow and a silhouette of someone at work
    p.circle(w * 0.62, h * 0.62, w * 0.16, shade(glass, -0.35), null);
    p.rect(w * 0.46, h * 0.72, w * 0.32, h * 0.3, shade(glass, -0.35), null, 2);
  } else {
    p.lines([4, h * 0.7, w * 0.45, 4], mix(glass, 0xffffff, 0.2), 1);
  }
  p.lines([w / 2, 3, w / 2, h - 3], frame, 1.4);
  p.rect(1, 1, w - 2, h - 2, null, INK, 1);
}

/** A white pane: the CEO's window, tinted by his mood. */
export function ceoPane(p: Pen, w: number, h: number): void {
  p.rect(1, 1, w - 2, h - 2, 0xf6f0e4, INK, 1);
  p.rect(3, 3, w - 6, h - 6, 0xffffff, null);
  p.lines([w / 2, 3, w / 2, h - 3], 0xf6f0e4, 1.4);
  p.rect(1, 1, w - 2, h - 2, null, INK, 1);
}

/** The CEO behind his window: a silhouette with glasses and a tie. */
export function ceoSilhouette(p: Pen, w: number, h: number): void {
  const s = 0x3a3038;
  p.circle(w / 2, h * 0.36, w * 0.2, s, null);
  p.rect(w * 0.18, h * 0.56, w * 0.64, h * 0.44, s, null, 3);
  p.lines([w * 0.38, h * 0.36, w * 0.62, h * 0.36], 0xf6d78a, 0.8);
  p.poly([w * 0.47, h * 0.58, w * 0.53, h * 0.58, w * 0.55, h * 0.85, w * 0.45, h * 0.85], 0x8e3b46, null);
}

export function mailbox(p: Pen, x: number, y: number, color: number): void {
  p.shadow(x, y - 0.5, 8, 2);
  p.lines([x, y, x, y - 18], INK, 2.6);
  p.lines([x, y, x, y - 18], 0x5e554c, 1.2);
  p.rect(x - 9, y - 32, 18, 15, color, INK, 3);
  p.rect(x - 9, y - 32, 18, 5, shade(color, 0.2), null, 2);
  p.rect(x - 9, y - 32, 18, 15, null, INK, 3);
  p.rect(x - 5, y - 26, 10, 2, INK, null);
}

export function mailFlag(p: Pen, x: number, y: number): void {
  p.lines([x, y, x, y - 12], INK, 1.2);
  p.poly([x, y - 12, x + 7, y - 10, x, y - 7.5], 0xc8553d);
}

export function tree(p: Pen, x: number, y: number): void {
  p.shadow(x, y - 1, 16, 3.5);
  p.rect(x - 3, y - 28, 6, 28, 0x7a5236, INK, 1);
  const g = 0x5f8f55;
  p.circle(x - 12, y - 40, 12, g);
  p.circle(x + 12, y - 42, 12, shade(g, 0.08));
  p.circle(x, y - 54, 15, shade(g, 0.12));
  p.circle(x, y - 38, 11, g, null);
}

export function streetLamp(p: Pen, x: number, y: number): void {
  p.shadow(x, y - 1, 7, 2);
  p.lines([x, y, x, y - 76], INK, 3.4);
  p.lines([x, y, x, y - 76], 0x4a5560, 1.8);
  p.lines([x, y - 76, x + 10, y - 82], INK, 2.2);
  p.poly([x + 4, y - 84, x + 18, y - 84, x + 15, y - 78, x + 7, y - 78], 0x4a5560);
  p.ellipse(x + 11, y - 77.5, 4, 1.6, 0xfff0b8, null);
}

export function cloud(p: Pen, x: number, y: number): void {
  const c = 0xfbf7f0;
  p.circle(x - 16, y, 11, c, null);
  p.circle(x + 2, y - 8, 15, c, null);
  p.circle(x + 20, y, 10, c, null);
  p.rect(x - 26, y - 2, 56, 12, c, null, 6);
}

export function sun(p: Pen, x: number, y: number): void {
  p.circle(x, y, 26, 0xfff1c9, null, 0.45);
  p.circle(x, y, 17, 0xffe39a, null);
}
