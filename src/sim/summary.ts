// The summary of a game in the shape of the command-line contract (DESIGN.md §5), which the
// balance tool, workshop tools and the browser's window.listeningBooth.summary() all share.
import { seasonProfit, seasonRevenue } from './ceo';
import { type Game, gameHash } from './game';

export interface SeasonSummary {
  fairRevenue: number;
  afterFairRevenue: number;
  weeklyRevenue: number[];
  revenue: number;
  profit: number;
  ceoPatience: number;
  hash: string;
}

export interface CompetitorSummary {
  id: string;
  seasons: {
    fairRevenue: number;
    weeklyRevenue: number[];
    revenue: number;
    staffStart: number;
    staffEnd: number;
    layoffs: number;
    /** What the fair cost, and whether its margin (fair orders and their follow-ups) paid it back. */
    fairSpend: number;
    fairPaid: boolean;
  }[];
}

export interface GameSummary {
  level: string;
  seed: string;
  bot: string | null;
  simVersion: number;
  hash: string;
  fired: boolean;
  seasons: SeasonSummary[];
  competitors: CompetitorSummary[];
  totals: { revenue: number; fairRevenue: number; afterFairRevenue: number; profit: number };
}

export function summarize(game: Game, bot: string | null = null): GameSummary {
  const s = game.state;
  const seasons = s.history.map((st): SeasonSummary => {
    const revenue = seasonRevenue(st);
    return {
      fairRevenue: st.fairRevenue,
      afterFairRevenue: revenue - st.fairRevenue,
      weeklyRevenue: st.weeklyRevenue.slice(),
      revenue,
      profit: seasonProfit(game.level, st),
      ceoPatience: Math.round(st.patienceEnd * 100) / 100,
      hash: st.hash,
    };
  });
  const competitors = s.suppliers.slice(1).map(
    (sup, i): CompetitorSummary => ({
      id: sup.id,
      seasons: (s.competitorHistory[i] ?? []).map((cs) => {
        const fairReturn = (cs.fairRevenue + cs.followUpRevenue) * sup.margin;
        const revenue = cs.fairRevenue + cs.weeklyRevenue.reduce((a, b) => a + b, 0);
        return {
          fairRevenue: cs.fairRevenue,
          weeklyRevenue: cs.weeklyRevenue.slice(),
          revenue,
          staffStart: cs.staffStart,
          staffEnd: cs.staffEnd,
          layoffs: cs.layoffs,
          fairSpend: cs.fairSpend,
          fairPaid: fairReturn >= cs.fairSpend,
        };
      }),
    }),
  );
  const totals = { revenue: 0, fairRevenue: 0, afterFairRevenue: 0, profit: 0 };
  for (const x of seasons) {
    totals.revenue += x.revenue;
    totals.fairRevenue += x.fairRevenue;
    totals.afterFairRevenue += x.afterFairRevenue;
    totals.profit += x.profit;
  }
  return {
    level: s.level,
    seed: s.seed,
    bot,
    simVersion: s.simVersion,
    hash: gameHash(game),
    fired: s.fired !== null,
    seasons,
    competitors,
    totals,
  };
}
