// Seeded random streams: one alea generator per concern, its state a plain object that lives
// in the sim state (so a save restores the exact sequence). Seeding uses seedrandom's alea;
// stepping is the same alea step applied to the stored state, without allocations.
import alea from 'seedrandom/lib/alea';

/** The state of one alea generator, exactly as seedrandom's `state()` returns it. */
export interface RngState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

/** The named streams: the player's choices never shift who walks into the hall. */
export const STREAMS = [
  'accounts',
  'visitors',
  'hall',
  'talk',
  'market',
  'proposals',
  'competitors',
] as const;
export type StreamName = (typeof STREAMS)[number];
export type Streams = Record<StreamName, RngState>;

/** A fresh stream for a seed and a concern: `seed/concern` through seedrandom's alea. */
export function seedStream(seed: string, name: string): RngState {
  const prng = alea(`${seed}/${name}`, { state: true });
  const s = prng.state();
  return { c: s.c, s0: s.s0, s1: s.s1, s2: s.s2 };
}

export function seedStreams(seed: string): Streams {
  const out = {} as Streams;
  for (const name of STREAMS) out[name] = seedStream(seed, name);
  return out;
}

/** The next number in [0, 1); advances the stream in place (alea's step). */
export function next(r: RngState): number {
  const t = 2091639 * r.s0 + r.c * 2.3283064365386963e-10;
  r.s0 = r.s1;
  r.s1 = r.s2;
  r.c = t | 0;
  r.s2 = t - r.c;
  return r.s2;
}

/** A uniform number in [min, max). */
export function between(r: RngState, min: number, max: number): number {
  return min + (max - min) * next(r);
}

/** A uniform integer in [min, max] (inclusive). */
export function intBetween(r: RngState, min: number, max: number): number {
  return min + Math.floor(next(r) * (max - min + 1));
}

/** True with probability p. */
export function chance(r: RngState, p: number): boolean {
  return next(r) < p;
}

/** An index drawn in proportion to non-negative weights (the last index if all are zero). */
export function pickWeighted(r: RngState, weights: ArrayLike<number>, count = weights.length): number {
  let total = 0;
  for (let i = 0; i < count; i++) total += weights[i] as number;
  let x = next(r) * total;
  for (let i = 0; i < count; i++) {
    x -= weights[i] as number;
    if (x < 0) return i;
  }
  return count - 1;
}

/** An element of a non-empty list. */
export function pick<T>(r: RngState, list: readonly T[]): T {
  return list[Math.floor(next(r) * list.length)] as T;
}
