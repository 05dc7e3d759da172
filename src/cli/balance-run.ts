// The work of a balance run, shared by the main thread and its workers: play one bot on one
// seed and reduce the game to a RunRecord, plus the week-by-week detail the HTML report
// draws (cumulative revenue and profit, competitors' layoffs, order origins). The game is
// played exactly as runBot plays it and only read between decisions, so its hash is the same.
import type { Level } from '../levels/schema';
import {
  type BotName,
  botDecide,
  botStream,
  type Game,
  isBotName,
  newGame,
  type OrderOrigin,
  type Phase,
  type RunRecord,
  summarize,
  toRunRecord,
} from '../sim';

export interface BalanceJob {
  seed: string;
  bot: string;
}

/** A job of a batch over several levels (the level, an --against level, jitter variants). */
export interface IndexedJob extends BalanceJob {
  /** Position in the batch, so the runs come back in order whatever the worker count. */
  index: number;
  /** Index of the job's level in the batch's levels. */
  level: number;
}

export type OriginKind = OrderOrigin['kind'];
export const ORIGIN_KINDS: readonly OriginKind[] = ['fair', 'follow-up', 'regular', 'referral'];

/**
 * A run with its timeline. The timeline has `weeksAfter + 1` points per season of the level:
 * point 0 is the end of the fair, point w the end of week w after it. A season never played
 * (the player was fired) repeats the last value.
 */
export interface RunDetail extends RunRecord {
  /** 1-based season in which the CEO fired the player, or null. */
  firedSeason: number | null;
  /** Our revenue so far at each point, cents. */
  cumulativeRevenue: number[];
  /** Our profit so far (margin on revenue minus costs) at each point, cents. */
  cumulativeProfit: number[];
  /** Staff laid off by all competitors together at each point. */
  layoffsByWeek: number[];
  /** Our orders by origin: how many and their value in cents. */
  origins: Record<OriginKind, { orders: number; value: number }>;
}

/** Points of the timeline of a level: (weeksAfter + 1) per season. */
export const timelineLength = (level: Level) => level.seasons * (level.weeksAfter + 1);

/** Plays the bot as runBot does, noting our season's costs at the end of the fair and of each week. */
function playWithCosts(level: Level, job: BalanceJob & { bot: BotName }): { game: Game; costs: number[] } {
  const game = newGame(level, job.seed);
  const r = botStream(job.seed, job.bot);
  const costs = new Array<number>(timelineLength(level)).fill(-1);
  const s = game.state;
  while (s.phase !== 'ended') {
    botDecide(game, job.bot, r);
    const phase = s.phase as Phase;
    if (phase === 'after' || phase === 'review' || phase === 'ended') {
      const stats = s.history[s.season];
      if (stats) costs[s.season * (level.weeksAfter + 1) + s.week] = stats.costs;
    }
  }
  return { game, costs };
}

function cumulativeSeries(level: Level, game: Game, costs: number[]) {
  const W = level.weeksAfter;
  const revenue: number[] = [];
  const profit: number[] = [];
  let revBefore = 0;
  let profitBefore = 0;
  for (let k = 0; k < level.seasons; k++) {
    const st = game.state.history[k];
    let rev = st?.fairRevenue ?? 0;
    for (let w = 0; w <= W; w++) {
      if (w > 0) rev += st?.weeklyRevenue[w - 1] ?? 0;
      const cost = costs[k * (W + 1) + w] ?? -1;
      revenue.push(revBefore + (st ? rev : 0));
      profit.push(profitBefore + (st && cost >= 0 ? Math.round(rev * level.company.margin) - cost : 0));
    }
    if (st) {
      revBefore += rev;
      profitBefore += Math.round(rev * level.company.margin) - st.costs;
    }
  }
  return { revenue, profit };
}

function layoffsByWeek(level: Level, game: Game): number[] {
  const out = new Array<number>(timelineLength(level)).fill(0);
  for (const n of game.state.news) {
    const at = n.season * (level.weeksAfter + 1) + n.week;
    if (n.kind === 'layoff' && at < out.length) out[at] = (out[at] ?? 0) + n.amount;
  }
  return out;
}

function originsOf(game: Game): RunDetail['origins'] {
  const out = Object.fromEntries(
    ORIGIN_KINDS.map((k) => [k, { orders: 0, value: 0 }]),
  ) as RunDetail['origins'];
  for (const o of game.state.orders) {
    if (o.afterFired) continue; // the company's, not ours
    const slot = out[o.origin.kind];
    slot.orders++;
    slot.value += o.value;
  }
  return out;
}

export function runJob(level: Level, job: BalanceJob): RunDetail {
  const bot = job.bot;
  if (!isBotName(bot)) throw new Error(`unknown bot ${bot}`);
  const { game, costs } = playWithCosts(level, { seed: job.seed, bot });
  const { revenue, profit } = cumulativeSeries(level, game, costs);
  const fired = game.state.fired;
  return {
    ...toRunRecord(summarize(game, bot), bot),
    firedSeason: fired ? fired.season + 1 : null,
    cumulativeRevenue: revenue,
    cumulativeProfit: profit,
    layoffsByWeek: layoffsByWeek(level, game),
    origins: originsOf(game),
  };
}

/** The RunRecord part of a run, as `balance --json` prints it. */
export function runRecordOf(run: RunDetail): RunRecord {
  return {
    seed: run.seed,
    bot: run.bot,
    fired: run.fired,
    seasonRevenue: run.seasonRevenue,
    seasonFairRevenue: run.seasonFairRevenue,
    seasonProfit: run.seasonProfit,
    competitorLayoffs: run.competitorLayoffs,
    layoffsAfterPaidFair: run.layoffsAfterPaidFair,
  };
}
