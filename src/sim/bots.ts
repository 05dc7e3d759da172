// Bots play a policy headlessly, for balance runs and for the ghosts in the debrief: the
// pusher, the listener, the balanced player, the listener who never follows up, the listener
// who promises too much, the attentive player (who reads the tells a player sees), the idle
// player (the habit's plan and nothing more) and a random player that makes any valid decision
// (a fuzzer). Bots decide through the same commands as
// a player; their own randomness comes from a stream outside the sim state, and every
// decision lands in the log, so a bot's game replays like anyone's.

import type { BoothSizeName, Level } from '../levels/schema';
import type { BotName } from './bot-names';
import { type Command, PLAN_MONEY_LIMIT, planLimits } from './commands';
import { type Ctx, fairTicks, US } from './context';
import type { SimEvent } from './events';
import { visitorSigns } from './fair';
import { apply, type Game, newGame } from './game';
import { bestOpenLeads, followUpCapacity, proposalsThisWeek } from './proposals';
import { between, chance, intBetween, next, pick, type RngState, seedStream } from './rng';
import type { Focus, ImprovementChoice, Plan, Visitor } from './state';

export { BOT_NAMES, type BotName, isBotName } from './bot-names';

interface Policy {
  plan(ctx: Ctx, r: RngState): Plan;
  /** Leads to follow up before the coming week, best first. */
  followUps(ctx: Ctx, r: RngState): number[];
  improve(ctx: Ctx, r: RngState): ImprovementChoice;
  /** Optional per-tick meddling at the fair (the random bot). */
  fair?(ctx: Ctx, r: RngState): Command | null;
}

function makePlan(
  ctx: Ctx,
  booth: BoothSizeName,
  focus: Focus,
  pitchShare: number,
  showInnovations: boolean,
  growth: number,
  proposals: number,
): Plan {
  const limits = planLimits(ctx);
  const slots = limits.slots[booth];
  const pitchers = Math.round(slots * pitchShare);
  return {
    booth,
    focus,
    pitchers,
    listeners: slots - pitchers,
    showInnovations,
    // Within what a plan may name (levels:check makes sure the minimum fits).
    revenueTarget: Math.min(
      PLAN_MONEY_LIMIT,
      Math.max(limits.minTarget, Math.ceil(limits.baseline * (1 + growth))),
    ),
    costCap: Math.min(PLAN_MONEY_LIMIT, limits.plannedCost[booth] + proposals * ctx.L.model.proposalCost),
    inviteCeo: false,
  };
}

/** Follow up the best open leads, as many as this week's capacity allows. */
function followBest(ctx: Ctx): number[] {
  const room = followUpCapacity(ctx, US) - proposalsThisWeek(ctx, US);
  return bestOpenLeads(ctx.s, US, room).map((l) => l.id);
}

const proposalBudget = (ctx: Ctx) => ctx.L.team.followUpsPerWeek * ctx.L.weeksAfter;

/**
 * The visitors at our booth whom the player may still take over (queueing, or talking with one
 * of our people and not yet handled), in the order of their ids: read from our booth's queue
 * and staff slots, which hold exactly them, instead of from every visitor of the fair.
 */
function waitingAtOurBooth(ctx: Ctx): Visitor[] {
  const { s } = ctx;
  const floor = s.floors[US];
  if (!floor) return [];
  const out: Visitor[] = [];
  for (const id of [...floor.queue, ...floor.busy]) {
    const v = s.visitors[id];
    if (!v || v.booth !== US || v.talk?.resolved) continue;
    if (v.status === 'queue' || v.status === 'talking') out.push(v);
  }
  return out.sort((a, b) => a.id - b.id);
}

/**
 * The attentive player at the fair, reading only what the conversation card shows: whoever at
 * our booth asks about prices and delivery gets a question first; if the answer shows they
 * really came to buy, a pitch; everyone else is left to the listeners.
 */
function pitchTheBuyers(ctx: Ctx): Command | null {
  for (const v of waitingAtOurBooth(ctx)) {
    const seen = visitorSigns(v);
    if (seen.tell !== 'buying') continue;
    if (seen.buying === null) return { type: 'handle', visitor: v.id, action: 'ask' };
    if (seen.buying) return { type: 'handle', visitor: v.id, action: 'pitch' };
  }
  return null;
}

