// Commands: every invalid command gets its error code (CommandError in commands.ts), leaves the
// state untouched (same hash, same JSON) and is not logged; valid commands are logged clean, and
// consecutive 'advance' commands merge in the log unless one of them ended a phase.
import { describe, expect, it } from 'vitest';
import { type Command, type CommandError, planLimits } from '../../src/sim/commands';
import { fairTicks, US } from '../../src/sim/context';
import { interact } from '../../src/sim/conversation';
import { apply, type Game, newGame } from '../../src/sim/game';
import { hashState } from '../../src/sim/hash';
import { ctxOf, finishFairOf, gameAfterFair, gameAtFair, levelCopy, must, validPlan } from './helpers';

/** Applies a command that must be refused with `error`, and checks nothing changed. */
function refused(game: Game, cmd: unknown, error: CommandError): void {
  const hash = hashState(game.state);
  const json = JSON.stringify(game.state);
  const log = JSON.stringify(game.log);
  const open = game.openAdvance;
  expect(apply(game, cmd as Command)).toEqual({ ok: false, error });
  expect(hashState(game.state)).toBe(hash);
  expect(JSON.stringify(game.state)).toBe(json);
  expect(JSON.stringify(game.log)).toBe(log);
  expect(game.openAdvance).toBe(open);
}

const L = levelCopy();

describe('garbage input', () => {
  const garbage: unknown[] = [
    null,
    undefined,
    {},
    { type: 'nope' },
    { type: 'toString' },
    { type: null },
    'plan',
    '{"type":"advance","steps":1}',
    42,
    Number.NaN,
    true,
    [],
    [{ type: 'advance', steps: 1 }],
  ];
  it.each(garbage.map((g) => [JSON.stringify(g) ?? String(g), g]))("%s is a 'bad-command'", (_name, cmd) => {
    for (const game of [newGame(L, 'garbage'), gameAtFair(L, 'garbage'), gameAfterFair(L, 'garbage')])
      refused(game, cmd, 'bad-command');
  });

  it("advance steps that are not whole numbers from 1 to 1e6 are 'bad-steps'", () => {
    const game = gameAtFair(L, 'steps');
    for (const steps of [Number.NaN, 0, -1, 1.5, Number.POSITIVE_INFINITY, '3', null, undefined, 1_000_001])
      refused(game, { type: 'advance', steps }, 'bad-steps');
    refused(game, { type: 'advance' }, 'bad-steps');
  });
});

describe('commands read once', () => {
  /** A command whose fields change (or throw) on every read, as a console caller could make. */
  function shifty<T extends object>(base: T, field: keyof T, values: unknown[]): T {
    let reads = 0;
    const cmd = { ...base };
    Object.defineProperty(cmd, field, {
      enumerable: true,
      get: () => values[Math.min(reads++, values.length - 1)],
    });
    return cmd;
  }

  it('a plan whose fields change between reads is checked and applied as read once', () => {
    const game = newGame(L, 'getters');
    const plan = validPlan(game);
    const cmd = shifty(plan, 'pitchers', [plan.pitchers, Number.NaN, 1e9]);
    expect(apply(game, cmd)).toEqual({ ok: true, steps: 0 });
    expect(game.state.history[0]?.plan.pitchers).toBe(plan.pitchers);
    expect(game.log[0]).toEqual(plan);
    expect(Object.getOwnPropertyDescriptor(game.log[0], 'pitchers')?.get).toBeUndefined();
  });

  it('an advance whose steps change between reads does not freeze the fair', () => {
    const game = gameAtFair(L, 'getters');
    const tick = game.state.tick;
    const cmd = shifty({ type: 'advance' as const, steps: 2 }, 'steps', [2, Number.POSITIVE_INFINITY]);
    expect(apply(game, cmd)).toEqual({ ok: true, steps: 2 });
    expect(game.state.tick).toBe(tick + 2);
  });

  it('a getter that throws is a bad command, not a crash', () => {
    const game = newGame(L, 'getters');
    const cmd = Object.defineProperty({ type: 'plan' }, 'booth', {
      enumerable: true,
      get: () => {
        throw new Error('gotcha');
      },
    });
    refused(game, cmd, 'bad-command');
  });

  it('fields that are objects are never taken for values', () => {
    const game = newGame(L, 'getters');
    refused(game, { ...validPlan(game), pitchers: { valueOf: () => 1 } }, 'staff-count');
  });
});

