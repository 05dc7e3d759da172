// The CEO judges us against the promise: an ambitious promise buys patience now, a cost cap
// above his budget costs some; a fair that returns nothing costs some; each week being ahead of or behind the promised path moves
// patience; the season's end settles the promise and the cost cap. At zero we are fired.
// Invariant: patience stays in [0, 100].

import type { Level } from '../levels/schema';
import { type Ctx, clamp } from './context';
import { movePatience } from './moves';
import type { PatienceCause, SeasonStats, SimState } from './state';

/** Below this patience the CEO is angry: he says so, and the patience meter shows it. */
export const ANGRY_BELOW = 30;

export function say(ctx: Ctx, tone: string): void {
  const { s } = ctx;
  s.news.push({ season: s.season, week: s.week, kind: 'ceo', supplier: 0, amount: 0, tone });
  ctx.ev?.push({ t: 'ceo', tone });
}

export function move(ctx: Ctx, delta: number, cause: PatienceCause): void {
  const { s } = ctx;
  movePatience(ctx, cause, delta);
  if (s.ceo.patience <= 0 && !s.fired) {
    s.fired = { season: s.season, week: s.phase === 'fair' ? 0 : s.week };
    s.news.push({ season: s.season, week: s.week, kind: 'fired', supplier: 0, amount: 0, tone: 'fired' });
    ctx.ev?.push({ t: 'fired' });
  }
}

/** Revenue of the season so far. */
export function seasonRevenue(st: SeasonStats): number {
  return revenueBy(st, st.weeklyRevenue.length);
}

/** Revenue of the season by the end of week `week` (0: the fair alone). */
export function revenueBy(st: SeasonStats, week: number): number {
  let sum = st.fairRevenue;
  for (let w = 0; w < week && w < st.weeklyRevenue.length; w++) sum += st.weeklyRevenue[w] as number;
  return sum;
}

/**
 * The season's profit, the game's score: our margin on the season's revenue, less its costs
 * (booth, staff, proposals, last review's improvement).
 */
export function seasonProfit(L: Level, st: SeasonStats): number {
  return Math.round(seasonRevenue(st) * L.company.margin) - st.costs;
}

/** The revenue the CEO expects to see by the end of week `week` (0 = end of the fair). */
export function expectedBy(L: Level, st: SeasonStats, week: number): number {
  const share = L.ceo.fairExpectedShare;
  return st.plan.revenueTarget * (share + ((1 - share) * week) / L.weeksAfter);
}

/** Growth a promise names over the baseline (0.05 = 5 %). */
export function promiseGrowth(revenueTarget: number, baseline: number): number {
  return revenueTarget / Math.max(1, baseline) - 1;
}

/**
 * What a plan's promise does to the CEO's patience at planning: ambition buys freedom now
 * (`promise`), a cost cap above his budget costs some (`cap`, negative); null where the plan
 * gives him nothing to react to (no growth promised, a cap within his budget).
 */
export function promiseMoves(
  L: Level,
  plan: { revenueTarget: number; costCap: number },
  baseline: number,
): { promise: number | null; cap: number | null } {
  const growth = promiseGrowth(plan.revenueTarget, baseline);
  const over = capOverBudget(L, plan.costCap);
  return {
    promise: growth > 0 ? L.ceo.ambitionBonus * growth * 10 : null,
    cap: over > 0 ? -L.ceo.budgetPenalty * over * 10 : null,
  };
}

/** His patience after the plan's promise, from `patience` now: what the plan screen previews. */
export function patienceAfterPromise(
  L: Level,
  patience: number,
  plan: { revenueTarget: number; costCap: number },
  baseline: number,
): number {
  const m = promiseMoves(L, plan, baseline);
  let after = patience;
  if (m.promise !== null) after = clamp(after + m.promise, 0, 100);
  if (m.cap !== null) after = clamp(after + m.cap, 0, 100);
  return after;
}

/** Reaction to the promise made at planning: ambition buys freedom now. */
export function ceoOnPromise(ctx: Ctx, st: SeasonStats): void {
  const m = promiseMoves(ctx.L, st.plan, st.baseline);
  if (m.promise !== null) move(ctx, m.promise, 'promise');
  if (m.cap !== null) move(ctx, m.cap, 'cap');
  say(ctx, 'promise');
}

/** How far a cost cap asks above the CEO's budget, as a share of it (0 within it or without one). */
export function capOverBudget(L: Level, costCap: number): number {
  const budget = L.ceo.budget;
  return budget > 0 ? Math.max(0, costCap / budget - 1) : 0;
}

/** Reaction to the fair's result. */
export function ceoOnFair(ctx: Ctx, st: SeasonStats): void {
  const expected = expectedBy(ctx.L, st, 0);
  const ratio = expected > 0 ? Math.min(1, st.fairRevenue / expected) : 1;
  const loss = ctx.L.ceo.fairPenalty * (1 - ratio);
  if (loss > 0) move(ctx, -loss, 'fair');
  say(ctx, ratio < 0.25 ? 'fairNothing' : ratio >= 1 ? 'pleased' : 'worried');
}

/** Weekly: ahead of the promised path pleases, behind it worries. */
export function ceoOnWeek(ctx: Ctx, st: SeasonStats): void {
  const { L, s } = ctx;
  const expected = expectedBy(ctx.L, st, s.week);
  const ratio = expected > 0 ? seasonRevenue(st) / expected : 1;
  const delta = clamp(L.ceo.weeklySensitivity * (ratio - 1), -L.ceo.weeklyCap, L.ceo.weeklyCap);
  const before = s.ceo.patience;
  move(ctx, delta, 'weeks');
  if (s.week % 4 === 0 || (before >= ANGRY_BELOW && s.ceo.patience < ANGRY_BELOW)) {
    say(ctx, s.ceo.patience < ANGRY_BELOW ? 'angry' : ratio >= 1 ? 'pleased' : 'worried');
  }
}

/** Why the CEO let us go, read from where it happened (the moments ceo.ts judges). */
export type FiringCause = 'fair' | 'behind' | 'missed' | 'cap';

/** When and why we were fired: at the fair's end, in a week behind the promise, or at the season's verdict. */
export function firingCause(
  L: Level,
  s: SimState,
): { season: number; week: number; cause: FiringCause } | null {
  const f = s.fired;
  if (!f) return null;
  const st = s.history[f.season];
  let cause: FiringCause = 'behind';
  if (f.week === 0) cause = 'fair';
  else if (f.week >= L.weeksAfter) cause = st && st.costs > st.plan.costCap ? 'cap' : 'missed';
  return { season: f.season, week: f.week, cause };
}

/** The season's verdict on the promise and the cost cap. */
export function ceoOnSeasonEnd(ctx: Ctx, st: SeasonStats): void {
  const { L } = ctx;
  const revenue = seasonRevenue(st);
  const target = st.plan.revenueTarget;
  if (revenue >= target) move(ctx, L.ceo.seasonHitBonus, 'verdict');
  else move(ctx, -L.ceo.seasonMissPenalty * ((target - revenue) / Math.max(1, target)) * 10, 'verdict');
  if (st.costs > st.plan.costCap) move(ctx, -L.ceo.costOverPenalty, 'cap');
  say(ctx, revenue >= target ? 'pleased' : ctx.s.ceo.patience < ANGRY_BELOW ? 'angry' : 'worried');
}
