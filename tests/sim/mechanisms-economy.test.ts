// Mechanisms of money and people: competitors short of cash laying off staff (economics.ts)
// and what that costs them (follow-ups, service, trust); the CEO's patience and firing
// (ceo.ts); and improvements between seasons (improvements.ts).
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/levels/schema';
import { botDecide, botStream, runBot } from '../../src/sim/bots';
import {
  ceoOnSeasonEnd,
  ceoOnWeek,
  firingCause,
  patienceAfterPromise,
  promiseGrowth,
  seasonRevenue,
} from '../../src/sim/ceo';
import { commandError, planLimits } from '../../src/sim/commands';
import { type Ctx, kno, rel, US } from '../../src/sim/context';
import { interact } from '../../src/sim/conversation';
import { weeklyCost } from '../../src/sim/economics';
import { apply, type Game, newGame } from '../../src/sim/game';
import { favouriteNeed, heardNeed, improve, innovationReady } from '../../src/sim/improvements';
import { habitRevenue, updateService, weeklyDrift } from '../../src/sim/market';
import { followUpCapacity } from '../../src/sim/proposals';
import type { SimState } from '../../src/sim/state';
import { createState } from '../../src/sim/world';
import {
  ctxOf,
  expectInvariants,
  finishFairOf,
  gameAfterFair,
  gameAtFair,
  levelCopy,
  must,
  validPlan,
} from './helpers';

const C = 1; // the first competitor's supplier index

function must1<T>(x: T | undefined): T {
  if (x === undefined) throw new Error('missing');
  return x;
}

function layoffLevel(): Level {
  const L = levelCopy();
  const first = L.competitors[0];
  if (!first) throw new Error('no competitor');
  first.followUpShare = 1;
  first.staff = 14;
  first.minStaff = 4;
  Object.assign(L.model, {
    layoffShare: 0.5,
    layoffCooldownWeeks: 4,
    layoffRunwayWeeks: 10,
    layoffReviewWeeks: 0,
  });
  return L;
}

/** Makes this season's fair of competitor `c` one that cannot pay for itself. */
function unpaidFair(game: Game, c = C): Game {
  const cs = game.state.competitorHistory[c - 1]?.[game.state.season];
  if (!cs) throw new Error('no competitor season');
  cs.fairSpend = 1e12;
  return game;
}

function weeks(game: Game, n: number) {
  for (let k = 0; k < n; k++) must(game, { type: 'advance', steps: 1 });
}

