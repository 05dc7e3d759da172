// The arguments of `npm run balance`, checked: every mistake is one line and the usage line,
// exit 2, before any game is played (an unwritable --report path included).
import { accessSync, constants, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import type { Level } from '../levels/schema';
import { BOT_NAMES, isBotName } from '../sim';
import { parseArgs, usageError } from './args';
import { resolveLevel } from './level-arg';

export const USAGE =
  'usage: npm run balance -- --level <id|file> [--seeds <n>] [--first-seed <n>] [--bots <a,b,…>] [--workers <n>] [--json] [--report <file.html>] [--jitter <f> [--variants <n>]] [--against <id|file>] [--progress]';
const HELP = `${USAGE}

Plays each bot on seeds "<first>" … "<first + n − 1>" of the level and checks the level's lesson claims.
  --level       level id (tutorial, the-fair, boom-years, new-market) or a path to a level file
  --seeds       number of seeds (default 200)
  --first-seed  first seed (default 1), to check on seeds the level was not tuned on
  --bots        comma-separated bots (default: all of ${BOT_NAMES.join(', ')})
  --workers     worker threads (default: one per core)
  --json        print {level, seeds, firstSeed, bots, claims, runs, …} as JSON instead of tables
  --report      also write a self-contained HTML report (charts, claims) to this file
  --jitter      robustness: build variants of the level with every tunable number multiplied
                by a seeded random factor in [1 − f, 1 + f] (0 < f < 1) and report how often
                each claim holds across them. Tunable: the numbers under model, segments,
                fair (booths and buying mood; not days, hours, ticks or opening hour),
                company, team, ceo, improvements and competitors — kept within the schema's
                ranges and whole where it wants whole numbers. Not tuned: ids, texts, order,
                seasons, weeksAfter, accounts and the claims. Variants the level loader
                refuses are skipped and listed. Variants play only the bots the claims need.
  --variants    number of jitter variants (default 20; needs --jitter)
  --against     a second level (id or file) played on the same seeds and bots, shown side by side
  --progress    draw the progress bar even when stderr is not a terminal
Exit status: 0 when every claim of --level holds, 1 when one fails, 2 on bad arguments.`;

export interface BalanceOptions {
  level: Level;
  seeds: number;
  firstSeed: number;
  bots: string[];
  workers: number;
  json: boolean;
  progress: boolean;
  report?: string;
  jitter?: { fraction: number; variants: number };
  against?: Level;
}

/** A --report path that can be written: its folder exists, and it is not a folder itself. */
function checkReportPath(path: string): void {
  const full = resolve(path);
  const why = (reason: string) => usageError(`cannot write the report to "${path}": ${reason}`, USAGE);
  try {
    const st = statSync(full);
    if (st.isDirectory()) why('it is a folder');
    if (!st.isFile()) why('it is not a regular file');
    accessSync(full, constants.W_OK);
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') why('permission denied');
    if (code !== 'ENOENT') why(code ?? String(e));
  }
  try {
    if (!statSync(dirname(full)).isDirectory()) why(`"${dirname(path)}" is not a folder`);
    accessSync(dirname(full), constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    why(code === 'ENOENT' ? `the folder "${dirname(path)}" does not exist` : 'permission denied');
  }
}

function jitterOption(opts: Record<string, unknown>): BalanceOptions['jitter'] {
  if (opts.jitter === undefined) {
    if (opts.variants !== undefined) usageError('--variants needs --jitter <fraction>', USAGE);
    return undefined;
  }
  const text = String(opts.jitter);
  const fraction = Number(text);
  if (!/^\d*\.?\d+$/.test(text) || !(fraction > 0 && fraction < 1))
    usageError(`--jitter expects a fraction above 0 and below 1 (e.g. 0.2), got "${text}"`, USAGE);
  const variants = Number(opts.variants ?? 20);
  if (variants < 1 || variants > 1000)
    usageError(`--variants must be from 1 to 1000, got ${variants}`, USAGE);
  return { fraction, variants };
}

function rangeCheck(name: string, value: number, min: number, max: number): number {
  if (value < min || value > max) usageError(`--${name} must be from ${min} to ${max}, got ${value}`, USAGE);
  return value;
}

export function balanceOptions(argv: string[]): BalanceOptions {
  const args = parseArgs(
    argv,
    {
      level: 'string',
      seeds: 'int',
      'first-seed': 'int',
      bots: 'string',
      workers: 'int',
      json: 'flag',
      progress: 'flag',
      report: 'string',
      jitter: 'string',
      variants: 'int',
      against: 'string',
    },
    USAGE,
    HELP,
  );
  const o = args.opts;
  if (args._.length) usageError(`unexpected argument "${args._[0]}"`, USAGE);
  if (o.level === undefined) usageError('--level is required', USAGE);
  const seeds = rangeCheck('seeds', Number(o.seeds ?? 200), 1, 100_000);
  const firstSeed = rangeCheck('first-seed', Number(o['first-seed'] ?? 1), 0, 1_000_000_000);
  const bots = o.bots ? String(o.bots).split(',') : [...BOT_NAMES];
  for (const b of bots)
    if (!isBotName(b)) usageError(`unknown bot "${b}" (bots: ${BOT_NAMES.join(', ')})`, USAGE);
  if (new Set(bots).size !== bots.length) usageError(`--bots names a bot twice: "${o.bots}"`, USAGE);
  const workers = rangeCheck('workers', Number(o.workers ?? availableParallelism()), 1, 64);
  const jitter = jitterOption(o);
  if (o.report !== undefined) checkReportPath(String(o.report));
  const level = resolveLevel(String(o.level), USAGE);
  const against = o.against === undefined ? undefined : resolveLevel(String(o.against), USAGE);
  return {
    level,
    seeds,
    firstSeed,
    bots,
    workers,
    json: Boolean(o.json),
    progress: Boolean(o.progress),
    ...(o.report !== undefined ? { report: String(o.report) } : {}),
    ...(jitter ? { jitter } : {}),
    ...(against ? { against } : {}),
  };
}
