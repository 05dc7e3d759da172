// The state hash (hash.ts): stable, sensitive to every part of the state that can still change
// (so "same hash" in the other tests means "same state"), blind to what JSON drops, and chained
// through the season hashes once a season has ended.
import { describe, expect, it } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import { runBot } from '../../src/sim/bots';
import { US } from '../../src/sim/context';
import { interact } from '../../src/sim/conversation';
import { newGame } from '../../src/sim/game';
import { ACCOUNT_KEYS, hashState, hashValue, LEAD_KEYS, ORDER_KEYS, ORIGIN_KEYS } from '../../src/sim/hash';
import type { SimState } from '../../src/sim/state';
import { ctxOf, finishFairOf, gameAfterFair, gameAtFair, must } from './helpers';

const L = shippedLevel('the-fair');

function changed(state: SimState, edit: (s: SimState) => void): boolean {
  const copy = structuredClone(state);
  edit(copy);
  return hashState(copy) !== hashState(state);
}

describe('hashValue', () => {
  it('is a hex string, equal for equal values and different for different ones', () => {
    const h = hashValue({ a: [1, 2.5, 'x'], b: null, c: true });
    expect(h).toMatch(/^[0-9a-f]+$/);
    expect(hashValue({ a: [1, 2.5, 'x'], b: null, c: true })).toBe(h);
    for (const other of [
      { a: [1, 2.5, 'y'], b: null, c: true },
      { a: [1, 2.6, 'x'], b: null, c: true },
      { a: [1, 2.5, 'x'], b: null, c: false },
      { a: [1, 2.5, 'x', 4], b: null, c: true },
      { a: [1, 2.5, 'x'], b: 0, c: true },
      { a: [2.5, 1, 'x'], b: null, c: true },
    ])
      expect(hashValue(other)).not.toBe(h);
  });

  it('treats values as JSON does: undefined fields are skipped, -0 is 0', () => {
    expect(hashValue({ a: 1, b: undefined })).toBe(hashValue({ a: 1 }));
    expect(hashValue([-0, 1])).toBe(hashValue([0, 1]));
    const v = { x: [0.1, 1e-300, 123456789012, -5], y: 'ü' };
    expect(hashValue(JSON.parse(JSON.stringify(v)))).toBe(hashValue(v));
  });
});

describe('hashState', () => {
  it('changes with any part of a state in play', () => {
    const s = gameAtFair(L, 'hash-1').state;
    const edits: [string, (x: SimState) => void][] = [
      ['an account profile', (x) => ((x.accounts[3] as { orderValue: number }).orderValue += 100)],
      ['a trust value', (x) => (x.trust[17] = (x.trust[17] as number) + 1e-9)],
      ['an irritation value', (x) => (x.irritation[4] = 0.5)],
      ['knowledge', (x) => (x.knowledge[40] = 0.99)],
      ['an rng stream', (x) => (x.rng.talk.s0 += 1e-12)],
      ['the phase', (x) => (x.phase = 'after')],
      ['the tick', (x) => (x.tick += 1)],
      ['a visitor', (x) => ((x.visitors[0] as { leave: number }).leave += 1)],
      ['the CEO', (x) => (x.ceo.patience -= 0.001)],
      ['the team', (x) => (x.team.skill += 0.001)],
      ['a competitor', (x) => ((x.suppliers[2] as { cash: number }).cash -= 1)],
      ['the season stats', (x) => ((x.history[0] as { pitches: number }).pitches += 1)],
      ['the seed', (x) => (x.seed = 'other')],
    ];
    for (const [what, edit] of edits) expect(changed(s, edit), what).toBe(true);
  });

  it('changes with orders, leads and news of the season in play', () => {
    const game = gameAtFair(L, 'hash-2', { pitchShare: 0.5 });
    interact(ctxOf(game), 1, US, 'listen', 0);
    finishFairOf(game);
    must(game, { type: 'advance', steps: 3 });
    const s = game.state;
    expect(s.orders.length).toBeGreaterThan(0);
    expect(changed(s, (x) => ((x.orders.at(-1) as { value: number }).value += 1))).toBe(true);
    expect(changed(s, (x) => x.news.pop())).toBe(true);
    expect(s.leads.length).toBeGreaterThan(0);
    expect(changed(s, (x) => ((x.leads.at(-1) as { quality: number }).quality += 0.01))).toBe(true);
  });

  it('covers ended seasons through their hash', () => {
    const game = gameAfterFair(L, 'hash-3');
    must(game, { type: 'advance', steps: L.weeksAfter });
    must(game, { type: 'improve', choice: 'none' });
    const s = game.state;
    expect(s.history[0]?.hash).not.toBe('');
    expect(changed(s, (x) => ((x.history[0] as { hash: string }).hash = '0000000000000'))).toBe(true);
  });

  it('is the same for a state and its JSON copy', () => {
    const s = gameAfterFair(L, 'hash-4').state;
    expect(hashState(JSON.parse(JSON.stringify(s)))).toBe(hashState(s));
    expect(hashState(newGame(L, 'hash-4').state)).toBe(hashState(newGame(L, 'hash-4').state));
  });

  it('walks leads, orders and accounts field by field exactly as the generic walk would', () => {
    // The state's own records in every shape they take: the keys the typed walkers list are the
    // records' keys, in order, so a new field cannot be left out of the hash.
    const game = runBot(L, 'hash-5', 'balanced');
    const s = game.state;
    for (const lead of s.leads) expect(Object.keys(lead)).toEqual([...LEAD_KEYS]);
    for (const order of s.orders) {
      expect(Object.keys(order)).toEqual([...ORDER_KEYS]);
      expect(Object.keys(order.origin)).toEqual(ORIGIN_KEYS[order.origin.kind]);
    }
    expect(new Set(s.orders.map((o) => o.origin.kind))).toEqual(new Set(Object.keys(ORIGIN_KEYS)));
    for (const acc of s.accounts) expect(Object.keys(acc)).toEqual([...ACCOUNT_KEYS]);
    // And the hash is the generic hash of the same view (this season's records, all accounts
    // before the first season's hash chains them), in play and after the game.
    const generic = (x: SimState): string => {
      const view: Record<string, unknown> = {};
      const chained = x.history[0]?.hash !== undefined && x.history[0].hash !== '';
      for (const [key, v] of Object.entries(x)) {
        if (chained && ['accounts', 'segmentMembers', 'trustStart'].includes(key)) continue;
        view[key] =
          key === 'leads' || key === 'orders'
            ? (v as { season: number }[]).filter((r) => r.season >= x.season)
            : v;
      }
      return hashValue(view);
    };
    const atFair = gameAfterFair(L, 'hash-6').state;
    for (const x of [newGame(L, 'hash-6').state, atFair, s]) expect(hashState(x)).toBe(generic(x));
  });
});
