// Property tests (fast-check): for any shipped level, any seed and the random bot, and for random
// valid command sequences, the state invariants hold (no NaN/Infinity, integer money, books that
// add up, orders with valid origins, values in range) and the summary adds up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHIPPED_LEVEL_IDS, shippedLevel } from '../../src/levels/registry';
import type { Level } from '../../src/levels/schema';
import { runBot } from '../../src/sim/bots';
import {
  ACTIONS,
  BOOTHS,
  CHOICES,
  type Command,
  type CommandError,
  planLimits,
} from '../../src/sim/commands';
import { US } from '../../src/sim/context';
import { apply, type Game, gameHash, newGame, replay, toReplay } from '../../src/sim/game';
import { hashState } from '../../src/sim/hash';
import { followUpCapacity, proposalsThisWeek } from '../../src/sim/proposals';
import { summarize } from '../../src/sim/summary';
import { ctxOf, invariantViolations } from './helpers';

/** SIM_PROPERTY_RUNS=10 runs ten times as many cases (for a bug hunt; the default keeps CI fast). */
const RUNS_FACTOR = Number(process.env.SIM_PROPERTY_RUNS ?? 1) || 1;

/** Any seed the game accepts (a replay refuses the others, as `--seed` does). */
const seedArb = fc.stringMatching(/^[A-Za-z0-9._-]{1,64}$/);

/** The summary adds up and matches the state. */
function summaryViolations(L: Level, game: Game): string[] {
  const bad: string[] = [];
  const sum = summarize(game, 'random');
  const seasons = sum.seasons;
  const total = (f: (x: (typeof seasons)[number]) => number) => seasons.reduce((a, x) => a + f(x), 0);
  if (sum.totals.revenue !== total((x) => x.revenue)) bad.push('totals.revenue');
  if (sum.totals.fairRevenue !== total((x) => x.fairRevenue)) bad.push('totals.fairRevenue');
  if (sum.totals.afterFairRevenue !== total((x) => x.afterFairRevenue)) bad.push('totals.afterFairRevenue');
  if (sum.totals.profit !== total((x) => x.profit)) bad.push('totals.profit');
  seasons.forEach((x, k) => {
    const weekly = x.weeklyRevenue.reduce((a, b) => a + b, 0);
    if (x.revenue !== x.fairRevenue + weekly) bad.push(`season ${k} revenue != fair + weekly`);
    if (x.afterFairRevenue !== weekly) bad.push(`season ${k} afterFairRevenue`);
    if (x.weeklyRevenue.length !== L.weeksAfter) bad.push(`season ${k} weekly length`);
    if (!Number.isInteger(x.profit)) bad.push(`season ${k} profit ${x.profit}`);
    const orders = game.state.orders
      .filter((o) => o.season === k && !o.afterFired)
      .reduce((a, o) => a + o.value, 0);
    if (orders !== x.revenue) bad.push(`season ${k} orders ${orders} != revenue ${x.revenue}`);
  });
  if (sum.fired && seasons.length > L.seasons) bad.push('fired game played too many seasons');
  if (!sum.fired && game.state.phase === 'ended' && seasons.length !== L.seasons) bad.push('seasons missing');
  for (const c of sum.competitors) {
    if (c.seasons.length !== seasons.length) bad.push(`${c.id} seasons`);
    for (const cs of c.seasons) {
      if (cs.revenue !== cs.fairRevenue + cs.weeklyRevenue.reduce((a, b) => a + b, 0))
        bad.push(`${c.id} revenue`);
      if (cs.staffStart - cs.staffEnd !== cs.layoffs) bad.push(`${c.id} layoffs`);
    }
  }
  return bad;
}

describe.each(SHIPPED_LEVEL_IDS)('random bot on %s', (id) => {
  const L = shippedLevel(id);
  it('keeps every invariant for any seed', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const game = runBot(L, seed, 'random');
        expect(game.state.phase).toBe('ended');
        expect(invariantViolations(L, game.state)).toEqual([]);
        expect(summaryViolations(L, game)).toEqual([]);
        if (game.state.fired) expect(game.state.history.length).toBeLessThanOrEqual(L.seasons);
        else expect(game.state.history.length).toBe(L.seasons);
      }),
      { numRuns: 30 * RUNS_FACTOR },
    );
  });
});

/** One random decision, interpreted by the phase the game is in. */
interface Choice {
  pick: number;
  a: number;
  b: number;
  c: number;
  steps: number;
}
const choiceArb: fc.Arbitrary<Choice> = fc.record({
  pick: fc.nat(99),
  a: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  b: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  c: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  steps: fc.integer({ min: 1, max: 80 }),
});

const at = <T>(list: readonly T[], u: number): T => list[Math.floor(u * list.length)] as T;

function expectOk(game: Game, cmd: Command): void {
  const res = apply(game, cmd);
  if (!res.ok) throw new Error(`valid command ${JSON.stringify(cmd)} refused: ${res.error}`);
}

function expectRefused(game: Game, cmd: unknown, error?: CommandError): void {
  const hash = hashState(game.state);
  const log = game.log.length;
  const res = apply(game, cmd as Command);
  expect(res.ok).toBe(false);
  if (error && !res.ok) expect(res.error).toBe(error);
  expect(hashState(game.state)).toBe(hash);
  expect(game.log.length).toBe(log);
}