const POLICIES: Record<BotName, Policy> = {
  pusher: {
    plan: (ctx) => makePlan(ctx, 'large', 'display', 1, true, 0.1, 0),
    followUps: () => [],
    improve: () => 'innovation',
  },
  listener: {
    plan: (ctx) => makePlan(ctx, 'small', 'conversation', 0, false, 0.05, proposalBudget(ctx)),
    followUps: followBest,
    improve: () => 'customer',
  },
  balanced: {
    plan: (ctx) => makePlan(ctx, 'medium', 'display', 0.5, true, 0.1, proposalBudget(ctx)),
    followUps: followBest,
    improve: (ctx) => (ctx.s.season % 2 === 0 ? 'customer' : 'innovation'),
  },
  'listener-bold': {
    plan: (ctx) => makePlan(ctx, 'small', 'conversation', 0, false, 0.2, proposalBudget(ctx)),
    followUps: followBest,
    improve: () => 'customer',
  },
  attentive: {
    plan: (ctx) => makePlan(ctx, 'medium', 'conversation', 0, false, 0.05, proposalBudget(ctx)),
    followUps: followBest,
    improve: () => 'customer',
    fair: pitchTheBuyers,
  },
  idle: {
    plan: (ctx) => {
      const h = ctx.L.team.habit;
      return makePlan(ctx, h.booth, h.focus, h.pitchShare, true, -1, 0);
    },
    followUps: () => [],
    improve: () => 'none',
  },
  'listener-no-followup': {
    plan: (ctx) => makePlan(ctx, 'small', 'conversation', 0, false, 0.05, 0),
    followUps: () => [],
    improve: () => 'customer',
  },
  random: {
    plan: (ctx, r) => ({
      ...makePlan(
        ctx,
        pick(r, ['small', 'medium', 'large'] as const),
        pick(r, ['display', 'conversation'] as const),
        next(r),
        chance(r, 0.5),
        between(r, 0, 0.6),
        intBetween(r, 0, proposalBudget(ctx)),
      ),
      // A fuzzer invites the CEO too, where the level offers it.
      inviteCeo: !!ctx.L.ceo.visit && chance(r, 0.5),
    }),
    followUps: (ctx, r) => followBest(ctx).filter(() => chance(r, 0.6)),
    improve: (_ctx, r) => pick(r, ['customer', 'innovation', 'none'] as const),
    fair: (ctx, r) => {
      if (!chance(r, 0.15)) return null;
      const here = waitingAtOurBooth(ctx);
      if (here.length === 0) return null;
      const v = pick(r, here);
      return {
        type: 'handle',
        visitor: v.id,
        action: pick(r, ['pitch', 'ask', 'listen', 'brochure'] as const),
      };
    },
  },
};

function ctxOf(game: Game): Ctx {
  return { L: game.level, s: game.state, ev: null };
}

export interface BotStepOptions {
  /** Where the applied commands' events go (the screen draws them); none by default. */
  events?: SimEvent[] | null;
  /** At most this many fair ticks in one call (default: the rest of the fair). */
  fairTicks?: number;
}

/**
 * Lets a bot take the decision the game waits for now: a plan, a stretch of the fair, one
 * week's follow-ups and the week itself, or an improvement. Returns after one such step.
 */
export function botDecide(game: Game, bot: BotName, r: RngState, opts: BotStepOptions = {}): void {
  const policy = POLICIES[bot];
  const ctx = ctxOf(game);
  const s = game.state;
  const ev = opts.events ?? null;
  switch (s.phase) {
    case 'plan': {
      const res = apply(game, { type: 'plan', ...policy.plan(ctx, r) }, ev);
      if (!res.ok) throw new Error(`bot ${bot} made an invalid plan: ${res.error}`);
      return;
    }
    case 'fair': {
      if (!policy.fair) {
        apply(game, { type: 'advance', steps: opts.fairTicks ?? fairTicks(game.level) }, ev);
        return;
      }
      const cmd = policy.fair(ctx, r);
      if (cmd) apply(game, cmd, ev);
      apply(game, { type: 'advance', steps: 1 }, ev);
      return;
    }
    case 'after': {
      if (!s.fired) for (const lead of policy.followUps(ctx, r)) apply(game, { type: 'followUp', lead }, ev);
      apply(game, { type: 'advance', steps: 1 }, ev);
      return;
    }
    case 'review':
      apply(game, { type: 'improve', choice: policy.improve(ctx, r) }, ev);
      return;
    case 'ended':
      return;
  }
}

/** The bot's own random stream for a seed (outside the sim state). */
export function botStream(seed: string, bot: BotName): RngState {
  return seedStream(seed, `bot/${bot}`);
}

/** Plays a whole game by a bot. */
export function runBot(level: Level, seed: string, bot: BotName): Game {
  const game = newGame(level, seed);
  const r = botStream(seed, bot);
  while (game.state.phase !== 'ended') botDecide(game, bot, r);
  return game;
}
