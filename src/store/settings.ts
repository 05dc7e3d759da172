// Player settings: language, sound, speed, reduced motion and text size. Remembered in
// storage; anything unreadable or out of range falls back to the default, field by field.
import { type KeyValueStorage, safeGet, safeSet } from './storage';

export type Lang = 'en' | 'nl';
export type Speed = 1 | 2 | 4;
export type TextSize = 'normal' | 'large' | 'larger';

export interface Settings {
  lang: Lang;
  sound: boolean;
  volume: number;
  speed: Speed;
  reducedMotion: boolean;
  textSize: TextSize;
}

export const SETTINGS_KEY = 'the-listening-booth/settings';

export function defaultSettings(prefersReducedMotion = false, browserLang = 'en'): Settings {
  return {
    lang: browserLang.toLowerCase().startsWith('nl') ? 'nl' : 'en',
    sound: true,
    volume: 0.7,
    speed: 1,
    reducedMotion: prefersReducedMotion,
    textSize: 'normal',
  };
}

/** Keeps each valid field of `raw` over the defaults. */
export function sanitizeSettings(raw: unknown, defaults: Settings): Settings {
  const out = { ...defaults };
  if (typeof raw !== 'object' || raw === null) return out;
  const r = raw as Record<string, unknown>;
  if (r.lang === 'en' || r.lang === 'nl') out.lang = r.lang;
  if (typeof r.sound === 'boolean') out.sound = r.sound;
  if (typeof r.volume === 'number' && r.volume >= 0 && r.volume <= 1) out.volume = r.volume;
  if (r.speed === 1 || r.speed === 2 || r.speed === 4) out.speed = r.speed;
  if (typeof r.reducedMotion === 'boolean') out.reducedMotion = r.reducedMotion;
  if (r.textSize === 'normal' || r.textSize === 'large' || r.textSize === 'larger') out.textSize = r.textSize;
  return out;
}

export function loadSettings(storage: KeyValueStorage, defaults: Settings): Settings {
  const text = safeGet(storage, SETTINGS_KEY);
  if (!text) return defaults;
  try {
    return sanitizeSettings(JSON.parse(text), defaults);
  } catch {
    return defaults;
  }
}

export function saveSettings(storage: KeyValueStorage, settings: Settings): void {
  safeSet(storage, SETTINGS_KEY, JSON.stringify(settings));
}
