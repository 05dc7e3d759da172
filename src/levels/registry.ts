// The levels that ship with the game, in menu order. The files in levels/ are bundled into
// the game and read by the command-line tools; each is validated when first asked for.
import boomYears from '../../levels/boom-years.json';
import newMarket from '../../levels/new-market.json';
import theFair from '../../levels/the-fair.json';
import tutorial from '../../levels/tutorial.json';
import { type LoadResult, parseLevelData } from './load';
import type { Level } from './schema';

const RAW: Record<string, unknown> = {
  tutorial,
  'the-fair': theFair,
  'boom-years': boomYears,
  'new-market': newMarket,
};

export const SHIPPED_LEVEL_IDS = ['tutorial', 'the-fair', 'boom-years', 'new-market'] as const;

const cache = new Map<string, LoadResult>();

/** A shipped level by id: the parsed level or its problems (undefined for an unknown id). */
export function loadShippedLevel(id: string): LoadResult | undefined {
  // Own keys only: a level called "constructor" or "__proto__" is not a shipped level.
  if (!Object.hasOwn(RAW, id)) return undefined;
  let res = cache.get(id);
  if (!res) {
    res = parseLevelData(structuredClone(RAW[id]));
    cache.set(id, res);
  }
  return res;
}

/** Shipped level files that failed their checks while serving: none here (tools check on load). */
export function shippedProblems(): Record<string, string[]> {
  return {};
}

let version = 0;
/** A shipped level file changed (the browser's hot reload; here for the same API). */
export function replaceShippedLevel(id: string, level: Level): void {
  if (Object.hasOwn(RAW, id)) cache.set(id, { ok: true, level });
  version++;
}

/** Bumps when a shipped level is replaced, so caches of the level list know. */
export function shippedVersion(): number {
  return version;
}

/** A shipped level that must be valid (tests and tools; throws with the problems). */
export function shippedLevel(id: string): Level {
  const res = loadShippedLevel(id);
  if (!res) throw new Error(`no shipped level "${id}"`);
  if (!res.ok)
    throw new Error(
      `level ${id} is invalid: ${res.problems.map((p) => `${p.pointer}: ${p.message}`).join('; ')}`,
    );
  return res.level;
}
