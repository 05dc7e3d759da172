// Picking a visitor in the hall: the body box around the feet, a reach of at least a fingertip
// (touch) or a pointer (mouse) on screen at any zoom, the one in front where boxes overlap, and
// never a backdrop stroller, a figure on its way out or one that cannot be chosen.
import { describe, expect, it } from 'vitest';
import { BODY, type Pickable, pickAt, pickPad, REACH } from '../../src/scenes/hall/picking';

const fig = (id: number, x: number, y: number, extra: Partial<Pickable> = {}): Pickable => ({
  id,
  x,
  y,
  free: false,
  selectable: true,
  ...extra,
});

describe('picking a visitor', () => {
  it('takes a point on the body, not one beside it', () => {
    const a = fig(1, 100, 200);
    expect(pickAt([a], 100, 180, 1, false)).toBe(a);
    expect(pickAt([a], 100, 200 - BODY.head + 1, 1, false)).toBe(a);
    expect(pickAt([a], 100 + BODY.halfWidth + 1, 180, 1, false)).toBeNull();
    expect(pickAt([a], 100, 200 + BODY.feet + 1, 1, false)).toBeNull();
  });

  it('reaches at least a fingertip on screen when zoomed out, and more for touch than for a mouse', () => {
    for (const zoom of [0.4, 0.6, 1, 2]) {
      for (const touch of [true, false]) {
        const reach = touch ? REACH.touch : REACH.mouse;
        const halfOnScreen = (BODY.halfWidth + pickPad(zoom, touch)) * zoom;
        expect(halfOnScreen).toBeGreaterThanOrEqual(reach - 1e-9);
      }
    }
    const a = fig(1, 100, 200);
    // 18 screen px beside the middle at zoom 0.5 is 36 world px: a tap takes it, a click does not.
    expect(pickAt([a], 136, 190, 0.5, true)).toBe(a);
    expect(pickAt([a], 136, 190, 0.5, false)).toBeNull();
    // Zoomed in, the body itself is the target: no padding.
    expect(pickPad(2, true)).toBe(0);
  });

  it('prefers the figure in front where boxes overlap', () => {
    const back = fig(1, 100, 200);
    const front = fig(2, 104, 210);
    expect(pickAt([back, front], 102, 190, 1, false)).toBe(front);
    expect(pickAt([front, back], 102, 190, 1, false)).toBe(front);
  });

  it('never picks strollers, released figures or visitors who cannot be chosen', () => {
    expect(pickAt([fig(-3, 100, 200)], 100, 180, 1, true)).toBeNull();
    expect(pickAt([fig(1, 100, 200, { free: true })], 100, 180, 1, true)).toBeNull();
    expect(pickAt([fig(1, 100, 200, { selectable: false })], 100, 180, 1, true)).toBeNull();
  });
});
