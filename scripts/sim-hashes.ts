// Determinism guard for speed work: plays every shipped level × every bot × seeds 1..30 and
// records each game's summary (final and per-season hashes) and a digest of the state's hash
// after every bot step (fair ticks in steps of 13, so states mid-fair are covered too).
// `record <file>` writes them; `check <file>` replays and exits 1 if any game differs.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { SHIPPED_LEVEL_IDS, shippedLevel } from '../src/levels/registry';
import type { Level } from '../src/levels/schema';
import { BOT_NAMES, type BotName, botDecide, botStream, hashState, newGame, summarize } from '../src/sim';

const SEEDS = 30;

/** A bot's game played step by step: its summary and the digest of every step's state hash. */
function play(level: Level, seed: string, bot: BotName): string {
  const game = newGame(level, seed);
  const r = botStream(seed, bot);
  const steps = createHash('sha256');
  while (game.state.phase !== 'ended') {
    botDecide(game, bot, r, { fairTicks: 13 });
    steps.update(hashState(game.state));
  }
  return JSON.stringify({ ...summarize(game, bot), steps: steps.digest('hex').slice(0, 16) });
}

function playAll(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of SHIPPED_LEVEL_IDS) {
    const level = shippedLevel(id);
    for (const bot of BOT_NAMES) {
      for (let seed = 1; seed <= SEEDS; seed++) {
        out[`${id}/${bot}/${seed}`] = play(level, String(seed), bot);
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
