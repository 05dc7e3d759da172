// Drawing people: visitors, staff and the sales director, in the hall's warm illustrated
// style (ink outlines, flat colours, a soft shade). One function draws one pose of one look
// with the feet at (cx, feetY); the boot bakes every look and pose into an atlas.
import { mix, shade } from '../color';
import type { HairStyle, Look } from '../looks';
import { INK, type Pen } from './pen';

export type Pose =
  | 'front'
  | 'frontA'
  | 'frontB'
  | 'back'
  | 'backA'
  | 'backB'
  | 'sit'
  | 'point'
  | 'notes'
  | 'nod'
  | 'carryA'
  | 'carryB';

export const VISITOR_POSES: readonly Pose[] = ['front', 'frontA', 'frontB', 'back', 'backA', 'backB', 'sit'];
export const STAFF_POSES: readonly Pose[] = ['front', 'point', 'notes', 'nod', 'carryA', 'carryB'];

/** Cell sizes (world units) and where the feet are inside them. */
export const VISITOR_CELL = { w: 32, h: 64, cx: 16, feet: 61 } as const;
export const STAFF_CELL = { w: 46, h: 64, cx: 18, feet: 61 } as const;

const SHIRT = 0xfaf6ee;
const BLUSH = 0xe88a7a;
const LANYARD = 0x4a78a8;
const BADGE_STRIPE = 0xe0a231;
const BOX = 0xc9a06a;
const LEAF = 0x4f8a4b;

function capsule(p: Pen, x1: number, y1: number, x2: number, y2: number, w: number, color: number): void {
  p.lines([x1, y1, x2, y2], INK, w + p.line * 1.8);
  p.lines([x1, y1, x2, y2], color, w);
}

interface Frame {
  cx: number;
  feetY: number;
  H: number;
  sw: number;
  hw: number;
  shoulderY: number;
  hipY: number;
  headY: number;
  headR: number;
}

function frameFor(look: Look, cx: number, feetY: number, sitting: boolean): Frame {
  const H = 50 * look.height;
  const sw = [6.2, 7.4, 8.8][look.build] as number;
  const hw = [5.2, 6.0, 7.4][look.build] as number;
  const headR = 0.125 * H;
  const seatY = feetY - 0.25 * H;
  const shoulderY = sitting ? seatY - 0.3 * H - 1 : feetY - 0.7 * H;
  const hipY = sitting ? seatY - 1.5 : feetY - 0.4 * H;
  return { cx, feetY, H, sw, hw, shoulderY, hipY, headY: shoulderY - headR - 1.4, headR };
}

// ---- legs --------------------------------------------------------------------------------

function legsStanding(p: Pen, f: Frame, look: Look, step: 0 | 1 | 2): void {
  const { cx, hw, hipY, feetY } = f;
  const shoeY = feetY - 1.3;
  const lift = [0, 0] as [number, number];
  if (step === 1) lift[0] = 2.2;
  if (step === 2) lift[1] = 2.2;
  const spread = step === 0 ? 0 : 0.7;
  if (look.skirt) {
    const tights = shade(look.skin, -0.12);
    for (let s = 0; s < 2; s++) {
      const sx = cx + (s === 0 ? -1 : 1) * (hw * 0.45 + spread);
      const bottom = shoeY - (lift[s] as number);
      p.rect(sx - 1.3, hipY + 4, 2.6, bottom - hipY - 4, tights, INK, 1);
      p.ellipse(sx + (s === 0 ? -0.4 : 0.4), bottom + 0.2, 2.2, 1.4, look.shoes);
    }
    const kneeY = hipY + 0.2 * f.H;
    p.poly([cx - hw, hipY - 1, cx + hw, hipY - 1, cx + hw + 2.2, kneeY, cx - hw - 2.2, kneeY], look.bottom);
    p.poly(
      [cx + hw * 0.3, hipY - 0.5, cx + hw, hipY - 0.5, cx + hw + 2, kneeY - 0.6, cx + hw * 0.45, kneeY - 0.6],
      shade(look.bottom, -0.15),
      null,
    );
    return;
  }
  const lw = hw - 1.1;
  for (let s = 0; s < 2; s++) {
    const x0 = s === 0 ? cx - hw + 0.5 - spread : cx + 0.6 + spread;
    const bottom = shoeY - (lift[s] as number);
    p.rect(x0, hipY, lw, bottom - hipY, s === 1 ? shade(look.bottom, -0.1) : look.bottom, INK, 1);
    p.ellipse(x0 + lw / 2 + (s === 0 ? -0.5 : 0.5), bottom + 0.2, lw / 2 + 1, 1.5, look.shoes);
  }
}