describe('competitor economics', () => {
  it("plans a competitor's overheads from its market: a year of habit leaves plannedProfit of its margin", () => {
    const L = levelCopy();
    let planned = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const s = createState(L, String(seed));
      const ctx = { L, s, ev: null };
      L.competitors.forEach((c, k) => {
        const sup = must1(s.suppliers[k + 1]);
        const margin = habitRevenue(ctx, k + 1, 1) * c.margin;
        const cost = weeklyCost(ctx, k + 1);
        expect(sup.cash / cost).toBeCloseTo(c.cashWeeks, 3);
        if (sup.fixedWeeklyCost > 0) {
          planned++;
          expect(1 - cost / margin).toBeCloseTo(c.plannedProfit, 3);
        } else {
          // A market too small for its staff: no overheads, and less profit than planned.
          expect(1 - cost / margin).toBeLessThanOrEqual(c.plannedProfit);
        }
      });
    }
    expect(planned).toBeGreaterThan(20);
  });

  it('bigger orders make bigger competitors, not richer ones: overheads and cash scale with the market', () => {
    const L = levelCopy();
    const big = levelCopy();
    for (const g of big.segments) g.orderValue = { min: g.orderValue.min * 2, max: g.orderValue.max * 2 };
    const a = createState(L, '1');
    const b = createState(big, '1');
    L.competitors.forEach((c, k) => {
      const before = must1(a.suppliers[k + 1]);
      const after = must1(b.suppliers[k + 1]);
      expect(before.fixedWeeklyCost).toBeGreaterThan(0);
      const staff = c.staff * c.staffWeeklyCost;
      expect((after.fixedWeeklyCost + staff) / (before.fixedWeeklyCost + staff)).toBeCloseTo(2, 2);
      expect(after.cash / before.cash).toBeCloseTo(2, 2);
    });
  });

  it('a level may still name a competitor’s overheads and cash outright', () => {
    const L = levelCopy();
    const first = must1(L.competitors[0]);
    first.fixedWeeklyCost = 123_400;
    first.cash = 5_000_000;
    const sup = must1(createState(L, '7').suppliers[C]);
    expect(sup.fixedWeeklyCost).toBe(123_400);
    expect(sup.cash).toBe(5_000_000);
  });

  it('a competitor short of cash lays off staff (news, history); a rich one does not', () => {
    const L = layoffLevel();
    const game = unpaidFair(gameAfterFair(L, 'layoff-1'));
    const s = game.state;
    const poor = s.suppliers[C];
    const rich = s.suppliers[C + 1];
    if (!poor || !rich) throw new Error('setup');
    poor.cash = -1e9;
    rich.cash = 1e11;
    const staffPoor = poor.staff;
    const staffRich = rich.staff;
    const capacity = followUpCapacity(ctxOf(game), C);

    weeks(game, 1);

    expect(poor.staff).toBeLessThan(staffPoor);
    expect(poor.staff).toBeGreaterThanOrEqual(poor.minStaff);
    const dropped = staffPoor - poor.staff;
    const news = s.news.filter((n) => n.kind === 'layoff');
    expect(news).toContainEqual(
      expect.objectContaining({ kind: 'layoff', supplier: C, amount: dropped, week: 1 }),
    );
    expect(s.competitorHistory[C - 1]?.[0]?.layoffs).toBe(dropped);
    expect(rich.staff).toBe(staffRich);
    expect(news.some((n) => n.supplier === C + 1)).toBe(false);
    expect(followUpCapacity(ctxOf(game), C)).toBeLessThan(capacity);
  });

  it('a competitor whose fair paid for itself does not lay off, however short of cash', () => {
    const L = layoffLevel();
    const game = gameAfterFair(L, 'layoff-paid');
    const s = game.state;
    const c = s.suppliers[C];
    const cs = s.competitorHistory[C - 1]?.[0];
    if (!c || !cs) throw new Error('setup');
    cs.fairSpend = 0;
    c.cash = -1e9;
    weeks(game, 3);
    expect(c.staff).toBe(c.staffStart);
    expect(cs.layoffs).toBe(0);
    // The same competitor, its fair unpaid, lays off at once.
    cs.fairSpend = 1e12;
    weeks(game, 1);
    expect(c.staff).toBeLessThan(c.staffStart);
  });

  it('waits the review weeks after the fair before it judges whether the fair paid', () => {
    const L = layoffLevel();
    L.model.layoffReviewWeeks = 3;
    const game = unpaidFair(gameAfterFair(L, 'layoff-review'));
    const c = game.state.suppliers[C];
    if (!c) throw new Error('setup');
    for (let w = 1; w < 3; w++) {
      c.cash = -1e9;
      weeks(game, 1);
      expect(c.staff).toBe(c.staffStart);
    }
    c.cash = -1e9;
    weeks(game, 1);
    expect(c.staff).toBeLessThan(c.staffStart);
  });

  it('waits for the cooldown between layoff rounds and never goes below minStaff', () => {
    const L = layoffLevel();
    const game = unpaidFair(gameAfterFair(L, 'layoff-2'));
    const c = game.state.suppliers[C];
    if (!c) throw new Error('setup');
    const broke = () => {
      c.cash = -1e10;
    };
    broke();
    weeks(game, 1);
    const afterFirst = c.staff;
    for (let k = 1; k < L.model.layoffCooldownWeeks; k++) {
      broke();
      weeks(game, 1);
      expect(c.staff).toBe(afterFirst);
    }
    broke();
    weeks(game, 1);
    expect(c.staff).toBeLessThan(afterFirst);
    for (let k = 0; k < 6; k++) {
      broke();
      weeks(game, 1);
    }
    expect(c.staff).toBe(c.minStaff);
    expectInvariants(L, game.state);
  });

  it('a laid-off competitor follows up fewer leads', () => {
    const L = layoffLevel();
    const game = gameAtFair(L, 'layoff-3');
    for (let a = 0; a < 80; a++) interact(ctxOf(game), a, C, 'listen', 0);
    finishFairOf(game);
    unpaidFair(game);
    const proposedInWeek2 = (cash: number) => {
      const g: Game = { ...game, state: structuredClone(game.state), log: [] };
      const c = g.state.suppliers[C];
      if (!c) throw new Error('setup');
      c.cash = cash;
      weeks(g, 2);
      return g.state.leads.filter((l) => l.supplier === C && l.proposedWeek === 2).length;
    };
    expect(proposedInWeek2(-1e9)).toBeLessThan(proposedInWeek2(1e11));
  });

  it('a laid-off competitor serves its many main accounts worse, which costs it their trust', () => {
    const L = layoffLevel();
    L.model.serviceAccountsPerStaff = 5;
    const game = unpaidFair(gameAfterFair(L, 'layoff-4'));
    const s = game.state;
    for (let a = 0; a < s.mainSupplier.length; a++) s.mainSupplier[a] = C;
    const shortfallOf = (state: SimState) => {
      updateService({ L, s: state, ev: null });
      return state.suppliers[C]?.shortfall as number;
    };
    const before = shortfallOf(structuredClone(s));
    const c = s.suppliers[C];
    if (!c) throw new Error('setup');
    c.cash = -1e9;
    weeks(game, 1);
    expect(c.staff).toBeLessThan(c.staffStart);
    for (let a = 0; a < s.mainSupplier.length; a++) s.mainSupplier[a] = C;
    const after = shortfallOf(structuredClone(s));
    expect(after).toBeGreaterThan(before);

    // Weekly: a supplier with a shortfall loses its main accounts' trust.
    const drift = (shortfall: number) => {
      const x = structuredClone(s);
      (x.suppliers[C] as { shortfall: number }).shortfall = shortfall;
      for (let i = 0; i < x.trust.length; i++) x.trustStart[i] = x.trust[i] as number;
      weeklyDrift({ L, s: x, ev: null });
      return x.trust[rel(x, 0, C)] as number;
    };
    expect(drift(0.8)).toBeLessThan(drift(0));
  });
});

