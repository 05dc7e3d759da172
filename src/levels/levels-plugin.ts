// A Vite plugin that validates the shipped level files at build (and dev-serve) time and
// serves them, with defaults filled in, as the module 'virtual:shipped-levels'. An invalid
// level stops the build with one line per problem. It also points the game's imports of the
// level registry at registry.browser.ts, so the schema library never reaches the browser.
// While serving (npm start) it is the designer's hot reload: saving any levels/*.json checks
// the file and sends the level, or its problems, to the running game (see ui/level-watch.ts);
// an invalid shipped level is served as its problems, never as Vite's error overlay.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { LEVEL_EVENT, type LevelMessage } from './hot-event';
import { formatProblems, parseLevelText } from './load';

const IDS = ['tutorial', 'the-fair', 'boom-years', 'new-market'];
const VIRTUAL = 'virtual:shipped-levels';
const RESOLVED = `\0${VIRTUAL}`;

/** Checks one level file's text: the level, or its problems as the command line prints them. */
function check(file: string, text: string): LevelMessage {
  const res = parseLevelText(text);
  return res.ok
    ? { file, ok: true, level: res.level }
    : { file, ok: false, lines: formatProblems(file, res.problems) };
}

/** `levelsDir`: the folder of level files (the project's levels/, or LEVELS_DIR). */
export function shippedLevelsPlugin(levelsDir: string): Plugin {
  const levelFile = (id: string) => join(levelsDir, `${id}.json`);
  const registry = fileURLToPath(new URL('./registry.ts', import.meta.url));
  const browserRegistry = fileURLToPath(new URL('./registry.browser.ts', import.meta.url));
  let serving = false;
  return {
    name: 'listening-booth:shipped-levels',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    configureServer(server) {
      server.watcher.add(levelsDir);
    },
    async resolveId(source, importer) {
      if (source === VIRTUAL) return RESOLVED;
      if (importer && /\/levels\/registry(\.ts)?$/.test(source)) {
        const resolved = await this.resolve(source, importer, { skipSelf: true });
        if (resolved?.id === registry) return browserRegistry;
      }
      return null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const levels: Record<string, unknown> = {};
      const problems: Record<string, string[]> = {};
      for (const levelId of IDS) {
        const file = levelFile(levelId);
        this.addWatchFile(file);
        const msg = check(`levels/${levelId}.json`, readFileSync(file, 'utf8'));
        if (msg.ok) levels[levelId] = msg.level;
        else problems[msg.file] = msg.lines ?? [];
      }
      const lines = Object.values(problems).flat();
      if (lines.length && !serving) this.error(`invalid level files:\n${lines.join('\n')}`);
      return `export default ${JSON.stringify(levels)};\nexport const problems = ${JSON.stringify(problems)};`;
    },
    async hotUpdate({ file, type, read }) {
      const inDir = relative(levelsDir, file);
      if (!/^[^/]+\.json$/.test(inDir) || inDir === 'level.schema.json') return;
      const name = `levels/${inDir}`;
      if (this.environment.name !== 'client') return [];
      const graph = this.environment.moduleGraph;
      const virtual = graph.getModuleById(RESOLVED);
      if (virtual) graph.invalidateModule(virtual);
      if (type === 'delete') return [];
      const msg = check(name, await read());
      this.environment.hot.send({ type: 'custom', event: LEVEL_EVENT, data: msg });
      return [];
    },
  };
}
