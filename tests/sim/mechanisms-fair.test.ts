// Mechanisms at the fair: listening, pitching, asking and brochures (conversation.ts), irritated
// visitors avoiding a booth (fair.ts), and the team's skill and mood shaping conversations.
import { describe, expect, it } from 'vitest';
import { fairTicks, rel, US } from '../../src/sim/context';
import { interact } from '../../src/sim/conversation';
import type { SimEvent } from '../../src/sim/events';
import { apply } from '../../src/sim/game';
import { topNeed } from '../../src/sim/offering';
import { recordOrder } from '../../src/sim/orders';
import type { SimState, Visitor } from '../../src/sim/state';
import {
  accountWithPeers,
  ctxOf,
  expectInvariants,
  gameAtFair,
  knowledgeOf,
  levelCopy,
  must,
  usRel,
} from './helpers';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('listening', () => {
  it('raises trust and knowledge, lowers irritation, creates a lead and signs nothing', () => {
    const L = levelCopy();
    const game = gameAtFair(L, 'listen-1', { focus: 'conversation' });
    const s = game.state;
    const a = accountWithPeers(s);
    const i = usRel(s, a);
    s.irritation[i] = 0.3;
    s.trust[i] = 0.2;
    const N = L.needs.length;
    const kBefore = knowledgeOf(s, a, US, N);
    const ordersBefore = s.orders.length;
    const leadsBefore = s.leads.length;
    const fairRevenue = s.history[0]?.fairRevenue;

    const out = interact(ctxOf(game), a, US, 'listen', 1);

    expect(s.trust[i]).toBeGreaterThan(0.2);
    expect(s.irritation[i]).toBeLessThan(0.3);
    const kAfter = knowledgeOf(s, a, US, N);
    for (const [n, k] of kAfter.entries()) expect(k).toBeGreaterThanOrEqual(kBefore[n] as number);
    expect(sum(kAfter)).toBeGreaterThan(sum(kBefore));
    // Nothing signed.
    expect(out.sold).toBe(0);
    expect(out.order).toBe(-1);
    expect(s.orders.length).toBe(ordersBefore);
    expect(s.history[0]?.fairRevenue).toBe(fairRevenue);
    // One new open lead of ours for this account, with what was heard.
    expect(s.leads.length).toBe(leadsBefore + 1);
    const lead = s.leads[out.lead];
    expect(lead).toMatchObject({ supplier: US, account: a, season: 0, day: 1, status: 'open' });
    expect(lead?.quality).toBeGreaterThan(0);
    expect(lead?.heard).toBe(out.learned);
    expectInvariants(L, s);
  });

  it('a second conversation with the same account keeps one lead for the season', () => {
    const L = levelCopy();
    const game = gameAtFair(L, 'listen-2', { focus: 'conversation' });
    const ctx = ctxOf(game);
    const first = interact(ctx, 3, US, 'listen', 0);
    const count = game.state.leads.length;
    const second = interact(ctx, 3, US, 'listen', 2);
    expect(second.lead).toBe(first.lead);
    expect(game.state.leads.length).toBe(count);
  });

  it('spreads word of mouth: peers in the segment gain trust and buzz and remember who told them', () => {
    const L = levelCopy();
    L.model.wordOfMouthPeers = 12;
    L.model.wordOfMouthTrust = 0.05;
    L.model.wordOfMouthBuzz = 0.5;
    const game = gameAtFair(L, 'wom-1', { focus: 'conversation' });
    const s = game.state;
    const a = accountWithPeers(s);
    const segment = s.accounts[a]?.segment as number;
    for (let x = 0; x < s.trust.length; x++) s.trust[x] = Math.min(s.trust[x] as number, 0.9);
    const trustBefore = s.trust.slice();
    const buzzBefore = s.buzz.slice();
    expect(s.womFrom.every((w) => w === -1)).toBe(true);

    interact(ctxOf(game), a, US, 'listen', 0);

    const told = s.accounts.filter((acc) => s.womFrom[usRel(s, acc.id)] === a).map((acc) => acc.id);
    expect(told.length).toBeGreaterThan(0);
    for (const p of told) {
      expect(p).not.toBe(a);
      expect(s.accounts[p]?.segment).toBe(segment);
      const i = usRel(s, p);
      expect(s.buzz[i]).toBeGreaterThan(buzzBefore[i] as number);
      expect(s.trust[i]).toBeGreaterThan(trustBefore[i] as number);
    }
    // Only our relations and only the told peers changed buzz.
    s.buzz.forEach((b, x) => {
      const acc = Math.floor(x / s.suppliers.length);
      const sup = x % s.suppliers.length;
      if (sup !== US || !told.includes(acc)) expect(b).toBe(buzzBefore[x]);
    });
  });
});

