// Resolving a `--level` argument: a shipped level id, or a path to a level file. A bad
// level is a usage error naming every problem, one line each, never a stack trace.
import { readFileSync } from 'node:fs';
import { formatProblems, parseLevelText } from '../levels/load';
import { loadShippedLevel, SHIPPED_LEVEL_IDS } from '../levels/registry';
import type { Level } from '../levels/schema';

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
  let text: string;
  try {
    text = readFileSync(arg, 'utf8');
  } catch {
    fail([`cannot read level file "${arg}"`], usage);
  }
  const res = parseLevelText(text);
  if (!res.ok) fail(formatProblems(arg, res.problems), usage);
  return res.level;
}

function fail(lines: string[], usage: string): never {
  process.stderr.write(`${lines.map((l) => `error: ${l}`).join('\n')}\n${usage}\n`);
  process.exit(2);
}
