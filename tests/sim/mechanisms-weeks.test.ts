// Mechanisms of the weeks after the fair: follow-up proposals and their acceptance chance,
// leads going cold, regular purchases choosing a supplier (trust, irritation, fit, knowledge,
// loyalty, service), referrals by word of mouth, and the origin every order records.
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/levels/schema';
import { runBot } from '../../src/sim/bots';
import { type Ctx, kno, rel, US } from '../../src/sim/context';
import { interact } from '../../src/sim/conversation';
import { apply } from '../../src/sim/game';
import { choiceScore, regularPurchases } from '../../src/sim/market';
import { acceptChance } from '../../src/sim/proposals';
import type { Lead, SimState } from '../../src/sim/state';
import { ctxOf, expectInvariants, finishFairOf, gameAfterFair, gameAtFair, levelCopy, must } from './helpers';

/** A game in the weeks after the fair with an open lead of ours for each of the given accounts. */
function withOurLeads(L: Level, seed: string, accounts: number[]) {
  const game = gameAtFair(L, seed, { proposals: 200, focus: 'conversation' });
  for (const a of accounts) interact(ctxOf(game), a, US, 'listen', 0);
  finishFairOf(game);
  const leads = accounts.map((a) => {
    const lead = game.state.leads.find((l) => l.supplier === US && l.account === a && l.season === 0);
    if (lead?.status !== 'open') throw new Error(`no open lead for ${a}`);
    return lead;
  });
  return { game, leads };
}

function advanceWeeks(game: ReturnType<typeof gameAfterFair>, weeks: number) {
  for (let k = 0; k < weeks; k++) must(game, { type: 'advance', steps: 1 });
}