function legsSitting(p: Pen, f: Frame, look: Look): void {
  const { cx, hw, feetY, hipY } = f;
  const shoeY = feetY - 1.3;
  const kneeY = hipY + 3.5;
  const lower = look.skirt ? shade(look.skin, -0.12) : look.bottom;
  for (let s = 0; s < 2; s++) {
    const sx = cx + (s === 0 ? -1 : 1) * (hw * 0.5);
    const lw = look.skirt ? 2.6 : hw - 1.4;
    p.rect(sx - lw / 2, kneeY, lw, shoeY - kneeY, lower, INK, 0.8);
    p.ellipse(sx + (s === 0 ? -0.5 : 0.5), shoeY + 0.1, lw / 2 + 1, 1.5, look.shoes);
  }
  p.rect(cx - hw - 0.6, hipY - 1.5, hw * 2 + 1.2, 6, look.bottom, INK, 2.2);
}

// ---- torso and arms ------------------------------------------------------------------------

function torso(p: Pen, f: Frame, look: Look, back: boolean): void {
  const { cx, sw, hw, shoulderY, hipY } = f;
  const pad = look.jacket ? 0.8 : 0;
  const pts = [
    cx - sw - pad,
    shoulderY + 1.6,
    cx - sw + 1.6,
    shoulderY - 0.2,
    cx + sw - 1.6,
    shoulderY - 0.2,
    cx + sw + pad,
    shoulderY + 1.6,
    cx + hw + 0.6,
    hipY + 1.2,
    cx - hw - 0.6,
    hipY + 1.2,
  ];
  p.poly(pts, look.top);
  p.poly(
    [
      cx + sw * 0.35,
      shoulderY + 0.4,
      cx + sw + pad,
      shoulderY + 1.7,
      cx + hw + 0.5,
      hipY + 1,
      cx + hw * 0.35,
      hipY + 1,
    ],
    shade(look.top, -0.12),
    null,
  );
  if (!back && !look.jacket && look.badge === 'visitor') {
    p.rect(cx - sw + 0.4, shoulderY + 5.5, sw * 2 - 0.8, 2, mix(look.top, 0xffffff, 0.4), null);
  }
  p.poly(pts, null);
  if (back) return;
  if (look.jacket) {
    p.poly([cx - 2.5, shoulderY - 0.1, cx + 2.5, shoulderY - 0.1, cx, shoulderY + 7], SHIRT, null);
    if (look.tie) {
      const tie =
        look.badge === 'staff' ? shade(look.accent, look.top === look.accent ? -0.35 : 0) : 0x8e3b46;
      p.poly(
        [
          cx - 0.9,
          shoulderY + 0.8,
          cx + 0.9,
          shoulderY + 0.8,
          cx + 1.3,
          shoulderY + 7.4,
          cx,
          shoulderY + 9,
          cx - 1.3,
          shoulderY + 7.4,
        ],
        tie,
        INK,
      );
    }
    p.lines([cx - 2.5, shoulderY, cx - 0.4, shoulderY + 8.5], INK, 0.6);
    p.lines([cx + 2.5, shoulderY, cx + 0.4, shoulderY + 8.5], INK, 0.6);
    p.circle(cx, hipY - 3.5, 0.5, INK, null);
  }
  if (look.badge === 'visitor') {
    p.lines([cx - 2, shoulderY + 0.2, cx, shoulderY + 6.4, cx + 2, shoulderY + 0.2], LANYARD, 0.55);
    p.rect(cx - 2, shoulderY + 6.2, 4, 4.6, 0xffffff, INK, 0.5);
    p.rect(cx - 2, shoulderY + 6.2, 4, 1.4, BADGE_STRIPE, null);
  } else if (look.badge === 'staff') {
    p.rect(cx - sw + 1.4, shoulderY + 3.4, 3.8, 2.4, 0xffffff, INK, 0.4);
    p.rect(cx - sw + 1.4, shoulderY + 3.4, 3.8, 0.9, look.accent, null);
  }
}