/** Applies one decision: always a valid command, except the odd deliberate bad one. */
function step(game: Game, ch: Choice): void {
  const s = game.state;
  const L = game.level;
  const ctx = ctxOf(game);
  if (ch.pick >= 96) {
    expectRefused(game, at([null, {}, { type: 'nope' }, 'advance', { type: 'advance', steps: 0 }], ch.a));
    return;
  }
  switch (s.phase) {
    case 'plan': {
      const limits = planLimits(ctx);
      const booth = at(BOOTHS, ch.a);
      const slots = limits.slots[booth];
      const onFloor = 1 + Math.floor(ch.b * slots);
      const pitchers = Math.floor(ch.c * (onFloor + 1));
      expectOk(game, {
        type: 'plan',
        booth,
        focus: ch.pick % 2 === 0 ? 'display' : 'conversation',
        pitchers,
        listeners: onFloor - pitchers,
        showInnovations: ch.pick % 3 === 0,
        revenueTarget: limits.minTarget + Math.floor(ch.b * limits.baseline * 0.6),
        costCap: limits.plannedCost[booth] + (ch.steps % 30) * L.model.proposalCost,
      });
      return;
    }
    case 'fair': {
      const here = s.visitors.filter(
        (v) => v.booth === US && (v.status === 'queue' || v.status === 'talking') && !v.talk?.resolved,
      );
      if (ch.pick < 45 && here.length > 0) {
        const v = at(here, ch.a);
        let action = at(ACTIONS, ch.b);
        if (action === 'ask' && v.asked) {
          expectRefused(game, { type: 'handle', visitor: v.id, action }, 'already-asked');
          action = 'listen';
        }
        expectOk(game, { type: 'handle', visitor: v.id, action });
      } else expectOk(game, { type: 'advance', steps: ch.steps });
      return;
    }
    case 'after': {
      const open = s.leads.filter((l) => l.supplier === US && l.status === 'open' && l.season === s.season);
      if (ch.pick < 60 && open.length > 0) {
        const lead = at(open, ch.a);
        const cmd: Command = { type: 'followUp', lead: lead.id };
        const st = s.history[s.season];
        if (s.fired) expectRefused(game, cmd, 'fired');
        else if (proposalsThisWeek(ctx, US) >= followUpCapacity(ctx, US))
          expectRefused(game, cmd, 'no-capacity');
        else if (st && st.costs + weeklyToCome(game) + L.model.proposalCost > st.plan.costCap)
          expectRefused(game, cmd, 'over-cost-cap');
        else expectOk(game, cmd);
      } else expectOk(game, { type: 'advance', steps: 1 + (ch.steps % 4) });
      return;
    }
    case 'review':
      expectOk(game, { type: 'improve', choice: at(CHOICES, ch.a) });
      return;
    case 'ended':
      return;
  }
}

/** Our staff and overheads for the weeks after not yet booked (the cap must hold them too). */
function weeklyToCome(game: Game): number {
  const us = game.state.suppliers[US];
  const weekly = us ? us.staff * us.staffWeeklyCost + us.fixedWeeklyCost : 0;
  return weekly * (game.level.weeksAfter - game.state.week);
}

/** Plays the rest of the game with plain valid commands. */
function finish(game: Game): void {
  for (let guard = 0; game.state.phase !== 'ended'; guard++) {
    if (guard > 1000) throw new Error('game does not end');
    step(game, { pick: 90, a: 0.5, b: 0.5, c: 0.5, steps: 80 });
  }
}

describe('random valid command sequences', () => {
  it('never throw, keep the invariants at every phase change, and replay to the same hash', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SHIPPED_LEVEL_IDS),
        seedArb,
        fc.array(choiceArb, { minLength: 10, maxLength: 250 }),
        (id, seed, choices) => {
          const L = shippedLevel(id);
          const game = newGame(L, seed);
          let phase = game.state.phase;
          for (const ch of choices) {
            if (game.state.phase === 'ended') break;
            step(game, ch);
            if (game.state.phase !== phase) {
              phase = game.state.phase;
              expect(invariantViolations(L, game.state)).toEqual([]);
            }
          }
          finish(game);
          expect(invariantViolations(L, game.state)).toEqual([]);
          expect(summaryViolations(L, game)).toEqual([]);
          // The cap holds whole seasons: a proposal is refused before the weeks to come break it.
          for (const h of game.state.history) expect(h.costs).toBeLessThanOrEqual(h.plan.costCap);
          // Every move of the CEO's patience in a season is accounted for by its cause.
          for (const h of game.state.history) {
            const moved = Object.values(h.moves.patience).reduce((a, b) => a + b, 0);
            expect(moved).toBeCloseTo(h.patienceEnd - h.patienceStart, 6);
          }
          const res = replay(L, JSON.parse(JSON.stringify(toReplay(game))));
          if (!res.ok) throw new Error(`replay failed: ${res.error} at ${res.at}`);
          expect(gameHash(res.game)).toBe(gameHash(game));
        },
      ),
      { numRuns: 40 * RUNS_FACTOR },
    );
  });
});