/** Pitches every account once in a copy of the state; returns the copy and how many signed. */
function pitchAll(
  L: ReturnType<typeof levelCopy>,
  base: SimState,
  prepare: (s: SimState, a: number) => void,
): { s: SimState; signed: number } {
  const s = structuredClone(base);
  let signed = 0;
  for (const acc of s.accounts) {
    prepare(s, acc.id);
    if (interact({ L, s, ev: null }, acc.id, US, 'pitch', 0).sold > 0) signed++;
  }
  return { s, signed };
}

describe('pitching', () => {
  it('to a visitor who is not ready, in a fair nobody buys at, irritates — more if pressure-averse', () => {
    const L = levelCopy();
    L.fair.buyingMood = [0];
    L.model.pitchIrritation = 0.2;
    const game = gameAtFair(L, 'pitch-1', { showInnovations: false });
    const a = 5;
    const base = game.state;
    base.weeksUntil[a] = base.accounts[a]?.cycleWeeks as number;
    base.irritation[usRel(base, a)] = 0;
    const moodBefore = base.team.mood;
    const run = (aversion: number) => {
      const s = structuredClone(base);
      (s.accounts[a] as { pressureAversion: number }).pressureAversion = aversion;
      const out = interact({ L, s, ev: null }, a, US, 'pitch', 0);
      expect(out.sold).toBe(0);
      expect(s.orders.length).toBe(base.orders.length);
      return { irritation: s.irritation[usRel(s, a)] as number, mood: s.team.mood };
    };
    const calm = run(0.05);
    const averse = run(0.95);
    expect(calm.irritation).toBeGreaterThan(0);
    expect(averse.irritation).toBeGreaterThan(calm.irritation);
    // A rejected pitch dents the team's mood.
    expect(calm.mood).toBeLessThan(moodBefore);
  });

  it('irritates a visitor far from buying more than one about to buy', () => {
    const L = levelCopy();
    L.fair.buyingMood = [0];
    const game = gameAtFair(L, 'pitch-2', { showInnovations: false });
    const a = 7;
    const cycle = game.state.accounts[a]?.cycleWeeks as number;
    const irritationWith = (weeksUntil: number) => {
      const s = structuredClone(game.state);
      s.weeksUntil[a] = weeksUntil;
      s.irritation[usRel(s, a)] = 0;
      interact({ L, s, ev: null }, a, US, 'pitch', 0);
      return s.irritation[usRel(s, a)] as number;
    };
    expect(irritationWith(cycle)).toBeGreaterThan(irritationWith(0));
  });

  it('signs more with ready visitors and in a good buying mood', () => {
    const L = levelCopy();
    L.model.pitchChance = 0.6;
    L.fair.buyingMood = [1];
    const game = gameAtFair(L, 'pitch-3', { showInnovations: false });
    const calmAll = (s: SimState, a: number) => {
      s.irritation[usRel(s, a)] = 0;
    };
    const ready = pitchAll(L, game.state, (s, a) => {
      calmAll(s, a);
      s.weeksUntil[a] = 0;
    });
    const notReady = pitchAll(L, game.state, (s, a) => {
      calmAll(s, a);
      s.weeksUntil[a] = s.accounts[a]?.cycleWeeks as number;
    });
    expect(ready.signed).toBeGreaterThan(notReady.signed);

    const gloomy = levelCopy();
    gloomy.model.pitchChance = 0.6;
    gloomy.fair.buyingMood = [0.05];
    const gloomyReady = pitchAll(gloomy, game.state, (s, a) => {
      calmAll(s, a);
      s.weeksUntil[a] = 0;
    });
    expect(ready.signed).toBeGreaterThan(gloomyReady.signed);
  });

  it('to a ready visitor in buying mood 1 signs an order with a fair origin and resets the cycle', () => {
    const L = levelCopy();
    L.fair.buyingMood = [1];
    L.model.pitchChance = 1;
    L.model.focusDisplayPitch = 3;
    L.model.fairOrderReplaces = 1;
    const game = gameAtFair(L, 'pitch-4', { focus: 'display', showInnovations: false });
    const s = game.state;
    const a = 9;
    const acc = s.accounts[a];
    const us = s.suppliers[US];
    if (!acc || !us) throw new Error('setup');
    us.fit = us.fit.map(() => 1);
    s.team.mood = 50;
    s.weeksUntil[a] = 0;
    const i = usRel(s, a);
    s.irritation[i] = 0;
    s.trust[i] = 0.3;
    const fairBefore = s.history[0]?.fairRevenue as number;

    const out = interact(ctxOf(game), a, US, 'pitch', 2);

    expect(out.sold).toBeGreaterThan(0);
    const order = s.orders[out.order];
    expect(order).toMatchObject({ supplier: US, account: a, season: 0, week: 0, afterFired: false });
    expect(order?.origin).toEqual({ kind: 'fair', day: 2 });
    expect(order?.value).toBe(out.sold);
    expect(s.weeksUntil[a]).toBe(acc.cycleWeeks);
    expect(s.history[0]?.fairRevenue).toBe(fairBefore + out.sold);
    expect(s.trust[i]).toBeGreaterThan(0.3);
    expect(s.team.mood).toBeGreaterThan(50);
    expectInvariants(L, s);
  });
});

