// After the player is fired: the market goes on without them. A quiet stretch of weeks — no
// fair, no proposals of ours, no CEO — played on a copy of the final state, to show the orders
// that still arrived from the trust they had built. Deterministic (the copy carries the RNG
// states) and never part of the game's state, log or hash.
import type { Level } from '../levels/schema';
import type { Ctx } from './context';
import { weeklyBooks } from './economics';
import { regularPurchases, updateService, weeklyDrift } from './market';
import type { Order, SimState } from './state';

/** Our orders in the `weeks` after the game ended with the player fired (empty otherwise). */
export function ordersAfterLeaving(level: Level, state: SimState, weeks = level.weeksAfter): Order[] {
  if (!state.fired) return [];
  const s = JSON.parse(JSON.stringify(state)) as SimState;
  s.season = s.history.length;
  s.phase = 'after';
  s.week = 0;
  const ctx: Ctx = { L: level, s, ev: null };
  for (let w = 1; w <= weeks; w++) {
    s.week = w;
    regularPurchases(ctx);
    updateService(ctx);
    weeklyDrift(ctx);
    weeklyBooks(ctx);
  }
  return s.orders.filter((o) => o.season === s.season);
}
