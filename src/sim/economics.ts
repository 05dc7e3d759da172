// Money per week: every supplier earns its margin on the week's orders and pays its staff
// and fixed costs. A competitor whose cash covers too few weeks of its net burn lays people
// off — which cuts its booth, its follow-ups and its service (see market.ts), the short-term
// spiral of the story. We never lay off: our costs are judged by the CEO instead (ceo.ts).
import { type Ctx, US } from './context';

/** Revenue of a supplier in the current week of the current season. */
export function weekRevenue(ctx: Ctx, sup: number): number {
  const { s } = ctx;
  const list =
    sup === US ? s.history[s.season]?.weeklyRevenue : s.competitorHistory[sup - 1]?.[s.season]?.weeklyRevenue;
  return list?.[s.week - 1] ?? 0;
}

/** Weekly costs of a supplier's staff and overheads. */
export function weeklyCost(ctx: Ctx, sup: number): number {
  const supplier = ctx.s.suppliers[sup];
  return supplier ? supplier.staff * supplier.staffWeeklyCost + supplier.fixedWeeklyCost : 0;
}

/** Books the week: margin in, costs out; competitors short of runway lay off. */
export function weeklyBooks(ctx: Ctx): void {
  const { s, L } = ctx;
  const m = L.model;
  const absWeek = s.season * (L.weeksAfter + 1) + s.week;
  s.suppliers.forEach((supplier, sup) => {
    const gross = Math.round(weekRevenue(ctx, sup) * supplier.margin);
    const cost = weeklyCost(ctx, sup);
    supplier.cash += gross - cost;
    supplier.recentMargin.push(gross);
    if (supplier.recentMargin.length > 6) supplier.recentMargin.shift();
    if (sup === US) {
      const stats = s.history[s.season];
      if (stats) stats.costs += cost;
      return;
    }
    const avgGross =
      supplier.recentMargin.reduce((a, b) => a + b, 0) / Math.max(1, supplier.recentMargin.length);
    const burn = cost - avgGross;
    const runway = burn > 0 ? supplier.cash / burn : Number.POSITIVE_INFINITY;
    const cooled = absWeek - supplier.lastLayoffWeek >= m.layoffCooldownWeeks;
    if ((supplier.cash < 0 || runway < m.layoffRunwayWeeks) && cooled && supplier.staff > supplier.minStaff) {
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
  });
}

/** Fair costs: every supplier pays for its booth (and our first week of staff). */
export function payForFair(ctx: Ctx): void {
  const { s, L } = ctx;
  s.suppliers.forEach((supplier, sup) => {
    const booth = L.fair.booths[supplier.booth].cost;
    const cost = booth + weeklyCost(ctx, sup);
    supplier.cash -= cost;
    if (sup === US) {
      const stats = s.history[s.season];
      if (stats) stats.costs += cost;
    }
  });
}
