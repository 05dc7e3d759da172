// A Vite plugin that validates the shipped level files at build (and dev-serve) time and
// serves them, with defaults filled in, as the module 'virtual:shipped-levels'. An invalid
// level stops the build with one line per problem. It also points the game's imports of the
// level registry at registry.browser.ts, so the schema library never reaches the browser.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { formatProblems, parseLevelText } from './load';

const IDS = ['tutorial', 'the-fair', 'boom-years', 'new-market'];
const VIRTUAL = 'virtual:shipped-levels';
const RESOLVED = `\0${VIRTUAL}`;

export function shippedLevelsPlugin(root: string): Plugin {
  const levelFile = (id: string) => `${root}/levels/${id}.json`;
  const registry = fileURLToPath(new URL('./registry.ts', import.meta.url));
  const browserRegistry = fileURLToPath(new URL('./registry.browser.ts', import.meta.url));
  return {
    name: 'listening-booth:shipped-levels',
    enforce: 'pre',
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
      const problems: string[] = [];
      for (const levelId of IDS) {
        const file = levelFile(levelId);
        this.addWatchFile(file);
        const res = parseLevelText(readFileSync(file, 'utf8'));
        if (res.ok) levels[levelId] = res.level;
        else problems.push(...formatProblems(`levels/${levelId}.json`, res.problems));
      }
      if (problems.length) this.error(`invalid level files:\n${problems.join('\n')}`);
      return `export default ${JSON.stringify(levels)};`;
    },
  };
}
