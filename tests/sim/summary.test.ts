// The summary's shape: summarize(game, bot) has exactly the fields of the command-line contract
// (DESIGN.md §5) with the right types and lengths, and its numbers agree with the game's state.
import { describe, expect, it } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import { runBot } from '../../src/sim/bots';
import { gameHash, newGame } from '../../src/sim/game';
import { summarize } from '../../src/sim/summary';
import { SIM_VERSION } from '../../src/sim/version';
import { levelCopy } from './helpers';
import { SUMMARY_SHAPE } from './summary-shape';

const keys = (o: object) => Object.keys(o).sort();

const {
  top: TOP,
  season: SEASON,
  competitor: COMPETITOR,
  competitorSeason: COMPETITOR_SEASON,
  totals: TOTALS,
} = SUMMARY_SHAPE;

const L = shippedLevel('the-fair');

describe('summarize', () => {
  const game = runBot(L, 'summary-1', 'listener');
  const sum = summarize(game, 'listener');

  it('has exactly the fields of the contract', () => {
    expect(keys(sum)).toEqual(TOP);
    expect(sum.seasons.length).toBeGreaterThan(0);
    for (const season of sum.seasons) expect(keys(season)).toEqual(SEASON);
    expect(sum.competitors).toHaveLength(L.competitors.length);
    for (const c of sum.competitors) {
      expect(keys(c)).toEqual(COMPETITOR);
      expect(c.seasons).toHaveLength(sum.seasons.length);
      for (const cs of c.seasons) expect(keys(cs)).toEqual(COMPETITOR_SEASON);
    }
    expect(keys(sum.totals)).toEqual(TOTALS);
  });

  it('has the right header values and types', () => {
    expect(sum).toMatchObject({ level: L.id, seed: 'summary-1', bot: 'listener', simVersion: SIM_VERSION });
    expect(sum.hash).toBe(gameHash(game));
    expect(typeof sum.fired).toBe('boolean');
    expect(sum.fired).toBe(game.state.fired !== null);
    expect(sum.competitors.map((c) => c.id)).toEqual(L.competitors.map((c) => c.id));
    expect(summarize(game).bot).toBeNull();
  });

  it('has one weekly revenue per week after the fair and integer money everywhere', () => {
    for (const [k, season] of sum.seasons.entries()) {
      expect(season.weeklyRevenue).toHaveLength(L.weeksAfter);
      for (const x of [
        season.fairRevenue,
        season.afterFairRevenue,
        season.revenue,
        season.profit,
        ...season.weeklyRevenue,
      ])
        expect(Number.isInteger(x)).toBe(true);
      expect(season.hash).toBe(game.state.history[k]?.hash);
      expect(season.ceoPatience).toBeGreaterThanOrEqual(0);
      expect(season.ceoPatience).toBeLessThanOrEqual(100);
    }
    for (const c of sum.competitors)
      for (const cs of c.seasons) {
        expect(cs.weeklyRevenue).toHaveLength(L.weeksAfter);
        for (const x of [
          cs.fairRevenue,
          cs.revenue,
          cs.staffStart,
          cs.staffEnd,
          cs.layoffs,
          ...cs.weeklyRevenue,
        ])
          expect(Number.isInteger(x)).toBe(true);
      }
  });

  it('adds up: seasons, totals and competitors', () => {
    const total = (f: (x: (typeof sum.seasons)[number]) => number) =>
      sum.seasons.reduce((a, x) => a + f(x), 0);
    expect(sum.totals.revenue).toBe(total((x) => x.revenue));
    expect(sum.totals.fairRevenue).toBe(total((x) => x.fairRevenue));
    expect(sum.totals.afterFairRevenue).toBe(total((x) => x.afterFairRevenue));
    expect(sum.totals.profit).toBe(total((x) => x.profit));
    for (const season of sum.seasons) {
      const weekly = season.weeklyRevenue.reduce((a, b) => a + b, 0);
      expect(season.afterFairRevenue).toBe(weekly);
      expect(season.revenue).toBe(season.fairRevenue + weekly);
    }
    for (const c of sum.competitors)
      for (const cs of c.seasons) {
        expect(cs.revenue).toBe(cs.fairRevenue + cs.weeklyRevenue.reduce((a, b) => a + b, 0));
        expect(cs.staffStart - cs.staffEnd).toBe(cs.layoffs);
      }
    // Each season's competitor staff picks up where the last one ended.
    for (const c of sum.competitors)
      for (let k = 1; k < c.seasons.length; k++)
        expect(c.seasons[k]?.staffStart).toBe(c.seasons[k - 1]?.staffEnd);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(sum))).toEqual(sum);
  });

  it('of a game not yet planned has no seasons and zero totals', () => {
    const fresh = summarize(newGame(L, 'empty'));
    expect(keys(fresh)).toEqual(TOP);
    expect(fresh.seasons).toEqual([]);
    expect(fresh.totals).toEqual({ revenue: 0, fairRevenue: 0, afterFairRevenue: 0, profit: 0 });
    expect(fresh.fired).toBe(false);
  });

  it('of a fired game lists only the seasons played', () => {
    const harsh = levelCopy();
    Object.assign(harsh.ceo, { patience: 1, ambitionBonus: 0, fairPenalty: 50 });
    harsh.fair.buyingMood = [0];
    const g = runBot(harsh, 'summary-fired', 'pusher');
    const s = summarize(g, 'pusher');
    expect(s.fired).toBe(true);
    expect(g.state.fired?.season).toBe(0);
    expect(s.seasons).toHaveLength(1);
    expect(s.seasons.length).toBeLessThan(harsh.seasons);
    for (const c of s.competitors) expect(c.seasons).toHaveLength(1);
    expect(s.hash).toBe(s.seasons[0]?.hash);
  });
});
