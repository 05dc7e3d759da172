// Points of a game for the replay viewer: index i = season*(weeksAfter+1) + week, week 0
// being the fair's end. A game is replayed up to a point, splitting merged 'advance'
// commands into single steps where the point falls inside one. Pure (no DOM).
import { apply, type Game, newGame } from '../sim';

export function perSeason(game: Game): number {
  return game.level.weeksAfter + 1;
}

/** Where a state stands: before season s's fair end is s*per - 0.5. */
export function positionOf(game: Game): number {
  const s = game.state;
  const per = perSeason(game);
  if (s.phase === 'plan' || s.phase === 'fair') return s.season * per - 0.5;
  if (s.phase === 'after') return s.season * per + s.week;
  return s.season * per + game.level.weeksAfter;
}

/** The game replayed from its log until it stands at `target` (or its end). */
export function gameAt(full: Game, target: number): Game {
  const g = newGame(full.level, full.state.seed);
  for (const c of full.log) {
    if (positionOf(g) >= target) break;
    if (c.type !== 'advance' || c.steps <= 1) {
      if (!apply(g, c).ok) break;
      continue;
    }
    for (let k = 0; k < c.steps && positionOf(g) < target; k++)
      if (!apply(g, { type: 'advance', steps: 1 }).ok) break;
  }
  return g;
}

/** The last point the game reaches. */
export function lastPoint(full: Game): number {
  return Math.max(0, Math.floor(positionOf(full)));
}

/** "S.W" (1-based season, week; 0 is the fair) → point, or null. */
export function parseAt(text: string | null, full: Game): number | null {
  const m = /^(\d{1,2})\.(\d{1,2})$/.exec(text ?? '');
  if (!m) return null;
  const s = Number(m[1]) - 1;
  const w = Number(m[2]);
  if (s < 0 || w > full.level.weeksAfter) return null;
  return Math.min(lastPoint(full), s * perSeason(full) + w);
}
