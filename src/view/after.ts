// The weeks after the fair, as data for the screen: our leads sorted for action and grouped
// (open, sent, gone cold), whether a proposal can go out now and whether skipping the weeks
// leaves leads behind, the orders that arrived this week (conversations first) and their sum,
// this season's news, the proposals left this week, and the week-by-week series masked to the
// weeks already played.
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

export interface LeadGroups {
  /** Every lead of ours this season, in sortedLeads' order. */
  all: readonly Lead[];
  /** Still waiting for a proposal. */
  open: readonly Lead[];
  /** A proposal sent: waiting for the answer, won or lost. */
  sent: readonly Lead[];
  /** Gone cold before a proposal went out. */
  cold: readonly Lead[];
}

/** Our leads of this season in the screen's groups, each in sortedLeads' order. */
export const leadGroups = perRevision((game: Game): LeadGroups => {
  const all = sortedLeads(game);
  return {
    all,
    open: all.filter((l) => l.status === 'open'),
    sent: all.filter((l) => l.status === 'proposed' || l.status === 'won' || l.status === 'lost'),
    cold: all.filter((l) => l.status === 'cold'),
  };
});

/**
 * Whether a proposal can go out now (whoever plays): not fired, one left this week, one more
 * still under the cost cap, and a week still to play.
 */
export function canPropose(game: Game): boolean {
  const cap = capacityOf(game);
  return !game.state.fired && cap.left > 0 && cap.fitsCap && game.state.week < game.level.weeksAfter;
}

/**
 * Whether skipping to the review would leave open leads that could still get a proposal in a
 * week to come (not fired, under the cap): the screen asks first.
 */
export function skipLeavesLeads(game: Game): boolean {
  return leadGroups(game).open.length > 0 && !game.state.fired && capacityOf(game).fitsCap;
}

const ORIGIN_ORDER = { 'follow-up': 0, referral: 1, fair: 2, regular: 3 } as const;

/** Orders that arrived in the current week of this season, conversations first. */
export const ordersThisWeek = perRevision((game: Game): readonly Order[] => {
  const s = game.state;
  if (s.phase !== 'after' || s.week <= 0) return [];
  return s.orders
    .filter((o) => o.season === s.season && o.week === s.week)
    .sort((a, b) => ORIGIN_ORDER[a.origin.kind] - ORIGIN_ORDER[b.origin.kind] || b.value - a.value);
});

/** What the orders that arrived this week add up to (cents). */
export const ordersTotal = perRevision((game: Game): number =>
  ordersThisWeek(game).reduce((sum, o) => sum + o.value, 0),
);

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
