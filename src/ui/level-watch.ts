// The designer's hot reload in the running game (npm start only; the build leaves it out):
// the dev server checks every saved levels/*.json (levels-plugin.ts) and sends the level or
// its problems here. A good level replaces the shipped one and restarts the game on it where
// the player was; a bad one shows its problems in the level panel until the file is fixed.
import { LEVEL_EVENT, type LevelMessage } from '../levels/hot-event';
import { replaceShippedLevel, SHIPPED_LEVEL_IDS, shippedProblems } from '../levels/registry';
import type { Level } from '../levels/schema';
import type { SessionStore } from '../store/session';

function onLevel(store: SessionStore, msg: LevelMessage<Level>): void {
  const st = store.getState();
  if (!msg.ok || !msg.level) {
    st.reportLevel(msg.file, msg.lines ?? [`${msg.file}: /: the file could not be checked`], true);
    return;
  }
  const id = msg.file.replace(/^levels\//, '').replace(/\.json$/, '');
  if ((SHIPPED_LEVEL_IDS as readonly string[]).includes(id)) replaceShippedLevel(id, msg.level);
  st.levelChanged(msg.file, msg.level);
}

export function watchLevelFiles(store: SessionStore): void {
  const hot = import.meta.hot;
  if (!hot) return;
  for (const [file, lines] of Object.entries(shippedProblems()))
    store.getState().reportLevel(file, lines, true);
  hot.on(LEVEL_EVENT, (msg: LevelMessage<Level>) => onLevel(store, msg));
}
