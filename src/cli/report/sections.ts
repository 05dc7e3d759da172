// The balance report's sections for one level: its claims, the key figures per bot, the bands
// of cumulative revenue and profit, fired share by season, competitors' layoffs by week, fair
// share of revenue and order origins. Every number shown carries its JSON pointer
// (data-json) and raw value (data-value) in the balance JSON under `base` ('' or '/against').
import type { Level } from '../../levels/schema';
import type { ClaimVerdict } from '../../sim';
import type { LevelResult } from '../balance';
import { ORIGIN_KINDS } from '../balance-run';
import type { BotStats } from '../balance-stats';
import { groupedBars, horizontalBars, type LineSeries, lineChart, yDomainOf } from './charts';
import { esc, euros, euroTick, pct } from './svg';

/** A table cell showing `shown` for the number at `pointer`. */
export const cell = (pointer: string, value: number, shown: string, cls = '') =>
  `<td${cls ? ` class="${cls}"` : ''} data-json="${esc(pointer)}" data-value="${value}">${esc(shown)}</td>`;

export const figure = (title: string, chart: string, note = '') =>
  `<figure><figcaption>${esc(title)}</figcaption>${chart}${note ? `<p class="note">${esc(note)}</p>` : ''}</figure>`;

export function claimsTable(claims: ClaimVerdict[], base: string): string {
  const rows = claims.map((c, i) => {
    const verdict = c.holds
      ? '<td class="verdict holds">✓ holds</td>'
      : '<td class="verdict fails">✗ fails</td>';
    return `<tr data-claim="${esc(c.id)}"><td class="text">${esc(c.text.en)}</td>${cell(`${base}/claims/${i}/share`, c.share, pct(c.share))}${cell(`${base}/claims/${i}/required`, c.required, pct(c.required))}${verdict}</tr>`;
  });
  return `<div class="table-wrap"><table class="claims"><thead><tr><th>claim</th><th>share of seeds</th><th>required</th><th>verdict</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

const last = (xs: number[]) => xs.length - 1;

function figuresTable(r: LevelResult, base: string): string {
  const money = Object.entries(r.stats).map(([bot, s]) => {
    const p = `${base}/bots/${bot}`;
    const end = last(s.cumulativeProfit.median);
    const profit = s.cumulativeProfit.median[end] ?? 0;
    return `<tr><th scope="row">${esc(bot)}</th>${cell(`${p}/meanRevenue`, s.meanRevenue, euros(s.meanRevenue))}${cell(`${p}/medianRevenue`, s.medianRevenue, euros(s.medianRevenue))}${cell(`${p}/cumulativeProfit/median/${end}`, profit, euros(profit))}</tr>`;
  });
  const shares = Object.entries(r.stats).map(([bot, s]) => {
    const p = `${base}/bots/${bot}`;
    return `<tr><th scope="row">${esc(bot)}</th>${cell(`${p}/fairShare`, s.fairShare, pct(s.fairShare))}${cell(`${p}/firedShare`, s.firedShare, pct(s.firedShare))}${cell(`${p}/layoffShare`, s.layoffShare, pct(s.layoffShare))}</tr>`;
  });
  const table = (head: string[], rows: string[]) =>
    `<div class="table-wrap"><table class="figures"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  return `<div class="two">${table(['bot', 'mean revenue', 'median revenue', 'median profit'], money)}${table(['bot', 'fair share', 'fired', 'competitor lays off'], shares)}</div>`;
}

/** Ticks of the game timeline: each week of a one-season level, else each season's fair. */
export function timelineTicks(level: Level): { at: number; label: string }[] {
  const W = level.weeksAfter;
  if (level.seasons === 1)
    return Array.from({ length: W + 1 }, (_, w) => ({ at: w, label: w === 0 ? 'fair' : String(w) })).filter(
      (t) => W <= 12 || t.at % 2 === 0,
    );
  return Array.from({ length: level.seasons }, (_, k) => ({ at: k * (W + 1), label: `S${k + 1}` }));
}
const timelineLabel = (level: Level) =>
  level.seasons === 1 ? 'week after the fair' : `season (each: its fair, then ${level.weeksAfter} weeks)`;

function bandSeries(p: string, s: BotStats): LineSeries[] {
  const series = (
    key: 'cumulativeRevenue' | 'cumulativeProfit',
    label: string,
    style: number,
  ): LineSeries => ({
    label: `${label}, median`,
    style,
    values: s[key].median,
    json: `${p}/${key}/median`,
    band: {
      label: `${label}, 10–90 %`,
      lo: s[key].p10,
      hi: s[key].p90,
      loJson: `${p}/${key}/p10`,
      hiJson: `${p}/${key}/p90`,
    },
  });
  return [series('cumulativeRevenue', 'revenue', 0), series('cumulativeProfit', 'profit', 1)];
}

function bandCharts(r: LevelResult, base: string, id: string): string {
  const all = Object.entries(r.stats).map(([bot, s]) => [bot, bandSeries(`${base}/bots/${bot}`, s)] as const);
  const yDomain = yDomainOf(all.flatMap(([, s]) => s));
  const panels = all.map(([bot, series]) =>
    figure(
      bot,
      lineChart({
        id: `${id}-band-${bot}`,
        title: `${bot}: cumulative revenue and profit`,
        xLabel: timelineLabel(r.level),
        yLabel: 'cumulative, euros',
        points: series[0]?.values.length ?? 0,
        xTicks: timelineTicks(r.level),
        series,
        format: euroTick,
        yDomain,
      }),
    ),
  );
  return `<div class="charts">${panels.join('')}</div>`;
}

