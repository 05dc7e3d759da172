// The mechanisms that make pushing against listening a real choice (#6): visitors who came
// ready to buy and the tells they show, a pitch that signs them, the year between fairs, a
// proposal that needs a customer who is due, the CEO's budget, the first promise measured
// against a season of habit, and the idle player's fate.
import { describe, expect, it } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import type { Level } from '../../src/levels/schema';
import { runBot } from '../../src/sim/bots';
import { capOverBudget, seasonRevenue } from '../../src/sim/ceo';
import { planLimits } from '../../src/sim/commands';
import { US } from '../../src/sim/context';
import { interact } from '../../src/sim/conversation';
import { visitorSigns } from '../../src/sim/fair';
import { apply, newGame } from '../../src/sim/game';
import { choiceScore, habitRevenue, passOffSeason } from '../../src/sim/market';
import { acceptChance } from '../../src/sim/proposals';
import type { Lead, SeasonStats } from '../../src/sim/state';
import {
  ctxOf,
  expectInvariants,
  gameAfterFair,
  gameAtFair,
  levelCopy,
  must,
  usRel,
  validPlan,
} from './helpers';

describe('visitors who came ready to buy', () => {
  it('are more of them in a buying mood, and most of them show it; few others do', () => {
    const share = (mood: number) => {
      const L = levelCopy();
      L.fair.buyingMood = [mood];
      const s = gameAtFair(L, 'ready-1').state;
      const ready = s.visitors.filter((v) => v.ready);
      const rest = s.visitors.filter((v) => !v.ready);
      const buying = (list: typeof ready) => list.filter((v) => v.tell === 'buying').length / list.length;
      return { ready: ready.length / s.visitors.length, honest: buying(ready), false: buying(rest) };
    };
    const low = share(0.12);
    const boom = share(0.9);
    expect(boom.ready).toBeGreaterThan(3 * low.ready);
    expect(low.ready).toBeGreaterThan(0);
    expect(boom.honest).toBeGreaterThan(0.65);
    expect(boom.false).toBeLessThan(0.2);
  });

  it('a tell is what a player sees; the truth only after a question', () => {
    const L = levelCopy();
    const game = gameAtFair(L, 'ready-2');
    const v = game.state.visitors[0];
    if (!v) throw new Error('no visitors');
    expect(visitorSigns(v)).toEqual({ tell: v.tell, buying: null });
    v.asked = true;
    expect(visitorSigns(v)).toEqual({ tell: v.tell, buying: v.ready });
  });

  it('the pressure-averse who are not buying want to tell their story', () => {
    const s = gameAtFair(levelCopy(), 'ready-3').state;
    for (const v of s.visitors) {
      if (v.tell !== 'story') continue;
      expect(s.accounts[v.account]?.pressureAversion).toBeGreaterThanOrEqual(0.6);
    }
    expect(s.visitors.some((v) => v.tell === 'story')).toBe(true);
  });

  it('a pitch signs those who came to buy far more often than the others', () => {
    const signed = (ready: boolean) => {
      const L = levelCopy();
      const game = gameAtFair(L, 'ready-4', { focus: 'display' });
      let n = 0;
      for (let a = 0; a < game.state.accounts.length; a++) {
        game.state.irritation[usRel(game.state, a)] = 0;
        if (interact(ctxOf(game), a, US, 'pitch', 0, ready).sold > 0) n++;
      }
      return n / game.state.accounts.length;
    };
    const ready = signed(true);
    const others = signed(false);
    expect(ready).toBeGreaterThan(0.5);
    expect(others).toBeLessThan(0.1);
  });

  it('a ready buyer signs as well at a conversation booth; the show only persuades the undecided', () => {
    const signed = (focus: 'display' | 'conversation', ready: boolean) => {
      const L = levelCopy();
      L.fair.buyingMood = [0.9];
      const game = gameAtFair(L, 'focus-1', { focus });
      let n = 0;
      for (let rep = 0; rep < 4; rep++)
        for (let a = 0; a < game.state.accounts.length; a++) {
          game.state.irritation[usRel(game.state, a)] = 0;
          game.state.weeksUntil[a] = 1;
          if (interact(ctxOf(game), a, US, 'pitch', 0, ready).sold > 0) n++;
        }
      return n / (4 * game.state.accounts.length);
    };
    const readyShow = signed('display', true);
    const readyTalk = signed('conversation', true);
    expect(Math.abs(readyShow - readyTalk)).toBeLessThan(0.06);
    const m = levelCopy().model;
    const othersShow = signed('display', false);
    const othersTalk = signed('conversation', false);
    expect(othersShow / othersTalk).toBeGreaterThan((m.focusDisplayPitch / m.focusConversationPitch) * 0.75);
  });
});

