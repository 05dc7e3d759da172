// Restarting a game on a changed level (a designer saved the level file): the same seed,
// replayed on the new level up to the start of the phase the player was in — or, when the
// decisions before it no longer fit the new level, up to the start of the season, or from
// the very beginning. Pure: takes the old game and the new level, returns a new game.
import type { Level } from '../levels/schema';
import { apply, type Command, type Game, newGame, type Phase, replay, SIM_VERSION } from '../sim';

export type RestartPoint = 'phase' | 'season' | 'start';

export interface Restarted {
  game: Game;
  at: RestartPoint;
  season: number;
  phase: Phase;
}

/** How many commands of the log lead to the first moment of the given season (and phase). */
function prefixTo(old: Game, season: number, phase: Phase | null): number {
  const probe = newGame(old.level, old.state.seed);
  const at = () => probe.state.season === season && (phase === null || probe.state.phase === phase);
  if (at()) return 0;
  for (let i = 0; i < old.log.length; i++) {
    if (!apply(probe, old.log[i] as Command).ok) break;
    if (at()) return i + 1;
  }
  return old.log.length;
}

function replayPrefix(level: Level, old: Game, n: number): Game | null {
  const res = replay(level, {
    simVersion: SIM_VERSION,
    level: level.id,
    seed: old.state.seed,
    commands: old.log.slice(0, n),
  });
  return res.ok ? res.game : null;
}

export function restartOnLevel(old: Game, level: Level): Restarted {
  const { season, phase } = old.state;
  const tries: [RestartPoint, number][] = [
    ['phase', prefixTo(old, season, phase)],
    ['season', prefixTo(old, season, null)],
  ];
  for (const [at, n] of tries) {
    const game = replayPrefix(level, old, n);
    if (game && game.state.season === season && game.state.phase !== 'ended')
      return { game, at, season: game.state.season, phase: game.state.phase };
  }
  const game = newGame(level, old.state.seed);
  return { game, at: 'start', season: game.state.season, phase: game.state.phase };
}