function arm(p: Pen, look: Look, x1: number, y1: number, x2: number, y2: number): void {
  capsule(p, x1, y1, x2, y2, 3.4, shade(look.top, -0.05));
  p.circle(x2, y2 + 0.6, 1.75, look.skin);
}

function armsDown(p: Pen, f: Frame, look: Look, swing: number): void {
  const { cx, sw, shoulderY, hipY } = f;
  arm(p, look, cx - sw + 0.4, shoulderY + 2.2, cx - sw - 1.1, hipY + 0.8 - swing);
  arm(p, look, cx + sw - 0.4, shoulderY + 2.2, cx + sw + 1.1, hipY + 0.8 + swing);
}

// ---- head ----------------------------------------------------------------------------------

function hairBack(p: Pen, x: number, y: number, r: number, style: HairStyle, hair: number, f: Frame): void {
  switch (style) {
    case 'bob':
      p.rect(x - r - 1.3, y - r * 0.6, r * 2 + 2.6, r * 1.55, hair, INK, 2.5);
      break;
    case 'long':
      p.rect(x - r - 1.4, y - r * 0.5, r * 2 + 2.8, f.shoulderY - y + r * 0.5 + 5, hair, INK, 2.6);
      break;
    case 'mullet':
      p.rect(x - r + 0.6, y, r * 2 - 1.2, f.shoulderY - y + 1.5, hair, INK, 1.5);
      break;
    case 'ponytail':
      p.ellipse(x + r + 0.8, y + 2.4, 2, 4.4, hair);
      break;
    case 'curly': {
      for (let i = 0; i <= 8; i++) {
        const a = Math.PI * (0.85 + (i / 8) * 1.3);
        p.circle(x + Math.cos(a) * (r + 0.6), y - 0.6 + Math.sin(a) * (r + 0.4), 2.6, hair);
      }
      p.ellipse(x, y - 0.8, r + 0.9, r + 0.6, hair, null);
      break;
    }
    default:
      break;
  }
}

function hairFront(p: Pen, x: number, y: number, r: number, style: HairStyle, hair: number): void {
  const cap = (fringeY: number, sweep: number) =>
    p.path((c, k) => {
      c.arc(x * k, y * k, (r + 0.5) * k, Math.PI * 1.02, Math.PI * 1.98);
      c.quadraticCurveTo(
        (x + r * 0.2 + sweep) * k,
        (y + fringeY + 1.5) * k,
        (x - r - 0.4) * k,
        (y - r * 0.05) * k,
      );
    }, hair);
  switch (style) {
    case 'short':
    case 'mullet':
      cap(-r * 0.45, 0);
      break;
    case 'sidepart':
      cap(-r * 0.3, r * 0.6);
      p.lines([x - r * 0.35, y - r * 0.95, x - r * 0.15, y - r * 0.55], shade(hair, -0.3), 0.5);
      break;
    case 'bob':
    case 'long':
      p.path((c, k) => {
        c.arc(x * k, y * k, (r + 1) * k, Math.PI, Math.PI * 2);
        c.lineTo((x + r + 1.2) * k, (y + r * 0.85) * k);
        c.lineTo((x + r - 1.3) * k, (y + r * 0.85) * k);
        c.lineTo((x + r - 1.5) * k, (y - r * 0.25) * k);
        c.lineTo((x - r + 1.5) * k, (y - r * 0.25) * k);
        c.lineTo((x - r + 1.3) * k, (y + r * 0.85) * k);
        c.lineTo((x - r - 1.2) * k, (y + r * 0.85) * k);
        c.closePath();
      }, hair);
      break;
    case 'bun':
      p.circle(x, y - r - 1.3, 2.7, hair);
      cap(-r * 0.5, -r * 0.3);
      break;
    case 'ponytail':
      cap(-r * 0.55, r * 0.2);
      break;
    case 'curly':
      for (let i = 0; i < 4; i++) p.circle(x - r * 0.6 + i * r * 0.4, y - r * 0.62, 1.7, hair);
      break;
    case 'bald':
      p.ellipse(x - r + 0.4, y - 0.2, 1.3, 2.4, hair, null);
      p.ellipse(x + r - 0.4, y - 0.2, 1.3, 2.4, hair, null);
      p.ellipse(x - r * 0.3, y - r * 0.6, 1.6, 0.9, 0xffffff, null, 0.35);
      break;
  }
}

