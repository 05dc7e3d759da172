// Which visitor a click or a tap in the hall means, in world coordinates: the figure whose body
// box (feet at its point, head above) holds the point, grown so a target is never smaller than
// a fingertip (touch) or a mouse pointer's reach on screen at any zoom; where boxes overlap, the
// one standing in front (lowest on screen). Pure and unit-tested; the scene turns screen points
// into world points and hands the answer to the store.

/** A figure that may be picked: where it stands and whether it can be chosen now. */
export interface Pickable {
  id: number;
  x: number;
  y: number;
  free: boolean;
  selectable: boolean;
}

/** The body box around a figure's feet, in world pixels. */
export const BODY = { halfWidth: 12, head: 54, feet: 6 } as const;

/** How far, in screen pixels, a target reaches at least on each side of its middle. */
export const REACH = { touch: 22, mouse: 12 } as const;

/** Extra world pixels around the body box so its reach on screen is at least REACH. */
export function pickPad(zoom: number, touch: boolean): number {
  return Math.max(0, (touch ? REACH.touch : REACH.mouse) / zoom - BODY.halfWidth);
}

/** The figure at a world point (visitors only: ids from 0), or null. */
export function pickAt<A extends Pickable>(
  figures: Iterable<A>,
  wx: number,
  wy: number,
  zoom: number,
  touch: boolean,
): A | null {
  const pad = pickPad(zoom, touch);
  let best: A | null = null;
  for (const a of figures) {
    if (a.free || !a.selectable || a.id < 0) continue;
    const dx = wx - a.x;
    const dy = wy - a.y;
    if (Math.abs(dx) < BODY.halfWidth + pad && dy > -BODY.head - pad && dy < BODY.feet + pad) {
      if (!best || a.y > best.y) best = a;
    }
  }
  return best;
}
