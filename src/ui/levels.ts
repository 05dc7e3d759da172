// The shipped levels as the title screen lists them (loaded once each; a level that fails to
// load is listed with a plain message instead of crashing the menu).
import { loadShippedLevel, SHIPPED_LEVEL_IDS, shippedVersion } from '../levels/registry';
import type { Level } from '../levels/schema';

export interface LevelEntry {
  id: string;
  level: Level | null;
}

let cache: LevelEntry[] | null = null;
let cachedVersion = -1;

export function shippedLevels(): LevelEntry[] {
  if (!cache || cachedVersion !== shippedVersion()) {
    cachedVersion = shippedVersion();
    cache = SHIPPED_LEVEL_IDS.map((id) => {
      const res = loadShippedLevel(id);
      return { id, level: res?.ok ? res.level : null };
    });
    cache.sort((a, b) => (a.level?.order ?? 999) - (b.level?.order ?? 999));
  }
  return cache;
}
