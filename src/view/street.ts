// The street's read of the game (the weeks after, drawn by scenes/street): how many proposals
// we have sent this season (each leaves our door), and how many parcels a competitor's week of
// orders makes (its revenue in orders of a typical size, at most a van's load).
import type { Level } from '../levels/schema';
import type { Game } from '../sim';
import { perRevision, perRevisionBy } from './memo';

/** Parcels drawn for one competitor's week, at most. */
export const MAX_PARCELS = 6;

/** The size of a typical order in the level: each segment's middle order, by its share. */
export function typicalOrder(level: Level): number {
  let total = 0;
  let weights = 0;
  for (const sg of level.segments) {
    total += ((sg.orderValue.min + sg.orderValue.max) / 2) * sg.share;
    weights += sg.share;
  }
  return Math.max(1, total / Math.max(0.0001, weights));
}

/** Our proposals sent this season. */
export const proposalsSent = perRevision((game: Game): number => {
  const s = game.state;
  let sent = 0;
  for (const l of s.leads) if (l.supplier === 0 && l.season === s.season && l.proposedWeek >= 0) sent++;
  return sent;
});

/** Parcels per competitor (index 0 is the first competitor) for a week of this season. */
export const parcelsOfWeek = perRevisionBy((game: Game, week: number): readonly number[] => {
  const s = game.state;
  const size = typicalOrder(game.level);
  return s.competitorHistory.map((list) => {
    const revenue = list[s.season]?.weeklyRevenue[week - 1] ?? 0;
    return Math.min(MAX_PARCELS, Math.round(revenue / size));
  });
});
