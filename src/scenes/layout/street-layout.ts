// The street of the weeks after, in world units: our office and each competitor's, side by
// side, every lit window one employee, a mailbox at each door. Pure: no Phaser.
import type { Point } from './hall-layout';

export const STREET_W = 1200;
export const STREET_H = 840;
/** Where the buildings stand (the pavement line). */
export const GROUND_Y = 560;
export const ROAD_TOP = 650;
export const ROAD_BOTTOM = 770;
/** Where post comes from (off the left edge, up in the sky) and proposals go. */
export const POST_FROM: Readonly<Point> = { x: -60, y: 260 };
export const PROPOSAL_TO: Readonly<Point> = { x: 1270, y: 210 };

export interface BuildingBox {
  supplier: number;
  x: number;
  /** Top of the facade; the building stands on GROUND_Y. */
  y: number;
  w: number;
  h: number;
  cx: number;
  door: Point;
  mailbox: Point;
  /** Window centres, top row first; the first `staff` of them are lit. */
  windows: Point[];
  winW: number;
  winH: number;
  /** Our building's corner office, where the CEO sits (-1 elsewhere). */
  ceo: Point | null;
}

const SPAN = { x0: 50, x1: 1150 } as const;

/** Buildings for the suppliers (0 is us): wide enough for the row, tall enough for the staff. */
export function streetLayout(staffStart: readonly number[]): BuildingBox[] {
  const n = staffStart.length;
  const out: BuildingBox[] = [];
  if (n === 0) return out;
  const gap = n > 5 ? 14 : 26;
  const w = Math.min(240, Math.floor((SPAN.x1 - SPAN.x0 - gap * (n - 1)) / n));
  const used = w * n + gap * (n - 1);
  let x = SPAN.x0 + (SPAN.x1 - SPAN.x0 - used) / 2;
  const winW = Math.max(14, Math.min(24, Math.floor(w / 8)));
  const winH = Math.round(winW * 1.3);
  const pitchX = winW + 12;
  const pitchY = winH + 14;
  for (let s = 0; s < n; s++) {
    const staff = Math.max(1, staffStart[s] ?? 1);
    const cols = Math.max(2, Math.floor((w - 24) / pitchX));
    const ceoRow = s === 0 ? 1 : 0;
    const rows = Math.max(2, Math.min(9, Math.ceil(staff / cols) + ceoRow));
    const facadeH = rows * pitchY + 96 + (s === 0 ? 14 : 0);
    const h = Math.min(GROUND_Y - 90, facadeH);
    const y = GROUND_Y - h;
    const bx = Math.round(x);
    const windows: Point[] = [];
    const gridW = cols * pitchX - 12;
    const wx0 = bx + (w - gridW) / 2 + winW / 2;
    const wy0 = y + 30 + winH / 2 + (s === 0 ? 14 : 0);
    let ceo: Point | null = null;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const p = { x: Math.round(wx0 + c * pitchX), y: Math.round(wy0 + r * pitchY) };
        if (s === 0 && r === 0 && c === cols - 1) ceo = p;
        else if (p.y + winH / 2 < GROUND_Y - 70) windows.push(p);
      }
    }
    out.push({
      supplier: s,
      x: bx,
      y,
      w,
      h,
      cx: bx + Math.round(w / 2),
      door: { x: bx + Math.round(w * 0.32), y: GROUND_Y },
      mailbox: { x: bx + w - 22, y: GROUND_Y + 44 },
      windows,
      winW,
      winH,
      ceo,
    });
    x += w + gap;
  }
  return out;
}

/** A point on the arc of a flying envelope (t 0..1) from a to b, lifted by `lift`. */
export function arcPoint(a: Point, b: Point, t: number, lift: number, out: Point): Point {
  const k = Math.max(0, Math.min(1, t));
  out.x = a.x + (b.x - a.x) * k;
  out.y = a.y + (b.y - a.y) * k - Math.sin(Math.PI * k) * lift;
  return out;
}
