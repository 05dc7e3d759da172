// The hall's floor plan and routes, the street's layout and the camera framing: booths never
// overlap and stay in the hall, stations sit inside their booth, walked routes never cut
// through a booth, and the framing keeps the world inside the stage.
import { describe, expect, it } from 'vitest';
import { frameWorld } from '../../src/scenes/layout/frame';
import {
  type BoothBox,
  backRowCount,
  boothBoxes,
  ENTRANCE_X,
  ENTRANCE_Y,
  FRONT_BAND,
  HALL_H,
  HALL_W,
  MAIN_BAND,
  queueSpot,
  route,
  type SizeName,
  stations,
  strollPoint,
} from '../../src/scenes/layout/hall-layout';
import { arcPoint, GROUND_Y, streetLayout } from '../../src/scenes/layout/street-layout';

const SIZES: SizeName[] = ['small', 'medium', 'large'];

function overlaps(a: BoothBox, b: BoothBox): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function inside(b: BoothBox, x: number, y: number): boolean {
  return x > b.x + 1 && x < b.x + b.w - 1 && y > b.y + 1 && y < b.mouthY - 1;
}

function combos(): SizeName[][] {
  const out: SizeName[][] = [];
  for (let n = 1; n <= 7; n++) {
    for (let k = 0; k < 3; k++) out.push(Array.from({ length: n }, (_, i) => SIZES[(i + k) % 3] as SizeName));
    out.push(Array.from({ length: n }, () => 'large'));
  }
  return out;
}

describe('hall layout', () => {
  it('puts us in the front row and fills the back row first', () => {
    const boxes = boothBoxes(['small', 'large', 'large', 'medium']);
    expect(boxes.map((b) => b.supplier)).toEqual([0, 1, 2, 3]);
    expect(boxes[0]?.row).toBe('front');
    expect(boxes[1]?.row).toBe('back');
    expect(boxes[2]?.row).toBe('back');
    expect(boxes[3]?.row).toBe('front');
    expect(backRowCount(1)).toBe(1);
    expect(backRowCount(6)).toBe(4);
  });

  it('sizes booths by their booth size', () => {
    const boxes = boothBoxes(['small', 'medium', 'large']);
    const [us, a, b] = boxes;
    expect(us && a && b).toBeTruthy();
    expect((us as BoothBox).w).toBeLessThan((a as BoothBox).w);
    expect((a as BoothBox).w).toBeLessThan((b as BoothBox).w);
  });

  it('keeps every booth inside the hall and apart, for 1 to 7 suppliers', () => {
    for (const sizes of combos()) {
      const boxes = boothBoxes(sizes);
      expect(boxes).toHaveLength(sizes.length);
      for (const b of boxes) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.w).toBeLessThanOrEqual(HALL_W);
        expect(b.mouthY).toBeLessThan(HALL_H);
        for (const c of boxes) if (c !== b) expect(overlaps(b, c)).toBe(false);
      }
    }
  });

  it('places one station per slot inside its booth', () => {
    for (const sizes of combos()) {
      for (const b of boothBoxes(sizes)) {
        for (const n of [1, 4, 6, 9, 14, 20]) {
          const roles = Array.from({ length: n }, (_, k) => (k % 3 === 0 ? 'listen' : 'pitch'));
          const st = stations(b, roles);
          expect(st).toHaveLength(n);
          for (const s of st) {
            expect(inside(b, s.staffX, s.staffY)).toBe(true);
            expect(inside(b, s.visitorX, s.visitorY)).toBe(true);
            expect(s.role).toBe(roles[st.indexOf(s)] === 'pitch' ? 'pitch' : 'listen');
          }
        }
      }
    }
  });

  it('queues visitors in the aisle in front of the booth', () => {
    const b = boothBoxes(['medium', 'large'])[1] as BoothBox;
    const p = queueSpot(b, 0, { x: 0, y: 0 });
    expect(p.y).toBeGreaterThan(b.mouthY);
    expect(p.y).toBeLessThan(MAIN_BAND.y1 + 10);
  });

  it('routes around booths, never through them', () => {
    const boxes = boothBoxes(['small', 'large', 'large', 'medium']);
    const spots: [number, number][] = [[ENTRANCE_X, ENTRANCE_Y]];
    for (const b of boxes) {
      for (const s of stations(b, ['pitch', 'listen', 'pitch', 'listen', 'listen', 'pitch']))
        spots.push([s.visitorX, s.visitorY]);
      const q = queueSpot(b, 1, { x: 0, y: 0 });
      spots.push([q.x, q.y]);
    }
    for (let i = 0; i < 12; i++) {
      const p = strollPoint(i / 12, ((i * 7) % 12) / 12, 0.5, { x: 0, y: 0 });
      spots.push([p.x, p.y]);
    }
    const out = new Float32Array(16);
    for (const [fx, fy] of spots) {
      for (const [tx, ty] of spots) {
        const n = route(fx, fy, tx, ty, boxes, out, 15);
        expect(n).toBeGreaterThan(0);
        expect(out[(n - 1) * 2]).toBeCloseTo(tx);
        expect(out[(n - 1) * 2 + 1]).toBeCloseTo(ty);
        let px = fx;
        let py = fy;
        for (let k = 0; k < n; k++) {
          const x = out[k * 2] as number;
          const y = out[k * 2 + 1] as number;
          // sample the segment; points may only be inside the booths the walk starts or ends in
          for (let t = 0.05; t < 1; t += 0.05) {
            const sx = px + (x - px) * t;
            const sy = py + (y - py) * t;
            for (const b of boxes) {
              if (inside(b, fx, fy) || inside(b, tx, ty)) continue;
              expect(inside(b, sx, sy), `segment through booth ${b.supplier}`).toBe(false);
            }
          }
          px = x;
          py = y;
        }
      }
    }
  });

  it('strolls only in the aisles', () => {
    for (let i = 0; i < 50; i++) {
      const p = strollPoint(i / 50, ((i * 13) % 50) / 50, ((i * 7) % 50) / 50, { x: 0, y: 0 });
      const inMain = p.y >= MAIN_BAND.y0 && p.y <= MAIN_BAND.y1;
      const inFront = p.y >= FRONT_BAND.y0 && p.y <= FRONT_BAND.y1;
      expect(inMain || inFront).toBe(true);
    }
  });
});

