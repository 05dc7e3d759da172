// Lint rule for the screens' wall (directories may be given, for its own test): src/ui and
// src/scenes read a game through src/view and the store, so an import from src/sim there must
// be type-only — `import type { … }` or every name marked `type`. Re-exports and dynamic imports
// of the sim count too. Exits 1 listing each offending line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DIRS = process.argv.length > 2 ? process.argv.slice(2) : ['src/ui', 'src/scenes'];
const problems: string[] = [];

/** An import of the sim: any relative path ending in or passing through a `sim` directory. */
const SIM = /^(\.\.?\/)+(.*\/)?sim(\/|$)/;
const STATIC = /\b(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
const DYNAMIC = /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Whether an import clause brings in types only: `type` before it, or before every name. */
function typeOnly(keywordType: boolean, clause: string): boolean {
  if (keywordType) return true;
  const names = clause.match(/^\{([\s\S]*)\}$/);
  if (!names?.[1]) return false;
  const list = names[1]
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  return list.length > 0 && list.every((n) => n.startsWith('type '));
}

for (const file of DIRS.flatMap(filesUnder)) {
  // Comments may mention anything; only code counts.
  const text = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');
  const lineOf = (index: number) => `${file}:${text.slice(0, index).split('\n').length}`;
  for (const m of text.matchAll(STATIC)) {
    const spec = m[4] ?? '';
    if (!SIM.test(spec) || typeOnly(Boolean(m[2]), (m[3] ?? '').trim())) continue;
    problems.push(
      `${lineOf(m.index ?? 0)}: value import from "${spec}" — screens read the game through src/view; only types come from src/sim`,
    );
  }
  for (const m of text.matchAll(DYNAMIC)) {
    if (SIM.test(m[1] ?? ''))
      problems.push(`${lineOf(m.index ?? 0)}: dynamic import of "${m[1]}" — screens do not load the sim`);
  }
}

if (problems.length) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`${DIRS.join(' and ')}: types only from src/sim\n`);
