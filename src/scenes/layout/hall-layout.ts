// The fair hall's floor plan, in world units (the camera frames it into the stage): the back
// wall, two rows of booths facing the viewer, the main aisle between them, the front aisle
// with the entrance, and cross aisles joining the two. Booth boxes follow the booth sizes of
// the season; inside each booth the staff stations follow the floor's roles. Also the routes
// visitors walk (aisle waypoints that never cut through a booth). Pure: no Phaser.

export type SizeName = 'small' | 'medium' | 'large';

export const HALL_W = 1200;
export const HALL_H = 840;
/** Where the floor meets the hall's back wall. */
export const FLOOR_TOP = 120;
export const BOOTH_DEPTH = 150;
/** Height of a booth's back wall panel above its footprint. */
export const PANEL_H = 84;
export const BACK_TOP = 200;
export const FRONT_TOP = 540;
/** Bands of the two walkable aisles (visitors' feet). */
export const MAIN_BAND = { y0: 372, y1: 438 } as const;
export const FRONT_BAND = { y0: 712, y1: 792 } as const;
/** The y a visitor steps to when leaving a booth of each row. */
export const MAIN_ENTRY_Y = 380;
export const FRONT_ENTRY_Y = 716;
/** Cross aisles joining the main and the front aisle. */
export const CROSS_X: readonly number[] = [42, 600, 1158];
/** Visitors come in and go out below the front edge, at the middle. */
export const ENTRANCE_X = 600;
export const ENTRANCE_Y = 900;
/** Where the floor splits into the two booth rows (the front row's back walls). */
const SIDE_SPLIT = FRONT_TOP - PANEL_H + 20;

const WIDTH: Record<SizeName, number> = { small: 240, medium: 320, large: 400 };
const ROW_BACK = { x0: 90, x1: 1110 } as const;
const ROW_FRONT_LEFT = { x0: 90, x1: 546 } as const;
const ROW_FRONT_RIGHT = { x0: 654, x1: 1110 } as const;
const MIN_GAP = 24;

export interface BoothBox {
  supplier: number;
  row: 'back' | 'front';
  /** Footprint: x, y top-left, w, h. The back wall stands on the top edge. */
  x: number;
  y: number;
  w: number;
  h: number;
  cx: number;
  /** The open front edge, towards the aisle. */
  mouthY: number;
  /** 1 at full size; below 1 when a crowded row was squeezed. */
  scale: number;
}

export interface Station {
  role: 'pitch' | 'listen';
  x: number;
  y: number;
  staffX: number;
  staffY: number;
  visitorX: number;
  visitorY: number;
  /** Plinth or brochure stand (pitch), table (listen). */
  propX: number;
  propY: number;
}

export interface Point {
  x: number;
  y: number;
}

/** How many competitors stand in the back row (the rest join us in the front row). */
export function backRowCount(competitors: number): number {
  return competitors <= 2 ? competitors : Math.ceil((competitors + 1) / 2);
}

function fitRow(
  suppliers: readonly number[],
  sizes: readonly SizeName[],
  span: { x0: number; x1: number },
  row: 'back' | 'front',
  align: 'center' | 'end' | 'start',
  out: BoothBox[],
): void {
  if (suppliers.length === 0) return;
  const avail = span.x1 - span.x0;
  let total = 0;
  for (const s of suppliers) total += WIDTH[sizes[s] ?? 'medium'];
  const k = suppliers.length;
  const scale = Math.min(1, (avail - (k + 1) * MIN_GAP) / total);
  const used = total * scale;
  const gap = align === 'center' ? (avail - used) / (k + 1) : MIN_GAP;
  let x =
    align === 'end'
      ? span.x1 - used - gap * (k - 1) - MIN_GAP
      : span.x0 + (align === 'start' ? MIN_GAP : gap);
  const y = row === 'back' ? BACK_TOP : FRONT_TOP;
  for (const s of suppliers) {
    const w = Math.round(WIDTH[sizes[s] ?? 'medium'] * scale);
    out.push({
      supplier: s,
      row,
      x: Math.round(x),
      y,
      w,
      h: BOOTH_DEPTH,
      cx: Math.round(x + w / 2),
      mouthY: y + BOOTH_DEPTH,
      scale,
    });
    x += w + gap;
  }
}

/**
 * Booth boxes for the suppliers (index 0 is us), by their booth sizes. We stand in the front
 * row on the left, by the entrance; competitors fill the back row first, then the front right.
 * The result is indexed by supplier.
 */
export function boothBoxes(sizes: readonly SizeName[]): BoothBox[] {
  const n = Math.max(0, sizes.length - 1);
  const back = backRowCount(n);
  const backIds: number[] = [];
  for (let c = 1; c <= back; c++) backIds.push(c);
  const frontOthers: number[] = [];
  for (let c = back + 1; c <= n; c++) frontOthers.push(c);
  const out: BoothBox[] = [];
  fitRow(backIds, sizes, ROW_BACK, 'back', 'center', out);
  fitRow(sizes.length > 0 ? [0] : [], sizes, ROW_FRONT_LEFT, 'front', 'end', out);
  fitRow(frontOthers, sizes, ROW_FRONT_RIGHT, 'front', frontOthers.length > 1 ? 'center' : 'start', out);
  out.sort((a, b) => a.supplier - b.supplier);
  return out;
}

/** Rows of stations for a number of staff slots. */
export function stationRows(n: number): number {
  return n <= 4 ? 1 : n <= 10 ? 2 : 3;
}

