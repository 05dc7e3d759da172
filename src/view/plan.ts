// The plan screen's read of the game: what a plan may ask for this season, last season's plan
// (the draft starts from it), whether the review's innovation has something to show, and what
// a promise would do to the CEO's patience — each from the sim's own rule, memoized per revision.
import type { Game, Plan, PlanLimits, PromisePreview } from '../sim';
import { innovationIsReady, planLimitsOf, promisePreview } from '../sim';
import { perRevision } from './memo';

export interface PlanView {
  limits: PlanLimits;
  /** Last season's plan, or null in the first season. */
  previous: Plan | null;
  /** Whether showing innovations at this fair has something new to show. */
  innovationReady: boolean;
  /** The CEO's patience as the season is planned. */
  patience: number;
}

export const planView = perRevision(
  (game: Game): Readonly<PlanView> => ({
    limits: planLimitsOf(game),
    previous: game.state.history[game.state.season - 1]?.plan ?? null,
    innovationReady: innovationIsReady(game),
    patience: game.state.ceo.patience,
  }),
);

/** What a promise (target and cap in cents; null where not a number yet) would do to his patience. */
export function promiseView(game: Game, target: number | null, cap: number | null): PromisePreview {
  return promisePreview(game, { revenueTarget: target ?? 0, costCap: cap ?? 0 });
}
