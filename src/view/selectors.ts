// Selectors: what the screen shows, derived from the game — the fair clock, sales today, who
// is at our booth, a visitor's card, our leads, week-by-week revenue, where orders came from.
// Pure functions of (game[, …]); the overlay and the scenes share them.
import type { Level } from '../levels/schema';
import {
  type Account,
  fairTicks,
  firingCause,
  type Game,
  type GameSummary,
  type Lead,
  type Order,
  readiness,
  rel,
  runBot,
  seasonRevenue,
  summarize,
  ticksPerDay,
  US,
  type Visitor,
} from '../sim';
import { perRevision, perRevisionBy } from './memo';

export function personName(level: Level, acc: Account): string {
  return `${level.people.firstNames[acc.firstName] ?? ''} ${level.people.lastNames[acc.lastName] ?? ''}`.trim();
}

export function companyName(level: Level, acc: Account): string {
  return `${level.people.lastNames[acc.companyName] ?? ''} ${level.people.companies[acc.companyKind] ?? ''}`.trim();
}

export interface FairClock {
  /** 1-based day of the fair. */
  day: number;
  days: number;
  /** Minutes after midnight on the hall's clock. */
  minutes: number;
  /** 0..1 through the whole fair. */
  progress: number;
}

export function fairClock(game: Game): FairClock {
  const L = game.level;
  const T = ticksPerDay(L);
  const t = Math.min(game.state.tick, fairTicks(L) - 1);
  const day = Math.floor(t / T);
  const inDay = game.state.phase === 'fair' ? t - day * T : T;
  return {
    day: day + 1,
    days: L.fair.days,
    minutes: L.fair.openingHour * 60 + (inDay * 60) / L.fair.ticksPerHour,
    progress: game.state.phase === 'fair' ? game.state.tick / fairTicks(L) : 1,
  };
}

export interface BoothSales {
  supplier: number;
  id: string;
  soldToday: number;
}

/** Value signed today at every booth (ours first). */
export function salesToday(game: Game): BoothSales[] {
  return game.state.floors.map((f, i) => ({
    supplier: i,
    id: game.state.suppliers[i]?.id ?? '',
    soldToday: f.soldToday,
  }));
}

/** Visitors at our booth the player can still step in with (queueing or talking, not done). */
export const visitorsAtOurBooth = perRevision((game: Game): readonly Visitor[] => {
  return game.state.visitors.filter(
    (v) => v.booth === US && (v.status === 'queue' || v.status === 'talking') && !v.talk?.resolved,
  );
});

export interface VisitorCard {
  visitor: Visitor;
  account: Account;
  name: string;
  company: string;
  segment: Level['segments'][number];
  /** The need they hint at first (their heaviest), then, once asked, their second. */
  hintNeeds: number[];
  trust: number;
  irritation: number;
  /** 0..1: how close they are to their next purchase. */
  readiness: number;
  /** Needs our team knows for this account (knowledge ≥ 0.3), heaviest first. */
  known: number[];
}

export function visitorCard(game: Game, visitorId: number): VisitorCard | null {
  const s = game.state;
  const v = s.visitors[visitorId];
  if (!v) return null;
  const acc = s.accounts[v.account];
  const seg = acc ? game.level.segments[acc.segment] : undefined;
  if (!acc || !seg) return null;
  const order = acc.needs.map((w, n) => ({ w, n })).sort((a, b) => b.w - a.w || a.n - b.n);
  const i = rel(s, acc.id, US);
  const N = acc.needs.length;
  const k0 = i * N;
  const known = order.filter(({ n }) => (s.knowledge[k0 + n] ?? 0) >= 0.3).map(({ n }) => n);
  const hintNeeds = order.slice(0, v.asked ? 2 : 1).map(({ n }) => n);
  return {
    visitor: v,
    account: acc,
    name: personName(game.level, acc),
    company: companyName(game.level, acc),
    segment: seg,
    hintNeeds,
    trust: s.trust[i] ?? 0,
    irritation: s.irritation[i] ?? 0,
    readiness: readiness(s.weeksUntil[acc.id] ?? 0, acc.cycleWeeks),
    known,
  };
}

/** Our leads of the current season, newest conversation first within each status. */
export const ourLeads = perRevision((game: Game): readonly Lead[] => {
  const s = game.state;
  return s.leads.filter((l) => l.supplier === US && l.season === s.season);
});

