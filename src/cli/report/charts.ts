// The balance report's charts as inline SVG strings: lines with optional 10–90 % bands over
// the weeks of a game, grouped vertical bars, horizontal bars and 100 % stacked bars. Every
// drawn series carries the JSON pointer of its numbers in the balance JSON (data-json,
// data-values), so tests can check the picture against the --json output.
import {
  colour,
  esc,
  fill,
  frame,
  type LegendItem,
  legend,
  lineStyle,
  niceTicks,
  patterns,
  pct,
  scale,
  xAxis,
  yAxis,
} from './svg';

const data = (json: string | undefined, values: number[]) =>
  json ? ` data-json="${esc(json)}" data-values="${values.join(',')}"` : '';
/** The same for a row that shows a single number. */
const dataRow = (json: string | undefined, values: number[]) =>
  json && values.length === 1 ? ` data-json="${esc(json)}" data-value="${values[0]}"` : data(json, values);

function svg(id: string, width: number, height: number, label: string, body: string): string {
  return `<svg id="${esc(id)}" class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
}

export interface LineSeries {
  label: string;
  style: number;
  values: number[];
  json?: string;
  band?: { label: string; lo: number[]; hi: number[]; loJson?: string; hiJson?: string };
}

export interface LineChartSpec {
  id: string;
  title: string;
  xLabel: string;
  yLabel: string;
  points: number;
  xTicks: { at: number; label: string }[];
  series: LineSeries[];
  format: (v: number) => string;
  /** A shared y range (small multiples); else from the data, always including 0. */
  yDomain?: [number, number];
}

/** The y range that covers every series and band, and 0. */
export function yDomainOf(series: LineSeries[]): [number, number] {
  const all = series.flatMap((s) => [...s.values, ...(s.band ? [...s.band.lo, ...s.band.hi] : [])]);
  return [Math.min(0, ...all), Math.max(0, ...all)];
}

export function lineChart(spec: LineChartSpec): string {
  const f = frame(420, 230);
  const ticks = niceTicks(...(spec.yDomain ?? yDomainOf(spec.series)));
  const y = scale(ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1, f.bottom, f.top);
  const x = scale(0, Math.max(1, spec.points - 1), f.left + 4, f.right - 4);
  const path = (vs: number[]) =>
    vs.map((v, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join('');
  const bands = spec.series.map((s) => {
    if (!s.band) return '';
    const { lo, hi } = s.band;
    const area = `${path(hi)}${lo.map((v, i) => `L${x(lo.length - 1 - i).toFixed(1)},${y(lo[lo.length - 1 - i] ?? v).toFixed(1)}`).join('')}Z`;
    return (
      `<path class="band" d="${area}" fill="${colour(s.style)}" fill-opacity="0.16" stroke="none"/>` +
      `<path class="band-edge" d="${path(lo)}" ${lineStyle(s.style, 0.7)}${data(s.band.loJson, lo)}/>` +
      `<path class="band-edge" d="${path(hi)}" ${lineStyle(s.style, 0.7)}${data(s.band.hiJson, hi)}/>`
    );
  });
  const lines = spec.series.map(
    (s) =>
      `<path class="series" d="${path(s.values)}" ${lineStyle(s.style)}${data(s.json, s.values)}><title>${esc(s.label)}</title></path>`,
  );
  const items: LegendItem[] = spec.series.flatMap((s) => [
    { label: s.label, kind: 'line' as const, style: s.style },
    ...(s.band ? [{ label: s.band.label, kind: 'band' as const, style: s.style }] : []),
  ]);
  const leg = legend(f, items, f.bottom + 54);
  const body = [
    yAxis(f, y, ticks, spec.format, spec.yLabel),
    xAxis(
      f,
      spec.xTicks.map((t) => ({ x: x(t.at), label: t.label })),
      spec.xLabel,
    ),
    ...bands,
    ...lines,
    leg.svg,
  ].join('');
  return svg(spec.id, f.width, f.bottom + 54 + leg.height, spec.title, body);
}

export interface BarSeries {
  label: string;
  style: number;
  values: number[];
  json?: string;
}

/** Vertical bars of shares (0..1), one group per category, one bar per series. */
export function groupedBars(spec: {
  id: string;
  title: string;
  xLabel: string;
  yLabel: string;
  categories: string[];
  series: BarSeries[];
}): string {
  const f = frame(420, 210, 50);
  const max = Math.max(0.05, ...spec.series.flatMap((s) => s.values));
  const ticks = niceTicks(0, Math.min(1, max), 4);
  const y = scale(0, ticks[ticks.length - 1] ?? 1, f.bottom, f.top);
  const groupW = (f.right - f.left) / Math.max(1, spec.categories.length);
  const barW = Math.min(22, (groupW * 0.8) / Math.max(1, spec.series.length));
  const bars = spec.series.map((s, j) => {
    const rects = s.values.map((v, k) => {
      const x0 = f.left + k * groupW + (groupW - barW * spec.series.length) / 2 + j * barW;
      return `<rect x="${x0.toFixed(1)}" y="${y(v).toFixed(1)}" width="${(barW - 1).toFixed(1)}" height="${(f.bottom - y(v)).toFixed(1)}" fill="${fill(spec.id, s.style)}" stroke="${colour(s.style)}" stroke-width="0.8"><title>${esc(`${s.label}, ${spec.categories[k]}: ${pct(v)}`)}</title></rect>`;
    });
    return `<g class="series"${data(s.json, s.values)}>${rects.join('')}</g>`;
  });
  const xTicks = spec.categories.map((c, k) => ({ x: f.left + (k + 0.5) * groupW, label: c }));
  const leg = legend(
    f,
    spec.series.map((s) => ({ label: s.label, kind: 'fill' as const, style: s.style, fillId: spec.id })),
    f.bottom + 54,
  );
  const body = [
    patterns(spec.id, spec.series.length),
    yAxis(f, y, ticks, pct, spec.yLabel),
    xAxis(f, xTicks, spec.xLabel),
    ...bars,
    leg.svg,
  ].join('');
  return svg(spec.id, f.width, f.bottom + 54 + leg.height, spec.title, body);
}

export interface BarRow {
  label: string;
  /** One value per segment; a plain bar has one. */
  values: number[];
  json?: string;
}

/** Horizontal bars of shares (0..1); with several segments a row is a 100 % stack. */
export function horizontalBars(spec: {
  id: string;
  title: string;
  xLabel: string;
  rows: BarRow[];
  segments: string[];
}): string {
  const rowH = 26;
  const left = 140;
  const width = 420;
  const right = width - 44;
  const bottom = 10 + spec.rows.length * rowH;
  const x = scale(0, 1, left, right);
  const rows = spec.rows.map((r, i) => {
    const top = 10 + i * rowH + 4;
    let at = 0;
    const segs = r.values.map((v, j) => {
      const rect = `<rect x="${x(at).toFixed(1)}" y="${top}" width="${(x(at + v) - x(at)).toFixed(1)}" height="${rowH - 8}" fill="${fill(spec.id, j)}" stroke="${colour(j)}" stroke-width="0.8"><title>${esc(`${r.label}${spec.segments.length > 1 ? `, ${spec.segments[j]}` : ''}: ${pct(v)}`)}</title></rect>`;
      at += v;
      return rect;
    });
    const value =
      r.values.length === 1
        ? `<text class="tick" x="${(x(at) + 4).toFixed(1)}" y="${top + 13}">${pct(at)}</text>`
        : '';
    return `<g class="bar-row"${dataRow(r.json, r.values)}><text class="tick" x="${left - 6}" y="${top + 13}" text-anchor="end">${esc(r.label)}</text>${segs.join('')}${value}</g>`;
  });
  const f = { ...frame(width, bottom, left), right, top: 10 };
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => ({ x: x(t), label: pct(t) }));
  const leg =
    spec.segments.length > 1
      ? legend(
          f,
          spec.segments.map((s, j) => ({ label: s, kind: 'fill' as const, style: j, fillId: spec.id })),
          bottom + 54,
        )
      : { svg: '', height: 0 };
  const grid = ticks.map(
    (t) => `<line class="gridline" x1="${t.x.toFixed(1)}" x2="${t.x.toFixed(1)}" y1="10" y2="${bottom}"/>`,
  );
  const body = [
    patterns(spec.id, spec.segments.length),
    ...grid,
    xAxis(f, ticks, spec.xLabel),
    ...rows,
    leg.svg,
  ].join('');
  return svg(spec.id, width, bottom + (leg.height ? 54 + leg.height : 44), spec.title, body);
}
