// Selectors: what the screen shows, derived from a real game — the fair clock, sales today,
// who is at our booth, a visitor's card, our leads, series for the charts, order origins and
// the ghosts of the debrief.
import { describe, expect, it } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import { apply, type Command, type Game, newGame, planLimits, runBot, summarize } from '../../src/sim';
import {
  cumulativeOfSummary,
  cumulativeSeries,
  fairClock,
  ghosts,
  ourLeads,
  revenueByOrigin,
  revenueOf,
  salesToday,
  seasonSeries,
  tracedOrders,
  visitorCard,
  visitorsAtOurBooth,
} from '../../src/view/selectors';

const L = shippedLevel('the-fair');

function must(game: Game, cmd: Command) {
  const res = apply(game, cmd);
  if (!res.ok) throw new Error(res.error);
}

function atFair(seed = '3'): Game {
  const game = newGame(L, seed);
  const lim = planLimits({ L, s: game.state, ev: null });
  must(game, {
    type: 'plan',
    booth: 'medium',
    focus: 'conversation',
    pitchers: 2,
    listeners: lim.slots.medium - 2,
    showInnovations: false,
    revenueTarget: lim.minTarget,
    costCap: lim.plannedCost.medium + 30 * L.model.proposalCost,
  });
  return game;
}

describe('selectors', () => {
  it('reads the hall clock from the tick', () => {
    const game = atFair();
    expect(fairClock(game)).toMatchObject({ day: 1, days: 3, minutes: 9 * 60, progress: 0 });
    must(game, { type: 'advance', steps: 5 });
    expect(fairClock(game).minutes).toBe(9 * 60 + 5 * 15);
    must(game, { type: 'advance', steps: 32 });
    expect(fairClock(game).day).toBe(2);
  });

  it('lists visitors at our booth and builds their card', () => {
    const game = atFair();
    let here = visitorsAtOurBooth(game);
    for (let i = 0; i < 40 && here.length === 0; i++) {
      must(game, { type: 'advance', steps: 1 });
      here = visitorsAtOurBooth(game);
    }
    const v = here[0];
    if (!v) throw new Error('nobody came');
    expect(v.booth).toBe(0);
    const card = visitorCard(game, v.id);
    expect(card?.name).toMatch(/\S+ \S+/);
    expect(card?.company.length).toBeGreaterThan(0);
    expect(card?.hintNeeds).toHaveLength(1);
    must(game, { type: 'handle', visitor: v.id, action: 'ask' });
    expect(visitorCard(game, v.id)?.hintNeeds).toHaveLength(2);
    expect(visitorCard(game, 99999)).toBeNull();
  });

  it('adds sales today per booth and starts again each day', () => {
    const fairSales = (game: Game, day: number) =>
      game.state.orders
        .filter((o) => o.origin.kind === 'fair' && o.origin.day === day)
        .reduce((sum, o) => sum + o.value, 0);
    // A world where our pitchers sell something on day 1, so a reset is visible.
    let game = atFair('1');
    for (let seed = 1; seed < 40; seed++) {
      game = atFair(String(seed));
      must(game, { type: 'advance', steps: 40 }); // into day 2
      if (fairSales(game, 0) > 0) break;
    }
    expect(fairSales(game, 0)).toBeGreaterThan(0);
    const booths = salesToday(game);
    expect(booths.map((b) => b.id)).toEqual(['us', ...L.competitors.map((c) => c.id)]);
    expect(booths[0]?.soldToday).toBe(fairSales(game, 1));
    for (const b of booths) expect(Number.isInteger(b.soldToday)).toBe(true);
  });

  it('gives series that add up to the season’s revenue, and origins that add up too', () => {
    const game = runBot(L, '5', 'listener');
    const series = seasonSeries(game, 0);
    expect(series[0]?.id).toBe('us');
    expect(series).toHaveLength(1 + L.competitors.length);
    const ours = series[0]?.values ?? [];
    expect(ours).toHaveLength(1 + L.weeksAfter);
    expect(ours.reduce((a, b) => a + b, 0)).toBe(revenueOf(game, 0));
    const o = revenueByOrigin(game, 0);
    expect(o.fair + o.followUp + o.regular + o.referral).toBe(revenueOf(game, 0));
    expect(o.followUp).toBeGreaterThan(0);
    for (const order of tracedOrders(game, 0))
      expect(['fair', 'follow-up', 'referral']).toContain(order.origin.kind);
    const cum = cumulativeSeries(game);
    expect(cum.at(-1)).toBe(summarize(game).totals.revenue);
  });

  it('lists this season’s leads of ours only', () => {
    const game = atFair();
    must(game, { type: 'advance', steps: 96 });
    const leads = ourLeads(game);
    expect(leads.length).toBeGreaterThan(0);
    for (const l of leads) {
      expect(l.supplier).toBe(0);
      expect(l.season).toBe(0);
    }
  });

  it('plays the ghosts on the same seed, once', () => {
    const game = newGame(L, '8');
    const g = ghosts(game);
    expect(g.pusher.bot).toBe('pusher');
    expect(g.listener.seed).toBe('8');
    expect(ghosts(game)).toBe(g);
    expect(cumulativeOfSummary(g.listener).at(-1)).toBe(g.listener.totals.revenue);
  });
});
