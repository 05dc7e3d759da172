// Games of the-fair as the view tests need them: planned with a medium booth for conversation
// (one pitcher, the rest listening, the innovations on show), the minimum promise or a given one
// and a cost cap with room for twenty proposals; and the same game with its fair played out.
import { shippedLevel } from '../../src/levels/registry';
import { apply, type Game, newGame, planLimitsOf } from '../../src/sim';

export const L = shippedLevel('the-fair');

export function plannedGame(seed: string, revenueTarget?: number, costCap?: number): Game {
  const g = newGame(L, seed);
  const lim = planLimitsOf(g);
  const res = apply(g, {
    type: 'plan',
    booth: 'medium',
    focus: 'conversation',
    pitchers: 1,
    listeners: lim.slots.medium - 1,
    showInnovations: true,
    revenueTarget: revenueTarget ?? lim.minTarget,
    costCap: costCap ?? lim.plannedCost.medium + 20 * L.model.proposalCost,
  });
  if (!res.ok) throw new Error(`the test's plan was refused: ${res.error}`);
  return g;
}

/** Plays the fair to its end: the weeks after begin at week 0. */
export function afterTheFair(seed: string): Game {
  const g = plannedGame(seed);
  for (let i = 0; i < 10_000 && g.state.phase === 'fair'; i++) apply(g, { type: 'advance', steps: 1 });
  return g;
}
