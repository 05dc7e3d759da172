// The street's and the fair panel's view models on real games: proposals sent this season, a
// competitor's week as parcels (its revenue in typical orders, at most a van's load), and what
// our booth has taken at the fair so far.
import { describe, expect, it } from 'vitest';
import { apply, runBot, US } from '../../src/sim';
import { fairTakings } from '../../src/view/fair';
import { MAX_PARCELS, parcelsOfWeek, proposalsSent, typicalOrder } from '../../src/view/street';
import { L, plannedGame } from './planned-game';

describe('the street', () => {
  it('a typical order lies within the segments’ order sizes', () => {
    const lo = Math.min(...L.segments.map((s) => s.orderValue.min));
    const hi = Math.max(...L.segments.map((s) => s.orderValue.max));
    expect(typicalOrder(L)).toBeGreaterThanOrEqual(lo);
    expect(typicalOrder(L)).toBeLessThanOrEqual(hi);
  });

  it('counts our proposals as they are sent', () => {
    const g = plannedGame('st1');
    apply(g, { type: 'advance', steps: 100_000 });
    expect(proposalsSent(g)).toBe(0);
    const open = g.state.leads.filter((l) => l.supplier === US && l.status === 'open').slice(0, 2);
    for (const l of open) expect(apply(g, { type: 'followUp', lead: l.id }).ok).toBe(true);
    expect(proposalsSent(g)).toBe(open.length);
  });

  it('draws a competitor’s week as its revenue in typical orders, capped', () => {
    const g = runBot(L, 'st2', 'listener');
    // Look at the last season's weeks as the street did while they were played.
    const season = g.state.history.length - 1;
    const size = typicalOrder(L);
    const view = { ...g, state: { ...g.state, season } };
    for (let week = 1; week <= L.weeksAfter; week++) {
      const parcels = parcelsOfWeek(view, week);
      expect(parcels.length).toBe(L.competitors.length);
      parcels.forEach((n, c) => {
        const revenue = g.state.competitorHistory[c]?.[season]?.weeklyRevenue[week - 1] ?? 0;
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThanOrEqual(MAX_PARCELS);
        if (n < MAX_PARCELS) expect(Math.abs(n * size - revenue)).toBeLessThanOrEqual(size / 2 + 1e-6);
      });
    }
  });
});

describe('the fair panel', () => {
  it('counts what our booth took at this fair, and nothing before it', () => {
    const g = plannedGame('st3');
    expect(fairTakings(g)).toEqual({ leads: 0, orders: 0, value: 0 });
    apply(g, { type: 'advance', steps: 100_000 });
    const taken = fairTakings(g);
    const fairOrders = g.state.orders.filter((o) => o.season === 0 && o.week === 0);
    expect(taken.orders).toBe(fairOrders.length);
    expect(taken.value).toBe(fairOrders.reduce((s, o) => s + o.value, 0));
    expect(taken.leads).toBe(g.state.leads.filter((l) => l.supplier === US && l.season === 0).length);
    expect(taken.leads).toBeGreaterThan(0);
  });
});
