// Memoizing a view model per game version: a view is computed once per game (object) and
// revision (the sim's count of commands that changed it), however many screens, frames and
// subscribers ask. A new game, a loaded save or a restart is a new object, so nothing stale
// survives it; a different argument (a season, a limit) is its own entry.
import type { Game } from '../sim';

interface Entry<T> {
  revision: number;
  values: Map<unknown, T>;
}

/** `fn(game)` computed once per game revision. */
export function perRevision<T>(fn: (game: Game) => T): (game: Game) => T {
  const keyed = perRevisionBy((game: Game, _arg: null) => fn(game));
  return (game) => keyed(game, null);
}

/** `fn(game, arg)` computed once per game revision and argument (a primitive: season, limit…). */
export function perRevisionBy<A, T>(fn: (game: Game, arg: A) => T): (game: Game, arg: A) => T {
  const cache = new WeakMap<Game, Entry<T>>();
  return (game, arg) => {
    let entry = cache.get(game);
    if (!entry || entry.revision !== game.revision) {
      entry = { revision: game.revision, values: new Map() };
      cache.set(game, entry);
    }
    if (entry.values.has(arg)) return entry.values.get(arg) as T;
    const value = fn(game, arg);
    entry.values.set(arg, value);
    return value;
  };
}