describe('fair orders and the buying cycle', () => {
  it('a fair order is the next purchase taken early: it moves that one back by fairOrderReplaces of a cycle', () => {
    const weeksAfterSale = (replaces: number) => {
      const L = levelCopy();
      Object.assign(L.model, { pitchChance: 1, focusDisplayPitch: 3, fairOrderReplaces: replaces });
      L.fair.buyingMood = [1];
      const game = gameAtFair(L, 'pitch-5', { focus: 'display', showInnovations: false });
      const s = game.state;
      const us = s.suppliers[US];
      if (!us) throw new Error('setup');
      us.fit = us.fit.map(() => 1);
      s.team.mood = 50;
      s.weeksUntil[9] = 1;
      s.irritation[usRel(s, 9)] = 0;
      expect(interact(ctxOf(game), 9, US, 'pitch', 0).sold).toBeGreaterThan(0);
      return { until: s.weeksUntil[9] as number, cycle: s.accounts[9]?.cycleWeeks as number };
    };
    const none = weeksAfterSale(0);
    const half = weeksAfterSale(0.5);
    const full = weeksAfterSale(1);
    expect(none.until).toBe(1);
    expect(full.until).toBe(1 + full.cycle);
    expect(half.until).toBe(1 + half.cycle * 0.5);
    expect(half.until).toBeGreaterThan(none.until);
    expect(half.until).toBeLessThan(full.until);
  });
});

describe('irritated accounts avoid the booth', () => {
  it('visitors with irritation at or above irritationAvoid never queue at our booth; calm ones do', () => {
    const L = levelCopy();
    const game = gameAtFair(L, 'avoid-1', { booth: 'large', showInnovations: true });
    const s = game.state;
    const irritated = (a: number) => a % 2 === 0;
    for (const acc of s.accounts)
      s.irritation[usRel(s, acc.id)] = irritated(acc.id) ? L.model.irritationAvoid : 0;
    const events: SimEvent[] = [];
    const res = apply(game, { type: 'advance', steps: fairTicks(L) }, events);
    expect(res.ok).toBe(true);
    const queues = events.filter((e): e is Extract<SimEvent, { t: 'queue' }> => e.t === 'queue');
    const accountOf = (visitor: number) => (s.visitors[visitor] as Visitor).account;
    const atUs = queues.filter((e) => e.booth === US).map((e) => accountOf(e.visitor));
    const elsewhere = queues.filter((e) => e.booth !== US).map((e) => accountOf(e.visitor));
    expect(atUs.filter(irritated)).toEqual([]);
    expect(atUs.filter((a) => !irritated(a)).length).toBeGreaterThan(0);
    // The irritated still come to the fair and visit the others.
    expect(elsewhere.filter(irritated).length).toBeGreaterThan(0);
  });
});

/** Advances the fair tick by tick until a visitor waits or talks at our booth, unhandled. */
function visitorAtOurBooth(game: ReturnType<typeof gameAtFair>): Visitor {
  for (let t = 0; t < fairTicks(game.level); t++) {
    const v = game.state.visitors.find(
      (x) =>
        x.booth === US && (x.status === 'queue' || x.status === 'talking') && !x.talk?.resolved && !x.asked,
    );
    if (v) return v;
    must(game, { type: 'advance', steps: 1 });
  }
  throw new Error('nobody came to our booth');
}