describe('the CEO', () => {
  it('says when and why he fired us, as his rules did it', () => {
    const L = levelCopy();
    const causes = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const g = runBot(L, String(seed), 'pusher');
      const f = firingCause(L, g.state);
      if (!g.state.fired) {
        expect(f).toBeNull();
        continue;
      }
      expect(f?.season).toBe(g.state.fired.season);
      const st = g.state.history[g.state.fired.season];
      if (g.state.fired.week === 0) expect(f?.cause).toBe('fair');
      else if (g.state.fired.week < L.weeksAfter) expect(f?.cause).toBe('behind');
      else expect(f?.cause).toBe(st && st.costs > st.plan.costCap ? 'cap' : 'missed');
      causes.add(f?.cause ?? '');
    }
    expect(causes.size).toBeGreaterThan(0);
  });

  it('previews a promise exactly as the plan then moves him: growth buys patience, a cap over his budget costs it', () => {
    expect(promiseGrowth(105, 100)).toBeCloseTo(0.05);
    // No baseline yet: growth is read against one cent, as the CEO does.
    expect(promiseGrowth(5, 0)).toBe(4);
    const L = ceoLevel();
    L.ceo.budget = 200_000_00;
    L.ceo.budgetPenalty = 4;
    for (const [growth, capShare] of [
      [0, 1],
      [0.1, 1],
      [0.3, 1],
      [0.1, 1.25],
      [-0.2, 1.5],
    ] as const) {
      const game = newGame(L, `promise-${growth}-${capShare}`);
      const base = planLimits({ L, s: game.state, ev: null }).baseline;
      const plan = validPlan(game);
      plan.revenueTarget = Math.max(
        Math.ceil(base * (1 + growth)),
        planLimits({ L, s: game.state, ev: null }).minTarget,
      );
      plan.costCap = Math.round(L.ceo.budget * capShare);
      expect(plan.costCap).toBeGreaterThanOrEqual(
        planLimits({ L, s: game.state, ev: null }).plannedCost[plan.booth],
      );
      const before = game.state.ceo.patience;
      const preview = patienceAfterPromise(L, before, plan, base);
      must(game, plan);
      expect(game.state.ceo.patience, `growth ${growth}, cap ×${capShare}`).toBe(preview);
      if (capShare > 1)
        expect(preview).toBeLessThan(
          patienceAfterPromise(L, before, { ...plan, costCap: L.ceo.budget }, base),
        );
    }
  });

  function ceoLevel(): Level {
    const L = levelCopy();
    Object.assign(L.ceo, {
      patience: 40,
      ambitionBonus: 3,
      fairPenalty: 12,
      weeklySensitivity: 6,
      weeklyCap: 3,
      seasonHitBonus: 12,
      seasonMissPenalty: 8,
      costOverPenalty: 15,
      fairExpectedShare: 0.1,
    });
    return L;
  }

  it('patience falls when revenue lags the promise and rises when it leads', () => {
    const L = ceoLevel();
    const game = gameAfterFair(L, 'ceo-1');
    const patienceAfter = (revenue: number) => {
      const s = structuredClone(game.state);
      const st = s.history[0];
      if (!st) throw new Error('setup');
      s.week = 6;
      s.ceo.patience = 50;
      st.fairRevenue = revenue;
      st.weeklyRevenue = st.weeklyRevenue.map(() => 0);
      ceoOnWeek({ L, s, ev: null }, st);
      return s.ceo.patience;
    };
    const target = game.state.history[0]?.plan.revenueTarget as number;
    expect(patienceAfter(0)).toBeLessThan(50);
    expect(patienceAfter(10 * target)).toBeGreaterThan(50);
  });

  it('an ambitious promise raises patience at planning', () => {
    const L = ceoLevel();
    const patienceWith = (growth: number) => {
      const game = gameAtFair(L, 'ceo-2', { growth });
      expect(game.state.history[0]?.patienceStart).toBe(40);
      return game.state.ceo.patience;
    };
    expect(patienceWith(0.5)).toBeGreaterThan(patienceWith(0.03));
  });

  it('a fair with no sales costs patience; one that meets expectations does not', () => {
    const L = ceoLevel();
    L.fair.buyingMood = [0];
    const empty = gameAtFair(L, 'ceo-3');
    const p0 = empty.state.ceo.patience;
    finishFairOf(empty);
    expect(empty.state.history[0]?.fairRevenue).toBe(0);
    expect(empty.state.ceo.patience).toBeLessThan(p0);
    expect(empty.state.news.some((n) => n.kind === 'ceo' && n.tone === 'fairNothing')).toBe(true);

    const good = gameAtFair(L, 'ceo-3');
    const st = good.state.history[0];
    if (!st) throw new Error('setup');
    st.fairRevenue = st.plan.revenueTarget;
    finishFairOf(good);
    expect(good.state.ceo.patience).toBe(p0);
  });

  it('keeping the promise pleases at the season’s end; missing it or breaking the cost cap does not', () => {
    const L = ceoLevel();
    const game = gameAfterFair(L, 'ceo-4');
    const verdict = (revenueShare: number, overCap: boolean) => {
      const s = structuredClone(game.state);
      const st = s.history[0];
      if (!st) throw new Error('setup');
      s.ceo.patience = 50;
      st.fairRevenue = Math.round(st.plan.revenueTarget * revenueShare);
      st.weeklyRevenue = st.weeklyRevenue.map(() => 0);
      st.costs = overCap ? st.plan.costCap + 1 : 0;
      ceoOnSeasonEnd({ L, s, ev: null }, st);
      return s.ceo.patience;
    };
    expect(verdict(1, false)).toBeGreaterThan(50);
    expect(verdict(0.5, false)).toBeLessThan(50);
    expect(verdict(0.2, false)).toBeLessThan(verdict(0.5, false));
    expect(verdict(1, true)).toBeLessThan(verdict(1, false));
  });

  it('at zero patience the player is fired: commands refused, orders after it marked and not ours, the game ends', () => {
    const L = ceoLevel();
    const game = gameAtFair(L, 'fired-1', { proposals: 100, focus: 'conversation' });
    for (const a of [1, 2, 3]) interact(ctxOf(game), a, US, 'listen', 0);
    finishFairOf(game);
    const s = game.state;
    const st = s.history[0];
    if (!st) throw new Error('setup');
    // Make the promise impossible and the CEO nearly out of patience.
    st.plan.revenueTarget = 1e12;
    s.ceo.patience = 0.5;
    for (const acc of s.accounts) s.trust[rel(s, acc.id, US)] = 1;
    const lead = s.leads.find((l) => l.supplier === US && l.status === 'open');
    if (!lead) throw new Error('no open lead');

    weeks(game, 1);

    expect(s.fired).toEqual({ season: 0, week: 1 });
    expect(s.ceo.patience).toBe(0);
    expect(s.news.some((n) => n.kind === 'fired')).toBe(true);
    const logLength = game.log.length;
    expect(apply(game, { type: 'followUp', lead: lead.id })).toEqual({ ok: false, error: 'fired' });
    expect(game.log.length).toBe(logLength);
    expect(lead.status).toBe('open');
    must(game, { type: 'advance', steps: 1000 });
    expect(s.phase).toBe('ended');
    expect(s.history).toHaveLength(1);
    expect(s.ceo.patience).toBe(0);
    const late = s.orders.filter((o) => o.week > 1);
    expect(late.length).toBeGreaterThan(0);
    for (const o of late) expect(o.afterFired).toBe(true);
    for (const o of s.orders.filter((x) => x.week <= 1)) expect(o.afterFired).toBe(false);
    // Being fired ends our revenue: the late orders are not in the season's figures.
    const ours = s.orders.filter((o) => !o.afterFired).reduce((a, o) => a + o.value, 0);
    expect(seasonRevenue(st)).toBe(ours);
    expect(late.reduce((a, o) => a + o.value, 0)).toBeGreaterThan(0);
    expect(apply(game, validPlan(game))).toEqual({ ok: false, error: 'wrong-phase' });
    expectInvariants(L, s);
  });

  it('a fair with no sales can get a player with little patience fired right after it', () => {
    const L = ceoLevel();
    L.fair.buyingMood = [0];
    const game = gameAtFair(L, 'fired-2');
    game.state.ceo.patience = 1;
    finishFairOf(game);
    expect(game.state.fired).toEqual({ season: 0, week: 0 });
    must(game, { type: 'advance', steps: 1000 });
    expect(game.state.phase).toBe('ended');
    expect(game.state.orders.every((o) => o.afterFired)).toBe(true);
  });

  it("a fired player cannot handle visitors ('fired')", () => {
    const L = ceoLevel();
    const game = gameAtFair(L, 'fired-3');
    game.state.fired = { season: 0, week: 0 };
    expect(commandError(ctxOf(game), { type: 'handle', visitor: 0, action: 'listen' })).toBe('fired');
    expect(apply(game, { type: 'handle', visitor: 0, action: 'pitch' })).toEqual({
      ok: false,
      error: 'fired',
    });
  });
});

