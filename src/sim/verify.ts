// Verifying a replay record against the hashes it claims: replay the log, then compare each
// ended season's hash and the final hash. The first season that differs is where the claimed
// game and the real one parted. Used by `npm run sim -- --replay`, result codes and the room.
import type { Level } from '../levels/schema';
import { type Game, gameHash, type Replay, replay, seasonHashes } from './game';

export type VerifyResult =
  | { ok: true; game: Game }
  | { ok: false; kind: 'replay'; error: string; at: number }
  | { ok: false; kind: 'season'; season: number; claimed: string; actual: string | null }
  | { ok: false; kind: 'final'; claimed: string; actual: string };

const HASH = /^[0-9a-f]{14}$/;

/** Whether the record's claimed hashes (where present) have the shape of real ones. */
export function hashesWellFormed(r: Replay): boolean {
  if (r.hash !== undefined && (typeof r.hash !== 'string' || !HASH.test(r.hash))) return false;
  if (r.seasonHashes === undefined) return true;
  return Array.isArray(r.seasonHashes) && r.seasonHashes.every((h) => typeof h === 'string' && HASH.test(h));
}

/** Replays `r` and checks every hash it claims; the game when all agree. */
export function verifyReplay(level: Level, r: Replay): VerifyResult {
  const res = replay(level, r);
  if (!res.ok) return { ok: false, kind: 'replay', error: res.error, at: res.at };
  const game = res.game;
  const actual = seasonHashes(game);
  const claimed = r.seasonHashes ?? [];
  for (let k = 0; k < claimed.length; k++) {
    const want = claimed[k] as string;
    if (actual[k] !== want)
      return { ok: false, kind: 'season', season: k + 1, claimed: want, actual: actual[k] ?? null };
  }
  const final = gameHash(game);
  if (r.hash !== undefined && r.hash !== final)
    return { ok: false, kind: 'final', claimed: r.hash, actual: final };
  return { ok: true, game };
}
