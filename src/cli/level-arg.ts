// Resolving a `--level` argument: a shipped level id, or a path to a level file. A bad
// level is a usage error naming every problem, one line each, never a stack trace.
import { formatProblems, parseLevelText } from '../levels/load';
import { loadShippedLevel, SHIPPED_LEVEL_IDS } from '../levels/registry';
import type { Level } from '../levels/schema';
import { readTextFile } from './read-file';

export function resolveLevel(arg: string, usage: string): Level {
  const shipped = loadShippedLevel(arg);
  if (shipped) {
    if (shipped.ok) return shipped.level;
    fail(formatProblems(`levels/${arg}.json`, shipped.problems), usage);
  }
  if (!arg.endsWith('.json') && !arg.includes('/')) {
    fail(
      [
        `unknown level "${arg}" (shipped levels: ${SHIPPED_LEVEL_IDS.join(', ')}; or give a path to a .json file)`,
      ],
      usage,
    );
  }
  const file = readTextFile(arg);
  if (!file.ok) fail([`cannot read level file "${arg}": ${file.reason}`], usage);
  const res = parseLevelText(file.text);
  if (!res.ok) fail(formatProblems(arg, res.problems), usage);
  return res.level;
}

function fail(lines: string[], usage: string): never {
  process.stderr.write(`${lines.map((l) => `error: ${l}`).join('\n')}\n${usage}\n`);
  process.exit(2);
}