describe('improvements', () => {
  function setOurKnowledge(s: SimState, N: number, value: (need: number) => number) {
    for (const acc of s.accounts) {
      const k0 = kno(s, acc.id, US, N);
      for (let n = 0; n < N; n++) s.knowledge[k0 + n] = value(n);
    }
  }

  /** Marks every account as listened to by us: a lead of ours for each. */
  function listenedToAll(s: SimState) {
    for (const acc of s.accounts) {
      s.leads.push({
        id: s.leads.length,
        supplier: US,
        account: acc.id,
        season: s.season,
        day: 0,
        quality: 1,
        heard: -1,
        status: 'open',
        proposedWeek: -1,
        decideWeek: -1,
      });
    }
  }

  it('has new products to show at the first fair and after an innovation, not after another choice', () => {
    let checked = 0;
    for (const choice of ['customer', 'none', 'innovation'] as const) {
      const game = gameAfterFair(levelCopy(), `ready-${choice}`);
      expect(innovationReady(ctxOf({ ...game, state: { ...game.state, season: 0 } }))).toBe(true);
      while (game.state.phase === 'after') must(game, { type: 'advance', steps: 1 });
      if (game.state.phase !== 'review') continue;
      must(game, { type: 'improve', choice });
      expect(innovationReady(ctxOf(game))).toBe(choice === 'innovation');
      checked++;
    }
    expect(checked).toBe(3);
  });

  function impLevel(): Level {
    const L = levelCopy();
    Object.assign(L.improvements, {
      customerFit: 0.15,
      innovationFit: 0.05,
      innovationGlitter: 1,
      customerCost: 1_000_000,
      innovationCost: 2_000_000,
    });
    return L;
  }

  it("'customer' improves the need our knowledge says weighs most", () => {
    const L = impLevel();
    const N = L.needs.length;
    const fav = favouriteNeed(L);
    const target = (fav + 1) % N;
    const game = gameAtFair(L, 'improve-1');
    const s = game.state;
    const ctx = ctxOf(game);
    setOurKnowledge(s, N, (n) => (n === target ? 1 : 0));
    listenedToAll(s);
    const us = s.suppliers[US];
    if (!us) throw new Error('setup');
    us.fit = us.fit.map(() => 0.5);
    expect(heardNeed(ctx)).toBe(target);
    const pending = s.pendingCost;
    expect(improve(ctx, 'customer')).toBe(target);
    for (const [n, f] of us.fit.entries()) expect(f).toBeCloseTo(n === target ? 0.65 : 0.5, 10);
    expect(s.improvements.at(-1)).toEqual({ season: 0, choice: 'customer', need: target });
    expect(s.pendingCost).toBe(pending + 1_000_000);
  });

  it('heardNeed weighs what we know by need weight and order value', () => {
    const L = impLevel();
    const N = L.needs.length;
    const game = gameAtFair(L, 'improve-2');
    const s = game.state;
    setOurKnowledge(s, N, () => 1);
    listenedToAll(s);
    const score = new Array<number>(N).fill(0);
    for (const acc of s.accounts)
      for (let n = 0; n < N; n++) score[n] = (score[n] as number) + acc.orderValue * (acc.needs[n] as number);
    const best = score.indexOf(Math.max(...score));
    expect(heardNeed(ctxOf(game))).toBe(best);
  });

  it('heardNeed counts only the accounts we listened to, not what we knew before', () => {
    const L = impLevel();
    const N = L.needs.length;
    const fav = favouriteNeed(L);
    const target = (fav + 1) % N;
    const game = gameAtFair(L, 'improve-4');
    const s = game.state;
    setOurKnowledge(s, N, (n) => (n === target ? 1 : 0));
    // Known from before, but nobody listened to: the director's belief decides.
    expect(heardNeed(ctxOf(game))).toBe(fav);
    listenedToAll(s);
    expect(heardNeed(ctxOf(game))).toBe(target);
  });

  it("'customer' with nothing heard falls back on the marketing director's favourite need", () => {
    const L = impLevel();
    const N = L.needs.length;
    const game = gameAtFair(L, 'improve-3');
    const s = game.state;
    setOurKnowledge(s, N, () => 0);
    const us = s.suppliers[US];
    if (!us) throw new Error('setup');
    us.fit = us.fit.map(() => 0.5);
    const fav = favouriteNeed(L);
    expect(L.needs[fav]?.id).toBe(L.improvements.favouriteNeed);
    expect(improve(ctxOf(game), 'customer')).toBe(fav);
    expect(us.fit[fav]).toBeCloseTo(0.65, 10);
  });

  it("'innovation' adds glitter and improves the favourite need a little; 'none' changes nothing", () => {
    const L = impLevel();
    const game = gameAtFair(L, 'improve-4');
    const s = game.state;
    const us = s.suppliers[US];
    if (!us) throw new Error('setup');
    us.fit = us.fit.map(() => 0.5);
    us.glitter = 0;
    const fav = favouriteNeed(L);
    const pending = s.pendingCost;
    expect(improve(ctxOf(game), 'innovation')).toBe(fav);
    expect(us.glitter).toBe(1);
    for (const [n, f] of us.fit.entries()) expect(f).toBeCloseTo(n === fav ? 0.55 : 0.5, 10);
    expect(s.pendingCost).toBe(pending + 2_000_000);

    const fits = us.fit.slice();
    const pending2 = s.pendingCost;
    expect(improve(ctxOf(game), 'none')).toBe(-1);
    expect(us.fit).toEqual(fits);
    expect(s.pendingCost).toBe(pending2);
    expect(s.improvements.at(-1)).toEqual({ season: 0, choice: 'none', need: -1 });
  });

  it('an improvement is charged to the next season and raises its planned cost', () => {
    const L = impLevel();
    const game = gameAtFair(L, 'improve-5');
    const r = botStream('improve-5', 'listener');
    while (game.state.phase !== 'review') botDecide(game, 'listener', r);
    const ctx: Ctx = ctxOf(game);
    const planned = planLimits(ctx).plannedCost.small;
    must(game, { type: 'improve', choice: 'customer' });
    expect(game.state.phase).toBe('plan');
    expect(game.state.season).toBe(1);
    expect(planLimits(ctx).plannedCost.small).toBe(planned + 1_000_000);
    must(game, validPlan(game, { booth: 'small' }));
    const st = game.state.history[1];
    expect(st?.costs).toBe(1_000_000 + (L.fair.booths.small.cost as number) + weeklyCost(ctx, US));
    expect(game.state.pendingCost).toBe(0);
  });
});