describe('follow-up proposals', () => {
  function chanceLevel(): Level {
    const L = levelCopy();
    Object.assign(L.model, {
      proposalBase: 0.1,
      proposalTrust: 0.5,
      proposalFit: 0.3,
      proposalIrritation: 0.6,
    });
    return L;
  }

  it('acceptChance rises with trust and with knowledge, falls with irritation and poor service', () => {
    const L = chanceLevel();
    const { game, leads } = withOurLeads(L, 'accept-1', [4]);
    const lead = leads[0] as Lead;
    const s = game.state;
    const i = rel(s, lead.account, US);
    const N = L.needs.length;
    const k0 = kno(s, lead.account, US, N);
    const us = s.suppliers[US];
    if (!us) throw new Error('setup');
    us.fit = us.fit.map(() => 0.3);
    us.shortfall = 0;
    s.irritation[i] = 0;
    for (let n = 0; n < N; n++) s.knowledge[k0 + n] = 0;
    const p = (): number => acceptChance(ctxOf(game), lead);

    s.trust[i] = 0;
    const lowTrust = p();
    s.trust[i] = 0.4;
    const highTrust = p();
    expect(highTrust).toBeGreaterThan(lowTrust);

    for (let n = 0; n < N; n++) s.knowledge[k0 + n] = 1;
    const known = p();
    expect(known).toBeGreaterThan(highTrust);

    s.irritation[i] = 0.5;
    expect(p()).toBeLessThan(known);
    s.irritation[i] = 0;

    us.shortfall = 0.8;
    expect(p()).toBeLessThan(known);
    us.shortfall = 0;

    const quality = lead.quality;
    lead.quality = quality / 4;
    expect(p()).toBeLessThan(known);
  });

  it('an accepted proposal becomes an order with a follow-up origin pointing at the lead', () => {
    const L = levelCopy();
    L.model.proposalBase = 1;
    L.team.followUpsPerWeek = 6;
    const accounts = [10, 20, 30, 40, 50, 60];
    const { game, leads } = withOurLeads(L, 'follow-1', accounts);
    const s = game.state;
    const costs = s.history[0]?.costs as number;
    for (const lead of leads) {
      must(game, { type: 'followUp', lead: lead.id });
      expect(lead.status).toBe('proposed');
      expect(lead.proposedWeek).toBe(1);
      expect(lead.decideWeek).toBeGreaterThanOrEqual(1);
      expect(lead.decideWeek).toBeLessThanOrEqual(L.weeksAfter);
    }
    expect(s.history[0]?.followUps).toBe(leads.length);
    expect(s.history[0]?.costs).toBe(costs + leads.length * L.model.proposalCost);
    advanceWeeks(game, Math.max(...leads.map((l) => l.decideWeek)));
    for (const lead of leads) expect(['won', 'lost']).toContain(lead.status);
    const won = leads.filter((l) => l.status === 'won');
    expect(won.length).toBeGreaterThanOrEqual(3);
    for (const lead of won) {
      const orders = s.orders.filter((o) => o.origin.kind === 'follow-up' && o.origin.lead === lead.id);
      expect(orders).toHaveLength(1);
      expect(orders[0]).toMatchObject({
        account: lead.account,
        supplier: US,
        season: 0,
        week: lead.decideWeek,
        afterFired: false,
        origin: { kind: 'follow-up', lead: lead.id, day: lead.day, season: 0 },
      });
    }
    for (const lead of leads.filter((l) => l.status === 'lost')) {
      expect(s.orders.some((o) => o.origin.kind === 'follow-up' && o.origin.lead === lead.id)).toBe(false);
    }
    expectInvariants(L, s);
  });

  it('converts more often where trust is high (same draws, different trust)', () => {
    const L = chanceLevel();
    L.team.followUpsPerWeek = 40;
    const accounts = Array.from({ length: 40 }, (_, k) => k * 3);
    const { game } = withOurLeads(L, 'follow-2', accounts);
    const wins = (trust: number) => {
      const s = structuredClone(game.state);
      for (const a of accounts) {
        s.trust[rel(s, a, US)] = trust;
        s.trustStart[rel(s, a, US)] = trust;
        s.irritation[rel(s, a, US)] = 0;
      }
      const g = { ...game, state: s, log: [] };
      const ours = s.leads.filter(
        (l) => l.supplier === US && l.status === 'open' && accounts.includes(l.account),
      );
      expect(ours).toHaveLength(accounts.length);
      for (const lead of ours) must(g, { type: 'followUp', lead: lead.id });
      advanceWeeks(g, L.weeksAfter - 1);
      return ours.filter((l) => l.status === 'won').length;
    };
    expect(wins(0.95)).toBeGreaterThan(wins(0));
  });

  it(`leads nobody follows up go cold after model.leadColdWeeks weeks`, () => {
    const L = levelCopy();
    L.model.leadColdWeeks = 3;
    const { game, leads } = withOurLeads(L, 'cold-1', [1, 2, 3, 4]);
    const [followed, ...ignored] = leads as [Lead, ...Lead[]];
    must(game, { type: 'followUp', lead: followed.id });
    advanceWeeks(game, L.model.leadColdWeeks);
    for (const lead of ignored) expect(lead.status).toBe('open');
    advanceWeeks(game, 1);
    for (const lead of ignored) expect(lead.status).toBe('cold');
    expect(followed.status).not.toBe('cold');
    // Every lead of any supplier left open this long is cold.
    expect(game.state.leads.filter((l) => l.status === 'open')).toEqual([]);
    expect(apply(game, { type: 'followUp', lead: (ignored[0] as Lead).id })).toEqual({
      ok: false,
      error: 'lead-not-open',
    });
  });

  it('at the season’s end no lead stays open or proposed', () => {
    const L = levelCopy();
    const { game } = withOurLeads(L, 'cold-2', [5, 6]);
    advanceWeeks(game, L.weeksAfter);
    expect(
      game.state.leads.every((l) => l.status === 'won' || l.status === 'lost' || l.status === 'cold'),
    ).toBe(true);
  });
});

