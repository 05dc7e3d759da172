// The season's course: a plan opens the fair, the fair's end opens the weeks after, the last
// week closes the season (verdict, hash, review) and an improvement choice opens the next.
import { ceoOnFair, ceoOnPromise, ceoOnSeasonEnd, ceoOnWeek } from './ceo';
import { type Ctx, US } from './context';
import { bookFairMargin, payForFair, spend, weeklyBooks } from './economics';
import { endFair, startFair } from './fair';
import { hashState } from './hash';
import { competitorInnovations } from './improvements';
import { habitRevenue, regularPurchases, updateService, weeklyDrift } from './market';
import { moveMood, noMoves } from './moves';
import { closeLeads, competitorFollowUps, settleProposals } from './proposals';
import type { Phase, Plan, SeasonStats } from './state';
import { planVisit } from './visit';

/**
 * What a promise grows from: last season's revenue; before the first season, the level's
 * baseline if it names one, else what our customers buy from us in a season of habit
 * (habitRevenue), to the nearest €1,000 — so the first promise measures against the market
 * the level builds, whatever its numbers.
 */
export function baselineRevenue(ctx: Ctx): number {
  const { s, L } = ctx;
  const last = s.history[s.season - 1];
  if (!last) {
    const named = L.company.baselineRevenue;
    if (named !== undefined) return named;
    return Math.max(100_000, Math.round(habitRevenue(ctx, US, L.weeksAfter) / 100_000) * 100_000);
  }
  let sum = last.fairRevenue;
  for (const w of last.weeklyRevenue) sum += w;
  return sum;
}

function setPhase(ctx: Ctx, phase: Phase): void {
  ctx.s.phase = phase;
  ctx.ev?.push({ t: 'phase', phase });
}

/** Applies a validated plan: the CEO hears the promise and the hall opens. */
export function beginSeason(ctx: Ctx, plan: Plan): void {
  const { s, L } = ctx;
  const W = L.weeksAfter;
  const stats: SeasonStats = {
    season: s.season,
    plan,
    baseline: baselineRevenue(ctx),
    fairRevenue: 0,
    weeklyRevenue: new Array<number>(W).fill(0),
    costs: 0,
    patienceStart: s.ceo.patience,
    patienceEnd: s.ceo.patience,
    conversations: 0,
    pitches: 0,
    questions: 0,
    brochures: 0,
    leads: 0,
    followUps: 0,
    moves: noMoves(),
    visit: null,
    hash: '',
  };
  s.history.push(stats);
  spend(ctx, US, s.pendingCost);
  s.pendingCost = 0;
  s.suppliers.forEach((supplier, sup) => {
    if (sup === US) return;
    s.competitorHistory[sup - 1]?.push({
      fairRevenue: 0,
      fairSpend: 0,
      followUpRevenue: 0,
      weeklyRevenue: new Array<number>(W).fill(0),
      staffStart: supplier.staff,
      staffEnd: supplier.staff,
      layoffs: 0,
    });
  });
  const us = s.suppliers[US];
  if (us) {
    us.booth = plan.booth;
    us.focus = plan.focus;
    us.showsInnovations = plan.showInnovations;
    us.pushShare = plan.pitchers / Math.max(1, plan.pitchers + plan.listeners);
    // The marketing director arrives at the first fair with new products ready.
    if (s.season === 0) us.glitter = L.improvements.innovationGlitter;
  }
  competitorInnovations(ctx);
  s.plan = plan;
  ceoOnPromise(ctx, stats);
  planVisit(ctx, stats);
  setPhase(ctx, 'fair');
  startFair(ctx);
  payForFair(ctx);
}

/** The hall closes: the CEO sees what the fair brought; the weeks after begin. */
export function finishFair(ctx: Ctx): void {
  const { s } = ctx;
  endFair(ctx);
  bookFairMargin(ctx);
  s.week = 0;
  const stats = s.history[s.season];
  if (stats && !s.fired) ceoOnFair(ctx, stats);
  setPhase(ctx, 'after');
}

/** One week after the fair. Returns true when the season has ended. */
export function stepWeek(ctx: Ctx): boolean {
  const { s, L } = ctx;
  competitorFollowUps(ctx);
  s.week += 1;
  settleProposals(ctx);
  regularPurchases(ctx);
  updateService(ctx);
  weeklyDrift(ctx);
  weeklyBooks(ctx);
  const stats = s.history[s.season];
  if (stats && !s.fired) {
    ceoOnWeek(ctx, stats);
    if (s.ceo.patience < 30) moveMood(ctx, 'ceo', -1);
  }
  if (s.week >= L.weeksAfter) {
    endSeason(ctx);
    return true;
  }
  return false;
}

function endSeason(ctx: Ctx): void {
  const { s, L } = ctx;
  closeLeads(ctx);
  const stats = s.history[s.season];
  if (stats && !s.fired) ceoOnSeasonEnd(ctx, stats);
  s.suppliers.forEach((supplier, sup) => {
    supplier.glitter = 0;
    const cs = sup === US ? null : s.competitorHistory[sup - 1]?.[s.season];
    if (cs) cs.staffEnd = supplier.staff;
  });
  s.visitors = [];
  s.floors = [];
  setPhase(ctx, s.fired || s.season + 1 >= L.seasons ? 'ended' : 'review');
  if (stats) {
    stats.patienceEnd = s.ceo.patience;
    // The season's hash covers the whole state at its end (its own field still empty).
    stats.hash = hashState(s);
  }
}
