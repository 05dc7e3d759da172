// The context every step function receives: the level (read only), the state (mutated in
// place by the step) and an optional sink for events the screen animates. Headless runs
// pass no sink, so nothing is allocated for pictures nobody draws.
import type { Level } from '../levels/schema';
import type { SimEvent } from './events';
import type { SimState } from './state';

export interface Ctx {
  readonly L: Level;
  readonly s: SimState;
  readonly ev: SimEvent[] | null;
}

/** Supplier index of the player. */
export const US = 0;

/** Index into the flat relation arrays (trust, irritation, buzz, womFrom). */
export function rel(s: SimState, account: number, supplier: number): number {
  return account * s.suppliers.length + supplier;
}

/** Index of the first need of a relation in the flat knowledge array. */
export function kno(s: SimState, account: number, supplier: number, needs: number): number {
  return (account * s.suppliers.length + supplier) * needs;
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : Math.min(x, hi);
}

/**
 * x to a whole power n ≥ 0 by repeated squaring: only multiplications, which every engine
 * rounds alike. (`**` and Math.pow may differ in the last bit between JavaScript engines —
 * Node's and Chromium's did — and a bit is enough to change a replay's hash.)
 */
export function powInt(x: number, n: number): number {
  let result = 1;
  let base = x;
  for (let k = Math.floor(n); k > 0; k >>= 1) {
    if (k & 1) result *= base;
    base *= base;
  }
  return result;
}

/** Fair ticks per day and in total. */
export function ticksPerDay(L: Level): number {
  return L.fair.hoursPerDay * L.fair.ticksPerHour;
}
export function fairTicks(L: Level): number {
  return L.fair.days * ticksPerDay(L);
}

/** The buying mood of a season (the last listed value repeats). */
export function buyingMood(L: Level, season: number): number {
  const moods = L.fair.buyingMood;
  return moods[Math.min(season, moods.length - 1)] as number;
}

/**
 * Index of the first record of `season` in a list kept in season order with nothing of a later
 * season (leads, orders): a binary search for where that season's run begins.
 */
export function seasonStart(list: readonly { season: number }[], season: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as { season: number }).season < season) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
