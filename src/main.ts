// The game's start: startGame(parent) sets the theme and fonts, reads the URL, creates the
// session store (resuming a save), the Phaser world and the DOM overlay, wires the page's
// test surface, the workshop room's link, and turns any start-up failure into a readable message instead of a blank page.
// A save or a link that carries a level of its own loads the level checker first.
import '@fontsource/nunito/400.css';
import '@fontsource/nunito/700.css';
import '@fontsource/nunito/800.css';
import '@fontsource/fredoka/500.css';
import '@fontsource/fredoka/600.css';
import { startRoomLink } from './room/browser';
import { createWorld } from './scenes';
import { type LevelCheck, saveHasCustomLevel } from './store/saves';
import { createSession, type SessionStore } from './store/session';
import { defaultSettings } from './store/settings';
import { browserStorage } from './store/storage';
import { parseUrl } from './store/url';
import { exposeSurface } from './surface';
import { applyThemeToDocument } from './theme';
import { mountOverlay, showFatal } from './ui';
import { openLevelInFragment } from './ui/level-open';
import { watchLevelFiles } from './ui/level-watch';

/** Applies the URL's choices: language, then a level (and a bot to play it). */
function applyUrl(store: SessionStore, search: string): ReturnType<typeof parseUrl> {
  const url = parseUrl(search);
  const st = store.getState();
  for (const problem of url.problems) st.addNotice({ kind: 'url', problem });
  if (url.lang) st.setSetting('lang', url.lang);
  if (url.speed && url.speed !== 'max') st.setSetting('speed', url.speed);
  // A game in progress is never replaced without asking (the store asks on the title).
  if (url.level) st.openLink({ level: url.level, seed: url.seed, bot: url.bot, max: url.speed === 'max' });
  return url;
}

/** The level checker, when the save plays a level of its own (it must be checked again). */
async function checkerForSave(): Promise<LevelCheck | undefined> {
  if (!saveHasCustomLevel(browserStorage())) return undefined;
  return (await import('./levels/open')).parseLevelData;
}

export async function startGame(parent: HTMLElement): Promise<SessionStore | null> {
  try {
    applyThemeToDocument(document);
    const search = window.location.search;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const store = createSession({
      storage: browserStorage(),
      defaults: defaultSettings(reduce, navigator.language || 'en'),
      resume: true,
      checkLevel: await checkerForSave(),
    });
    const url = applyUrl(store, search);
    startRoomLink(store, browserStorage(), url);
    void openLevelInFragment(store, window.location.hash);
    watchLevelFiles(store);
    // Save when the page goes away (closed, reloaded, switched from on a phone): the fair's
    // own saves come every few seconds, and those seconds must not be lost.
    const saveNow = () => store.getState().saveNow();
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') saveNow();
    });
    exposeSurface(store);
    mountOverlay(parent, store);
    createWorld(parent, store);
    return store;
  } catch (e) {
    showFatal(parent, e);
    return null;
  }
}

const app = document.getElementById('app');
if (app) void startGame(app);