describe('wrong phase', () => {
  it('in the plan phase only a plan is accepted', () => {
    const game = newGame(L, 'phase-1');
    refused(game, { type: 'advance', steps: 1 }, 'wrong-phase');
    refused(game, { type: 'handle', visitor: 0, action: 'listen' }, 'wrong-phase');
    refused(game, { type: 'followUp', lead: 0 }, 'wrong-phase');
    refused(game, { type: 'improve', choice: 'customer' }, 'wrong-phase');
  });

  it('at the fair: no plan, follow-up or improvement', () => {
    const game = gameAtFair(L, 'phase-2');
    refused(game, validPlan(game), 'wrong-phase');
    refused(game, { type: 'followUp', lead: 0 }, 'wrong-phase');
    refused(game, { type: 'improve', choice: 'none' }, 'wrong-phase');
  });

  it('in the weeks after: no plan, handle or improvement', () => {
    const game = gameAfterFair(L, 'phase-3');
    refused(game, validPlan(game), 'wrong-phase');
    refused(game, { type: 'handle', visitor: 0, action: 'listen' }, 'wrong-phase');
    refused(game, { type: 'improve', choice: 'none' }, 'wrong-phase');
  });

  it('at the review: only an improvement, and only a known choice', () => {
    const game = gameAfterFair(L, 'phase-4');
    must(game, { type: 'advance', steps: L.weeksAfter });
    expect(game.state.phase).toBe('review');
    refused(game, { type: 'advance', steps: 1 }, 'wrong-phase');
    refused(game, { type: 'followUp', lead: 0 }, 'wrong-phase');
    refused(game, validPlan(game), 'wrong-phase');
    refused(game, { type: 'improve', choice: 'everything' }, 'bad-choice');
    refused(game, { type: 'improve' }, 'bad-choice');
    must(game, { type: 'improve', choice: 'none' });
    expect(game.state.phase).toBe('plan');
  });
});

describe('plans', () => {
  const game = newGame(L, 'plans');
  const ok = validPlan(game, { booth: 'small' });
  const limits = planLimits(ctxOf(game));

  it('a valid plan from planLimits is accepted and logged clean', () => {
    const g = newGame(L, 'plans');
    expect(apply(g, { ...ok, extra: 'ignored' } as Command)).toEqual({ ok: true, steps: 0 });
    expect(g.log).toEqual([ok]);
    expect(Object.keys(g.log[0] as object)).not.toContain('extra');
  });

  it("a booth that does not exist is 'bad-booth'", () => {
    refused(game, { ...ok, booth: 'huge' }, 'bad-booth');
    refused(game, { ...ok, booth: 'constructor' }, 'bad-booth');
    refused(game, { ...ok, booth: undefined }, 'bad-booth');
  });

  it("an unknown focus is 'bad-focus'", () => {
    refused(game, { ...ok, focus: 'party' }, 'bad-focus');
  });

  it("a non-boolean innovation flag is 'bad-command'", () => {
    refused(game, { ...ok, showInnovations: 'yes' }, 'bad-command');
  });

  it("more staff than the booth's slots, nobody, negatives or fractions are 'staff-count'", () => {
    const slots = limits.slots.small;
    refused(game, { ...ok, pitchers: slots, listeners: 1 }, 'staff-count');
    refused(game, { ...ok, pitchers: slots + 1, listeners: 0 }, 'staff-count');
    refused(game, { ...ok, pitchers: 0, listeners: 0 }, 'staff-count');
    refused(game, { ...ok, pitchers: -1, listeners: 2 }, 'staff-count');
    refused(game, { ...ok, pitchers: 0.5, listeners: 1 }, 'staff-count');
    refused(game, { ...ok, pitchers: Number.NaN, listeners: 1 }, 'staff-count');
    const medium = validPlan(game, { booth: 'medium' });
    refused(game, { ...medium, pitchers: limits.slots.medium + 1, listeners: 0 }, 'staff-count');
  });

  it("a promise below planLimits().minTarget is 'target-too-low'", () => {
    refused(game, { ...ok, revenueTarget: limits.minTarget - 1 }, 'target-too-low');
    refused(game, { ...ok, revenueTarget: 0 }, 'target-too-low');
    expect(apply(newGame(L, 'plans'), { ...ok, revenueTarget: limits.minTarget }).ok).toBe(true);
  });

  it("a target that is not a whole number of cents is 'bad-command'", () => {
    refused(game, { ...ok, revenueTarget: Number.NaN }, 'bad-command');
    refused(game, { ...ok, revenueTarget: limits.minTarget + 0.5 }, 'bad-command');
    refused(game, { ...ok, revenueTarget: Number.POSITIVE_INFINITY }, 'bad-command');
    refused(game, { ...ok, costCap: '1000' }, 'bad-command');
  });

  it("a cost cap below the planned cost is 'cap-too-low'", () => {
    refused(game, { ...ok, costCap: limits.plannedCost.small - 1 }, 'cap-too-low');
    const large = validPlan(game, { booth: 'large' });
    refused(game, { ...large, costCap: limits.plannedCost.small }, 'cap-too-low');
    expect(apply(newGame(L, 'plans'), { ...ok, costCap: limits.plannedCost.small }).ok).toBe(true);
  });
});