describe('regular purchases', () => {
  /** Everyone buys this week in a copy of the state; the share that picked us. */
  function shareToUs(base: SimState, L: Level, change: (s: SimState) => void): number {
    const s = structuredClone(base);
    s.week = 1;
    for (let a = 0; a < s.weeksUntil.length; a++) s.weeksUntil[a] = 1;
    change(s);
    const before = s.orders.length;
    regularPurchases({ L, s, ev: null });
    // Every account bought exactly once.
    return (s.orders.length - before) / s.accounts.length;
  }

  const L = levelCopy();
  Object.assign(L.model, {
    choiceTrust: 2.5,
    choiceFit: 3,
    choiceIrritation: 2.5,
    choiceLoyalty: 1.5,
    choiceService: 2,
    knowledgeFit: 0.5,
  });
  const base = gameAfterFair(L, 'market-1').state;
  const setOurs = (s: SimState, arr: 'trust' | 'irritation', value: number) => {
    for (const acc of s.accounts) s[arr][rel(s, acc.id, US)] = value;
  };

  it('the weight of a supplier rises with trust and fit, falls with irritation and shortfall', () => {
    const s = structuredClone(base);
    const ctx: Ctx = { L, s, ev: null };
    const a = 0;
    const i = rel(s, a, US);
    const score = () => choiceScore(ctx, a, US);
    s.trust[i] = 0.2;
    const low = score();
    s.trust[i] = 0.8;
    expect(score()).toBeGreaterThan(low);
    const trusted = score();
    s.irritation[i] = 0.5;
    expect(score()).toBeLessThan(trusted);
    s.irritation[i] = 0;
    const us = s.suppliers[US];
    if (!us) throw new Error('setup');
    us.fit = us.fit.map(() => 0.2);
    const poorFit = score();
    us.fit = us.fit.map(() => 0.9);
    expect(score()).toBeGreaterThan(poorFit);
    const good = score();
    us.shortfall = 0.7;
    expect(score()).toBeLessThan(good);
    us.shortfall = 0;
    s.mainSupplier[a] = 1;
    const notMain = score();
    s.mainSupplier[a] = US;
    expect(score()).toBeGreaterThan(notMain);
  });

  it('more accounts pick a supplier they trust more', () => {
    expect(shareToUs(base, L, (s) => setOurs(s, 'trust', 0.9))).toBeGreaterThan(
      shareToUs(base, L, (s) => setOurs(s, 'trust', 0.1)),
    );
  });

  it('fewer accounts pick a supplier that irritated them', () => {
    expect(shareToUs(base, L, (s) => setOurs(s, 'irritation', 0.8))).toBeLessThan(
      shareToUs(base, L, (s) => setOurs(s, 'irritation', 0)),
    );
  });

  it('more accounts pick a better fit, and knowing their needs improves it', () => {
    const withFit = (value: number) => (s: SimState) => {
      const us = s.suppliers[US];
      if (us) us.fit = us.fit.map(() => value);
    };
    expect(shareToUs(base, L, withFit(0.9))).toBeGreaterThan(shareToUs(base, L, withFit(0.1)));
    const knowing = (value: number) => (s: SimState) => {
      withFit(0.3)(s);
      const N = L.needs.length;
      for (const acc of s.accounts) {
        const k0 = kno(s, acc.id, US, N);
        for (let n = 0; n < N; n++) s.knowledge[k0 + n] = value;
      }
    };
    expect(shareToUs(base, L, knowing(1))).toBeGreaterThan(shareToUs(base, L, knowing(0)));
  });

  it('accounts are loyal to their main supplier', () => {
    const main = (sup: number) => (s: SimState) => {
      for (let a = 0; a < s.mainSupplier.length; a++) s.mainSupplier[a] = sup;
    };
    expect(shareToUs(base, L, main(US))).toBeGreaterThan(shareToUs(base, L, main(1)));
  });

  it('poor service drives accounts away', () => {
    const shortfall = (x: number) => (s: SimState) => {
      const us = s.suppliers[US];
      if (us) us.shortfall = x;
    };
    expect(shareToUs(base, L, shortfall(0.9))).toBeLessThan(shareToUs(base, L, shortfall(0)));
  });

  it('an account due to buy buys once, from the supplier it then has as main supplier', () => {
    const s = structuredClone(base);
    s.week = 1;
    const due = (a: number) => a < 100;
    for (let a = 0; a < s.weeksUntil.length; a++) {
      s.weeksUntil[a] = due(a) ? 1 : 5;
      s.mainSupplier[a] = 1 + (a % (s.suppliers.length - 1));
    }
    const mainBefore = s.mainSupplier.slice();
    const before = s.orders.length;
    regularPurchases({ L, s, ev: null });
    const ours = s.orders.slice(before);
    expect(ours.length).toBeGreaterThan(0);
    const buyers = new Set(ours.map((o) => o.account));
    expect(buyers.size).toBe(ours.length);
    for (const o of ours) {
      expect(due(o.account)).toBe(true);
      expect(o.week).toBe(1);
    }
    for (let a = 0; a < s.accounts.length; a++) {
      if (buyers.has(a)) expect(s.mainSupplier[a]).toBe(US);
      else expect(s.mainSupplier[a]).not.toBe(US);
      // Not due: the cycle counts down and the main supplier stays.
      if (!due(a)) {
        expect(s.weeksUntil[a]).toBe(4);
        expect(s.mainSupplier[a]).toBe(mainBefore[a]);
      } else expect(s.weeksUntil[a]).toBe(s.accounts[a]?.cycleWeeks);
    }
    // Some due accounts switched from their old main supplier to another competitor.
    const switched = [...Array(100).keys()].filter(
      (a) => !buyers.has(a) && s.mainSupplier[a] !== mainBefore[a],
    );
    expect(switched.length).toBeGreaterThan(0);
  });
});

