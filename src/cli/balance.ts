// `npm run balance`: plays every bot on many seeds of a level, on all cores, and judges the
// level's lesson claims from the runs. Prints a table (or, with --json, the JSON of
// DESIGN.md §5), optionally writes an HTML report, judges jittered variants (--jitter) and
// a second level on the same seeds (--against); exits 1 when a claim fails, 2 on bad arguments.
import { writeFileSync } from 'node:fs';
import type { Level } from '../levels/schema';
import { type ClaimVerdict, claimBots, judgeClaims } from '../sim';
import { usageError } from './args';
import { type BalanceOptions, balanceOptions, USAGE } from './balance-options';
import { againstTable, botTable, claimTable, jitterTable } from './balance-report';
import { type IndexedJob, type RunDetail, runRecordOf } from './balance-run';
import { type BotStats, botStats } from './balance-stats';
import { progressBar, runBatch } from './balance-workers';
import { holdRates, type JitterResult, levelVariant, type Variant } from './jitter';
import { runMain } from './main';
import { reportHtml } from './report/html';

export type { BotStats } from './balance-stats';

/** One level's figures over the seeds and bots of a balance run. */
export interface LevelResult {
  level: Level;
  stats: Record<string, BotStats>;
  claims: ClaimVerdict[];
  runs: RunDetail[];
}

export interface BalanceResult {
  options: BalanceOptions;
  main: LevelResult;
  against?: LevelResult;
  jitter?: JitterResult;
}

const seedList = (o: BalanceOptions) => Array.from({ length: o.seeds }, (_, i) => String(o.firstSeed + i));

function levelResult(level: Level, bots: string[], runs: RunDetail[]): LevelResult {
  const stats: Record<string, BotStats> = {};
  for (const bot of bots)
    stats[bot] = botStats(
      level,
      runs.filter((r) => r.bot === bot),
    );
  return { level, stats, claims: judgeClaims(level, runs), runs };
}

/** Plays the level, the --against level and the jitter variants in one batch. */
async function play(o: BalanceOptions): Promise<BalanceResult> {
  const variants: Variant[] = o.jitter
    ? Array.from({ length: o.jitter.variants }, (_, i) =>
        levelVariant(o.level, i + 1, o.jitter?.fraction ?? 0),
      )
    : [];
  const playable = variants.filter((v): v is Extract<Variant, { ok: true }> => v.ok);
  const levels = [o.level, ...(o.against ? [o.against] : []), ...playable.map((v) => v.level)];
  const botsOf = (i: number) => (i < (o.against ? 2 : 1) ? o.bots : claimBots(levels[i] as Level));
  const jobs: IndexedJob[] = [];
  for (let level = 0; level < levels.length; level++)
    for (const seed of seedList(o))
      for (const bot of botsOf(level)) jobs.push({ seed, bot, level, index: jobs.length });
  const tick = progressBar(jobs.length, o.progress || (process.stderr.isTTY && jobs.length >= 200));
  const runs = await runBatch(levels, jobs, o.workers, tick);
  const runsOf = (level: number) => runs.filter((_, i) => jobs[i]?.level === level);
  const result: BalanceResult = { options: o, main: levelResult(o.level, o.bots, runsOf(0)) };
  if (o.against) result.against = levelResult(o.against, o.bots, runsOf(1));
  if (o.jitter) {
    const first = o.against ? 2 : 1;
    const verdicts = playable.map((v, i) => judgeClaims(v.level, runsOf(first + i)));
    result.jitter = holdRates(o.level, o.jitter.fraction, variants, verdicts);
  }
  return result;
}

/** The --json document: DESIGN.md §5's fields, then the added ones. */
export function balanceJson(r: BalanceResult): Record<string, unknown> {
  const { main, options: o } = r;
  return {
    level: main.level.id,
    seeds: o.seeds,
    bots: main.stats,
    claims: main.claims,
    runs: main.runs.map(runRecordOf),
    firstSeed: o.firstSeed,
    ...(r.jitter ? { jitter: r.jitter } : {}),
    ...(r.against
      ? { against: { level: r.against.level.id, bots: r.against.stats, claims: r.against.claims } }
      : {}),
  };
}

function tables(r: BalanceResult): string {
  const o = r.options;
  const parts = [botTable(o.level, o.firstSeed, o.seeds, r.main.stats), claimTable(r.main.claims)];
  if (r.against)
    parts.push(againstTable(r.main, r.against), claimTable(r.against.claims, r.against.level.id));
  if (r.jitter) parts.push(jitterTable(r.jitter));
  return `${parts.join('\n\n')}\n`;
}

function writeReport(path: string, r: BalanceResult): void {
  try {
    writeFileSync(path, reportHtml(r));
  } catch (e) {
    usageError(
      `cannot write the report to "${path}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      USAGE,
    );
  }
}

async function main(): Promise<void> {
  const options = balanceOptions(process.argv.slice(2));
  const result = await play(options);
  if (options.report) writeReport(options.report, result);
  process.stdout.write(options.json ? `${JSON.stringify(balanceJson(result))}\n` : tables(result));
  process.exitCode = result.main.claims.every((c) => c.holds) ? 0 : 1;
}

runMain(main);