describe('handling visitors', () => {
  function fairWithSomeoneAtOurBooth(seed: string) {
    const game = gameAtFair(L, seed, { booth: 'large' });
    for (let t = 0; t < fairTicks(L); t++) {
      const v = game.state.visitors.find(
        (x) => x.booth === US && (x.status === 'queue' || x.status === 'talking') && !x.talk?.resolved,
      );
      if (v) return { game, v };
      must(game, { type: 'advance', steps: 1 });
    }
    throw new Error('nobody came');
  }

  it("a visitor not at our booth is 'not-at-our-booth'; an unknown one 'unknown-visitor'", () => {
    const { game, v } = fairWithSomeoneAtOurBooth('handle-1');
    const away = game.state.visitors.find((x) => x.booth !== US);
    if (!away) throw new Error('setup');
    refused(game, { type: 'handle', visitor: away.id, action: 'listen' }, 'not-at-our-booth');
    refused(
      game,
      { type: 'handle', visitor: game.state.visitors.length, action: 'listen' },
      'unknown-visitor',
    );
    refused(game, { type: 'handle', visitor: -1, action: 'listen' }, 'unknown-visitor');
    refused(game, { type: 'handle', visitor: '0', action: 'listen' }, 'unknown-visitor');
    refused(game, { type: 'handle', visitor: v.id, action: 'hug' }, 'bad-action');
  });

  it("asking twice is 'already-asked'; a visitor handled already is 'already-handled'", () => {
    const { game, v } = fairWithSomeoneAtOurBooth('handle-2');
    must(game, { type: 'handle', visitor: v.id, action: 'ask' });
    refused(game, { type: 'handle', visitor: v.id, action: 'ask' }, 'already-asked');
    must(game, { type: 'handle', visitor: v.id, action: 'pitch' });
    refused(game, { type: 'handle', visitor: v.id, action: 'listen' }, 'already-handled');
    expect(game.log.slice(-2)).toEqual([
      { type: 'handle', visitor: v.id, action: 'ask' },
      { type: 'handle', visitor: v.id, action: 'pitch' },
    ]);
  });
});

