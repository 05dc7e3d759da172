// The board's and the replay's language: the game's own setting when this browser has one,
// else the browser's language; a translator over the shared dictionaries.
import { translator } from '../../i18n';
import type { Lang } from '../../store/settings';
import { defaultSettings, loadSettings } from '../../store/settings';
import { browserStorage } from '../../store/storage';

export function startLang(): Lang {
  try {
    return loadSettings(browserStorage(), defaultSettings(false, navigator.language)).lang;
  } catch {
    return navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  }
}

export type T = ReturnType<typeof translator>;
export { translator };
