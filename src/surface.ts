// The page's test and workshop surface: window.listeningBooth exposes state(), summary()
// (the JSON shape of `npm run sim -- --json`), hash() and dispatch(command). Returned data
// are copies, so nothing outside can change the game except through dispatch.

import {
  type ApplyResult,
  type Command,
  type GameSummary,
  gameHash,
  isBotName,
  type Replay,
  type SimState,
  summarize,
  toReplay,
} from './sim';
import type { SessionStore } from './store/session';

export interface ListeningBoothApi {
  state(): SimState | null;
  summary(): GameSummary | null;
  hash(): string | null;
  dispatch(cmd: Command): ApplyResult;
  /** The screen the page shows: title, briefing, play or debrief. */
  screen(): string;
  /** The game's replay record {simVersion, level, seed, commands}: `npm run sim -- --replay` reads it. */
  record(): Replay | null;
  /** Hands the game in progress to a bot (e.g. to finish a workshop demo); max = fastest. */
  startBot(name: string, max?: boolean): boolean;
}

export function exposeSurface(store: SessionStore): ListeningBoothApi {
  const api: ListeningBoothApi = {
    state: () => {
      const g = store.getState().game;
      return g ? (JSON.parse(JSON.stringify(g.state)) as SimState) : null;
    },
    summary: () => {
      const { game, bot } = store.getState();
      return game ? summarize(game, bot?.name ?? null) : null;
    },
    hash: () => {
      const g = store.getState().game;
      return g ? gameHash(g) : null;
    },
    dispatch: (cmd) => store.getState().dispatch(cmd),
    screen: () => store.getState().screen,
    record: () => {
      const g = store.getState().game;
      return g ? toReplay(g) : null;
    },
    startBot: (name, max = true) => {
      const st = store.getState();
      if (!st.game || !isBotName(name)) return false;
      if (st.screen !== 'play') st.beginPlay();
      st.startBot(name, max);
      return true;
    },
  };
  (globalThis as { listeningBooth?: ListeningBoothApi }).listeningBooth = api;
  return api;
}