describe('follow-ups', () => {
  function afterFairWithLeads(level: typeof L, seed: string, n: number) {
    const game = gameAtFair(level, seed, { focus: 'conversation', proposals: 100 });
    for (let a = 0; a < n; a++) interact(ctxOf(game), a, US, 'listen', 0);
    finishFairOf(game);
    const open = game.state.leads.filter((l) => l.supplier === US && l.status === 'open');
    return { game, open };
  }

  it("beyond the week's capacity is 'no-capacity'; next week there is room again", () => {
    const level = levelCopy();
    level.team.followUpsPerWeek = 2;
    const { game, open } = afterFairWithLeads(level, 'follow-cap', 6);
    expect(open.length).toBeGreaterThanOrEqual(4);
    must(game, { type: 'followUp', lead: open[0]?.id as number });
    must(game, { type: 'followUp', lead: open[1]?.id as number });
    refused(game, { type: 'followUp', lead: open[2]?.id as number }, 'no-capacity');
    must(game, { type: 'advance', steps: 1 });
    must(game, { type: 'followUp', lead: open[2]?.id as number });
  });

  it("a proposal the cost cap cannot pay for is 'over-cost-cap'", () => {
    const level = levelCopy();
    level.model.proposalCost = 1e11;
    const game = gameAtFair(level, 'follow-cost', { focus: 'conversation', proposals: 0 });
    interact(ctxOf(game), 0, US, 'listen', 0);
    finishFairOf(game);
    const lead = game.state.leads.find((l) => l.supplier === US && l.status === 'open');
    if (!lead) throw new Error('setup');
    refused(game, { type: 'followUp', lead: lead.id }, 'over-cost-cap');
  });

  it("unknown leads, competitors' leads and leads already proposed are refused", () => {
    const game = gameAtFair(L, 'follow-bad', { focus: 'conversation', proposals: 100 });
    for (let a = 0; a < 3; a++) interact(ctxOf(game), a, US, 'listen', 0);
    interact(ctxOf(game), 10, 1, 'listen', 0);
    finishFairOf(game);
    const open = game.state.leads.filter((l) => l.supplier === US && l.status === 'open');
    const theirs = game.state.leads.find((l) => l.supplier !== US && l.status === 'open');
    if (!theirs) throw new Error('setup');
    refused(game, { type: 'followUp', lead: theirs.id }, 'unknown-lead');
    refused(game, { type: 'followUp', lead: game.state.leads.length }, 'unknown-lead');
    refused(game, { type: 'followUp', lead: -1 }, 'unknown-lead');
    refused(game, { type: 'followUp', lead: Number.NaN }, 'unknown-lead');
    const first = open[0]?.id as number;
    must(game, { type: 'followUp', lead: first });
    refused(game, { type: 'followUp', lead: first }, 'lead-not-open');
  });

  it("leads of an earlier season are 'lead-not-open'", () => {
    const { game, open } = afterFairWithLeads(L, 'follow-old', 2);
    must(game, { type: 'advance', steps: L.weeksAfter });
    must(game, { type: 'improve', choice: 'none' });
    must(game, validPlan(game));
    finishFairOf(game);
    refused(game, { type: 'followUp', lead: open[0]?.id as number }, 'lead-not-open');
  });
});

describe('the advance log', () => {
  it('consecutive advances merge; one that ends a phase does not merge with the next', () => {
    const game = gameAtFair(L, 'merge-1');
    const T = fairTicks(L);
    expect(apply(game, { type: 'advance', steps: 3 })).toEqual({ ok: true, steps: 3 });
    expect(apply(game, { type: 'advance', steps: 4 })).toEqual({ ok: true, steps: 4 });
    expect(game.log.slice(1)).toEqual([{ type: 'advance', steps: 7 }]);
    expect(game.openAdvance).toBe(true);
    // Ends the fair: only the steps it took count, merged into the open advance.
    expect(apply(game, { type: 'advance', steps: 1_000_000 })).toEqual({ ok: true, steps: T - 7 });
    expect(game.state.phase).toBe('after');
    expect(game.openAdvance).toBe(false);
    expect(game.log.slice(1)).toEqual([{ type: 'advance', steps: T }]);
    must(game, { type: 'advance', steps: 2 });
    must(game, { type: 'advance', steps: 1 });
    expect(game.log.slice(1)).toEqual([
      { type: 'advance', steps: T },
      { type: 'advance', steps: 3 },
    ]);
  });

  it('another command between advances breaks the merge', () => {
    const level = levelCopy();
    const game = gameAtFair(level, 'merge-2', { focus: 'conversation', proposals: 20 });
    interact(ctxOf(game), 0, US, 'listen', 0);
    finishFairOf(game);
    const lead = game.state.leads.find((l) => l.supplier === US && l.status === 'open');
    if (!lead) throw new Error('setup');
    must(game, { type: 'advance', steps: 1 });
    must(game, { type: 'followUp', lead: lead.id });
    must(game, { type: 'advance', steps: 1 });
    expect(game.log.slice(-3)).toEqual([
      { type: 'advance', steps: 1 },
      { type: 'followUp', lead: lead.id },
      { type: 'advance', steps: 1 },
    ]);
  });

  it('an advance that ends the season is logged with the steps it took', () => {
    const game = gameAfterFair(L, 'merge-3');
    const before = game.log.length;
    expect(apply(game, { type: 'advance', steps: 500 })).toEqual({ ok: true, steps: L.weeksAfter });
    expect(game.log.length).toBe(before + 1);
    expect(game.log.at(-1)).toEqual({ type: 'advance', steps: L.weeksAfter });
    expect(game.state.phase).toBe('review');
  });
});