describe('asking and brochures', () => {
  it("'ask' brings out the visitor's heaviest need and keeps them at the booth", () => {
    const L = levelCopy();
    const game = gameAtFair(L, 'ask-1', { booth: 'large', pitchShare: 0.5 });
    const v = visitorAtOurBooth(game);
    const s = game.state;
    const N = L.needs.length;
    const top = topNeed(ctxOf(game), v.account);
    const before = knowledgeOf(s, v.account, US, N);
    const status = v.status;
    const questions = s.history[0]?.questions as number;
    const orders = s.orders.length;

    must(game, { type: 'handle', visitor: v.id, action: 'ask' });

    const after = knowledgeOf(s, v.account, US, N);
    expect(after[top]).toBeGreaterThan(before[top] as number);
    after.forEach((k, n) => {
      if (n !== top) expect(k).toBe(before[n]);
    });
    expect(v.asked).toBe(true);
    expect(v.booth).toBe(US);
    expect(v.status).toBe(status);
    expect(s.orders.length).toBe(orders);
    expect(s.history[0]?.questions).toBe(questions + 1);
    // The visitor is still there to talk with: a second question is refused, a conversation is not.
    expect(apply(game, { type: 'handle', visitor: v.id, action: 'ask' })).toEqual({
      ok: false,
      error: 'already-asked',
    });
    must(game, { type: 'handle', visitor: v.id, action: 'listen' });
    expect(v.talk?.resolved).toBe(true);
  });

  it("'brochure' signs nothing and leaves irritation exactly as it was", () => {
    const L = levelCopy();
    const game = gameAtFair(L, 'brochure-1');
    const s = game.state;
    const ctx = ctxOf(game);
    for (const a of [0, 1, 2, 3, 4]) {
      const i = usRel(s, a);
      s.irritation[i] = 0.1 * a;
      const leads = s.leads.length;
      const orders = s.orders.length;
      const trust = s.trust[i] as number;
      const out = interact(ctx, a, US, 'brochure', 0);
      expect(out.sold).toBe(0);
      expect(out.irritation).toBe(0);
      expect(s.irritation[i]).toBe(0.1 * a);
      expect(s.trust[i]).toBeGreaterThanOrEqual(trust);
      expect(s.orders.length).toBe(orders);
      expect(s.leads.length).toBe(leads);
    }
  });

  it('a brochure handed by the player ends the visit without a sale', () => {
    const L = levelCopy();
    const game = gameAtFair(L, 'brochure-2', { booth: 'large' });
    const v = visitorAtOurBooth(game);
    const i = usRel(game.state, v.account);
    const irritation = game.state.irritation[i];
    const orders = game.state.orders.length;
    must(game, { type: 'handle', visitor: v.id, action: 'brochure' });
    expect(v.talk?.resolved).toBe(true);
    expect(game.state.irritation[i]).toBe(irritation);
    expect(game.state.orders.length).toBe(orders);
    expect(game.state.history[0]?.brochures).toBe(1);
  });
});

describe('the team', () => {
  it('listening skill grows with our conversations (and not with a competitor’s)', () => {
    const L = levelCopy();
    L.team.skillPerConversation = 0.01;
    const game = gameAtFair(L, 'team-1', { focus: 'conversation' });
    const ctx = ctxOf(game);
    const s = game.state;
    const skill0 = s.team.skill;
    for (let a = 0; a < 10; a++) interact(ctx, a, 1, 'listen', 0);
    expect(s.team.skill).toBe(skill0);
    for (let a = 0; a < 10; a++) interact(ctx, a, US, 'listen', 0);
    expect(s.team.skill).toBeGreaterThan(skill0);
  });

  it('mood rises with our orders (and not with a competitor’s)', () => {
    const L = levelCopy();
    L.team.moodPerOrder = 0.5;
    const game = gameAtFair(L, 'team-2');
    const ctx = ctxOf(game);
    const s = game.state;
    s.team.mood = 40;
    recordOrder(ctx, 1, 0, 1_000_000, { kind: 'fair', day: 0 });
    expect(s.team.mood).toBe(40);
    recordOrder(ctx, US, 0, s.accounts[0]?.orderValue as number, { kind: 'fair', day: 0 });
    expect(s.team.mood).toBeGreaterThan(40);
  });

  it('more skill and a better mood make a conversation build more trust', () => {
    const L = levelCopy();
    const game = gameAtFair(L, 'team-3', { focus: 'conversation' });
    const a = 11;
    const gain = (skill: number, mood: number) => {
      const s = structuredClone(game.state);
      s.team.skill = skill;
      s.team.mood = mood;
      const i = rel(s, a, US);
      s.trust[i] = 0.2;
      interact({ L, s, ev: null }, a, US, 'listen', 0);
      return (s.trust[i] as number) - 0.2;
    };
    expect(gain(0.9, 50)).toBeGreaterThan(gain(0.1, 50));
    expect(gain(0.5, 90)).toBeGreaterThan(gain(0.5, 10));
  });

  it('a conversation space makes conversations better than a product display', () => {
    const L = levelCopy();
    const a = 12;
    const gain = (focus: 'display' | 'conversation') => {
      const game = gameAtFair(L, 'team-4', { focus });
      const s = game.state;
      const i = rel(s, a, US);
      s.trust[i] = 0.2;
      interact(ctxOf(game), a, US, 'listen', 0);
      return (s.trust[i] as number) - 0.2;
    };
    expect(gain('conversation')).toBeGreaterThan(gain('display'));
  });
});