function head(
  p: Pen,
  f: Frame,
  look: Look,
  opts: { dx?: number; dy?: number; mouth?: 'smile' | 'open' | 'calm'; eyes?: 'open' | 'closed' },
): void {
  const x = f.cx + (opts.dx ?? 0);
  const y = f.headY + (opts.dy ?? 0);
  const r = f.headR;
  hairBack(p, x, y, r, look.hairStyle, look.hair, f);
  p.rect(f.cx - 1.6, f.shoulderY - 2.6, 3.2, 3.6, shade(look.skin, -0.08), INK, 0.8);
  p.circle(x - r + 0.1, y + 0.7, 1.35, look.skin);
  p.circle(x + r - 0.1, y + 0.7, 1.35, look.skin);
  p.circle(x, y, r, look.skin);
  // face
  if (opts.eyes === 'closed') {
    p.arc(x - 2.2, y + 1, 0.9, Math.PI * 1.1, Math.PI * 1.9, INK, 0.6);
    p.arc(x + 2.2, y + 1, 0.9, Math.PI * 1.1, Math.PI * 1.9, INK, 0.6);
  } else {
    p.circle(x - 2.2, y + 0.5, 0.72, INK, null);
    p.circle(x + 2.2, y + 0.5, 0.72, INK, null);
  }
  p.circle(x - 3.5, y + 2.3, 1.1, BLUSH, null, 0.35);
  p.circle(x + 3.5, y + 2.3, 1.1, BLUSH, null, 0.35);
  if (opts.mouth === 'open') p.ellipse(x, y + 2.9, 1.1, 1.25, 0x7a2f2a, INK);
  else if (opts.mouth === 'calm') p.lines([x - 1, y + 3, x + 1, y + 3], INK, 0.6);
  else p.arc(x, y + 1.9, 1.6, Math.PI * 0.18, Math.PI * 0.82, INK, 0.6);
  hairFront(p, x, y, r, look.hairStyle, look.hair);
  if (look.glasses) {
    p.circle(x - 2.2, y + 0.5, 1.75, null, INK);
    p.circle(x + 2.2, y + 0.5, 1.75, null, INK);
  }
}

function headBack(p: Pen, f: Frame, look: Look): void {
  const { cx: x, headY: y, headR: r } = f;
  p.rect(x - 1.6, f.shoulderY - 2.6, 3.2, 3.6, shade(look.skin, -0.12), INK, 0.8);
  p.circle(x - r + 0.1, y + 0.9, 1.35, look.skin);
  p.circle(x + r - 0.1, y + 0.9, 1.35, look.skin);
  if (look.hairStyle === 'bald') {
    p.circle(x, y, r, look.skin);
    p.path((c, k) => c.arc(x * k, y * k, r * k, Math.PI * 0.05, Math.PI * 0.95), look.hair, null);
    p.circle(x, y, r, null);
    return;
  }
  if (look.hairStyle === 'curly') {
    for (let i = 0; i < 10; i++) {
      const a = (i / 10) * Math.PI * 2;
      p.circle(x + Math.cos(a) * (r + 0.2), y - 0.4 + Math.sin(a) * r, 2.6, look.hair);
    }
    p.circle(x, y - 0.4, r + 0.6, look.hair, null);
    return;
  }
  const len =
    look.hairStyle === 'long'
      ? f.shoulderY - y + 5
      : look.hairStyle === 'bob'
        ? r * 0.9
        : look.hairStyle === 'mullet'
          ? f.shoulderY - y + 1
          : r * 0.55;
  const halfW = look.hairStyle === 'long' || look.hairStyle === 'bob' ? r + 1.2 : r + 0.3;
  p.path((c, k) => {
    c.arc(x * k, y * k, (r + 0.6) * k, Math.PI, Math.PI * 2);
    c.lineTo((x + halfW) * k, (y + len) * k);
    c.quadraticCurveTo(x * k, (y + len + 1.5) * k, (x - halfW) * k, (y + len) * k);
    c.closePath();
  }, look.hair);
  if (look.hairStyle === 'bun') p.circle(x, y - r * 0.2, 2.8, shade(look.hair, -0.1));
  if (look.hairStyle === 'ponytail') p.ellipse(x, y + r + 2, 1.8, 4.2, look.hair);
}

