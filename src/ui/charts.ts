// Charts as inline SVG, written for this game (no chart library): grouped bars and lines with
// labelled axes, a legend, large type that reads on a projector, and the numbers in a table
// behind "Show the numbers" for screen readers and the curious.
import { barLayout, maxOf, niceAxis, yFor } from './chart-scale';
import { h, svg } from './dom';

export interface ChartSeries {
  id: string;
  label: string;
  color: string;
  values: readonly number[];
  /** Drawn strongest (the player's own line or bars). */
  emphasis?: boolean;
  /** Drawn dashed (the bots' ghosts). */
  dashed?: boolean;
  /** Shown after the label in the legend, e.g. a total. */
  note?: string;
}

export interface ChartSpec {
  title: string;
  /** One sentence saying what the chart shows; read out with the picture. */
  summary: string;
  xLabels: string[];
  xTitle: string;
  yTitle: string;
  /** Short money for the axis. */
  tick(v: number): string;
  /** Full value for the table. */
  full(v: number): string;
  showNumbers: string;
  /** 'compact' for the side panel, else large enough for a projector. */
  size?: 'large' | 'compact';
  /** Draws a divider after the first group (the fair, before the weeks after). */
  splitAfterFirst?: boolean;
  /** Index of the x group to highlight (the current week), or -1. */
  highlight?: number;
  /** x indices that start a new section (season starts), with their labels. */
  markers?: { index: number; label: string }[];
  /** Moments pinned under the x axis (a layoff, a firing): a coloured triangle with its label as a tooltip. */
  events?: { index: number; label: string; color: string; shape?: 'pin' | 'cross' }[];
  /** Show only every n-th x label (long lines); 0 shows none (markers label the axis). */
  labelEvery?: number;
  headingLevel?: 'h2' | 'h3';
}

interface Frame {
  W: number;
  H: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  font: number;
}

function frameFor(spec: ChartSpec): Frame {
  if (spec.size === 'compact')
    return { W: 400, H: 190, left: 62, right: 392, top: 12, bottom: 150, font: 15 };
  return { W: 1000, H: 400, left: 104, right: 984, top: 24, bottom: 322, font: 20 };
}

function legend(series: ChartSeries[]): HTMLElement {
  return h(
    'ul',
    { class: 'legend' },
    series.map((s) =>
      h(
        'li',
        { class: s.emphasis ? 'legend-item is-ours' : 'legend-item' },
        h('span', {
          class: s.dashed ? 'swatch dashed' : 'swatch',
          style: `--swatch:${s.color}`,
          'aria-hidden': 'true',
        }),
        h('span', null, s.label),
        s.note ? h('span', { class: 'legend-note' }, s.note) : null,
      ),
    ),
  );
}

function table(spec: ChartSpec, series: ChartSeries[]): HTMLElement {
  return h(
    'details',
    { class: 'chart-numbers' },
    h('summary', null, spec.showNumbers),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        null,
        h('caption', null, spec.title),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, spec.xTitle),
            series.map((s) => h('th', { scope: 'col' }, s.label)),
          ),
        ),
        h(
          'tbody',
          null,
          spec.xLabels.map((x, i) =>
            h(
              'tr',
              null,
              h('th', { scope: 'row' }, x),
              series.map((s) => {
                const v = s.values[i];
                return h('td', null, v === undefined ? '–' : spec.full(v));
              }),
            ),
          ),
        ),
      ),
    ),
  );
}

function axes(spec: ChartSpec, f: Frame, max: number): { root: SVGElement; axisMax: number } {
  const axis = niceAxis(max, spec.size === 'compact' ? 3 : 4);
  const g = svg('g', { class: 'axes' });
  for (const tick of axis.ticks) {
    const y = yFor(tick, axis.max, f.top, f.bottom);
    g.append(
      svg('line', { x1: f.left, x2: f.right, y1: y, y2: y, class: tick === 0 ? 'baseline' : 'gridline' }),
      svg(
        'text',
        { x: f.left - 8, y: y + f.font * 0.35, 'text-anchor': 'end', 'font-size': f.font * 0.85 },
        spec.tick(tick),
      ),
    );
  }
  if (spec.size !== 'compact') {
    g.append(
      svg(
        'text',
        {
          x: 0,
          y: 0,
          transform: `translate(${f.font}, ${(f.top + f.bottom) / 2}) rotate(-90)`,
          'text-anchor': 'middle',
          'font-size': f.font,
          class: 'axis-title',
        },
        spec.yTitle,
      ),
      svg(
        'text',
        {
          x: (f.left + f.right) / 2,
          y: f.H - 8,
          'text-anchor': 'middle',
          'font-size': f.font,
          class: 'axis-title',
        },
        spec.xTitle,
      ),
    );
  }
  return { root: g, axisMax: axis.max };
}

function figure(spec: ChartSpec, series: ChartSeries[], picture: SVGElement): HTMLElement {
  const Heading = spec.headingLevel ?? 'h3';
  return h(
    'figure',
    { class: `chart chart-${spec.size ?? 'large'}` },
    h(
      'figcaption',
      null,
      h(Heading, { class: 'chart-title' }, spec.title),
      h('p', { class: 'chart-summary' }, spec.summary),
    ),
    legend(series),
    picture,
    table(spec, series),
  );
}

function svgRoot(spec: ChartSpec, f: Frame): SVGElement {
  return svg('svg', {
    viewBox: `0 0 ${f.W} ${f.H}`,
    role: 'img',
    'aria-label': `${spec.title}. ${spec.summary}`,
    class: 'chart-svg',
    preserveAspectRatio: 'xMidYMid meet',
  });
}

