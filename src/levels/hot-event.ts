// The message the dev server sends the running game when a level file is saved: shared by
// the server side (levels-plugin.ts) and the game side (ui/level-watch.ts).
export const LEVEL_EVENT = 'listening-booth:level';

export interface LevelMessage<L = unknown> {
  file: string;
  ok: boolean;
  level?: L;
  lines?: string[];
}
