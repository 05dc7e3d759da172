// After a firing the market goes on: ordersAfterLeaving plays quiet weeks on a copy of the
// final state — orders keep arriving from accounts that still trust us, the game itself is
// untouched, and the result is the same every time.
import { describe, expect, it } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import { gameHash, ordersAfterLeaving, runBot } from '../../src/sim';

const L = shippedLevel('the-fair');

describe('orders after leaving', () => {
  it('shows the orders that still arrive after a firing, without touching the game', () => {
    let checked = 0;
    // The listener who promises too much is the bot most often fired on this level.
    for (let i = 1; i <= 24 && checked < 3; i++) {
      const game = runBot(L, String(i), 'listener-bold');
      if (!game.state.fired) continue;
      checked++;
      const before = gameHash(game);
      const orders = ordersAfterLeaving(L, game.state);
      expect(gameHash(game)).toBe(before);
      expect(orders.length).toBeGreaterThan(0);
      for (const o of orders) {
        expect(o.supplier).toBe(0);
        expect(o.afterFired).toBe(true);
        expect(o.season).toBe(game.state.history.length);
        expect(o.week).toBeGreaterThanOrEqual(1);
        expect(o.week).toBeLessThanOrEqual(L.weeksAfter);
        expect(['regular', 'referral']).toContain(o.origin.kind);
      }
      expect(ordersAfterLeaving(L, game.state)).toEqual(orders);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('is empty when nobody was fired', () => {
    const game = runBot(L, '1', 'listener');
    expect(game.state.fired).toBeNull();
    expect(ordersAfterLeaving(L, game.state)).toEqual([]);
  });
});
