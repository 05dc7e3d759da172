// Pacing: the simulation advances in fixed steps, independent of the frame rate. At 1× a fair
// tick (15 minutes in the hall) takes one second, so a fair day is about half a minute; in bot
// mode other decisions (a week, a plan) take a little longer so a watcher can follow them.
import type { Phase } from '../sim';

const BASE_MS: Record<Phase, number> = {
  plan: 1500,
  fair: 1000,
  after: 700,
  review: 2000,
  ended: 1000,
};

/** A week after the fair when the player's follow-up rule plays the weeks (1×): 12 weeks ≈ 22 s. */
export const RULE_WEEK_MS = 1800;

export function msPerStep(phase: Phase, speed: number): number {
  return BASE_MS[phase] / Math.max(1, speed);
}

/**
 * Turns elapsed time into whole steps: `carry` is the fraction of a step left over from
 * before (kept in steps, so a change of speed neither loses nor gains time). At most
 * `maxSteps` per call: after a long stall (a background tab) the game catches up gently
 * instead of jumping hours ahead.
 */
export function stepsDue(
  carry: number,
  ms: number,
  stepMs: number,
  maxSteps: number,
): { steps: number; carry: number } {
  const due = carry + ms / stepMs;
  const steps = Math.min(maxSteps, Math.floor(due));
  return { steps, carry: steps === maxSteps ? 0 : due - steps };
}