describe('street layout', () => {
  it('gives each supplier a building with enough windows for its staff', () => {
    const staff = [8, 14, 12, 8];
    const b = streetLayout(staff);
    expect(b).toHaveLength(4);
    b.forEach((x, i) => {
      expect(x.y + x.h).toBe(GROUND_Y);
      expect(x.windows.length).toBeGreaterThanOrEqual(Math.min(staff[i] as number, 40));
      if (i > 0)
        expect(x.x).toBeGreaterThan((b[i - 1] as (typeof b)[number]).x + (b[i - 1] as (typeof b)[number]).w);
    });
    expect(b[0]?.ceo).not.toBeNull();
    expect(b[1]?.ceo).toBeNull();
  });

  it('flies envelopes along an arc that ends at the target', () => {
    const a = { x: 0, y: 100 };
    const b = { x: 100, y: 200 };
    const p = { x: 0, y: 0 };
    expect(arcPoint(a, b, 1, 50, p)).toEqual({ x: 100, y: 200 });
    expect(arcPoint(a, b, 0.5, 50, p).y).toBeCloseTo(100);
  });
});

describe('framing', () => {
  const stage = { x: 0, y: 60, w: 896, h: 660 };
  it('fits the world inside the stage', () => {
    const f = frameWorld({ w: 1200, h: 840 }, { w: 1280, h: 720 }, stage, 'fit');
    const left = 640 + (0 - f.centerX) * f.zoom;
    const right = 640 + (1200 - f.centerX) * f.zoom;
    const top = 360 + (0 - f.centerY) * f.zoom;
    const bottom = 360 + (840 - f.centerY) * f.zoom;
    expect(left).toBeGreaterThanOrEqual(stage.x - 0.01);
    expect(right).toBeLessThanOrEqual(stage.x + stage.w + 0.01);
    expect(top).toBeGreaterThanOrEqual(stage.y - 0.01);
    expect(bottom).toBeLessThanOrEqual(stage.y + stage.h + 0.01);
  });

  it('covers the canvas for a backdrop', () => {
    const f = frameWorld({ w: 1200, h: 840 }, { w: 844, h: 390 }, stage, 'cover');
    expect(1200 * f.zoom).toBeGreaterThanOrEqual(844);
    expect(840 * f.zoom).toBeGreaterThanOrEqual(390);
  });
});