describe('referrals', () => {
  const L = levelCopy();
  const base = gameAfterFair(L, 'referral-1').state;

  it('an account that switches to us after hearing about us from a peer records a referral via that peer', () => {
    const s = structuredClone(base);
    s.week = 1;
    const A = s.accounts.length;
    for (let a = 0; a < A; a++) {
      s.weeksUntil[a] = 1;
      s.mainSupplier[a] = 1;
      s.trust[rel(s, a, US)] = 1;
      s.womFrom[rel(s, a, US)] = (a + 1) % A;
    }
    const before = s.orders.length;
    regularPurchases({ L, s, ev: null });
    const ours = s.orders.slice(before);
    expect(ours.length).toBeGreaterThan(0);
    for (const o of ours) expect(o.origin).toEqual({ kind: 'referral', via: (o.account + 1) % A });
  });

  it('without word of mouth, or when we already are the main supplier, the order is regular', () => {
    for (const [main, wom] of [
      [1, false],
      [US, true],
    ] as const) {
      const s = structuredClone(base);
      s.week = 1;
      const A = s.accounts.length;
      for (let a = 0; a < A; a++) {
        s.weeksUntil[a] = 1;
        s.mainSupplier[a] = main;
        s.trust[rel(s, a, US)] = 1;
        s.womFrom[rel(s, a, US)] = wom ? (a + 1) % A : -1;
      }
      const before = s.orders.length;
      regularPurchases({ L, s, ev: null });
      const ours = s.orders.slice(before);
      expect(ours.length).toBeGreaterThan(0);
      for (const o of ours) expect(o.origin).toEqual({ kind: 'regular' });
    }
  });
});

describe('order origins in whole games', () => {
  it('games record every kind of origin: fair, follow-up, regular and referral', () => {
    const L = levelCopy();
    const kinds = new Set<string>();
    for (const seed of ['origins-1', 'origins-2', 'origins-3']) {
      for (const bot of ['balanced', 'listener'] as const) {
        const game = runBot(L, seed, bot);
        for (const o of game.state.orders) kinds.add(o.origin.kind);
        expectInvariants(L, game.state);
      }
    }
    expect([...kinds].sort()).toEqual(['fair', 'follow-up', 'referral', 'regular']);
  });
});
