// Small deterministic number helpers for the world's decoration (who looks how, where a
// visitor strolls): integer hashing and a seeded generator. Never used by the simulation.

/** A well-mixed 32-bit hash of up to three integers. */
export function hash3(a: number, b = 0, c = 0): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h ^ Math.imul(b + 0x27d4eb2f, 0xc2b2ae35), 0x85ebca6b);
  h ^= h >>> 16;
  h = Math.imul(h ^ Math.imul(c + 0x165667b1, 0x27d4eb2f), 0xc2b2ae35);
  h ^= h >>> 15;
  return h >>> 0;
}

/** A hash mapped to 0..1. */
export function unit3(a: number, b = 0, c = 0): number {
  return hash3(a, b, c) / 4294967296;
}

/** mulberry32: a tiny seeded generator returning 0..1. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks an element of a non-empty list by a 0..1 number. */
export function pick<T>(list: readonly T[], u: number): T {
  const i = Math.min(list.length - 1, Math.max(0, Math.floor(u * list.length)));
  return list[i] as T;
}
