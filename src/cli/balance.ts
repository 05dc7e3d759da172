// `npm run balance`: plays every bot on many seeds of a level, on all cores, and judges the
// level's lesson claims from the runs. Prints a table (or, with --json, the JSON of
// DESIGN.md §5) and exits 1 when a claim fails, 2 on bad arguments.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Level } from '../levels/schema';
import { BOT_NAMES, type ClaimVerdict, isBotName, judgeClaims, type RunRecord } from '../sim';
import { parseArgs, usageError } from './args';
import { botTable, claimTable } from './balance-report';
import { type BalanceJob, runJob } from './balance-run';
import { resolveLevel } from './level-arg';

const USAGE =
  'usage: npm run balance -- --level <id|file> [--seeds <n>] [--bots <a,b,…>] [--workers <n>] [--json] [--progress]';
const HELP = `${USAGE}

Plays each bot on seeds "1" … "<n>" of the level and checks the level's lesson claims.
  --level     level id (tutorial, the-fair, boom-years, new-market) or a path to a level file
  --seeds     number of seeds (default 200)
  --bots      comma-separated bots (default: all of ${BOT_NAMES.join(', ')})
  --workers   worker threads (default: one per core)
  --json      print {level, seeds, bots, claims, runs} as JSON instead of tables
  --progress  draw the progress bar even when stderr is not a terminal
Exit status: 0 when every claim holds, 1 when one fails, 2 on bad arguments.`;

export interface BotStats {
  runs: number;
  firedShare: number;
  meanRevenue: number;
  medianRevenue: number;
  meanFairRevenue: number;
  meanAfterFairRevenue: number;
  meanSeasonRevenue: number[];
  meanSeasonFairRevenue: number[];
  layoffShare: number;
}

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}
function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function botStats(level: Level, runs: RunRecord[]): BotStats {
  const total = (r: RunRecord) => r.seasonRevenue.reduce((a, b) => a + b, 0);
  const fair = (r: RunRecord) => r.seasonFairRevenue.reduce((a, b) => a + b, 0);
  const perSeason = (pick: (r: RunRecord) => number[]) =>
    Array.from({ length: level.seasons }, (_, k) => Math.round(mean(runs.map((r) => pick(r)[k] ?? 0))));
  return {
    runs: runs.length,
    firedShare: runs.length ? runs.filter((r) => r.fired).length / runs.length : 0,
    meanRevenue: Math.round(mean(runs.map(total))),
    medianRevenue: Math.round(median(runs.map(total))),
    meanFairRevenue: Math.round(mean(runs.map(fair))),
    meanAfterFairRevenue: Math.round(mean(runs.map((r) => total(r) - fair(r)))),
    meanSeasonRevenue: perSeason((r) => r.seasonRevenue),
    meanSeasonFairRevenue: perSeason((r) => r.seasonFairRevenue),
    layoffShare: runs.length
      ? runs.filter((r) => r.competitorLayoffs.some((n) => n > 0)).length / runs.length
      : 0,
  };
}

function progressBar(total: number, enabled: boolean): (n: number) => void {
  let done = 0;
  let last = -1;
  return (n: number) => {
    done += n;
    if (!enabled) return;
    const pct = Math.floor((done / total) * 100);
    if (pct === last) return;
    last = pct;
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} games`);
    if (done >= total) process.stderr.write('\n');
  };
}

// Bundled (scripts/bundled-cli.mjs) the worker is JavaScript next to this file. Through tsx
// a worker thread starts without its loader, so it boots by registering tsx, then importing.
const bundled = import.meta.url.endsWith('.js');
const startWorker = (workerData: unknown) =>
  bundled
    ? new Worker(new URL('./balance-worker.js', import.meta.url), { workerData })
    : new Worker(workerBoot, { eval: true, workerData });
const workerBoot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(
  new URL('./balance-worker.ts', import.meta.url).href,
)}); });`;

function runInWorkers(
  level: Level,
  jobs: BalanceJob[],
  workers: number,
  tick: (n: number) => void,
): Promise<RunRecord[]> {
  if (workers <= 1 || jobs.length < 40) {
    const runs = jobs.map((job, i) => {
      const r = runJob(level, job);
      if (i % 25 === 24) tick(25);
      return r;
    });
    tick(jobs.length % 25);
    return Promise.resolve(runs);
  }
  const chunks: BalanceJob[][] = Array.from({ length: workers }, () => []);
  jobs.forEach((job, i) => {
    chunks[i % workers]?.push(job);
  });
  return Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<RunRecord[]>((resolve, reject) => {
          const w = startWorker({ level, jobs: chunk });
          w.on('message', (msg: { progress: number; runs?: RunRecord[] }) => {
            tick(msg.progress);
            if (msg.runs) resolve(msg.runs);
          });
          w.on('error', reject);
          w.on('exit', (code) => {
            if (code !== 0) reject(new Error(`balance worker exited with ${code}`));
          });
        }),
    ),
  ).then((parts) => {
    // Put the runs back in job order, so the output does not depend on the worker count.
    const order = new Map(jobs.map((j, i) => [`${j.seed}\u0000${j.bot}`, i]));
    return parts
      .flat()
      .sort(
        (a, b) => (order.get(`${a.seed}\u0000${a.bot}`) ?? 0) - (order.get(`${b.seed}\u0000${b.bot}`) ?? 0),
      );
  });
}

async function main(): Promise<void> {
  const args = parseArgs(
    process.argv.slice(2),
    { level: 'string', seeds: 'int', bots: 'string', workers: 'int', json: 'flag', progress: 'flag' },
    USAGE,
    HELP,
  );
  if (args._.length) usageError(`unexpected argument "${args._[0]}"`, USAGE);
  if (args.opts.level === undefined) usageError('--level is required', USAGE);
  const level = resolveLevel(String(args.opts.level), USAGE);
  const seeds = Number(args.opts.seeds ?? 200);
  if (seeds < 1 || seeds > 100_000) usageError(`--seeds must be from 1 to 100000, got ${seeds}`, USAGE);
  const bots = args.opts.bots ? String(args.opts.bots).split(',') : [...BOT_NAMES];
  for (const b of bots)
    if (!isBotName(b)) usageError(`unknown bot "${b}" (bots: ${BOT_NAMES.join(', ')})`, USAGE);
  const workers = Number(args.opts.workers ?? availableParallelism());
  if (workers < 1 || workers > 64) usageError(`--workers must be from 1 to 64, got ${workers}`, USAGE);

  const jobs: BalanceJob[] = [];
  for (let i = 1; i <= seeds; i++) for (const bot of bots) jobs.push({ seed: String(i), bot });
  const tick = progressBar(
    jobs.length,
    Boolean(args.opts.progress) || (process.stderr.isTTY && jobs.length >= 200),
  );
  const runs = await runInWorkers(level, jobs, workers, tick);
  const claims: ClaimVerdict[] = judgeClaims(level, runs);
  const stats: Record<string, BotStats> = {};
  for (const bot of bots)
    stats[bot] = botStats(
      level,
      runs.filter((r) => r.bot === bot),
    );

  if (args.opts.json) {
    process.stdout.write(`${JSON.stringify({ level: level.id, seeds, bots: stats, claims, runs })}\n`);
  } else {
    process.stdout.write(`${botTable(level, seeds, stats)}\n\n${claimTable(claims)}\n`);
  }
  process.exitCode = claims.every((c) => c.holds) ? 0 : 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`error: ${(e as Error).message}\n`);
  process.exitCode = 2;
});
