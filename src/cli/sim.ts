// `npm run sim`: plays one whole game of a level by a bot on a seed and prints its summary:
// JSON in the shape of DESIGN.md §5 with --json, otherwise a short readable report.
// With --replay <file> it replays a saved command log instead and prints the same summary.
import type { Level } from '../levels/schema';
import {
  BOT_NAMES,
  type Game,
  hashesWellFormed,
  isBotName,
  isValidSeed,
  type Replay,
  runBot,
  summarize,
  verifyReplay,
} from '../sim';
import { parseArgs, usageError } from './args';
import { resolveLevel } from './level-arg';
import { runMain } from './main';
import { readTextFile } from './read-file';

const USAGE =
  'usage: npm run sim -- --level <id|file> --seed <seed> (--bot <name> | --replay <file>) [--json]';
const HELP = `${USAGE}

Plays a whole game and prints its summary.
  --level   level id (tutorial, the-fair, boom-years, new-market) or a path to a level file
  --seed    the world's seed: 1 to 64 letters, digits, '.', '_' or '-' (default: the level's own)
  --bot     ${BOT_NAMES.join(' | ')}
  --replay  a JSON file {simVersion, level, seed, commands} (as saved by the game) to replay;
            when it also has "hash" and/or "seasonHashes", they are checked: exit 1 and the
            season where the replay diverged when they do not match
  --json    print {level, seed, bot, simVersion, hash, fired, seasons[], competitors[], totals}`;

function euros(cents: number): string {
  return `€${Math.round(cents / 100).toLocaleString('en-US')}`;
}

function report(game: Game, bot: string | null): string {
  const sm = summarize(game, bot);
  const lines = [
    `${sm.level} · seed ${sm.seed} · ${bot ?? 'replay'} · sim v${sm.simVersion} · hash ${sm.hash}`,
    ...sm.seasons.map(
      (x, i) =>
        `season ${i + 1}: fair ${euros(x.fairRevenue)}, weeks after ${euros(x.afterFairRevenue)}, ` +
        `revenue ${euros(x.revenue)}, profit ${euros(x.profit)}, CEO patience ${Math.round(x.ceoPatience)}`,
    ),
    `total: revenue ${euros(sm.totals.revenue)} (fair ${euros(sm.totals.fairRevenue)}), profit ${euros(sm.totals.profit)}${sm.fired ? ' — FIRED' : ''}`,
    ...sm.competitors.map(
      (c) =>
        `${c.id}: revenue ${c.seasons.map((x) => euros(x.revenue)).join(' / ')}; staff ${c.seasons
          .map((x) => `${x.staffStart}→${x.staffEnd}`)
          .join(', ')}`,
    ),
  ];
  return lines.join('\n');
}

const SEED_RULE = "use 1 to 64 letters, digits, '.', '_' or '-'";

/** Reads a replay file: a usage error (exit 2) when it is not a replay record at all. */
function readReplay(file: string): Replay {
  const read = readTextFile(file);
  if (!read.ok) usageError(`cannot read replay file "${file}": ${read.reason}`, USAGE);
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch {
    usageError(`replay file "${file}" is not JSON`, USAGE);
  }
  const r = data as Replay;
  if (typeof r !== 'object' || r === null || !Array.isArray(r.commands) || typeof r.seed !== 'string') {
    usageError(`replay file "${file}" is not {simVersion, level, seed, commands}`, USAGE);
  }
  if (!isValidSeed(r.seed))
    usageError(`bad seed "${r.seed.slice(0, 70)}" in the replay: ${SEED_RULE}`, USAGE);
  if (!hashesWellFormed(r))
    usageError(`replay file "${file}": "hash" and "seasonHashes" must be 14 hex digits each`, USAGE);
  return r;
}

/** Replays and checks the record; a mismatch exits 1 saying where the games parted. */
function loadReplay(file: string, level: Level): Game {
  const res = verifyReplay(level, readReplay(file));
  if (res.ok) return res.game; // a replay shows the game as far as it went
  if (res.kind === 'replay')
    usageError(`replay failed: ${res.error}${res.at >= 0 ? ` at command ${res.at}` : ''}`, USAGE);
  const what =
    res.kind === 'season'
      ? `diverged in season ${res.season}: the file claims ${res.claimed}, the replay ${res.actual === null ? 'never finishes that season' : `reaches ${res.actual}`}`
      : `the final hash differs: the file claims ${res.claimed}, the replay reaches ${res.actual}`;
  process.stderr.write(`error: replay does not match: ${what}\n`);
  process.exit(1);
}

function main(): void {
  const args = parseArgs(
    process.argv.slice(2),
    { level: 'string', seed: 'string', bot: 'string', replay: 'string', json: 'flag' },
    USAGE,
    HELP,
  );
  if (args._.length) usageError(`unexpected argument "${args._[0]}"`, USAGE);
  if (args.opts.level === undefined) usageError('--level is required', USAGE);
  const level = resolveLevel(String(args.opts.level), USAGE);
  const botArg = args.opts.bot === undefined ? undefined : String(args.opts.bot);
  const replayFile = args.opts.replay === undefined ? undefined : String(args.opts.replay);
  if (botArg && replayFile) usageError('give either --bot or --replay, not both', USAGE);
  if (!botArg && !replayFile) usageError('--bot (or --replay) is required', USAGE);
  let game: Game;
  let bot: string | null = null;
  if (replayFile) game = loadReplay(replayFile, level);
  else {
    const seed = args.opts.seed === undefined ? level.defaultSeed : String(args.opts.seed);
    if (!isValidSeed(seed)) usageError(`bad seed "${seed.slice(0, 70)}": ${SEED_RULE}`, USAGE);
    if (!botArg || !isBotName(botArg))
      usageError(`unknown bot "${botArg}" (bots: ${BOT_NAMES.join(', ')})`, USAGE);
    bot = botArg;
    game = runBot(level, seed, botArg);
  }
  if (args.opts.json) process.stdout.write(`${JSON.stringify(summarize(game, bot))}\n`);
  else process.stdout.write(`${report(game, bot)}\n`);
}

runMain(main);
