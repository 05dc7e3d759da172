// The hall's effect recipes, in one place: how a reaction floats up from a visitor (a heart for
// trust won, a scribble for irritation, a puff for someone who gave up queueing), the coins and
// contract of a sale, and the need icon and tick of something the team learned. Each returns
// what the effect pool plays; the scene decides when and where.
import type { FxSpec } from '../fx';

/** Coins thrown up in a fan by a sale. */
const COINS = 7;

/** A visitor's reaction, floating up from above their head. */
export function reaction(frame: string, x: number, y: number): FxSpec {
  const heart = frame === 'heart';
  return {
    frame,
    x,
    y,
    vy: -24,
    life: heart ? 1.5 : 1.1,
    s0: heart ? 1 : 0.8,
    s1: heart ? 1.5 : 1.2,
    a0: 1,
    a1: 0,
    spin: frame === 'scribble' ? 3 : 0,
  };
}

/** A sale: a fan of coins (not with reduced motion) and a contract rising. */
export function saleBurst(x: number, y: number, reduced: boolean): FxSpec[] {
  const out: FxSpec[] = [];
  if (!reduced) {
    for (let i = 0; i < COINS; i++) {
      const ang = -Math.PI / 2 + (i - 3) * 0.32;
      const sp = 110 + (i % 3) * 25;
      out.push({
        frame: 'coin',
        x,
        y,
        vx: Math.cos(ang) * sp,
        vy: Math.sin(ang) * sp,
        g: 320,
        life: 0.9,
        s0: 0.9,
        s1: 0.9,
        a0: 1,
        a1: 0,
        spin: 6,
      });
    }
  }
  out.push({ frame: 'contract', x, y: y - 6, vy: -20, life: 1.6, s0: 0.7, s1: 1.2, a0: 1, a1: 0 });
  return out;
}

/** The player learned a need: its icon and a tick over the marketing director's head. */
export function learnedByPlayer(needFrame: string, x: number, y: number): FxSpec[] {
  return [
    { frame: needFrame, x: x + 10, y: y - 62, vy: -12, life: 1.8, a0: 1, a1: 0 },
    { frame: 'tick', x: x + 17, y: y - 56, vy: -12, life: 1.8, a0: 1, a1: 0 },
  ];
}

/** A member of staff learned a need: a tick over their head (they say the need in a bubble). */
export function learnedByStaff(staffX: number, staffY: number): FxSpec {
  return { frame: 'tick', x: staffX + 19, y: staffY - 58, vy: -10, life: 1.7, a0: 1, a1: 0, depth: 300000 };
}
