// Money: every supplier earns its margin on its orders (the fair's when the hall closes,
// then week by week) and pays its booth, staff, fixed costs and proposals. A competitor whose
// fair did not pay for itself and whose cash then covers too few weeks of its net burn lays
// people off — which cuts its booth, its follow-ups and its service (see market.ts), the
// short-term spiral of the story. We never lay off: our costs are judged by the CEO instead (ceo.ts).
import { type Ctx, US } from './context';
import { habitRevenues } from './market';
import type { Supplier } from './state';

/** Revenue of a supplier in the current week of the current season. */
export function weekRevenue(ctx: Ctx, sup: number): number {
  const { s } = ctx;
  const list =
    sup === US ? s.history[s.season]?.weeklyRevenue : s.competitorHistory[sup - 1]?.[s.season]?.weeklyRevenue;
  return list?.[s.week - 1] ?? 0;
}

/** Money going out: off the supplier's cash, and for us onto the season's costs. */
export function spend(ctx: Ctx, sup: number, amount: number): void {
  const supplier = ctx.s.suppliers[sup];
  if (!supplier) return;
  supplier.cash -= amount;
  if (sup === US && !ctx.s.fired) {
    const stats = ctx.s.history[ctx.s.season];
    if (stats) stats.costs += amount;
  }
}

/** The margin on what each supplier signed at the fair, booked when the hall closes. */
export function bookFairMargin(ctx: Ctx): void {
  const { s } = ctx;
  s.suppliers.forEach((supplier, sup) => {
    const fair =
      sup === US ? s.history[s.season]?.fairRevenue : s.competitorHistory[sup - 1]?.[s.season]?.fairRevenue;
    supplier.cash += Math.round((fair ?? 0) * supplier.margin);
  });
}

/** Weekly costs of a supplier's staff and overheads. */
export function weeklyCost(ctx: Ctx, sup: number): number {
  const supplier = ctx.s.suppliers[sup];
  return supplier ? supplier.staff * supplier.staffWeeklyCost + supplier.fixedWeeklyCost : 0;
}

/**
 * A competitor's books at the start of the game: overheads planned so that a year of habit
 * (what the accounts buy from it at their cycles and the chances they pick it now) leaves it
 * `plannedProfit` of its gross margin, and cash for `cashWeeks` of its costs — unless the level
 * names its overheads or its cash outright. So how lean a competitor runs does not hang on the
 * size of the orders the level draws.
 */
export function budgetCompetitors(ctx: Ctx): void {
  const { s, L } = ctx;
  const weekly = habitRevenues(ctx, 1);
  L.competitors.forEach((c, k) => {
    const supplier = s.suppliers[k + 1];
    if (!supplier) return;
    if (c.fixedWeeklyCost === undefined) {
      const margin = (weekly[k + 1] as number) * c.margin;
      const staff = c.staff * c.staffWeeklyCost;
      supplier.fixedWeeklyCost = Math.max(0, Math.round(margin * (1 - c.plannedProfit) - staff));
    }
    if (c.cash === undefined) supplier.cash = Math.round(c.cashWeeks * weeklyCost(ctx, k + 1));
  });
}

/** Our weekly costs still to be booked this season (the weeks after not yet played). */
export function costsToCome(ctx: Ctx): number {
  const { s, L } = ctx;
  return s.phase === 'after' ? weeklyCost(ctx, US) * Math.max(0, L.weeksAfter - s.week) : 0;
}

/** Whether one more proposal keeps this season's costs, the weeks to come included, under our cap. */
export function proposalFitsCap(ctx: Ctx): boolean {
  const stats = ctx.s.history[ctx.s.season];
  return !!stats && stats.costs + costsToCome(ctx) + ctx.L.model.proposalCost <= stats.plan.costCap;
}

/** Books the week: margin in, costs out; competitors short of runway lay off. */
export function weeklyBooks(ctx: Ctx): void {
  const { s, L } = ctx;
  const m = L.model;
  const absWeek = s.season * (L.weeksAfter + 1) + s.week;
  for (let sup = 0; sup < s.suppliers.length; sup++) {
    const supplier = s.suppliers[sup] as Supplier;
    const gross = Math.round(weekRevenue(ctx, sup) * supplier.margin);
    const cost = weeklyCost(ctx, sup);
    supplier.cash += gross;
    spend(ctx, sup, cost);
    const recent = supplier.recentMargin;
    recent.push(gross);
    if (recent.length > 6) recent.shift();
    if (sup === US) continue;
    let sum = 0;
    for (const g of recent) sum += g;
    const avgGross = sum / Math.max(1, recent.length);
    const burn = cost - avgGross;
    const runway = burn > 0 ? supplier.cash / burn : Number.POSITIVE_INFINITY;
    const short = supplier.cash < 0 || runway < m.layoffRunwayWeeks;
    const cooled = absWeek - supplier.lastLayoffWeek >= m.layoffCooldownWeeks;
    if (short && cooled && fairUnpaid(ctx, sup) && supplier.staff > supplier.minStaff) {
      const count = Math.min(
        supplier.staff - supplier.minStaff,
        Math.max(1, Math.round(supplier.staff * m.layoffShare)),
      );
      supplier.staff -= count;
      supplier.lastLayoffWeek = absWeek;
      const stats = s.competitorHistory[sup - 1]?.[s.season];
      if (stats) stats.layoffs += count;
      s.news.push({ season: s.season, week: s.week, kind: 'layoff', supplier: sup, amount: count, tone: '' });
      ctx.ev?.push({ t: 'layoff', supplier: sup, count });
    }
  }
}

/** Fair costs: every supplier pays for its booth and the fair's week of staff. */
export function payForFair(ctx: Ctx): void {
  const { s, L } = ctx;
  s.suppliers.forEach((supplier, sup) => {
    const bill = L.fair.booths[supplier.booth].cost + weeklyCost(ctx, sup);
    spend(ctx, sup, bill);
    const stats = sup === US ? null : s.competitorHistory[sup - 1]?.[s.season];
    if (stats) stats.fairSpend = bill;
  });
}

/**
 * Whether a competitor's fair has not paid for itself: the margin on what it signed there and
 * on the follow-ups of its conversations is below what the fair cost. It is judged only once
 * the weeks of waiting for the fair to come back are over.
 */
export function fairUnpaid(ctx: Ctx, sup: number): boolean {
  const { s, L } = ctx;
  const supplier = s.suppliers[sup];
  const stats = s.competitorHistory[sup - 1]?.[s.season];
  if (!supplier || !stats || s.week < L.model.layoffReviewWeeks) return false;
  return (stats.fairRevenue + stats.followUpRevenue) * supplier.margin < stats.fairSpend;
}
