// The board's pictures: everyone's cumulative line with the ghosts (the game's line chart),
// the spread as a small table, and listening share against revenue as an SVG scatter.
import { money, moneyShort, percent } from '../../i18n/format';
import type { Lang } from '../../store/settings';
import { palette } from '../../theme';
import type { ChartSeries } from '../../ui/charts';
import { cumulativeChart } from '../../ui/cumulative-chart';
import { h, svg } from '../../ui/dom';
import type { BoardModel, RunLine, Spread } from '../model';
import type { T } from './lang';

const RUN_COLOURS = ['#2f6f9f', '#8a5cc2', '#c2762b', '#3a8f5c', '#b84a6a', '#5f7f1f', '#2a8c8c', '#7a6a4f'];

/** A run's colour, the same in the lines and the scatter. */
function runColour(l: RunLine): string {
  return RUN_COLOURS[(l.n - 1) % RUN_COLOURS.length] as string;
}

export function linesChart(
  m: BoardModel,
  t: T,
  lang: Lang,
  name: (l: RunLine) => string,
  only?: RunLine,
): HTMLElement {
  const L = m.lines[0]?.run.game.level;
  const shown = only ? [only] : m.lines;
  const series: ChartSeries[] = shown.map((l) => ({
    id: `run-${l.n}`,
    label: name(l),
    color: runColour(l),
    values: l.cumulative,
    emphasis: Boolean(only),
  }));
  if (m.ghosts) {
    series.push(
      {
        id: 'pusher',
        label: t('board.pusher'),
        color: palette.irritation,
        values: m.ghosts.pusher,
        dashed: true,
      },
      {
        id: 'listener',
        label: t('board.listener'),
        color: palette.calm,
        values: m.ghosts.listener,
        dashed: true,
      },
    );
  }
  return cumulativeChart(
    {
      t,
      lang,
      shape: L ?? null,
      title: t('board.cumulative'),
      summary: t('board.cumulativeSummary'),
    },
    series,
  );
}

export function spreadTable(m: BoardModel, t: T, lang: Lang): HTMLElement {
  const row = (label: string, s: Spread | null) =>
    h(
      'tr',
      null,
      h('th', { scope: 'row' }, label),
      ...[s?.min, s?.q1, s?.median, s?.q3, s?.max].map((v) =>
        h('td', null, v === undefined ? '–' : moneyShort(v, lang)),
      ),
    );
  return h(
    'section',
    { class: 'board-block board-spread' },
    h('h2', null, t('board.spread')),
    h(
      'table',
      { class: 'spread' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('td'),
          ...(['min', 'q1', 'median', 'q3', 'max'] as const).map((k) =>
            h('th', { scope: 'col' }, t(`board.${k}`)),
          ),
        ),
      ),
      h('tbody', null, row(t('board.spreadRevenue'), m.revenue), row(t('board.spreadProfit'), m.profit)),
    ),
  );
}

export function scatter(m: BoardModel, t: T, lang: Lang, name: (l: RunLine) => string): HTMLElement {
  const W = 600;
  const H = 300;
  const pad = 64;
  const maxRev = Math.max(1, ...m.lines.map((l) => l.revenue));
  const x = (s: number) => pad + s * (W - pad * 1.5);
  const y = (r: number) => H - pad - (r / maxRev) * (H - pad * 1.5);
  const dots = m.lines.map((l) => {
    const cx = x(l.listeningShare);
    const cy = y(l.revenue);
    const tip = svg(
      'title',
      null,
      `${name(l)}: ${percent(l.listeningShare, lang)}, ${money(l.revenue, lang)}${l.fired ? `, ${t('board.fired')}` : ''}`,
    );
    return l.fired
      ? svg(
          'path',
          {
            d: `M${cx - 7} ${cy - 7}l14 14m0 -14l-14 14`,
            class: 'dot-fired',
            style: `stroke:${runColour(l)}`,
          },
          tip,
        )
      : svg('circle', { cx, cy, r: 7, class: 'dot', style: `fill:${runColour(l)}` }, tip);
  });
  return h(
    'section',
    { class: 'board-block board-scatter' },
    h('h2', null, t('board.scatter')),
    h('p', { class: 'hint' }, t('board.scatterSummary')),
    svg(
      'svg',
      { viewBox: `0 0 ${W} ${H}`, class: 'scatter', role: 'img', 'aria-label': t('board.scatterSummary') },
      svg('line', { x1: pad, y1: H - pad, x2: W - pad / 2, y2: H - pad, class: 'axis' }),
      svg('line', { x1: pad, y1: pad / 2, x2: pad, y2: H - pad, class: 'axis' }),
      svg('text', { x: W / 2, y: H - 12, class: 'axis-title', 'text-anchor': 'middle' }, t('board.scatterX')),
      svg('text', { x: pad, y: H - pad + 18, class: 'tick', 'text-anchor': 'middle' }, '0 %'),
      svg('text', { x: x(1), y: H - pad + 18, class: 'tick', 'text-anchor': 'middle' }, '100 %'),
      svg(
        'text',
        { x: pad - 6, y: y(maxRev) + 4, class: 'tick', 'text-anchor': 'end' },
        moneyShort(maxRev, lang),
      ),
      ...dots,
    ),
  );
}
