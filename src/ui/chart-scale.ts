// Chart arithmetic, free of the DOM: round axis steps (1, 2, 2.5, 5 × 10^k), tick lists and
// the mapping from values to pixels. The chart builders (charts.ts) draw with these.

/** The smallest round step (1, 2, 2.5 or 5 times a power of ten) at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) {
    if (m * power >= raw * (1 - 1e-9)) return m * power;
  }
  return 10 * power;
}

export interface Axis {
  max: number;
  step: number;
  ticks: number[];
}

/** A value axis from 0 that covers `max` in about `count` round steps. */
export function niceAxis(max: number, count = 4): Axis {
  const top = max > 0 && Number.isFinite(max) ? max : 1;
  const step = niceStep(top / Math.max(1, count));
  const n = Math.max(1, Math.ceil(top / step - 1e-9));
  const ticks: number[] = [];
  for (let i = 0; i <= n; i++) ticks.push(i * step);
  return { max: n * step, step, ticks };
}

/** Maps a value on [0, max] to a y pixel between bottom (0) and top (max). */
export function yFor(value: number, max: number, top: number, bottom: number): number {
  if (max <= 0) return bottom;
  const v = Math.max(0, Math.min(max, value));
  return bottom - ((bottom - top) * v) / max;
}

/** The largest value of several series (0 when empty). */
export function maxOf(series: readonly (readonly number[])[]): number {
  let m = 0;
  for (const s of series) for (const v of s) if (Number.isFinite(v) && v > m) m = v;
  return m;
}

/** Band layout of grouped bars: x of each bar in each group, and the bar width. */
export function barLayout(
  groups: number,
  perGroup: number,
  left: number,
  right: number,
  gap = 0.28,
): {
  groupWidth: number;
  barWidth: number;
  x(group: number, bar: number): number;
  center(group: number): number;
} {
  const groupWidth = (right - left) / Math.max(1, groups);
  const inner = groupWidth * (1 - gap);
  const barWidth = inner / Math.max(1, perGroup);
  return {
    groupWidth,
    barWidth,
    x: (g, b) => left + g * groupWidth + (groupWidth - inner) / 2 + b * barWidth,
    center: (g) => left + g * groupWidth + groupWidth / 2,
  };
}

/** Running sum: [1, 2, 3] → [1, 3, 6]. */
export function cumulative(values: readonly number[]): number[] {
  const out: number[] = [];
  let sum = 0;
  for (const v of values) {
    sum += v;
    out.push(sum);
  }
  return out;
}
