// The shipped levels in the browser build: the same API as registry.ts, but the levels
// arrive already validated and with every default filled in (the build does that with the
// schema — see levels-plugin.ts), so the schema library stays out of the game's download.
import shipped, { problems } from 'virtual:shipped-levels';
import type { LoadResult } from './load';
import type { Level } from './schema';

export const SHIPPED_LEVEL_IDS = ['tutorial', 'the-fair', 'boom-years', 'new-market'] as const;

export function loadShippedLevel(id: string): LoadResult | undefined {
  // Own keys only: a save naming "constructor" or "toString" is not a shipped level.
  if (typeof id !== 'string' || !Object.hasOwn(shipped, id)) return undefined;
  const level = shipped[id];
  if (!level) return undefined;
  return { ok: true, level: structuredClone(level) };
}

/** Shipped level files that failed their checks while serving (development only). */
export function shippedProblems(): Record<string, string[]> {
  return problems;
}

/** A shipped level file changed while serving: later games use the new level. */
export function replaceShippedLevel(id: string, level: Level): void {
  if (SHIPPED_LEVEL_IDS.includes(id as (typeof SHIPPED_LEVEL_IDS)[number])) shipped[id] = level;
  delete problems[`levels/${id}.json`];
  version++;
}

let version = 0;
/** Bumps when a shipped level is replaced, so caches of the level list know. */
export function shippedVersion(): number {
  return version;
}

export function shippedLevel(id: string) {
  const res = loadShippedLevel(id);
  if (!res?.ok) throw new Error(`no shipped level "${id}"`);
  return res.level;
}