export interface RevenueSeries {
  id: string;
  /** Index 0 is the fair, 1..weeksAfter the weeks after. */
  values: number[];
}

/** Week-by-week revenue of a season: ours, then each competitor's. */
export const seasonSeries = perRevisionBy((game: Game, season: number): readonly RevenueSeries[] => {
  const s = game.state;
  const ours = s.history[season];
  const out: RevenueSeries[] = [];
  if (ours) out.push({ id: 'us', values: [ours.fairRevenue, ...ours.weeklyRevenue] });
  s.competitorHistory.forEach((list, c) => {
    const cs = list[season];
    if (cs)
      out.push({ id: s.suppliers[c + 1]?.id ?? `c${c}`, values: [cs.fairRevenue, ...cs.weeklyRevenue] });
  });
  return out;
});

interface SeasonRevenue {
  fairRevenue: number;
  weeklyRevenue: readonly number[];
}

/** Running total over seasons, one point per fair and per week. */
function cumulate(seasons: readonly SeasonRevenue[]): number[] {
  const out: number[] = [];
  let sum = 0;
  for (const season of seasons) {
    sum += season.fairRevenue;
    out.push(sum);
    for (const w of season.weeklyRevenue) {
      sum += w;
      out.push(sum);
    }
  }
  return out;
}

/** Cumulative revenue over all seasons played, one point per fair and per week. */
export const cumulativeSeries = perRevision((game: Game): readonly number[] => {
  return cumulate(game.state.history);
});

export interface OriginShare {
  fair: number;
  followUp: number;
  regular: number;
  referral: number;
}

/** Our revenue of a season (or all seasons with -1) by where the orders came from. */
export const revenueByOrigin = perRevisionBy((game: Game, season: number): OriginShare => {
  const out: OriginShare = { fair: 0, followUp: 0, regular: 0, referral: 0 };
  for (const o of game.state.orders) {
    if (season >= 0 && o.season !== season) continue;
    if (o.origin.kind === 'fair') out.fair += o.value;
    else if (o.origin.kind === 'follow-up') out.followUp += o.value;
    else if (o.origin.kind === 'referral') out.referral += o.value;
    else out.regular += o.value;
  }
  return out;
});

/** Our orders of a season whose origin is a conversation or a referral: the causal trace. */
export const tracedOrders = perRevisionBy((game: Game, season: number): readonly Order[] => {
  return game.state.orders.filter(
    (o) =>
      o.season === season &&
      (o.origin.kind === 'follow-up' || o.origin.kind === 'referral' || o.origin.kind === 'fair'),
  );
});

/** Revenue of a season so far (ours). */
export function revenueOf(game: Game, season: number): number {
  const st = game.state.history[season];
  return st ? seasonRevenue(st) : 0;
}

const ghostCache = new Map<string, Ghosts>();

/**
 * The same world played by the pusher and the listener bots (same level, same seed): the
 * ghosts of the debrief. Deterministic, so computed once per level and seed.
 */
export function ghosts(game: Game): Ghosts {
  const key = `${game.level.id}\u0000${game.state.seed}`;
  let g = ghostCache.get(key);
  if (!g) {
    const pusher = runBot(game.level, game.state.seed, 'pusher');
    g = {
      pusher: summarize(pusher, 'pusher'),
      listener: summarize(runBot(game.level, game.state.seed, 'listener'), 'listener'),
      pusherFired: firingCause(game.level, pusher.state),
    };
    ghostCache.set(key, g);
  }
  return g;
}

export interface Ghosts {
  pusher: GameSummary;
  listener: GameSummary;
  /** When and why the CEO fired the pusher bot in this world (null: it stayed). */
  pusherFired: ReturnType<typeof firingCause>;
}

/** Competitors' layoffs of the game so far, in order: who, how many, when. */
export const layoffsOf = perRevision(
  (game: Game): readonly { supplier: number; count: number; season: number; week: number }[] => {
    return game.state.news
      .filter((n) => n.kind === 'layoff')
      .map((n) => ({ supplier: n.supplier, count: n.amount, season: n.season, week: n.week }));
  },
);

/** Cumulative revenue of a summary, one point per fair and per week (like cumulativeSeries). */
export function cumulativeOfSummary(summary: GameSummary): number[] {
  return cumulate(summary.seasons);
}
