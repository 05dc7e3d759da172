// What the screens may ask of a game, as questions on a Game: each answers from the sim's own
// rule (the one the step functions use), so no rule is copied into a view. Pure reads: none
// of them changes the game, none draws a random number.

import { patienceAfterPromise, promiseGrowth, promiseMoves } from './ceo';
import { type PlanLimits, planLimits } from './commands';
import { type Ctx, US } from './context';
import { costsToCome, proposalFitsCap } from './economics';
import type { Game } from './game';
import { heardNeed, innovationReady } from './improvements';
import { followUpCapacity, proposalsThisWeek } from './proposals';
import { ceoAtBooth } from './visit';

/** A read-only step context: the sim's functions take one; nothing is recorded in it. */
function readCtx(game: Game): Ctx {
  return { L: game.level, s: game.state, ev: null };
}

/** What a plan may ask for this season (baseline, slots, planned costs). */
export function planLimitsOf(game: Game): PlanLimits {
  return planLimits(readCtx(game));
}

/** What a promise would do, as the plan screen previews it, by the rule ceoOnPromise applies. */
export interface PromisePreview {
  /** Growth the target names over the baseline (0.05 = 5 %). */
  growth: number;
  /** Patience moves at planning: the promise's ambition and a cap above his budget (null: none). */
  moves: { promise: number | null; cap: number | null };
  /** His patience now and after the plan is made. */
  now: number;
  after: number;
}

export function promisePreview(game: Game, plan: { revenueTarget: number; costCap: number }): PromisePreview {
  const baseline = planLimitsOf(game).baseline;
  const now = game.state.ceo.patience;
  return {
    growth: promiseGrowth(plan.revenueTarget, baseline),
    moves: promiseMoves(game.level, plan, baseline),
    now,
    after: patienceAfterPromise(game.level, now, plan, baseline),
  };
}

/** Whether the review's innovation has something new to show at this season's fair. */
export function innovationIsReady(game: Game): boolean {
  return innovationReady(readCtx(game));
}

/** Whether the CEO stands at our booth right now. */
export function ceoIsAtBooth(game: Game): boolean {
  return game.state.phase === 'fair' && ceoAtBooth(readCtx(game));
}

/** The need a customer-informed improvement would work on (what we heard most). */
export function improvementNeed(game: Game): number {
  return heardNeed(readCtx(game));
}

/** Our team's room for proposals this week, and the money side of one more. */
export interface FollowUpRoom {
  /** Proposals the team can write in a week. */
  max: number;
  /** Proposals sent this week. */
  used: number;
  /** Weekly costs still to come this season, already committed. */
  toCome: number;
  /** Whether one more proposal still fits under the cost cap. */
  fitsCap: boolean;
}

export function followUpRoom(game: Game): FollowUpRoom {
  const ctx = readCtx(game);
  return {
    max: followUpCapacity(ctx, US),
    used: proposalsThisWeek(ctx, US),
    toCome: costsToCome(ctx),
    fitsCap: proposalFitsCap(ctx),
  };
}
