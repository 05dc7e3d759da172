// A bot's figures over many seeds, as `balance --json` prints them under `bots` and the tables
// and the HTML report show them: means per season, fired share (overall and by season), fair
// share of revenue, the 10/50/90 % band of cumulative revenue and profit week by week,
// competitors' layoffs by week and where our orders came from.
import type { Level } from '../levels/schema';
import type { RunRecord } from '../sim';
import { ORIGIN_KINDS, type OriginKind, type RunDetail, timelineLength } from './balance-run';

/** Percentiles over seeds at each point of the timeline, cents. */
export interface Band {
  p10: number[];
  median: number[];
  p90: number[];
}

export interface OriginStats {
  meanOrders: number;
  meanValue: number;
  /** Share of our order value from this origin. */
  share: number;
}

export interface BotStats {
  runs: number;
  firedShare: number;
  meanRevenue: number;
  medianRevenue: number;
  /** Mean profit of the whole game (margin on revenue less costs; the game's score), cents. */
  meanProfit: number;
  meanFairRevenue: number;
  meanAfterFairRevenue: number;
  meanSeasonRevenue: number[];
  meanSeasonFairRevenue: number[];
  layoffShare: number;
  /** Share of runs in which the CEO fired the player in each season. */
  firedBySeason: number[];
  /** Fair revenue over all revenue, summed over the runs. */
  fairShare: number;
  cumulativeRevenue: Band;
  cumulativeProfit: Band;
  /** Mean staff laid off by all competitors at each point of the timeline. */
  layoffsByWeek: number[];
  orderOrigins: Record<OriginKind, OriginStats>;
}

const share3 = (x: number) => Math.round(x * 1000) / 1000;

export function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

/** The q-quantile (0..1) with linear interpolation between the nearest ranks. */
export function quantile(xs: number[], q: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (at - lo);
}
export const median = (xs: number[]) => quantile(xs, 0.5);

function band(runs: RunDetail[], points: number, pick: (r: RunDetail) => number[]): Band {
  const out: Band = { p10: [], median: [], p90: [] };
  for (let i = 0; i < points; i++) {
    const xs = runs.map((r) => pick(r)[i] ?? 0);
    out.p10.push(Math.round(quantile(xs, 0.1)));
    out.median.push(Math.round(quantile(xs, 0.5)));
    out.p90.push(Math.round(quantile(xs, 0.9)));
  }
  return out;
}

function originStats(runs: RunDetail[]): Record<OriginKind, OriginStats> {
  let all = 0;
  for (const r of runs) for (const k of ORIGIN_KINDS) all += r.origins[k].value;
  const out = {} as Record<OriginKind, OriginStats>;
  for (const k of ORIGIN_KINDS) {
    const value = runs.reduce((a, r) => a + r.origins[k].value, 0);
    out[k] = {
      meanOrders: share3(mean(runs.map((r) => r.origins[k].orders))),
      meanValue: Math.round(mean(runs.map((r) => r.origins[k].value))),
      share: all > 0 ? share3(value / all) : 0,
    };
  }
  return out;
}

function summaryStats(level: Level, runs: RunRecord[]) {
  const total = (r: RunRecord) => r.seasonRevenue.reduce((a, b) => a + b, 0);
  const fair = (r: RunRecord) => r.seasonFairRevenue.reduce((a, b) => a + b, 0);
  const perSeason = (pick: (r: RunRecord) => number[]) =>
    Array.from({ length: level.seasons }, (_, k) => Math.round(mean(runs.map((r) => pick(r)[k] ?? 0))));
  return {
    runs: runs.length,
    firedShare: runs.length ? runs.filter((r) => r.fired).length / runs.length : 0,
    meanRevenue: Math.round(mean(runs.map(total))),
    medianRevenue: Math.round(median(runs.map(total))),
    meanProfit: Math.round(mean(runs.map((r) => r.seasonProfit.reduce((a, b) => a + b, 0)))),
    meanFairRevenue: Math.round(mean(runs.map(fair))),
    meanAfterFairRevenue: Math.round(mean(runs.map((r) => total(r) - fair(r)))),
    meanSeasonRevenue: perSeason((r) => r.seasonRevenue),
    meanSeasonFairRevenue: perSeason((r) => r.seasonFairRevenue),
    layoffShare: runs.length
      ? runs.filter((r) => r.competitorLayoffs.some((n) => n > 0)).length / runs.length
      : 0,
  };
}

export function botStats(level: Level, runs: RunDetail[]): BotStats {
  const points = timelineLength(level);
  const revenue = runs.reduce((a, r) => a + r.seasonRevenue.reduce((x, y) => x + y, 0), 0);
  const fair = runs.reduce((a, r) => a + r.seasonFairRevenue.reduce((x, y) => x + y, 0), 0);
  return {
    ...summaryStats(level, runs),
    firedBySeason: Array.from({ length: level.seasons }, (_, k) =>
      runs.length ? share3(runs.filter((r) => r.firedSeason === k + 1).length / runs.length) : 0,
    ),
    fairShare: revenue > 0 ? share3(fair / revenue) : 0,
    cumulativeRevenue: band(runs, points, (r) => r.cumulativeRevenue),
    cumulativeProfit: band(runs, points, (r) => r.cumulativeProfit),
    layoffsByWeek: Array.from({ length: points }, (_, i) =>
      share3(mean(runs.map((r) => r.layoffsByWeek[i] ?? 0))),
    ),
    orderOrigins: originStats(runs),
  };
}
