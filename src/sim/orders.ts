// Orders: every order is recorded with its origin (fair pitch, follow-up of a conversation,
// regular cycle, referral) and counted into the season's revenue of its supplier — ours only
// while we still have the job.
import { type Ctx, US } from './context';
import { moveMood } from './moves';
import type { Order, OrderOrigin } from './state';

/**
 * Records an order signed now (at the fair: week 0; after it: the current week) and counts it
 * into its supplier's revenue. Returns our order's id, or -1 for a competitor's order.
 */
export function recordOrder(
  ctx: Ctx,
  supplier: number,
  account: number,
  value: number,
  origin: OrderOrigin,
): number {
  const { s, L } = ctx;
  const week = s.phase === 'fair' ? 0 : s.week;
  const amount = Math.round(value);
  const acc = s.accounts[account];
  s.mainSupplier[account] = supplier;
  if (supplier !== US) {
    const stats = s.competitorHistory[supplier - 1]?.[s.season];
    if (stats) {
      if (week === 0) stats.fairRevenue += amount;
      else stats.weeklyRevenue[week - 1] = (stats.weeklyRevenue[week - 1] ?? 0) + amount;
      if (origin.kind === 'follow-up') stats.followUpRevenue += amount;
    }
    return -1;
  }
  const order: Order = {
    id: s.orders.length,
    supplier,
    account,
    season: s.season,
    week,
    value: amount,
    origin,
    afterFired: s.fired !== null,
  };
  s.orders.push(order);
  // Once we are fired the orders are the company's, not ours: the debrief lists them apart.
  if (order.afterFired) return order.id;
  const stats = s.history[s.season];
  if (stats) {
    if (week === 0) stats.fairRevenue += amount;
    else stats.weeklyRevenue[week - 1] = (stats.weeklyRevenue[week - 1] ?? 0) + amount;
  }
  const avg = acc ? acc.orderValue : amount;
  moveMood(ctx, 'orders', L.team.moodPerOrder * (amount / Math.max(1, avg)));
  ctx.ev?.push({ t: 'order', order: order.id });
  return order.id;
}

/** A regular order's value: the account's usual size with a little random spread. */
export function orderValue(base: number, spread: number, u: number): number {
  return Math.round(base * (1 - spread + 2 * spread * u));
}
