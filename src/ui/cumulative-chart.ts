// The chart of revenue added up over a whole game that the debrief and the trainer's board both
// draw: one point per season's fair and per week after it, a marker where each season starts,
// money on the axis, a projector-sized line chart with its heading at h2.
import { money, moneyShort } from '../i18n/format';
import type { Lang } from '../store/settings';
import { type ChartSeries, type ChartSpec, lineChart } from './charts';
import type { T } from './context';

interface CumulativeSpec {
  t: T;
  lang: Lang;
  /** The game's shape; null when there is no game to draw yet (an empty board). */
  shape: { seasons: number; weeksAfter: number } | null;
  title: string;
  summary: string;
  events?: ChartSpec['events'];
}

export function cumulativeChart(spec: CumulativeSpec, series: ChartSeries[]): HTMLElement {
  const { t, lang, shape } = spec;
  const per = (shape?.weeksAfter ?? 0) + 1;
  const xLabels = Array.from({ length: (shape?.seasons ?? 1) * per }, (_, i) => {
    const n = Math.floor(i / per) + 1;
    const w = i % per;
    return w === 0 ? t('debrief.pointFair', { n }) : t('debrief.pointWeek', { n, w });
  });
  const markers = Array.from({ length: shape?.seasons ?? 0 }, (_, i) => ({
    index: i * per,
    label: t('common.seasonShort', { n: i + 1 }),
  }));
  return lineChart(
    {
      title: spec.title,
      summary: spec.summary,
      xLabels,
      xTitle: t('debrief.xTime'),
      yTitle: t('debrief.yTotal'),
      tick: (v) => moneyShort(v, lang),
      full: (v) => money(v, lang),
      showNumbers: t('common.showNumbers'),
      markers,
      ...(spec.events ? { events: spec.events } : {}),
      labelEvery: 0,
      headingLevel: 'h2',
    },
    series,
  );
}
