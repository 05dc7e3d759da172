// Lesson claims, measured: from many bot runs on many seeds, the share of seeds in which each
// claim of a level holds, against the share it requires. Pure, so the balance tool, the tests
// and any screen compute the same verdicts from the same runs.
import type { Level, LevelClaim } from '../levels/schema';
import type { GameSummary } from './summary';

/** One bot's game on one seed, reduced to what claims and balance reports read. */
export interface RunRecord {
  seed: string;
  bot: string;
  fired: boolean;
  seasonRevenue: number[];
  seasonFairRevenue: number[];
  /** Season profit (our margin on the revenue, less our costs), per season played. */
  seasonProfit: number[];
  /** Staff laid off by all competitors together, per season played. */
  competitorLayoffs: number[];
  /** Of those, staff laid off in a season whose own fair paid for itself. */
  layoffsAfterPaidFair: number;
}

export interface ClaimVerdict {
  id: string;
  text: Level['name'];
  holds: boolean;
  share: number;
  required: number;
}

export function toRunRecord(summary: GameSummary, bot: string): RunRecord {
  const seasons = summary.seasons.length;
  const layoffs: number[] = [];
  let afterPaid = 0;
  for (let k = 0; k < seasons; k++) {
    let n = 0;
    for (const c of summary.competitors) {
      const cs = c.seasons[k];
      n += cs?.layoffs ?? 0;
      if (cs?.fairPaid) afterPaid += cs.layoffs;
    }
    layoffs.push(n);
  }
  return {
    seed: summary.seed,
    bot,
    fired: summary.fired,
    seasonRevenue: summary.seasons.map((x) => x.revenue),
    seasonFairRevenue: summary.seasons.map((x) => x.fairRevenue),
    seasonProfit: summary.seasons.map((x) => x.profit),
    competitorLayoffs: layoffs,
    layoffsAfterPaidFair: afterPaid,
  };
}

type Metric = Extract<LevelClaim, { kind: 'compare' }>['metric'];

/** A run's value of a metric at a 1-based season (a season never played counts as 0). */
export function metricAt(run: RunRecord, metric: Metric, season: number): number {
  const k = season - 1;
  switch (metric) {
    case 'fairRevenue':
      return run.seasonFairRevenue[k] ?? 0;
    case 'seasonRevenue':
      return run.seasonRevenue[k] ?? 0;
    case 'afterFairRevenue':
      return (run.seasonRevenue[k] ?? 0) - (run.seasonFairRevenue[k] ?? 0);
    case 'cumulativeRevenue': {
      let sum = 0;
      for (let i = 0; i <= k; i++) sum += run.seasonRevenue[i] ?? 0;
      return sum;
    }
    case 'cumulativeProfit': {
      let sum = 0;
      for (let i = 0; i <= k; i++) sum += run.seasonProfit[i] ?? 0;
      return sum;
    }
  }
}

/** Bots a level's claims need. */
export function claimBots(level: Level): string[] {
  const out = new Set<string>();
  for (const c of level.claims) {
    if (c.kind === 'compare') {
      out.add(c.a);
      out.add(c.b);
    } else if (c.kind === 'fired') for (const b of c.bots) out.add(b);
    else out.add(c.bot);
  }
  return [...out];
}

function holdsFor(claim: LevelClaim, bySeedBot: Map<string, RunRecord>, seed: string): boolean | null {
  const run = (bot: string) => bySeedBot.get(`${seed}\u0000${bot}`);
  switch (claim.kind) {
    case 'compare': {
      const a = run(claim.a);
      const b = run(claim.b);
      if (!a || !b) return null;
      return metricAt(a, claim.metric, claim.season) > metricAt(b, claim.metric, claim.season);
    }
    case 'layoffs': {
      const r = run(claim.bot);
      if (!r) return null;
      return r.competitorLayoffs.slice(0, claim.bySeason).some((n) => n > 0);
    }
    case 'fired': {
      const runs = claim.bots.map(run);
      if (runs.some((r) => !r)) return null;
      return runs.some((r) => r?.fired);
    }
    case 'not-fired': {
      const r = run(claim.bot);
      if (!r) return null;
      return !r.fired;
    }
    case 'fair-share': {
      const r = run(claim.bot);
      if (!r) return null;
      const total = r.seasonRevenue.reduce((a, b) => a + b, 0);
      const fair = r.seasonFairRevenue.reduce((a, b) => a + b, 0);
      return fair <= claim.max * total;
    }
    case 'unpaid-layoffs': {
      const r = run(claim.bot);
      if (!r) return null;
      // Seeds without any layoff say nothing about why competitors lay off.
      if (!r.competitorLayoffs.some((n) => n > 0)) return null;
      return r.layoffsAfterPaidFair === 0;
    }
  }
}

/** The verdict on every claim of a level over the given runs. */
export function judgeClaims(level: Level, runs: RunRecord[]): ClaimVerdict[] {
  const bySeedBot = new Map<string, RunRecord>();
  const seeds: string[] = [];
  for (const r of runs) {
    if (!seeds.includes(r.seed)) seeds.push(r.seed);
    bySeedBot.set(`${r.seed}\u0000${r.bot}`, r);
  }
  return level.claims.map((claim) => {
    let counted = 0;
    let held = 0;
    for (const seed of seeds) {
      const h = holdsFor(claim, bySeedBot, seed);
      if (h === null) continue;
      counted++;
      if (h) held++;
    }
    const share = counted > 0 ? held / counted : 0;
    return {
      id: claim.id,
      text: claim.text,
      holds: counted > 0 && share >= claim.required,
      share: Math.round(share * 1000) / 1000,
      required: claim.required,
    };
  });
}
