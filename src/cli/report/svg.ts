// SVG building blocks of the balance report's charts: escaping, number formats, nice axis
// ticks, the series styles (colour and a dash or fill pattern each, so a chart still reads
// printed in black and white), axes with labels, and the legend.

export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Money is integer cents in the sim; the report shows euros. */
export function euros(cents: number): string {
  const e = cents / 100;
  const abs = Math.abs(e);
  const sign = e < 0 ? '−' : '';
  if (abs >= 1e6) return `${sign}€${(abs / 1e6).toFixed(abs >= 1e7 ? 1 : 2)}M`;
  if (abs >= 1e3) return `${sign}€${Math.round(abs / 1e3).toLocaleString('en-US')}k`;
  return `${sign}€${Math.round(abs)}`;
}
export const pct = (x: number) => `${Math.round(x * 100)} %`;

/** Euros for an axis tick: as short as the round tick values allow (€2.5M, €500k, €0). */
export function euroTick(cents: number): string {
  const e = cents / 100;
  const abs = Math.abs(e);
  const sign = e < 0 ? '−' : '';
  const trim = (x: number) => String(Math.round(x * 100) / 100);
  if (abs >= 1e6) return `${sign}€${trim(abs / 1e6)}M`;
  if (abs >= 1e3) return `${sign}€${trim(abs / 1e3)}k`;
  return `${sign}€${trim(abs)}`;
}

/** Okabe–Ito colours (safe for colour-blind readers), each with its own dash and fill pattern. */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
const DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 2 1 2', '12 4', '1 4'];
export const colour = (i: number) => COLOURS[i % COLOURS.length] as string;
export const dash = (i: number) => DASHES[i % DASHES.length] as string;
const dashAttr = (i: number) => (dash(i) ? ` stroke-dasharray="${dash(i)}"` : '');

/** Fill patterns, one per style: solid, diagonal, dots, cross-hatch, horizontal, vertical, grid. */
function patternBody(i: number, c: string): string {
  switch (i % 7) {
    case 0:
      return `<rect width="6" height="6" fill="${c}"/>`;
    case 1:
      return `<rect width="6" height="6" fill="#fff"/><path d="M-1,7 L7,-1 M-1,1 L1,-1 M5,7 L7,5" stroke="${c}" stroke-width="1.6"/>`;
    case 2:
      return `<rect width="6" height="6" fill="#fff"/><circle cx="3" cy="3" r="1.5" fill="${c}"/>`;
    case 3:
      return `<rect width="6" height="6" fill="#fff"/><path d="M0,0 L6,6 M6,0 L0,6" stroke="${c}" stroke-width="1.1"/>`;
    case 4:
      return `<rect width="6" height="6" fill="#fff"/><path d="M0,3 H6" stroke="${c}" stroke-width="2"/>`;
    case 5:
      return `<rect width="6" height="6" fill="#fff"/><path d="M3,0 V6" stroke="${c}" stroke-width="2"/>`;
    default:
      return `<rect width="6" height="6" fill="${c}" opacity="0.35"/><path d="M0,0 H6 V6" fill="none" stroke="${c}"/>`;
  }
}
export function patterns(id: string, count: number): string {
  const defs = Array.from(
    { length: count },
    (_, i) =>
      `<pattern id="${id}-p${i}" width="6" height="6" patternUnits="userSpaceOnUse">${patternBody(i, colour(i))}</pattern>`,
  );
  return `<defs>${defs.join('')}</defs>`;
}
export const fill = (id: string, i: number) => `url(#${id}-p${i})`;

/** Round tick values covering [lo, hi], about `count` of them. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (hi <= lo) hi = lo + 1;
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  const out: number[] = [];
  for (let v = Math.floor(lo / step) * step; v <= hi + step * 1e-9; v += step)
    out.push(Math.round(v * 1e6) / 1e6);
  if ((out[out.length - 1] ?? lo) < hi) out.push((out[out.length - 1] ?? lo) + step);
  return out;
}

export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  /** Bottom of the plot area (legend and x label go below it). */
  bottom: number;
}
export const frame = (width: number, plotHeight: number, left = 62): Frame => ({
  width,
  height: plotHeight,
  left,
  right: width - 12,
  top: 10,
  bottom: plotHeight,
});

export type Scale = (v: number) => number;
export const scale =
  (d0: number, d1: number, r0: number, r1: number): Scale =>
  (v) =>
    d1 === d0 ? r0 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);

/** Y axis with grid lines and tick labels, and the axis label turned upright. */
export function yAxis(
  f: Frame,
  y: Scale,
  ticks: number[],
  format: (v: number) => string,
  label: string,
): string {
  const lines = ticks.map(
    (t) =>
      `<line class="gridline${t === 0 ? ' zero' : ''}" x1="${f.left}" x2="${f.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}"/>` +
      `<text class="tick" x="${f.left - 5}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${esc(format(t))}</text>`,
  );
  const mid = (f.top + f.bottom) / 2;
  return `<g class="axis y">${lines.join('')}<text class="axis-label" transform="translate(12 ${mid}) rotate(-90)" text-anchor="middle">${esc(label)}</text></g>`;
}

/** X axis line, ticks at the given positions and the axis label under them. */
export function xAxis(f: Frame, ticks: { x: number; label: string }[], label: string): string {
  const marks = ticks.map(
    (t) =>
      `<line class="tick-mark" x1="${t.x.toFixed(1)}" x2="${t.x.toFixed(1)}" y1="${f.bottom}" y2="${f.bottom + 4}"/>` +
      `<text class="tick" x="${t.x.toFixed(1)}" y="${f.bottom + 16}" text-anchor="middle">${esc(t.label)}</text>`,
  );
  return `<g class="axis x"><line class="axis-line" x1="${f.left}" x2="${f.right}" y1="${f.bottom}" y2="${f.bottom}"/>${marks.join('')}<text class="axis-label" x="${(f.left + f.right) / 2}" y="${f.bottom + 34}" text-anchor="middle">${esc(label)}</text></g>`;
}

export type LegendItem = { label: string; kind: 'line' | 'band' | 'fill'; style: number; fillId?: string };

/** Legend rows under the plot, two items a row; returns the markup and its height. */
export function legend(f: Frame, items: LegendItem[], top: number): { svg: string; height: number } {
  const colWidth = (f.width - 16) / 2;
  const parts = items.map((it, i) => {
    const x = 8 + (i % 2) * colWidth;
    const y = top + Math.floor(i / 2) * 18;
    const c = colour(it.style);
    const swatch =
      it.kind === 'line'
        ? `<line x1="${x}" x2="${x + 26}" y1="${y}" y2="${y}" stroke="${c}" stroke-width="2.5"${dashAttr(it.style)}/>`
        : `<rect x="${x}" y="${y - 6}" width="26" height="12" fill="${it.kind === 'fill' && it.fillId ? fill(it.fillId, it.style) : c}" ${it.kind === 'band' ? 'fill-opacity="0.22"' : ''} stroke="${c}" stroke-width="0.8"/>`;
    return `${swatch}<text class="legend-text" x="${x + 32}" y="${y + 4}">${esc(it.label)}</text>`;
  });
  return { svg: `<g class="legend">${parts.join('')}</g>`, height: Math.ceil(items.length / 2) * 18 };
}

export const lineStyle = (i: number, width = 2.2) =>
  `fill="none" stroke="${colour(i)}" stroke-width="${width}"${dashAttr(i)} stroke-linejoin="round"`;