function xLabel(spec: ChartSpec, f: Frame, i: number, x: number): SVGElement | null {
  const every = spec.labelEvery ?? 1;
  const label = spec.xLabels[i];
  if (label === undefined || every <= 0 || i % every !== 0) return null;
  return svg(
    'text',
    {
      x,
      // Below the pins of the moments (a layoff under its week), where there are any.
      y: f.bottom + f.font * (spec.events?.length ? 1.95 : 1.25),
      'text-anchor': 'middle',
      'font-size': f.font * 0.85,
      class: i === spec.highlight ? 'x-label is-current' : 'x-label',
    },
    label,
  );
}

/** Grouped bars: one group per x label, one bar per series. */
export function barChart(spec: ChartSpec, series: ChartSeries[]): HTMLElement {
  const f = frameFor(spec);
  const root = svgRoot(spec, f);
  const { root: axisGroup, axisMax } = axes(spec, f, maxOf(series.map((s) => s.values)));
  const groups = spec.xLabels.length;
  const lay = barLayout(groups, series.length, f.left, f.right);
  if (spec.highlight !== undefined && spec.highlight >= 0) {
    root.append(
      svg('rect', {
        x: f.left + spec.highlight * lay.groupWidth,
        y: f.top - 6,
        width: lay.groupWidth,
        height: f.bottom - f.top + 6,
        rx: 6,
        class: 'current-band',
      }),
    );
  }
  root.append(axisGroup);
  const bars = svg('g', { class: 'bars' });
  series.forEach((s, b) => {
    for (let g = 0; g < groups; g++) {
      const v = s.values[g];
      if (v === undefined) continue;
      const y = yFor(v, axisMax, f.top, f.bottom);
      const hgt = Math.max(v > 0 ? 2 : 0, f.bottom - y);
      bars.append(
        svg('rect', {
          x: lay.x(g, b) + 0.5,
          y: f.bottom - hgt,
          width: Math.max(1, lay.barWidth - 1),
          height: hgt,
          rx: Math.min(3, lay.barWidth / 3),
          fill: s.color,
          class: s.emphasis ? 'bar is-ours' : 'bar',
        }),
      );
    }
  });
  root.append(bars);
  if (spec.splitAfterFirst && groups > 1) {
    const x = f.left + lay.groupWidth;
    root.append(svg('line', { x1: x, x2: x, y1: f.top - 6, y2: f.bottom + 4, class: 'divider' }));
  }
  for (let g = 0; g < groups; g++) {
    const label = xLabel(spec, f, g, lay.center(g));
    if (label) root.append(label);
  }
  return figure(spec, series, root);
}

/** Lines over x points (e.g. cumulative revenue per fair and week), with section markers. */
export function lineChart(spec: ChartSpec, series: ChartSeries[]): HTMLElement {
  const f = frameFor(spec);
  const root = svgRoot(spec, f);
  const { root: axisGroup, axisMax } = axes(spec, f, maxOf(series.map((s) => s.values)));
  root.append(axisGroup);
  const n = Math.max(2, spec.xLabels.length);
  const xAt = (i: number) => f.left + ((f.right - f.left) * i) / (n - 1);
  for (const m of spec.markers ?? []) {
    const x = xAt(m.index);
    root.append(
      svg('line', { x1: x, x2: x, y1: f.top, y2: f.bottom, class: 'marker' }),
      svg(
        'text',
        { x: x + 6, y: f.top + f.font * 0.9, 'font-size': f.font * 0.8, class: 'marker-label' },
        m.label,
      ),
    );
  }
  for (const e of spec.events ?? []) {
    const x = xAt(e.index);
    const s = f.font * 0.45;
    const y = f.bottom + 2;
    const d =
      e.shape === 'cross'
        ? `M${x - s},${y} L${x + s},${y + s * 2} M${x + s},${y} L${x - s},${y + s * 2}`
        : `M${x - s},${y + s * 1.6} L${x + s},${y + s * 1.6} L${x},${y} Z`;
    root.append(
      svg(
        'path',
        {
          d,
          fill: e.shape === 'cross' ? 'none' : e.color,
          stroke: e.shape === 'cross' ? e.color : '#1f2a33',
          'stroke-width': e.shape === 'cross' ? 3 : 1,
          'stroke-linecap': 'round',
          class: 'event-pin',
        },
        svg('title', null, e.label),
      ),
    );
  }
  const ordered = [...series].sort((a, b) => Number(a.emphasis ?? false) - Number(b.emphasis ?? false));
  for (const s of ordered) {
    if (!s.values.length) continue;
    const d = s.values
      .map(
        (v, i) =>
          `${i === 0 ? 'M' : 'L'}${xAt(i).toFixed(1)},${yFor(v, axisMax, f.top, f.bottom).toFixed(1)}`,
      )
      .join(' ');
    root.append(
      svg('path', {
        d,
        fill: 'none',
        stroke: s.color,
        'stroke-width': s.emphasis ? 5 : 3.5,
        'stroke-dasharray': s.dashed ? '10 8' : null,
        'stroke-linejoin': 'round',
        'stroke-linecap': 'round',
        class: s.emphasis ? 'line is-ours' : 'line',
      }),
    );
    const lastIndex = s.values.length - 1;
    const last = s.values[lastIndex] ?? 0;
    root.append(
      svg('circle', {
        cx: xAt(lastIndex),
        cy: yFor(last, axisMax, f.top, f.bottom),
        r: s.emphasis ? 7 : 5,
        fill: s.color,
      }),
    );
  }
  for (let i = 0; i < spec.xLabels.length; i++) {
    const label = xLabel(spec, f, i, xAt(i));
    if (label) root.append(label);
  }
  return figure(spec, series, root);
}
