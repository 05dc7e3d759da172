// The game's save: versioned, small and replayable — the level, the seed and the command log
// (plus the screen and the state hash at saving time, to detect tampering or damage). Loading
// replays the log; anything wrong yields a reason the title screen explains, never a crash.
// A level opened from a file travels inside the save and is checked again when it is read.
import type { LoadResult } from '../levels/load';
import { loadShippedLevel } from '../levels/registry';
import type { Level } from '../levels/schema';
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
  /** A level opened from a file or a link: the file's name and the level itself. */
  custom?: { file: string; level: unknown };
}

/** A level that is not shipped: opened from a file, a link, or a designer's levels folder. */
export interface CustomLevel {
  file: string;
  level: Level;
}

/** Checks level data as a level file is checked (the validator, loaded only when needed). */
export type LevelCheck = (data: unknown) => LoadResult;

export type LoadedSave =
  | { ok: true; game: Game; screen: SavedScreen; custom: CustomLevel | null }
  | { ok: false; reason: 'none' }
  | { ok: false; reason: 'corrupt' | 'outdated' | 'newer' | 'unknown-level'; detail: string };

export function makeSave(game: Game, screen: SavedScreen, custom: CustomLevel | null = null): SaveFile {
  const r = toReplay(game);
  const save: SaveFile = {
    app: 'the-listening-booth',
    saveVersion: SAVE_VERSION,
    simVersion: r.simVersion,
    level: r.level,
    seed: r.seed,
    commands: r.commands,
    screen,
    hash: gameHash(game),
  };
  if (custom) save.custom = { file: custom.file, level: custom.level };
  return save;
}

export function writeSave(
  storage: KeyValueStorage,
  game: Game,
  screen: SavedScreen,
  custom: CustomLevel | null = null,
): boolean {
  return safeSet(storage, SAVE_KEY, JSON.stringify(makeSave(game, screen, custom)));
}

/** Whether the saved game plays a level of its own (reading it then needs the validator). */
export function saveHasCustomLevel(storage: KeyValueStorage): boolean {
  const text = safeGet(storage, SAVE_KEY);
  if (text === null) return false;
  try {
    const data = JSON.parse(text) as unknown;
    return typeof data === 'object' && data !== null && 'custom' in data;
  } catch {
    return false;
  }
}

/** The save's level: shipped by id, or its own level checked again (it may have been edited). */
function savedLevel(
  s: Partial<SaveFile>,
  check?: LevelCheck,
): { level: Level; custom: CustomLevel | null } | string {
  if (s.custom === undefined) {
    const loaded = loadShippedLevel(s.level as string);
    return loaded?.ok ? { level: loaded.level, custom: null } : clip(s.level as string);
  }
  const c = s.custom as Partial<{ file: unknown; level: unknown }> | null;
  const file = typeof c?.file === 'string' ? clip(c.file) : 'level';
  if (!check) return file;
  const res = check(c?.level);
  if (!res.ok || res.level.id !== s.level) return file;
  return { level: res.level, custom: { file, level: res.level } };
}

export function clearSave(storage: KeyValueStorage): void {
  safeRemove(storage, SAVE_KEY);
}

/** Reads and replays the save; on any problem says why (and leaves the save for the caller). */
export function readSave(storage: KeyValueStorage, check?: LevelCheck): LoadedSave {
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
  const found = savedLevel(s, check);
  if (typeof found === 'string') return { ok: false, reason: 'unknown-level', detail: found };
  const res = replay(found.level, {
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
  return { ok: true, game: res.game, screen, custom: found.custom };
}
