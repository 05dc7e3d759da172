// The weeks after the fair, as data for the screen: our leads sorted for action, the orders
// that arrived this week (conversations first), this season's news, the proposals left this
// week, and the week-by-week series masked to the weeks already played.
import { moneyShort } from '../i18n/format';
import type { Game, Lead, News, Order } from '../sim';
import { followUpRoom, seasonProfit } from '../sim';
import type { Lang } from '../store/settings';
import { perRevision, perRevisionBy } from './memo';
import { ourLeads, seasonSeries } from './selectors';

export interface Capacity {
  max: number;
  used: number;
  left: number;
  spent: number;
  /** Weekly costs of the weeks still to come this season, already promised. */
  toCome: number;
  cap: number;
  /** Proposals still under the cap, the weeks to come included. */
  room: number;
  /** Whether one more proposal still fits under the cost cap. */
  fitsCap: boolean;
}

export interface ProfitFigure {
  /** The season's profit so far (seasonProfit), cents. */
  value: number;
  /** Short money for the HUD, a loss with a minus. */
  text: string;
  loss: boolean;
}

/** The current season's profit so far, for the HUD of the weeks after (null before a season). */
export function profitFigure(game: Game, lang: Lang): ProfitFigure | null {
  const stats = game.state.history[game.state.season];
  if (!stats) return null;
  const value = seasonProfit(game.level, stats);
  return { value, text: moneyShort(value, lang), loss: value < 0 };
}

export const capacityOf = perRevision((game: Game): Capacity => {
  const room = followUpRoom(game);
  const stats = game.state.history[game.state.season];
  const spent = stats?.costs ?? 0;
  const cap = stats?.plan.costCap ?? 0;
  return {
    max: room.max,
    used: room.used,
    left: Math.max(0, room.max - room.used),
    spent,
    toCome: room.toCome,
    cap,
    room: Math.max(0, Math.floor((cap - spent - room.toCome) / game.level.model.proposalCost)),
    fitsCap: room.fitsCap,
  };
});

const STATUS_ORDER = { open: 0, proposed: 1, won: 2, lost: 3, cold: 4 } as const;

/** Our leads of this season: open ones first (best conversations first), then the rest. */
export const sortedLeads = perRevision((game: Game): readonly Lead[] => {
  return ourLeads(game)
    .slice()
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.quality - a.quality || a.id - b.id);
});

const ORIGIN_ORDER = { 'follow-up': 0, referral: 1, fair: 2, regular: 3 } as const;

/** Orders that arrived in the current week of this season, conversations first. */
export const ordersThisWeek = perRevision((game: Game): readonly Order[] => {
  const s = game.state;
  if (s.phase !== 'after' || s.week <= 0) return [];
  return s.orders
    .filter((o) => o.season === s.season && o.week === s.week)
    .sort((a, b) => ORIGIN_ORDER[a.origin.kind] - ORIGIN_ORDER[b.origin.kind] || b.value - a.value);
});

/** This season's news, newest first, each with its index in state.news. */
export const seasonNews = perRevisionBy(
  (game: Game, limit: number): readonly { news: News; index: number }[] => {
    const s = game.state;
    const out: { news: News; index: number }[] = [];
    for (let i = s.news.length - 1; i >= 0 && out.length < limit; i--) {
      const n = s.news[i];
      if (n && n.season === s.season) out.push({ news: n, index: i });
    }
    return out;
  },
);

/** Revenue per week of each company this season, up to the current week (later weeks empty). */
export const seriesSoFar = perRevision((game: Game): readonly { id: string; values: number[] }[] => {
  const week = game.state.phase === 'after' ? game.state.week : game.level.weeksAfter;
  return seasonSeries(game, game.state.season).map((s) => ({
    id: s.id,
    values: s.values.slice(0, week + 1),
  }));
});

/** Competitors' revenue in the week just played. */
export const competitorsThisWeek = perRevision((game: Game): readonly { sup: number; value: number }[] => {
  const s = game.state;
  if (s.week <= 0) return [];
  return s.competitorHistory.map((list, c) => ({
    sup: c + 1,
    value: list[s.season]?.weeklyRevenue[s.week - 1] ?? 0,
  }));
});
