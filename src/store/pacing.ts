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

export function msPerStep(phase: Phase, speed: number): number {
  return BASE_MS[phase] / Math.max(1, speed);
}

/**
 * Turns accumulated milliseconds into whole steps. At most `maxSteps` per call: after a long
 * stall (a background tab) the game catches up gently instead of jumping hours ahead.
 */
export function stepsDue(ms: number, stepMs: number, maxSteps: number): { steps: number; carry: number } {
  if (ms < stepMs) return { steps: 0, carry: ms };
  const steps = Math.min(maxSteps, Math.floor(ms / stepMs));
  const carry = steps === maxSteps ? 0 : ms - steps * stepMs;
  return { steps, carry };
}