// ---- accessories ---------------------------------------------------------------------------

function accessoryFront(p: Pen, f: Frame, look: Look): void {
  const { cx, sw, hw, shoulderY, hipY } = f;
  switch (look.accessory) {
    case 'bag':
      p.lines([cx - sw + 1.2, shoulderY + 0.4, cx + hw + 1.4, hipY - 2.5], INK, 1);
      p.rect(cx + sw + 0.2, hipY - 4, 5.4, 5, look.accent, INK, 1.2);
      break;
    case 'briefcase':
      p.rect(cx - sw - 5.8, hipY + 1.6, 7.6, 5.6, 0x6b4a33, INK, 0.8);
      p.lines(
        [
          cx - sw - 2.8,
          hipY + 1.6,
          cx - sw - 2.8,
          hipY + 0.6,
          cx - sw - 0.4,
          hipY + 0.6,
          cx - sw - 0.4,
          hipY + 1.6,
        ],
        INK,
        0.7,
      );
      break;
    case 'tote':
      p.lines([cx + sw - 2, shoulderY + 0.6, cx + sw + 0.6, hipY - 5], INK, 0.9);
      p.rect(cx + sw - 2.2, hipY - 6.6, 2.2, 3, 0xffffff, INK, 0);
      p.rect(cx + sw - 0.2, hipY - 7.4, 2.2, 3.6, 0xe6efe9, INK, 0);
      p.rect(cx + sw - 2.8, hipY - 5, 6.4, 6.6, look.accent, INK, 0.8);
      break;
    default:
      break;
  }
}

function accessoryBack(p: Pen, f: Frame, look: Look): void {
  const { cx, sw, hw, shoulderY, hipY } = f;
  if (look.accessory === 'bag') {
    p.lines([cx + sw - 1.2, shoulderY + 0.4, cx - hw - 1.4, hipY - 2.5], INK, 1);
    p.rect(cx - sw - 5.6, hipY - 4, 5.4, 5, look.accent, INK, 1.2);
  } else if (look.accessory === 'briefcase') {
    p.rect(cx + sw - 1.8, hipY + 1.6, 7.6, 5.6, 0x6b4a33, INK, 0.8);
  } else if (look.accessory === 'tote') {
    p.lines([cx - sw + 2, shoulderY + 0.6, cx - sw - 0.6, hipY - 5], INK, 0.9);
    p.rect(cx - sw - 3.6, hipY - 5, 6.4, 6.6, look.accent, INK, 0.8);
  }
}

// ---- poses ---------------------------------------------------------------------------------

