// Shared helpers of the sim tests: private copies of shipped levels (safe to modify), valid plans
// built from planLimits(), driving a game to a phase, and the state invariants every test checks.
import { expect } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import type { BoothSizeName, Level } from '../../src/levels/schema';
import { type Command, planLimits } from '../../src/sim/commands';
import { type Ctx, fairTicks, kno, rel, US } from '../../src/sim/context';
import { apply, type Game, newGame } from '../../src/sim/game';
import type { Focus, Plan, SimState } from '../../src/sim/state';

/** A private, modifiable copy of a shipped level (shippedLevel() returns a cached object). */
export function levelCopy(id = 'the-fair'): Level {
  return structuredClone(shippedLevel(id));
}

export function ctxOf(game: Game): Ctx {
  return { L: game.level, s: game.state, ev: null };
}

export interface PlanOptions {
  booth?: BoothSizeName;
  focus?: Focus;
  /** Share of the floor slots that pitch (the rest listen). */
  pitchShare?: number;
  showInnovations?: boolean;
  /** Promised growth over the baseline (never below the CEO's minimum). */
  growth?: number;
  /** Room in the cost cap for this many proposals. */
  proposals?: number;
  /** Invite the CEO to the fair (levels with ceo.visit). */
  inviteCeo?: boolean;
}

/** A valid plan for the game's current season. */
export function validPlan(game: Game, o: PlanOptions = {}): Command & { type: 'plan' } {
  const limits = planLimits(ctxOf(game));
  const booth = o.booth ?? 'medium';
  const slots = limits.slots[booth];
  const pitchers = Math.min(slots, Math.round(slots * (o.pitchShare ?? 0.5)));
  const plan: Plan = {
    booth,
    focus: o.focus ?? 'display',
    pitchers,
    listeners: slots - pitchers,
    showInnovations: o.showInnovations ?? false,
    revenueTarget: Math.max(limits.minTarget, Math.ceil(limits.baseline * (1 + (o.growth ?? 0.05)))),
    costCap: limits.plannedCost[booth] + (o.proposals ?? 100) * game.level.model.proposalCost,
    inviteCeo: o.inviteCeo ?? false,
  };
  return { type: 'plan', ...plan };
}

/** Applies a command that must be valid. */
export function must(game: Game, cmd: Command): number {
  const res = apply(game, cmd);
  if (!res.ok) throw new Error(`command ${JSON.stringify(cmd)} rejected: ${res.error}`);
  return res.steps;
}

/** A new game with a plan applied: the fair is open at tick 0. */
export function gameAtFair(L: Level, seed: string, o: PlanOptions = {}): Game {
  const game = newGame(L, seed);
  must(game, validPlan(game, o));
  return game;
}

/** Runs the rest of the fair: the game is in the weeks after, at week 0. */
export function finishFairOf(game: Game): void {
  expect(game.state.phase).toBe('fair');
  must(game, { type: 'advance', steps: fairTicks(game.level) });
  expect(game.state.phase).toBe('after');
}

/** A game in the weeks after the first fair (week 0), planned with the given options. */
export function gameAfterFair(L: Level, seed: string, o: PlanOptions = {}): Game {
  const game = gameAtFair(L, seed, o);
  finishFairOf(game);
  return game;
}

/** Our relation index for an account. */
export function usRel(s: SimState, account: number): number {
  return rel(s, account, US);
}

/** Our knowledge of each need of an account. */
export function knowledgeOf(s: SimState, account: number, sup: number, needs: number): number[] {
  const k0 = kno(s, account, sup, needs);
  return s.knowledge.slice(k0, k0 + needs);
}

/** An account whose segment has at least `min` members. */
export function accountWithPeers(s: SimState, min = 10): number {
  for (const members of s.segmentMembers) {
    const a = members[0];
    if (members.length >= min && a !== undefined) return a;
  }
  throw new Error('no segment big enough');
}

/** Every path to a number in a plain value that is NaN or ±Infinity. */
export function nonFinitePaths(v: unknown, path = '$', out: string[] = []): string[] {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) out.push(`${path}=${v}`);
  } else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) nonFinitePaths(v[i], `${path}[${i}]`, out);
  } else if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) nonFinitePaths(x, `${path}.${k}`, out);
  return out;
}

