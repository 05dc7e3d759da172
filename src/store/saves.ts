// The game's save: versioned, small and replayable — the level, the seed and the command log
// (plus the screen and the state hash at saving time, to detect tampering or damage). Loading
// replays the log; anything wrong yields a reason the title screen explains, never a crash.
import { loadShippedLevel } from '../levels/registry';
import { type Command, type Game, gameHash, replay, SIM_VERSION, toReplay } from '../sim';
import { clip } from './clip';
import { type KeyValueStorage, safeGet, safeRemove, safeSet } from './storage';

export const SAVE_KEY = 'the-listening-booth/save';
export const SAVE_VERSION = 1;

export type SavedScreen = 'briefing' | 'play' | 'debrief';

export interface SaveFile {
  app: 'the-listening-booth';
  saveVersion: number;
  simVersion: number;
  level: string;
  seed: string;
  commands: Command[];
  screen: SavedScreen;
  hash: string;
}

export type LoadedSave =
  | { ok: true; game: Game; screen: SavedScreen }
  | { ok: false; reason: 'none' }
  | { ok: false; reason: 'corrupt' | 'outdated' | 'newer' | 'unknown-level'; detail: string };

export function makeSave(game: Game, screen: SavedScreen): SaveFile {
  const r = toReplay(game);
  return {
    app: 'the-listening-booth',
    saveVersion: SAVE_VERSION,
    simVersion: r.simVersion,
    level: r.level,
    seed: r.seed,
    commands: r.commands,
    screen,
    hash: gameHash(game),
  };
}

export function writeSave(storage: KeyValueStorage, game: Game, screen: SavedScreen): boolean {
  return safeSet(storage, SAVE_KEY, JSON.stringify(makeSave(game, screen)));
}

export function clearSave(storage: KeyValueStorage): void {
  safeRemove(storage, SAVE_KEY);
}

/** Reads and replays the save; on any problem says why (and leaves the save for the caller). */
export function readSave(storage: KeyValueStorage): LoadedSave {
  const text = safeGet(storage, SAVE_KEY);
  if (text === null) return { ok: false, reason: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'corrupt', detail: 'not JSON' };
  }
  if (typeof data !== 'object' || data === null)
    return { ok: false, reason: 'corrupt', detail: 'not an object' };
  const s = data as Partial<SaveFile>;
  if (s.app !== 'the-listening-booth')
    return { ok: false, reason: 'corrupt', detail: 'not a save of this game' };
  if (typeof s.saveVersion !== 'number' || typeof s.simVersion !== 'number') {
    return { ok: false, reason: 'corrupt', detail: 'no version' };
  }
  if (s.saveVersion !== SAVE_VERSION || s.simVersion !== SIM_VERSION) {
    // A save from a newer game (an older copy opened after an update elsewhere) is not "older".
    const newer = s.saveVersion > SAVE_VERSION || s.simVersion > SIM_VERSION;
    const detail = clip(`save ${s.saveVersion}/sim ${s.simVersion}`);
    return { ok: false, reason: newer ? 'newer' : 'outdated', detail };
  }
  if (typeof s.level !== 'string' || typeof s.seed !== 'string' || !Array.isArray(s.commands)) {
    return { ok: false, reason: 'corrupt', detail: 'fields missing' };
  }
  const loaded = loadShippedLevel(s.level);
  if (!loaded?.ok) return { ok: false, reason: 'unknown-level', detail: clip(s.level) };
  const res = replay(loaded.level, {
    simVersion: s.simVersion,
    level: s.level,
    seed: s.seed,
    commands: s.commands as Command[],
  });
  if (!res.ok) return { ok: false, reason: 'corrupt', detail: `command ${res.at}: ${res.error}` };
  if (typeof s.hash !== 'string' || gameHash(res.game) !== s.hash) {
    return { ok: false, reason: 'corrupt', detail: 'hash mismatch' };
  }
  const screen: SavedScreen = s.screen === 'briefing' || s.screen === 'debrief' ? s.screen : 'play';
  return { ok: true, game: res.game, screen };
}