/** Draws one pose of a look with the feet at (cx, feetY). */
export function drawPerson(p: Pen, cx: number, feetY: number, look: Look, pose: Pose): void {
  const sitting = pose === 'sit' || pose === 'notes' || pose === 'nod';
  const f = frameFor(look, cx, feetY, sitting);
  if (!sitting) p.shadow(cx, feetY - 0.6, 8.5, 2.5);
  switch (pose) {
    case 'front':
    case 'frontA':
    case 'frontB': {
      const step = pose === 'frontA' ? 1 : pose === 'frontB' ? 2 : 0;
      legsStanding(p, f, look, step);
      torso(p, f, look, false);
      armsDown(p, f, look, step === 1 ? 1.2 : step === 2 ? -1.2 : 0);
      accessoryFront(p, f, look);
      head(p, f, look, {});
      break;
    }
    case 'back':
    case 'backA':
    case 'backB': {
      const step = pose === 'backA' ? 1 : pose === 'backB' ? 2 : 0;
      legsStanding(p, f, look, step);
      torso(p, f, look, true);
      armsDown(p, f, look, step === 1 ? -1.2 : step === 2 ? 1.2 : 0);
      accessoryBack(p, f, look);
      headBack(p, f, look);
      break;
    }
    case 'sit': {
      legsSitting(p, f, look);
      torso(p, f, look, false);
      arm(p, look, f.cx - f.sw + 0.4, f.shoulderY + 2.2, f.cx - f.hw + 1.2, f.hipY - 0.5);
      arm(p, look, f.cx + f.sw - 0.4, f.shoulderY + 2.2, f.cx + f.hw - 0.6, f.hipY - 0.8);
      head(p, f, look, { dx: 0.9, mouth: 'open' });
      break;
    }
    case 'notes':
    case 'nod': {
      legsSitting(p, f, look);
      torso(p, f, look, false);
      const ny = f.shoulderY + 3.2;
      p.rect(f.cx - 3.2, ny, 7.2, 8.6, 0xfffbe8, INK, 0.6);
      for (let i = 0; i < 3; i++)
        p.lines([f.cx - 2, ny + 2.4 + i * 2, f.cx + 2.6, ny + 2.4 + i * 2], 0x9bb0c8, 0.45);
      arm(p, look, f.cx - f.sw + 0.4, f.shoulderY + 2.2, f.cx - 2.8, ny + 6.2);
      arm(p, look, f.cx + f.sw - 0.4, f.shoulderY + 2.2, f.cx + 3.6, ny + 5.2);
      p.lines([f.cx + 3.8, ny + 5.4, f.cx + 6.4, ny + 1.4], 0xe0a231, 0.9);
      head(
        p,
        f,
        look,
        pose === 'nod' ? { dy: 1.3, eyes: 'closed', mouth: 'smile' } : { dx: 0.8, mouth: 'calm' },
      );
      break;
    }
    case 'point': {
      legsStanding(p, f, look, 0);
      torso(p, f, look, false);
      arm(p, look, f.cx - f.sw + 0.4, f.shoulderY + 2.2, f.cx - f.sw - 1.1, f.hipY + 0.8);
      const hx = f.cx + f.sw + 10;
      const hy = f.shoulderY + 1.5;
      capsule(p, f.cx + f.sw - 0.6, f.shoulderY + 2.2, hx, hy, 3.4, shade(look.top, -0.05));
      capsule(p, hx + 1, hy - 0.2, hx + 3.4, hy - 1, 0.9, look.skin);
      p.circle(hx, hy, 1.75, look.skin);
      head(p, f, look, { dx: 0.6, mouth: 'open' });
      break;
    }
    case 'carryA':
    case 'carryB': {
      legsStanding(p, f, look, pose === 'carryA' ? 1 : 2);
      torso(p, f, look, false);
      head(p, f, look, { mouth: 'calm' });
      const by = f.hipY - 9;
      p.ellipse(f.cx - 3.5, by - 1, 1.6, 3, LEAF);
      p.ellipse(f.cx - 1.4, by - 1.8, 1.4, 3.2, shade(LEAF, 0.15));
      p.rect(f.cx + 1.5, by - 2.6, 2.6, 3.2, 0xffffff, INK, 0);
      p.rect(f.cx - 7.2, by, 14.4, 10, BOX, INK, 0.6);
      p.rect(f.cx - 7.2, by + 2, 14.4, 1.5, mix(BOX, 0xffffff, 0.45), null);
      capsule(p, f.cx - f.sw + 0.4, f.shoulderY + 2.2, f.cx - 6.6, by + 5, 3.2, shade(look.top, -0.05));
      capsule(p, f.cx + f.sw - 0.4, f.shoulderY + 2.2, f.cx + 6.6, by + 5, 3.2, shade(look.top, -0.05));
      p.circle(f.cx - 7, by + 5.4, 1.7, look.skin);
      p.circle(f.cx + 7, by + 5.4, 1.7, look.skin);
      break;
    }
  }
}