function allIn(list: number[], lo: number, hi: number): boolean {
  for (const x of list) if (!(x >= lo && x <= hi)) return false;
  return true;
}

function allIntegers(list: number[]): boolean {
  return list.every((x) => Number.isInteger(x));
}

/**
 * The invariants of any state: finite numbers, integer money, relations in [0, 1], patience,
 * mood and skill in range, staff at or above the minimum, orders with valid origins and the
 * season books that add up. Returns a list of violations (empty when all hold).
 */
export function invariantViolations(L: Level, s: SimState): string[] {
  const bad: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) bad.push(what);
  };
  const nonFinite = nonFinitePaths(s);
  check(nonFinite.length === 0, `non-finite numbers: ${nonFinite.slice(0, 5).join(', ')}`);
  check(s.ceo.patience >= 0 && s.ceo.patience <= 100, `patience ${s.ceo.patience}`);
  check(s.team.mood >= 0 && s.team.mood <= 100, `team mood ${s.team.mood}`);
  check(s.team.skill >= 0 && s.team.skill <= 1, `team skill ${s.team.skill}`);
  check(allIn(s.trust, 0, 1), 'trust out of [0, 1]');
  check(allIn(s.irritation, 0, 1), 'irritation out of [0, 1]');
  check(allIn(s.knowledge, 0, 1), 'knowledge out of [0, 1]');
  check(
    s.buzz.every((x) => x >= 0),
    'negative buzz',
  );
  for (const sup of s.suppliers) {
    check(sup.staff >= sup.minStaff, `${sup.id} staff ${sup.staff} < min ${sup.minStaff}`);
    check(Number.isInteger(sup.cash), `${sup.id} cash ${sup.cash} not an integer`);
    check(sup.mood >= 0 && sup.mood <= 100, `${sup.id} mood ${sup.mood}`);
    check(sup.skill >= 0 && sup.skill <= 1, `${sup.id} skill ${sup.skill}`);
    check(allIn(sup.fit, 0, 1), `${sup.id} fit out of [0, 1]`);
  }
  check(Number.isInteger(s.pendingCost), 'pending cost not an integer');
  // Season books.
  const A = s.accounts.length;
  check(s.history.length <= L.seasons, `history ${s.history.length} > seasons ${L.seasons}`);
  s.history.forEach((st, k) => {
    check(st.season === k, `history[${k}].season ${st.season}`);
    check(st.weeklyRevenue.length === L.weeksAfter, `history[${k}] weekly length`);
    check(
      allIntegers([st.fairRevenue, st.costs, ...st.weeklyRevenue]),
      `history[${k}] money not integer: ${JSON.stringify([st.fairRevenue, st.costs])}`,
    );
    check(st.fairRevenue >= 0 && st.weeklyRevenue.every((x) => x >= 0), `history[${k}] negative revenue`);
    // Orders after a firing are the company's, not ours: they are not in our revenue.
    const fromOrders = s.orders
      .filter((o) => o.season === k && !o.afterFired)
      .reduce((a, o) => a + o.value, 0);
    const revenue = st.fairRevenue + st.weeklyRevenue.reduce((a, b) => a + b, 0);
    check(fromOrders === revenue, `season ${k}: orders sum ${fromOrders} != revenue ${revenue}`);
    const fairOrders = s.orders
      .filter((o) => o.season === k && o.week === 0 && !o.afterFired)
      .reduce((a, o) => a + o.value, 0);
    check(fairOrders === st.fairRevenue, `season ${k}: fair orders ${fairOrders} != ${st.fairRevenue}`);
    check(st.patienceStart >= 0 && st.patienceStart <= 100, `history[${k}] patienceStart`);
    check(st.patienceEnd >= 0 && st.patienceEnd <= 100, `history[${k}] patienceEnd`);
  });
  s.competitorHistory.forEach((list, c) => {
    check(list.length === s.history.length, `competitor ${c} has ${list.length} seasons`);
    list.forEach((cs, k) => {
      check(allIntegers([cs.fairRevenue, ...cs.weeklyRevenue]), `competitor ${c} season ${k} money`);
      check(cs.layoffs >= 0 && cs.staffEnd <= cs.staffStart, `competitor ${c} season ${k} staff`);
      // Once a season has ended, its staff drop is exactly its layoffs.
      if (s.history[k]?.hash)
        check(
          cs.staffStart - cs.staffEnd === cs.layoffs,
          `competitor ${c} season ${k} layoffs != staff drop`,
        );
    });
  });
  // Orders and their origins.
  s.orders.forEach((o, id) => {
    const where = `order ${id}`;
    check(o.id === id, `${where}: id ${o.id}`);
    check(o.supplier === US, `${where}: supplier ${o.supplier}`);
    check(Number.isInteger(o.value) && o.value >= 0, `${where}: value ${o.value}`);
    check(o.account >= 0 && o.account < A, `${where}: account ${o.account}`);
    check(o.season >= 0 && o.season < s.history.length, `${where}: season ${o.season}`);
    check(o.week >= 0 && o.week <= L.weeksAfter, `${where}: week ${o.week}`);
    check(
      (o.origin.kind === 'fair') === (o.week === 0),
      `${where}: ${o.origin.kind} order in week ${o.week}`,
    );
    switch (o.origin.kind) {
      case 'fair':
        check(o.origin.day >= 0 && o.origin.day < L.fair.days, `${where}: fair day ${o.origin.day}`);
        break;
      case 'follow-up': {
        const lead = s.leads[o.origin.lead];
        check(lead !== undefined, `${where}: lead ${o.origin.lead} missing`);
        if (lead) {
          check(lead.supplier === US, `${where}: lead of supplier ${lead.supplier}`);
          check(lead.status === 'won', `${where}: lead status ${lead.status}`);
          check(lead.account === o.account, `${where}: lead of another account`);
          check(lead.season === o.season && lead.season === o.origin.season, `${where}: lead season`);
          check(lead.day === o.origin.day, `${where}: lead day`);
        }
        break;
      }
      case 'regular':
        break;
      case 'referral':
        check(
          Number.isInteger(o.origin.via) &&
            o.origin.via >= 0 &&
            o.origin.via < A &&
            o.origin.via !== o.account,
          `${where}: referral via ${o.origin.via}`,
        );
        break;
      default:
        bad.push(`${where}: unknown origin ${JSON.stringify(o.origin)}`);
    }
  });
  // Won leads of ours each have exactly one order.
  for (const lead of s.leads) {
    if (lead.supplier !== US || lead.status !== 'won') continue;
    const n = s.orders.filter((o) => o.origin.kind === 'follow-up' && o.origin.lead === lead.id).length;
    check(n === 1, `lead ${lead.id} won with ${n} orders`);
  }
  // Firing.
  if (s.fired) {
    check(s.fired.season < L.seasons, `fired in season ${s.fired.season}`);
    if (s.phase === 'ended') check(s.history.length === s.fired.season + 1, 'played on after firing');
    // Orders of a later week are the company's, of an earlier week ours; within the week of the
    // firing either, but the company's come last (a fair day goes on after the CEO's verdict).
    const { season, week } = s.fired;
    let seenAfter = false;
    for (const o of s.orders) {
      const later = o.season > season || (o.season === season && o.week > week);
      const earlier = o.season < season || (o.season === season && o.week < week);
      const where = `order ${o.id} (season ${o.season} week ${o.week}) afterFired ${o.afterFired}`;
      if (later) check(o.afterFired, where);
      if (earlier) check(!o.afterFired, where);
      check(!(seenAfter && !o.afterFired), `${where} after an order of the company's`);
      seenAfter ||= o.afterFired;
    }
  } else {
    check(
      s.orders.every((o) => !o.afterFired),
      'afterFired order without firing',
    );
    if (s.phase === 'ended') check(s.history.length === L.seasons, 'ended early without firing');
  }
  return bad;
}

export function expectInvariants(L: Level, s: SimState): void {
  expect(invariantViolations(L, s)).toEqual([]);
}
