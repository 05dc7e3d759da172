// Determinism guard for speed work: plays every shipped level × every bot × seeds 1..30 and
// records each game's summary (final and per-season hashes). `record <file>` writes them;
// `check <file>` replays and exits 1 on the first game whose summary differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { SHIPPED_LEVEL_IDS, shippedLevel } from '../src/levels/registry';
import { BOT_NAMES, runBot, summarize } from '../src/sim';

const SEEDS = 30;

function playAll(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of SHIPPED_LEVEL_IDS) {
    const level = shippedLevel(id);
    for (const bot of BOT_NAMES) {
      for (let seed = 1; seed <= SEEDS; seed++) {
        out[`${id}/${bot}/${seed}`] = JSON.stringify(summarize(runBot(level, String(seed), bot)));
      }
    }
  }
  return out;
}

const [mode, file] = process.argv.slice(2);
if (!file || (mode !== 'record' && mode !== 'check')) {
  process.stderr.write('usage: tsx scripts/sim-hashes.ts record|check <file>\n');
  process.exit(2);
}
const games = playAll();
if (mode === 'record') {
  writeFileSync(file, JSON.stringify(games, null, 1));
  process.stdout.write(`recorded ${Object.keys(games).length} games\n`);
} else {
  const want = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const keys = Object.keys(want);
  const bad = keys.filter((k) => games[k] !== want[k]);
  if (Object.keys(games).length !== keys.length) bad.push('(game count differs)');
  process.stdout.write(
    `compared ${keys.length} games: ${bad.length} differ${bad.length ? ` (${bad.slice(0, 5).join(', ')})` : ''}\n`,
  );
  process.exit(bad.length ? 1 : 0);
}
