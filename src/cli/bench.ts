// `npm run bench`: simulation speed, printed as JSON — full games per second for each bot on
// a level (the-fair by default), measured after a warm-up on one core, and time per season
// played (a fired bot's game is shorter, so games/s alone flatters a bot that is fired early).
// Nothing is asserted: the figures go into the README.
import { BOT_NAMES, runBot } from '../sim';
import { parseArgs, usageError } from './args';
import { resolveLevel } from './level-arg';
import { runMain } from './main';

const USAGE = 'usage: npm run bench -- [--level <id|file>] [--games <n>] [--warmup <n>]';
const HELP = `${USAGE}

Prints {"level", "gamesPerBot", "bots": {<bot>: {"gamesPerSecond", "msPerGame", "seasonsPerGame",
"msPerSeason"}}} as JSON.
  --level   level id or path to a level file (default: the-fair)
  --games   games timed per bot (default: 300)
  --warmup  untimed games per bot first, so the JIT has settled (default: 50)`;

interface BotSpeed {
  gamesPerSecond: number;
  msPerGame: number;
  seasonsPerGame: number;
  msPerSeason: number;
}

/** A bound, so a typo cannot keep the machine busy for days (100 000 games ≈ 5 minutes). */
const MAX_GAMES = 100_000;

function main(): void {
  const args = parseArgs(
    process.argv.slice(2),
    { level: 'string', games: 'int', warmup: 'int' },
    USAGE,
    HELP,
  );
  const level = resolveLevel(String(args.opts.level ?? 'the-fair'), USAGE);
  const games = Number(args.opts.games ?? 300);
  const warmup = Number(args.opts.warmup ?? 50);
  if (games < 1 || games > MAX_GAMES) usageError(`--games must be from 1 to ${MAX_GAMES}`, USAGE);
  if (warmup > MAX_GAMES) usageError(`--warmup must be at most ${MAX_GAMES}`, USAGE);
  const bots: Record<string, BotSpeed> = {};
  for (const bot of BOT_NAMES) {
    for (let i = 0; i < warmup; i++) runBot(level, `warmup-${i}`, bot);
    let seasons = 0;
    const start = performance.now();
    for (let i = 0; i < games; i++) seasons += runBot(level, `bench-${i}`, bot).state.history.length;
    const ms = performance.now() - start;
    bots[bot] = {
      gamesPerSecond: Math.round((games / ms) * 1000),
      msPerGame: Math.round((ms / games) * 1000) / 1000,
      seasonsPerGame: Math.round((seasons / games) * 100) / 100,
      msPerSeason: Math.round((ms / Math.max(1, seasons)) * 1000) / 1000,
    };
  }
  process.stdout.write(`${JSON.stringify({ level: level.id, gamesPerBot: games, bots }, null, 2)}\n`);
}

runMain(main);
