// Chart arithmetic: round steps, axes that cover the data, pixel mapping and bar layout.
import { describe, expect, it } from 'vitest';
import { barLayout, cumulative, maxOf, niceAxis, niceStep, yFor } from '../../src/ui/chart-scale';

describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(0.7)).toBe(1);
    expect(niceStep(1)).toBe(1);
    expect(niceStep(1.3)).toBe(2);
    expect(niceStep(2.2)).toBe(2.5);
    expect(niceStep(3)).toBe(5);
    expect(niceStep(7)).toBe(10);
    expect(niceStep(42_000)).toBe(50_000);
    expect(niceStep(12_000_000)).toBe(20_000_000);
  });

  it('survives nonsense', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
    expect(niceStep(-5)).toBe(1);
  });
});

describe('niceAxis', () => {
  it('covers the maximum in round ticks from zero', () => {
    const a = niceAxis(14_391_000, 4);
    expect(a.ticks[0]).toBe(0);
    expect(a.max).toBeGreaterThanOrEqual(14_391_000);
    expect(a.ticks.at(-1)).toBe(a.max);
    for (let i = 1; i < a.ticks.length; i++) expect((a.ticks[i] ?? 0) - (a.ticks[i - 1] ?? 0)).toBe(a.step);
    expect(a.ticks.length).toBeLessThanOrEqual(6);
  });

  it('gives a usable axis for all-zero data', () => {
    const a = niceAxis(0);
    expect(a.max).toBeGreaterThan(0);
    expect(a.ticks.length).toBeGreaterThanOrEqual(2);
  });
});

describe('yFor', () => {
  it('maps 0 to the bottom and max to the top, clamping outside values', () => {
    expect(yFor(0, 100, 10, 110)).toBe(110);
    expect(yFor(100, 100, 10, 110)).toBe(10);
    expect(yFor(50, 100, 10, 110)).toBe(60);
    expect(yFor(200, 100, 10, 110)).toBe(10);
    expect(yFor(-5, 100, 10, 110)).toBe(110);
    expect(yFor(5, 0, 10, 110)).toBe(110);
  });
});

describe('bars and sums', () => {
  it('lays out groups side by side inside the plot', () => {
    const lay = barLayout(13, 4, 100, 1000);
    expect(lay.x(0, 0)).toBeGreaterThanOrEqual(100);
    expect(lay.x(12, 3) + lay.barWidth).toBeLessThanOrEqual(1000 + 1e-9);
    expect(lay.x(0, 1) - lay.x(0, 0)).toBeCloseTo(lay.barWidth);
    expect(lay.center(0)).toBeCloseTo(100 + lay.groupWidth / 2);
  });

  it('finds the maximum and running sums', () => {
    expect(maxOf([[1, 5], [3, Number.NaN], []])).toBe(5);
    expect(maxOf([])).toBe(0);
    expect(cumulative([1, 2, 3])).toEqual([1, 3, 6]);
  });
});