/** Staff stations inside a booth, one per floor slot, in slot order. */
export function stations(b: BoothBox, roles: readonly string[]): Station[] {
  const n = roles.length;
  const out: Station[] = [];
  if (n === 0) return out;
  const rows = stationRows(n);
  const cols = Math.ceil(n / rows);
  const x0 = b.x + 14;
  const iw = b.w - 28;
  const y0 = b.y + 44;
  const ih = b.h - 44 - 30;
  for (let k = 0; k < n; k++) {
    const r = Math.floor(k / cols);
    const c = k % cols;
    // Rows not full are centred.
    const inRow = r === rows - 1 ? n - cols * (rows - 1) : cols;
    const cw = iw / cols;
    const offset = ((cols - inRow) * cw) / 2;
    const x = Math.round(x0 + offset + (c + 0.5) * cw);
    const y = Math.round(y0 + (r + 0.5) * (ih / rows) + (rows === 1 ? 10 : 0));
    const role = roles[k] === 'pitch' ? 'pitch' : 'listen';
    if (role === 'pitch') {
      out.push({
        role,
        x,
        y,
        staffX: x - 10,
        staffY: y,
        visitorX: x + 3,
        visitorY: y + 21,
        propX: x + 13,
        propY: y - 3,
      });
    } else {
      out.push({
        role,
        x,
        y,
        staffX: x - 15,
        staffY: y + 2,
        visitorX: x + 15,
        visitorY: y + 2,
        propX: x,
        propY: y + 6,
      });
    }
  }
  return out;
}

/** Where the i-th visitor in a booth's queue waits (0 = next in line), facing the booth. */
export function queueSpot(b: BoothBox, i: number, out: Point): Point {
  const line = Math.floor(i / 6);
  const j = i % 6;
  out.x = b.cx + 18 + j * 24;
  out.y = b.mouthY + 16 + (j & 1) * 5 + line * 26;
  return out;
}

/** Where the j-th visitor the player is talking with stands, just outside our booth. */
export function playerTalkSpot(b: BoothBox, j: number, out: Point): Point {
  out.x = b.x + 40 + (j % 4) * 22;
  out.y = b.mouthY + 12 + Math.floor(j / 4) * 22;
  return out;
}

/** Where the sales director (the player) stands while talking with visitors. */
export function directorSpot(b: BoothBox, out: Point): Point {
  out.x = b.x + 18;
  out.y = b.mouthY - 6;
  return out;
}

/** Where the CEO stands when he visits our booth: at the other corner of its mouth. */
export function ceoSpot(b: BoothBox, out: Point): Point {
  out.x = b.x + b.w - 16;
  out.y = b.mouthY - 4;
  return out;
}

/** A point to stroll to in one of the two aisles, from three 0..1 numbers. */
export function strollPoint(u1: number, u2: number, u3: number, out: Point): Point {
  const band = u1 < 0.55 ? MAIN_BAND : FRONT_BAND;
  out.x = Math.round(70 + u2 * (HALL_W - 140));
  out.y = Math.round(band.y0 + u3 * (band.y1 - band.y0));
  return out;
}

function insideBooth(boxes: readonly BoothBox[], x: number, y: number): BoothBox | null {
  for (const b of boxes) {
    if (x >= b.x - 2 && x <= b.x + b.w + 2 && y >= b.y - 2 && y < b.mouthY) return b;
  }
  return null;
}

/** The side of the hall a point is on: the main aisle (and back row) or the front. */
function isMainSide(y: number): boolean {
  return y < SIDE_SPLIT;
}

/**
 * Waypoints (x, y pairs written into out) from one point to another along the aisles: out of a
 * booth by its open front, through a cross aisle when changing sides, into the target booth
 * from its front. Returns the number of points (the last is the target). out holds >= 16.
 */
export function route(
  fx: number,
  fy: number,
  tx: number,
  ty: number,
  boxes: readonly BoothBox[],
  out: Float32Array | number[],
  /** Sideways offset in cross aisles, so walkers do not form a single file. */
  jitter = 0,
): number {
  let n = 0;
  const push = (x: number, y: number) => {
    out[n * 2] = x;
    out[n * 2 + 1] = y;
    n++;
  };
  const fromBooth = insideBooth(boxes, fx, fy);
  const toBooth = insideBooth(boxes, tx, ty);
  let cx = fx;
  let cy = fy;
  if (fromBooth && fromBooth !== toBooth) {
    cy = fromBooth.row === 'back' ? MAIN_ENTRY_Y : FRONT_ENTRY_Y;
    push(cx, cy);
  }
  const fromMain = isMainSide(cy);
  const toMain = isMainSide(ty);
  if (fromMain !== toMain) {
    let best = CROSS_X[0] as number;
    let bestD = Number.POSITIVE_INFINITY;
    for (const x of CROSS_X) {
      const d = Math.abs(cx - x) + Math.abs(x - tx);
      if (d < bestD) {
        bestD = d;
        best = x;
      }
    }
    // Keep the current height when already between the aisles (walking a cross aisle).
    const y1 = fromMain ? Math.max(cy, MAIN_BAND.y0) : Math.min(cy, FRONT_BAND.y1);
    best += Math.max(-22, Math.min(22, jitter));
    push(best, y1);
    const y2 = toMain
      ? toBooth
        ? MAIN_ENTRY_Y
        : clampBand(ty, MAIN_BAND)
      : toBooth
        ? FRONT_ENTRY_Y
        : clampBand(ty, FRONT_BAND);
    push(best, y2);
    cx = best;
    cy = y2;
  }
  if (toBooth && toBooth !== fromBooth) {
    push(tx, toBooth.row === 'back' ? MAIN_ENTRY_Y : FRONT_ENTRY_Y);
  }
  push(tx, ty);
  return n;
}

function clampBand(y: number, band: { y0: number; y1: number }): number {
  return Math.max(band.y0, Math.min(band.y1, y));
}