function medianChart(
  r: LevelResult,
  base: string,
  id: string,
  key: 'cumulativeRevenue' | 'cumulativeProfit',
): string {
  const series = Object.entries(r.stats).map(([bot, s], i) => ({
    label: bot,
    style: i,
    values: s[key].median,
    json: `${base}/bots/${bot}/${key}/median`,
  }));
  const what = key === 'cumulativeRevenue' ? 'revenue' : 'profit';
  return lineChart({
    id: `${id}-median-${what}`,
    title: `median cumulative ${what} of every bot`,
    xLabel: timelineLabel(r.level),
    yLabel: `cumulative ${what}, euros`,
    points: series[0]?.values.length ?? 0,
    xTicks: timelineTicks(r.level),
    series,
    format: euroTick,
  });
}

function layoffChart(r: LevelResult, base: string, id: string): string {
  const series = Object.entries(r.stats).map(([bot, s], i) => ({
    label: bot,
    style: i,
    values: s.layoffsByWeek,
    json: `${base}/bots/${bot}/layoffsByWeek`,
  }));
  return lineChart({
    id: `${id}-layoffs`,
    title: 'staff laid off by the competitors, by week',
    xLabel: timelineLabel(r.level),
    yLabel: 'staff laid off (mean)',
    points: series[0]?.values.length ?? 0,
    xTicks: timelineTicks(r.level),
    series,
    format: (v) => (Number.isInteger(v) ? String(v) : v.toFixed(1)),
  });
}

function firedChart(r: LevelResult, base: string, id: string): string {
  return groupedBars({
    id: `${id}-fired`,
    title: 'share of seeds in which the CEO fires the player, by season',
    xLabel: 'season',
    yLabel: 'fired (share of seeds)',
    categories: Array.from({ length: r.level.seasons }, (_, k) => `S${k + 1}`),
    series: Object.entries(r.stats).map(([bot, s], i) => ({
      label: bot,
      style: i,
      values: s.firedBySeason,
      json: `${base}/bots/${bot}/firedBySeason`,
    })),
  });
}

function fairShareChart(r: LevelResult, base: string, id: string): string {
  return horizontalBars({
    id: `${id}-fair-share`,
    title: 'share of revenue signed at the fair',
    xLabel: 'fair revenue / all revenue',
    segments: ['fair share'],
    rows: Object.entries(r.stats).map(([bot, s]) => ({
      label: bot,
      values: [s.fairShare],
      json: `${base}/bots/${bot}/fairShare`,
    })),
  });
}

/** Order origins as 100 % stacks (their numbers, with pointers, are in the table under it). */
function originsChart(r: LevelResult, id: string): string {
  return horizontalBars({
    id: `${id}-origins`,
    title: 'where our order value comes from',
    xLabel: 'share of our order value',
    segments: [...ORIGIN_KINDS],
    rows: Object.entries(r.stats).map(([bot, s]) => ({
      label: bot,
      values: ORIGIN_KINDS.map((k) => s.orderOrigins[k].share),
    })),
  });
}

function originsTable(r: LevelResult, base: string): string {
  const head = ORIGIN_KINDS.map((k) => `<th>${esc(k)}</th>`).join('');
  const rows = Object.entries(r.stats).map(([bot, s]) => {
    const cells = ORIGIN_KINDS.map((k) => {
      const o = s.orderOrigins[k];
      return cell(
        `${base}/bots/${bot}/orderOrigins/${k}/share`,
        o.share,
        `${pct(o.share)} · ${o.meanOrders.toFixed(1)}`,
      );
    });
    return `<tr><th scope="row">${esc(bot)}</th>${cells.join('')}</tr>`;
  });
  return `<div class="table-wrap"><table class="origins"><thead><tr><th>bot</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** Every section of one level; `base` is its place in the balance JSON, `id` prefixes chart ids. */
export function levelSections(r: LevelResult, base: string, id: string): string {
  return [
    `<section><h2>Claims</h2>${claimsTable(r.claims, base)}</section>`,
    `<section><h2>Figures per bot</h2><p class="note">Means and medians over the seeds; “median profit” is the median over seeds of the profit at the end of the game; “competitor lays off” is the share of seeds in which some competitor lays people off.</p>${figuresTable(r, base)}</section>`,
    `<section><h2>Cumulative revenue and profit, week by week</h2><p class="note">Line: median over the seeds. Shaded: 10–90 % of the seeds. Profit is the margin on revenue minus the season’s costs so far. The panels share one scale.</p>${bandCharts(r, base, id)}</section>`,
    `<section><h2>All bots compared</h2><div class="charts">${figure('median cumulative revenue', medianChart(r, base, id, 'cumulativeRevenue'))}${figure('median cumulative profit', medianChart(r, base, id, 'cumulativeProfit'))}</div></section>`,
    `<section><h2>Fired and layoffs</h2><div class="charts">${figure('fired share by season', firedChart(r, base, id))}${figure('competitors’ layoffs by week', layoffChart(r, base, id), 'Mean over the seeds of the staff all competitors lay off in each week.')}</div></section>`,
    `<section><h2>Fair share and order origins</h2><div class="charts">${figure('fair share of revenue', fairShareChart(r, base, id))}${figure('order origins', originsChart(r, id))}</div><p class="note">Order origins: share of our order value · mean orders per game.</p>${originsTable(r, base)}</section>`,
  ].join('');
}
