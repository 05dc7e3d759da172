// The work of a balance run, shared by the main thread and its workers: play one bot on one
// seed and reduce the game to a RunRecord.
import type { Level } from '../levels/schema';
import { isBotName, type RunRecord, runBot, summarize, toRunRecord } from '../sim';

export interface BalanceJob {
  seed: string;
  bot: string;
}

export function runJob(level: Level, job: BalanceJob): RunRecord {
  if (!isBotName(job.bot)) throw new Error(`unknown bot ${job.bot}`);
  return toRunRecord(summarize(runBot(level, job.seed, job.bot), job.bot), job.bot);
}
