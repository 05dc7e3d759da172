// Lint rule for the simulation's purity (a directory may be given, for its own test), the part Biome cannot express: every import in
// src/sim must be relative within src/sim, the seeded RNG package, or a type-only import of
// src/levels/schema; and no file may read Math.random or raise to a power with ** or Math.pow
// (engines round those differently in the last bit; context.ts has powInt). (Biome's override for src/sim bans
// the clock, the DOM and timers as globals.) Exits 1 listing each offending line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = process.argv[2] ?? 'src/sim';
const problems: string[] = [];

const IMPORT =
  /\b(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|\b(?:import|require)\s*\(/g;

for (const name of readdirSync(DIR)) {
  if (!name.endsWith('.ts')) continue;
  const file = join(DIR, name);
  // Comments may mention anything; only code counts.
  const text = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');
  const lineOf = (index: number) => `${file}:${text.slice(0, index).split('\n').length}`;
  for (const m of text.matchAll(/\bMath\s*\.\s*random\b/g)) {
    problems.push(`${lineOf(m.index ?? 0)}: Math.random — use a seeded stream from rng.ts`);
  }
  for (const m of text.matchAll(/\*\*(?![*/])|\bMath\s*\.\s*pow\b/g)) {
    problems.push(
      `${lineOf(m.index ?? 0)}: ** or Math.pow — engines round it differently; use powInt from context.ts`,
    );
  }
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[3];
    if (spec === undefined) {
      problems.push(`${lineOf(m.index ?? 0)}: dynamic import or require — src/sim imports statically`);
      continue;
    }
    const typeOnly = Boolean(m[2]);
    if (spec.startsWith('./') || spec === 'seedrandom/lib/alea') continue;
    if (typeOnly && spec === '../levels/schema') continue;
    problems.push(
      `${lineOf(m.index ?? 0)}: import of "${spec}" — src/sim imports only from src/sim (and types from ../levels/schema)`,
    );
  }
}

if (problems.length) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write('src/sim is pure: imports and randomness checked\n');