describe('the year between two fairs', () => {
  it('fades irritation and buzz, brings trust home, forgets word of mouth and runs the cycles on', () => {
    const L = levelCopy();
    const game = gameAfterFair(L, 'year-1');
    const s = game.state;
    const ctx = ctxOf(game);
    const i = usRel(s, 3);
    s.irritation[i] = 0.8;
    s.buzz[i] = 1;
    s.trust[i] = 1;
    s.womFrom[i] = 7;
    const start = s.trustStart[i] as number;
    const acc = s.accounts[3];
    if (!acc) throw new Error('no account');
    s.weeksUntil[3] = 2;
    passOffSeason(ctx);
    const k = L.model.offSeasonWeeks;
    expect(s.irritation[i]).toBeCloseTo(0.8 * (1 - L.model.irritationDecay) ** k, 10);
    expect(s.irritation[i]).toBeLessThan(0.1);
    expect(s.buzz[i]).toBeLessThan(0.01);
    expect(s.trust[i]).toBeCloseTo(start + (1 - start) * (1 - L.model.trustDrift) ** k, 10);
    expect(s.womFrom[i]).toBe(-1);
    const left = s.weeksUntil[3] as number;
    expect(left).toBeGreaterThanOrEqual(1);
    expect(left).toBeLessThanOrEqual(acc.cycleWeeks);
    expect((left - (2 - k)) % acc.cycleWeeks).toBe(0);
  });

  it('passes between seasons in a played game, and offSeasonWeeks 0 leaves the world as it was', () => {
    const L = levelCopy();
    L.model.offSeasonWeeks = 0;
    const game = runBot(L, 'year-2', 'listener');
    expectInvariants(L, game.state);
    const copy = structuredClone(game.state);
    passOffSeason({ L, s: copy, ev: null });
    expect(copy).toEqual(game.state);
  });
});

describe('proposals', () => {
  it('are accepted less by a customer who just bought', () => {
    const L = levelCopy();
    const game = gameAfterFair(L, 'proposal-due', { focus: 'conversation', pitchShare: 0 });
    const lead = game.state.leads.find((l) => l.supplier === US) as Lead;
    const acc = game.state.accounts[lead.account];
    if (!acc) throw new Error('no account');
    game.state.weeksUntil[lead.account] = 1;
    const due = acceptChance(ctxOf(game), lead);
    game.state.weeksUntil[lead.account] = acc.cycleWeeks;
    const justBought = acceptChance(ctxOf(game), lead);
    expect(justBought).toBeLessThan(due);
    expect(justBought).toBeGreaterThan(0);
  });
});

describe('the CEO', () => {
  it('a cost cap above his budget costs patience at planning, in proportion', () => {
    const L = levelCopy();
    const patienceAfter = (overBudget: number) => {
      const game = newGame(L, 'budget-1');
      const plan = validPlan(game, { growth: 0, proposals: 0 });
      L.ceo.budget = plan.costCap;
      plan.costCap = Math.round(plan.costCap * (1 + overBudget));
      must(game, plan);
      return game.state.ceo.patience;
    };
    const within = patienceAfter(0);
    const over = patienceAfter(0.3);
    expect(capOverBudget(L, L.ceo.budget * 1.3)).toBeCloseTo(0.3, 10);
    expect(within - over).toBeCloseTo(L.ceo.budgetPenalty * 3, 6);
  });

  it('measures the first promise against what our customers buy in a season of habit', () => {
    const L = levelCopy();
    delete L.company.baselineRevenue;
    const game = newGame(L, 'habit-1');
    const ctx = ctxOf(game);
    // By hand: each account's purchases in the weeks after at its cycle's pace, times its
    // usual order, times its chance of picking us (choiceScore over all suppliers).
    let expected = 0;
    for (const acc of game.state.accounts) {
      const scores = game.state.suppliers.map((_, sup) => choiceScore(ctx, acc.id, sup));
      const total = scores.reduce((a, b) => a + b, 0);
      expected += (L.weeksAfter / acc.cycleWeeks) * acc.orderValue * ((scores[US] as number) / total);
    }
    expect(habitRevenue(ctx, US, L.weeksAfter)).toBeCloseTo(expected, 0);
    const limits = planLimits(ctx);
    expect(limits.baseline % 100_000).toBe(0);
    expect(Math.abs(limits.baseline - expected)).toBeLessThanOrEqual(50_000);
    // The idle player, who does what the company always did, lands near it in season 1.
    const idle = runBot(L, 'habit-1', 'idle');
    const s1 = seasonRevenue(idle.state.history[0] as SeasonStats);
    expect(s1 / limits.baseline).toBeGreaterThan(0.8);
    expect(s1 / limits.baseline).toBeLessThan(1.25);
  });

  it('follows the market: bigger orders, a bigger baseline; a level may still name its own', () => {
    const baselineOf = (L: Level) => planLimits(ctxOf(newGame(L, 'habit-2'))).baseline;
    const L = levelCopy();
    delete L.company.baselineRevenue;
    const before = baselineOf(L);
    for (const seg of L.segments) {
      seg.orderValue.min *= 2;
      seg.orderValue.max *= 2;
    }
    expect(baselineOf(L) / before).toBeGreaterThan(1.8);
    L.company.baselineRevenue = 77_700_000;
    expect(baselineOf(L)).toBe(77_700_000);
  });

  it('asks no forced growth: the smallest promise is last season’s revenue', () => {
    const L = shippedLevel('the-fair');
    const game = newGame(L, 'min-1');
    const limits = planLimits(ctxOf(game));
    expect(limits.minTarget).toBe(limits.baseline);
    const low = { ...validPlan(game), revenueTarget: limits.baseline - 1 };
    expect(apply(game, low)).toEqual({ ok: false, error: 'target-too-low' });
  });
});
